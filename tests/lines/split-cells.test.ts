import { describe, expect, it } from "vitest";
import { asciiFold } from "../../src/lines/ascii-fold.js";
import { splitCells, toLines } from "../../src/lines/index.js";

const cells = (text: string) => {
  const lines = splitCells(toLines(text, "plain"));
  // a cell's fold is cut from its line's: it must be the fold of the cell's own text
  for (const line of lines) expect(line.folded).toBe(asciiFold(line.text));
  return lines.map((l) => l.text);
};

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
      "a header cell ending in a signer and a name whose last word is one capital",
      "Số: 12/UBND-VX Hà Nội, ngày 3 tháng 4 năm 2020 KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn A",
      ["Số: 12/UBND-VX", "Hà Nội, ngày 3 tháng 4 năm 2020", "KT. CHỦ TỊCH PHÓ CHỦ TỊCH", "Nguyễn Văn A"],
    ],
    [
      "a signer glued to the Lưu line",
      "- Lưu: VT, ĐMDN (2b). Trung Anh BỘ TRƯỞNG, CHỦ NHIỆM Mai Tiến Dũng",
      ["- Lưu: VT, ĐMDN (2b). Trung Anh", "BỘ TRƯỞNG, CHỦ NHIỆM", "Mai Tiến Dũng"],
    ],
    [
      "a signer with the next form's title glued after the name",
      "TỔNG CỤC TRƯỞNG PHÓ TỔNG CỤC TRƯỞNG Vũ Ngọc Anh TÊN ĐƠN VỊ CUNG CẤP:……….",
      ["TỔNG CỤC TRƯỞNG PHÓ TỔNG CỤC TRƯỞNG", "Vũ Ngọc Anh", "TÊN ĐƠN VỊ CUNG CẤP:………."],
    ],
    [
      "the enacting authority glued to the end of a Quyết định's title",
      "Hà Nội, ngày 29 tháng 01 năm 2015 QUYẾT ĐỊNH BAN HÀNH KẾ HOẠCH NĂM 2015 BỘ TRƯỞNG BỘ TƯ PHÁP",
      ["Hà Nội, ngày 29 tháng 01 năm 2015", "QUYẾT ĐỊNH BAN HÀNH KẾ HOẠCH NĂM 2015", "BỘ TRƯỞNG BỘ TƯ PHÁP"],
    ],
    [
      "but not a head named in the title itself",
      "Hà Nội, ngày 2 tháng 3 năm 2020 QUYẾT ĐỊNH VỀ VIỆC ỦY QUYỀN CỦA BỘ TRƯỞNG BỘ TƯ PHÁP",
      ["Hà Nội, ngày 2 tháng 3 năm 2020", "QUYẾT ĐỊNH VỀ VIỆC ỦY QUYỀN CỦA BỘ TRƯỞNG BỘ TƯ PHÁP"],
    ],
  ])("%s", (_name, input, expected) => {
    expect(cells(input)).toEqual(expected);
  });

  // a document printed before it is dated or numbered (NĐ 30 allows it): the day, or day and
  // month, and the number's serial left blank to be filled in by hand
  it.each([
    [
      "a blank day in the place-date",
      "Số: 125/UBND-NNMT V/v tăng cường quản lý, bảo vệ rừng mùa khô năm 2025 Đắk Lắk, ngày   tháng 01 năm 2025",
      ["Số: 125/UBND-NNMT", "V/v tăng cường quản lý, bảo vệ rừng mùa khô năm 2025", "Đắk Lắk, ngày tháng 01 năm 2025"],
    ],
    [
      "a blank day and month, then Kính gửi",
      "V/v báo cáo kết quả Lai Châu, ngày    tháng    năm 2025 Kính gửi: Sở Nội vụ",
      ["V/v báo cáo kết quả", "Lai Châu, ngày tháng năm 2025", "Kính gửi: Sở Nội vụ"],
    ],
    [
      "dotted blanks",
      "V/v báo cáo kết quả Hà Nội, ngày …… tháng ….. năm 2025 Kính gửi: Sở Nội vụ",
      ["V/v báo cáo kết quả", "Hà Nội, ngày …… tháng ….. năm 2025", "Kính gửi: Sở Nội vụ"],
    ],
    [
      "a blank number and a blank day",
      "Số:      /UBND-NNMT V/v tăng cường quản lý rừng Đắk Lắk, ngày   tháng 01 năm 2025",
      ["Số: /UBND-NNMT", "V/v tăng cường quản lý rừng", "Đắk Lắk, ngày tháng 01 năm 2025"],
    ],
    [
      "a blank number glued after the issuer",
      "ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK Số: /UBND-NNMT V/v tăng cường quản lý rừng",
      ["ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK", "Số: /UBND-NNMT", "V/v tăng cường quản lý rừng"],
    ],
  ])("cuts %s", (_name, input, expected) => {
    expect(cells(input)).toEqual(expected);
  });

  it("cuts a whole document flattened onto one line at the standard's parts", () => {
    const body = " - Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh; và các văn bản có liên quan.".repeat(15);
    const line =
      "BAN CHẤP HÀNH TRUNG ƯƠNG***Số: 367 - QĐ/TWĐTN-VPĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày 29 tháng 10 năm 2013 QUYẾT ĐỊNHVề việc ban hành Quy định" +
      body +
      " QUYẾT ĐỊNH Điều 1. Ban hành kèm theo quyết định này Quy định. Điều 2. Quyết định này có hiệu lực từ ngày ký./. Nơi nhận: - Như điều 2; - Lưu VT. TM. BAN BÍ THƯ (đã ký) Phan Văn Mãi";
    const out = cells(line);
    expect(out.slice(0, 7)).toEqual([
      "BAN CHẤP HÀNH TRUNG ƯƠNG", "***", "Số: 367 - QĐ/TWĐTN-VP", "ĐOÀN TNCS HỒ CHÍ MINH", "Hà Nội, ngày 29 tháng 10 năm 2013", "QUYẾT ĐỊNH",
      "Về việc ban hành Quy định",
    ]);
    expect(out.slice(-9)).toEqual([
      "QUYẾT ĐỊNH", "Điều 1. Ban hành kèm theo quyết định này Quy định.", "Điều 2. Quyết định này có hiệu lực từ ngày ký./.",
      "Nơi nhận:", "- Như điều 2;", "- Lưu VT.", "TM. BAN BÍ THƯ", "(đã ký)", "Phan Văn Mãi",
    ]);
  });

  it("leaves a long line with header parts but no Nơi nhận to the header cuts alone", () => {
    const line = "Số: 12/UBND-VX Hà Nội, ngày 2 tháng 3 năm 2020 - Căn cứ Điều 1. " + "x".repeat(1000);
    expect(cells(line)).toEqual(["Số: 12/UBND-VX", "Hà Nội, ngày 2 tháng 3 năm 2020", "- Căn cứ Điều 1. " + "x".repeat(1000)]);
  });

  it.each([
    ["prose mentioning a place and date", "Hội nghị tổ chức tại Hà Nội, ngày 12 tháng 3 năm 2020 đã thống nhất các nội dung sau."],
    ["prose mentioning V/v", "Thực hiện Công văn số 12/UBND-VX V/v tăng cường phòng chống dịch của UBND tỉnh."],
    ["an upper-case heading", "I. NHIỆM VỤ VÀ GIẢI PHÁP TRỌNG TÂM"],
    ["prose ending in a capitalised name", "các đơn vị thực hiện theo chỉ đạo của UBND Thành phố Hà Nội"],
    ["a short line", "Số: 12/UB"],
    ["a blank place-date alone", "Đắk Lắk, ngày   tháng 01 năm 2025"],
    ["prose with a blank date", "Báo cáo gửi về Sở Nội vụ trước ngày   tháng   năm 2025, Hà Nội, ngày tháng năm 2025 là hạn cuối."],
    ["a blank number alone", "Số:      /KH-UBND"],
    ["prose citing a number", "Thực hiện Kế hoạch Số: /KH-UBND của UBND tỉnh về việc tăng cường quản lý."],
  ])("leaves %s alone", (_name, input) => {
    expect(cells(input)).toEqual([input.replace(/ {2,}/g, " ")]);
  });

  it("every cell keeps its source line number", () => {
    const lines = splitCells(toLines("x\nSố: 19046/BTC-TCHQ V/v hướng dẫn thực hiện Luật hải quan 2014 Hà Nội, ngày 29 tháng 12 năm 2014", "plain"));
    expect(lines.map((l) => l.n)).toEqual([1, 2, 2, 2]);
  });
});

describe("splitCells: a cell's fold", () => {
  it("is its own text's, also where the cut falls beside a word-segmented join", () => {
    // "QLKTTW_V/v": the join reads as the space the cut is made at, and the cell opens with "_"
    expect(cells("Số: 3397/BKHĐT-QLKTTW_V/v hướng dẫn Hà Nội, ngày 23 tháng 5 năm 2019")).toEqual(["Số: 3397/BKHĐT-QLKTTW", "_V/v hướng dẫn", "Hà Nội, ngày 23 tháng 5 năm 2019"]);
    expect(cells("Số: 12/UBND-VX _Hà_Nội, ngày 3 tháng 4 năm 2020 Kính_gửi: Sở Y_tế_")).toHaveLength(3);
  });
});
