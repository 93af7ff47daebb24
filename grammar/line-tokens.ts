/**
 * Line tokens: one token per non-blank source line, naming what kind of line it is.
 *
 * The lexer does not read the text users see; it reads each line *folded* to plain ASCII
 * (diacritics stripped, Đ → D, dashes → "-", other non-ASCII → "`", case kept; see src/lex.ts).
 * That makes every keyword tolerant at once of NFD input, old/new tone placement (Uỷ/Ủy),
 * missing diacritics ("CONG HOA", "Noi nhan") and OCR slips of a diacritic ("ĐẢNG CÔNG SẢN").
 *
 * Every pattern consumes its whole line, so each token starts at a line start without needing
 * `^` (which Chevrotain cannot use). Order matters: the first pattern that matches wins, so the
 * specific kinds come before the general ones (UpperLine, PersonName, TextLine).
 */
import { createToken, Lexer, type TokenType } from "chevrotain";

/** Every printable ASCII character: the start chars of catch-all patterns (the folded alphabet). */
const ANY_START: string[] = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i));
const REST = "[^\\n]*";

/**
 * The characters each kind can start with, as Chevrotain's analysis of its pattern finds them
 * (tests/grammar/line-tokens.test.ts checks them); a kind not listed may start with any. Given
 * here, they let the lexer try at each line only the kinds its first character allows (a third
 * of them for most lines) without analysing the patterns each time the program starts.
 */
const START_CHARS: Readonly<Record<string, string>> = {
  PageBreak: "\f#-CPTcpt",
  Separator: " !\"#'()*+,-./:;<=>?[\\]^_`{|}~",
  ChuKySo: "0123456789CEKNTceknt",
  QuocHieuTiep: "C",
  TieuNgu: "Dd",
  DauDen: "CDLNS",
  AnhChuKy: "!([",
  SoKyHieu: "S",
  NgayThangNam: "0123456789NTnt",
  MaSoKyHieu: "0123456789",
  Digits: " ,-./0123456789:",
  NoiNhan: "Nn",
  Luu: "*+-L",
  KyThay: "KQT",
  PhuLuc: "(BKMP",
  DoKhan: "HKMT",
  CongThuc: "CKQTckqt",
  TenLoai: "BCDGHKNPQT",
  TrichYeu: "V",
  KinhGui: "*-ABCDEFGHIJKLMNOPQRSTUVWXYZ`dk",
  Chuong: "CMP",
  Dieu: "Dd",
  LaMa: "IVX",
  ChuHoa: "ABCDEFGH",
  So: "-0123456789_",
  ChuThuong: "0123456789abcdefghijklmnopqrstuvwxyz",
  NgoacSo: "(",
  GachDau: "*+-",
  DongBang: "|",
  HoTen: "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
};

function line(name: string, pattern: string, flags = "", categories: TokenType[] = []): TokenType {
  const source = pattern.replaceAll("$", "(?=\\n|$)"); // "$" in these patterns means end of line
  const starts = START_CHARS[name] === undefined ? ANY_START : [...START_CHARS[name]];
  return createToken({ name, pattern: new RegExp(source + REST, flags), categories, start_chars_hint: starts, line_breaks: false });
}

/**
 * A kind whose words may stand anywhere in its line, after an issuer cell ("BỘ TÀI CHÍNH CỘNG HÒA
 * XÃ HỘI …"): its pattern opens with a lazy scan of the line, which cost more than any other kind
 * as it was tried on every line. The line is first searched natively for the `words` (one of them
 * is in every match), and the pattern run only on a line that holds one.
 */
function anywhere(name: string, words: readonly string[], pattern: string, categories: TokenType[]): TokenType {
  const sticky = new RegExp(pattern.replaceAll("$", "(?=\\n|$)") + REST, "y");
  const exec = (text: string, offset: number): RegExpExecArray | null => {
    const end = text.indexOf("\n", offset);
    const line = end < 0 ? text.slice(offset) : text.slice(offset, end);
    let held = false;
    for (const word of words) held ||= line.includes(word);
    if (!held) return null;
    sticky.lastIndex = offset;
    return sticky.exec(text);
  };
  return createToken({ name, pattern: { exec }, categories, start_chars_hint: ANY_START, line_breaks: false });
}

