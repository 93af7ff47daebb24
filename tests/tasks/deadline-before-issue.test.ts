/**
 * A calendar deadline before the document's own date of issue is a misreading or a typo: the
 * value is kept and a `deadline-before-issue` warning names its line. A document without a
 * date, a deadline on the day of issue or later, and a relative limit give none.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/index.js";

const doc = (date: string | null, clause: string): string =>
  [
    "ỦY BAN NHÂN DÂN",
    "TỈNH QUẢNG TRỊ",
    "Số: 12/UBND-VX",
    date === null ? "Quảng Trị" : `Quảng Trị, ${date}`,
    "V/v triển khai kế hoạch",
    "",
    "Kính gửi: Các sở, ban, ngành.",
    "",
    "Ủy ban nhân dân tỉnh có ý kiến như sau:",
    `1. ${clause}`,
    "2. Sở Tài chính bố trí kinh phí thực hiện.",
    "",
    "KT. CHỦ TỊCH",
    "PHÓ CHỦ TỊCH",
    "Nguyễn Văn A",
  ].join("\n");

const warnings = (text: string) => {
  const [document] = parse(text).documents;
  return { document, found: parse(text).diagnostics.filter((d) => d.code === "deadline-before-issue") };
};

describe("a deadline before the document's date warns (the value is kept)", () => {
  it.each([
    ["a year printed one too low", "ngày 20 tháng 10 năm 2025", "Sở Y tế báo cáo kết quả về UBND tỉnh trước ngày 30/10/2024.", "2024-10-30"],
    ["a day-month with the document's year filled in", "ngày 20 tháng 12 năm 2025", "Sở Y tế báo cáo kết quả về UBND tỉnh trước ngày 10/01.", "2025-01-10"],
    ["an OCR digit in the month", "ngày 15 tháng 9 năm 2025", "Sở Y tế hoàn thành trước ngày 30/3/2025.", "2025-03-30"],
    ["a date written in words", "ngày 15 tháng 9 năm 2025", "Sở Y tế báo cáo UBND tỉnh chậm nhất ngày 05 tháng 9 năm 2025.", "2025-09-05"],
  ])("%s", (_, date, clause, iso) => {
    const { document, found } = warnings(doc(date, clause));
    expect(document.tasks.some((t) => t.deadline?.iso === iso)).toBe(true);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe("warning");
    expect(found[0].lines).toEqual([10, 10]);
    expect(found[0].message).toContain(iso);
  });
});

describe("stays quiet", () => {
  it.each([
    ["no date of issue", null, "Sở Y tế báo cáo kết quả về UBND tỉnh trước ngày 30/10/2024."],
    ["the same day", "ngày 20 tháng 10 năm 2025", "Sở Y tế báo cáo kết quả về UBND tỉnh trước ngày 20/10/2025."],
    ["the same day with an hour", "ngày 20 tháng 10 năm 2025", "Sở Y tế báo cáo kết quả về UBND tỉnh trước 17h00 ngày 20/10/2025."],
    ["a later day", "ngày 20 tháng 10 năm 2025", "Sở Y tế báo cáo kết quả về UBND tỉnh trước ngày 30/10/2025."],
    ["'năm sau' is the next year", "ngày 20 tháng 12 năm 2025", "Sở Y tế báo cáo kết quả trước ngày 31 tháng 01 năm sau."],
    ["a relative limit", "ngày 20 tháng 10 năm 2025", "Sở Y tế báo cáo kết quả về UBND tỉnh trong tháng 9/2025."],
    ["a quarter already past", "ngày 20 tháng 10 năm 2025", "Sở Y tế báo cáo kết quả trong quý II/2025."],
    ["a past date that is no limit", "ngày 20 tháng 10 năm 2025", "Sở Y tế tổng kết việc thực hiện từ ngày 01/01/2025."],
  ])("%s", (_, date, clause) => {
    expect(warnings(doc(date, clause)).found).toEqual([]);
  });
});
