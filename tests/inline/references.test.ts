import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findReferences } from "../../src/inline/references.js";
import { joinRun, singleLineRun } from "../../src/text-run.js";

/** The reference fields that matter in a table: [text, kind, number, date iso, issuer]. */
const refsOf = (line: string, year = 2021) =>
  findReferences(singleLineRun(1, line), { year }).map((r) => [r.text, r.kind, r.number, r.date?.iso ?? null, r.issuer]);

describe("findReferences", () => {
  it.each([
    ["Thực hiện Thông báo số 428-TB/TU, ngày 27/7/2021 kết luận của Thường trực", [
      ["Thông báo số 428-TB/TU, ngày 27/7/2021", "Thông báo", "428-TB/TU", "2021-07-27", null],
    ]],
    ["triển khai thực hiện Thông báo kết luận số 420-TB/TU, ngày 23/7/2021, Công văn số 177-CV/TU, ngày 23/7/2021 của Ban Thường vụ Thành ủy, Chỉ thị số 17/CT-UBND, ngày 23/7/2021 của UBND Thành phố Hà Nội.", [
      ["Thông báo kết luận số 420-TB/TU, ngày 23/7/2021", "Thông báo", "420-TB/TU", "2021-07-23", null],
      ["Công văn số 177-CV/TU, ngày 23/7/2021 của Ban Thường vụ Thành ủy", "Công văn", "177-CV/TU", "2021-07-23", "Ban Thường vụ Thành ủy"],
      ["Chỉ thị số 17/CT-UBND, ngày 23/7/2021 của UBND Thành phố Hà Nội", "Chỉ thị", "17/CT-UBND", "2021-07-23", "UBND Thành phố Hà Nội"],
    ]],
    ["(Nghị quyết số 30/2021/QH15 ngày 28/7/2021 của Quốc hội, các Nghị quyết số 86/NQ-CP ngày 06/8/2021, số 105/NQ-CP ngày 09/9/2021 của Chính phủ và các Công điện", [
      ["Nghị quyết số 30/2021/QH15 ngày 28/7/2021 của Quốc hội", "Nghị quyết", "30/2021/QH15", "2021-07-28", "Quốc hội"],
      ["Nghị quyết số 86/NQ-CP ngày 06/8/2021", "Nghị quyết", "86/NQ-CP", "2021-08-06", null],
      ["số 105/NQ-CP ngày 09/9/2021 của Chính phủ", "Nghị quyết", "105/NQ-CP", "2021-09-09", "Chính phủ"],
    ]],
    ["thực hiện nghiêm túc, hiệu quả Nghị quyết 68/NQ-CP ngày 01/7/2021 của Chính phủ và Quyết định số 3642/QĐ-UBND, ngày 21/2/2021 của UBND Thành phố Hà Nội về việc", [
      ["Nghị quyết 68/NQ-CP ngày 01/7/2021 của Chính phủ", "Nghị quyết", "68/NQ-CP", "2021-07-01", "Chính phủ"],
      ["Quyết định số 3642/QĐ-UBND, ngày 21/2/2021 của UBND Thành phố Hà Nội", "Quyết định", "3642/QĐ-UBND", "2021-02-21", "UBND Thành phố Hà Nội"],
    ]],
    ["chỉ đạo của Thủ tướng Chính phủ tại văn bản số 6324/VPCP-KGVX ngày 10/9/2021, báo cáo UBND Thành phố.", [
      ["văn bản số 6324/VPCP-KGVX ngày 10/9/2021", "văn bản", "6324/VPCP-KGVX", "2021-09-10", "Thủ tướng Chính phủ"], // named before "tại"
    ]],
    ["tham gia các đoàn kiểm tra theo Quyết định 1103-QĐ/TU của Ban Thường vụ Thành ủy kiểm tra công tác", [
      ["Quyết định 1103-QĐ/TU của Ban Thường vụ Thành ủy", "Quyết định", "1103-QĐ/TU", null, "Ban Thường vụ Thành ủy"],
    ]],
    ["Kế hoạch số 206/KH-UBND ngày 08/9/2021 của UBND Thành phố), các cấp", [
      ["Kế hoạch số 206/KH-UBND ngày 08/9/2021 của UBND Thành phố", "Kế hoạch", "206/KH-UBND", "2021-09-08", "UBND Thành phố"],
    ]],
    // the Vietnamese capitals inside a code, as Đ (Trung ương: "TƯ")
    ["Thực hiện Kế hoạch số 35/KH-BCĐTƯATTP ngày 20/01/2026 của Ban Chỉ đạo, Ủy ban", [
      ["Kế hoạch số 35/KH-BCĐTƯATTP ngày 20/01/2026 của Ban Chỉ đạo", "Kế hoạch", "35/KH-BCĐTƯATTP", "2026-01-20", "Ban Chỉ đạo"],
    ]],
    ["theo Kế hoạch số 12-KH/TƯ, ngày 03/02/2021 và Công văn số 36/UBND-VP ngày 4/2/2021", [
      ["Kế hoạch số 12-KH/TƯ, ngày 03/02/2021", "Kế hoạch", "12-KH/TƯ", "2021-02-03", null],
      ["Công văn số 36/UBND-VP ngày 4/2/2021", "Công văn", "36/UBND-VP", "2021-02-04", null],
    ]],
    ["theo đề xuất tại Báo cáo số 779-BC/BCSD, ngày 20/9/2021. Phương án", [
      ["Báo cáo số 779-BC/BCSD, ngày 20/9/2021", "Báo cáo", "779-BC/BCSD", "2021-09-20", null],
    ]],
    ["Căn cứ Luật số 45/2019/QH14; Nghị định số 30/2020/NĐ-CP; Thông tư 01/2011/TT-BNV", [
      ["Luật số 45/2019/QH14", "Luật", "45/2019/QH14", null, null],
      ["Nghị định số 30/2020/NĐ-CP", "Nghị định", "30/2020/NĐ-CP", null, null],
      ["Thông tư 01/2011/TT-BNV", "Thông tư", "01/2011/TT-BNV", null, null],
    ]],
    ["theo Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ. Để giữ", [
      ["Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ", "Chỉ thị", "16/CT-TTg", "2020-03-31", "Thủ tướng Chính phủ"],
    ]],
    ["Nghị định số 09/2019/NĐ-CP ngày 24 tháng 01 năm 2019 của Chính phủ quy định", [
      ["Nghị định số 09/2019/NĐ-CP ngày 24 tháng 01 năm 2019 của Chính phủ", "Nghị định", "09/2019/NĐ-CP", "2019-01-24", "Chính phủ"],
    ]],
    ["Nghị quyết liên tịch số 102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN ngày 26/9/2025", [
      ["Nghị quyết liên tịch số 102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN ngày 26/9/2025", "Nghị quyết liên tịch", "102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN", "2025-09-26", null],
    ]],
    ["Chỉ thị số 37- CT/TW ngày 03 tháng 9 năm 2019 của Ban Bí thư Trung ương Đảng về", [
      ["Chỉ thị số 37- CT/TW ngày 03 tháng 9 năm 2019 của Ban Bí thư Trung ương Đảng", "Chỉ thị", "37-CT/TW", "2019-09-03", "Ban Bí thư Trung ương Đảng"],
    ]],
    ["ban hành kèm theo Quyết định số 84 QĐ/TWĐTN ngày 22/02/2013", [
      ["Quyết định số 84 QĐ/TWĐTN ngày 22/02/2013", "Quyết định", "84-QĐ/TWĐTN", "2013-02-22", null],
    ]],
    ["theo Quyết định 201-CP ngày 01 tháng 7 năm 1980 của Hội đồng Chính phủ,", [
      ["Quyết định 201-CP ngày 01 tháng 7 năm 1980 của Hội đồng Chính phủ", "Quyết định", "201-CP", "1980-07-01", "Hội đồng Chính phủ"],
    ]],
    ["Kế hoạch số 740/KH-UBND  ngày 28 tháng 3 năm 2018 về triển khai", [
      ["Kế hoạch số 740/KH-UBND ngày 28 tháng 3 năm 2018", "Kế hoạch", "740/KH-UBND", "2018-03-28", null],
    ]],
    ["Chỉ thị số 17/CT\\-UBND,", [["Chỉ thị số 17/CT\\-UBND", "Chỉ thị", "17/CT-UBND", null, null]]],
    ["(công văn số 1033/PTM-SMEngày 15 tháng 4 năm 2009), Phó Thủ tướng", [
      ["công văn số 1033/PTM-SMEngày 15 tháng 4 năm 2009", "công văn", "1033/PTM-SME", "2009-04-15", null],
    ]],
    ["CHỈ THỊ SỐ 37-CT/TW NGÀY 03 THÁNG 9 NĂM 2019", [
      ["CHỈ THỊ SỐ 37-CT/TW NGÀY 03 THÁNG 9 NĂM 2019", "CHỈ THỊ", "37-CT/TW", "2019-09-03", null],
    ]],
    ["Quyết định số: 1056/QĐ-CT", [["Quyết định số: 1056/QĐ-CT", "Quyết định", "1056/QĐ-CT", null, null]]],
    ["Thông tư liên tịch số 14/2014/TTLT-BTP-TANDTC", [
      ["Thông tư liên tịch số 14/2014/TTLT-BTP-TANDTC", "Thông tư liên tịch", "14/2014/TTLT-BTP-TANDTC", null, null],
    ]],
    ["theo Uỷ ban nhân dân, Quyết định số 435/QĐ-UBND", [
      ["Quyết định số 435/QĐ-UBND", "Quyết định", "435/QĐ-UBND", null, null],
    ]],
    // bare numbers with a code
    ["đối tượng theo 86/NQ-CP và 105/NQ-CP", [
      ["86/NQ-CP", null, "86/NQ-CP", null, null],
      ["105/NQ-CP", null, "105/NQ-CP", null, null],
    ]],
    // kind + date, no number
    ["chỉ đạo của Thường trực Ban Bí thư Trung ương Đảng tại Điện ngày 21/7/2021, Ban Thường vụ", [
      ["Điện ngày 21/7/2021", "Điện", null, "2021-07-21", null],
    ]],
    ["theo Công điện ngày 24 tháng 7 năm 2021 của Thủ tướng Chính phủ về", [
      ["Công điện ngày 24 tháng 7 năm 2021 của Thủ tướng Chính phủ", "Công điện", null, "2021-07-24", "Thủ tướng Chính phủ"],
    ]],
    // a letter suffix on the serial
    ["Căn cứ Chương trình số 1249a/CTPH-UBDT-BTP ngày 13/11/2014 về phối hợp công tác", [
      ["Chương trình số 1249a/CTPH-UBDT-BTP ngày 13/11/2014", "Chương trình", "1249a/CTPH-UBDT-BTP", "2014-11-13", null],
    ]],
    // "mẫu" then a linking or type word: the form is defined in a cited document
    ["theo mẫu tại Thông tư 38/2015/TT-BTC ngày 25/3/2015", [
      ["Thông tư 38/2015/TT-BTC ngày 25/3/2015", "Thông tư", "38/2015/TT-BTC", "2015-03-25", null],
    ]],
  ])("%s", (line, expected) => {
    expect(refsOf(line)).toEqual(expected);
  });

  it("spells one number one way: a code in an upper-case title takes the case printed elsewhere", () => {
    const run = joinRun([[22, "THỰC HIỆN CHỈ THỊ SỐ 19/CT-TTG NGÀY 16 THÁNG 7 NĂM 2021"], [24, "Thực hiện Chỉ thị số 19/CT-TTg ngày 16/7/2021"]]);
    expect(findReferences(run).map((r) => r.number)).toEqual(["19/CT-TTg", "19/CT-TTg"]);
    const alone = joinRun([[1, "THỰC HIỆN CHỈ THỊ SỐ 19/CT-TTG NGÀY 16 THÁNG 7 NĂM 2021"]]);
    expect(findReferences(alone).map((r) => r.number)).toEqual(["19/CT-TTG"]); // nothing to learn the case from
  });

  it("does not join a serial to a code across a paragraph break, only across a wrapped line", () => {
    const table = joinRun([[60, "Quy trình nội bộ tục hành chính 18"], [62, "/QĐ-UBND ngày / / 2025 của Chủ tịch"]]);
    expect(findReferences(table, { year: 2025 })).toEqual([]);
    const wrapped = joinRun([[7, "thực hiện Quyết định số 1234"], [8, "/QĐ-UBND ngày 02/3/2025 của UBND tỉnh"]]);
    expect(findReferences(wrapped, { year: 2025 }).map((r) => r.number)).toEqual(["1234/QĐ-UBND"]);
  });

  it.each([
    ["Kết quả: Biên bản Hội nghị hiệp thương lần thứ nhất (Mẫu số 01 và 02/HNMT)."],
    ["lập biên bản (theo mẫu số 06/BBKP gửi kèm theo)"],
    ["Mau số 06/BBKPHN"],
    ["xét nghiệm tầm soát 2-3 ngày/lần ở các điểm"],
    ["biểu quyết 100% (14/14/16 đồng chí có mặt)"],
    ["ngày 24/7/2021"],
    ["dịch Covid-19/SARS"],
    ["Quốc lộ 5 - Hải Phòng, Vùng 1-Nam Bộ, ô 12/Ban"],
    ["CÔNG BÁO/Số 286/Ngày 15-6-2026"],
    ["18-11-KH thuc hien cong tac bau cu.docx"],
    ["tại 2 QĐ/năm"],
    ["dự báo 12/Ước tính năm"],
    ["Ban Thường vụ Thành ủy họp ngày 26/5/2021, nghe"],
    ["tổ chức Kỳ họp chuyên đề ngày 24/7/2021 về công tác"],
    ["Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025"],
    ["văn bản ngày 21/7/2021"], // a lower-case type word without a number is not a citation
    ["mã F0/QĐ-UBND"],
    ["theo quy định tại mẫu Bản kê 21/BKTrC/GSQL ban hành kèm Phụ lục 5"], // a form's code
    ["khai theo mẫu Tờ khai 01/TK-GSQL"],
  ])("no reference: %s", (line) => {
    expect(refsOf(line)).toEqual([]);
  });

  it("stops a code before a bullet of the next line", () => {
    const run = joinRun([[1, "Quyết định số 291/2006/QĐ-UBDT"], [2, "- UBND các tỉnh"]]);
    expect(findReferences(run).map((r) => r.number)).toEqual(["291/2006/QĐ-UBDT"]);
  });

  it("gives the source lines of a reference split over lines", () => {
    const run = joinRun([
      [12, "V/v thực hiện Thông báo số 428-TB/TU,"],
      [13, "ngày 27/7/2021 kết luận của Thường trực"],
    ]);
    expect(findReferences(run)).toEqual([
      {
        text: "Thông báo số 428-TB/TU, ngày 27/7/2021",
        kind: "Thông báo",
        number: "428-TB/TU",
        date: { text: "27/7/2021", iso: "2021-07-27", lines: [13, 13] },
        issuer: null,
        lines: [12, 13],
      },
    ]);
  });

  it("stops an issuer at the next block", () => {
    const run = joinRun([[67, "Thông báo số 495-TB/TU của"], [68, "Ban Thường vụ Thành ủy"], [70, "Kính gửi: Các đồng chí"]]);
    expect(findReferences(run).map((r) => r.issuer)).toEqual(["Ban Thường vụ Thành ủy"]);
  });
});

