/** Which files are fixtures, and where their expected output lives (SPEC §6). */
import { describe, expect, it } from "vitest";
import { expectedPathFor, fixtureSourcePath, pairFixtures } from "../../src/check/index.js";

describe("pairFixtures", () => {
  it("pairs X.txt and X.md with X.expected.json, and reports the rest", () => {
    const set = pairFixtures([
      "fx/SOURCES.md",
      "fx/a.expected.json",
      "fx/a.txt",
      "fx/b.md",
      "fx/gone.expected.json",
      "fx/seeds/c.cp1258.expected.json",
      "fx/seeds/c.cp1258.txt",
      "fx/seeds/c.key.json",
    ]);
    expect(set.fixtures).toEqual([
      { input: "fx/a.txt", expected: "fx/a.expected.json", hasExpected: true },
      { input: "fx/b.md", expected: "fx/b.expected.json", hasExpected: false },
      { input: "fx/seeds/c.cp1258.txt", expected: "fx/seeds/c.cp1258.expected.json", hasExpected: true },
    ]);
    expect(set.orphans).toEqual(["fx/gone.expected.json"]);
  });

  it.each([
    ["seeds/x.txt", "seeds/x.expected.json"],
    ["x.md", "x.expected.json"],
    ["d/002.pandoc-gfm.md", "d/002.pandoc-gfm.expected.json"],
  ])("%s → %s", (input, expected) => {
    expect(expectedPathFor(input)).toBe(expected);
  });
});

describe("fixtureSourcePath", () => {
  it.each([
    ["fixtures/seeds/002.txt", "002.txt"],
    ["seeds/002.txt", "002.txt"],
    ["/abs/fixtures/seeds/002.txt", "002.txt"],
  ])("records %s as %s, whichever folder is checked", (input, path) => {
    expect(fixtureSourcePath(input)).toBe(path);
  });
});
