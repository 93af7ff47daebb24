/**
 * An appendix's body read as a document body (issue 5): its clauses, its tasks in the document's
 * tasks with the "PLk/…" path, a pipe table of tasks read row by row, and what gives no task.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";
import type { Clause, Document } from "../../src/types.js";

/** A Quyết định that issues a plan, signed; `attached` follows the signer. */
const decision = (attached: string): string =>
  [
    "ỦY BAN NHÂN DÂN TỈNH LÀO CAI",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Số: 12/QĐ-UBND",
    "Lào Cai, ngày 10 tháng 3 năm 2026",
    "QUYẾT ĐỊNH",
    "Về việc ban hành Kế hoạch phòng, chống dịch năm 2026",
    "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH",
    "QUYẾT ĐỊNH:",
    "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phòng, chống dịch năm 2026.",
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    "Nơi nhận:",
    "- Như Điều 2;",
    "- Lưu: VT.",
    "KT. CHỦ TỊCH",
    "PHÓ CHỦ TỊCH",
    "Nguyễn Văn Nam",
    attached,
  ].join("\n");

/** The decision has 17 lines: the attachment starts on line 18. */
const FIRST = 18;

const only = (text: string, markup?: "plain" | "markdown"): Document => {
  const { documents } = parse(text, { markup });
  expect(documents).toHaveLength(1);
  return documents[0];
};

/** "I[1 2]": the markers of a clause tree. */
const tree = (clauses: readonly Clause[]): string[] =>
  clauses.map((c) => (c.number ?? c.marker) + (c.items.length ? `[${tree(c.items).join(" ")}]` : ""));

const PLAN = [
  "KẾ HOẠCH",
  "Phòng, chống dịch năm 2026",
  "(Ban hành kèm theo Quyết định số 12/QĐ-UBND",
  "ngày 10/3/2026 của Chủ tịch UBND tỉnh)",
  "I. MỤC ĐÍCH",
  "1. Chủ động phòng, chống dịch.",
  "II. NHIỆM VỤ",
  "1. Sở Y tế chủ trì, phối hợp với Sở Tài chính xây dựng phương án, hoàn thành trước ngày 30/6/2026.",
  "2. Tổ chức tập huấn cho cán bộ y tế cơ sở",
  "- Đơn vị chủ trì: Trung tâm Kiểm soát bệnh tật tỉnh.",
  "- Đơn vị phối hợp: Ủy ban nhân dân các huyện.",
  "- Thời gian thực hiện: Quý II/2026.",
  "Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị báo cáo về Sở Y tế để tổng hợp./.",
].join("\n");

describe("an appendix's body is read into clauses", () => {
  it.each([
    ["an attached plan: its sections and clauses, under its title block", PLAN, ["I[1]", "II[1 2[- - -]]"]],
    ["a regulation's articles", "QUY ĐỊNH\n(Ban hành kèm theo Quyết định số 12/QĐ-UBND)\nĐiều 1. Phạm vi điều chỉnh\nQuy định này quy định việc báo cáo.\nĐiều 2. Đối tượng áp dụng\nCác sở, ngành.", ["1", "2"]],
    ["a Phụ lục of numbered points", "PHỤ LỤC\nNỘI DUNG BÁO CÁO\n1. Tình hình thực hiện.\n2. Kiến nghị, đề xuất.", ["1", "2"]],
    // nothing to read: text without markers, a table whose cells were unfolded one per line
    ["prose only", "PHỤ LỤC\nGhi chú về cách ghi biểu mẫu.", []],
    ["an unfolded table (its 'STT' header cell alone on a line)", "PHỤ LỤC\nDANH MỤC THỦ TỤC HÀNH CHÍNH\nSTT\nTên thủ tục\n1.\nThủ tục cấp phép", []],
  ])("%s", (_, attached, expected) => {
    const [appendix] = only(decision(attached)).appendices;
    expect(tree(appendix.clauses)).toEqual(expected);
  });

  it("keeps title and text as before: the clauses are a reading of the same lines", () => {
    const [appendix] = only(decision(PLAN)).appendices;
    expect(appendix.title).toBe("KẾ HOẠCH");
    expect(appendix.text.startsWith("Phòng, chống dịch năm 2026 (Ban hành kèm theo")).toBe(true);
    expect(appendix.text).toContain("1. Sở Y tế chủ trì");
    expect(appendix.lines).toEqual([FIRST, FIRST + 12]);
    // every clause lies inside the appendix, after its title block, and siblings do not overlap
    const spans = appendix.clauses.map((c) => c.lines);
    expect(spans).toEqual([[FIRST + 4, FIRST + 5], [FIRST + 6, FIRST + 11]]);
  });
});

