import { describe, expect, it } from "vitest";
import { splitCells, toLines } from "../../src/lines/index.js";

const cells = (text: string) => splitCells(toLines(text, "plain")).map((l) => l.text);

describe("splitCells: flattened header lines are cut into the standard's parts", () => {
  it.each([
    [
      "issuer, separator, motto and slogan on one line",
      "BỘ KẾ HOẠCH VÀ ĐẦU TƯ ----------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------",
      ["BỘ KẾ HOẠCH VÀ ĐẦU TƯ", "-----------", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------"],
    ],
    [
      "number, V/v, place-date and Kính gửi",
      "Số: 3397/BKHĐT-QLKTTW V/v hướng dẫn áp dụng Luật DN 2014 Hà Nội, ngày 23 tháng 5 năm 2019 Kính gửi: Tổng công ty Khí Việt Nam (PV GAS) Phúc đáp Công văn số 615/KVN-PC",
      ["Số: 3397/BKHĐT-QLKTTW", "V/v hướng dẫn áp dụng Luật DN 2014", "Hà Nội, ngày 23 tháng 5 năm 2019", "Kính gửi: Tổng công ty Khí Việt Nam (PV GAS)", "Phúc đáp Công văn số 615/KVN-PC"],
    ],
    [
      "a number under its label, the date, and an upper-case title",
      "299/TTg Hà Nội, ngày 10 tháng 11 năm 1980 CHỈ THỊ VỀ CÔNG TÁC ĐO ĐẠC TRONG CẢ NƯỚC Ngày 24 tháng 6 năm 1977 Hội đồng",
      ["299/TTg", "Hà Nội, ngày 10 tháng 11 năm 1980", "CHỈ THỊ VỀ CÔNG TÁC ĐO ĐẠC TRONG CẢ NƯỚC", "Ngày 24 tháng 6 năm 1977 Hội đồng"],
    ],
    ["a trailing separator", "BỘ TÀI CHÍNH --------", ["BỘ TÀI CHÍNH", "--------"]],
    ["a signer glued to its name", "KT. BỘ TRƯỞNG THỨ TRƯỞNG Đỗ Hoàng Anh Tuấn", ["KT. BỘ TRƯỞNG THỨ TRƯỞNG", "Đỗ Hoàng Anh Tuấn"]],
    [
      "a signer glued to the Lưu line",
      "- Lưu: VT, ĐMDN (2b). Trung Anh BỘ TRƯỞNG, CHỦ NHIỆM Mai Tiến Dũng",
      ["- Lưu: VT, ĐMDN (2b). Trung Anh", "BỘ TRƯỞNG, CHỦ NHIỆM", "Mai Tiến Dũng"],
    ],
  ])("%s", (_name, input, expected) => {
    expect(cells(input)).toEqual(expected);
  });

  it.each([
    ["prose mentioning a place and date", "Hội nghị tổ chức tại Hà Nội, ngày 12 tháng 3 năm 2020 đã thống nhất các nội dung sau."],
    ["prose mentioning V/v", "Thực hiện Công văn số 12/UBND-VX V/v tăng cường phòng chống dịch của UBND tỉnh."],
    ["an upper-case heading", "I. NHIỆM VỤ VÀ GIẢI PHÁP TRỌNG TÂM"],
    ["a short line", "Số: 12/UB"],
  ])("leaves %s alone", (_name, input) => {
    expect(cells(input)).toEqual([input]);
  });

  it("every cell keeps its source line number", () => {
    const lines = splitCells(toLines("x\nSố: 19046/BTC-TCHQ V/v hướng dẫn thực hiện Luật hải quan 2014 Hà Nội, ngày 29 tháng 12 năm 2014", "plain"));
    expect(lines.map((l) => l.n)).toEqual([1, 2, 2, 2]);
  });
});
