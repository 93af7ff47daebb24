/**
 * The second reader's fifth probe: fronted time adverbials, passive triggers inside a restrictive
 * clause, monthly day limits. Each table holds the phrasings that must change and those that must stay.
 */
import { describe, expect, it } from "vitest";
import { findDeadlines } from "../../src/tasks/deadline.js";
import type { Task } from "../../src/types.js";
import { leads, tasksOf } from "./clause-fixture.js";

const read = (text: string, inherited: string[] | null = null) => tasksOf(text, inherited, { year: 2026 });
const limits = (tasks: Task[]) => tasks.map((t) => t.deadline && [t.deadline.text, t.deadline.kind, t.deadline.iso]);

describe("a fronted time adverbial before the subject (probe5 row 2)", () => {
  it.each([
    ["a monthly report", "Hằng tháng, Phòng 7 báo cáo kết quả về Viện kiểm sát nhân dân tỉnh.", [["Phòng 7"]], [["Hằng tháng", "relative", null]]],
    ["'hàng' spelling", "Hàng tuần, Sở Y tế báo cáo tình hình dịch bệnh về UBND tỉnh.", [["Sở Y tế"]], [["Hàng tuần", "relative", null]]],
    ["every six months", "Định kỳ 6 tháng, Sở Tài chính báo cáo kết quả về UBND tỉnh.", [["Sở Tài chính"]], [["Định kỳ 6 tháng", "relative", null]]],
    ["a quarterly regime with a plural subject", "Định kỳ hằng quý, các đơn vị báo cáo kết quả về UBND tỉnh.", [["các đơn vị"]], [["hằng quý", "relative", null]]],
    ["a month", "Trong tháng 3/2026, Sở Tài chính báo cáo kết quả về UBND tỉnh.", [["Sở Tài chính"]], [["Trong tháng 3/2026", "relative", null]]],
    ["a calendar limit fronted", "Trước ngày 15/4/2026, UBND các xã rà soát hồ sơ đất đai.", [["UBND các xã"]], [["Trước ngày 15/4/2026", "date", "2026-04-15"]]],
    ["a monthly regime and a day of the month", "Định kỳ hằng tháng, Phòng 7 báo cáo kết quả về Viện kiểm sát tỉnh trước ngày 25.", [["Phòng 7"]], [["trước ngày 25", "relative", null]]],
    ["the action's own limit wins", "Trong quý II/2026, Sở Nội vụ trình UBND tỉnh đề án trước ngày 30/5/2026.", [["Sở Nội vụ"]], [["trước ngày 30/5/2026", "date", "2026-05-30"]]],
  ])("%s", (_, text, expected, deadline) => {
    const tasks = read(text);
    expect(leads(tasks)).toEqual(expected);
    expect(limits(tasks)).toEqual(deadline);
  });

  it.each([
    ["a frequency before work that is no report", "Hằng tháng, Sở Y tế kiểm tra các cơ sở.", [["Sở Y tế"]], [null]],
    ["a condition with a date is no limit of the action", "Đối với hồ sơ nộp trước ngày 01/7/2025, Sở Tư pháp tiếp tục giải quyết.", [["Sở Tư pháp"]], [null]],
    ["the same sentence without the fronted time", "Sở Tài chính báo cáo kết quả về UBND tỉnh.", [["Sở Tài chính"]], [null]],
  ])("stays: %s", (_, text, expected, deadline) => {
    const tasks = read(text);
    expect(leads(tasks)).toEqual(expected);
    expect(limits(tasks)).toEqual(deadline);
  });

  it.each([
    ["no agency after the comma", "Hằng tháng, việc tổng hợp số liệu còn chậm."],
    ["no verb after the body", "Trong năm 2025, Nhân dân ta trong sự nghiệp đổi mới."],
  ])("assigns nothing: %s", (_, text) => {
    expect(read(text)).toEqual([]);
  });
});

