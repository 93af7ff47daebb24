import { describe, expect, it } from "vitest";
import { isVietnameseSyllable } from "../../src/decode/syllable.js";

const CASES: ReadonlyArray<readonly [string, boolean]> = [
  ["Cộng", true], ["hòa", true], ["hoà", true], ["người", true], ["nghiêng", true], ["uỷ", true],
  ["hßa", false], ["ỎBan", false], ["NéI", false], ["haọ", false], ["x·", false], ["Céng", true],
];

describe("isVietnameseSyllable", () => {
  // verdicts are remembered: asked again, in another order, each word keeps its own
  it.each([...CASES, ...[...CASES].reverse(), ...CASES])("%s → %s", (word, expected) => {
    expect(isVietnameseSyllable(word)).toBe(expected);
  });

  it("keeps answering right past the number of verdicts it remembers", () => {
    for (let n = 0; n < 10_000; n++) isVietnameseSyllable(`ba${n}`);
    for (const [word, expected] of CASES) expect(isVietnameseSyllable(word)).toBe(expected);
  });
});
