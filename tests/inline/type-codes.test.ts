import { describe, expect, it } from "vitest";
import { canonicalTypeCode, isTypeCode, TYPE_NAMES, typeCodeFor, typeNameAt, typeNameOf, typeNamesForNumber } from "../../src/inline/type-codes.js";

describe("typeCodeFor", () => {
  it.each([
    ["THÔNG BÁO", "state", "TB"],
    ["THÔNG BÁO", "party", "TB"],
    ["CÔNG VĂN", "state", null],
    ["CÔNG VĂN", "party", "CV"],
    ["CHỈ THỊ", "state", "CT"],
    ["QUYẾT ĐỊNH", "party", "QĐ"],
    ["KẾ HOẠCH", "state", "KH"],
    ["NGHỊ QUYẾT", "state", "NQ"],
    ["KẾT LUẬN", "party", "KL"],
    ["CÔNG ĐIỆN", "state", "CĐ"],
    ["GIẤY MỜI", "state", "GM"],
    ["THÔNG TƯ", "state", "TT"],
    ["THÔNG TƯ LIÊN TỊCH", "state", "TTLT"],
    ["NGHỊ ĐỊNH", "state", "NĐ"],
    ["HƯỚNG DẪN", "party", "HD"],
    ["QUY ĐỊNH", "state", "QyĐ"],
    ["QUY ĐỊNH", "party", "QĐi"],
    ["TỜ TRÌNH", "state", "TTr"],
    ["BÁO CÁO", "party", "BC"],
    ["CHƯƠNG TRÌNH", "party", "CTr"],
    ["THÔNG TRI", "party", "TT"],
    ["QUY CHẾ", "state", "QC"],
    ["BẢN THỎA THUẬN", "state", "BTT"],
    ["GIẤY ỦY QUYỀN", "state", "GUQ"],
    ["LUẬT", "state", null],
    // no system: State first, then Party
    ["KẾT LUẬN", null, "KL"],
    ["THÔNG TRI", null, "TT"],
    ["CÔNG VĂN", null, null],
    ["QUY ĐỊNH", null, "QyĐ"],
    // tolerant spelling
    ["Thông báo", "state", "TB"],
    ["THÔNG  BÁO", "state", "TB"],
    ["THÔNG BÁO".normalize("NFD"), "state", "TB"],
    ["BẢN THOẢ THUẬN", "state", "BTT"],
    ["GIẤY UỶ QUYỀN", "state", "GUQ"],
    ["THONG BAO", "state", "TB"],
    ["THÔNG BẢO", "state", "TB"],
    ["**THÔNG BÁO**", "state", "TB"],
    ["CHỈ THỊ MỚI", "state", null],
    ["ỦY BAN NHÂN DÂN", "state", null],
  ] as const)("%s (%s) → %s", (name, system, code) => {
    expect(typeCodeFor(name, system)).toBe(code);
  });
});

describe("typeNameOf", () => {
  it.each([
    ["THÔNG BÁO", "THÔNG BÁO"],
    ["Công văn", "CÔNG VĂN"],
    ["CONG DIEN", "CÔNG ĐIỆN"],
    ["QUYÉT ĐỊNH", "QUYẾT ĐỊNH"],
    ["NGHI QUYET", "NGHỊ QUYẾT"],
    ["THÔNG TU", "THÔNG TƯ"],
    ["KÍNH GỬI", null],
    ["ĐỀ ÁN", "ĐỀ ÁN"],
    ["DỰ ÁN", "DỰ ÁN"],
  ])("%s → %s", (text, name) => {
    expect(typeNameOf(text)).toBe(name);
  });

  it("lists every type name once, as printed", () => {
    expect(new Set(TYPE_NAMES).size).toBe(TYPE_NAMES.length);
    expect(TYPE_NAMES).toContain("THÔNG BÁO");
    expect(TYPE_NAMES).toContain("KẾT LUẬN");
    expect(TYPE_NAMES).toContain("CÔNG VĂN");
  });
});

describe("isTypeCode / canonicalTypeCode", () => {
  it.each([
    ["QĐ", "QĐ"], ["QÐ", "QĐ"], ["NĐ", "NĐ"], ["TB", "TB"], ["CV", "CV"], ["QyĐ", "QyĐ"], ["QĐi", "QĐi"],
    ["CTr", "CTr"], ["CTR", "CTr"], ["TTLT", "TTLT"], ["NQLT", "NQLT"], ["KL", "KL"],
    ["UBND", null], ["VP", null], ["TTg", null], ["QH14", null], ["Ctr", null],
  ])("%s → %s", (segment, code) => {
    expect(canonicalTypeCode(segment)).toBe(code);
    expect(isTypeCode(segment)).toBe(code !== null);
  });
});

describe("typeNameAt", () => {
  it.each([
    ["THÔNG BÁO", { name: "THÔNG BÁO", end: 9 }],
    ["THÔNG BÁO**Kết luận của Ban Thường vụ", { name: "THÔNG BÁO", end: 9 }],
    ["QUYẾT ĐỊNHVề việc ban hành", { name: "QUYẾT ĐỊNH", end: 10 }],
    [" THÔNG BÁO", { name: "THÔNG BÁO", end: 10 }],
    ["THÔNG TƯ LIÊN TỊCH Hướng dẫn", { name: "THÔNG TƯ LIÊN TỊCH", end: 18 }],
    ["CHỈ THỊ VỀ CÔNG TÁC ĐO ĐẠC", { name: "CHỈ THỊ", end: 7 }],
    ["THONG BAO KET LUAN", { name: "THÔNG BÁO", end: 9 }],
    ["THÔNG BÁOX", null],
    ["Kế hoạchs", null],
    ["ỦY BAN NHÂN DÂN", null],
    ["", null],
  ])("%s", (text, expected) => {
    expect(typeNameAt(text)).toEqual(expected);
  });
});

describe("typeNamesForNumber", () => {
  // kept per code: asked again, in another order, each code still gets its own names
  const cases = [
    ["NĐ", null, ["NGHỊ ĐỊNH"]],
    ["TT", null, ["THÔNG TƯ", "THÔNG TRI"]],
    ["QĐ", null, ["QUYẾT ĐỊNH"]],
    ["QÐ", null, ["QUYẾT ĐỊNH"]],
    ["CV", null, ["CÔNG VĂN"]],
    [null, "QH15", ["LUẬT", "NGHỊ QUYẾT"]],
    [null, "UBTVQH14", ["PHÁP LỆNH", "NGHỊ QUYẾT"]],
    [null, "VPCP-KGVX", null],
  ] as const;
  it.each([...cases, ...[...cases].reverse()])("%s %s → %j", (typeCode, issuerCode, names) => {
    expect(typeNamesForNumber(typeCode, issuerCode)).toEqual(names);
  });

  it("a code of no type: the names that have no code in one of the systems", () => {
    for (let n = 0; n < 2; n++) {
      const names = typeNamesForNumber("UBND", null);
      expect(names).toContain("CÔNG VĂN");
      expect(names).toContain("LUẬT");
      expect(names).not.toContain("QUYẾT ĐỊNH");
      expect(typeNamesForNumber("TT", null)).toEqual(["THÔNG TƯ", "THÔNG TRI"]);
    }
  });
});