describe("an appendix's tasks", () => {
  it("are in the document's tasks with the path PLk/<clause>, PLk for its unnumbered text", () => {
    const doc = only(decision(PLAN));
    expect(doc.tasks.map((t) => [t.clause, t.lead.map((a) => a.text), t.support.map((a) => a.text), t.deadline?.text ?? null, t.deadline?.iso ?? null])).toEqual([
      ["PL1/II.1", ["Sở Y tế"], ["Sở Tài chính"], "trước ngày 30/6/2026", "2026-06-30"],
      // the plan's rows under the task
      ["PL1/II.2", ["Trung tâm Kiểm soát bệnh tật tỉnh"], ["Ủy ban nhân dân các huyện"], "Quý II/2026", null],
      // its closing paragraph
      ["PL1", ["các đơn vị"], [], null, null],
    ]);
    // and on the clauses themselves, as in a document body
    expect(doc.appendices[0].clauses[1].items[1].tasks?.map((t) => t.action)).toEqual(["Tổ chức tập huấn cho cán bộ y tế cơ sở"]);
  });

  it("of the k-th appendix are PLk/…", () => {
    const doc = only(decision(`PHỤ LỤC I\nDANH MỤC CHỈ TIÊU\n1. Tỷ lệ tiêm chủng đạt 95%.\n${PLAN}`));
    expect(doc.appendices.map((a) => a.title)).toEqual(["PHỤ LỤC I", "KẾ HOẠCH"]);
    expect(doc.tasks.map((t) => t.clause)).toEqual(["PL2/II.1", "PL2/II.2", "PL2"]);
  });

  const TABLE = [
    "PHỤ LỤC",
    "",
    "DANH MỤC NHIỆM VỤ",
    "",
    "(Kèm theo Quyết định số 12/QĐ-UBND ngày 10/3/2026)",
    "",
    "| TT | Tên nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Kết quả | Thời gian hoàn thành |",
    "|---|---|---|---|---|---|",
    "| **I.** | Hoàn thiện thể chế | | | | |",
    "| 1. | Xây dựng quy chế phối hợp | Sở Nội vụ | Các sở, ngành | Quyết định | Tháng 6/2026 |",
    "| 2 | Rà soát thủ tục hành chính | Văn phòng UBND tỉnh | | Báo cáo | Quý III/2026 |",
  ].join("\n");

  it("a pipe table of tasks: one clause per row (the number cell its marker), one task per row from its columns", () => {
    const doc = only(decision(TABLE), "markdown");
    expect(tree(doc.appendices[0].clauses)).toEqual(["I[1 2]"]);
    const row = FIRST + 9;
    expect(doc.tasks.map((t) => [t.clause, t.action, t.lead.map((a) => a.text), t.support.map((a) => a.text), t.deadline?.text ?? null, t.lines])).toEqual([
      ["PL1/I.1", "Xây dựng quy chế phối hợp", ["Sở Nội vụ"], ["Các sở, ngành"], "Tháng 6/2026", [row, row]],
      ["PL1/I.2", "Rà soát thủ tục hành chính", ["Văn phòng UBND tỉnh"], [], "Quý III/2026", [row + 1, row + 1]],
    ]);
  });

  it("the same table in a document's own body (a Kế hoạch printed with its table) gives the same tasks, with the document's paths", () => {
    const plan = ["ỦY BAN NHÂN DÂN TỈNH LÀO CAI", "Số: 15/KH-UBND", "Lào Cai, ngày 10 tháng 3 năm 2026", "KẾ HOẠCH", "Phòng, chống dịch năm 2026", "", ...TABLE.split("\n").slice(6)].join("\n");
    const doc = only(plan, "markdown");
    expect(doc.tasks.map((t) => [t.clause, t.lead.map((a) => a.text)])).toEqual([["I.1", ["Sở Nội vụ"]], ["I.2", ["Văn phòng UBND tỉnh"]]]);
  });

  it.each([
    ["a list of names",
      "DANH SÁCH THÀNH VIÊN BAN CHỈ ĐẠO\n(Kèm theo Quyết định số 12/QĐ-UBND ngày 10/3/2026)\n1. Ông Nguyễn Văn A, Giám đốc Sở Y tế - Trưởng ban;\n2. Bà Trần Thị B, Phó Giám đốc Sở Tài chính - Phó Trưởng ban;\n3. Ông Lê Văn C, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh - Thành viên."],
    ["a form to fill in",
      "Mẫu số 01\nTÊN ĐƠN VỊ: ……………\nBÁO CÁO KẾT QUẢ THỰC HIỆN\n(Kèm theo Quyết định số 12/QĐ-UBND ngày 10/3/2026)\n1. Tên đơn vị: ……………………\n2. Số lượng cán bộ tham gia: ……………\n3. Kết quả thực hiện: ……………\nNgười lập biểu\n(Ký, ghi rõ họ tên)"],
    ["a table whose cells were unfolded one per line",
      "PHỤ LỤC\nDANH MỤC THỦ TỤC HÀNH CHÍNH\nSTT\nTên thủ tục\nCơ quan thực hiện\n1.\nThủ tục cấp phép\nSở Y tế giao Phòng Nghiệp vụ thực hiện trước ngày 30/6/2026."],
    ["a pipe table without a column of who leads (indicators)",
      "PHỤ LỤC I\nDANH MỤC CHỈ TIÊU\n| TT | Chỉ tiêu | Đơn vị | Kết quả | Cơ quan chủ trì theo dõi, đánh giá |\n|---|---|---|---|---|\n| 1 | Tỷ lệ hồ sơ trực tuyến | % | 80% | Sở Khoa học và Công nghệ |"],
  ])("none from %s", (_, attached) => {
    const doc = only(decision(attached), attached.includes("|") ? "markdown" : "plain");
    expect(doc.appendices.length).toBeGreaterThan(0);
    expect(doc.tasks).toEqual([]);
  });
});

