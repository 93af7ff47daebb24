/** Unicode input: UTF-8 (with or without BOM), UTF-16, line ends, NFC, look-alike Đ. */
import { describe, expect, it } from "vitest";
import { decode } from "../../src/decode/index.js";
import { bytesOf, utf8, utf8Fixtures, withLookalikesFixed } from "./fixtures.js";

const bytes = (...parts: Array<number[] | Uint8Array>) => Uint8Array.from(parts.flatMap((p) => [...p]));
const utf16le = (text: string) => new Uint8Array(Buffer.from(text, "utf16le"));
const utf16be = (text: string) => utf16le(text).map((_, i, a) => a[i ^ 1]);

describe("every UTF-8 fixture comes back unchanged apart from NFC and look-alike Đ", () => {
  it.each(utf8Fixtures())("%s", (path) => {
    const raw = bytesOf(path);
    const result = decode(raw);
    expect(result.encoding).toBe("utf-8");
    expect(result.diagnostics).toEqual([]);
    expect(result.text).toBe(withLookalikesFixed(new TextDecoder().decode(raw).normalize("NFC")));
  });
});

describe("byte-order marks", () => {
  it.each([
    ["UTF-8 BOM", bytes([0xef, 0xbb, 0xbf], utf8("Kính gửi")), "utf-8-bom"],
    ["UTF-16LE BOM", bytes([0xff, 0xfe], utf16le("Kính gửi")), "utf-16le"],
    ["UTF-16BE BOM", bytes([0xfe, 0xff], utf16be("Kính gửi")), "utf-16be"],
    ["UTF-16LE without BOM", utf16le("Kính gửi các đồng chí"), "utf-16le"],
    ["UTF-16BE without BOM", utf16be("Kính gửi các đồng chí"), "utf-16be"],
  ])("%s is stripped and read", (_, input, encoding) => {
    const result = decode(input);
    expect(result.text).toBe(encoding === "utf-8-bom" ? "Kính gửi" : input.length > 20 ? "Kính gửi các đồng chí" : "Kính gửi");
    expect(result.encoding).toBe(encoding);
  });

  it("UTF-8 with BOM is UTF-8: no encoding-converted note", () => {
    expect(decode(bytes([0xef, 0xbb, 0xbf], utf8("Số: 12"))).diagnostics).toEqual([]);
  });

  it("UTF-16 gets an encoding-converted note", () => {
    expect(decode(bytes([0xff, 0xfe], utf16le("Số: 12"))).diagnostics.map((d) => d.code)).toEqual(["encoding-converted"]);
  });
});

describe("line ends are kept exactly", () => {
  it.each([
    ["CRLF", "Số: 12\r\nHà Nội\r\n"],
    ["lone CR", "Số: 12\rHà Nội\r"],
    ["LF", "Số: 12\nHà Nội\n"],
    ["mixed", "a\r\nb\rc\n\n\r\r\nd"],
  ])("%s", (_, text) => {
    expect(decode(utf8(text)).text).toBe(text);
    expect(decode(bytes([0xff, 0xfe], utf16le(text))).text).toBe(text);
  });
});

describe("NFD → NFC", () => {
  it.each([
    ["Cộng hòa xã hội chủ nghĩa Việt Nam"],
    ["ĐẢNG CỘNG SẢN VIỆT NAM\r\nQuận ủy Hai Bà Trưng"],
    ["Thủ tướng Chính phủ"],
  ])("%s", (text) => {
    const result = decode(utf8(text.normalize("NFD")));
    expect(result.text).toBe(text.normalize("NFC"));
    expect(result.encoding).toBe("utf-8");
  });
});

describe("look-alike letters for Đ/đ inside words", () => {
  it.each([
    ["ÐẢNG CỘNG SẢN", "ĐẢNG CỘNG SẢN"], // U+00D0 Eth
    ["ƉẢNG BỘ", "ĐẢNG BỘ"], // U+0189 African D
    ["Ðộc lập - Tự do", "Độc lập - Tự do"],
    ["ðồng chí", "đồng chí"], // U+00F0 eth
    ["toàn Ðảng", "toàn Đảng"],
    ["Ð", "Ð"], // alone: not a word, left as is
    ["x = ð + 1", "x = ð + 1"],
  ])("%s → %s", (input, expected) => {
    const result = decode(utf8(input));
    expect(result.text).toBe(expected);
    expect(result.diagnostics).toEqual([]);
  });
});

describe("Unicode typed with a legacy font", () => {
  it.each([
    ["§¶NG Bé THµNH PHè Hµ NéI", "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI", "tcvn3-in-unicode"],
    ["Céng hßa x· héi chñ nghÜa ViÖt Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam", "tcvn3-in-unicode"],
    ["Q. Hai Bµ Tr\u00adng, ngµy 28 th¸ng 7 n¨m 2021", "Q. Hai Bà Trưng, ngày 28 tháng 7 năm 2021", "tcvn3-in-unicode"],
    ["ÑAÛNG BOÄ THAØNH PHOÁ HAØ NOÄI", "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI", "vni-in-unicode"],
    ["Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam", "vni-in-unicode"],
  ])("%s → %s", (input, expected, encoding) => {
    const result = decode(utf8(input));
    expect(result.text).toBe(expected);
    expect(result.encoding).toBe(encoding);
    expect(result.diagnostics[0].code).toBe("encoding-converted");
  });

  it("converts only the font-typed lines of a mixed document", () => {
    const input = "CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM\n§éc lËp - Tù do - H¹nh phóc\nKính gửi: Ủy ban nhân dân các tỉnh, thành phố\n";
    const result = decode(utf8(input));
    expect(result.text).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nKính gửi: Ủy ban nhân dân các tỉnh, thành phố\n");
    expect(result.diagnostics[0].message).toContain("2 line(s)");
  });

  it.each([
    ["French café crème brûlée"],
    ["Hà Nội, ngày 5 tháng 6 năm 2024"],
    ["Bé Tí"],
    ["© 2024 Công ty ABC ®"],
  ])("leaves real Unicode alone: %s", (text) => {
    expect(decode(utf8(text)).text).toBe(text);
    expect(decode(utf8(text)).encoding).toBe("utf-8");
  });
});