export const Newline = createToken({ name: "Newline", pattern: /\n/, group: Lexer.SKIPPED, start_chars_hint: ["\n"], line_breaks: true });

/** Categories: what a line can be, whatever its specific kind. */
export const AnyLine = createToken({ name: "AnyLine", pattern: Lexer.NA });
/** A line that may open a numbered clause or item. */
export const ClauseStart = createToken({ name: "ClauseStart", pattern: Lexer.NA, categories: [AnyLine] });

// ── page debris ───────────────────────────────────────────────────────────────────────────────
/** --- PAGE BREAK ---  |  \f  |  - 3 -  |  Trang 2/5  |  CÔNG BÁO/Số 302/Ngày 02-06-2026 (running header) */
export const PageBreak = line(
  "PageBreak",
  "(?:-{2,} ?page break ?-{2,}|\\f|- ?\\d{1,3} ?-[ `]*$|trang \\d{1,3}(?: ?\\/ ?\\d{1,3})?[ `]*$|# page \\d+|page \\d+ \\(|cong bao ?\\/ ?so\\b|cong bao[ `]*$|chia se ?: ?(?:facebook|zalo|twitter|email|messenger|linkedin|in trang|\\|))",
  "i",
  [AnyLine],
);
/** 12042  |  225 - 3  |  9 : a line of digits only (page numbers, counters) — not "2020." ending a sentence */
export const Digits = line("Digits", "[\\d .,:/-]*\\d[\\d :/-]*$", "", [AnyLine]);
/** -----  |  ***  |  ====  |  ___  |  a stray "[" or "|" left by a table or an image */
export const Separator = line("Separator", "(?:[-_=*~.` ]{3,}|[\\[\\](){}|<>^#\"'`.,;:!?*_~=+\\\\/-]{1,3})$", "", [AnyLine]);

// ── header (NĐ 30 Điều 8 khoản 1–5; HD 36 §1) ──────────────────────────────────────────────────
/** CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM — possibly after an issuer cell, possibly wrapped after "XÃ HỘI" */
export const QuocHieu = anywhere("QuocHieu", ["CONG HOA XA HOI"], "(?:[^\\n]*? )?CONG HOA XA HOI", [AnyLine]);
/** CHỦ NGHĨA VIỆT NAM — the second half of a motto wrapped in two */
export const QuocHieuTiep = line("QuocHieuTiep", "CHU NGHIA VIET NAM[ `]*$", "", [AnyLine]);
/** Độc lập - Tự do - Hạnh phúc */
export const TieuNgu = line("TieuNgu", "DOC LAP ?[-,.] ?TU DO ?[-,.] ?HANH PHUC", "i", [AnyLine]);
/**
 * ĐẢNG CỘNG SẢN VIỆT NAM — the Party motto, possibly beside an issuer cell;
 * ĐOÀN TNCS HỒ CHÍ MINH alone on its line — the Youth Union's heading in the same place (its
 * documents follow the Party's layout), not "BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH"
 */
export const DangCongSan = anywhere(
  "DangCongSan",
  ["DANG CONG SAN VIET", "DOAN TNCS HO CHI MINH"],
  "(?:(?:[^\\n]*? )?DANG CONG SAN VIET ?NAM|DOAN TNCS HO CHI MINH[ `]*$)",
  [AnyLine],
);
/**
 * Số: 10227/VP-KGVX  |  Số 508 -CV/QU  |  Số: /QĐ-UBND  |  Số: 495 (an incoming stamp)
 * Số: 26/2026/NQ-CP (the year form of normative documents, NĐ 30 Phụ lục I)  |  Số: 1249a/CTPH-UBDT
 */
export const SoKyHieu = line(
  "SoKyHieu",
  "S[Oo] ?[:.]? ?(?:[\\d ~*.]*(?:\\d[a-e])?(?: ?\\/ ?(?:1[89]|20)\\d\\d)? ?[-/] ?[A-Za-z]|\\d+ ?$|[.…` ]*$)",
  "",
  [AnyLine],
);
/**
 * A place name that ends in a unit number (the unit's name, NĐ 30 Điều 8 khoản 4): "Quận 3",
 * "Phường 1", "Q.3", "P. 12", or two to four capitalised words and a number ("Đam Rông 1", "Bảo
 * Lâm 3"); a star may stand before it (HD 36's "*⇥place, ngày" row). Case matters: "Số 12", "Điều
 * 5", "Lớp 1", "Kế hoạch số 12" and "3" are no places.
 */
