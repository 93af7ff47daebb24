import { describe, expect, it } from "vitest";
import { restoreTcvn3Capitals } from "../../src/decode/tcvn3-capitals.js";

const restored = (text: string) => restoreTcvn3Capitals(text).text;

describe("restoreTcvn3Capitals: a word without evidence looks to its neighbours in its own cell", () => {
  it.each([
    ["two columns (spaces)", "Nơi nhận:          T/M Uỷ BAN NHÂN DÂN", "Nơi nhận:          T/M UỶ BAN NHÂN DÂN"],
    ["two columns (tab)", "Nơi nhận:\tT/M Uỷ BAN NHÂN DÂN", "Nơi nhận:\tT/M UỶ BAN NHÂN DÂN"],
    ["left cell in lower case, right in capitals", "- Lưu VP, số người     Uỷ BAN NHÂN DÂN", "- Lưu VP, số người     UỶ BAN NHÂN DÂN"],
  ])("restored: the other cell does not count: %s", (_name, input, expected) => {
    expect(restored(input)).toBe(expected);
  });

  it.each([
    ["a sentence", "Kính gửi: Uỷ ban nhân dân huyện"],
    ["one space is no gap", "Nơi nhận: T/M Uỷ BAN"],
    ["the cell's own neighbour is lower case", "HUYỆN THANH OAI     Uỷ ban nhân dân"],
  ])("kept: %s", (_name, input) => {
    expect(restored(input)).toBe(input);
  });
});
