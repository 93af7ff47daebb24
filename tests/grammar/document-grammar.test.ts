/** The document grammar: valid for Chevrotain, its CST types current, and the parts it finds. */
import { readdirSync, readFileSync } from "node:fs";
import { LLkLookaheadStrategy } from "chevrotain";
import { describe, expect, it } from "vitest";
import { cstDeclarations, DocumentGrammar, lookaheadJson } from "../../grammar/document-grammar.js";
import { lex } from "../../src/lex.js";
import { splitCells, toLines, unfoldLayout } from "../../src/lines/index.js";
import { documentTokens, structure, type DocumentParts } from "../../src/structure.js";
import { parse } from "../../src/parse.js";

const documentsOf = (text: string): DocumentParts[] => structure(lex(splitCells(unfoldLayout(toLines(text, "plain"), "plain"))));
const numbers = (tokens: { payload: { n: number } }[]) => tokens.map((t) => t.payload.n);
const headerRules = (doc: DocumentParts) => doc.header.map((p) => p.rule);

describe("the grammar itself", () => {
  it("passes Chevrotain's grammar validations", () => {
    expect(() => new DocumentGrammar({ validate: true })).not.toThrow();
  });

  it("has current CST declarations in grammar/document-cst.d.ts (npm run gen)", () => {
    expect(readFileSync("grammar/document-cst.d.ts", "utf8")).toBe(cstDeclarations());
  });

  it("has a current lookahead table in grammar/document-lookahead.json (npm run gen)", () => {
    expect(readFileSync("grammar/document-lookahead.json", "utf8")).toBe(lookaheadJson());
  });

  it("decides from its lookahead table exactly as Chevrotain's own LL(1) analysis does", () => {
    const analysed = new DocumentGrammar({ lookahead: new LLkLookaheadStrategy({ maxLookahead: 1 }) });
    const tabled = new DocumentGrammar();
    for (const dir of ["fixtures/seeds", "fixtures/corpus", "fixtures/derived"]) {
      for (const f of readdirSync(dir).filter((name) => /\.txt$/.test(name))) {
        const tokens = lex(splitCells(unfoldLayout(toLines(readFileSync(`${dir}/${f}`, "utf8"), "plain"), "plain")));
        analysed.input = tokens;
        const expected = analysed.vanBan();
        tabled.input = tokens;
        expect(tabled.vanBan(), f).toEqual(expected);
      }
    }
  });
});

const STATE_LETTER = `ỦY BAN NHÂN DÂN
THÀNH PHỐ HÀ NỘI
VĂN PHÒNG

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 12/VP-KGVX
V/v phòng, chống dịch
Hà Nội, ngày 24 tháng 9 năm 2021

Kính gửi:
- Sở Y tế;
- UBND các quận, huyện.

Thực hiện ý kiến chỉ đạo của Thành phố, Văn phòng đề nghị:
1. Sở Y tế chủ trì.
2. UBND các quận, huyện phối hợp.

Đề nghị các đơn vị thực hiện./.

Nơi nhận:
- Như trên;
- Lưu: VT, KGVX.

TL. CHỦ TỊCH
KT. CHÁNH VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG

Phạm Thị Thu Huyền`;

