/** Character classes by code: each agrees with the pattern it stands for, on every UTF-16 unit. */
import { describe, expect, it } from "vitest";
import { isSpace, letterOrMarkBefore } from "../src/chars.js";

describe("isSpace", () => {
  it("is what `\\s` matches", () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});

describe("letterOrMarkBefore", () => {
  it.each([
    ["mời", 0, false],
    [" mời", 1, false],
    ["xmời", 1, true],
    ["Đmời", 1, true],
    ["a\u0301mời", 2, true], // a combining tone
    ["1mời", 1, false],
    ["𝐀mời", 2, true], // a letter outside the BMP, both halves
    ["x\udc00mời", 2, false], // a lone low surrogate is no letter, whatever stands before it
  ])("%j before %i → %s", (text, i, expected) => {
    expect(letterOrMarkBefore(text, i)).toBe(expected);
  });
});
