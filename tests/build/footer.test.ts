/** Nơi nhận and the signer block. */
import { parse } from "../../src/parse.js";
import { describe, expect, it } from "vitest";
import { expandPurpose, readRecipients } from "../../src/build/recipients.js";
import { readSignature } from "../../src/build/signature.js";
import { lex } from "../../src/lex.js";
import { toLines } from "../../src/lines/index.js";
import type { Part } from "../../src/structure.js";
import { structure } from "../../src/structure.js";

function recipients(text: string) {
  const parts: Part[] = lex(toLines(text, "plain")).map((t, i) => ({ rule: i === 0 ? "NoiNhan" : "entry", tokens: [t] }));
  return readRecipients(parts);
}

describe("readRecipients", () => {
  it.each([
    ["Nơi nhận:"],
    ["Nơi gửi:"], // the label of documents before NĐ 110/2004
    ["NƠI GỬI:"],
  ])("takes the label %s off the list", (label) => {
    const r = recipients(`${label}\n- Như trên;\n- Lưu VP.`);
    expect(r.recipients.map((e) => e.text)).toEqual(["Như trên"]);
    expect(r.archive).toEqual(["VP"]);
  });

  it("reads entries, purposes and the archive", () => {
    const r = recipients("Nơi nhận:\n- Thường trực Thành ủy,\n- Văn phòng Thành ủy, (để báo cáo)\n- Như kính gửi (để thực hiện),\n- Lưu VPQU.");
    expect(r.recipients.map((e) => [e.text, e.purpose])).toEqual([
      ["Thường trực Thành ủy", "để báo cáo"], // the note after the comma closes the group above it
      ["Văn phòng Thành ủy", "để báo cáo"],
      ["Như kính gửi", "để thực hiện"],
    ]);
    expect(r.archive).toEqual(["VPQU"]);
  });

  it.each([
    ["a note cut by the line end", "Nơi nhận:\n- Như trên;\n- Các đơn vị thuộc và trực thuộc TCHQ (để\nt/h);\n- Lưu: VT.",
      [["Như trên", null], ["Các đơn vị thuộc và trực thuộc TCHQ", "để thực hiện"]]],
    ["a note's words cut", "Nơi nhận:\n- Sở Tài chính (để báo\ncáo);\n- Lưu: VT.", [["Sở Tài chính", "để báo cáo"]]],
    // stays: the same entry on one line; a wrapped entry without a note; a note on each line
    ["the one-line form", "Nơi nhận:\n- Các đơn vị thuộc và trực thuộc TCHQ (để t/h);\n- Lưu: VT.", [["Các đơn vị thuộc và trực thuộc TCHQ", "để thực hiện"]]],
    ["a wrapped entry without a note", "Nơi nhận:\n- Sở Tài nguyên và\nMôi trường (để biết);\n- Lưu: VT.", [["Sở Tài nguyên và Môi trường", "để biết"]]],
    ["brackets around an entry's end (two columns read as one)", "Nơi nhận:\nBan TT UBTW MTTQ VN; (Để\nBan Thường vụ Tỉnh ủy; báo cáo)\n- Lưu: VT.",
      [["Ban TT UBTW MTTQ VN; (Để Ban Thường vụ Tỉnh ủy; báo cáo)", null]]],
    ["a bracket that is no note", "Nơi nhận:\n- Ủy ban nhân dân các huyện (thị xã,\nthành phố);\n- Lưu: VT.", [["Ủy ban nhân dân các huyện (thị xã, thành phố)", null]]],
  ])("reads the purpose on the joined entry: %s", (_name, text, expected) => {
    expect(recipients(text).recipients.map((e) => [e.text, e.purpose])).toEqual(expected);
  });

  it("applies a brace group's note to every entry in the group", () => {
    const r = recipients("Nơi nhận:\n- Ban Bí thư TW Đảng, } (để báo cáo)\n- Văn phòng TW Đảng, }\n- Các đ/c Ủy viên BTV Tỉnh ủy,");
    expect(r.recipients.map((e) => [e.text, e.purpose])).toEqual([
      ["Ban Bí thư TW Đảng", "để báo cáo"],
      ["Văn phòng TW Đảng", "để báo cáo"],
      ["Các đ/c Ủy viên BTV Tỉnh ủy", null],
    ]);
  });

  it("applies a note on its own line to the entries above it, back to 'Như trên'", () => {
    const r = recipients("Nơi nhận:\n- Như trên;\n- Đ/c Bí thư Thành ủy;\n- TT HĐND TP;\n(để b/c)\n- UBMTTQ VN TP;\n- Lưu: VT, VPBCSD.");
    expect(r.recipients.map((e) => e.purpose)).toEqual([null, "để báo cáo", "để báo cáo", null]);
    expect(r.recipients[2].lines).toEqual([4, 5]);
    expect(r.archive).toEqual(["VT", "VPBCSD"]);
  });

  it("keeps a note after the Lưu line, which applies to nothing, apart", () => {
    const r = recipients("Nơi nhận:\n- Thủ tướng Chính phủ,\n- Lưu TH, VT.\n(Để b/c)");
    expect(r.recipients.map((e) => e.purpose)).toEqual([null]);
    expect(r.detachedNotes).toEqual([{ text: "(Để b/c)", lines: [4, 4] }]);
  });

  it("joins an entry wrapped onto a line without a dash", () => {
    const r = recipients("Nơi nhận:\n- VPCP: BTCN;\nVụ TH; Cổng TTĐT;\n- Lưu: VT.");
    expect(r.recipients.map((e) => e.text)).toEqual(["VPCP: BTCN; Vụ TH; Cổng TTĐT"]);
  });

  it.each([
    ["a bare abbreviation", "- VNPT Lai Châu (p/h);", "VNPT Lai Châu", "để phối hợp"],
    ["a note an OCR engine wrote as a formula", "- Chủ tịch UBND tỉnh $( \\mathsf { b } / \\mathsf { c } )$ ;", "Chủ tịch UBND tỉnh", "để báo cáo"],
    ["no note: a bracket that is part of the entry", "- VP UBNDTP (2,3);", "VP UBNDTP (2,3)", null],
    // a purpose verb written without "để" (probe8 03)
    ["a bare purpose verb", "- Báo Đồng Tháp (đăng tin);", "Báo Đồng Tháp", "để đăng tin"],
    ["a bare 'báo cáo'", "- UBND tỉnh (báo cáo);", "UBND tỉnh", "để báo cáo"],
    ["no note: a body in brackets", "- Cục Kiểm tra văn bản QPPL (Bộ Tư pháp);", "Cục Kiểm tra văn bản QPPL (Bộ Tư pháp)", null],
    ["no note: a verb that opens a longer bracket", "- Sở Y tế (báo cáo viên cấp tỉnh);", "Sở Y tế (báo cáo viên cấp tỉnh)", null],
  ])("reads %s", (_name, line, text, purpose) => {
    const [entry] = recipients(`Nơi nhận:\n${line}`).recipients;
    expect([entry.text, entry.purpose]).toEqual([text, purpose]);
  });

  it.each([
    ["Để b/c", "để báo cáo"],
    ["Đề b/c", "để báo cáo"],
    ["để t/h", "để thực hiện"],
    ["để biết", "để biết"],
  ])("expands the note %s → %s", (note, expanded) => {
    expect(expandPurpose(note)).toBe(expanded);
  });
});

