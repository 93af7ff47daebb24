/** The TCVN3 and VNI tables, byte by byte, as specification. */
import { describe, expect, it } from "vitest";
import { decodeTcvn3, decodeVni, encodeTcvn3, encodeVni, fromTcvn3Font, fromVniFont } from "../../src/decode/index.js";

const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).toUpperCase().padStart(2, "0")).join(" ");

describe("TCVN3 (ABC)", () => {
  it.each([
    ["Cộng", "43 E9 6E 67"],
    ["Trưng", "54 72 AD 6E 67"],
    ["Đảng", "A7 B6 6E 67"],
    ["ĐẢNG", "A7 B6 4E 47"], // no capital Ả: UniKey writes the lower-case code
    ["Ăn Âu Ê Ô Ơ Ư", "A1 6E 20 A2 75 20 A3 20 A4 20 A5 20 A6"],
    ["“ngày”", "93 6E 67 B5 79 94"],
    ["Ω", "3F"],
  ])("%s ↔ %s", (text, bytes) => {
    expect(hex(encodeTcvn3(text))).toBe(bytes);
  });

  it("every letter of the table decodes back", () => {
    const letters = "ĂÂÊÔƠƯĐăâêôơưđàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ";
    expect(decodeTcvn3(encodeTcvn3(letters))).toBe(letters);
  });

  it.each([
    ["§¶NG Bé THµNH PHè", "ĐảNG Bộ THàNH PHố"],
    ["Céng hßa x· héi", "Cộng hòa xã hội"],
    ["H¹nh phóc €", "Hạnh phúc €"],
  ])("font text %s → %s", (input, expected) => {
    expect(fromTcvn3Font(input)).toBe(expected);
  });
});

describe("VNI-Windows", () => {
  it.each([
    ["Cộng", "43 6F E4 6E 67"],
    ["Trường", "54 72 F6 F4 F8 6E 67"],
    ["ĐẢNG", "D1 41 DB 4E 47"],
    ["Việt", "56 69 65 E4 74"],
    ["sỹ quỹ Uỷ", "73 79 F5 20 71 75 79 F5 20 55 79 FB"], // y + mark, not 0xEB/0xEC
    ["nghĩa ị ỵ", "6E 67 68 F3 61 20 F2 20 EE"],
    ["ăn ằ ẵ", "61 EA 6E 20 61 E8 20 61 FC"],
    ["“ngày”", "93 6E 67 61 F8 79 94"],
  ])("%s ↔ %s", (text, bytes) => {
    expect(hex(encodeVni(text))).toBe(bytes);
    expect(decodeVni(encodeVni(text))).toBe(text);
  });

  it("every Vietnamese letter round-trips", () => {
    const lower = "aàảãáạăằẳẵắặâầẩẫấậđeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵ";
    const letters = lower + lower.toUpperCase();
    expect(decodeVni(encodeVni(letters))).toBe(letters);
  });

  it.each([
    ["ÑAÛNG BOÄ THAØNH PHOÁ", "ĐẢNG BỘ THÀNH PHỐ"],
    ["Tröôøng", "Trường"],
    ["Coäng hoøa xaõ hoäi", "Cộng hòa xã hội"],
  ])("font text %s → %s", (input, expected) => {
    expect(fromVniFont(input)).toBe(expected);
  });
});