describe("fixtures", () => {
  const read = (name: string) => parse(readFileSync(`fixtures/corpus/${name}`), { path: name });

  it("qd-btp-173-2015: the attached plan's rows give a task each, with lead, support and deadline", () => {
    const [doc] = read("qd-btp-173-2015.txt").documents;
    const rows = doc.tasks.filter((t) => t.clause?.startsWith("PL1/II."));
    expect(rows).toHaveLength(28); // a) … đ) under II.1 … II.8: every task the plan lists in row form
    expect(rows.every((t) => t.lead.length > 0 && t.support.length > 0 && t.deadline !== null)).toBe(true);
    expect(rows[0]).toMatchObject({ clause: "PL1/II.1.a", lead: [{ text: "Vụ Pháp luật hình sự - hành chính" }], deadline: { text: "Cả năm 2015" } });
    // a name wrapped at its dash ("Vụ Tổ chức" / "- cán bộ, …") stays in its row
    expect(rows[27].support.map((a) => a.text)).toContain("Vụ Tổ chức - cán bộ");
  });

  it("qd-ttg-844-2026: the attached plan is an appendix of its Quyết định, and none of its clauses or tasks is lost", () => {
    const result = read("qd-ttg-844-2026.txt");
    expect(result.documents).toHaveLength(1);
    const [doc] = result.documents;
    expect(doc.appendices.map((a) => [a.title, a.lines])).toEqual([["KẾ HOẠCH HÀNH ĐỘNG", [53, 273]], ["PHỤ LỤC", [276, 944]]]);
    expect(tree(doc.appendices[0].clauses).map((c) => c.replace(/\[.*/, ""))).toEqual(["I", "II", "III"]);
    // the ten tasks it had as a document of its own, now under PL1 (with more since: the items
    // under section II inherit the lead-in's bodies)
    expect(doc.tasks.map((t) => t.clause)).toEqual(expect.arrayContaining(["PL1/II.1.-1", "PL1/II.1.-2", "PL1/II.4.-2", "PL1/II.4.-3", "PL1/II.4.-4", "PL1/III.2", "PL1/III.3", "PL1/III.4", "PL1/III.5", "PL1"]));
    expect(doc.tasks.every((t) => t.clause?.startsWith("PL1") || t.clause?.startsWith("PL2/"))).toBe(true);
    // the Phụ lục's task table, unfolded one cell per line by pdftotext: 26 of its 29 rows read
    // (two go on over a page break in more than their action, one has a cell too many with two
    // uncertain cuts: their numbers alone, no task)
    const rows = doc.tasks.filter((t) => t.clause?.startsWith("PL2/"));
    expect(new Set(rows.map((t) => t.clause)).size).toBe(26);
    expect(rows.every((t) => t.lead.length > 0 && t.deadline !== null)).toBe(true);
    // the Công báo's e-signature between the signer and the plan is a stamp; no missing-number / missing-signature for the plan
    expect(doc.stamps.map((s) => [s.kind, s.lines])).toEqual([["digital-signature", [45, 47]]]);
    expect(result.diagnostics.map((d) => d.code)).not.toContain("missing-signature");
  });

  it("qd-ubnd-laichau-blank-2025: tables of procedures give no clauses", () => {
    const [doc] = read("qd-ubnd-laichau-blank-2025.md").documents;
    expect(doc.appendices.map((a) => a.clauses)).toEqual([[], []]);
  });
});

describe("a web page's trailer after the signer is no appendix (probe16 F4)", () => {
  it.each([
    ["related posts and share", "Bài viết liên quan\nChia sẻ: Facebook | Zalo"],
    ["copyright only", "© 2025 Cổng thông tin điện tử tỉnh Lào Cai"],
    ["views, print, download", "Lượt xem: 1.234\nIn văn bản\nTải về"],
  ])("unclassified: %s", (_name, trailer) => {
    const doc = only(decision(trailer));
    expect(doc.appendices).toEqual([]);
    const lines = trailer.split("\n");
    expect(doc.unclassified.map((u) => u.text)).toEqual(expect.arrayContaining(lines));
    expect(doc.signatures[0].name).toBe("Nguyễn Văn Nam");
  });

  it.each([
    ["a title in capitals", "KẾ HOẠCH PHÒNG, CHỐNG DỊCH\nI. MỤC ĐÍCH"],
    ["a numbered list", "Danh sách đơn vị\n1. Sở Y tế\n2. Sở Tài chính"],
    ["a form with labelled cells", "Họ và tên: ……………………\nĐơn vị: ……………………"],
    ["a sentence", "Ghi chú: số liệu tính đến ngày 30/6/2026."],
  ])("still an appendix: %s", (_name, attached) => {
    const doc = only(decision(attached));
    expect(doc.appendices).toHaveLength(1);
  });
});
