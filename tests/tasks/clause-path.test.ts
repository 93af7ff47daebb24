/** Clause paths of the task view (fixtures/seeds/TASKS.md). */
import { describe, expect, it } from "vitest";
import { joinPath, ordinalNumeral, segments } from "../../src/tasks/clause-path.js";
import type { Clause } from "../../src/types.js";

describe("joinPath", () => {
  it.each([
    [null, "1", "1"],
    ["2", "b", "2.b"],
    ["3", "-2", "3.-2"],
    ["3.-2", "+1", "3.-2.+1"],
    ["III", "3.1", "III.3.1"],
    // a dotted number already names its parent: no repetition
    ["16", "16.2", "16.2"],
    ["4.4", "4.4.1", "4.4.1"],
    ["II.4", "4.1", "II.4.1"],
    ["16.2.a", "a.1", "16.2.a.1"],
    ["1", "10.1", "1.10.1"],
  ])("%s + %s → %s", (parent, segment, path) => {
    expect(joinPath(parent, segment)).toBe(path);
  });
});

describe("a division's ordinal words key as its numeral", () => {
  const division = (number: string): Clause => ({ marker: `Phần ${number}`, number, heading: "KẾT QUẢ", text: "", items: [], lines: [1, 1] });
  it.each([
    ["thứ nhất", "I"],
    ["thứ hai", "II"],
    ["THỨ HAI", "II"],
    ["Thứ Ba", "III"],
    ["thứ tư", "IV"],
    ["thứ năm", "V"],
    ["thứ nhứt", "I"],
    ["thu hai", "II"],
    ["thứ II", "II"],
  ])("%s → %s", (number, segment) => {
    expect(segments([division(number)])).toEqual([segment]);
  });

  it.each(["II", "2", "1.2", "a", "thứ mấy"])("stays as printed: %s", (number) => {
    expect(ordinalNumeral(number)).toBeNull();
    expect(segments([division(number)])).toEqual([number]);
  });
});
