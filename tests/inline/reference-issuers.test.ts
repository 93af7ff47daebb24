/** The issuer after "của": names run on through the lower-case words that belong to them. */
import { describe, expect, it } from "vitest";
import { findReferences } from "../../src/inline/references.js";
import { singleLineRun } from "../../src/text-run.js";

const issuerOf = (text: string) => findReferences(singleLineRun(1, text))[0]?.issuer ?? null;

describe("reference issuers", () => {
  it.each([
    ["Kết luận số 88-KL/TW, ngày 18/2/2014 của Bộ Chính trị về tổ chức", "Bộ Chính trị"],
    ["Quyết định số 12/QĐ-BNN của Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn về", "Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn"],
    ["Chỉ thị số 17/CT-UBND, ngày 23/7/2021 của UBND Thành phố Hà Nội và Công văn số 500-CV/QU", "UBND Thành phố Hà Nội"],
    ["Công văn số 615/KVN-PC ngày 3 tháng 4 năm 2019 của Tổng công ty Khí Việt Nam-CTCP về", "Tổng công ty Khí Việt Nam-CTCP"],
    ["Nghị quyết 68/NQ-CP ngày 01/7/2021 của Chính phủ và Quyết định số 3642/QĐ-UBND", "Chính phủ"],
    // a lower-case syllable after a capitalised one is the rest of that word
    ["công văn số 10983/TCHQ-GSQL ngày 21/11/2016 của Tổng cục Hải quan về", "Tổng cục Hải quan"],
    ["Chương trình số 1249a/CTPH-UBDT-BTP ngày 13/11/2014 của Ủy ban Dân tộc và Bộ Tư pháp.", "Ủy ban Dân tộc và Bộ Tư pháp"],
    ["Kế hoạch số 16/KH-HĐTĐKT ngày 31/8/2021 của Hội đồng Thi đua - Khen thưởng Trung ương, Ủy ban nhân dân tỉnh", "Hội đồng Thi đua - Khen thưởng Trung ương"],
    // a verb or a linking word ends the name, also in capitals
    ["Nghị định số 39/2022/NĐ-CP của Chính phủ ban hành Quy chế làm việc của Chính phủ", "Chính phủ"],
    ["CHỈ THỊ SỐ 19/CT-TTG NGÀY 16 THÁNG 7 NĂM 2021 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ VIỆC PHÁT ĐỘNG THI ĐUA THỰC HIỆN", "THỦ TƯỚNG CHÍNH PHỦ"],
    ["CÔNG VĂN SỐ 12/BTC-TCHQ CỦA BỘ TÀI CHÍNH V/V HƯỚNG DẪN THỦ TỤC", "BỘ TÀI CHÍNH"],
    ["QUYẾT ĐỊNH SỐ 12/2020/QĐ-UBND CỦA UBND TỈNH QUY ĐỊNH CHI TIẾT", "UBND TỈNH"],
    ["Quyết định số 12/QĐ-UBND của Sở quy định chế độ", "Sở"],
    ["Công văn số 5/UBND-VX của UBND tỉnh đã giao Sở Y tế", "UBND tỉnh"],
    ["Công văn số 5/BTC-VX của Bộ Tài chính - đề nghị", "Bộ Tài chính"],
    ["Công văn số 5/BCĐ-VX của Ban Chỉ đạo hướng dẫn các địa phương", "Ban Chỉ đạo"],
  ])("%s", (text, issuer) => {
    expect(issuerOf(text)).toBe(issuer);
  });
});

describe("reference issuers named before the citation", () => {
  it.each([
    ["Thực hiện ý kiến chỉ đạo của Ban Thường vụ Thành ủy tại Thông báo số 495-TB/TU ngày 20/9/2021", "Ban Thường vụ Thành ủy"],
    ["theo đề xuất của Ban cán sự đảng UBND Thành phố tại Báo cáo số 779-BC/BCSD, ngày 20/9/2021.", "Ban cán sự đảng UBND Thành phố"],
    ["ý kiến của các đơn vị tại Công văn số 12/UBND-VX", null],
  ])("%s", (text, issuer) => {
    expect(issuerOf(text)).toBe(issuer);
  });
});
