import { describe, expect, it } from "vitest";
import { toLines, unfoldLayout } from "../../../src/lines/index.js";
import { unfolded } from "./unfold.js";

const HEADER = `<table>
<colgroup>
<col style="width: 38%" />
<col style="width: 61%" />
</colgroup>
<tbody>
<tr class="odd">
<td><p><strong>VĂN PHÒNG CHÍNH PHỦ</strong></p>
<p>Số: 2739/VPCP-ĐMDN</p>
<p>V/v quy định về quản trị doanh nghiệp tại Luật Doanh nghiệp chưa được
thực thi</p></td>
<td><p><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong></p>
<p><strong>Độc lập - Tự do - Hạnh phúc</strong></p>
<p><em>Hà Nội, ngày 05 tháng 04 năm 2019</em></p></td>
</tr>
</tbody>
</table>

Kính gửi: Bộ Kế hoạch và Đầu tư.`;

describe("HTML tables (pandoc -t gfm)", () => {
  it("reads a two-column header column by column, each source line of a paragraph a line of its cell; the tag-only lines blank", () => {
    expect(unfolded(HEADER)).toEqual([
      "8: VĂN PHÒNG CHÍNH PHỦ",
      "9: Số: 2739/VPCP-ĐMDN",
      "10: V/v quy định về quản trị doanh nghiệp tại Luật Doanh nghiệp chưa được",
      "11: thực thi",
      "12: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "13: Độc lập - Tự do - Hạnh phúc",
      "14: Hà Nội, ngày 05 tháng 04 năm 2019",
      "19: Kính gửi: Bộ Kế hoạch và Đầu tư.",
    ]);
  });

  // tag-only lines of an HTML block are markup: blank, as a markdown table's border is no text
  it.each([
    ["<table>", ""], ["<colgroup>", ""], ['<col style="width: 50%" />', ""], ["</colgroup>", ""], ["<tbody>", ""],
    ['<tr class="odd">', ""], ["</tr>", ""], ["</tbody>", ""], ["</table>", ""], ["<td></td>", ""],
  ])("a tag-only line %j reads blank", (line, text) => {
    const lines = toLines(`${line}\n`, "markdown");
    expect(lines[0].text).toBe(text);
  });
  it.each([
    // must stay: a line with text between its tags, a "<" in the text, a tag-only line outside an HTML block
    ["<td><p>UBND TỈNH QUẢNG NGÃI</p>", "<td><p>UBND TỈNH QUẢNG NGÃI</p>"],
    ["Mức chi <5 triệu đồng", "Mức chi <5 triệu đồng"],
    ["Kính gửi: <b>Sở Y tế</b>", "Kính gửi: <b>Sở Y tế</b>"],
  ])("must stay: %j keeps its text", (line, text) => {
    expect(toLines(`${line}\n`, "markdown")[0].text).toBe(text);
  });

  it("reads a table found from its first cell's line: no line of it left over as a border", () => {
    const lines = unfoldLayout(toLines(HEADER, "markdown"), "markdown");
    expect(lines.filter((l) => l.text === "|" || l.text === "---")).toEqual([]);
    // every line with text is one of the table's
    expect(lines.filter((l) => l.text !== "").map((l) => l.n).sort((a, b) => a - b)).toEqual([8, 9, 10, 11, 12, 13, 14, 19]);
  });

  it("reads bold and italic from the tags, and opens a block at each cell", () => {
    const lines = unfoldLayout(toLines(HEADER, "markdown"), "markdown").filter((l) => l.n >= 8 && l.n <= 14 && l.text !== "");
    expect(lines.map((l) => [l.n, l.bold, l.italic, l.blankBefore])).toEqual([
      [8, true, false, true],
      [9, false, false, false],
      [10, false, false, false],
      [11, false, false, false],
      [12, true, false, true],
      [13, true, false, false],
      [14, false, true, false],
    ]);
  });

  it.each([
    ["<br /> as a line break", "<table><tr><td><p>V/v thực hiện Thông báo,<br />\nngày 27/7/2021</p></td><td><p>ĐẢNG CỘNG SẢN VIỆT NAM</p></td></tr></table>",
      ["1: V/v thực hiện Thông báo,", "2: ngày 27/7/2021", "2: ĐẢNG CỘNG SẢN VIỆT NAM"]],
    ["entities", "<table><tr><td><p>Nơi nhận:</p><p>- Sở Tư pháp &amp; Sở Nội vụ;</p></td><td><p>KT. CHỦ TỊCH</p></td></tr></table>",
      ["1: Nơi nhận:", "1: - Sở Tư pháp & Sở Nội vụ;", "1: KT. CHỦ TỊCH"]],
    ["a data table, row by row", "<table>\n<tr><td>STT</td><td>Nội dung</td></tr>\n<tr><td>1</td><td>Rà soát</td></tr>\n</table>",
      ["2: STT", "2: Nội dung", "3: 1", "3: Rà soát"]],
  ])("%s", (_name, input, expected) => {
    expect(unfolded(input)).toEqual(expected);
  });

  it("leaves an unclosed table as it is", () => {
    expect(unfolded("<table>\n<tr><td>Số: 12/UBND</td>\nKính gửi:")).toEqual(["2: <tr><td>Số: 12/UBND</td>", "3: Kính gửi:"]);
  });
});

describe("a table read row by row keeps each cell's place", () => {
  const places = (text: string) =>
    unfoldLayout(toLines(text, "markdown"), "markdown")
      .filter((l) => l.text !== "")
      .map((l) => [l.text, l.cell ? `${l.cell.row}/${l.cell.col} of ${l.cell.width}` : null]);
  it("HTML: row, column and the row's width on each cell's lines (an empty cell has none)", () => {
    expect(places("<table><tr><td>STT</td><td>Nội dung</td><td>Cơ quan chủ trì</td></tr><tr><td>1</td><td>Xây dựng</td><td></td></tr></table>")).toEqual([
      ["STT", "0/0 of 3"], ["Nội dung", "0/1 of 3"], ["Cơ quan chủ trì", "0/2 of 3"], ["1", "1/0 of 3"], ["Xây dựng", "1/1 of 3"],
    ]);
  });
  it("must stay: a layout table (header, footer) read column by column has no places", () => {
    expect(places("<table><tr><td>ỦY BAN NHÂN DÂN</td><td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</td></tr></table>").every(([, place]) => place === null)).toBe(true);
  });
});
