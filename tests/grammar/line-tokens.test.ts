import { createToken, Lexer, type TokenType } from "chevrotain";
import { describe, expect, it } from "vitest";
import { allTokens } from "../../grammar/line-tokens.js";
import { lex } from "../../src/lex.js";
import { toLines } from "../../src/lines/index.js";

/** The start characters Chevrotain's own analysis finds for a pattern (null: any character). */
function analysed(pattern: RegExp): string | null {
  const bare = createToken({ name: "Bare", pattern, line_breaks: false });
  const lexer = new Lexer([bare], { positionTracking: "onlyOffset", skipValidations: true }) as unknown as {
    canModeBeOptimized: Record<string, boolean>;
    charCodeToPatternIdxToConfig: { defaultMode: Array<unknown[] | undefined> };
  };
  if (!lexer.canModeBeOptimized.defaultMode) return null; // a negated class first: "[^\n]*"
  const table = lexer.charCodeToPatternIdxToConfig.defaultMode;
  return table.flatMap((configs, code) => (configs?.length ? [String.fromCharCode(code)] : [])).join("");
}

const hintOf = (t: TokenType): string => ((t as { START_CHARS_HINT?: string[] }).START_CHARS_HINT ?? []).join("");
const ANY = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join("");

describe("line tokens", () => {
  it.each(allTokens.filter((t) => t.PATTERN instanceof RegExp).map((t) => [t.name, t] as const))(
    "%s starts with the characters Chevrotain's analysis of its pattern finds",
    (_, token) => {
      const found = analysed(token.PATTERN as RegExp);
      expect(hintOf(token)).toBe(found ?? ANY);
    },
  );
});

describe("HoTen: a signer's name, with the rank or degree printed before it", () => {
  const kindOf = (text: string): string => lex(toLines(text, "plain"))[0].tokenType.name;
  it.each([
    // police and army signers print their rank (Luật CAND, Luật Sĩ quan QĐND); scholars their degree
    ["Đại tá Lê Văn Hải", "HoTen"],
    ["Thiếu tướng Nguyễn Văn Long", "HoTen"],
    ["Thượng tá Trần Minh Đức", "HoTen"],
    ["Trung tá Phạm Văn Nam", "HoTen"],
    ["Đại úy Vũ Thị Hoa", "HoTen"],
    ["Đại tướng Phan Văn Giang", "HoTen"],
    ["PGS.TS. Nguyễn Văn An", "HoTen"],
    ["TS. Trần Thị Bình", "HoTen"],
    ["ThS. Lê Minh Châu", "HoTen"],
    ["GS.TSKH. Đặng Hữu", "HoTen"],
    ["Trịnh Xuân Cường", "HoTen"],
    // must stay: a rank in prose, a rank without a name, a lower-case rank word alone
    ["Đại tá Lê Văn Hải chủ trì hội nghị", "Van"],
    ["Đại tá", "Van"],
    ["Cấp tá Lê Văn Hải", "Van"],
    ["Đại hội Đảng bộ", "Van"],
  ])("%s → %s", (text, kind) => {
    expect(kindOf(text)).toBe(kind);
  });
});

describe("PhuLuc: a form's title, 'Mẫu số NN', in mixed case (probe8 F8)", () => {
  const kindOf = (text: string): string => lex(toLines(text, "plain"))[0].tokenType.name;
  it.each([
    // must change: an attached form's own title
    ["Mẫu số 01", "PhuLuc"],
    ["Mẫu số 01/PKS", "PhuLuc"],
    ["Mẫu số 3a:", "PhuLuc"],
    ["Mẫu số 02 (Ban hành kèm theo Thông tư số 01/2025/TT-BNV)", "PhuLuc"],
    ["Mẫu số 05. PHIẾU ĐĂNG KÝ DỰ TUYỂN", "PhuLuc"],
    ["Mẫu số 05 - PHIẾU ĐĂNG KÝ DỰ TUYỂN", "PhuLuc"],
    ["Mẫu số 04 PHIẾU KHẢO SÁT", "PhuLuc"],
    ["Biểu mẫu số 02", "PhuLuc"],
    ["Mẫu số II", "PhuLuc"],
    ["Mẫu số: 02/TB", "PhuLuc"],
  ])("%s → %s", (text, kind) => {
    expect(kindOf(text)).toBe(kind);
  });
  it.each([
    // must stay: a sentence that opens with the form's code, a word that only starts alike
    "Mẫu số 01 được áp dụng cho các đơn vị sự nghiệp",
    "Mẫu số liệu báo cáo gửi về Sở",
    "Mẫu sổ theo dõi công văn đến",
    "Mẫu số 03/BCĐBHĐND-MT). Người ứng cử nộp hồ sơ tại Ủy ban bầu cử cấp xã",
    "Mẫu số 01/HNCT áp dụng đối với hội nghị cử tri nơi công tác",
    "Biểu mẫu thống kê kèm theo",
  ])("stays no appendix title: %s", (text) => {
    expect(kindOf(text)).not.toBe("PhuLuc");
  });
});

