import { describe, expect, it } from "vitest";
import { asciiFold } from "../../src/lines/ascii-fold.js";
import { sniffMarkup, toLines } from "../../src/lines/index.js";
import { tidy } from "../../src/lines/tidy.js";

const texts = (s: string, markup: "plain" | "markdown" = "markdown") => toLines(s, markup).map((l) => l.text);

describe("toLines: one Line per source line", () => {
  it.each([
    ["LF", "a\nb\nc", 3],
    ["CRLF", "a\r\nb\r\nc", 3],
    ["lone CR (OCR)", "a\rb\rc", 3],
    ["trailing newline", "a\nb\n", 2],
    ["blank lines kept", "a\n\n\nb", 4],
  ])("%s", (_name, input, count) => {
    expect(toLines(input, "plain")).toHaveLength(count);
  });

  it("numbers lines from 1 and marks the line after a blank", () => {
    const lines = toLines("a\n\nb\nc", "plain");
    expect(lines.map((l) => [l.n, l.blankBefore])).toEqual([[1, true], [2, false], [3, true], [4, false]]);
  });

  it("plain text: whitespace collapsed and trimmed, NFC, marks kept", () => {
    expect(texts("  Số:\t10227  /VP \n**x**", "plain")).toEqual(["Số: 10227 /VP", "**x**"]);
    expect(texts("Ho\u0300a", "plain")).toEqual(["Hòa"]);
  });
});

describe("toLines: markdown marks removed, the raw line kept", () => {
  it.each([
    ["bold", "**T/M BAN CÁN SỰ ĐẢNG**", "T/M BAN CÁN SỰ ĐẢNG"],
    ["strike-through number", "Số: ~~10227~~ /VP-KGVX", "Số: 10227 /VP-KGVX"],
    ["emphasis", "*Q. Hai Bà Trưng, ngày 28 tháng 7 năm 2021*", "Q. Hai Bà Trưng, ngày 28 tháng 7 năm 2021"],
    ["escapes", "1\\. Giao Ủy ban \\(bao gồm\\)", "1. Giao Ủy ban (bao gồm)"],
    ["heading", "## I. MỤC ĐÍCH", "I. MỤC ĐÍCH"],
    ["underscore bold", "__ĐẢNG BỘ THÀNH PHỐ HÀ NỘI__", "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI"],
    ["block quote", "> Kính gửi:", "Kính gửi:"],
    ["stray mark at the end", "- Kính gửi:*", "- Kính gửi:"],
    ["bold inside a sentence", "tại các **phường**, đặc biệt", "tại các phường, đặc biệt"],
  ])("%s", (_name, input, expected) => {
    const [line] = toLines(input, "markdown");
    expect(line.text).toBe(expected);
    expect(line.raw).toBe(input);
  });

  it("a mark between two letters reads as a space: a type glued to its title", () => {
    expect(texts("THÔNG BÁO**Kết luận của Ban Thường vụ**")).toEqual(["THÔNG BÁO Kết luận của Ban Thường vụ"]);
  });

  it("knows which lines are wholly bold, also across lines", () => {
    const lines = toLines("**Kết luận của Ban\nvề tăng cường**\nthường", "markdown");
    expect(lines.map((l) => l.bold)).toEqual([true, true, false]);
  });

  it("keeps list markers: they are clause markers", () => {
    expect(texts("1. Giao Sở Y tế\n- Chỉ đạo\n+ Khẩn trương")).toEqual(["1. Giao Sở Y tế", "- Chỉ đạo", "+ Khẩn trương"]);
  });

  it("records heading levels", () => {
    expect(toLines("# QUYẾT NGHỊ:\n### 1. Mục tiêu", "markdown").map((l) => l.heading)).toEqual([1, 3]);
  });
});

