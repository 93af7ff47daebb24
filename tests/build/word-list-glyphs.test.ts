/**
 * Word's "Save as plain text" writes a bulleted list item as the bullet's glyph code, then a tab
 * ("·⇥", U+F0B7, "o⇥" for the second level, "§⇥" …): the items and the Nơi nhận entries are
 * read as "-" / "+" items, in the body and in the footer table alike.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";

const doc = (bullet: string, second: string) =>
  [
    "HỘI NÔNG DÂN VIỆT NAM\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "BCH HỘI NÔNG DÂN TỈNH AN GIANG\tĐộc lập - Tự do - Hạnh phúc",
    "Số: 215-KH/HNDT\tAn Giang, ngày 14 tháng 7 năm 2025",
    "",
    "KẾ HOẠCH",
    "Tổ chức tập huấn chuyển đổi số năm 2025",
    "",
    "I. MỤC ĐÍCH, YÊU CẦU",
    `${bullet}Nâng cao kỹ năng sử dụng nền tảng số cho cán bộ Hội.`,
    `${bullet}Bảo đảm thiết thực, hiệu quả, tiết kiệm.`,
    "II. NỘI DUNG",
    "1.\tTập huấn cấp xã",
    `${bullet}Hội Nông dân các xã, phường tổ chức tập huấn cho chi hội trưởng:`,
    `${second}Lớp 1: trước ngày 15/9/2025;`,
    `${second}Lớp 2: trước ngày 15/10/2025.`,
    `${bullet}Văn phòng Hội Nông dân tỉnh bảo đảm kinh phí.`,
    "",
    "Nơi nhận:\tTM. BAN THƯỜNG VỤ",
    `${bullet}TW Hội NDVN (b/c);\tKT. CHỦ TỊCH`,
    `${bullet}Ban Dân vận Tỉnh ủy (b/c);\tPHÓ CHỦ TỊCH`,
    `${bullet}Hội ND các xã, phường;\t`,
    `${bullet}Lưu: VT, KT-XH.\t`,
    "\t",
    "\tChâu Văn Thành",
  ].join("\n");

describe("Word's list glyphs", () => {
  it.each([
    ["Symbol bullet and a tab", "·\t", "o\t"],
    ["private-use Symbol bullet", "\uf0b7\t", "o\t"],
    ["bullet and spaces", "·    ", "o    "],
    ["bullet and one space (the level below with a tab)", "· ", "o\t"],
    ["private-use bullet and one space", "\uf0b7 ", "o\t"],
    ["Wingdings square", "§\t", "o\t"],
    ["Unicode bullets (a Google Docs copy)", "● ", "○ "],
    ["Unicode bullets and a tab", "▪\t", "◦\t"],
    ["the dash Word writes for a dash list (unchanged)", "-\t", "+\t"],
  ])("%s", (_name, bullet, second) => {
    const [d] = parse(doc(bullet, second)).documents;
    const [i, ii] = d.clauses;
    expect(i.items.map((c) => c.marker)).toEqual(["-", "-"]);
    expect(i.items[0].text).toBe("Nâng cao kỹ năng sử dụng nền tảng số cho cán bộ Hội.");
    const [one] = ii.items;
    expect(one.items.map((c) => [c.marker, c.items.map((s) => s.marker)])).toEqual([["-", ["+", "+"]], ["-", []]]);
    expect(d.recipients.map((r) => r.text)).toEqual(["TW Hội NDVN", "Ban Dân vận Tỉnh ủy", "Hội ND các xã, phường"]);
    expect(d.archive).toEqual(["VT", "KT-XH"]);
    expect(d.signatures[0].name).toBe("Châu Văn Thành");
    expect(d.tasks.map((t) => t.lead?.[0]?.text ?? null)).toContain("Văn phòng Hội Nông dân tỉnh");
  });
});