describe("PhuLuc: a single annex titled 'Phụ lục' alone, in sentence case (probe18 F6, probe17 F5)", () => {
  const kindOf = (text: string): string => lex(toLines(text, "plain"))[0].tokenType.name;
  it.each([
    // must change: the word alone on its line (NĐ 30: a single appendix has no number)
    "Phụ lục",
    "Phụ Lục",
    // must stay as before: with a numeral, in capitals
    "Phụ lục I",
    "Phụ lục 02",
    "PHỤ LỤC",
  ])("%s → PhuLuc", (text) => {
    expect(kindOf(text)).toBe("PhuLuc");
  });
  it.each([
    // must stay: a sentence that opens with the word, a word run on after it
    "Phụ lục kèm theo được gửi cho các đơn vị",
    "Phụ lục này là bộ phận không tách rời",
    "phụ lục",
  ])("stays no appendix title: %s", (text) => {
    expect(kindOf(text)).not.toBe("PhuLuc");
  });
});

describe("So: a clause number behind an OCR rule of dashes and underscores (probe18 F11)", () => {
  const kindOf = (text: string): string => lex(toLines(text, "plain"))[0].tokenType.name;
  it.each([
    // must change: a short run of dashes/underscores glued to "N."
    ["—_2. Giao Ban cán sự đảng", "So"],
    ["——2. Giao Đảng ủy xã", "So"],
    ["__3. Đề nghị Ủy ban Mặt trận", "So"],
    // must stay: a dash item, page numbers between dashes, a long fill-in line, a plain number
    ["- 2. Giao Ban cán sự đảng", "GachDau"],
    ["- Sở Y tế chủ trì", "GachDau"],
    ["- 4 -", "PageBreak"],
    ["-- 1 --", "Digits"],
    ["__________2.", "Van"],
    ["2. Giao Ban cán sự đảng", "So"],
  ])("%s → %s", (text, kind) => {
    expect(kindOf(text)).toBe(kind);
  });
});

describe("PageBreak: a web page's share line is page debris (probe8 F10)", () => {
  const kindOf = (text: string): string => lex(toLines(text, "plain"))[0].tokenType.name;
  it.each(["Chia sẻ: Facebook | Zalo | In trang", "Chia sẻ: Facebook Zalo In trang", "Chia sẻ:  Zalo", "Chia sẻ: | Facebook"])("%s", (text) => {
    expect(kindOf(text)).toBe("PageBreak");
  });
  it.each(["Chia sẻ kinh nghiệm trong công tác quản lý", "Chia sẻ: các đơn vị báo cáo kết quả"])("stays no debris: %s", (text) => {
    expect(kindOf(text)).not.toBe("PageBreak");
  });
});

describe("LaMa: a Roman section whose space before the title was lost (web copy)", () => {
  const kindOf = (text: string): string => lex(toLines(text, "plain"))[0].tokenType.name;
  it.each([
    ["III.TỔ CHỨC THỰC HIỆN", "LaMa"],
    ["II.NỘI DUNG, THỜI GIAN", "LaMa"],
    ["III. TỔ CHỨC THỰC HIỆN", "LaMa"],
  ])("%s → %s", (text, kind) => {
    expect(kindOf(text)).toBe(kind);
  });
  it.each(["V.I.Lênin đã dạy", "X.Quang phổi", "I.5 triệu đồng", "IV.TỔNG"])("stays no section: %s", (text) => {
    expect(kindOf(text)).not.toBe("LaMa");
  });
});

describe("DiaDanhThoiGian: a weekday is no place (probe11 F4)", () => {
  const kindOf = (text: string): string => lex(toLines(text, "plain"))[0].tokenType.name;
  it.each([
    ["Thứ Hai, ngày 10/11/2025", "Van"],
    ["THỨ BA, NGÀY 11/11/2025", "ChuIn"],
    ["Thứ Bảy, ngày 15/11/2025", "Van"],
    ["Chủ nhật, ngày 16/11/2025", "Van"],
    // must stay: places
    ["Thủ Đức, ngày 10 tháng 11 năm 2025", "DiaDanhThoiGian"],
    ["Hà Nội, ngày 10 tháng 11 năm 2025", "DiaDanhThoiGian"],
    ["Thái Bình, ngày 10 tháng 11 năm 2025", "DiaDanhThoiGian"],
  ])("%s → %s", (text, kind) => {
    expect(kindOf(text)).toBe(kind);
  });
});

describe("NoiNhan: the pre-2004 label 'Nơi gửi:' as Nơi nhận", () => {
  const kindOf = (text: string): string => lex(toLines(text, "plain"))[0].tokenType.name;
  it.each([["Nơi gửi:"], ["Nơi gởi:"], ["Nơi gửi :"], ["Noi gui:"], ["Nơi gửi: - Như trên; - Lưu VP."], ["Nơi nhận:"], ["Nơi nhận"]])(
    "a label: %s",
    (text) => {
      expect(kindOf(text)).toBe("NoiNhan");
    },
  );
  it.each([["Nơi gửi: Sở Nội vụ (qua phòng Tổ chức)."], ["Nơi gửi hồ sơ: Bộ phận một cửa."], ["Nơi gửi báo cáo"]])("text: %s", (text) => {
    expect(kindOf(text)).not.toBe("NoiNhan");
  });
});
