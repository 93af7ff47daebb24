/**
 * build/point-numbers.ts: a point numbered by a number alone on its line ("3" / "- Uỷ ban nhân dân
 * …:") is told from a page number by where it stands; and (clauses.ts) the line under a numbered
 * marker alone is its first line, where its heading is found.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";
import type { Clause } from "../../src/types.js";

const decision = (article2: readonly string[]): string =>
  [
    "ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Số: 1056/QĐ-CT",
    "Tuyên Quang, ngày 10 tháng 9 năm 2010",
    "QUYẾT ĐỊNH",
    "Về mức trợ giúp các đối tượng bảo trợ xã hội",
    "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH",
    "QUYẾT ĐỊNH:",
    "Điều 1. Ban hành mức trợ giúp cho các đối tượng bảo trợ xã hội.",
    "Điều 2. Tổ chức thực hiện:",
    ...article2,
    "Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.",
    "Nơi nhận:",
    "- Như Điều 3;",
    "- Lưu VT.",
    "KT. CHỦ TỊCH",
    "PHÓ CHỦ TỊCH",
    "Vũ Thị Bích Việt",
  ].join("\n");

const read = (article2: readonly string[]) => parse(decision(article2), { path: "x.txt" }).documents[0];
const outline = (clauses: readonly Clause[]): string[] =>
  clauses.map((c) => `${c.marker}${c.heading ? ` [${c.heading}]` : ""}${c.items.length ? `(${outline(c.items).join(" ")})` : ""}`);

describe("a number alone on its line", () => {
  it.each([
    ["points 1, 3, 4 alone, point 2 printed '2 - …'; a lead-in under its number is the point's heading",
      ["1", "- Thời gian thực hiện từ ngày 01/10/2010.", "- Đối tượng mới được hưởng từ tháng tiếp theo.",
        "2 - Sở Lao động, Thương binh và Xã hội có trách nhiệm.", "- Quản lý chặt chẽ đối tượng bảo trợ xã hội;",
        "3", "- Uỷ ban nhân dân các huyện, thành phố:", "- Quản lý đối tượng bảo trợ xã hội trên địa bàn;",
        "4", "- Sở Tài chính có trách nhiệm thẩm định dự toán kinh phí."],
      ["Điều 1.", "Điều 2. [Tổ chức thực hiện:](1(-) 2 -(-) 3 [Uỷ ban nhân dân các huyện, thành phố:](-) 4)", "Điều 3."]],
    ["the point's content without a dash",
      ["1", "Sở Y tế có trách nhiệm hướng dẫn thực hiện.", "2", "Sở Tài chính bố trí kinh phí."],
      ["Điều 1.", "Điều 2. [Tổ chức thực hiện:](1 2)", "Điều 3."]],
  ])("%s: a point number", (_, article2, expected) => {
    const doc = read(article2);
    expect(outline(doc.clauses)).toEqual(expected);
    expect(doc.unclassified.map((l) => l.text)).not.toContain("3");
  });

  it("gives the points' tasks their leads (the dash under the number is the point's text)", () => {
    const doc = read(["1", "- Sở Y tế có trách nhiệm hướng dẫn thực hiện.", "2", "- Uỷ ban nhân dân các huyện, thành phố:", "- Quản lý đối tượng bảo trợ xã hội trên địa bàn;"]);
    expect(doc.tasks.map((t) => [t.clause, t.lead.map((a) => a.text)])).toEqual([
      ["2.1", ["Sở Y tế"]],
      ["2.2.-1", ["Uỷ ban nhân dân các huyện, thành phố"]],
    ]);
  });

  it.each([
    ["a form feed and the page number, then the point", ["1", "Sở Y tế có trách nhiệm hướng dẫn thực hiện.", "2", "Sở Tài chính bố trí kinh phí.", "\f                2", "3", "Uỷ ban nhân dân các huyện, thành phố:", "- Quản lý đối tượng bảo trợ xã hội;"]],
    ["the page number alone at the top of the page, then the point", ["1", "Sở Y tế có trách nhiệm hướng dẫn thực hiện.", "2", "Sở Tài chính bố trí kinh phí.", "\f", "2", "3", "Uỷ ban nhân dân các huyện, thành phố:", "- Quản lý đối tượng bảo trợ xã hội;"]],
  ])("the next point right after a page number: %s", (_, article2) => {
    const doc = read(article2);
    expect(outline(doc.clauses)).toEqual(["Điều 1.", "Điều 2. [Tổ chức thực hiện:](1 2 3 [Uỷ ban nhân dân các huyện, thành phố:](-))", "Điều 3."]);
    expect(doc.unclassified.map((l) => l.text)).toEqual(["2"]);
  });

  it.each([
    ["the text before the break cut mid-sentence", ["1", "Sở Y tế có trách nhiệm hướng dẫn thực hiện.", "2", "Sở Tài chính bố trí kinh phí cho", "\f                2", "3", "Uỷ ban nhân dân các huyện, thành phố:"]],
    ["not the next point", ["1", "Sở Y tế có trách nhiệm hướng dẫn thực hiện.", "\f                2", "3", "Uỷ ban nhân dân các huyện, thành phố:"]],
  ])("must stay: after a page number, %s: a page's", (_, article2) => {
    expect(read(article2).unclassified.map((l) => l.text)).toContain("3");
  });

  it.each([
    ["beside a running header (a page break)",
      ["1. Sở Y tế có trách nhiệm hướng dẫn thực hiện.", "CÔNG BÁO/Số 286/Ngày 27-05-2026", "2", "- Sở Tài chính bố trí kinh phí."], "2"],
    ["cutting a sentence (no full stop before it, lower case after it)",
      ["1. Sở Y tế có trách nhiệm hướng dẫn thực hiện các", "2", "nội dung của Quyết định này."], "2"],
    ["out of the clause's numbering",
      ["1. Sở Y tế có trách nhiệm hướng dẫn thực hiện.", "5", "- Sở Tài chính bố trí kinh phí."], "5"],
    ["before another numbered line",
      ["1. Sở Y tế có trách nhiệm hướng dẫn thực hiện.", "2", "2. Sở Tài chính bố trí kinh phí."], "2"],
    ["continuing the page numbers",
      ["1. Sở Y tế có trách nhiệm hướng dẫn thực hiện các", "2", "nội dung của Quyết định này.", "3", "- Sở Tài chính bố trí kinh phí."], "3"],
  ])("%s: a page number", (_, article2, page) => {
    const doc = read(article2);
    expect(doc.unclassified.map((l) => l.text)).toContain(page);
  });
});

describe("a numbered marker alone on its line", () => {
  it.each([
    [["2 .", "Sở Tài chính :", "- Chủ trì hướng dẫn các sở xây dựng kế hoạch thu, chi."], "Sở Tài chính :", ""],
    [["1.", "Giao Sở Lao động - Thương binh và Xã hội:", "- Hướng dẫn thực hiện."], "Giao Sở Lao động - Thương binh và Xã hội:", ""],
    // must stay: the paragraph under "Điều 3." alone is its text
  ])("%j: the line under it is its first line (its heading)", (lines, heading, text) => {
    const doc = read(lines);
    const point = doc.clauses[1].items[0];
    expect([point.heading, point.text]).toEqual([heading, text]);
  });

  it("not an article: the paragraph under 'Điều 2.' alone stays its text", () => {
    const doc = parse(decision([]).replace("Điều 2. Tổ chức thực hiện:", "Điều 2.\nTổ chức thực hiện:\n- Sở Y tế hướng dẫn."), { path: "x.txt" }).documents[0];
    expect([doc.clauses[1].heading, doc.clauses[1].text]).toEqual([null, "Tổ chức thực hiện:"]);
  });
});
