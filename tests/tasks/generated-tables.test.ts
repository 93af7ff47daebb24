/** The task reader's tables made ahead of time (`npm run gen`) must be current. */
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import "../../src/index.js"; // the modules that make the phrase tables
import { charClassesSource, phraseIndexSource, tableSources } from "../../src/tasks/words.js";

it("has a current phrase index in src/tasks/phrase-index.generated.ts (npm run gen)", () => {
  expect(tableSources().length).toBeGreaterThan(50);
  expect(readFileSync("src/tasks/phrase-index.generated.ts", "utf8")).toBe(phraseIndexSource(tableSources()));
});

it("has current character classes in src/tasks/char-classes.generated.ts (npm run gen)", () => {
  expect(readFileSync("src/tasks/char-classes.generated.ts", "utf8")).toBe(charClassesSource());
});