describe("sniffMarkup", () => {
  it.each([
    ["plain notice", "THÔNG BÁO\n1. Giao Sở Y tế", undefined, "plain"],
    ["bold marks in a .txt", "**T/M BAN THƯỜNG VỤ**", "x.txt", "markdown"],
    ["strike-through", "Số: ~~10227~~ /VP", undefined, "markdown"],
    ["a .md path", "plain words", "x.md", "markdown"],
    ["pipe table", "| a | b |\n|---|---|\n| c | d |", undefined, "markdown"],
    ["pandoc escape", "1\\. Giao", undefined, "markdown"],
    ["a dash list is not markdown", "- Sở Y tế;\n- UBND", undefined, "plain"],
    ["a web copy's *** decorations are not bold", "BAN CHẤP HÀNH TRUNG ƯƠNG***Số: 367 - QĐ/TWĐTN-VP … TRUNG ƯƠNG***ĐOÀN", undefined, "plain"],
    ["bold right after text", "Kính gửi: **Sở Y tế**", undefined, "markdown"],
    // every sign, so that the quick test each one is guarded by cannot lose it
    ["bold over two lines", "**T/M BAN\nTHƯỜNG VỤ**", undefined, "markdown"],
    ["underscore bold", "__ĐẢNG BỘ__", undefined, "markdown"],
    ["heading", "QUYẾT ĐỊNH\n# QUYẾT NGHỊ:", undefined, "markdown"],
    ["pipe table with aligned separator", "| a | b |\n|:---|---:|", undefined, "markdown"],
    ["image", "![logo](media/image1.png)", undefined, "markdown"],
    ["rules of dashes and a bar are not a table", "-----------\nSố: 12 | Ngày 3/4\n| x |", undefined, "plain"],
  ])("%s", (_name, text, path, expected) => {
    expect(sniffMarkup(text, path)).toBe(expected);
  });
});

describe("toLines: large markdown is read in chunks", () => {
  it("gives every copy of a document the same lines as the document alone (chunks cut at blank lines)", async () => {
    const { readFileSync } = await import("node:fs");
    const seed = readFileSync("fixtures/seeds/002_e02c2ff2b7f91691.txt", "utf8").replace(/\n*$/, "\n\n");
    const one = toLines(seed, "markdown").map((l) => [l.text, l.bold, l.italic, l.heading]);
    const copies = 30; // ≈ 300 kB: several 64 kB chunks
    const all = toLines(seed.repeat(copies), "markdown").map((l) => [l.text, l.bold, l.italic, l.heading]);
    const size = one.length; // the seed ends with a line break: each copy adds exactly its lines
    for (let c = 0; c < copies; c++) expect(all.slice(c * size, c * size + size)).toEqual(one);
  });
});

describe("toLines: Word's list glyphs (Save as plain text) are list markers", () => {
  it.each([
    ["Symbol bullet and a tab", "·\tBan Kinh tế - Xã hội tổ chức", "- Ban Kinh tế - Xã hội tổ chức"],
    ["private-use Symbol bullet", "\uf0b7\tBan Kinh tế tổ chức", "- Ban Kinh tế tổ chức"],
    ["bullet and spaces", "·        Ban Kinh tế tổ chức", "- Ban Kinh tế tổ chức"],
    ["indented", "   ·\tBan Kinh tế tổ chức", "- Ban Kinh tế tổ chức"],
    ["level 2 (Courier o)", "o\tLớp 1: trước ngày 15/9/2025;", "+ Lớp 1: trước ngày 15/9/2025;"],
    ["level 2 and two spaces", "o  Lớp 1: trước ngày 15/9/2025;", "+ Lớp 1: trước ngày 15/9/2025;"],
    ["Wingdings square", "§\tLớp 1", "- Lớp 1"],
    ["Wingdings square, private-use", "\uf0a7\tLớp 1", "- Lớp 1"],
    ["Wingdings arrow", "Ø\tLớp 1", "- Lớp 1"],
    ["arrow", "➢\tLớp 1", "- Lớp 1"],
    ["Wingdings check mark", "ü\tLớp 1", "- Lớp 1"],
    ["Wingdings diamond", "v\tLớp 1", "- Lớp 1"],
    // the glyphs no text starts with: any space after them
    ["Symbol bullet and one space", "· Ban Kinh tế tổ chức", "- Ban Kinh tế tổ chức"],
    ["private-use bullet and one space", "\uf0b7 Ban Kinh tế tổ chức", "- Ban Kinh tế tổ chức"],
    ["arrow and one space", "➢ Ban Kinh tế tổ chức", "- Ban Kinh tế tổ chức"],
    ["black circle", "● Ban Kinh tế tổ chức", "- Ban Kinh tế tổ chức"],
    ["small square", "▪ Ban Kinh tế tổ chức", "- Ban Kinh tế tổ chức"],
    ["square", "■ Ban Kinh tế tổ chức", "- Ban Kinh tế tổ chức"],
    ["diamond", "❖ Ban Kinh tế tổ chức", "- Ban Kinh tế tổ chức"],
    ["check mark", "✓ Ban Kinh tế tổ chức", "- Ban Kinh tế tổ chức"],
    ["white circle (the level below)", "○ Lớp 1", "+ Lớp 1"],
    ["white bullet (the level below)", "◦ Lớp 1", "+ Lớp 1"],
    ["Wingdings black circle, private-use", "\uf06c Lớp 1", "- Lớp 1"],
    // must stay
    ["a word o in text", "o bế con", "o bế con"],
    ["o with one space then a tab elsewhere", "o Lớp\t1", "o Lớp 1"],
    ["a glyph inside a line", "Lớp 1 ·\tLớp 2", "Lớp 1 · Lớp 2"],
    ["a glyph with one space", "§ 3 Điều lệ", "§ 3 Điều lệ"],
    ["a letter glyph with one space", "Ø Nam", "Ø Nam"],
    ["a middle dot inside a line", "Tin tức · Sự kiện", "Tin tức · Sự kiện"],
    ["a check box of a form", "□ Đồng ý", "□ Đồng ý"],
    ["a longer word", "ok\tLớp 1", "ok Lớp 1"],
    ["a glyph alone", "·\t", "·"],
    ["the usual dash", "-\tNhư trên;", "- Như trên;"],
  ])("%s", (_name, input, expected) => {
    expect(texts(input, "plain")).toEqual([expected]);
    expect(texts(input, "markdown")).toEqual([expected]);
  });
});