describe("structure: the parts of a document", () => {
  it("splits a complete State letter into header, body and footer", () => {
    const [doc, ...rest] = documentsOf(STATE_LETTER);
    expect(rest).toEqual([]);
    expect(headerRules(doc)).toEqual([
      "coQuanBanHanh", "coQuanBanHanh", "coQuanBanHanh", "quocHieu", "quocHieu", "soKyHieu", "trichYeu", "diaDanhThoiGian", "kinhGui",
    ]);
    expect(doc.body.flatMap((p) => numbers(p.tokens))).toEqual([16, 17, 18, 20]);
    expect(doc.recipients?.map((p) => p.rule)).toEqual(["NoiNhan", "text", "text"]);
    expect(numbers(doc.signer!.marks)).toEqual([26, 27]);
    expect(numbers(doc.signer!.positions)).toEqual([28]);
    expect(doc.signer!.name?.payload.text).toBe("Phạm Thị Thu Huyền");
  });

  it("starts a new document after a signer when a header follows", () => {
    const docs = documentsOf(`${STATE_LETTER}\n\nĐẢNG BỘ TỈNH HÀ NAM\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 12-CV/TU\n\nNội dung.`);
    expect(docs).toHaveLength(2);
    expect(headerRules(docs[1])).toEqual(["coQuanBanHanh", "quocHieu", "soKyHieu"]);
  });

  it("takes a name alone after the recipients as the signer when the document ends there", () => {
    const [doc] = documentsOf("THÔNG BÁO\nKết luận\n\n1. Giao Sở Y tế.\n\nNơi nhận:\n- Lưu VT.\n\n12042\n\nNguyễn Thị Tuyền");
    expect(doc.signer?.name?.payload.text).toBe("Nguyễn Thị Tuyền");
    expect(doc.recipients?.map((p) => p.rule)).toEqual(["NoiNhan", "text", "manh"]);
  });

  it("keeps an incoming stamp with its lead-in line as one stamp part", () => {
    const [doc] = documentsOf("VĂN PHÒNG UBND TP. HÀ NỘI\nSố: 495\nĐẾN Ngày: 20/9\nChuyên:\n\nTHÔNG BÁO\nKết luận");
    expect(doc.header.map((p) => [p.rule, numbers(p.tokens)])).toEqual([
      ["dau", [1, 2, 3, 4]],
      ["tenLoaiTrichYeu", [6, 7]],
    ]);
  });

  it("reads an e-signature fragment in the body as a stamp, not text", () => {
    const [doc] = documentsOf("THÔNG BÁO\n\n1. Giao Sở Y tế chủ trì\nKý bởi: VĂN PHÒNG CHÍNH PHỦ\nNgày ký: 2026-06-02 08:06:58 +07:00\nphối hợp các đơn vị.");
    expect(doc.body.map((p) => p.rule)).toEqual(["text", "dau", "text"]);
  });

  it("joins a place-date line wrapped after 'ngày'", () => {
    const [doc] = documentsOf("Số: 07/CT-UBND\nVĩnh Long, ngày\n30 tháng 3 năm 2015\n\nCHỈ THỊ");
    expect(doc.header.find((p) => p.rule === "diaDanhThoiGian")!.tokens.map((t) => t.payload.n)).toEqual([2, 3]);
  });

  it.each([
    ["'- Như Điều 3;' right above the signer", "Điều 3. Giám đốc Sở thi hành.\n- Như Điều 3;\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn A", [2]],
    ["'Như trên' … 'Lưu' right above the signer", "1. Giao Sở Y tế.\n- Như trên;\n- Sở Tài chính;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn A", [2, 3, 4]],
  ])("reads the Nơi nhận block without its label: %s", (_name, text, lines) => {
    const [doc] = documentsOf(text);
    expect(doc.recipients?.flatMap((p) => numbers(p.tokens))).toEqual(lines);
    expect(doc.signer?.name?.payload.text).toBe("Nguyễn Văn A");
  });

  it.each([
    ["a dash item that only starts like an entry", "1. Giao Sở Y tế.\n- Như trên đã nêu, các đơn vị cần chủ động phối hợp.\nTM. ỦY BAN NHÂN DÂN\nNguyễn Văn A"],
    ["'Như trên' with no signer after it", "1. Giao Sở Y tế.\n- Như trên;\n- Sở Tài chính.\n2. Giao Sở Nội vụ."],
  ])("keeps %s in the body", (_name, text) => {
    const [doc] = documentsOf(text);
    expect(doc.recipients).toBeNull();
  });

  it.each([
    // must change: OCR that reads the footer's right column first puts the labelled list under the name
    ["under the name", "1. Giao Sở Y tế.\nTL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\nNguyễn Văn A\nNơi nhận:\n- CT, các PCT;\n- Lưu: VT.", [5, 6, 7], []],
    // must stay: a list above the signer is read there; a second label under the name is no second list
    ["above the signer", "1. Giao Sở Y tế.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn A", [2, 3, 4], []],
    ["not twice", "1. Giao Sở Y tế.\nNơi nhận:\n- Như trên;\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn A\nNơi nhận:\n- Lưu: VT.", [2, 3], [7]],
  ])("reads the labelled Nơi nhận block %s", (_name, text, lines, appendixFirst) => {
    const [doc] = documentsOf(text);
    expect(doc.recipients?.flatMap((p) => numbers(p.tokens))).toEqual(lines);
    expect(doc.signer?.name?.payload.text).toBe("Nguyễn Văn A");
    expect(doc.appendices.map((a) => a[0].payload.n)).toEqual(appendixFirst);
  });

  it.each([
    // must change: the next page's running header (it repeats the document's number) between the marks and the position
    ["after the page number", "2\nKế hoạch số 143/KH-UBND ngày 03/9/2026 của UBND huyện", "PHÓ CHỦ TỊCH", "Nguyễn Văn A"],
    ["before the page number", "Kế hoạch số 143/KH-UBND ngày 03/9/2026 của UBND huyện\n2", "PHÓ CHỦ TỊCH", "Nguyễn Văn A"],
    // must stay: a line that does not repeat the number ends the signer block
    ["not a line without the number", "2\nKế hoạch tổ chức Tháng hành động của UBND huyện", undefined, undefined],
  ])("reads a signer block split by a page break: %s", (_name, page, position, name) => {
    const [doc] = documentsOf(`UBND HUYỆN THANH CHƯƠNG\nSố: 143/KH-UBND\nKẾ HOẠCH\nAn toàn thực phẩm\n1. Giao Phòng Y tế.\nNơi nhận:\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\n${page}\nPHÓ CHỦ TỊCH\n\nNguyễn Văn A`);
    expect(doc.signer?.positions[0]?.payload.text).toBe(position);
    expect(doc.signer?.name?.payload.text).toBe(name);
  });

  it.each([
    // must change: a joint document's second head signs under the first (văn bản liên tịch)
    ["a second block, then Nơi nhận", "KT. GIÁM ĐỐC SỞ Y TẾ\nPHÓ GIÁM ĐỐC\nPhạm Thị Lan\nKT. GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO\nPHÓ GIÁM ĐỐC\nĐỗ Minh Khoa\nNơi nhận:\n- Lưu: VT.", ["Đỗ Minh Khoa"], [], true],
    ["a second block after Nơi nhận", "Nơi nhận:\n- Lưu: VT.\nTM. BAN THƯỜNG VỤ TỈNH ĐOÀN\nBÍ THƯ\nPhạm Thị Lan\nKT. GIÁM ĐỐC SỞ NỘI VỤ\nPHÓ GIÁM ĐỐC\nĐỗ Minh Khoa", ["Đỗ Minh Khoa"], [], true],
    // must stay: one signer; an attachment, or a bare title with no signing mark, after the name is no second signer
    ["a bare title after the name", "Nơi nhận:\n- Lưu: VT.\nTM. BAN THƯỜNG VỤ TỈNH ĐOÀN\nBÍ THƯ\nPhạm Thị Lan\nGIÁM ĐỐC SỞ NỘI VỤ\nĐỗ Minh Khoa", [], [7], true],
    ["one signer", "Nơi nhận:\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nPhạm Thị Lan", [], [], true],
    ["an appendix after the name", "Nơi nhận:\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nPhạm Thị Lan\nPHỤ LỤC I\nDanh mục", [], [7], true],
  ])("reads the signer blocks of a joint document: %s", (_name, footer, cosigners, appendixFirst, recipients) => {
    const [doc] = documentsOf(`1. Giao Sở Y tế.\n${footer}`);
    expect(doc.signer?.name?.payload.text).toBe("Phạm Thị Lan");
    expect(doc.cosigners.map((s) => s.name?.payload.text)).toEqual(cosigners);
    expect(doc.appendices.map((a) => a[0].payload.n)).toEqual(appendixFirst);
    expect(doc.recipients !== null).toBe(recipients);
  });

  it("reads an upper-case title over '(Ban hành kèm theo …)' as an attachment, not the signer's position", () => {
    const [doc, ...rest] = documentsOf(
      "Điều 2. Hiệu lực.\nTM. ỦY BAN NHÂN DÂN\nCHẾ ĐỘ BÁO CÁO ĐỊNH KỲ\n(Ban hành kèm theo Quyết định số 41/2019/QĐ-UBND)\n1. Phạm vi.",
    );
    expect(rest).toEqual([]);
    expect(doc.signer?.positions).toEqual([]);
    expect(doc.appendices.map(numbers)).toEqual([[3, 4, 5]]);
  });

  it("keeps the signer's position when no attachment follows", () => {
    const [doc] = documentsOf("Điều 2. Hiệu lực.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn A");
    expect(numbers(doc.signer!.positions)).toEqual([3]);
  });

  it("ends Nơi nhận at an appendix after a signature image", () => {
    const [doc] = documentsOf("Điều 3. Thi hành.\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n![](images/sign.jpg)\nPhụ lục I DANH MỤC THỦ TỤC\nSTT Tên thủ tục");
    expect(doc.recipients?.flatMap((p) => numbers(p.tokens))).toEqual([2, 3, 4, 5]);
    expect(doc.appendices.map(numbers)).toEqual([[6, 7]]);
  });

  it.each([
    ["a '(Kèm theo …)' note under each 'PHỤ LỤC' title",
      "Điều 2. Thi hành.\nCHỦ TỊCH\nNguyễn Văn A\nPHỤ LỤC I\nDANH MỤC THỦ TỤC\n(Kèm theo Quyết định số 12/QĐ-UBND)\nNội dung một\nPHỤ LỤC II\n(Kèm theo Quyết định số 12/QĐ-UBND)\nNội dung hai",
      [[4, 5, 6, 7], [8, 9, 10]]],
    ["a '(Ban hành kèm theo …)' note printed above its 'Phụ lục' title (OCR order)",
      "Điều 2. Thi hành.\nCHỦ TỊCH\nNguyễn Văn A\nPhụ lục I DANH MỤC THỦ TỤC\nSTT Tên thủ tục\n(Ban hành kèm theo Quyết định số\nPhụ lục II QUY TRÌNH NỘI BỘ\nTT Tên thủ tục\n/QĐ-UBND ngày / / 2025)",
      [[4, 5], [7, 6, 8, 9]]],
    ["a note under its title after blank lines (a markdown export): four lines of text, blank lines not counted",
      "Điều 2. Thi hành.\nCHỦ TỊCH\nNguyễn Văn A\nPHỤ LỤC I\n\nDANH MỤC THỦ TỤC\n\nCỦA SỞ TÀI CHÍNH\n\n(Kèm theo Quyết định số 12/QĐ-UBND)\n\nNội dung",
      [[4, 6, 8, 10, 12]]],
    // negatives: a note far below its title, two titles in a row
    ["a note far below the title is an appendix of its own",
      "Điều 2. Thi hành.\nCHỦ TỊCH\nNguyễn Văn A\nPHỤ LỤC I\nDòng một\nDòng hai\nDòng ba\nDòng bốn\n(Kèm theo Quyết định số 12/QĐ-UBND)\nNội dung",
      [[4, 5, 6, 7, 8], [9, 10]]],
    ["a 'PHỤ LỤC II' right under 'PHỤ LỤC I'",
      "Điều 2. Thi hành.\nCHỦ TỊCH\nNguyễn Văn A\nPHỤ LỤC I\nPHỤ LỤC II\n(Kèm theo Quyết định số 12/QĐ-UBND)",
      [[4], [5, 6]]],
  ])("appendices: %s", (_name, text, expected) => {
    const [doc, ...rest] = documentsOf(text);
    expect(rest).toEqual([]);
    expect(doc.appendices.map(numbers)).toEqual(expected);
  });

  it("attaches what follows a signer and starts no document (a form) to it", () => {
    const docs = documentsOf("1. Nội dung.\nKT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG\nVũ Ngọc Anh\nTÊN ĐƠN VỊ: ....\n| Mã cảng | Tên cảng |");
    expect(docs).toHaveLength(1);
    expect(docs[0].appendices.map(numbers)).toEqual([[5, 6]]);
  });

  it("hands every line to exactly one part", () => {
    const docs = documentsOf(STATE_LETTER);
    const seen = docs.flatMap(documentTokens);
    const nonBlank = STATE_LETTER.split("\n").flatMap((l, i) => (l.trim() ? [i + 1] : []));
    expect(numbers(seen).sort((a, b) => a - b)).toEqual(nonBlank);
  });
});

