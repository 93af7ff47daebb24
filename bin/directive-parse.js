#!/usr/bin/env node
// The installed command: the bundled CLI (dist/cli.cjs, built by `npm run build` / `prepare`),
// started through V8's code cache (src/cli/code-cache.ts). A CommonJS file (bin/package.json), so
// that starting it does not load Node's ES module loader (~15 M instructions of every start-up).
const { join } = require("node:path");
const { launch } = require("../dist/launch.cjs");

launch(join(__dirname, "../dist/cli.cjs")).then((code) => {
  process.exitCode = code;
});
