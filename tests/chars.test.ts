/** Character classes by code: each agrees with the pattern it stands for, on every UTF-16 unit. */
import { describe, expect, it } from "vitest";
import { isSpace } from "../src/chars.js";

describe("isSpace", () => {
  it("is what `\\s` matches", () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});
