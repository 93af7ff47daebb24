import { describe, expect, it } from "vitest";
import { FoldedText, foldChars, foldKey, stripDiacritics } from "../../src/inline/fold.js";

describe("foldKey", () => {
  it.each([
    ["Uỷ ban", "Ủy ban"],
    ["HOÀ BÌNH", "hòa bình"],
    ["Thoả thuận", "thỏa thuận"],
    ["khoẻ", "khỏe"],
    ["Thuý", "thúy"],
    ["ÐẢNG", "đảng"],
    ["ƉẢNG", "Đảng"],
    ["Thông  báo\t số", "thông báo số"],
    ["Thông báo".normalize("NFD"), "thông báo"],
  ])("%s ≡ %s", (a, b) => {
    expect(foldKey(a)).toBe(foldKey(b));
  });

  it("lower-cases, trims and collapses spaces", () => {
    expect(foldKey("  CỘNG HOÀ   XÃ HỘI ")).toBe("cộng hòa xã hội");
  });
});

describe("foldChars", () => {
  it.each([["Thông báo Số"], ["UỶ BAN HOÀ"], ["ÐẢNG"], ["a İ b"], ["😀 Hà Nội"]])("keeps the length of %s", (s) => {
    expect(foldChars(s)).toHaveLength(s.length);
  });

  it("folds like foldKey without touching spaces", () => {
    expect(foldChars("Uỷ  Ban")).toBe("ủy  ban");
  });

  it.each([
    ["hoá hoà hoả hoã hoạ", "hóa hòa hỏa hõa họa"],
    ["khoé khoè khoẻ khoẽ khoẹ", "khóe khòe khỏe khõe khọe"],
    ["thuý thuỳ thuỷ thuỹ thuỵ", "thúy thùy thủy thũy thụy"],
    ["ÐẢNG ƉẢNG ðồng ɖồng", "đảng đảng đồng đồng"],
    ["quý hoàn uá oý", "qúy hòan uá oý"], // a pair folds wherever it stands (a key, not a spelling); "uá", "oý" are no pairs
  ])("one tone placement and one đ: %s → %s", (s, out) => {
    expect(foldChars(s)).toBe(out);
  });
});

describe("stripDiacritics", () => {
  it.each([
    ["Thông báo", "Thong bao"],
    ["ĐẢNG CỘNG SẢN", "DANG CONG SAN"],
    ["Ủy ban", "Uy ban"],
    ["đ", "d"],
  ])("%s → %s", (s, out) => {
    expect(stripDiacritics(s)).toBe(out);
  });
});

describe("FoldedText", () => {
  it("folds a slice as foldChars does, whether the whole text was folded or not", () => {
    // every slice, many times over the same text: the whole text gets folded once on the way
    // (not the second: its "Σ" and "İ" are folded slice by slice)
    for (const text of ["Thông báo kết luận số 428 hoà giải Uỷ ban ðến THUỶ hoà", "ỦY BAN ΣΟΦΙΑΣ İstanbul hoà"]) {
      const folded = new FoldedText(text);
      for (let from = 0; from <= text.length; from++)
        for (let to = from; to <= text.length + 2; to++) expect(folded.fold(from, to)).toBe(foldChars(text.slice(from, to)));
    }
  });

  it("folds a tone pair cut in two as its halves alone", () => {
    const folded = new FoldedText("hoà ".repeat(20));
    folded.fold(0, 80); // folded whole from here on
    expect(folded.fold(2, 4)).toBe("à ");
    expect(folded.fold(0, 2)).toBe("ho");
  });
});