function signatureOf(text: string) {
  const [doc] = structure(lex(toLines(`1. Nội dung.\n\n${text}`, "plain")));
  return readSignature(doc.signer!);
}

describe("readSignature", () => {
  it.each([
    [
      "a chain of marks",
      "TL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n\nPhạm Thị Thu Huyền",
      [["TL", "CHỦ TỊCH"], ["KT", "CHÁNH VĂN PHÒNG"]],
      "PHÓ CHÁNH VĂN PHÒNG",
      "Phạm Thị Thu Huyền",
    ],
    ["Party slash marks", "T/M BAN CÁN SỰ ĐẢNG\nBÍ THƯ\n\nChu Ngọc Anh", [["TM", "BAN CÁN SỰ ĐẢNG"]], "BÍ THƯ", "Chu Ngọc Anh"],
    ["a mark without space", "KT.CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn A", [["KT", "CHỦ TỊCH"]], "PHÓ CHỦ TỊCH", "Nguyễn Văn A"],
    ["titles glued on one line", "KT. BỘ TRƯỞNG THỨ TRƯỞNG\nĐỗ Hoàng Anh Tuấn", [["KT", "BỘ TRƯỞNG"]], "THỨ TRƯỞNG", "Đỗ Hoàng Anh Tuấn"],
    ["a mark alone, titles on the next line", "TL.\nBỘ TRƯỞNG CHÁNH VĂN PHÒNG\nNguyễn Đức Tâm", [["TL", "BỘ TRƯỞNG"]], "CHÁNH VĂN PHÒNG", "Nguyễn Đức Tâm"],
    ["a deputy of a long office", "K/T THỦ TƯỚNG CHÍNH PHỦ PHÓ THỦ TƯỚNG\nTố Hữu", [["KT", "THỦ TƯỚNG CHÍNH PHỦ"]], "PHÓ THỦ TƯỚNG", "Tố Hữu"],
    ["no mark", "BỘ TRƯỞNG, CHỦ NHIỆM\n(Đã ký)\nMai Tiến Dũng", [], "BỘ TRƯỞNG, CHỦ NHIỆM", "Mai Tiến Dũng"],
    ["a name alone", "Nguyễn Thị Tuyền", [], null, "Nguyễn Thị Tuyền"],
    [
      "the signer's title glued to the office",
      "TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀNBÍ THƯ THƯỜNG TRỰC\nPhan Văn Mãi",
      [["TM", "BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN"]],
      "BÍ THƯ THƯỜNG TRỰC",
      "Phan Văn Mãi",
    ],
  ])("%s", (_name, text, authority, position, name) => {
    const s = signatureOf(text);
    expect(s.authority.map((a) => [a.mark, a.office])).toEqual(authority);
    expect(s.position).toBe(position);
    expect(s.name).toBe(name);
  });

  it.each([
    // a flattened cell: the mark's text ends with its office
    ["KT. BỘ TRƯỞNG THỨ TRƯỞNG\nĐỗ Hoàng Anh Tuấn", ["KT. BỘ TRƯỞNG"]],
    ["KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC\nNguyễn Văn Công", ["KT. GIÁM ĐỐC"]],
    ["TM. BAN THƯỜNG TRỰC CHỦ TỊCH\nLê Văn A", ["TM. BAN THƯỜNG TRỰC"]],
    ["TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀNBÍ THƯ THƯỜNG TRỰC\nPhan Văn Mãi", ["TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN"]],
    // stays: the title on a line of its own, a mark alone, a chain of marks
    ["KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn Công", ["KT. GIÁM ĐỐC"]],
    ["TL.\nBỘ TRƯỞNG CHÁNH VĂN PHÒNG\nNguyễn Đức Tâm", ["TL."]],
    ["TL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\nPhạm Thị Thu Huyền", ["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG"]],
  ])("the mark's text as printed, up to its office: %s", (text, marks) => {
    expect(signatureOf(text).authority.map((a) => a.text)).toEqual(marks);
  });
});

