import { describe, expect, it } from "vitest";
import { unfolded } from "./unfold.js";

const plain = (text: string) => unfolded(text, "plain");

describe("pdftotext -layout columns", () => {
  it("splits a header: left column first, then right, wrapped V/v kept together", () => {
    const text = [
      " VĂN PHÒNG CHÍNH PHỦ                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "                                                Độc lập - Tự do - Hạnh phúc",
      "     Số: 2739/VPCP-ĐMDN",
      "  V/v quy định về quản trị doanh              Hà Nội, ngày 05 tháng 04 năm 2019",
      "nghiệp tại Luật Doanh nghiệp chưa",
      "           được thực thi",
      "",
      "                          Kính gửi: Bộ Kế hoạch và Đầu tư.",
    ].join("\n");
    expect(plain(text)).toEqual([
      "1: VĂN PHÒNG CHÍNH PHỦ",
      "3: Số: 2739/VPCP-ĐMDN",
      "4: V/v quy định về quản trị doanh",
      "5: nghiệp tại Luật Doanh nghiệp chưa",
      "6: được thực thi",
      "1: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "2: Độc lập - Tự do - Hạnh phúc",
      "4: Hà Nội, ngày 05 tháng 04 năm 2019",
      "8: Kính gửi: Bộ Kế hoạch và Đầu tư.",
    ]);
  });

  it("splits a footer: the recipient list, then the signer with its name lines below", () => {
    const text = [
      "Nơi nhận:                                                KT. BỘ TRƯỞNG",
      "- Như Điều 3 (để thực hiện);                              THỨ TRƯỞNG",
      "- Sở Tư pháp, Cơ quan công tác dân tộc cấp tỉnh",
      "                                                          Đinh Trung Tụng",
      "(để thực hiện);",
      "- Lưu: VT, Vụ VĐCXDPL.",
      "\f                              KẾ HOẠCH",
    ].join("\n");
    expect(plain(text)).toEqual([
      "1: Nơi nhận:",
      "2: - Như Điều 3 (để thực hiện);",
      "3: - Sở Tư pháp, Cơ quan công tác dân tộc cấp tỉnh",
      "5: (để thực hiện);",
      "6: - Lưu: VT, Vụ VĐCXDPL.",
      "1: KT. BỘ TRƯỞNG",
      "2: THỨ TRƯỞNG",
      "4: Đinh Trung Tụng",
      "7: KẾ HOẠCH",
    ]);
  });

  it.each([
    ["a number beside the date", "Số: 4390/UBND-NLN        Lào Cai, ngày 27 tháng 5 năm 2026", ["1: Số: 4390/UBND-NLN", "1: Lào Cai, ngày 27 tháng 5 năm 2026"]],
    ["a Party header", "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI                      ĐẢNG CỘNG SẢN VIỆT NAM\n   QUẬN ỦY HAI BÀ TRUNG",
      ["1: ĐẢNG BỘ THÀNH PHỐ HÀ NỘI", "2: QUẬN ỦY HAI BÀ TRUNG", "1: ĐẢNG CỘNG SẢN VIỆT NAM"]],
  ])("%s", (_name, input, expected) => {
    expect(plain(input)).toEqual(expected);
  });

  it.each([
    ["justified prose", "     Thực hiện chỉ đạo của Thường trực Ban Bí thư Trung ương Đảng tại Điện\nngày 21/7/2021, Ban Thường vụ Tỉnh ủy tổ chức Kỳ họp chuyên đề ngày"],
    ["a wide gap before no column keyword", "Tổng cộng                      12 đơn vị"],
    ["a right-only line", "                                                Độc lập - Tự do - Hạnh phúc"],
  ])("leaves %s alone", (_name, input) => {
    expect(plain(input)).toEqual(input.split("\n").map((t, i) => `${i + 1}: ${t.trim().replace(/ +/g, " ")}`));
  });

  it("ends a region at the first line that runs across the column edge", () => {
    const text = "Nơi nhận:                  KT. CHỦ TỊCH\n- Như trên;\nVăn phòng thông báo để các đơn vị biết và thực hiện theo đúng quy định hiện hành.";
    expect(plain(text)).toEqual(["1: Nơi nhận:", "2: - Như trên;", "1: KT. CHỦ TỊCH", "3: Văn phòng thông báo để các đơn vị biết và thực hiện theo đúng quy định hiện hành."]);
  });

  it("does not split markdown input", () => {
    expect(unfolded("Số: 4390/UBND-NLN        Lào Cai, ngày 27 tháng 5 năm 2026", "markdown")).toEqual(["1: Số: 4390/UBND-NLN Lào Cai, ngày 27 tháng 5 năm 2026"]);
  });
});
