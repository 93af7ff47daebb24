/** The check engine's differences: one line per changed leaf, arrays aligned on equal elements. */
import { describe, expect, it } from "vitest";
import { diffJson, formatDifference, formatDifferences, previewValue, type Json } from "../../src/check/index.js";

const lines = (expected: Json, actual: Json) => diffJson(expected, actual).map(formatDifference);

describe("diffJson + formatDifference", () => {
  it.each<[string, Json, Json, string[]]>([
    ["equal values", { a: 1, b: [1, 2] }, { a: 1, b: [1, 2] }, []],
    ["key order does not matter", { a: 1, b: 2 }, { b: 2, a: 1 }, []],
    [
      "a changed leaf, by its JSON path",
      { documents: [{ number: { value: "508-CV/QU" } }] },
      { documents: [{ number: { value: null } }] },
      ['documents[0].number.value: expected "508-CV/QU", got null'],
    ],
    ["a missing key", { a: 1, b: 2 }, { a: 1 }, ["b: expected 2, got nothing"]],
    ["an unexpected key", { a: 1 }, { a: 1, c: true }, ["c: expected nothing, got true"]],
    ["a type change", { a: [] }, { a: {} }, ["a: expected [], got {}"]],
    ["odd keys are quoted", { "x-y": 1 }, { "x-y": 2 }, ['["x-y"]: expected 1, got 2']],
    ["a root difference", 1, 2, ["(root): expected 1, got 2"]],
    [
      "an inserted element reads as one unexpected element",
      { c: ["a", "b", "c"] },
      { c: ["a", "x", "b", "c"] },
      ['c[1]: expected nothing, got "x"'],
    ],
    [
      "a removed element reads as one missing element",
      { c: [1, 2, 3, 4] },
      { c: [1, 3, 4] },
      ["c[1]: expected 2, got nothing"],
    ],
    [
      "a changed element in arrays of equal length shows its changed field",
      { c: [{ n: "1", t: "a" }, { n: "2", t: "b" }] },
      { c: [{ n: "1", t: "a" }, { n: "2", t: "B" }] },
      ['c[1].t: expected "b", got "B"'],
    ],
    [
      "an element changed next to an insertion is still diffed field by field",
      { c: [{ n: "1" }, { n: "2", t: "b" }, { n: "3" }] },
      { c: [{ n: "1" }, { n: "2", t: "B" }, { n: "2.5" }, { n: "3" }] },
      ['c[1].t: expected "b", got "B"', 'c[2]: expected nothing, got {"n":"2.5"}'],
    ],
  ])("%s", (_, expected, actual, want) => {
    expect(lines(expected, actual)).toEqual(want);
  });

  it("is deterministic", () => {
    const a: Json = { x: [1, { y: [3, 2, 1] }], z: "s" };
    const b: Json = { z: "t", x: [{ y: [1, 2] }, 1, 2] };
    expect(lines(a, b)).toEqual(lines(a, b));
  });
});

describe("formatting", () => {
  it("cuts long values to one log line", () => {
    const text = previewValue("x".repeat(500));
    expect(text.length).toBe(72);
    expect(text.endsWith("…")).toBe(true);
  });

  it("lists at most N differences, then counts the rest", () => {
    const diffs = diffJson(Array.from({ length: 30 }, (_, i) => i), Array.from({ length: 30 }, (_, i) => -i - 1));
    const out = formatDifferences(diffs, 25);
    expect(out).toHaveLength(26);
    expect(out[25]).toBe("… and 5 more differences");
  });
});
