import { describe, expect, it } from "vitest";
import { asciiFold } from "../../src/lines/ascii-fold.js";
import { splitCells, toLines } from "../../src/lines/index.js";
import { parse } from "../../src/parse.js";

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
    [
      "a Đoàn header: its heading where the Party motto stands, HD 36's star above the number",
      "BCH ĐOÀN TỈNH NGHỆ AN ĐOÀN TNCS HỒ CHÍ MINH *** Số: 415-CV/TĐTN-PT Nghệ An, ngày 16 tháng 3 năm 2026",
      ["BCH ĐOÀN TỈNH NGHỆ AN", "ĐOÀN TNCS HỒ CHÍ MINH", "***", "Số: 415-CV/TĐTN-PT", "Nghệ An, ngày 16 tháng 3 năm 2026"],
    ],
    [
      "a Party header with HD 36's star above a number without a colon",
      "ĐẢNG BỘ TỈNH NGHỆ AN ĐẢNG CỘNG SẢN VIỆT NAM * Số 415-CV/TU Nghệ An, ngày 16 tháng 3 năm 2026",
      ["ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG CỘNG SẢN VIỆT NAM", "*", "Số 415-CV/TU", "Nghệ An, ngày 16 tháng 3 năm 2026"],
    ],
    [
      "(no cut at a bullet star that is not above the number)",
      "Căn cứ Luật Bầu cử (sửa đổi năm 2025). * Thời gian thực hiện: Hà Nội, ngày 12 tháng 3 năm 2020 Số: 12/UBND-VX",
      ["Căn cứ Luật Bầu cử (sửa đổi năm 2025). * Thời gian thực hiện:", "Hà Nội, ngày 12 tháng 3 năm 2020", "Số: 12/UBND-VX"],
    ],
    [
      "(stays whole) the Central Committee's name, the enacting authority",
      "BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày 29 tháng 10 năm 2013",
      ["BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH", "Hà Nội, ngày 29 tháng 10 năm 2013"],
    ],
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

describe("splitCells: a header row joined by one space, cut before the motto", () => {
  it.each([
    ["TỈNH THANH HÓA Độc lập - Tự do - Hạnh phúc", ["TỈNH THANH HÓA", "Độc lập - Tự do - Hạnh phúc"]],
    ["VĂN PHÒNG Độc lập – Tự do – Hạnh phúc", ["VĂN PHÒNG", "Độc lập – Tự do – Hạnh phúc"]],
    ["SỞ Y TẾ ĐỘC LẬP - TỰ DO - HẠNH PHÚC", ["SỞ Y TẾ", "ĐỘC LẬP - TỰ DO - HẠNH PHÚC"]],
    ["ĐẢNG ỦY XÃ HẢO ĐƯỚC Độc lập - Tự do - Hạnh phúc", ["ĐẢNG ỦY XÃ HẢO ĐƯỚC", "Độc lập - Tự do - Hạnh phúc"]],
  ])("%s", (input, expected) => {
    expect(cells(input)).toEqual(expected);
  });

  it.each([
    ["the motto alone", "Độc lập - Tự do - Hạnh phúc"],
    ["prose before it", "Phát huy tinh thần Độc lập - Tự do - Hạnh phúc của dân tộc"],
    ["a capital and lower case before it", "Thanh Hóa Độc lập - Tự do - Hạnh phúc"],
  ])("leaves %s alone", (_name, input) => {
    expect(cells(input)).toEqual([input]);
  });
});

describe("splitCells: a Party number printed without a colon (HD 36)", () => {
  it("cuts the number off the place-date on its row", () => {
    expect(cells("Số 125-CV/ĐU Hảo Đước, ngày 12 tháng 10 năm 2025")).toEqual(["Số 125-CV/ĐU", "Hảo Đước, ngày 12 tháng 10 năm 2025"]);
  });
  it("leaves a citation in prose alone", () => {
    const prose = "Thực hiện Công văn Số 125-CV/ĐU Hảo Đước, ngày 12 tháng 10 năm 2025 của Ban Thường vụ";
    expect(cells(prose)).toEqual([prose]);
  });
});