/** A file read as one run, markdown marks a caller would strip removed. */
function fileRun(path: string) {
  const text = readFileSync(path, "utf8").normalize("NFC");
  return joinRun(text.split(/\r\n?|\n/).map((line, i) => [i + 1, line.replace(/\*\*|~~|\\/g, "")] as const));
}

function keyReferences(keyPath: string): string[] {
  const key = JSON.parse(readFileSync(keyPath, "utf8")) as { documents: Array<{ references?: string[] }> };
  return [...new Set(key.documents.flatMap((d) => d.references ?? []))];
}

const keyed = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".key.json"))
    .map((f) => [f.replace(".key.json", ""), join(dir, f)] as const)
    .map(([stem, key]) => {
      const source = readdirSync(dir).find((f) => f.startsWith(`${stem}.`) && /\.(txt|md)$/.test(f));
      return [stem, source ? join(dir, source) : null, key] as const;
    })
    .filter((entry): entry is readonly [string, string, string] => entry[1] !== null);

describe.each([["fixtures/seeds"], ["fixtures/corpus"]])("every key reference of %s is found", (dir) => {
  it.each(keyed(dir))("%s", (_stem, source, key) => {
    const found = new Set(findReferences(fileRun(source), { year: 2021 }).map((r) => r.number));
    const missing = keyReferences(key).filter((n) => !found.has(n));
    expect(missing).toEqual([]);
  });
});