/** A Quyết định whose type line was lost: the trích yếu in capitals stands under the header. */
const lostType = (subject: string, below: string) =>
  `ỦY BAN NHÂN DÂN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 41/2019/QĐ-UBND\nQuảng Trị, ngày 22 tháng 10 năm 2019\n${subject}\n${below}\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy định.`;
const subjectLines = (doc: DocumentParts) => doc.header.filter((p) => p.rule === "trichYeu").flatMap((p) => numbers(p.tokens));

describe("a trích yếu in capitals whose type line was lost", () => {
  it.each([
    ["above the enacting authority", lostType("BAN HÀNH QUY ĐỊNH CHẾ ĐỘ BÁO CÁO", "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\nCăn cứ Luật Tổ chức chính quyền địa phương;"), [5]],
    ["over two lines, above a head's title", lostType("BAN HÀNH QUY ĐỊNH CHẾ ĐỘ BÁO CÁO\nĐỊNH KỲ TRÊN ĐỊA BÀN TỈNH", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật Tổ chức chính quyền địa phương;"), [5, 6]],
    ["above a minister, whose line is not more subject", lostType("VỀ VIỆC CÔNG BỐ THỦ TỤC HÀNH CHÍNH", "BỘ TRƯỞNG BỘ TƯ PHÁP\nCăn cứ Nghị định số 96/2017/NĐ-CP;"), [5]],
    ["right above Căn cứ", lostType("BAN HÀNH QUY CHẾ LÀM VIỆC", "Căn cứ Luật Tổ chức chính quyền địa phương;"), [5]],
    // negative: the enacting authority itself right under the date is not a subject
    ["not the enacting authority itself", lostType("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", "Căn cứ Luật Tổ chức chính quyền địa phương;"), []],
    // negative: a capitals line with neither the authority nor Căn cứ below stays in the body
    ["not without the authority or Căn cứ below", lostType("TÌNH HÌNH THỰC HIỆN NHIỆM VỤ", "Trong năm qua, các sở đã thực hiện."), []],
  ])("%s", (_, text, expected) => {
    const [doc] = documentsOf(text);
    expect(subjectLines(doc)).toEqual(expected);
  });

  it("not when the type line was read: the capitals line under it is its title", () => {
    const [doc] = documentsOf(lostType("QUYẾT ĐỊNH\nBAN HÀNH QUY ĐỊNH CHẾ ĐỘ BÁO CÁO", "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\nCăn cứ Luật;"));
    expect(headerRules(doc)).toContain("tenLoaiTrichYeu");
    expect(subjectLines(doc)).toEqual([]);
  });
});

/** A Quyết định that issues a Quy định, signed; then `after` (the attached text). */
const issuing = (subject: string, after: string) =>
  `BAN CHẤP HÀNH TRUNG ƯƠNG\nĐOÀN TNCS HỒ CHÍ MINH\nSố: 367-QĐ/TWĐTN-VP\nHà Nội, ngày 29 tháng 10 năm 2013\nQUYẾT ĐỊNH\n${subject}\n\nĐiều 1. Quyết định này có hiệu lực từ ngày ký.\n\nNơi nhận:\n- Như điều 1;\n- Lưu VT.\n\nTM. BAN BÍ THƯ\nBÍ THƯ THƯỜNG TRỰC\n\nPhan Văn Mãi\n\n${after}`;
const REPEATED = "BAN CHẤP HÀNH TRUNG ƯƠNG\n***\nĐOÀN TNCS HỒ CHÍ MINH\nHà Nội, ngày 29 tháng 10 năm 2013";
const SIGNED_COPY = "Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCơ quan: VĂN PHÒNG CHÍNH PHỦ\nNgày ký: 2026-05-27 07:55:25 +07:00\nCÔNG BÁO/Số 286/Ngày 27-05-2026\n90";

describe("an attachment that repeats the header after the signer", () => {
  it.each([
    ["the subject issues it", "Về việc ban hành Quy định về ban hành văn bản", `${REPEATED}\nQUY ĐỊNH\nVề ban hành văn bản\nChương I`, 1],
    ["its type line alone", "Về việc ban hành Quy định về ban hành văn bản", "QUY ĐỊNH\nVề ban hành văn bản\nChương I", 1],
    ["an article issues it", "Về công tác văn thư\n\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch công tác năm 2014.", `${REPEATED}\nKẾ HOẠCH\nCông tác năm 2014`, 1],
    // negatives: a header with its own Số line is another document; so is a type the document does not issue
    ["not with a Số line of its own", "Về việc ban hành Quy định về ban hành văn bản", `${REPEATED}\nSố: 12-QĐi/TWĐTN\nQUY ĐỊNH\nVề ban hành văn bản`, 2],
    ["not a type the document does not issue", "Về việc ban hành Quy định về ban hành văn bản", `${REPEATED}\nKẾ HOẠCH\nCông tác năm 2014`, 2],
    ["not a type only a cited document issues", "Về công tác văn thư\n\n- Căn cứ Quyết định số 84-QĐ/TWĐTN ban hành Quy chế làm việc;", `${REPEATED}\nQUY CHẾ\nLàm việc`, 2],
    // a Công báo copy prints its e-signature and a running header between the signer and the attachment (qd-ttg-844)
    ["after the copy's e-signature and running header", "Về việc ban hành Quy định về ban hành văn bản", `${SIGNED_COPY}\n${REPEATED}\nQUY ĐỊNH\nVề ban hành văn bản`, 1],
    ["not after them when the header has a Số line", "Về việc ban hành Quy định về ban hành văn bản", `${SIGNED_COPY}\n${REPEATED}\nSố: 12-QĐi/TWĐTN\nQUY ĐỊNH\nVề ban hành văn bản`, 2],
  ])("%s", (_, subject, after, count) => {
    const docs = documentsOf(issuing(subject, after));
    expect(docs).toHaveLength(count);
    if (count === 1) expect(docs[0].appendices[0][0].payload.text).toMatch(/^(?:QUY ĐỊNH|KẾ HOẠCH)$/);
    // the e-signature is a stamp of the document, not a line of the attachment
    if (count === 1 && after.startsWith(SIGNED_COPY)) expect(docs[0].stamps.flatMap((p) => numbers(p.tokens))).toEqual([19, 20, 21]);
  });
});

describe("a division marker alone on its line, its title in capitals below (NĐ 30 Phụ lục I)", () => {
  const SUBJECT = "Về việc ban hành Quy định về ban hành văn bản";
  it.each([
    // must change: the title under a bare "Chương I" is no new type line, so one appendix holds every chapter
    ["Chương I / QUY ĐỊNH CHUNG", "Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi\nAbc.\nChương II\nTỔ CHỨC THỰC HIỆN\nĐiều 2. Hiệu lực", 1],
    ["CHƯƠNG 1. / QUY ĐỊNH CHUNG", "CHƯƠNG 1.\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi\nAbc.", 1],
    ["Mục 1 / QUY ĐỊNH VỀ HỒ SƠ", "Mục 1\nQUY ĐỊNH VỀ HỒ SƠ\nĐiều 1. Hồ sơ\nAbc.", 1],
    ["Phần thứ nhất / QUY ĐỊNH CHUNG", "Phần thứ nhất\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi\nAbc.", 1],
    // must stay: a chapter that carries its title on its line does not hide a type line after it
    ["not after a titled chapter", "Chương I. QUY ĐỊNH CHUNG\nQUY ĐỊNH\nĐiều 1. Phạm vi", 2],
    ["not after an article", "Điều 1. Phạm vi\nQUY ĐỊNH CHUNG\nAbc.", 2],
  ])("%s", (_, body, count) => {
    const docs = documentsOf(issuing(SUBJECT, `QUY ĐỊNH\nVề ban hành văn bản\n${body}`));
    expect(docs[0].appendices).toHaveLength(count);
    expect(docs[0].appendices[0][0].payload.text).toBe("QUY ĐỊNH");
  });
});

describe("an attached document's own note of what it belongs to", () => {
  const PLAN = "THỦ TƯỚNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nKẾ HOẠCH HÀNH ĐỘNG\nThực hiện Chỉ thị số 52-CT/TW của Ban Bí thư\n(Kèm theo Quyết định số 844/QĐ-TTg\nngày 13 tháng 5 năm 2026 của Thủ tướng Chính phủ)\nI. MỤC TIÊU\n1. Thể chế hóa các nhiệm vụ.\nII. NHIỆM VỤ\n1. Bộ Y tế chủ trì xây dựng đề án.";

  it("is part of its title block: the body is read, no appendix", () => {
    const [doc] = documentsOf(PLAN);
    expect(doc.appendices).toEqual([]);
    // line 5, the title under "KẾ HOẠCH HÀNH ĐỘNG", is the plan's subject; the body is the rest
    expect(numbers(doc.body.flatMap((p) => p.tokens))).toEqual([6, 7, 8, 9, 10, 11]);
  });

  it("further down, after the body has begun, a '(Kèm theo …)' line still opens an appendix", () => {
    const [doc] = documentsOf(`${PLAN}\n2. Bộ Tài chính bảo đảm kinh phí.\n3. Các bộ thực hiện.\n(Kèm theo danh mục nhiệm vụ)\nSTT Nhiệm vụ`);
    expect(doc.appendices.map(numbers)).toEqual([[14, 15]]);
  });
});

/** The lines of the type line's title block (the type line, then its title lines). */
const titleLines = (doc: DocumentParts) => doc.header.filter((p) => p.rule === "tenLoaiTrichYeu").flatMap((p) => numbers(p.tokens));
/** A header read up to the type line (lines 1–4), then `rest` from line 5. */
const headed = (rest: string) => `HỘI ĐỒNG NHÂN DÂN\nTỈNH AN GIANG\nSố: 42/2025/NQ-HĐND\nAn Giang, ngày 10 tháng 12 năm 2025\n${rest}`;

describe("the enacting authority of a Nghị quyết HĐND in two lines (NĐ 30 Phụ lục I)", () => {
  it.each([
    ["'KHÓA X, KỲ HỌP THỨ 5' under it", "NGHỊ QUYẾT\nQuy định mức hỗ trợ đóng bảo hiểm y tế\nHỘI ĐỒNG NHÂN DÂN TỈNH AN GIANG\nKHÓA X, KỲ HỌP THỨ 5\nCăn cứ Luật Bảo hiểm y tế;", [5, 6]],
    ["a trích yếu in capitals above it", "NGHỊ QUYẾT\nQUY ĐỊNH MỨC HỖ TRỢ ĐÓNG BẢO HIỂM Y TẾ\nHỘI ĐỒNG NHÂN DÂN TỈNH AN GIANG\nKHÓA X, KỲ HỌP THỨ 5\nCăn cứ Luật Bảo hiểm y tế;", [5, 6]],
    ["'KHOÁ XVI - KỲ HỌP THỨ MƯỜI HAI', a title in two lines", "NGHỊ QUYẾT\nQuy định mức hỗ trợ đóng bảo hiểm y tế\ncho một số đối tượng\nHỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI\nKHOÁ XVI - KỲ HỌP THỨ MƯỜI HAI\nCăn cứ Luật;", [5, 6, 7]],
    ["the session alone ('KỲ HỌP CHUYÊN ĐỀ')", "NGHỊ QUYẾT\nThông qua danh mục dự án\nHỘI ĐỒNG NHÂN DÂN TỈNH AN GIANG\nKỲ HỌP CHUYÊN ĐỀ\nXét Tờ trình số 12/TTr-UBND;", [5, 6]],
    // must stay: a term in the title ("… khóa X, nhiệm kỳ …") is title, not a session
    ["not a term in the title", "NGHỊ QUYẾT\nBAN HÀNH QUY CHẾ HOẠT ĐỘNG CỦA HỘI ĐỒNG NHÂN DÂN TỈNH\nKHÓA X, NHIỆM KỲ 2021 - 2026\nHỘI ĐỒNG NHÂN DÂN TỈNH AN GIANG\nKHÓA X, KỲ HỌP THỨ 2\nCăn cứ Luật;", [5, 6, 7]],
    ["as before, the authority and the session on one line", "NGHỊ QUYẾT\nQuy định mức hỗ trợ\nHỘI ĐỒNG NHÂN DÂN TỈNH AN GIANG KHÓA X, KỲ HỌP THỨ 5\nCăn cứ Luật;", [5, 6]],
  ])("ends the title: %s", (_name, rest, expected) => {
    const [doc] = documentsOf(headed(rest));
    expect(titleLines(doc)).toEqual(expected);
  });
});

describe("the trích yếu under a type line that stands alone, after blank lines (Word's blank paragraphs)", () => {
  it.each([
    ["above the enacting authority", "NGHỊ QUYẾT\n\nQuy định mức hỗ trợ đóng bảo hiểm y tế\n\nHỘI ĐỒNG NHÂN DÂN TỈNH AN GIANG\n\nCăn cứ Luật Bảo hiểm y tế;", [5, 7]],
    ["above Căn cứ", "QUYẾT ĐỊNH\n\nPhê duyệt Kế hoạch tổng vệ sinh môi trường\n\nCăn cứ Luật Tổ chức chính quyền địa phương;", [5, 7]],
    ["in two lines", "QUYẾT ĐỊNH\n\nBan hành Quy chế phối hợp giữa Sở Y tế\nCông an tỉnh và Bộ Chỉ huy Quân sự tỉnh\n\nCăn cứ Luật;", [5, 7, 8]],
    ["over the body of a Thông báo", "THÔNG BÁO\n\nKết luận của Chủ tịch UBND tỉnh tại buổi làm việc với Sở Y tế\n\nNgày 05/3/2025, Chủ tịch UBND tỉnh làm việc với Sở Y tế.", [5, 7]],
    ["and 'Căn cứ' right under it is not more title", "QUYẾT ĐỊNH\nPhê duyệt Kế hoạch tổng vệ sinh môi trường\nCăn cứ Luật Tổ chức chính quyền địa phương;", [5, 6]],
    // must stay: a body paragraph, a lead-in to a list, a long block, Căn cứ
    ["not a paragraph that ends a sentence", "THÔNG BÁO\n\nNgày 05/3/2025, Chủ tịch UBND tỉnh làm việc với Sở Y tế\nvà các đơn vị liên quan.\n\n1. Giao Sở Y tế chủ trì.", [5]],
    ["not a paragraph whose first sentence ends on a line of its own", "THÔNG BÁO\n\nNgày 05/3/2025, Chủ tịch UBND tỉnh làm việc với Sở Y tế.\nCác nội dung chính gồm\n\n1. Giao Sở Y tế chủ trì.", [5]],
    ["not a lead-in ending in ':'", "BÁO CÁO\n\nThực hiện Công văn số 12/UBND-VX, Sở Y tế báo cáo như sau:\n\nI. TÌNH HÌNH", [5]],
    ["not a block of more than four lines", "THÔNG BÁO\n\nNgày 05/3/2025, Chủ tịch UBND tỉnh\nlàm việc với Sở Y tế, Sở Tài chính\nSở Nội vụ, Sở Xây dựng\nCông an tỉnh, Bộ Chỉ huy Quân sự tỉnh\nvà các đơn vị liên quan\n\n1. Giao Sở Y tế chủ trì.", [5]],
    ["not 'Căn cứ'", "QUYẾT ĐỊNH\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n\nQUYẾT ĐỊNH:", [5]],
    ["not a labelled line ('Kính mời:')", "GIẤY MỜI\n\nKính mời: Đại diện lãnh đạo Sở Y tế\n\nThời gian: 8 giờ ngày 05/3/2025.", [5]],
    ["but a title wrapped before a lower-case 'căn cứ' goes on", "QUYẾT ĐỊNH\nQuy định hệ số điều chỉnh giá đất làm\ncăn cứ tính tiền sử dụng đất\n\nCăn cứ Luật Đất đai;", [5, 6, 7]],
    ["not under a type line with its title on it", "THÔNG BÁO KẾT LUẬN\n\nNgày 05/3/2025, Chủ tịch UBND tỉnh làm việc với Sở Y tế\n\n1. Giao Sở Y tế chủ trì.", [5]],
  ])("%s", (_name, rest, expected) => {
    const [doc] = documentsOf(headed(rest));
    expect(titleLines(doc)).toEqual(expected);
  });
});

/** A Quyết định that issues a Kế hoạch, signed by `signer` (lines 10–…), then `after`. */
const signedPlan = (signer: string, after: string) =>
  `ỦY BAN NHÂN DÂN\nXÃ YÊN THẾ\nSố: 312/QĐ-UBND\nQUYẾT ĐỊNH\nVề việc ban hành Kế hoạch\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch.\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT, KT.\n${signer}\n${after}`;

describe("a head signing under a bare title, an attachment after the name", () => {
  it.each([
    ["an attached KẾ HOẠCH over '(Ban hành kèm theo …)'", "CHỦ TỊCH\nHoàng Văn Thắng", "KẾ HOẠCH\nTổng vệ sinh môi trường\n(Ban hành kèm theo Quyết định số 312/QĐ-UBND)\nI. MỤC ĐÍCH", [12, 13, 14, 15]],
    ["an upper-case title, its type line lost", "GIÁM ĐỐC\nTrần Văn Quang", "TỔNG VỆ SINH MÔI TRƯỜNG\n(Ban hành kèm theo Quyết định số 312/QĐ-UBND)\nI. MỤC ĐÍCH", [12, 13, 14]],
    ["(as before) a repeated header over the type it issues", "CHỦ TỊCH\nHoàng Văn Thắng", "ỦY BAN NHÂN DÂN\nXÃ YÊN THẾ\nKẾ HOẠCH\nTổng vệ sinh môi trường\nI. MỤC ĐÍCH", [14, 12, 13, 15, 16]],
  ])("%s: the signer is read, Nơi nhận ends above it", (_name, signer, after, appendix) => {
    const docs = documentsOf(signedPlan(signer, after));
    expect(docs).toHaveLength(1);
    expect(numbers(docs[0].signer!.positions)).toEqual([10]);
    expect(docs[0].signer!.name?.payload.n).toBe(11);
    expect(docs[0].recipients?.flatMap((p) => numbers(p.tokens))).toEqual([7, 8, 9]);
    expect(docs[0].appendices.map(numbers)).toEqual([appendix]);
  });

  it.each([
    // must stay: a bare title and a name followed by more text are not a signer
    ["text that goes on", "CHỦ TỊCH\nHoàng Văn Thắng", "tham dự và chỉ đạo hội nghị.\nI. MỤC ĐÍCH"],
    ["a KẾ HOẠCH of its own (no kèm theo, not issued)", "CHỦ TỊCH\nHoàng Văn Thắng", "Tổng vệ sinh môi trường\nKẾ HOẠCH\nPhòng chống lụt bão\nI. MỤC ĐÍCH"],
  ])("not before %s", (_name, signer, after) => {
    const [doc] = documentsOf(signedPlan(signer, after));
    expect(doc.signer).toBeNull();
  });
});

/** A Công văn signed by `signer` (lines 7–…), then `after`. */
const signedLetter = (signer: string, after: string) =>
  `SỞ XÂY DỰNG\nSố: 4127/SXD-QLN\nV/v góp ý\nĐề nghị các xã góp ý./.\nNơi nhận:\n- Như trên;\n${signer}\n${after}`;
const E_SIGNATURE = "Người ký: Sở Xây dựng\nEmail: sxd@dongnai.gov.vn\nCơ quan: Tỉnh Đồng Nai\nThời gian ký: 12.02.2026 16:42:05 +07:00";

describe("stamps after the signer", () => {
  it.each([
    ["an e-signature block to the end of the file, under a bare title", "GIÁM ĐỐC\nTrần Văn Quang", E_SIGNATURE, [9, 10, 11, 12], []],
    ["an e-signature block to the end of the file, under a signing mark", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nTrần Văn Quang", E_SIGNATURE, [10, 11, 12, 13], []],
    ["an incoming stamp with its lead-in", "GIÁM ĐỐC\nTrần Văn Quang", "ỦY BAN NHÂN DÂN XÃ TRẢNG BOM\nĐẾN Số: 318\nNgày: 13/02/2026", [9, 10, 11], []],
    ["an e-signature block before an appendix", "GIÁM ĐỐC\nTrần Văn Quang", `${E_SIGNATURE}\nPHỤ LỤC I\nDanh mục`, [9, 10, 11, 12], [[13, 14]]],
    ["an e-signature block before a form", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nTrần Văn Quang", `${E_SIGNATURE}\nTÊN ĐƠN VỊ: ....\n| Mã | Tên |`, [10, 11, 12, 13], [[14, 15]]],
  ])("%s: stamps of the document, the signer kept", (_name, signer, after, stamps, appendices) => {
    const docs = documentsOf(signedLetter(signer, after));
    expect(docs).toHaveLength(1);
    expect(docs[0].signer?.name?.payload.text).toBe("Trần Văn Quang");
    expect(docs[0].recipients?.flatMap((p) => numbers(p.tokens))).toEqual([5, 6]);
    expect(docs[0].stamps.flatMap((p) => numbers(p.tokens))).toEqual(stamps);
    expect(docs[0].appendices.map(numbers)).toEqual(appendices);
  });

  it("an e-signature block printed between a bare title and the name: the title is the signer's position", () => {
    const [doc] = documentsOf(signedLetter(`GIÁM ĐỐC\n${E_SIGNATURE}\nTrần Văn Quang`, ""));
    expect(numbers(doc.signer!.positions)).toEqual([7]);
    expect(doc.signer?.name?.payload.n).toBe(12);
    expect(doc.recipients?.flatMap((p) => numbers(p.tokens))).toEqual([5, 6]);
  });

  it("must stay: an incoming stamp right above the next document's header is that document's", () => {
    const docs = documentsOf(signedLetter("GIÁM ĐỐC\nTrần Văn Quang", `VĂN PHÒNG UBND TỈNH\nSố: 495\nĐẾN Ngày: 20/9\nTHÔNG BÁO\nKết luận`));
    expect(docs).toHaveLength(2);
    expect(docs[0].signer?.name?.payload.text).toBe("Trần Văn Quang");
    expect(docs[0].stamps).toEqual([]);
    expect(docs[1].header.map((p) => [p.rule, numbers(p.tokens)])).toEqual([["dau", [9, 10, 11]], ["tenLoaiTrichYeu", [12, 13]]]);
  });
});

describe("a title wrapped at the hyphen of a compound ('tài chính' / '- ngân sách …')", () => {
  /** A letter: issuer, number, `title` lines, then the place-date and Kính gửi. */
  const letter = (title: string) => `SỞ TÀI CHÍNH\nSố: 1320/STC-QLNS\n${title}\nKhánh Hòa, ngày 12 tháng 3 năm 2026\nKính gửi: Các sở, ban, ngành tỉnh.\nNội dung.`;
  const subjectLines = (doc: DocumentParts) => doc.header.filter((p) => p.rule === "trichYeu" || p.rule === "tenLoaiTrichYeu").flatMap((p) => numbers(p.tokens));
  it.each([
    ["a V/v wrapped before '- ngân sách'", "V/v lập dự toán năm 2027 và kế hoạch tài chính\n- ngân sách 03 năm 2027-2029", [3, 4]],
    ["a V/v wrapped before '- xã hội'", "V/v báo cáo tình hình kinh tế\n- xã hội năm 2026", [3, 4]],
    ["an en dash", "V/v báo cáo tình hình kinh tế\n– xã hội năm 2026", [3, 4]],
    ["a type line's title", "KẾ HOẠCH\nPhát triển kinh tế\n- xã hội năm 2026", [3, 4, 5]],
    // must stay: a list entry (a capital), a line after a sentence's end, after a blank line
    ["not a list entry", "V/v triển khai nhiệm vụ năm 2026\n- Sở Y tế chủ trì", [3]],
    ["not after a line ending in ':'", "V/v triển khai các nội dung sau:\n- tổ chức tập huấn", [3]],
    ["not after a blank line", "V/v báo cáo tình hình kinh tế\n\n- xã hội năm 2026", [3]],
    // a legal basis right under the V/v (no blank line) opens the body, as under a type line
    ["not 'Căn cứ' under a V/v", "V/v triển khai Kế hoạch năm 2026\nCăn cứ Quyết định số 12/QĐ-UBND", [3]],
    ["a lower-case 'căn cứ' carries the V/v on", "V/v thu tiền sử dụng đất\ncăn cứ giá đất cụ thể", [3, 4]],
  ])("%s", (_name, title, expected) => {
    const [doc] = documentsOf(letter(title));
    expect(subjectLines(doc)).toEqual(expected);
  });

  it("reads the place-date and Kính gửi after the wrapped line as the header's", () => {
    const [doc] = documentsOf(letter("V/v lập dự toán năm 2027 và kế hoạch tài chính\n- ngân sách 03 năm 2027-2029"));
    expect(headerRules(doc)).toEqual(["coQuanBanHanh", "soKyHieu", "trichYeu", "diaDanhThoiGian", "kinhGui"]);
  });
});

describe("a V/v wrapped over blank lines (OCR leaves them between the lines of its cell, probe18 F2)", () => {
  /** date below the V/v (NĐ 30 layout read column by column) or above it (the place-date cell read first) */
  const below = (title: string) => `SỞ TÀI CHÍNH\nSố: 1320/STC-QLNS\n${title}\n\nKhánh Hòa, ngày 12 tháng 3 năm 2026\n\nKính gửi: Các sở, ban, ngành tỉnh.\n\nNội dung.`;
  const above = (title: string) => `SỞ TÀI CHÍNH\nSố: 1320/STC-QLNS\nKhánh Hòa, ngày 12 tháng 3 năm 2026\n${title}\n\nKính gửi: Các sở, ban, ngành tỉnh.\n\nNội dung.`;
  const subjectLines = (doc: DocumentParts) => doc.header.filter((p) => p.rule === "trichYeu").flatMap((p) => numbers(p.tokens));
  it.each([
    // must change: a lower-case line after the blank goes on; a capital one before the place-date too
    ["lower case, date below", below("V/v triển khai thu hoạch lúa\n\nvà chuẩn bị sản xuất vụ Đông\nnăm 2025"), [3, 5, 6]],
    ["lower case, two blanks", below("V/v triển khai thu hoạch lúa\n\nvà chuẩn bị sản xuất\n\nvụ Đông năm 2025"), [3, 5, 7]],
    ["lower case, date above", above("V/v lập dự toán ngân sách\n\nnăm 2027"), [4, 6]],
    ["a capital before the place-date", below("V/v góp ý dự thảo\n\nLuật Đất đai (sửa đổi)"), [3, 5]],
    // must stay: a capital line after the blank with no place-date after it opens the body
    ["a body paragraph, date above", above("V/v lập dự toán ngân sách\n\nThực hiện Công văn số 12/BTC, Sở đề nghị"), [4]],
    ["a dash entry", below("V/v báo cáo tình hình kinh tế\n\n- xã hội năm 2026"), [3]],
    ["'Căn cứ' after a blank, even before the place-date", below("V/v lập dự toán\n\nCăn cứ Luật Ngân sách nhà nước"), [3]],
  ])("%s", (_name, text, expected) => {
    const [doc] = documentsOf(text);
    expect(subjectLines(doc)).toEqual(expected);
  });

  it("reads the place-date and Kính gửi after the wrapped V/v as the header's", () => {
    const [doc] = documentsOf(below("V/v triển khai thu hoạch lúa\n\nvà chuẩn bị sản xuất vụ Đông\nnăm 2025"));
    expect(headerRules(doc)).toEqual(["coQuanBanHanh", "soKyHieu", "trichYeu", "diaDanhThoiGian", "kinhGui"]);
  });
});

describe("one title line after a blank under a type line alone, then the body with no blank (OCR, probe18 F7)", () => {
  const invitation = (block: string) => `SỞ TÀI CHÍNH\nSố: 77/GM-STC\nQuảng Ngãi, ngày 12 tháng 11 năm 2025\nGIẤY MỜI\n\n${block}\n- Đại diện lãnh đạo Sở Y tế.`;
  const subjectLines = (doc: DocumentParts) => doc.header.filter((p) => p.rule === "tenLoaiTrichYeu").flatMap((p) => numbers(p.tokens));
  it.each([
    // must change: the title line, then a lead-in or a line opening with the body's words
    ["a lead-in ending in ':'", "Họp rà soát phương án phân bổ dự toán ngân sách năm 2026\nSở Tài chính trân trọng kính mời:", [4, 6]],
    ["'Kính mời' after the title", "Dự hội nghị tổng kết công tác năm 2025\nKính mời: Các phòng chuyên môn.", [4, 6]],
    ["'Thực hiện' after the title", "Họp triển khai kế hoạch năm 2026\nThực hiện Kế hoạch số 12/KH-UBND, Sở Tài chính tổ chức họp.", [4, 6]],
    // must stay: a title of two lines, a body paragraph with no title, a title cut at a linking word
    ["a two-line title block", "Họp rà soát phương án phân bổ\ndự toán ngân sách năm 2026\n\nSở Tài chính trân trọng kính mời:", [4, 6, 7]],
    ["a body paragraph", "Thực hiện Kế hoạch số 12/KH-UBND của Ủy ban nhân dân tỉnh\nSở Tài chính trân trọng kính mời:", [4]],
    ["a paragraph ending in '.'", "Sở Tài chính tổ chức họp rà soát dự toán,\nĐề nghị các đơn vị tham dự đúng giờ:", [4]],
  ])("%s", (_name, block, expected) => {
    const [doc] = documentsOf(invitation(block));
    expect(subjectLines(doc)).toEqual(expected);
  });
});

describe("a running header repeating the document's own number at a page break", () => {
  const letter = (body: string) => `SỞ TÀI CHÍNH\nSố: 1320/STC-QLNS\nV/v lập dự toán\nKhánh Hòa, ngày 12 tháng 3 năm 2026\nKính gửi: Các sở, ban, ngành.\n${body}`;
  const bodyRules = (doc: DocumentParts) => doc.body.map((p) => [p.rule, numbers(p.tokens)]);
  it.each([
    ["above the page number", "1. Cục Thuế tỉnh chủ trì.\nSỞ TÀI CHÍNH KHÁNH HÒA Công văn số 1320/STC-QLNS\n2\n2. Kho bạc phối hợp.", [["text", [6]], ["manh", [7]], ["manh", [8]], ["text", [9]]]],
    ["under the page number", "1. Cục Thuế tỉnh chủ trì.\n- 2 -\nCông văn số 1320 /STC-QLNS của Sở Tài chính\n2. Kho bạc phối hợp.", [["text", [6]], ["manh", [7]], ["manh", [8]], ["text", [9]]]],
    ["after a form feed", "1. Cục Thuế tỉnh chủ trì.\n\fSỞ TÀI CHÍNH KHÁNH HÒA Công văn số 1320/STC-QLNS\n2. Kho bạc phối hợp.", [["text", [6]], ["manh", [7]], ["text", [8]]]],
    // must stay: the number cited in the text, another number beside a page number
    ["not the number cited in the text", "1. Cục Thuế tỉnh chủ trì.\nCông văn số 1320/STC-QLNS nêu rõ thời hạn.\n2. Kho bạc phối hợp.", [["text", [6]], ["text", [7]], ["text", [8]]]],
    ["not another number beside a page number", "1. Cục Thuế tỉnh chủ trì theo\nCông văn số 1188/STC-QLNS của Sở.\n2\n2. Kho bạc phối hợp.", [["text", [6]], ["text", [7]], ["manh", [8]], ["text", [9]]]],
    // whatever the line's kind: a type name in capitals opens a type line ("THÔNG BÁO số …")
    ["a type line in capitals after a form feed", "1. Cục Thuế tỉnh chủ trì.\n2\n\fCÔNG VĂN số 1320/STC-QLNS\n2. Kho bạc phối hợp.", [["text", [6]], ["manh", [7]], ["manh", [8]], ["text", [9]]]],
    ["a type line in capitals above the page number", "1. Cục Thuế tỉnh chủ trì.\nTHÔNG BÁO số 1320/STC-QLNS\n2\n2. Kho bạc phối hợp.", [["text", [6]], ["manh", [7]], ["manh", [8]], ["text", [9]]]],
    ["a type line with the date after a form feed", "1. Cục Thuế tỉnh chủ trì.\n\fKẾ HOẠCH SỐ 1320/STC-QLNS NGÀY 12/3/2026\n2. Kho bạc phối hợp.", [["text", [6]], ["manh", [7]], ["text", [8]]]],
    // must stay: a clause that cites the number at a page's top, a type line with another number
    ["not a clause that cites the number after a form feed", "1. Cục Thuế tỉnh chủ trì.\n\f2. Theo Công văn số 1320/STC-QLNS, Kho bạc phối hợp.", [["text", [6]], ["text", [7]]]],
    ["not a type line with another number", "1. Cục Thuế tỉnh chủ trì theo\n2\n\fTHÔNG BÁO số 1188/STC-QLNS\n2. Kho bạc phối hợp.", [["text", [6]], ["manh", [7]], ["text", [8]], ["text", [9]]]],
  ])("%s", (_name, body, expected) => {
    const [doc] = documentsOf(letter(body));
    expect(bodyRules(doc)).toEqual(expected);
  });
});

describe("the trích yếu ends where the body begins, with no blank line between (OCR, web and Word copies)", () => {
  /** A plan: header, the type line, `title` lines, then a clause. */
  const plan = (title: string) =>
    `CÔNG AN TỈNH THANH HÓA\nSố: 186/KH-CAT-PV01\nThanh Hóa, ngày 10 tháng 01 năm 2026\nKẾ HOẠCH\n${title}\n1. Phòng Tham mưu chủ trì.`;
  /** A letter: header, a V/v subject, `title` lines, then a clause. */
  const letter = (title: string) => `SỞ TÀI CHÍNH\nSố: 610/STC-NS\nNghệ An, ngày 03 tháng 3 năm 2026\nV/v ${title}\n1. Phòng Ngân sách chủ trì.`;
  const subjectLines = (doc: DocumentParts) => doc.header.filter((p) => p.rule === "trichYeu" || p.rule === "tenLoaiTrichYeu").flatMap((p) => numbers(p.tokens));
  it.each([
    // a paragraph ("." / ":") or a line that opens the body ends the trích yếu (NĐ 30: it has no end punctuation)
    ["'Thực hiện …' under a plan's title", plan, "Cao điểm tấn công, trấn áp tội phạm năm 2026\nThực hiện Kế hoạch số 12/KH-BCA-C06 của Bộ Công an, Công an tỉnh", [4, 5]],
    ["a lead-in ending in ':'", plan, "Cao điểm tấn công, trấn áp tội phạm năm 2026\nCông an tỉnh xây dựng Kế hoạch như sau:", [4, 5]],
    ["a sentence ending in '.'", plan, "Cao điểm tấn công, trấn áp tội phạm năm 2026\nCông an tỉnh xây dựng Kế hoạch thực hiện.", [4, 5]],
    ["'Để …'", plan, "Cao điểm tấn công, trấn áp tội phạm năm 2026\nĐể bảo đảm an ninh, trật tự dịp Tết, Công an tỉnh", [4, 5]],
    ["'… trân trọng kính mời:'", plan, "Dự Hội nghị triển khai Đề án chuyển đổi số\nSở Khoa học và Công nghệ trân trọng kính mời:", [4, 5]],
    ["'Kính mời:'", plan, "Dự Hội nghị triển khai Đề án chuyển đổi số\nKính mời:", [4, 5]],
    ["'Thực hiện …' under a V/v", letter, "cung cấp số liệu\nThực hiện Công văn số 12/UBND-TH, Sở Tài chính", [4]],
    ["'Triển khai …' under a V/v", letter, "cung cấp số liệu\nTriển khai Kế hoạch số 5/KH-UBND, Sở Tài chính đề nghị:", [4]],
    ["'Nhằm …' under a V/v", letter, "cung cấp số liệu\nNhằm kịp thời tổng hợp, Sở Tài chính đề nghị", [4]],
    // right under a type line alone, only a label or an invitation's lead-in is no title
    ["'Kính mời: …' right under the type line", plan, "Kính mời: Lãnh đạo Sở Tài chính", [4]],
    ["'… trân trọng kính mời:' right under the type line", plan, "Sở Khoa học và Công nghệ trân trọng kính mời:", [4]],
    // must stay: a title wrapped over lower-case lines, a plan titled "Thực hiện …", a wrapped title line in capitals
    ["a title that opens with 'Thực hiện'", plan, "Thực hiện Nghị quyết số 12-NQ/TU của Ban Chấp hành\nĐảng bộ tỉnh về phát triển kinh tế", [4, 5, 6]],
    ["a title wrapped over 'về …'", plan, "Cao điểm tấn công, trấn áp tội phạm\nvề ma túy dịp Tết Nguyên đán năm 2026", [4, 5, 6]],
    ["a V/v wrapped over 'và …'", letter, "lập dự toán năm 2027\nvà kế hoạch tài chính 03 năm", [4, 5]],
    ["a V/v wrapped over a name", letter, "thực hiện ý kiến chỉ đạo của\nỦy ban nhân dân tỉnh về kinh phí", [4, 5]],
    ["a V/v wrapped over 'Theo dõi …'", letter, "báo cáo kết quả\nTheo dõi thi hành pháp luật năm 2025", [4, 5]],
    ["a title cut after 'của', its end printed with a full stop", plan, "Ban hành Quy chế làm việc của\nBan Chỉ đạo phòng, chống tội phạm tỉnh.", [4, 5, 6]],
    ["a V/v cut after 'về', its end printed with a full stop", letter, "góp ý dự thảo Nghị quyết về\nChương trình phát triển nhà ở.", [4, 5]],
  ])("%s", (_name, make, title, expected) => {
    const [doc] = documentsOf(make(title));
    expect(subjectLines(doc)).toEqual(expected);
  });
});

describe("a signer's name printed with a rank or degree (probe: 'Đại tá Lê Văn Hải' was made an appendix)", () => {
  const signed = (footer: string) =>
    `CÔNG AN TỈNH THANH HÓA\nSố: 186/KH-CAT-PV01\nThanh Hóa, ngày 10 tháng 01 năm 2026\nKẾ HOẠCH\nCao điểm tấn công\n1. Phòng Tham mưu chủ trì./.\n${footer}`;
  it.each([
    ["Word cells", "Nơi nhận:\tKT. GIÁM ĐỐC\n- Như trên;\tPHÓ GIÁM ĐỐC\n- Lưu: VT.\n\n\tĐại tá Lê Văn Hải", "Đại tá Lê Văn Hải"],
    ["OCR rows joined by one space", "Nơi nhận: KT. GIÁM ĐỐC\n- Như trên; PHÓ GIÁM ĐỐC\n- Lưu: VT.\nThiếu tướng Nguyễn Văn Long", "Thiếu tướng Nguyễn Văn Long"],
    ["a flattened footer", "Nơi nhận: - Như trên; - Lưu: VT. KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Trung tá Phạm Văn Nam", "Trung tá Phạm Văn Nam"],
    ["a degree", "Nơi nhận:\tGIÁM ĐỐC\n- Như trên;\n- Lưu: VT.\n\n\tPGS.TS. Nguyễn Văn An", "PGS.TS. Nguyễn Văn An"],
  ])("%s: the name is read with its rank, no appendix", (_name, footer, name) => {
    const [doc] = documentsOf(signed(footer));
    expect(doc.signer?.name?.payload.text).toBe(name);
    expect(doc.appendices).toEqual([]);
  });
});

describe("an entry on the Kính gửi line that goes on at the next line", () => {
  const HEAD = "          BỘ NỘI VỤ                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
    "                                                Độc lập - Tự do - Hạnh phúc\n\n" +
    "  Số: 7215/BNV-CQĐP                          Hà Nội, ngày 03 tháng 11 năm 2025\nV/v báo cáo tình hình\n\n";
  const read = (kinhGui: string) => {
    const d = parse(`${HEAD}${kinhGui}\n\n     Bộ Nội vụ đề nghị các địa phương báo cáo trước ngày 20/11/2025.\n`).documents[0];
    return [d.addressees.map((a) => a.text), d.preamble];
  };
  const PREAMBLE = "Bộ Nội vụ đề nghị các địa phương báo cáo trước ngày 20/11/2025.";

  it.each([
    ["a wrap in lower case (layout)",
      "                      Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc\n                                trung ương.",
      ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]],
    ["a wrap in lower case (no indent: Word, web)",
      "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc\ntrung ương.",
      ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]],
    ["the first of two dashed entries",
      "                      Kính gửi: - Ủy ban nhân dân các tỉnh, thành phố trực thuộc\n                                  trung ương;\n                                - Sở Nội vụ các tỉnh, thành phố.",
      ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "Sở Nội vụ các tỉnh, thành phố"]],
    ["a capital set under the entry's text (layout)",
      "                      Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc\n                                Trung ương.",
      ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]],
  ])("joins %s", (_name, kinhGui, entries) => {
    expect(read(kinhGui)).toEqual([entries, PREAMBLE]);
  });

  it.each([
    ["an entry closed by \";\"", "Kính gửi: Sở Y tế;\nthực hiện Công văn số 12/UBND-VX, Sở đề nghị báo cáo.", "thực hiện Công văn số 12/UBND-VX, Sở đề nghị báo cáo."],
    ["a paragraph at the margin", "Kính gửi: Sở Y tế\nThực hiện Công văn số 12/UBND-VX, Sở đề nghị báo cáo.", "Thực hiện Công văn số 12/UBND-VX, Sở đề nghị báo cáo."],
    ["a paragraph indented less than the entry (layout)", "                      Kính gửi: Sở Y tế\n     Thực hiện Công văn số 12/UBND-VX, Sở đề nghị báo cáo.", "Thực hiện Công văn số 12/UBND-VX, Sở đề nghị báo cáo."],
  ])("does not join %s", (_name, kinhGui, first) => {
    const [entries, preamble] = read(kinhGui);
    expect(entries).toEqual(["Sở Y tế"]);
    expect(preamble).toBe(first);
  });
});