describe("splitCells: footers whose cells are joined by one space", () => {
  it.each([
    [
      "a web footer flattened on one line, signing mark",
      ["Nơi nhận: - Như trên; - Thủ tướng Chính phủ (để b/c); - Văn phòng Chính phủ; - Lưu: VT, ĐĐ. KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Hoàng Hiệp"],
      ["Nơi nhận:", "- Như trên;", "- Thủ tướng Chính phủ (để b/c);", "- Văn phòng Chính phủ;", "- Lưu: VT, ĐĐ.", "KT. BỘ TRƯỞNG THỨ TRƯỞNG", "Nguyễn Hoàng Hiệp"],
    ],
    [
      "a web footer flattened on one line, TM. and a body",
      ["Nơi nhận: - Như trên; - TT Tỉnh ủy (b/c); - Lưu: VT, NC. TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Hồ Văn Mười"],
      ["Nơi nhận:", "- Như trên;", "- TT Tỉnh ủy (b/c);", "- Lưu: VT, NC.", "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH", "Hồ Văn Mười"],
    ],
    [
      "a web footer flattened on one line, a head's bare title",
      ["Nơi nhận: - Như trên; - Lưu: VT. GIÁM ĐỐC Phạm Văn Hóa"],
      ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "GIÁM ĐỐC", "Phạm Văn Hóa"],
    ],
    [
      "OCR rows: the signer's cell after the label and after an entry, given after the list",
      ["Nơi nhận: KT. CHÁNH VĂN PHÒNG", "- Các sở: XD, TC, NN&MT; PHÓ CHÁNH VĂN PHÒNG", "- UBND các xã: Nghi Sơn, Trường Lâm, Các Sơn;", "- Lưu: VT, CN.", "Lê Đức Giang"],
      ["Nơi nhận:", "- Các sở: XD, TC, NN&MT;", "- UBND các xã: Nghi Sơn, Trường Lâm, Các Sơn;", "- Lưu: VT, CN.", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Lê Đức Giang"],
    ],
    [
      "OCR rows of a Party footer: T/M, a title after a comma",
      ["Nơi nhận: T/M BAN THƯỜNG VỤ", "- Như trên, PHÓ BÍ THƯ", "- Ban Tổ chức Tỉnh ủy (để báo cáo),", "- Lưu Văn phòng Đảng ủy.", "Nguyễn Văn Lộc"],
      ["Nơi nhận:", "- Như trên,", "- Ban Tổ chức Tỉnh ủy (để báo cáo),", "- Lưu Văn phòng Đảng ủy.", "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Nguyễn Văn Lộc"],
    ],
    [
      "a bare title after the label, (Đã ký) after an entry",
      ["Nơi nhận: BỘ TRƯỞNG", "- Văn phòng Chính phủ;", "- Các sở GDĐT; (Đã ký)", "- Lưu: VT, VP.", "Nguyễn Kim Sơn"],
      ["Nơi nhận:", "- Văn phòng Chính phủ;", "- Các sở GDĐT;", "- Lưu: VT, VP.", "BỘ TRƯỞNG", "(Đã ký)", "Nguyễn Kim Sơn"],
    ],
    [
      "a title of two heads after the label; an entry carried on in capitals; the name after a row's number",
      ["Nơi nhận: BỘ TRƯỞNG, CHỦ NHIỆM", "- TTg, các PTTg: Vương Đình Huệ, Trịnh Đình", "Dũng;", "Vụ TH; Cổng TTĐT;", "- Lưu: VT, QHQT (3b).12 Nguyễn Xuân Phúc"],
      ["Nơi nhận:", "- TTg, các PTTg: Vương Đình Huệ, Trịnh Đình", "Dũng;", "Vụ TH; Cổng TTĐT;", "- Lưu: VT, QHQT (3b).12", "BỘ TRƯỞNG, CHỦ NHIỆM", "Nguyễn Xuân Phúc"],
    ],
    [
      "the name on a row of its own among later entries",
      ["Nơi nhận: KT. BỘ TRƯỞNG", "- Như Điều 3; THỨ TRƯỞNG", "- Sở Tư pháp, Cơ quan công tác dân tộc cấp tỉnh", "Đinh Trung Tụng", "(để thực hiện);", "- Lưu: VT.", "KẾ HOẠCH"],
      ["Nơi nhận:", "- Như Điều 3;", "- Sở Tư pháp, Cơ quan công tác dân tộc cấp tỉnh", "(để thực hiện);", "- Lưu: VT.", "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Đinh Trung Tụng", "KẾ HOẠCH"],
    ],
    [
      "OCR rows: a lone dash between the label and the signer's title (the mark a row above)",
      ["KT. GIÁM ĐỐC", "Nơi nhận: - PHÓ GIÁM ĐỐC", "- Như thành phần mời;", "- Lưu: VT, QLNS.", "Lê Thị Minh Nguyệt"],
      ["Nơi nhận:", "- Như thành phần mời;", "- Lưu: VT, QLNS.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lê Thị Minh Nguyệt"],
    ],
    [
      "OCR rows: a lone dash before a bare head's title and the name",
      ["Nơi nhận: - CHỦ TỊCH Nguyễn Văn An", "- Như trên;", "- Lưu: VT."],
      ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "CHỦ TỊCH", "Nguyễn Văn An"],
    ],
    [
      "OCR rows: a lone dash before the signing mark",
      ["Nơi nhận: - TM. BAN THƯỜNG VỤ", "- Như trên,", "- Lưu Văn phòng Đảng ủy.", "PHÓ BÍ THƯ", "Nguyễn Văn Lộc"],
      ["Nơi nhận:", "- Như trên,", "- Lưu Văn phòng Đảng ủy.", "TM. BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Nguyễn Văn Lộc"],
    ],
  ])("%s", (_name, rows, expected) => {
    expect(cells(rows.join("\n"))).toEqual(expected);
  });

  it.each([
    ["a first entry on the label's line", ["Nơi nhận: - Như trên;", "- UBND tỉnh (để b/c);", "- Lưu: VT."]],
    ["a first entry in capitals on the label's line, no head's title", ["Nơi nhận: - UBND TỈNH", "- Lưu: VT."]],
    ["a first entry naming a head, in its case", ["Nơi nhận: - Giám đốc Sở (để b/c);", "- Lưu: VT."]],
    ["a dash and a title in capitals outside Nơi nhận", ["Kính gửi: - GIÁM ĐỐC SỞ Y TẾ"]],
    ["a list whose rows end in their punctuation", ["Nơi nhận:", "- Như trên;", "- Lưu: VT, TCCB", "", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn A"]],
    ["an archive code in capitals (no head's title)", ["Nơi nhận:", "- Như trên;", "- Lưu: VT, VP HĐND"]],
    ["a place list and a drafter's short name (no title cut off)", ["Nơi nhận:", "- UBND các xã: Nghi Sơn, Trường Lâm, Các Sơn", "- Lưu: VT, ĐMDN (2b). Trung Anh"]],
    ["a flattened list without a signer or Lưu", ["Nơi nhận: - Như trên; - Các sở, ngành"]],
    ["a body item outside a footer", ["- Giao Sở Y tế chủ trì; GIÁM ĐỐC SỞ Y TẾ"]],
    ["the Nơi nhận of prose", ["Nơi nhận hồ sơ: Bộ phận Một cửa; PHÓ CHỦ TỊCH"]],
  ])("leaves %s alone", (_name, rows) => {
    expect(cells(rows.join("\n"))).toEqual(rows);
  });
});

describe("splitCells: signers' names joined by an apostrophe (Cơ Ho, Ê Đê, Gia Rai: K'Bình, H'Hen Niê)", () => {
  it.each([
    ["a flattened footer, a one-word name", ["Nơi nhận: - Như trên; - Lưu: VT. GIÁM ĐỐC K'Bình"], ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "GIÁM ĐỐC", "K'Bình"]],
    ["a flattened footer, ’ and two words", ["Nơi nhận: - Như trên; - Lưu: VT. KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC H’Hen Niê"], ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC", "H’Hen Niê"]],
    ["a signer's line ending in the name", ["KT. CHỦ TỊCH PHÓ CHỦ TỊCH Ksor H'Ble"], ["KT. CHỦ TỊCH PHÓ CHỦ TỊCH", "Ksor H'Ble"]],
    ["OCR rows: the name alone after the list", ["Nơi nhận: GIÁM ĐỐC", "- Như trên;", "- Lưu: VT.", "Y’Mơi"], ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "GIÁM ĐỐC", "Y’Mơi"]],
    ["OCR rows: the name on a row among later entries", ["Nơi nhận: KT. GIÁM ĐỐC", "- Như trên; PHÓ GIÁM ĐỐC", "- Sở Tài chính", "H'Hen Niê", "(để phối hợp);", "- Lưu: VT."], ["Nơi nhận:", "- Như trên;", "- Sở Tài chính", "(để phối hợp);", "- Lưu: VT.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "H'Hen Niê"]],
  ])("%s", (_name, rows, expected) => {
    expect(cells(rows.join("\n"))).toEqual(expected);
  });

  it.each([
    ["a one-word name without an apostrophe after a title", ["KT. CHỦ TỊCH PHÓ CHỦ TỊCH Bình"]],
    ["a quoted word in prose", ["các đơn vị thực hiện theo 'Hướng dẫn' của BAN CHỈ ĐẠO"]],
  ])("leaves %s alone", (_name, rows) => {
    expect(cells(rows.join("\n"))).toEqual(rows);
  });
});

describe("splitCells: a rank or degree before the signer's name (Đại tá, Thiếu tướng, PGS.TS.)", () => {
  it.each([
    ["a flattened footer", ["Nơi nhận: - Như trên; - Lưu: VT, PV01. KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Đại tá Lê Văn Hải"], ["Nơi nhận:", "- Như trên;", "- Lưu: VT, PV01.", "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC", "Đại tá Lê Văn Hải"]],
    ["a flattened footer, a degree", ["Nơi nhận: - Như trên; - Lưu: VT. KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC TS. Nguyễn Văn An"], ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC", "TS. Nguyễn Văn An"]],
    ["a signer's line ending in the name", ["KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Thiếu tướng Nguyễn Văn Long"], ["KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC", "Thiếu tướng Nguyễn Văn Long"]],
    ["a signer's line, the degree kept with the name", ["GIÁM ĐỐC PGS.TS. Nguyễn Văn An"], ["GIÁM ĐỐC", "PGS.TS. Nguyễn Văn An"]],
    ["OCR rows: the name after the Lưu entry", ["Nơi nhận: KT. GIÁM ĐỐC", "- Như trên; PHÓ GIÁM ĐỐC", "- Lưu: VT, PV01. Trung tá Lê Văn Hải"], ["Nơi nhận:", "- Như trên;", "- Lưu: VT, PV01.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trung tá Lê Văn Hải"]],
    ["OCR rows: the name on a row among later entries", ["Nơi nhận: KT. GIÁM ĐỐC", "- Như trên; PHÓ GIÁM ĐỐC", "- Sở Tài chính", "Đại tá Lê Văn Hải", "(để phối hợp);", "- Lưu: VT."], ["Nơi nhận:", "- Như trên;", "- Sở Tài chính", "(để phối hợp);", "- Lưu: VT.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Đại tá Lê Văn Hải"]],
    ["the degree alone on the name's line is not cut off", ["PGS.TS. Nguyễn Văn An"], ["PGS.TS. Nguyễn Văn An"]],
  ])("%s", (_name, rows, expected) => {
    expect(cells(rows.join("\n"))).toEqual(expected);
  });
});

describe("splitCells: the motto's dashes in a flattened document are no entry dashes", () => {
  it("keeps the motto whole while the list's entries are cut", () => {
    const body = "Ủy ban nhân dân tỉnh đề nghị các sở, ngành triển khai thực hiện nghiêm túc các nội dung sau đây. ".repeat(12);
    const line = "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 845/UBND Lâm Đồng, ngày 20 tháng 11 năm 2025 " + body + "Nơi nhận: - Như trên; - Lưu: VT, NC. TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Hồ Văn Mười";
    const out = cells(line);
    expect(out).toContain("Độc lập - Tự do - Hạnh phúc");
    expect(out).not.toContain("- Tự do");
    expect(out).toContain("- Như trên;");
    expect(out.slice(-2)).toEqual(["TM. ỦY BAN NHÂN DÂN CHỦ TỊCH", "Hồ Văn Mười"]);
  });
});

// A guard against catastrophic backtracking, not a speed target (that is `npm run bench`): a
// quadratic reading of these 0.2–0.4 MB lines would take minutes; the bound stays far above what
// a loaded machine adds.
describe("splitCells stays linear on long hostile lines (the footer, motto and OCR readings)", { timeout: 120_000 }, () => {
  it.each([
    ["a flattened list without a signer", `Nơi nhận: ${"- a ".repeat(50_000)}`],
    ["a footer row of titles", `Nơi nhận:\n- x; ${"BỘ TRƯỞNG, ".repeat(30_000)}CHỦ NHIỆM`],
    ["a footer row of capitals", `Nơi nhận: KT. CHỦ TỊCH\n- x${", AA".repeat(50_000)}`],
    ["capitals before the motto", `${"AA ".repeat(100_000)}Độc lập - Tự do - Hạnh phúc`],
    ["OCR digits everywhere", "1O ".repeat(100_000)],
  ])("%s", (_name, text) => {
    const start = performance.now();
    splitCells(toLines(text, "plain"));
    expect(performance.now() - start).toBeLessThan(30_000);
  });
});

describe("splitCells: the footer glued after the content's './.' (a web copy without paragraphs, probe8 F10)", () => {
  it.each([
    // must change: the closing, then the flattened footer cut as one on its own line is
    [
      "the closing, Nơi nhận, entries and the KT. signer",
      "Đề nghị các đơn vị nghiêm túc triển khai thực hiện./. Nơi nhận: - Như trên; - Ban Giám hiệu (để b/c); - Lưu: VT, ĐT. KT. HIỆU TRƯỞNG PHÓ HIỆU TRƯỞNG (Đã ký) Nguyễn Thị Mỹ Dung",
      ["Đề nghị các đơn vị nghiêm túc triển khai thực hiện./.", "Nơi nhận:", "- Như trên;", "- Ban Giám hiệu (để b/c);", "- Lưu: VT, ĐT.", "KT. HIỆU TRƯỞNG PHÓ HIỆU TRƯỞNG", "(Đã ký)", "Nguyễn Thị Mỹ Dung"],
    ],
    [
      "'/.' without the full stop, the label alone",
      "Yêu cầu các đơn vị thực hiện/. Nơi nhận:",
      ["Yêu cầu các đơn vị thực hiện/.", "Nơi nhận:"],
    ],
  ])("%s", (_name, input, expected) => {
    expect(cells(input)).toEqual(expected);
  });

  it.each([
    ["a Nơi nhận named in prose", "Đề nghị gửi hồ sơ về nơi nhận hồ sơ của Sở./. Nơi nhận hồ sơ: Bộ phận một cửa."],
    ["the closing alone", "Đề nghị các đơn vị nghiêm túc triển khai thực hiện./."],
    ["a date, not a closing", "Số liệu tính đến ngày 30/6/2025 Nơi nhận: Sở Tài chính"],
  ])("stays: %s", (_name, input) => {
    expect(cells(input)).toEqual([input]);
  });
});

describe("splitCells: a flattened header whose place ends in a unit number (HD 36 star row, Quận 3)", () => {
  it.each([
    // must change: the place-date was left glued to the number (one header part less)
    [
      "HD 36: issuer, star, number and a numbered commune",
      "ĐẢNG BỘ TỈNH LÂM ĐỒNG ĐẢNG ỦY XÃ ĐAM RÔNG 1 * Số 86-QĐ/ĐU Đam Rông 1, ngày 15 tháng 3 năm 2025",
      ["ĐẢNG BỘ TỈNH LÂM ĐỒNG ĐẢNG ỦY XÃ ĐAM RÔNG 1", "*", "Số 86-QĐ/ĐU", "Đam Rông 1, ngày 15 tháng 3 năm 2025"],
    ],
    ["a State number and Quận 3", "Số: 86/UBND-VP Quận 3, ngày 20 tháng 10 năm 2024", ["Số: 86/UBND-VP", "Quận 3, ngày 20 tháng 10 năm 2024"]],
    ["Phường 12", "Số: 86/UBND-VP Phường 12, ngày 20 tháng 10 năm 2024", ["Số: 86/UBND-VP", "Phường 12, ngày 20 tháng 10 năm 2024"]],
    ["Q. 10", "Số: 86/UBND-VP Q. 10, ngày 20 tháng 10 năm 2024", ["Số: 86/UBND-VP", "Q. 10, ngày 20 tháng 10 năm 2024"]],
    // must stay as before: a place without a number
    ["a place without a number", "Số: 86/UBND-VP Bảo Lâm, ngày 20 tháng 10 năm 2024", ["Số: 86/UBND-VP", "Bảo Lâm, ngày 20 tháng 10 năm 2024"]],
  ])("%s", (_name, input, expected) => {
    expect(cells(input)).toEqual(expected);
  });

  it.each([
    ["a body line citing an article and a date", "Căn cứ Điều 3, ngày 20 tháng 10 năm 2024 của Quận ủy về việc tổ chức"],
    ["a list item opening with a number", "3, ngày 5 tháng 3 năm 2025 các phòng dự họp."],
  ])("stays: %s", (_name, input) => {
    expect(cells(input)).toEqual([input]);
  });
});

describe("splitCells: a footer table given in reading order, its two cells interleaved (raw pdftotext, OCR; probe12 F2b)", () => {
  const order = (text: string) => cells(text).filter((t) => t !== "");
  it.each([
    // must change: the signer's lines read between the entries go after the list, as a table's right cell
    [
      "a Party footer: mark and title between the entries, the name after Lưu",
      "Nơi nhận:\n- Ban Bí thư Trung ương Đảng (để b/c),\n\nT/M BAN THƯỜNG VỤ\n\nPHÓ BÍ THƯ\n\n- Các đồng chí Tỉnh ủy viên,\n- Lưu Văn phòng Tỉnh ủy.\n\nRơ Mah Tuân",
      ["Nơi nhận:", "- Ban Bí thư Trung ương Đảng (để b/c),", "- Các đồng chí Tỉnh ủy viên,", "- Lưu Văn phòng Tỉnh ủy.", "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Rơ Mah Tuân"],
    ],
    [
      "a State footer: the mark right under the label",
      "Nơi nhận:\n\nKT. GIÁM ĐỐC\n\n- Như trên;\n\nPHÓ GIÁM ĐỐC\n\n- UBND tỉnh (để b/c);\n- Lưu: VT, TL.\n\nHoàng Văn Thắng",
      ["Nơi nhận:", "- Như trên;", "- UBND tỉnh (để b/c);", "- Lưu: VT, TL.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Hoàng Văn Thắng"],
    ],
    [
      "the mark a row above the label",
      "TL. GIÁM ĐỐC\nNơi nhận:\n\nTRƯỞNG PHÒNG QUẢN LÝ NGÂN SÁCH\n\n- Như thành phần mời;\n- Lưu: VT, QLNS.\nVõ Thị Diệu Linh",
      ["Nơi nhận:", "- Như thành phần mời;", "- Lưu: VT, QLNS.", "TL. GIÁM ĐỐC", "TRƯỞNG PHÒNG QUẢN LÝ NGÂN SÁCH", "Võ Thị Diệu Linh"],
    ],
    [
      "a title without a mark",
      "Nơi nhận:\n\nCHỦ TỊCH\n\n- Như Điều 3;\n- Lưu: VT, KT.\n\nPhạm Quang Ngọc",
      ["Nơi nhận:", "- Như Điều 3;", "- Lưu: VT, KT.", "CHỦ TỊCH", "Phạm Quang Ngọc"],
    ],
    // must stay: the signer after the list, or before it; the lines after a Lưu entry; a capitals line that is no title
    [
      "the signer after the list",
      "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nPhạm Thị Lan",
      ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Phạm Thị Lan"],
    ],
    [
      "the signer before the list",
      "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nPhạm Thị Lan\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.",
      ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Phạm Thị Lan", "Nơi nhận:", "- Như trên;", "- Lưu: VT."],
    ],
    [
      "an appendix after the signer: its items stay under its title",
      "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn A\nPHỤ LỤC\n- Danh mục nhiệm vụ;",
      ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn A", "PHỤ LỤC", "- Danh mục nhiệm vụ;"],
    ],
    [
      "a capitals line that holds no title",
      "Nơi nhận:\n- Như trên;\nDANH MỤC KÈM THEO\n- Mục 1;",
      ["Nơi nhận:", "- Như trên;", "DANH MỤC KÈM THEO", "- Mục 1;"],
    ],
  ])("%s", (_name, input, expected) => {
    expect(order(input)).toEqual(expected);
  });

  it.each([
    ["Nơi nhận:\n- Ban Bí thư Trung ương Đảng (để b/c),\n\nT/M BAN THƯỜNG VỤ\n\nPHÓ BÍ THƯ\n\n- Các đồng chí Tỉnh ủy viên,\n- Lưu Văn phòng Tỉnh ủy.\n\nRơ Mah Tuân", 2, "PHÓ BÍ THƯ", "Rơ Mah Tuân"],
    ["TL. GIÁM ĐỐC\nNơi nhận:\n\nTRƯỞNG PHÒNG QUẢN LÝ NGÂN SÁCH\n\n- Như thành phần mời;\n- Giám đốc Sở (để b/c);\n- Lưu: VT, QLNS.\nVõ Thị Diệu Linh", 2, "TRƯỞNG PHÒNG QUẢN LÝ NGÂN SÁCH", "Võ Thị Diệu Linh"],
  ])("the document reads the whole list and the signer: %#", (footer, recipients, position, name) => {
    const d = parse(`UBND TỈNH A\nSỞ TÀI CHÍNH\nSố: 12/STC-VP\nHuế, ngày 05 tháng 9 năm 2026\n\nCÔNG VĂN\nV/v báo cáo\n\n1. Các phòng báo cáo kết quả.\n\n${footer}\n`).documents[0];
    expect([d.recipients.length, d.signatures[0]?.position, d.signatures[0]?.name, d.appendices.length]).toEqual([recipients, position, name, 0]);
  });
});

describe("splitCells: a pdftotext -layout footer whose rows the two cells' line pitches space apart (probe12 F1, F2b)", () => {
  const body = "UBND TỈNH QUẢNG TRỊ                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG              Độc lập - Tự do - Hạnh phúc\n\n       Số: 1842/SNNMT-TL\n                                          Quảng Trị, ngày 14 tháng 10 năm 2025\nV/v ứng phó mưa lũ\n\nKính gửi: Chi cục Thủy lợi\n\n1. Chi cục Thủy lợi kiểm tra hiện trường các hồ chứa.\nĐề nghị các cơ quan, đơn vị khẩn trương triển khai thực hiện./.\n";
  it.each([
    // must change: the list, its archive (cut off "Lưu:" by the layout's cells) and the signer are read
    ["Nơi nhận:                KT. GIÁM ĐỐC\n\n- Như trên;             PHÓ GIÁM ĐỐC\n\n- UBND tỉnh (để b/c);\n\n- Giám đốc Sở;\n\n- Lưu: VT, TL.          Hoàng Văn Thắng\n", 3, ["VT", "TL"], "PHÓ GIÁM ĐỐC", "Hoàng Văn Thắng"],
    // must stay: the same footer without the blank lines
    ["Nơi nhận:                KT. GIÁM ĐỐC\n- Như trên;             PHÓ GIÁM ĐỐC\n- UBND tỉnh (để b/c);\n- Giám đốc Sở;\n- Lưu: VT, TL.          Hoàng Văn Thắng\n", 3, ["VT", "TL"], "PHÓ GIÁM ĐỐC", "Hoàng Văn Thắng"],
  ])("%#", (footer, recipients, archive, position, name) => {
    const d = parse(body + footer).documents[0];
    expect([d.recipients.length, d.archive, d.signatures[0]?.position, d.signatures[0]?.name, d.appendices.length]).toEqual([recipients, archive, position, name, 0]);
  });
});
