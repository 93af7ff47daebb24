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

describe("the syllable shape", () => {
  // the regex it replaced (compiled only here), as the oracle
  const INITIAL = "ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnprstvx]";
  const VOWELS = [
    "iêu", "yêu", "oai", "oao", "oay", "oeo", "uây", "uôi", "ươi", "ươu", "uya", "uyê", "uyu",
    "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "ôi",
    "ơi", "oo", "ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê", "[aăâeêioôơuưy]",
  ].join("|");
  const FINAL = "ch|nh|ng|[cmnpt]";
  const SYLLABLE = new RegExp(`^(?:${INITIAL})?(?:${VOWELS})(?:${FINAL})?$`);

  it("accepts exactly what the regex did, on every string of up to four base letters", () => {
    const letters = [..."abcdđeghiklmnopqrstuvxyăâêôơư"];
    const differ: string[] = [];
    const visit = (word: string): void => {
      if (word && isVietnameseSyllable(word) !== SYLLABLE.test(word)) differ.push(word);
      if (word.length < 4) for (const l of letters) visit(word + l);
    };
    visit("");
    expect(differ).toEqual([]);
  });
});