describe("a body paragraph printed right under the title, no blank line between (raw pdftotext, OCR)", () => {
  const HEAD = "ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 09/CT-UBND\nThái Nguyên, ngày 03 tháng 12 năm 2025\n";
  const read = (rest: string) => {
    const d = parse(`${HEAD}${rest}\n1. Sở Y tế chủ trì kiểm tra.\n`).documents[0];
    return [d.subject, d.preamble];
  };
  it.each([
    ["a paragraph whose first line does not end", "CHỈ THỊ\nVề tăng cường an toàn thực phẩm dịp Tết và\nmùa Lễ hội Xuân năm 2026\nThời gian qua, công tác bảo đảm an toàn thực phẩm đã đạt được\nnhiều kết quả; tuy nhiên, vi phạm vẫn còn phức tạp.",
      "Về tăng cường an toàn thực phẩm dịp Tết và mùa Lễ hội Xuân năm 2026", "Thời gian qua, công tác bảo đảm an toàn thực phẩm đã đạt được nhiều kết quả; tuy nhiên, vi phạm vẫn còn phức tạp."],
    ["a day of two digits", "THÔNG BÁO\nkết luận của Ban Thường vụ Tỉnh ủy về công tác chuẩn bị Tết\nBính Ngọ năm 2026\nNgày 31/10/2025, Ban Thường vụ Tỉnh ủy họp, nghe báo cáo. Sau khi thảo luận, Ban\nThường vụ Tỉnh ủy kết luận như sau:",
      "kết luận của Ban Thường vụ Tỉnh ủy về công tác chuẩn bị Tết Bính Ngọ năm 2026", "Ngày 31/10/2025, Ban Thường vụ Tỉnh ủy họp, nghe báo cáo. Sau khi thảo luận, Ban Thường vụ Tỉnh ủy kết luận như sau:"],
    // a title wrapped at a capital ("Việt" / "Nam") stays whole: the paragraph opens at the glued rule (probe13 s04)
    ["a title wrapped at a capital, then HD 36's rule glued to the paragraph", "KẾ HOẠCH\ntổ chức kỷ niệm 96 năm Ngày thành lập Đảng Cộng sản Việt\nNam (03/02/1930 - 03/02/2026)\n----Thực hiện Hướng dẫn số 45-HD/BTGDVTU ngày 05/01/2026 của Ban Tuyên giáo và\nDân vận Thành ủy, Ban Thường vụ Đảng ủy phường xây dựng kế hoạch như sau:",
      "tổ chức kỷ niệm 96 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2026)", "----Thực hiện Hướng dẫn số 45-HD/BTGDVTU ngày 05/01/2026 của Ban Tuyên giáo và Dân vận Thành ủy, Ban Thường vụ Đảng ủy phường xây dựng kế hoạch như sau:"],
    ["HD 36's rule glued to the paragraph", "THÔNG BÁO\nkết luận của Ban Thường vụ Tỉnh ủy về công tác chuẩn bị Tết\nBính Ngọ năm 2026\n----Ngày 31/10/2025, Ban Thường vụ Tỉnh ủy họp. Sau khi thảo luận, Ban\nThường vụ Tỉnh ủy kết luận như sau:",
      "kết luận của Ban Thường vụ Tỉnh ủy về công tác chuẩn bị Tết Bính Ngọ năm 2026", "----Ngày 31/10/2025, Ban Thường vụ Tỉnh ủy họp. Sau khi thảo luận, Ban Thường vụ Tỉnh ủy kết luận như sau:"],
  ])("ends the subject: %s", (_name, rest, subject, preamble) => {
    expect(read(rest)).toEqual([subject, preamble]);
  });

  it.each([
    ["a title line in capitals, then a blank line", "CHỈ THỊ\nVề việc ban hành Quy chế\nQuản lý tài sản công năm 2026\n\nThời gian qua, công tác quản lý đã đạt được kết quả.",
      "Về việc ban hành Quy chế Quản lý tài sản công năm 2026"],
    ["a title line, then another capital before the sentence ends", "CHỈ THỊ\nVề việc thực hiện\nKế hoạch số 12/KH-UBND của UBND tỉnh\nSở Y tế đề nghị các đơn vị thực hiện.",
      "Về việc thực hiện Kế hoạch số 12/KH-UBND của UBND tỉnh"],
    ["a line after a linking word", "CHỈ THỊ\nVề tăng cường công tác quản lý của\nBan Chỉ đạo tỉnh\n\nNội dung chỉ thị như sau.", "Về tăng cường công tác quản lý của Ban Chỉ đạo tỉnh"],
  ])("keeps the subject: %s", (_name, rest, subject) => {
    expect(read(rest)[0]).toBe(subject);
  });
});
