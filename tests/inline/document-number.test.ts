import { describe, expect, it } from "vitest";
import { numberLineEnd, parseNumberLine, type NumberParts } from "../../src/inline/document-number.js";

/** Expected parts; `text` defaults to the input line trimmed. */
const parts = (
  text: string,
  value: string,
  serial: number | null,
  year: number | null,
  typeCode: string | null,
  issuerCode: string | null,
): NumberParts => ({ text, value, serial, year, typeCode, issuerCode });

describe("parseNumberLine", () => {
  it.each([
    // State công văn: issuer + drafting unit, no type code
    ["Số: 10227/VP-KGVX", parts("Số: 10227/VP-KGVX", "10227/VP-KGVX", 10227, null, null, "VP-KGVX")],
    ["Số: 12/UBND-VX", parts("Số: 12/UBND-VX", "12/UBND-VX", 12, null, null, "UBND-VX")],
    ["Số: 2739/VPCP-ĐMDN", parts("Số: 2739/VPCP-ĐMDN", "2739/VPCP-ĐMDN", 2739, null, null, "VPCP-ĐMDN")],
    ["Số: 299/TTg", parts("Số: 299/TTg", "299/TTg", 299, null, null, "TTg")],
    // a letter suffix: a number issued between two others
    ["Số: 1249a/CTPH-UBDT-BTP", parts("Số: 1249a/CTPH-UBDT-BTP", "1249a/CTPH-UBDT-BTP", 1249, null, null, "CTPH-UBDT-BTP")],
    // State typed documents
    ["Số: 435/QĐ-UBND", parts("Số: 435/QĐ-UBND", "435/QĐ-UBND", 435, null, "QĐ", "UBND")],
    ["Số: 08/CT-CTUBND", parts("Số: 08/CT-CTUBND", "08/CT-CTUBND", 8, null, "CT", "CTUBND")],
    ["Số: 16/KH-MTTQ-BTT", parts("Số: 16/KH-MTTQ-BTT", "16/KH-MTTQ-BTT", 16, null, "KH", "MTTQ-BTT")],
    // normative: serial/year/code
    ["Số: 30/2020/NĐ-CP", parts("Số: 30/2020/NĐ-CP", "30/2020/NĐ-CP", 30, 2020, "NĐ", "CP")],
    ["Số: 45/2019/QH14", parts("Số: 45/2019/QH14", "45/2019/QH14", 45, 2019, null, "QH14")],
    ["Số: 25/2026/TT-BKHCN ", parts("Số: 25/2026/TT-BKHCN", "25/2026/TT-BKHCN", 25, 2026, "TT", "BKHCN")],
    // Party: serial-TYPE/ISSUER, spaces around "-" tolerated
    ["Số 508 -CV/QU", parts("Số 508 -CV/QU", "508-CV/QU", 508, null, "CV", "QU")],
    ["Số 788 - CV/BCSD", parts("Số 788 - CV/BCSD", "788-CV/BCSD", 788, null, "CV", "BCSD")],
    ["Số 06-CT/TW", parts("Số 06-CT/TW", "06-CT/TW", 6, null, "CT", "TW")],
    ["Số: 367 - QĐ/TWĐTN-VP", parts("Số: 367 - QĐ/TWĐTN-VP", "367-QĐ/TWĐTN-VP", 367, null, "QĐ", "TWĐTN-VP")],
    ["Số: 2430-CV/VPTW", parts("Số: 2430-CV/VPTW", "2430-CV/VPTW", 2430, null, "CV", "VPTW")],
    // the Vietnamese capitals inside a code, as Đ: "TƯ" (Trung ương); OCR's "ƯBND"
    ["Số: 35/KH-BCĐTƯ", parts("Số: 35/KH-BCĐTƯ", "35/KH-BCĐTƯ", 35, null, "KH", "BCĐTƯ")],
    ["Số 12-KH/TƯ", parts("Số 12-KH/TƯ", "12-KH/TƯ", 12, null, "KH", "TƯ")],
    ["Số: 36/KH-ƯBND", parts("Số: 36/KH-ƯBND", "36/KH-ƯBND", 36, null, "KH", "ƯBND")],
    ["Số: 05/HĐTĐKTTƯ-VP", parts("Số: 05/HĐTĐKTTƯ-VP", "05/HĐTĐKTTƯ-VP", 5, null, null, "HĐTĐKTTƯ-VP")],
    // strikethrough OCR: the caller removed "~~", a space is left before "/"
    ["Số: 10227 /VP-KGVX", parts("Số: 10227 /VP-KGVX", "10227/VP-KGVX", 10227, null, null, "VP-KGVX")],
    ["Số: ~~10227~~ /VP-KGVX", parts("Số: 10227 /VP-KGVX", "10227/VP-KGVX", 10227, null, null, "VP-KGVX")],
    ["**Số:** 12/UBND-VX", parts("Số: 12/UBND-VX", "12/UBND-VX", 12, null, null, "UBND-VX")],
    ["Số: 173/QĐ\\-BTP", parts("Số: 173/QĐ-BTP", "173/QĐ-BTP", 173, null, "QĐ", "BTP")],
    // blank numbers (signed PDFs)
    ["Số: /QĐ-UBND", parts("Số: /QĐ-UBND", "/QĐ-UBND", null, null, "QĐ", "UBND")],
    ["Số:      /KH-MTTQ-BTT", parts("Số: /KH-MTTQ-BTT", "/KH-MTTQ-BTT", null, null, "KH", "MTTQ-BTT")],
    ["Số:         /HD- MTTQ-BTT", parts("Số: /HD- MTTQ-BTT", "/HD-MTTQ-BTT", null, null, "HD", "MTTQ-BTT")],
    ["Số:  -CV/QU", parts("Số: -CV/QU", "-CV/QU", null, null, "CV", "QU")],
    ["Số: ...../QĐ-UBND", parts("Số: ...../QĐ-UBND", "/QĐ-UBND", null, null, "QĐ", "UBND")],
    // OCR slips of the label
    ["So: 12/UBND-VX", parts("So: 12/UBND-VX", "12/UBND-VX", 12, null, null, "UBND-VX")],
    ["Sô: 12/UBND-VX", parts("Sô: 12/UBND-VX", "12/UBND-VX", 12, null, null, "UBND-VX")],
    ["SỐ: 12/UBND-VX", parts("SỐ: 12/UBND-VX", "12/UBND-VX", 12, null, null, "UBND-VX")],
    ["Số : 12/UBND-VX", parts("Số : 12/UBND-VX", "12/UBND-VX", 12, null, null, "UBND-VX")],
    ["   Số: 173/QĐ-BTP", parts("Số: 173/QĐ-BTP", "173/QĐ-BTP", 173, null, "QĐ", "BTP")],
    // the number line continues with the other column or the subject
    ["Số: 4390/UBND-NLN        Lào Cai, ngày 27 tháng 5 năm 2026", parts("Số: 4390/UBND-NLN", "4390/UBND-NLN", 4390, null, null, "UBND-NLN")],
    ["Số: 3397/BKHĐT-QLKTTW V/v hướng dẫn áp dụng", parts("Số: 3397/BKHĐT-QLKTTW", "3397/BKHĐT-QLKTTW", 3397, null, null, "BKHĐT-QLKTTW")],
    ["Số: 1056/QĐ-CT Tuyên Quang, ngày 16 tháng 8 năm 2010", parts("Số: 1056/QĐ-CT", "1056/QĐ-CT", 1056, null, "QĐ", "CT")],
    ["Số: 41/2019/QĐ-UBND | Quảng Trị, ngày 22 tháng 10 năm 2019 |", parts("Số: 41/2019/QĐ-UBND", "41/2019/QĐ-UBND", 41, 2019, "QĐ", "UBND")],
    ["| Số: 08/CT-CTUBND | Vĩnh Phúc", parts("Số: 08/CT-CTUBND", "08/CT-CTUBND", 8, null, "CT", "CTUBND")],
  ])("%s", (line, expected) => {
    expect(parseNumberLine(line)).toEqual(expected);
  });

  it.each([
    ["Số: 495"], // an incoming stamp's number, no ký hiệu
    ["Số:"],
    ["Sở Y tế"],
    ["Số lượng 5 người"],
    ["Hà Nội, ngày 24 tháng 9 năm 2021"],
    ["V/v thực hiện Thông báo số 428-TB/TU"],
    ["Số: 12/Ước tính"], // a word after the serial, not a code
    [""],
  ])("not a number line: %j", (line) => {
    expect(parseNumberLine(line)).toBeNull();
  });
});

describe("numberLineEnd", () => {
  it.each([
    ["Số: 4390/UBND-NLN        Lào Cai, ngày 27 tháng 5 năm 2026", "        Lào Cai, ngày 27 tháng 5 năm 2026"],
    ["Số: 299/TTg Hà Nội, ngày 10 tháng 11 năm 1980", " Hà Nội, ngày 10 tháng 11 năm 1980"],
    ["Số 508 -CV/QU", ""],
  ])("%s", (line, rest) => {
    expect(line.slice(numberLineEnd(line))).toBe(rest);
  });

  it("is -1 for a line that is not a number line", () => {
    expect(numberLineEnd("Kính gửi: Sở Y tế")).toBe(-1);
  });
});
