/**
 * Converter debris above a document (issue 4, SPEC §3 "Lines outside every document (a converter
 * banner, YAML front matter) belong to the nearest document's unclassified or stamps"): YAML front
 * matter, a pandoc HTML comment, a mammoth banner, a "Converted by …" line, an OCR "# Page 1 (…)"
 * heading. Put on top of a real document, those lines must land in the first document's
 * `unclassified`, and the document must otherwise be exactly what it was without them (every
 * `lines` moved down by the banner's height): nothing of the banner in any field.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";
import type { Document } from "../../src/types.js";
import { ROOT } from "../cli/fake-io.js";
import { schemaProblems } from "../contract.js";

const TOPS = {
  "YAML front matter": '---\ntitle: "Công văn số 2776/VPCP-QHQT"\ndate: 2011-05-04\nsource: scan-0042.pdf\n---\n',
  "a pandoc HTML comment": "<!-- Converted by pandoc 2.17.1.1 from cv-2776.docx -->\n",
  "a mammoth banner": "Converted by mammoth 1.13.0\n",
  'a "Converted by …" line': "Converted by Word2Text 3.2 on 05/01/2024\n",
  'an OCR "# Page 1 (…)" heading': "# Page 1 (OCR, Tesseract 5.3, confidence 87%)\n",
} as const;
type Top = keyof typeof TOPS;

const DOCS = [
  "fixtures/seeds/000_874e997d141ea415.txt", // headerless: starts with the type line "THÔNG BÁO**Kết luận…"
  "fixtures/seeds/002_e02c2ff2b7f91691.txt",
  "fixtures/corpus/cv-vpcp-2776-2011.txt",
  "fixtures/corpus/qd-ttg-798-2026.txt",
];

/** Every `lines: [a, b]` in the value, moved down by `n`. */
function shifted<T>(value: T, n: number): T {
  if (Array.isArray(value)) return value.map((v) => shifted(v, n)) as T;
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    const isSpan = key === "lines" && Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === "number");
    out[key] = isSpan ? (v as number[]).map((x) => x + n) : shifted(v, n);
  }
  return out as T;
}

/** The documents of `path` as they must come out with `top` above them. */
function expectedWith(path: string, top: string): { documents: Document[]; height: number; bannerLines: number[] } {
  const text = readFileSync(join(ROOT, path), "utf8");
  const height = top.split("\n").length - 1;
  const documents = shifted(parse(text, { path }).documents, height);
  documents[0] = { ...documents[0], lines: [1, documents[0].lines[1]] };
  const bannerLines = top.split("\n").flatMap((line, i) => (line.trim() ? [i + 1] : []));
  return { documents, height, bannerLines };
}

function check(top: Top, path: string): void {
  const text = readFileSync(join(ROOT, path), "utf8");
  const result = parse(TOPS[top] + text, { path });
  expect(schemaProblems(result)).toEqual([]);
  const { documents, height, bannerLines } = expectedWith(path, TOPS[top]);
  expect(result.documents).toHaveLength(documents.length);
  const [first, ...rest] = result.documents;
  // the banner's lines are in the first document's unclassified, one entry per line
  const fromBanner = first.unclassified.filter((u) => u.lines[1] <= height);
  expect(fromBanner.map((u) => u.lines)).toEqual(bannerLines.map((n) => [n, n]));
  // and nowhere else: without them, the document is the one parsed without the banner
  expect({ ...first, unclassified: first.unclassified.filter((u) => u.lines[0] > height) }).toEqual(documents[0]);
  expect(rest).toEqual(documents.slice(1));
}

const cases = (tops: Top[], paths: string[]) => tops.flatMap((top) => paths.map((path) => [top, path] as [Top, string]));

describe("converter debris above a document goes to the first document's unclassified", () => {
  it.each(
    cases(["a pandoc HTML comment", "a mammoth banner", 'a "Converted by …" line', 'an OCR "# Page 1 (…)" heading'], DOCS.slice(1)),
  )("%s above %s", check);

  it.each([['an OCR "# Page 1 (…)" heading', DOCS[0]]] as [Top, string][])("%s above %s", check);

  // YAML front matter: its "---" lines and keys are a preface, handed to the first document.
  it.each(cases(["YAML front matter"], DOCS))("%s above %s", check);

  // A banner line above a document that opens with its type line (seed 000, "THÔNG BÁO**Kết
  // luận…") is read as a banner, not as prose that swallows the type line.
  it.each(cases(["a pandoc HTML comment", "a mammoth banner", 'a "Converted by …" line'], DOCS.slice(0, 1)))("%s above %s", check);
});