describe("the signatures of a joint document: one per signer block", () => {
  const doc = (footer: string) =>
    parse(`SỞ Y TẾ\nSố: 02/HDLN-SYT\nLâm Đồng, ngày 05 tháng 9 năm 2026\n\nHƯỚNG DẪN LIÊN NGÀNH\nCông tác y tế trường học\n\n1. Các cơ sở giáo dục bố trí nhân viên y tế.\n\n${footer}`).documents[0];
  it.each([
    // must change: the second block was an appendix titled by its mark
    ["KT. GIÁM ĐỐC SỞ Y TẾ\nPHÓ GIÁM ĐỐC\nPhạm Thị Lan\nKT. GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO\nPHÓ GIÁM ĐỐC\nĐỗ Minh Khoa\nNơi nhận:\n- UBND tỉnh (b/c);\n- Lưu: VT.", ["Phạm Thị Lan", "Đỗ Minh Khoa"], 1],
    // must change: the two blocks side by side in a layout export, the names on one row under the signing space
    ["KT. GIÁM ĐỐC SỞ Y TẾ                  KT. GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO\nPHÓ GIÁM ĐỐC                          PHÓ GIÁM ĐỐC\n\n\n\nPhạm Thị Lan                          Đỗ Minh Khoa\n\nNơi nhận:\n- UBND tỉnh (b/c);\n- Lưu: VT.", ["Phạm Thị Lan", "Đỗ Minh Khoa"], 1],
    // must stay: one signer
    ["Nơi nhận:\n- UBND tỉnh (b/c);\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nPhạm Thị Lan", ["Phạm Thị Lan"], 1],
  ])("%#", (footer, names, recipients) => {
    const d = doc(footer);
    expect(d.signatures.map((s) => s.name)).toEqual(names);
    expect(d.recipients).toHaveLength(recipients);
    expect(d.appendices).toEqual([]);
  });
});

