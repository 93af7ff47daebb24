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