describe("findReferences: the kind is the type word that opens the cited title", () => {
  const kindOf = (line: string) => refsOf(line).map(([text, kind]) => [text, kind]);
  it.each([
    ["Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;", [["Luật Tổ chức Chính phủ số 63/2025/QH15", "Luật"]]],
    ["Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15", [["Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15", "Luật"]]],
    ["Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14;", [["Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14", "Pháp lệnh"]]],
    // a comma inside the title, when the number confirms the type (QH → Luật)
    ["Căn cứ Luật Chất lượng sản phẩm, hàng hóa số 05/2007/QH12;", [["Luật Chất lượng sản phẩm, hàng hóa số 05/2007/QH12", "Luật"]]],
    ["theo Biên bản họp thẩm định giá số 1400/BB-BYT ngày 28/10/2024", [["Biên bản họp thẩm định giá số 1400/BB-BYT ngày 28/10/2024", "Biên bản"]]],
    // negatives: the type word right before "số" still wins; no opener across a link, a comma or a mismatched code
    ["Thực hiện Kế hoạch của tỉnh tại công văn số 12/UBND-VX", [["công văn số 12/UBND-VX", "công văn"]]],
    ["Thực hiện Kế hoạch Phòng chống dịch, số 12/UBND-VX", [["số 12/UBND-VX", null]]],
    ["theo Công văn Trả lời cử tri số 45/2019/QH14", [["số 45/2019/QH14", null]]],
    ["theo Quyết định phê duyệt kinh phí số 12/UBND-VX", [["số 12/UBND-VX", null]]],
    ["theo Quyết định phê duyệt kinh phí số 12/QĐ-UBND", [["Quyết định phê duyệt kinh phí số 12/QĐ-UBND", "Quyết định"]]],
  ])("%s", (line, expected) => {
    expect(kindOf(line)).toEqual(expected);
  });
});
