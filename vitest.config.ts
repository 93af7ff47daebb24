import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // A limit for a stuck test, not a speed check (speed is measured by `npm run bench`): tests
    // that parse whole fixture folders or spawn the CLI need more than the default 5 s on a busy
    // 2-core machine.
    testTimeout: 60_000,
  },
});