describe("a day of the month in a monthly regime (probe5 row 14)", () => {
  const found = (text: string) => findDeadlines(text, { year: 2025, lines: [1, 1] }).map((d) => [d.deadline.text, d.deadline.kind, d.deadline.iso]);
  it.each([
    [
      "'hằng tháng' earlier in the clause, and a yearly limit after the ';'",
      "Định kỳ hằng tháng báo cáo kết quả về Viện kiểm sát nhân dân tỉnh (qua Phòng 2) truớc ngày 25; báo cáo tổng hợp năm 2025 gửi trước ngày 05/12/2025.",
      [["truớc ngày 25", "relative", null], ["trước ngày 05/12/2025", "date", "2025-12-05"]],
    ],
    [
      "'hằng tháng' after the report",
      "Phòng 7 báo cáo kết quả hằng tháng về Viện kiểm sát nhân dân tỉnh trước ngày 25; báo cáo năm gửi trước ngày 05/12/2025.",
      [["trước ngày 25", "relative", null], ["trước ngày 05/12/2025", "date", "2025-12-05"]],
    ],
  ])("%s", (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ["no regime: a day alone is no limit", "Sở Y tế báo cáo kết quả trước ngày 25.", []],
    ["the regime in another clause", "Định kỳ hằng tháng báo cáo tiến độ; hoàn thành đề án trước ngày 25.", []],
    ["a day and a month", "Định kỳ hằng tháng báo cáo; tổng kết trước ngày 25/12.", [["trước ngày 25/12", "date", "2025-12-25"]]],
    ["the day with its frequency, as before", "Phòng 7 báo cáo kết quả trước ngày 25 hằng tháng.", [["ngày 25 hằng tháng", "relative", null]]],
    ["a report's frequency alone, as before", "Phòng 7 báo cáo kết quả hằng tháng về Viện kiểm sát tỉnh.", [["hằng tháng", "relative", null]]],
  ])("stays: %s", (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("a passive trigger inside a restrictive clause (probe5 row 5)", () => {
  it.each([
    ["'được phân công chủ trì'", "Các phòng, đơn vị được phân công chủ trì có trách nhiệm xây dựng kế hoạch chi tiết, báo cáo Giám đốc Sở trước ngày 25/3/2026.", [["Các phòng, đơn vị được phân công chủ trì"]], "có trách nhiệm xây dựng kế hoạch chi tiết, báo cáo Giám đốc Sở trước ngày 25/3/2026"],
    ["'được giao chủ trì'", "Các cơ quan, đơn vị được giao chủ trì có trách nhiệm báo cáo UBND tỉnh.", [["Các cơ quan, đơn vị được giao chủ trì"]], "có trách nhiệm báo cáo UBND tỉnh"],
    ["'được giao nhiệm vụ chủ trì'", "Các đơn vị được giao nhiệm vụ chủ trì có trách nhiệm xây dựng kế hoạch.", [["Các đơn vị được giao nhiệm vụ chủ trì"]], "có trách nhiệm xây dựng kế hoạch"],
    ["'được giao phối hợp'", "Các sở được giao phối hợp chịu trách nhiệm cung cấp số liệu.", [["Các sở được giao phối hợp"]], "chịu trách nhiệm cung cấp số liệu"],
    ["a passive of another verb", "Công chức được bố trí vào vị trí kế toán có trách nhiệm báo cáo.", [["Công chức được bố trí vào vị trí kế toán"]], "có trách nhiệm báo cáo"],
  ])("%s", (_, text, expected, action) => {
    const tasks = read(text);
    expect(leads(tasks)).toEqual(expected);
    expect(tasks[0].action).toBe(action);
  });

  it.each([
    ["a body that was given the lead, no duty after it", "Sở Y tế được giao chủ trì xây dựng kế hoạch."],
    ["a request recalled from before", "Thủ tướng Chính phủ đã giao Bộ Tài chính chủ trì xây dựng đề án."],
    ["a passive description", "Các đơn vị được giao chủ trì xây dựng kế hoạch."],
  ])("assigns nothing: %s", (_, text) => {
    expect(read(text)).toEqual([]);
  });
});