describe("readSignature: a TM. office printed over two lines (probe8 F12)", () => {
  it.each([
    // must change: the body's name on the mark's second line is the office's, not the position's
    ["TM. BAN THƯỜNG TRỰC\nỦY BAN MTTQ VIỆT NAM TỈNH\nCHỦ TỊCH\n\nNguyễn Văn A", "BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM TỈNH", "CHỦ TỊCH"],
    ["TM. BAN CHẤP HÀNH\nCÔNG ĐOÀN NGÀNH Y TẾ\nCHỦ TỊCH\n\nNguyễn Văn A", "BAN CHẤP HÀNH CÔNG ĐOÀN NGÀNH Y TẾ", "CHỦ TỊCH"],
    ["TM. ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\nCHỦ TỊCH\n\nNguyễn Văn A", "ỦY BAN NHÂN DÂN XÃ TÂN LẬP", "CHỦ TỊCH"],
    ["TM. BAN THƯỜNG VỤ\nĐẢNG ỦY XÃ TÂN LẬP\nPHÓ BÍ THƯ\n\nNguyễn Văn A", "BAN THƯỜNG VỤ ĐẢNG ỦY XÃ TÂN LẬP", "PHÓ BÍ THƯ"],
    // must stay: the position on one line, or wrapped over two
    ["TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn A", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
    ["TM. ỦY BAN NHÂN DÂN\nPHÓ CHỦ TỊCH\nTHƯỜNG TRỰC\n\nNguyễn Văn A", "ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH THƯỜNG TRỰC"],
    ["KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn A", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
  ])("%s", (text, office, position) => {
    const s = signatureOf(text);
    expect([s.authority[0].office, s.position]).toEqual([office, position]);
  });
});

describe("readSignature: a TM. office named after its members' title, no position line (probe11 F1)", () => {
  it.each([
    // must change: the title completes a collective's name (HD 36: "T/M BAN BÍ THƯ" has no title line under it)
    ["T/M BAN BÍ THƯ\n\nTrần Cẩm Tú", "T/M BAN BÍ THƯ", "BAN BÍ THƯ", null],
    ["T/M ĐOÀN CHỦ TỊCH\n\nHoàng Văn Sinh", "T/M ĐOÀN CHỦ TỊCH", "ĐOÀN CHỦ TỊCH", null],
    ["TM. BAN CHỦ NHIỆM\n\nNguyễn Văn An", "TM. BAN CHỦ NHIỆM", "BAN CHỦ NHIỆM", null],
    ["TM. BAN GIÁM ĐỐC\n\nNguyễn Văn An", "TM. BAN GIÁM ĐỐC", "BAN GIÁM ĐỐC", null],
    ["TM. ĐOÀN CHỦ TỊCH ỦY BAN TRUNG ƯƠNG MTTQ VIỆT NAM\n\nĐỗ Văn Chiến", "TM. ĐOÀN CHỦ TỊCH ỦY BAN TRUNG ƯƠNG MTTQ VIỆT NAM", "ĐOÀN CHỦ TỊCH ỦY BAN TRUNG ƯƠNG MTTQ VIỆT NAM", null],
    ["T/M HỘI ĐỒNG BỘ TRƯỞNG\n\nPhạm Văn Đồng", "T/M HỘI ĐỒNG BỘ TRƯỞNG", "HỘI ĐỒNG BỘ TRƯỞNG", null],
    // must stay: such an office with the signer's title run onto it, or a body and the title heading it
    ["TM. BAN CHỦ NHIỆM CHỦ NHIỆM\n\nNguyễn Văn An", "TM. BAN CHỦ NHIỆM", "BAN CHỦ NHIỆM", "CHỦ NHIỆM"],
    ["TM. ĐOÀN CHỦ TỊCH CHỦ TỊCH\n\nNguyễn Văn An", "TM. ĐOÀN CHỦ TỊCH", "ĐOÀN CHỦ TỊCH", "CHỦ TỊCH"],
    ["TM. BAN GIÁM ĐỐC PHÓ GIÁM ĐỐC\n\nNguyễn Văn An", "TM. BAN GIÁM ĐỐC", "BAN GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
    ["TM. HỘI ĐỒNG CHỦ TỊCH\n\nNguyễn Văn An", "TM. HỘI ĐỒNG", "HỘI ĐỒNG", "CHỦ TỊCH"],
    ["TM. BAN TRƯỞNG BAN\n\nNguyễn Văn An", "TM. BAN", "BAN", "TRƯỞNG BAN"],
    ["TM. BAN THƯỜNG TRỰC CHỦ TỊCH\n\nLê Văn A", "TM. BAN THƯỜNG TRỰC", "BAN THƯỜNG TRỰC", "CHỦ TỊCH"],
    ["KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC\n\nNguyễn Văn Công", "KT. GIÁM ĐỐC", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
    ["T/M BAN BÍ THƯ\nBÍ THƯ\n\nTrần Cẩm Tú", "T/M BAN BÍ THƯ", "BAN BÍ THƯ", "BÍ THƯ"],
  ])("%s", (text, markText, office, position) => {
    const s = signatureOf(text);
    expect([s.authority[0].text, s.authority[0].office, s.position]).toEqual([markText, office, position]);
  });
});

describe("a signer block read in two parts around the Nơi nhận list (OCR reading order, probe18 F3)", () => {
  const letter = (footer: string) =>
    "ỦY BAN NHÂN DÂN\nHUYỆN ĐỨC THỌ\nSố: 1846/UBND-NN\nV/v triển khai thu hoạch lúa\nĐức Thọ, ngày 03 tháng 11 năm 2025\n\nKính gửi: Các xã, thị trấn.\n\n" +
    `1. Ủy ban nhân dân các xã rà soát diện tích.\nYêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.\n\n${footer}`;
  const list = "Nơi nhận:\n- Như trên;\n- Sở NN&MT tỉnh (để b/c);\n\n- Lưu: VT, NN.\n";
  it.each([
    // must change: the mark alone above the list, the rest after it
    ["KT. mark, position and name after the list", `TM. ỦY BAN NHÂN DÂN\n\n${list}KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Văn Hùng`, ["TM", "KT"], "PHÓ CHỦ TỊCH", "Trần Văn Hùng"],
    ["position and name after the list", `TM. ỦY BAN NHÂN DÂN\n\n${list}CHỦ TỊCH\n\nTrần Văn Hùng`, ["TM"], "CHỦ TỊCH", "Trần Văn Hùng"],
    // must stay: the whole block above the list, the whole block after it
    ["the whole block above the list", `TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Văn Hùng\n\n${list}`, ["TM", "KT"], "PHÓ CHỦ TỊCH", "Trần Văn Hùng"],
    ["the whole block after the list", `${list}TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Văn Hùng`, ["TM", "KT"], "PHÓ CHỦ TỊCH", "Trần Văn Hùng"],
  ])("%s", (_name, footer, marks, position, name) => {
    const d = parse(letter(footer)).documents[0];
    expect(d.signatures).toHaveLength(1);
    expect(d.signatures[0].authority.map((a) => a.mark)).toEqual(marks);
    expect(d.signatures[0].position).toBe(position);
    expect(d.signatures[0].name).toBe(name);
    expect(d.appendices).toEqual([]);
    expect(d.recipients.map((r) => r.text)).toEqual(["Như trên", "Sở NN&MT tỉnh"]);
  });

  it("still opens an appendix after a named signer and the list", () => {
    const d = parse(letter(`TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTrần Văn Hùng\n\n${list}\nPHỤ LỤC\nDANH MỤC CÁC XÃ\n(Kèm theo Công văn số 1846/UBND-NN)\n\n1. Xã Đức Lạc.`)).documents[0];
    expect(d.signatures[0].name).toBe("Trần Văn Hùng");
    expect(d.appendices.map((a) => a.title)).toEqual(["PHỤ LỤC"]);
  });
});

describe("readRecipients: OCR debris in the Nơi nhận column (probe18 F10)", () => {
  it.each([
    // changes: a speck after the label or on its own line, the signer's part beside the list, a speck after an entry's ";"
    ["a speck after the label", "Nơi nhận: 3,\n- Như trên;\n- Lưu: VT.", ["Như trên"], ["3,"]],
    ["a letter alone on a line", "Nơi nhận:\nz\n- Như trên;\n- Lưu: VT.", ["Như trên"], ["z"]],
    ["a position beside the label", "Nơi nhận: - PHO GIAM ĐÓC\n- Như thành phần mời;\n- Lưu: VT.", ["Như thành phần mời"], ["- PHO GIAM ĐÓC"]],
    ["a mark on a list line", "Nơi nhận:\n- Như trên;\nKT. CHỦ TỊCH\n- Lưu: VT.", ["Như trên"], ["KT. CHỦ TỊCH"]],
    ["a one-letter tail", "Nơi nhận:\n- TT Tỉnh ủy, TT HĐND tỉnh; k\n- Lưu: VT.", ["TT Tỉnh ủy, TT HĐND tỉnh"], ["k"]],
    ["a two-word tail", "Nơi nhận:\n- Các sở, ban, ngành tỉnh; Này vẻ\n- Lưu: VT.", ["Các sở, ban, ngành tỉnh"], ["Này vẻ"]],
    // stays: short recipients that are abbreviations, a title naming its body, a title in lower case, two entries on a line
    ["an abbreviation after ';'", "Nơi nhận:\n- UBND xã; CA xã\n- Lưu: VT.", ["UBND xã; CA xã"], []],
    ["a body after ';'", "Nơi nhận:\n- Sở Y tế; Sở Tài chính;\n- Lưu: VT.", ["Sở Y tế; Sở Tài chính"], []],
    ["a head with the body named", "Nơi nhận:\n- GIÁM ĐỐC SỞ Y TẾ;\n- Lưu: VT.", ["GIÁM ĐỐC SỞ Y TẾ"], []],
    ["a head in title case", "Nơi nhận:\n- Phó Giám đốc;\n- Lưu: VT.", ["Phó Giám đốc"], []],
    ["a two-letter body", "Nơi nhận:\n- Bộ Y tế;\n- VP;\n- Lưu: VT.", ["Bộ Y tế", "VP"], []],
    ["a body's head after ';', its name wrapped below", "Nơi nhận:\n- UBND tỉnh; Sở\n- Lưu: VT.", ["UBND tỉnh; Sở"], []],
  ])("%s", (_name, text, expected, junk) => {
    const r = recipients(text);
    expect(r.recipients.map((e) => e.text)).toEqual(expected);
    expect(r.unclassified.map((l) => l.text)).toEqual(junk);
  });

  it.each([
    ["- Lưu: VI,NN.", ["VT", "NN"]],
    ["- Lưu: Vl, KT.", ["VT", "KT"]],
    ["- Lưu: V1.", ["VT"]],
    // stays: an archive entry "VI" after the văn thư's, and other first entries
    ["- Lưu: VT, VI.", ["VT", "VI"]],
    ["- Lưu: VP, KT.", ["VP", "KT"]],
    ["- Lưu VPHU.", ["VPHU"]],
  ])("reads the archive's first entry OCR made of VT: %s", (line, archive) => {
    expect(recipients(`Nơi nhận:\n- Như trên;\n${line}`).archive).toEqual(archive);
  });
});

describe("the signer under OCR debris (probe18 F10)", () => {
  const HEAD = "ỦY BAN NHÂN DÂN\nHUYỆN ĐỨC THỌ\nSố: 12/UBND-NN\nV/v triển khai\nĐức Thọ, ngày 03 tháng 11 năm 2025\nKính gửi: UBND các xã.\nĐề nghị UBND các xã báo cáo trước ngày 15/12/2025./.\n";
  const signer = (footer: string) => {
    const d = parse(new TextEncoder().encode(HEAD + footer), { path: "x.txt" }).documents[0];
    return { marks: d.signatures[0]?.authority.map((a) => a.text) ?? [], position: d.signatures[0]?.position ?? null, recipients: d.recipients.map((r) => r.text) };
  };
  it.each([
    ["a speck before the mark", "¬ KT. CHỦ TỊCH\nNơi nhận: PHÓ CHỦ TỊCH\n- Như trên;\n- Lưu: VT, NN.\nTrần Văn Hùng", ["KT. CHỦ TỊCH"], "PHÓ CHỦ TỊCH"],
    ["a mark with a comma joined to the label", "TM. ỦY BAN NHÂN DÂN\nNơi nhận: KT, CHỦ TỊCH\n- Như trên; PHÓ CHỦ TỊCH\n- Lưu: VT, NN. Trần Văn Hùng", ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], "PHÓ CHỦ TỊCH"],
    // stays: the clean forms
    ["the clean mark", "KT. CHỦ TỊCH\nNơi nhận: PHÓ CHỦ TỊCH\n- Như trên;\n- Lưu: VT, NN.\nTrần Văn Hùng", ["KT. CHỦ TỊCH"], "PHÓ CHỦ TỊCH"],
  ])("%s", (_name, footer, marks, position) => {
    expect(signer(footer)).toEqual({ marks, position, recipients: ["Như trên"] });
  });
});

describe("signer parts OCR's reading order left in the Nơi nhận column (probe19 W2, probe18 01/03)", () => {
  const HEAD = "ỦY BAN NHÂN DÂN\nHUYỆN ĐỨC THỌ\nSố: 12/UBND-NN\nV/v triển khai\nĐức Thọ, ngày 03 tháng 11 năm 2025\nKính gửi: UBND các xã.\nĐề nghị UBND các xã báo cáo trước ngày 15/12/2025./.\n";
  const read = (footer: string) => {
    const d = parse(new TextEncoder().encode(HEAD + footer), { path: "x.txt" }).documents[0];
    const s = d.signatures[0];
    return { marks: s?.authority.map((a) => a.text) ?? [], position: s?.position ?? null, name: s?.name ?? null, recipients: d.recipients.map((r) => r.text) };
  };
  it.each([
    // must change: a mark closing a list row's left text, after OCR debris with no entry punctuation, heads the title cut off that row
    ["'KT,' after debris", "TM. ỦY BAN NHÂN DÂN\nNơi nhận: z\nNên KT, CHỦ TỊCH\n- Sở NN&MT tỉnh (để b/c); PHO CHỦ TỊCH\n- Lưu: VT, NN. Trần Văn Hùng",
      { marks: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], position: "PHO CHỦ TỊCH", name: "Trần Văn Hùng", recipients: ["Nên", "Sở NN&MT tỉnh"] }],
    ["'KT.' after an entry with no ';'", "TM. ỦY BAN NHÂN DÂN\nNơi nhận:\n- Như trên KT. CHỦ TỊCH\n- Sở Tài chính; PHÓ CHỦ TỊCH\n- Lưu: VT. Trần Văn Hùng",
      { marks: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], position: "PHÓ CHỦ TỊCH", name: "Trần Văn Hùng", recipients: ["Như trên", "Sở Tài chính"] }],
    ["'TL,' after debris", "Nơi nhận: z\nNên TL, CHỦ TỊCH\n- Sở Tài chính; CHÁNH VĂN PHÒNG\n- Lưu: VT. Trần Văn Hùng",
      { marks: ["TL. CHỦ TỊCH"], position: "CHÁNH VĂN PHÒNG", name: "Trần Văn Hùng", recipients: ["Nên", "Sở Tài chính"] }],
    // a signer's title alone as a list entry under the mark, the block with no title: the signer's title
    ["a deputy's title as an entry", "KT. GIÁM ĐỐC\nNơi nhận:\n- PHO GIAM ĐÓC\n- Như thành phần mời;\n- Lưu: VT, QLNS.\nLê Thị Minh Nguyệt",
      { marks: ["KT. GIÁM ĐỐC"], position: "PHO GIAM ĐÓC", name: "Lê Thị Minh Nguyệt", recipients: ["Như thành phần mời"] }],
    ["a deputy's title on the label's row", "KT. GIÁM ĐỐC\nNơi nhận: - ` PHO GIAM ĐÓC\n- Như thành phần mời;\n- Lưu: VT, QLNS.\nLê Thị Minh Nguyệt",
      { marks: ["KT. GIÁM ĐỐC"], position: "PHO GIAM ĐÓC", name: "Lê Thị Minh Nguyệt", recipients: ["Như thành phần mời"] }],
    ["the title alone on its row (already right)", "KT. GIÁM ĐỐC\nNơi nhận:\nPHO GIAM ĐÓC\n- Như thành phần mời;\n- Lưu: VT, QLNS.\nLê Thị Minh Nguyệt",
      { marks: ["KT. GIÁM ĐỐC"], position: "PHO GIAM ĐÓC", name: "Lê Thị Minh Nguyệt", recipients: ["Như thành phần mời"] }],
    // stays (read so already): the mark opening its own row
    ["a mark opening its row", "TM. ỦY BAN NHÂN DÂN\nNơi nhận:\n- Như trên;\nKT, CHỦ TỊCH\n- Sở Tài chính; PHÓ CHỦ TỊCH\n- Lưu: VT. Trần Văn Hùng",
      { marks: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], position: "PHÓ CHỦ TỊCH", name: "Trần Văn Hùng", recipients: ["Như trên", "Sở Tài chính"] }],
    // must stay: an entry ending in an abbreviation beside the signer's cell by a tab (Word) or a layout gap (pdftotext -layout)
    ["Word tab cells", "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN\n- Phòng KT,\tCHỦ TỊCH\n- Sở Tài chính;\tPHÓ CHỦ TỊCH\n- Lưu: VT.\tTrần Văn Hùng",
      { marks: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], position: "PHÓ CHỦ TỊCH", name: "Trần Văn Hùng", recipients: ["Phòng KT", "Sở Tài chính"] }],
    ["a deputy's title beside it", "TM. ỦY BAN NHÂN DÂN\nNơi nhận:\n- Phòng KT, PHÓ CHỦ TỊCH\n- Lưu: VT. Trần Văn Hùng",
      { marks: ["TM. ỦY BAN NHÂN DÂN"], position: "PHÓ CHỦ TỊCH", name: "Trần Văn Hùng", recipients: ["Phòng KT"] }],
    ["a head's title with no title under it", "TM. ỦY BAN NHÂN DÂN\nNơi nhận:\n- Phòng KT, CHỦ TỊCH\n- Lưu: VT. Trần Văn Hùng",
      { marks: ["TM. ỦY BAN NHÂN DÂN"], position: "CHỦ TỊCH", name: "Trần Văn Hùng", recipients: ["Phòng KT"] }],
    ["the clean footer", "Nơi nhận:\n- Phòng KT;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Văn Hùng",
      { marks: ["KT. CHỦ TỊCH"], position: "PHÓ CHỦ TỊCH", name: "Trần Văn Hùng", recipients: ["Phòng KT"] }],
    ["a head's title in title case on the label's row", "KT. GIÁM ĐỐC\nNơi nhận: - Giám đốc Sở;\n- Lưu: VT.\nPHÓ GIÁM ĐỐC\nLê Thị Minh Nguyệt",
      { marks: ["KT. GIÁM ĐỐC"], position: "PHÓ GIÁM ĐỐC", name: "Lê Thị Minh Nguyệt", recipients: ["Giám đốc Sở"] }],
    ["a title entry when the block has its title", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNơi nhận:\n- GIÁM ĐỐC;\n- Lưu: VT.\nLê Thị Minh Nguyệt",
      { marks: ["KT. GIÁM ĐỐC"], position: "PHÓ GIÁM ĐỐC", name: "Lê Thị Minh Nguyệt", recipients: [] }],
  ])("%s", (_name, footer, expected) => {
    expect(read(footer)).toEqual(expected);
  });

  it("reads the pdftotext -layout footer's cells apart", () => {
    const footer = "Nơi nhận:                                   TM. ỦY BAN NHÂN DÂN\n- Phòng KT,                                 CHỦ TỊCH\n- Lưu: VT.\n                                            Trần Văn Hùng\n";
    expect(read(footer)).toMatchObject({ marks: ["TM. ỦY BAN NHÂN DÂN"], position: "CHỦ TỊCH", name: "Trần Văn Hùng" });
  });
});

