/**
 * Pathological shapes, parsed in-process (issue 4): a single line of several megabytes, thousands
 * of clause lines, ten thousand bullets, deeply alternating markers. Each must finish and give a
 * well-formed result; only the shape of the result is asserted. There are NO timing assertions in
 * this project: the size-scaling measurements live in bench/pathological.js (`npm run bench`).
 * Timeouts below are limits for a hung parser, not performance claims.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";
import type { Clause, Document } from "../../src/types.js";
import { ROOT } from "../cli/fake-io.js";
import { schemaProblems, uncoveredLines } from "../contract.js";

const HEAD = [
  "ỦY BAN NHÂN DÂN",
  "THÀNH PHỐ HÀ NỘI",
  "Số: 12/UBND-VX",
  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  "Độc lập - Tự do - Hạnh phúc",
  "Hà Nội, ngày 5 tháng 3 năm 2024",
  "Kính gửi: Các sở, ban, ngành.",
  "",
  "Ủy ban nhân dân Thành phố yêu cầu:",
];
const TAIL = ["", "Nơi nhận:", "- Như trên;", "- Lưu: VT, VX.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn A"];
/** a công văn around `body`: the body starts on line 10 */
const letter = (body: string[]) => [...HEAD, ...body, ...TAIL].join("\n") + "\n";
const FIRST_BODY_LINE = HEAD.length + 1;

const depth = (clauses: readonly Clause[]): number => (clauses.length ? 1 + Math.max(...clauses.map((c) => depth(c.items))) : 0);
const flat = (clauses: readonly Clause[]): Clause[] => clauses.flatMap((c) => [c, ...flat(c.items)]);

/** One letter whose body is `body`: the result is schema-valid, one document spans it all, the signer survives. */
function parseLetter(body: string[]): Document {
  const text = letter(body);
  const result = parse(text, { path: "letter.txt" });
  expect(schemaProblems(result)).toEqual([]);
  expect(uncoveredLines(text, result)).toEqual([]);
  expect(result.documents).toHaveLength(1);
  const [doc] = result.documents;
  expect(doc.number?.value).toBe("12/UBND-VX");
  expect(doc.signatures.map((s) => s.name)).toEqual(["Nguyễn Văn A"]);
  return doc;
}

describe("a single line of several megabytes", { timeout: 120_000 }, () => {
  const original = readFileSync(join(ROOT, "fixtures/corpus/cv-vpcp-2776-2011.txt"), "utf8");
  /** the whole document with its line breaks turned into spaces, repeated to `bytes` */
  const oneLine = (bytes: number) => {
    const unit = `${original.replace(/\s+/g, " ").trim()} `;
    return unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)));
  };

  it("plain text, 5 MB, no line break at all: finishes, everything on line 1", () => {
    const text = oneLine(5e6);
    const result = parse(Buffer.from(text), { path: "one-line.txt" });
    expect(result.source).toMatchObject({ bytes: Buffer.byteLength(text), encoding: "utf-8", markup: "plain" });
    expect(schemaProblems(result)).toEqual([]);
    expect(result.documents.length).toBeGreaterThanOrEqual(1);
    for (const doc of result.documents) expect(doc.lines).toEqual([1, 1]);
  });

  it("the same with a final line break and CRLF files' \\r: still line 1", () => {
    const text = `${oneLine(3e6)}\r\n`;
    const result = parse(Buffer.from(text), { path: "one-line.txt" });
    expect(result.documents.length).toBeGreaterThanOrEqual(1);
    for (const doc of result.documents) expect(doc.lines).toEqual([1, 1]);
  });

  // remark reads markdown; it gets the line whole (src/lines/markdown-marks.ts:40 parses the whole
  // text in one call, and a single line cannot be cut at blank lines), and it is worse than linear
  // there: see bench/pathological.js. 2 MB keeps this test short; it must still finish.
  it("markdown, 2 MB on one line: finishes, everything on line 1", () => {
    const text = oneLine(2e6).replace(/CÔNG VĂN|Kính gửi/g, "**$&**");
    const result = parse(Buffer.from(text), { path: "one-line.md" });
    expect(result.source.markup).toBe("markdown");
    expect(schemaProblems(result)).toEqual([]);
    expect(result.documents.length).toBeGreaterThanOrEqual(1);
    for (const doc of result.documents) expect(doc.lines).toEqual([1, 1]);
  });
});