const NUMBERED_PLACE = "[* ]*(?:(?:Quan|QUAN|Phuong|PHUONG|[QP]\\.) ?|[A-Z][a-z`]*(?: [A-Z][a-z`]*){1,3} )\\d{1,2}";
/**
 * A weekday is no place: "Thứ Hai, ngày 10/11/2025" heads a day of a weekly schedule (the body's);
 * "Thủ Đức, ngày …" is a place.
 */
const WEEKDAY = "(?![Tt][Hh][Uu] (?:[Hh][Aa][Ii]|[Bb][Aa][Yy]?|[Tt][Uu]|[Nn][Aa][Mm]|[Ss][Aa][Uu]),|[Cc][Hh][Uu] [Nn][Hh][Aa][Tt],)";
/** Hà Nội, ngày 24 tháng 9 năm 2021  |  Lai Châu, ngày   tháng   năm 2025  |  Vĩnh Long, ngày (wrapped)  |  Quận 3, ngày … */
export const DiaDanhThoiGian = line(
  "DiaDanhThoiGian",
  `${WEEKDAY}(?:[^,\\n\\d]{2,40}|[Tt][Pp]\\. ?[^,\\n]{2,30}|[Qq]\\. ?[^,\\n]{2,30}|${NUMBERED_PLACE}), ?[Nn][Gg][Aa\`]?[Yy]` +
    `(?:[ .\`…]*(?:\\d{1,2}|[ .\`…]+) ?(?:[Tt][Hh][Aa\`]?[Nn][Gg]|\\/)|[ .\`…]*(?:\\d{1,2})?[ .\`…]*$)`,
  "",
  [AnyLine],
);
/** 30 tháng 3 năm 2015  |  tháng 01 năm 2020 — the rest of a place-date line wrapped after "ngày" */
export const NgayThangNam = line(
  "NgayThangNam",
  "(?:(?:ngay )?\\d{1,2} ?(?:thang|\\/) ?|thang ?)\\d{1,2} ?(?:nam|\\/) ?\\d{4}[ .`]*$",
  "i",
  [AnyLine],
);
/** 299/TTg  |  508-CV/QU  |  26/2026/NQ-CP — a number alone on its line, under a "Số:" label */
export const MaSoKyHieu = line("MaSoKyHieu", "\\d{1,6}[a-e]?(?: ?\\/ ?(?:1[89]|20)\\d\\d)? ?[-/] ?[A-Z`][A-Za-z`]*(?: ?[-/] ?[A-Za-z`\\d]+)*[ `]*$", "", [AnyLine]);
/** HỎA TỐC  |  THƯỢNG KHẨN  |  KHẨN  |  MẬT  |  TỐI MẬT  |  TUYỆT MẬT */
export const DoKhan = line("DoKhan", "(?:HOA TOC|THUONG KHAN|KHAN|TOI MAT|TUYET MAT|MAT)(?: ?[,;] ?(?:KHAN|MAT|HOA TOC))? ?$", "", [
  AnyLine,
]);
/** QUYẾT ĐỊNH:  |  QUYẾT NGHỊ:  — the enacting formula before the articles */
export const CongThuc = line("CongThuc", "(?:QUYET DINH|QUYET NGHI|CHI THI|KET LUAN|THONG BAO) ?:", "i", [AnyLine]);
/** THÔNG BÁO  |  CHỈ THỊ  |  KẾ HOẠCH …  — the type name, upper case, maybe glued to its title */
export const TenLoai = line(
  "TenLoai",
  "(?:THONG BAO|CONG VAN|CHI THI|QUYET DINH|NGHI QUYET|NGHI DINH|KE HOACH|KET LUAN|HUONG DAN|CONG DIEN|BAO CAO|" +
    "TO TRINH|CHUONG TRINH|THONG TU|THONG TRI|QUY DINH|QUY CHE|GIAY MOI|THONG CAO|PHUONG AN|DE AN|BIEN BAN)" +
    "(?: (?:KET LUAN|LIEN TICH|LIEN NGANH|LIEN BO|HOA TOC|KHAN))?(?![A-Za-z])(?! ?:)",
  "",
  [AnyLine],
);
/** V/v thực hiện …  |  Về việc …  |  Về một số vấn đề … — the trích yếu (not "Về việc này, …") */
export const TrichYeu = line("TrichYeu", "(?:V ?\\/ ?v|V\\.v|Ve viec(?! nay)|Ve (?!viec))\\b", "", [AnyLine]);
/**
 * Kính gửi: …  |  Đồng kính gửi:  |  - Kính gửi:*  |  Kính gởi: (the southern spelling)  |
 * THỦ TƯỚNG CHÍNH PHỦ điện:  — a Công điện's label (NĐ 30 Phụ lục III): the sender's title in
 * capitals, then "điện:", the addressees below.
 */
