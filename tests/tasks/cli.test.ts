/** `directive-parse tasks`, run in-process: formats, streams, exit codes. */
import { describe, expect, it } from "vitest";
import { csvField } from "../../src/cli/tasks-command.js";
import { runCli } from "../cli/fake-io.js";

const SEED = "fixtures/seeds/003_5ecbf548863f04f0.txt";
const SEED2 = "fixtures/seeds/001_270aefc581ab2cef.txt";

/** RFC 4180 records, for checking the CSV round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(field), (field = "");
    else if (c === "\r" && text[i + 1] === "\n") row.push(field), rows.push(row), (row = []), (field = ""), i++;
    else field += c;
  }
  return rows;
}

describe("directive-parse tasks", () => {
  it("prints an aligned table by default", async () => {
    const r = await runCli(["tasks", SEED2]);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    const [header, ...rows] = r.stdout.trimEnd().split("\n");
    expect(header).toMatch(/^CLAUSE\s+LEAD\s+SUPPORT\s+DEADLINE\s+REPORT TO\s+ACTION$/);
    expect(rows.length).toBeGreaterThan(10);
    const leadColumn = header.indexOf("LEAD");
    expect(rows.every((row) => row[leadColumn - 1] === " ")).toBe(true);
    expect(r.stdout).toContain("trước ngày 15/9/2021");
  });

  it("names the file and document above each table when there are several", async () => {
    const r = await runCli(["tasks", SEED, SEED2]);
    expect(r.stdout).toContain(`${SEED}\n`);
    expect(r.stdout).toContain(`${SEED} (document 2)\n`);
    expect(r.stdout).toContain(`${SEED2}\n`);
  });

  it("--format csv: a header row, CRLF, quoted fields that round-trip", async () => {
    const r = await runCli(["tasks", SEED, "--format", "csv"]);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith("file,document,clause,lead,support,deadline,deadline_iso,report_to,action,first_line,last_line\r\n")).toBe(true);
    const rows = parseCsv(r.stdout);
    expect(rows.every((row) => row.length === 11)).toBe(true);
    const first = rows[1];
    expect(first.slice(0, 5)).toEqual([SEED, "0", "", "Sở Giáo dục và Đào tạo", "Sở Y tế; UBND các quận, huyện, thị xã"]);
    expect(first[7]).toBe("UBND Thành phố");
  });

  it("an attached plan's tasks carry the appendix in their clause path (PL1/…), in every format", async () => {
    const plan = "fixtures/corpus/qd-btp-173-2015.txt";
    const csv = parseCsv((await runCli(["tasks", plan, "--format", "csv"])).stdout);
    expect(csv[1].slice(2, 6)).toEqual(["PL1/II.1.a", "Vụ Pháp luật hình sự - hành chính", expect.stringContaining("Vụ Các vấn đề chung"), "Cả năm 2015"]);
    const table = (await runCli(["tasks", plan])).stdout.split("\n");
    expect(table[1].startsWith("PL1/II.1.a ")).toBe(true);
    const json = JSON.parse((await runCli(["tasks", plan, "--format", "json"])).stdout);
    expect(json[0].clause).toBe("PL1/II.1.a");
  });

  it("prints an appendix's deeper paths whole in the table", async () => {
    const stdin = [
      "Số: 12/QĐ-UBND", "QUYẾT ĐỊNH", "Về việc ban hành Kế hoạch phòng, chống dịch", "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.",
      "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Nam",
      "KẾ HOẠCH", "(Ban hành kèm theo Quyết định số 12/QĐ-UBND)", "II. NHIỆM VỤ", "1. Công tác y tế", "a) Phòng dịch", "- Sở Y tế chủ trì xây dựng phương án phòng dịch.",
    ].join("\n");
    const r = await runCli(["tasks", "-"], { stdin });
    expect(r.stdout.split("\n")[1]).toMatch(/^PL1\/II\.1\.a\.-1 +Sở Y tế /);
  });

  it.each([
    ["plain", "plain"],
    ["a, b", '"a, b"'],
    ['a "quote"', '"a ""quote"""'],
    ["two\nlines", '"two\nlines"'],
  ])("csv field %j → %s", (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it("--format json: one array of tasks with their file, document and clause", async () => {
    const r = await runCli(["tasks", SEED, SEED2, "--format", "json"]);
    const rows = JSON.parse(r.stdout);
    expect(Array.isArray(rows)).toBe(true);
    expect(Object.keys(rows[0])).toEqual(["file", "document", "clause", "action", "lead", "support", "deadline", "reportTo", "lines"]);
    expect(rows[0]).toMatchObject({ file: SEED, document: 0, clause: null, lead: [{ text: "Sở Giáo dục và Đào tạo" }] });
    expect(rows.some((t: { file: string; clause: string }) => t.file === SEED2 && t.clause === "3.-1")).toBe(true);
    expect(rows.find((t: { clause: string; file: string }) => t.file === SEED2 && t.clause === "1").deadline).toMatchObject({ kind: "date", iso: "2021-09-15" });
  });

  it("reads standard input", async () => {
    const r = await runCli(["tasks", "-", "--format", "json"], { stdin: "1. Giao Sở Y tế chủ trì, phối hợp Sở Tài chính triển khai; báo cáo UBND tỉnh trước ngày 30/9/2021.\n" });
    const [task] = JSON.parse(r.stdout);
    expect(task).toMatchObject({ file: "-", clause: "1", lead: [{ text: "Sở Y tế" }], support: [{ text: "Sở Tài chính" }], reportTo: [{ normalized: "Ủy ban nhân dân tỉnh" }], deadline: { iso: "2021-09-30" } });
  });

  it("--format json carries `via` where the report goes through an office, and only there", async () => {
    const r = await runCli(["tasks", "-", "--format", "json"], {
      stdin: "1. Giao Sở Y tế triển khai, báo cáo UBND tỉnh (qua Sở Tài chính) trước ngày 30/9/2021.\n2. Giao Sở Nội vụ rà soát, báo cáo UBND tỉnh trước ngày 30/9/2021.\n",
    });
    const [first, second] = JSON.parse(r.stdout);
    expect(first).toMatchObject({ clause: "1", reportTo: [{ text: "UBND tỉnh" }], via: [{ text: "Sở Tài chính" }] });
    expect(second).not.toHaveProperty("via");
  });

  it("says so when there are no tasks", async () => {
    const r = await runCli(["tasks", "-"], { stdin: "Hà Nội, ngày 1 tháng 1 năm 2021\n" });
    expect(r.stdout).toBe("no tasks found\n");
  });

  it("a missing file is a usage error, named on stderr; the other files still print", async () => {
    const r = await runCli(["tasks", "nope.txt", SEED, "--format", "json"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^directive-parse: nope\.txt: /);
    expect(JSON.parse(r.stdout).length).toBeGreaterThan(0);
  });

  it("rejects an unknown format", async () => {
    const r = await runCli(["tasks", SEED, "--format", "xml"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/xml/);
  });

  it("is listed in --help", async () => {
    const r = await runCli(["--help"]);
    expect(r.stdout).toMatch(/\btasks\b/);
  });
});