describe("toLines: plain text read in one pass", () => {
  it("gives every line the text `tidy` gives and that text's fold", () => {
    // spaces of every kind at the edges and inside, word-segmented joins, combining marks, CJK,
    // a surrogate pair, and the three line ends
    const pieces = ["a", "Độc", "_", "x_y", " ", "  ", "\t", "\u00a0", "\u2003", "\u202f", "\u3000", "\ufeff", "\v", "\f",
      "\u2028", "\u0300", "o\u0302", "o", "·", "➢", "\uf0b7", "●", "○", "\u212b", "漢", "😀", "–", "\n", "\r\n", "\r"];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let n = 0; n < 3000; n++) {
      let text = "";
      for (let i = next() % 16; i > 0; i--) text += pieces[next() % pieces.length];
      const raws = text.split(/\r\n|\r|\n/);
      if (raws[raws.length - 1] === "") raws.pop();
      const expected = raws.map((raw) => [raw, tidy(raw), asciiFold(tidy(raw))]);
      expect(toLines(text, "plain").map((l) => [l.raw, l.text, l.folded])).toEqual(expected);
    }
  });
});

describe("toLines: e-mail quote marks in plain text (a run of 3+ quoted lines)", () => {
  const mail = [
    "-----Original Message-----",
    "> UBND TỈNH THANH HÓA           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    ">",
    "> Số: 812/SXD-QLN               Thanh Hóa, ngày 14 tháng 3 năm 2025",
    "> Kính gửi: UBND các huyện.",
  ].join("\r\n");

  it.each([
    ["'> ' run with a bare '>'", mail, ["-----Original Message-----", "UBND TỈNH THANH HÓA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "", "Số: 812/SXD-QLN Thanh Hóa, ngày 14 tháng 3 năm 2025", "Kính gửi: UBND các huyện."]],
    ["'>> ' nested, no bare line", ">> Số: 1/UBND\n>> V/v rà soát\n>> Kính gửi: Sở Y tế", ["Số: 1/UBND", "V/v rà soát", "Kính gửi: Sở Y tế"]],
    ["'> > ' nested", "> > Kính gửi: A\n> > Sở đề nghị\n> >\n> > Nơi nhận:", ["Kính gửi: A", "Sở đề nghị", "", "Nơi nhận:"]],
  ])("taken off: %s", (_name, input, expected) => {
    expect(texts(input, "plain")).toEqual(expected);
    expect(toLines(input, "plain").map((l) => l.n)).toEqual(expected.map((_, i) => i + 1));
  });

  it.each([
    ["a lone line in prose", "Tỷ lệ đạt:\n> 95% số hộ\ntrong năm", ["Tỷ lệ đạt:", "> 95% số hộ", "trong năm"]],
    ["two quoted lines only", "> Kính gửi: A\n> Sở đề nghị\nB", ["> Kính gửi: A", "> Sở đề nghị", "B"]],
    ["a list of '> N' rows (more than)", "> 60 tuổi: 10 người\n> 70 tuổi: 5 người\n> 80 tuổi: 2 người", ["> 60 tuổi: 10 người", "> 70 tuổi: 5 người", "> 80 tuổi: 2 người"]],
  ])("kept: %s", (_name, input, expected) => {
    expect(texts(input, "plain")).toEqual(expected);
  });

  it("the column gap is kept, so the header still splits into two cells", () => {
    const raw = toLines(mail, "plain")[1].raw;
    expect(raw).toBe("UBND TỈNH THANH HÓA           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  });
});

describe("toLines: OCR specks and a signing mark with a comma (probe18 F10)", () => {
  it.each([
    // changes
    ["a speck before a mark", "¬ KT. GIAM ĐỌC", "KT. GIAM ĐỌC"],
    ["a speck after a list dash", "Nơi nhận: - ` PHO GIAM ĐÓC", "Nơi nhận: - PHO GIAM ĐÓC"],
    ["a speck after a name", "Trần Văn Hùng ´", "Trần Văn Hùng"],
    ["a lone quote", "' CHỦ TỊCH", "CHỦ TỊCH"],
    ["a mark with a comma", "KT, CHỦ TỊCH", "KT. CHỦ TỊCH"],
    ["a TM. with a comma", "TM, ỦY BAN NHÂN DÂN", "TM. ỦY BAN NHÂN DÂN"],
    ["a speck, then a mark with a comma", "` KT, PHÓ GIÁM ĐỐC", "KT. PHÓ GIÁM ĐỐC"],
    ["a mark joined to the label", "Nơi nhận: KT, CHỦ TỊCH", "Nơi nhận: KT. CHỦ TỊCH"],
    ["a mark joined to an entry", "- Như trên; TL, CHÁNH VĂN PHÒNG", "- Như trên; TL. CHÁNH VĂN PHÒNG"],
    // stays
    ["a range", "từ 5 ~ 10 ngày", "từ 5 ~ 10 ngày"],
    ["a blank to fill", "ngày _ tháng _ năm 2025", "ngày _ tháng _ năm 2025"],
    ["a quote on a word", "gọi là 'điểm nóng' trên địa bàn", "gọi là 'điểm nóng' trên địa bàn"],
    ["an archive list wrapped", "KT, TH.", "KT, TH."],
    ["an archive list of capitals", "KT, VP UBND", "KT, VP UBND"],
    ["a comma not after a mark", "KH, CHỦ TỊCH", "KH, CHỦ TỊCH"],
    ["a mark in a sentence", "Phòng KT, Phòng TC", "Phòng KT, Phòng TC"],
    ["an archive list on the Lưu line", "- Lưu: VT, TM, UBND TỈNH", "- Lưu: VT, TM, UBND TỈNH"],
    ["a mark with a comma inside a word run", "- Sở KT, CHỦ TỊCH", "- Sở KT, CHỦ TỊCH"],
    ["a title that does not run to the line's end", "KT, CHỦ TỊCH UBND xã", "KT, CHỦ TỊCH UBND xã"],
    // a long run of vowels in capitals, then no title to the end: tried in linear time (the first
    // form of the pattern took 20 s on this line; a catastrophe shows as the test's time-out)
    ["capitals that end in lower case", `KT, ${"AEIOUAEIOUAEIOUAEIOUAEIOUAEIOU ".repeat(6)}x`, `KT, ${"AEIOUAEIOUAEIOUAEIOUAEIOUAEIOU ".repeat(6)}x`],
  ])("%s", (_name, input, expected) => {
    const [line] = toLines(input, "plain");
    expect(line.text).toBe(expected);
    expect(line.folded).toBe(asciiFold(expected));
    expect(line.raw).toBe(input);
  });
});