export const KinhGui = line(
  "KinhGui",
  "(?:(?:[-*] ?)?(?:[Dd][Oo][Nn][Gg] )?[Kk][IiYy][Nn][Hh] [Gg][UuWwOo][Ii]\\b|[A-Z`]{2,}(?:,? [A-Z`&/-]+)* dien ?:(?:[ `]*$| ))",
  "",
  [AnyLine],
);

// ── incoming stamps and e-signature fragments (not part of the document's text) ─────────────────
/** ĐẾN Số: 495  |  ĐẾN Ngày: 20/9  |  CÔNG VĂN ĐẾN  |  Chuyên:  |  Lưu hồ sơ số: */
export const DauDen = line(
  "DauDen",
  "(?:DEN ?(?:S[Oo]|Ngay|NGAY)\\b|DEN[ `]*$|CONG VAN DEN|Chuyen ?:|Luu ho so so|Ngay ?: ?[\\d\\/.` ]*$|S[Oo] ?: ?[.`]+$)",
  "",
  [AnyLine],
);
/** Ngày ký: 21/09/2021  |  Ký bởi: …  |  Cơ quan: …  |  18:49:48 +07:00  |  Thời gian ký: */
export const ChuKySo = line(
  "ChuKySo",
  "(?:Ngay ky|Ky boi|Co quan ?:|Email ?:|Thoi gian ky|Nguoi ky|\\d{1,2}:\\d{2}(?::\\d{2})? ?[+-]\\d{2}:?\\d{2})",
  "i",
  [AnyLine],
);
/** [Handwritten Signature]  |  (Đã ký)  |  [đã ký]  |  ![chữ ký](image.png)  |  (ký, ghi rõ họ tên) */
export const AnhChuKy = line("AnhChuKy", "(?:\\[(?:handwritten )?signature\\]|[([] ?da ky ?[)\\]]|!\\[[^\\]\\n]*\\]\\()", "i", [AnyLine]);

// ── footer (NĐ 30 Điều 8 khoản 7–9) ─────────────────────────────────────────────────────────────
/**
 * Nơi nhận:  |  Nơi nhận: - Như trên; … (flattened)  |  Nơi gửi: / Nơi gởi: — the label of the
 * forms before NĐ 110/2004 (Thông tư 33-BT/1992), alone on its line or before its list; "Nơi
 * gửi: Sở Nội vụ" (where a report goes, in a plan's clause) is text.
 */
export const NoiNhan = line("NoiNhan", "N[oe]i (?:nh[ao]n\\b|g[uo]i ?:(?= *$| *[-+] ))", "i", [AnyLine]);
/** - Lưu: VT, KGVX.  |  - Lưu VPQU.  |  Lưu Văn phòng Thành ủy.  (not "Lưu ý", "lưu thông") */
export const Luu = line("Luu", "(?:[-+*] ?)?Luu(?: ?:| (?!y\\b|thong|tru|hanh|tam|giu|lai|dong|luong|vuc|y\\b)(?=\\S))", "", [AnyLine]);
/** TM. ỦY BAN NHÂN DÂN  |  T/M BAN THƯỜNG VỤ  |  KT. CHỦ TỊCH  |  TL.CHỦ TỊCH  |  KT.  |  Q. CHÁNH VĂN PHÒNG */
export const KyThay = line("KyThay", "(?:T ?\\/ ?M|T ?M\\.|TM |K ?\\/ ?T|K ?T\\.|KT |T ?\\/ ?L|T ?L\\.|TL |TUQ\\.?|Q\\.)(?: ?[A-Z`]|$)", "", [
  AnyLine,
]);
/**
 * PHỤ LỤC …  |  Phụ lục I  |  Mẫu số 01  |  Biểu mẫu số 02/PKS  |  (Kèm theo Công văn số …)  |
 * (Ban hành kèm theo …) — not "Ban hành kèm theo Quyết định này …". A form attached to a Quyết
 * định ban hành biểu mẫu, a Nghị định's annex or a tuyển dụng notice is titled "Mẫu số NN": the
 * code (taken whole) ends the line or is followed by ":", " - ", "(" or a title in capitals — not
 * a sentence ("Mẫu số 01 được áp dụng …", "Mẫu số 03/BCĐ-MT). Người ứng cử …"). "MẪU SỐ 01" is an upper-case title already.
 */
