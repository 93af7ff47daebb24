/**
 * Two time limits of one action joined by "và" alone: one task per limit, each with the whole
 * action. Each table holds the phrasings that must change and those that must stay.
 */
import { describe, expect, it } from "vitest";
import { findDeadline } from "../../src/tasks/index.js";
import { tasksOf } from "./clause-fixture.js";
import { parse } from "../../src/parse.js";

const read = (text: string) => tasksOf(text, null, { year: 2026 });
const limits = (text: string) => read(text).map((t) => t.deadline?.iso ?? t.deadline?.text ?? null);

describe("two limits joined by và", () => {
  it.each([
    ["two dates of a half-yearly report", "Sở Dân tộc và Tôn giáo tổng hợp, báo cáo UBND tỉnh trước ngày 15/6/2026 và trước ngày 15/12/2026.", ["2026-06-15", "2026-12-15"]],
    ["the word form", "Sở Nội vụ báo cáo Chủ tịch UBND tỉnh trước ngày 10 tháng 7 năm 2026 và trước ngày 10 tháng 01 năm 2027.", ["2026-07-10", "2027-01-10"]],
  ])("%s", (_, text, expected) => {
    expect(limits(text)).toEqual(expected);
    const actions = read(text).map((t) => t.action);
    expect(actions[0]).toBe(actions[1]);
  });

  it.each([
    ["alternatives stay one task", "Sở Y tế báo cáo UBND tỉnh trước ngày 15/6/2026 hoặc trước ngày 20/6/2026.", ["2026-06-15"]],
    ["a second stretch after a semicolon, as before", "Sở Y tế báo cáo sơ kết trước ngày 15/6/2026; báo cáo tổng kết trước ngày 15/12/2026.", ["2026-06-15", "2026-12-15"]],
  ])("stays: %s", (_, text, expected) => {
    expect(limits(text)).toEqual(expected);
  });
});

describe("a session of the council as a limit", () => {
  const at = { year: 2026, lines: [3, 3] as [number, number] };
  it.each([
    ["mid-year with its year", "ban hành chính sách hỗ trợ hợp tác xã tại kỳ họp giữa năm 2026", "tại kỳ họp giữa năm 2026"],
    ["the regular year-end session", "trình HĐND tỉnh tại kỳ họp thường lệ cuối năm 2026", "tại kỳ họp thường lệ cuối năm 2026"],
    ["the nearest session, as before", "báo cáo lại HĐND tỉnh tại kỳ họp gần nhất", "tại kỳ họp gần nhất"],
  ])("%s", (_, text, expected) => {
    expect(findDeadline(text, at)).toEqual({ text: expected, kind: "relative", iso: null, lines: [3, 3] });
  });

  it.each([
    ["a session without a time", "trình bày tại kỳ họp các nội dung liên quan"],
    ["a session's topic", "thảo luận tại kỳ họp về kinh tế - xã hội"],
  ])("no deadline: %s", (_, text) => {
    expect(findDeadline(text, at)).toBeNull();
  });
});

describe("one task per limit in a one-paragraph letter too; each piece reports only where it says so (probe11 F2)", () => {
  const letter = (body: string) => `TỈNH ỦY CÀ MAU\tĐẢNG CỘNG SẢN VIỆT NAM
VĂN PHÒNG
Số 1875-CV/VPTU\tCà Mau, ngày 02 tháng 4 năm 2026
V/v triển khai Kết luận số 45-KL/TW

Kính gửi: Các đảng ủy trực thuộc Tỉnh ủy.

${body}
`;
  const rows = (text: string) => parse(text, { path: "doc.txt" }).documents[0].tasks.map((t) => [t.clause, t.deadline?.iso ?? null, t.reportTo.map((a) => a.text)]);
  const body = "Văn phòng Tỉnh ủy đề nghị các đảng ủy trực thuộc tổ chức quán triệt Kết luận đến chi bộ, hoàn thành trước ngày 30/4/2026; báo cáo kết quả về Ban Thường vụ Tỉnh ủy trước ngày 10/5/2026.";
  it.each([
    ["in the preamble", letter(body), [[null, "2026-04-30", []], [null, "2026-05-10", ["Ban Thường vụ Tỉnh ủy"]]]],
    ["in a numbered clause", letter("1. Các đảng ủy trực thuộc tổ chức quán triệt Kết luận đến chi bộ, hoàn thành trước ngày 30/4/2026; báo cáo kết quả về Ban Thường vụ Tỉnh ủy trước ngày 10/5/2026."), [["1", "2026-04-30", []], ["1", "2026-05-10", ["Ban Thường vụ Tỉnh ủy"]]]],
  ])("%s", (_, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each([
    ["one limit in the preamble", letter("Văn phòng Tỉnh ủy đề nghị các đảng ủy trực thuộc tổ chức quán triệt Kết luận, báo cáo kết quả về Ban Thường vụ Tỉnh ủy trước ngày 10/5/2026."), [[null, "2026-05-10", ["Ban Thường vụ Tỉnh ủy"]]]],
    ["a later piece that reports keeps the addressee", letter("1. Các bộ báo cáo Thủ tướng Chính phủ vào thứ Sáu hàng tuần; báo cáo tổng thể kết quả thực hiện trước ngày 05/7/2026."), [["1", null, ["Thủ tướng Chính phủ"]], ["1", "2026-07-05", ["Thủ tướng Chính phủ"]]]],
  ])("stays: %s", (_, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});
