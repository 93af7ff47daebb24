/** src/tasks/enumeration.ts: the trimming of an action, and where it leaves the action in its text. */
import { describe, expect, it } from "vitest";
import { actionBounds, trimAction } from "../../src/tasks/enumeration.js";

/** The trimming as it was written before `actionBounds`: by replacing regexes. */
function trimmedByRegex(text: string): string {
  let end = text.length;
  while (end > 0 && " \t\n,;:.".includes(text[end - 1])) end--;
  const tail = text.slice(Math.max(0, end - 12), end).toLowerCase();
  const joiner = /[\s,;]+(?:đồng thời|và)$/u.exec(tail);
  if (joiner) {
    end = end - tail.length + joiner.index;
    while (end > 0 && " \t\n,;".includes(text[end - 1])) end--;
  }
  return text.slice(0, end).replace(/^[\s,;:.–-]+/u, "").replace(/^(?:đồng thời|và)\s+/iu, "").trim();
}

describe("trimAction", () => {
  it.each([
    ["; (2) sắp xếp các khu cách ly; ", "(2) sắp xếp các khu cách ly"],
    ["- Đồng thời báo cáo UBND Thành phố, và", "báo cáo UBND Thành phố"],
    [" \u00a0., ", ""],
  ])("%j", (text, expected) => expect(trimAction(text)).toBe(expected));

  it("trims as the replacing regexes did, and its bounds hold the action", () => {
    const pieces = ["và", "Và", "đồng thời", "Đồng Thời", " ", "\u00a0", "\u2003", "\n", ",", ";", ":", ".", "–", "-", "x", "báo cáo", "(1)"];
    let seed = 5;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let n = 0; n < 5000; n++) {
      const text = Array.from({ length: Math.floor(random() * 8) }, () => pieces[Math.floor(random() * pieces.length)]).join(random() < 0.5 ? " " : "");
      const [start, end] = actionBounds(text);
      expect(trimAction(text)).toBe(trimmedByRegex(text));
      expect(text.slice(start, end)).toBe(trimmedByRegex(text));
    }
  });
});

describe("trimAction: the content's end mark './.' belongs to no action", () => {
  it.each([
    ["NĐ 30's './.'", "theo dõi, đôn đốc việc thực hiện Công điện này./.", "theo dõi, đôn đốc việc thực hiện Công điện này"],
    ["'./' left by a cut", "theo dõi, đôn đốc việc thực hiện Công điện này./", "theo dõi, đôn đốc việc thực hiện Công điện này"],
    ["OCR's '/.'", "tổ chức thực hiện Kế hoạch/.", "tổ chức thực hiện Kế hoạch"],
    ["OCR's './/' and '. /'", "tổ chức thực hiện Kế hoạch.//", "tổ chức thực hiện Kế hoạch"],
    ["spaced", "tổ chức thực hiện Kế hoạch . /", "tổ chức thực hiện Kế hoạch"],
    ["a table row's last cell", "Báo cáo kết quả về UBND tỉnh./.", "Báo cáo kết quả về UBND tỉnh"],
  ])("changes: %s", (_, action, expected) => {
    expect(trimAction(action)).toBe(expected);
  });

  it.each([
    ["no mark", "tổ chức thực hiện Kế hoạch.", "tổ chức thực hiện Kế hoạch"],
    ["a number's slash", "thực hiện theo Công văn số 12/", "thực hiện theo Công văn số 12/"],
    ["a date", "báo cáo trước ngày 15/3", "báo cáo trước ngày 15/3"],
    ["dots alone (an ellipsis)", "các nội dung khác...", "các nội dung khác"],
    ["the mark alone", "./.", "/"],
  ])("stays: %s", (_, action, expected) => {
    expect(trimAction(action)).toBe(expected);
  });
});