// Case matters outside brackets: a line opening with lower-case "kèm theo" or "phụ lục" is a
// sentence carried over from the line above ("… được ban hành\nkèm theo Kế hoạch này …").
export const PhuLuc = line(
  "PhuLuc",
  "(?:P(?:HU LUC|hu [Ll]uc(?:$| [IVX\\d]))|(?:Bieu m|M)au so ?:? ?[\\dIVX][\\w./-]*(?![\\w./-])(?:$| ?[:(]| [-:] | [A-Z]{2})|K(?:em theo|EM THEO)\\b|\\((?:[Bb]an hanh |BAN HANH )?(?:[Kk]em theo|KEM THEO)\\b)",
  "",
  [AnyLine],
);

// ── body: clauses and items ──────────────────────────────────────────────────────────────────────
/**
 * Phần I  |  PHẦN THỨ HAI  |  Chương II  |  CHƯƠNG 1: QUY ĐỊNH CHUNG  |  Mục 2. …  — the divisions above
 * the articles (NĐ 30 Phụ lục I: Phần › Chương › Mục › Điều): the word and its number alone on the
 * line, or before "." ":" "-", or before an upper-case title. Not "Chương trình", not a wrapped
 * cross-reference ("Chương II của Luật …").
 */
export const Chuong = line(
  "Chuong",
  "(?:Phan|PHAN|Chuong|CHUONG|Muc|MUC) (?:[IVXL]{1,6}|\\d{1,3}|thu [a-z]{2,5}|THU [A-Z]{2,5})(?: ?[.:-]| ?$| (?=[A-Z`][^a-z\\n]*$))",
  "",
  [ClauseStart],
);
/** Điều 1.  |  Điều 2:  — not "Điều 58 Luật Hải quan…", a cross-reference wrapped to a line start */
export const Dieu = line("Dieu", "(?:[Dd]ieu|DIEU) \\d{1,3} ?(?:[.:]|$)", "", [ClauseStart]);
/**
 * I.  |  II-  |  IV)  |  III .  |  Ii.  (a Roman section; typed with a capital only at the start, as word processors "correct" it)
 * |  III.TỔ CHỨC THỰC HIỆN  (a web copy lost the space before a title in capitals)
 */
export const LaMa = line("LaMa", "(?:[IVX]{1,5}|[IVX][ivx]{1,4}) ?(?:[.)\\-:](?:[ `]|$)(?!\\d)|\\.(?=[A-Z`]{2,} [A-Z`]{2,}))", "", [ClauseStart]);
/** A.  |  B)  (an upper-case lettered part above the Roman sections) */
export const ChuHoa = line("ChuHoa", "[A-H] ?[.)] ?(?=[A-Z`])", "", [ClauseStart]);
/**
 * 1.  |  2)  |  1.1.  |  2.3)  |  1 -  |  3 .  |  120.  (a numbered clause; "2024." is a year)  |
 * —_2.  ——2.  (OCR: a rule or a margin mark read as two to five dashes and underscores glued to the
 * marker; a single "- 2." stays a dash item, a long fill-in line "__________2." no clause)
 */
export const So = line("So", "(?:-[-_]{1,4} ?|_{2,5} ?)?\\d{1,3}(?: ?\\. ?\\d{1,2}){0,3} ?(?:[.)](?:[ `]|$)|- (?=\\S))", "", [ClauseStart]);
/**
 * a)  |  b.  |  đ)  |  a.1)  (a lettered item)  |  6 b)  (OCR: a stray page or line number before
 * the marker; the item only where it continues an open list, see src/build/clauses.ts)
 */