describe("thousands of clause lines", { timeout: 120_000 }, () => {
  it('5,000 lines all numbered "1.": 5,000 clauses, each with the number as printed, gaps reported', () => {
    const body = Array.from({ length: 5000 }, (_, i) => `1. Giao Sở Nội vụ thực hiện nhiệm vụ thứ ${i + 1}.`);
    const doc = parseLetter(body);
    expect(doc.clauses).toHaveLength(5000);
    expect(doc.clauses.every((c) => c.marker === "1." && c.number === "1" && c.items.length === 0)).toBe(true);
    expect(doc.clauses.map((c) => c.text)).toEqual(body.map((line) => line.slice(3)));
    expect(doc.clauses.map((c) => c.lines)).toEqual(body.map((_, i) => [FIRST_BODY_LINE + i, FIRST_BODY_LINE + i]));
    const result = parse(letter(body));
    expect(result.diagnostics.filter((d) => d.code === "clause-numbering-gap").length).toBeGreaterThan(0);
  });

  // Clause numbers have up to three digits: a four-digit number at a line start ("2024. …") is a
  // year, not a clause.
  it("999 lines numbered 1. to 999.: 999 clauses, numbers as printed", () => {
    const body = Array.from({ length: 999 }, (_, i) => `${i + 1}. Giao Sở Nội vụ thực hiện nhiệm vụ thứ ${i + 1}.`);
    const doc = parseLetter(body);
    expect(doc.clauses.map((c) => c.number)).toEqual(body.map((_, i) => String(i + 1)));
  });

  it('10,000 "- x" bullets: 10,000 bullet clauses', () => {
    const doc = parseLetter(Array.from({ length: 10_000 }, () => "- x"));
    expect(doc.clauses).toHaveLength(10_000);
    expect(doc.clauses.every((c) => c.marker === "-" && c.number === null && c.text === "x" && c.items.length === 0)).toBe(true);
    expect(doc.clauses.at(-1)!.lines).toEqual([FIRST_BODY_LINE + 9999, FIRST_BODY_LINE + 9999]);
  });

  it("deeply alternating markers (I. 1. a) - + × 1,000): 1,000 trees five deep, every line in one clause", () => {
    const cycle = ["I.", "1.", "a)", "-", "+"];
    const body = Array.from({ length: 5000 }, (_, i) => `${cycle[i % 5]} mục ${i}`);
    const doc = parseLetter(body);
    expect(doc.clauses).toHaveLength(1000);
    expect(depth(doc.clauses)).toBe(5);
    expect(flat(doc.clauses).map((c) => c.marker)).toEqual(body.map((line) => line.split(" ")[0]));
    expect(flat(doc.clauses).map((c) => c.text)).toEqual(body.map((line) => line.slice(line.indexOf(" ") + 1)));
  });

  it("nine marker styles alternating (I. 1. 1.1. 1.1.1. a) (1) - + *): finishes, no line lost", () => {
    const cycle = ["I.", "1.", "1.1.", "1.1.1.", "a)", "(1)", "-", "+", "*"];
    const body = Array.from({ length: 5000 }, (_, i) => `${cycle[i % cycle.length]} mục ${i}`);
    const doc = parseLetter(body);
    expect(depth(doc.clauses)).toBeGreaterThanOrEqual(5);
    expect(flat(doc.clauses).map((c) => c.text)).toEqual(body.map((line) => line.slice(line.indexOf(" ") + 1)));
  });
});
