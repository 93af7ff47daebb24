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

describe("a document named after 'báo cáo' is what is reported, not its addressee", () => {
  it.each([
    ["Đề án", "Ban Tổ chức Tỉnh ủy báo cáo Đề án sắp xếp tổ chức bộ máy.", [[]]],
    ["Chương trình", "Văn phòng UBND tỉnh báo cáo Chương trình công tác tháng.", [[]]],
    ["… then the addressee", "Sở Tài chính báo cáo Kế hoạch đầu tư công năm 2026 lên UBND tỉnh.", [["UBND tỉnh"]]],
  ])("%s", (_, text, expected) => {
    expect(reportTo(text)).toEqual(expected);
  });

  it.each([
    ["a body reported to", "Sở Y tế báo cáo Thủ tướng Chính phủ.", [["Thủ tướng Chính phủ"]]],
    ["a field's name holding 'Kế hoạch'", "Sở Y tế báo cáo Kế hoạch và Đầu tư.", [["Kế hoạch và Đầu tư"]]],
  ])("stays: %s", (_, text, expected) => {
    expect(reportTo(text)).toEqual(expected);
  });
});
