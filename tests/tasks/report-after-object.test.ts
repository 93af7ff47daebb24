/**
 * The body reported to after a long object: "báo cáo số thu ngân sách 6 tháng đầu năm 2026 về Sở
 * Tài chính". Each table holds the phrasings that must change and those that must stay.
 */
import { describe, expect, it } from "vitest";
import { tasksOf } from "./clause-fixture.js";

const read = (text: string) => tasksOf(text, null, { year: 2026 });
const reportTo = (text: string) => read(text).map((t) => t.reportTo.map((a) => a.text));

describe("the addressee after a long object", () => {
  it.each([
    ["a period and its year", "Đề nghị Thuế tỉnh Đồng Tháp báo cáo số thu ngân sách 6 tháng đầu năm 2026 về Sở Tài chính trước ngày 16/6/2026.", [["Sở Tài chính"]]],
    ["a report sent, then relayed", "Các cơ quan, đơn vị gửi báo cáo tình hình thực hiện dự toán 6 tháng đầu năm 2026 về Sở Tài chính trước ngày 15/6/2026 để tổng hợp, báo cáo UBND tỉnh.", [["Sở Tài chính"]]],
    ["lên", "UBND các xã báo cáo kết quả rà soát hộ nghèo và hộ cận nghèo năm 2026 lên UBND tỉnh.", [["UBND tỉnh"]]],
  ])("%s", (_, text, expected) => {
    expect(reportTo(text)).toEqual(expected);
  });

  it.each([
    ["a short object, as before", "Sở Y tế báo cáo kết quả về UBND tỉnh.", [["UBND tỉnh"]]],
    ["a topic after về is no body", "Sở Y tế báo cáo về tình hình dịch bệnh trên địa bàn tỉnh.", [[]]],
    ["a comma ends the object", "Sở Y tế báo cáo kết quả thực hiện, đề xuất giải pháp về phòng chống dịch cho UBND tỉnh.", [[]]],
  ])("stays: %s", (_, text, expected) => {
    expect(reportTo(text)).toEqual(expected);
  });
});

// (the report reader decides it, sentence-parts.ts `reportedDocument`; these are the tasks' reportTo)
describe("a document named after 'báo cáo' is what is reported, not its addressee (probe20 F10)", () => {
  it.each([
    ["Đề án", "Ban Tổ chức Tỉnh ủy báo cáo Đề án sắp xếp tổ chức bộ máy.", [[]]],
    ["Đề án, alone", "Ban Tổ chức Tỉnh ủy báo cáo Đề án.", [[]]],
    ["Chương trình", "Văn phòng UBND tỉnh báo cáo Chương trình công tác tháng.", [[]]],
    ["Kế hoạch", "Sở Nội vụ báo cáo Kế hoạch tinh giản biên chế năm 2026.", [[]]],
    ["Dự thảo", "Sở Tư pháp báo cáo Dự thảo Quyết định ban hành Quy chế.", [[]]],
    ["… then the addressee", "Sở Tài chính báo cáo Kế hoạch đầu tư công năm 2026 lên UBND tỉnh.", [["UBND tỉnh"]]],
  ])("%s", (_, text, expected) => {
    expect(reportTo(text)).toEqual(expected);
  });

  it.each([
    ["a body reported to", "Sở Y tế báo cáo Thủ tướng Chính phủ.", [["Thủ tướng Chính phủ"]]],
    ["a body, with a limit", "Sở Nội vụ báo cáo Ủy ban nhân dân tỉnh trước ngày 15/3/2026.", [["Ủy ban nhân dân tỉnh"]]],
    ["a field's name holding 'Kế hoạch'", "Sở Y tế báo cáo Kế hoạch và Đầu tư.", [["Kế hoạch và Đầu tư"]]],
    ["a field's name, in a numbered clause with a limit", "1. Phòng Kế hoạch - Tài chính báo cáo Kế hoạch và Đầu tư trước ngày 10/3/2026.", [["Kế hoạch và Đầu tư"]]],
  ])("stays: %s", (_, text, expected) => {
    expect(reportTo(text)).toEqual(expected);
  });

  // (where such a name ends is the name reader's business: only that it stays an addressee here)
  it.each([
    ["'Dự án'", "Sở Xây dựng báo cáo Ban Quản lý Dự án Đầu tư xây dựng tỉnh kết quả thực hiện.", "Ban Quản lý Dự án"],
    ["'Chương trình'", "Sở Xây dựng báo cáo Ban Chỉ đạo Chương trình mục tiêu quốc gia tỉnh kết quả thực hiện.", "Ban Chỉ đạo Chương"],
  ])("stays: a body whose name holds %s", (_, text, start) => {
    expect(reportTo(text)[0][0]).toMatch(new RegExp(`^${start}`));
  });
});
