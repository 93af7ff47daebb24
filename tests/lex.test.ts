/** The line lexer names each line's kind; keywords are matched through the ASCII fold. */
import { describe, expect, it } from "vitest";
import { lex } from "../src/lex.js";
import { asciiFold } from "../src/lines/ascii-fold.js";
import { toLines } from "../src/lines/index.js";

const kindOf = (text: string): string => lex(toLines(text, "plain"))[0].tokenType.name;

describe("lex: one token per non-blank line", () => {
  it.each([
    // header
    ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "QuocHieu"],
    ["CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "QuocHieu"], // old tone placement
    ["CONG HOA XA HOI CHU NGHIA VIET NAM", "QuocHieu"], // diacritics lost
    ["CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "QuocHieu"], // issuer cell on the same line
    ["CHỦ NGHĨA VIỆT NAM", "QuocHieuTiep"],
    ["Độc lập - Tự do - Hạnh phúc", "TieuNgu"],
    ["Độc lập – Tự do – Hạnh phúc", "TieuNgu"],
    ["ĐẢNG CỘNG SẢN VIỆT NAM", "DangCongSan"],
    ["ĐẢNG CÔNG SẢN VIỆT NAM", "DangCongSan"], // OCR slip
    ["Số: 10227/VP-KGVX", "SoKyHieu"],
    ["Số 508 -CV/QU", "SoKyHieu"],
    ["Số: /QĐ-UBND", "SoKyHieu"],
    ["So: 12/UBND-VX", "SoKyHieu"],
    ["299/TTg", "MaSoKyHieu"],
    ["Số: 26/2026/NQ-CP", "SoKyHieu"], // the year form of normative documents (NĐ 30 Phụ lục I)
    ["Số: 41/2019/QĐ-UBND", "SoKyHieu"],
    ["Số: 1249a/CTPH-UBDT-BTP", "SoKyHieu"], // a letter suffix
    ["26/2026/NQ-CP", "MaSoKyHieu"],
    ["ĐOÀN TNCS HỒ CHÍ MINH", "DangCongSan"], // the Youth Union's heading, where the Party motto stands
    ["Hà Nội, ngày 24 tháng 9 năm 2021", "DiaDanhThoiGian"],
    ["Q. Hai Bà Trưng, ngày 28 tháng 7 năm 2021", "DiaDanhThoiGian"],
    ["Lai Châu, ngày    tháng    năm 2025", "DiaDanhThoiGian"],
    ["Vĩnh Long, ngày", "DiaDanhThoiGian"],
    ["30 tháng 3 năm 2015", "NgayThangNam"],
    ["HỎA TỐC", "DoKhan"],
    ["THÔNG BÁO", "TenLoai"],
    ["CHỈ THỊ", "TenLoai"],
    ["QUYẾT ĐỊNH:", "CongThuc"],
    ["V/v thực hiện ý kiến chỉ đạo", "TrichYeu"],
    ["Về việc ban hành Quy chế", "TrichYeu"],
    ["Kính gửi: Sở Y tế", "KinhGui"],
    ["Đồng kính gửi:", "KinhGui"],
    ["KÍNH GỬI:", "KinhGui"],
    ["Kính gởi: Sở Y tế", "KinhGui"], // the southern spelling
    ["Kính gứi:", "KinhGui"], // an OCR slip of one tone mark
    // a Công điện's addressee label (NĐ 30): the sender's title in capitals, then "điện:"
    ["THỦ TƯỚNG CHÍNH PHỦ điện:", "KinhGui"],
    ["CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:", "KinhGui"],
    ["BỘ TRƯỞNG BỘ Y TẾ điện:", "KinhGui"],
    ["THỦ TƯỚNG CHÍNH PHỦ điện: - Chủ tịch Ủy ban nhân dân các tỉnh; - Các Bộ.", "KinhGui"], // a web copy: the list run on
    ["THỦ TƯỚNG CHÍNH PHỦ điện:Chủ tịch", "Van"], // no space after the colon: not the label
    ["TIẾT KIỆM ĐIỆN:", "ChuIn"],
    ["Về tiết kiệm điện:", "TrichYeu"],
    ["Sử dụng điện:", "Van"],
    // stamps
    ["ĐẾN Số: 495", "DauDen"],
    ["Chuyên:", "DauDen"],
    ["Ngày ký: 21/09/2021", "ChuKySo"],
    ["18:49:48 +07:00", "ChuKySo"],
    ["Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ChuKySo"],
    ["[Handwritten Signature]", "AnhChuKy"],
    ["(Đã ký)", "AnhChuKy"],
    // footer
    ["Nơi nhận:", "NoiNhan"],
    ["Noi nhan:", "NoiNhan"],
    ["- Lưu: VT, KGVX.", "Luu"],
    ["- Lưu VPQU.", "Luu"],
    ["T/M BAN CÁN SỰ ĐẢNG", "KyThay"],
    ["TL. CHỦ TỊCH", "KyThay"],
    ["KT.CHỦ TỊCH", "KyThay"],
    ["KT.", "KyThay"],
    ["PHỤ LỤC I", "PhuLuc"],
    ["(Kèm theo Công văn số 12/UBND-VX)", "PhuLuc"],
    ["(Ban hành kèm theo Quyết định số 844/QĐ-TTg)", "PhuLuc"],
    ["Kèm theo Kế hoạch số 12/KH-UBND", "PhuLuc"],
    ["Phụ lục II", "PhuLuc"],
    // body
    ["Điều 2. Giao Sở Y tế", "Dieu"],
    ["Chương I", "Chuong"],
    ["CHƯƠNG II: TIÊU CHUẨN", "Chuong"],
    ["Chương 1: NHỮNG QUY ĐỊNH CHUNG", "Chuong"],
    ["Mục 2. KIỂM TRA", "Chuong"],
    ["PHẦN THỨ HAI", "Chuong"],
    ["I. NHIỆM VỤ CHUNG", "LaMa"],
    ["II- GIẢI PHÁP", "LaMa"],
    ["1. Giao Sở Y tế", "So"],
    ["1.2. Tăng cường", "So"],
    ["3 . Đối_với các tỉnh", "So"],
    ["2 - Sở Lao động, Thương binh và Xã hội có trách nhiệm.", "So"],
    ["2) Tổ chức tập huấn", "So"],
    ["a) Trường hợp khai hải quan", "ChuThuong"],
    ["đ) Các nội dung khác", "ChuThuong"],
    ["6 b) Cơ quan phối hợp: Sở Nội vụ", "ChuThuong"], // OCR: a stray number before the marker (build decides)
    ["16 b) Cơ quan phối hợp", "ChuThuong"],
    ["- Sở Y tế;", "GachDau"],
    ["+ Khẩn trương tham mưu", "GachDau"],
    ["• Tăng cường", "GachDau"],
    // debris and catch-alls
    ["--- PAGE BREAK ---", "PageBreak"],
    ["CÔNG BÁO/Số 302/Ngày 02-06-2026", "PageBreak"],
    ["12042", "Digits"],
    ["225 - 3", "Digits"],
    ["-------", "Separator"],
    ["[", "Separator"],
    ["|", "Separator"],
    ["ỦY BAN NHÂN DÂN", "ChuIn"],
    ["Trịnh Xuân Cường", "HoTen"],
    // names of the Cơ Ho, Ê Đê, Gia Rai …: a capital joined by an apostrophe, also a one-word name
    ["K'Bình", "HoTen"],
    ["Y’Mơi", "HoTen"],
    ["H'Hen Niê", "HoTen"],
    ["Ksor H'Ble", "HoTen"],
    ["Thực hiện ý kiến chỉ đạo của Ban Thường vụ Thành ủy", "Van"],
  ])("%s → %s", (text, kind) => {
    expect(kindOf(text)).toBe(kind);
  });

  it.each([
    ["a sentence that starts with a number of days", "15 ngày “thời điểm vàng”", "Van"],
    ["a year followed by a full stop", "2024. năm bản lề", "Van"],
    ["a cross-reference wrapped to the line start", "Điều 58 Luật Hải quan năm 2014.", "Van"],
    ["'Lưu ý' is not the archive", "- Lưu ý các đơn vị", "GachDau"],
    ["a sentence with 'ngày' is not a place-date line", "Ban Thường vụ Thành ủy họp ngày 26/5/2021, nghe", "Van"],
    ["'Về việc này' opens prose, not a subject", "Về việc này, Phó Chủ tịch có ý kiến", "Van"],
    ["a sentence about a number", "Số lượng thôn, tổ dân phố giảm dần", "Van"],
    ["a number with a letter but no code", "Số 12a của tạp chí Cộng sản", "Van"],
    ["'Ban hành kèm theo' is prose, not a subject", "Ban hành kèm theo Quyết định này Kế hoạch", "Van"],
    ["the Youth Union inside an issuer's name", "BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH", "ChuIn"],
    ["'Chương trình' is not a chapter", "Chương trình công tác năm 2026", "Van"],
    ["a chapter cited at a line start", "Chương II của Luật Đất đai", "Van"],
    ["'Mục tiêu' is not a division", "Mục tiêu chung", "Van"],
    ["a sentence carried over with 'kèm theo'", "kèm theo; tăng cường kiểm tra, đôn đốc việc triển khai", "Van"],
    ["a sentence carried over with 'phụ lục'", "phụ lục 2 của Thông tư số 38/2015/TT-BTC", "Van"],
    ["a number and a word", "6 bên cùng ký kết", "Van"],
    ["a three-digit number before a letter", "120 b) nội dung", "Van"],
    ["a number and a letter without a bracket", "6 b. Cơ quan phối hợp", "Van"],
    ["a one-word name without an apostrophe", "Bình", "Van"],
    ["a one-word name joined in lower case", "K'bình", "Van"],
    ["an apostrophe word in prose", "K'Bình tham gia", "Van"],
  ])("not fooled by %s", (_name, text, kind) => {
    expect(kindOf(text)).toBe(kind);
  });

  // a place name that ends in a unit number (NĐ 30: the unit's name) — and numbers of other kinds
  it.each([
    ["Quận 3, ngày 20 tháng 10 năm 2024", "DiaDanhThoiGian"],
    ["Phường 1, ngày 20 tháng 10 năm 2025", "DiaDanhThoiGian"],
    ["QUẬN 3, NGÀY 20 THÁNG 10 NĂM 2024", "DiaDanhThoiGian"],
    ["Q.3, ngày 20 tháng 10 năm 2024", "DiaDanhThoiGian"],
    ["P. 12, ngày 20/10/2024", "DiaDanhThoiGian"],
    ["Đam Rông 1, ngày 20 tháng 10 năm 2025", "DiaDanhThoiGian"],
    ["Bảo Lâm 3, ngày    tháng    năm 2025", "DiaDanhThoiGian"],
    ["*\tĐam Rông 1, ngày 20 tháng 10 năm 2025", "DiaDanhThoiGian"],
    ["Hà Nội, NGÀY 24 THÁNG 9 NĂM 2021", "DiaDanhThoiGian"],
    ["Tp. Hồ Chí Minh, ngày 5 tháng 1 năm 2024", "DiaDanhThoiGian"],
    // must stay
    ["Số 12, ngày 5 tháng 3 năm 2025 của UBND tỉnh", "Van"],
    ["3, ngày 5 tháng 3 năm 2025", "Van"],
    ["Điều 5, ngày 5 tháng 3 năm 2025", "Van"],
    ["Thực hiện Kế hoạch số 12, ngày 5/3/2025 của UBND tỉnh", "Van"],
    ["Lớp 1, ngày 15/9/2025 tại hội trường", "Van"],
    ["Thứ 5, ngày 12 tháng 3 năm 2026", "Van"],
    ["Giai đoạn 2, ngày 5 tháng 3 năm 2025", "Van"],
    ["Chi bộ 3, ngày 5 tháng 3 năm 2025", "Van"],
    ["Kỳ họp thứ 5, ngày 5/3/2025", "Van"],
  ])("a numbered place: %s → %s", (text, kind) => {
    expect(kindOf(text)).toBe(kind);
  });

  it("keeps the Line as payload and skips blank lines", () => {
    const tokens = lex(toLines("THÔNG BÁO\n\n1. Giao", "plain"));
    expect(tokens.map((t) => [t.tokenType.name, t.payload.n])).toEqual([["TenLoai", 1], ["So", 3]]);
  });

  it("reads NFD input like NFC", () => {
    expect(kindOf("Nơi nhận:".normalize("NFD"))).toBe("NoiNhan");
  });
});

describe("asciiFold: the lexer's alphabet, one character for one", () => {
  it.each([
    ["Độc lập – Tự do", "Doc lap - Tu do"],
    ["Uỷ ban", "Uy ban"],
    ["Thông_báo kết_luận", "Thong bao ket luan"],
    ["“3 trước”", '"3 truoc"'],
    ["½ ngày", "` ngay"],
    ["Số … ngày", "So . ngay"],
  ])("%s → %s", (input, folded) => {
    expect(asciiFold(input)).toBe(folded);
  });
});

describe("lex over many lines", () => {
  it("keeps line numbers right after leading blank lines", () => {
    const tokens = lex(toLines("\n\nTHÔNG BÁO\n\n1. Giao", "plain"));
    expect(tokens.map((t) => [t.tokenType.name, t.payload.n])).toEqual([["TenLoai", 3], ["So", 5]]);
  });
});