export const ChuThuong = line("ChuThuong", "(?:\\d{1,2} [a-z] ?\\)(?= )|[a-z](?:\\.\\d{1,2})? ?[).](?:[ `]|$))", "", [ClauseStart]);
/** (1) …  |  (a) … at a line start */
export const NgoacSo = line("NgoacSo", "\\((?:\\d{1,2}|[a-z])\\) ", "", [ClauseStart]);
/** - item  |  + sub-item  |  • item  |  * item */
export const GachDau = line("GachDau", "[-+*] ?(?=[^-\\s])", "", [ClauseStart]);

// ── catch-all kinds ──────────────────────────────────────────────────────────────────────────────
/** | VĂN PHÒNG CHÍNH PHỦ | CỘNG HÒA … |  (a table row) */
export const DongBang = line("DongBang", "\\|", "", [AnyLine]);
/** ỦY BAN NHÂN DÂN  |  CHÁNH VĂN PHÒNG  |  I. … no: any line without lower-case letters */
export const ChuIn = createToken({
  name: "ChuIn",
  pattern: /[^a-z\n]*[A-Z][^a-z\n]*[A-Z][^a-z\n]*(?=\n|$)/,
  categories: [AnyLine],
  start_chars_hint: ANY_START,
  line_breaks: false,
});
/**
 * A rank or degree printed before a signer's name, folded: the military and police ranks of the
 * Luật Sĩ quan QĐND and Luật CAND (Đại / Thượng / Trung / Thiếu + tướng / tá / úy: "Đại tá",
 * "Thiếu tướng") and academic titles ("PGS.TS.", "TS.", "ThS.", "GS.TSKH."). Exported for the
 * footer's cells (src/lines/split-cells.ts), which must see the same name.
 */
export const NAME_PREFIX = "(?:(?:Dai|Thuong|Trung|Thieu) (?:tuong|ta|uy)|(?:P?GS|TSKH|TS|ThS|BS|DS|KS)(?:\\. ?(?:TSKH|TS|ThS|BS|DS|KS|CKI{1,2}))*\\.?) ";
/**
 * Trịnh Xuân Cường  |  Nguyễn Thị Tuyền  — two to five capitalised words: a signer's name.
 * The names of the Cơ Ho, Ê Đê, Gia Rai … join a capital to the word by an apostrophe ("K'Bình",
 * "H'Hen Niê", "Y'Mơi"; ’ folds to '), and such a word may be the whole name. A rank or degree
 * may come first (`NAME_PREFIX`: "Đại tá Lê Văn Hải", "PGS.TS. Nguyễn Văn A"); it stays in the name
 * as printed (the schema has no field for it).
 */
export const HoTen = line("HoTen", `(?:${NAME_PREFIX})?(?:[A-Z](?:'[A-Z])?[a-z]*(?: [A-Z](?:'[A-Z])?[a-z]*){1,4}|[A-Z]'[A-Z][a-z]+)[ \`]*$`, "", [AnyLine]);
/** any other line */
export const Van = createToken({ name: "Van", pattern: /[^\n]+/, categories: [AnyLine], start_chars_hint: ANY_START, line_breaks: false });

/** All tokens in matching order. */
export const allTokens: TokenType[] = [
  Newline,
  AnyLine,
  ClauseStart,
  PageBreak,
  Separator,
  ChuKySo,
  QuocHieu,
  QuocHieuTiep,
  TieuNgu,
  DangCongSan,
  DauDen,
  AnhChuKy,
  SoKyHieu,
  DiaDanhThoiGian,
  NgayThangNam,
  MaSoKyHieu,
  Digits,
  NoiNhan,
  Luu,
  KyThay,
  PhuLuc,
  DoKhan,
  CongThuc,
  TenLoai,
  TrichYeu,
  KinhGui,
  Chuong,
  Dieu,
  LaMa,
  ChuHoa,
  So,
  ChuThuong,
  NgoacSo,
  GachDau,
  DongBang,
  ChuIn,
  HoTen,
  Van,
];

// Every kind has its start characters given (START_CHARS, or any for the catch-alls), so the
// lexer prunes by the first character of each line without analysing a pattern at start-up.
export const lineLexer = new Lexer(allTokens, {
  ensureOptimizations: true,
  positionTracking: "onlyOffset", // src/lex.ts finds each token's line itself
  skipValidations: true,
});
