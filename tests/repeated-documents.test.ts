/** src/repeated-documents.ts: a document printed twice in one file is flagged on its later copy. */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { parse } from "../src/parse.js";
import { overlappingDocuments } from "../src/repeated-documents.js";
import type { Document } from "../src/types.js";

const letter = (number: string, task: string): string =>
  [
    "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "XÃ TÂN PHÚ\tĐộc lập - Tự do - Hạnh phúc",
    `Số: ${number}/UBND-VP\tTân Phú, ngày 05 tháng 3 năm 2026`,
    "V/v rà soát hộ nghèo",
    "",
    "Kính gửi: Các thôn trên địa bàn xã.",
    "",
    `${task}./.`,
    "",
    "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN",
    "- Như trên;\tCHỦ TỊCH",
    "- Lưu: VT.",
    "\tNguyễn Văn An",
    "",
  ].join("\n");

const repeats = (text: string) => parse(text, { path: "x.txt" }).diagnostics.filter((d) => d.code === "duplicate-document");

describe("repeatedDocuments", () => {
  it("flags the later copy of a document pasted twice, with its lines", () => {
    const once = letter("12", "Đề nghị các thôn rà soát, báo cáo trước ngày 15/3/2026");
    // the letter's 13 lines, a blank line, the same 13 lines again
    expect(repeats(`${once}\n${once}`)).toEqual([
      { severity: "warning", code: "duplicate-document", message: "the document of lines 1–13 is printed again here", lines: [15, 27] },
    ]);
  });

  it.each([
    ["two letters with other numbers", letter("12", "Đề nghị các thôn rà soát"), letter("13", "Đề nghị các thôn rà soát")],
    ["the same header, another task", letter("12", "Đề nghị các thôn rà soát"), letter("12", "Đề nghị các thôn báo cáo")],
  ])("stays silent on %s", (_, a, b) => {
    expect(repeats(`${a}\n${b}`)).toEqual([]);
  });

  it("stays silent on one document", () => {
    expect(repeats(letter("12", "Đề nghị các thôn rà soát"))).toEqual([]);
  });
});

describe("overlappingDocuments", () => {
  const overlaps = (text: string, path = "x.txt") => parse(text, { path }).diagnostics.filter((d) => d.code === "overlapping-documents");
  // a real document, moved to the given lines (no input splits into overlapping documents any more,
  // so the wrong split is made by hand)
  const one = parse(letter("12", "Đề nghị các thôn rà soát"), { path: "x.txt" }).documents[0];
  const at = (from: number, to: number): Document => ({ ...one, lines: [from, to] });

  it.each([
    ["the second starts inside the first", [at(1, 13), at(11, 18)], [[11, 18]]],
    ["the second lies wholly inside the first", [at(1, 30), at(10, 12)], [[10, 12]]],
    ["each of three starts inside the one before", [at(1, 13), at(11, 18), at(16, 30)], [[11, 18], [16, 30]]],
    ["only the pair that overlaps", [at(1, 13), at(14, 20), at(19, 30)], [[19, 30]]],
  ])("flags the later document when %s", (_, documents, spans) => {
    expect(overlappingDocuments(documents).map((d) => [d.code, d.severity, d.lines])).toEqual(
      spans.map((span) => ["overlapping-documents", "warning", span]),
    );
  });

  it("names the document it starts inside", () => {
    expect(overlappingDocuments([at(1, 13), at(11, 18)])[0].message).toBe(
      "this document starts inside the document of lines 1–13: the split into documents is unsure",
    );
  });

  it.each([
    ["one document", [at(1, 13)]],
    ["documents one after another", [at(1, 13), at(15, 27)]],
    ["neighbours on adjacent lines", [at(1, 13), at(14, 27)]],
    ["neighbours that share their boundary line (a whole document on one line)", [at(3, 12), at(12, 18), at(18, 18), at(18, 24)]],
  ])("stays silent on %s", (_, documents) => {
    expect(overlappingDocuments(documents)).toEqual([]);
  });

  it("stays silent on two letters in one file, and on one-line documents sharing their boundary lines", () => {
    expect(overlaps(`${letter("12", "Đề nghị các thôn rà soát")}\n${letter("13", "Đề nghị các thôn báo cáo")}`)).toEqual([]);
    const path = "fixtures/corpus/multi-mttq-luong-minh-htm-2026.txt";
    const shared = parse(readFileSync(path), { path });
    expect(shared.documents.some((d, i) => i > 0 && d.lines[0] === shared.documents[i - 1].lines[1])).toBe(true);
    expect(shared.diagnostics.filter((d) => d.code === "overlapping-documents")).toEqual([]);
  });
});
