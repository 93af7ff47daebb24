/** The phrase tables come indexed ahead of time: src/tasks/phrase-index.generated.ts must be current. */
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import "../../src/index.js"; // the modules that make the tables
import { phraseIndexSource, tableSources } from "../../src/tasks/words.js";

it("has a current phrase index in src/tasks/phrase-index.generated.ts (npm run gen)", () => {
  expect(tableSources().length).toBeGreaterThan(50);
  expect(readFileSync("src/tasks/phrase-index.generated.ts", "utf8")).toBe(phraseIndexSource(tableSources()));
});