describe("readSignature: a head's title over its deputy's, no mark between (a KT. mark OCR lost)", () => {
  const HEAD = "ỦY BAN NHÂN DÂN\nHUYỆN ĐỨC THỌ\nSố: 12/UBND-NN\nV/v triển khai\nĐức Thọ, ngày 03 tháng 11 năm 2025\nKính gửi: UBND các xã.\nĐề nghị UBND các xã báo cáo trước ngày 15/12/2025./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\n";
  const read = (signer: string) => {
    const s = parse(HEAD + signer).documents[0].signatures[0];
    return [s.authority.map((a) => `${a.mark}|${a.office}`), s.position];
  };
  it.each([
    // changes
    ["TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Văn Hùng", ["TM|ỦY BAN NHÂN DÂN", "KT|CHỦ TỊCH"], "PHÓ CHỦ TỊCH"],
    ["GIÁM ĐỐC\nPHO GIAM ĐÓC\nLê Thị Minh Nguyệt", ["KT|GIÁM ĐỐC"], "PHO GIAM ĐÓC"],
    ["BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn An", ["KT|BỘ TRƯỞNG"], "THỨ TRƯỞNG"],
    // stays: the printed mark, a mark whose office is on the next line, titles of two heads, one title
    ["KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Văn Hùng", ["KT|CHỦ TỊCH"], "PHÓ CHỦ TỊCH"],
    ["KT.\nCHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Văn Hùng", ["KT|CHỦ TỊCH"], "PHÓ CHỦ TỊCH"],
    ["TM. BAN THƯỜNG VỤ\nBÍ THƯ\nPHÓ CHỦ TỊCH\nTrần Văn Hùng", ["TM|BAN THƯỜNG VỤ"], "BÍ THƯ PHÓ CHỦ TỊCH"],
    ["TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTrần Văn Hùng", ["TM|ỦY BAN NHÂN DÂN"], "CHỦ TỊCH"],
  ])("%s", (signer, authority, position) => {
    expect(read(signer)).toEqual([authority, position]);
  });
});
