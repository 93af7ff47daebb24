/**
 * Properties of parse() over noisy real documents and random text: it never throws, its output
 * matches the contract, the same input gives the same bytes, and every non-blank line of the
 * input lands in exactly one part of exactly one document.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldPreface } from "../src/build/preface.js";
import { lex } from "../src/lex.js";
import { sniffMarkup, splitCells, toLines, unfoldLayout } from "../src/lines/index.js";
import { parse } from "../src/parse.js";
import { ParseResult } from "../src/schema.js";
import { documentTokens, structure } from "../src/structure.js";

const SEEDS = ["000_874e997d141ea415", "001_270aefc581ab2cef", "002_e02c2ff2b7f91691", "003_5ecbf548863f04f0", "004_25a654556981ec2d"].map(
  (name) => readFileSync(`fixtures/seeds/${name}.txt`, "utf8"),
);
// qd-btp-173-2015: an attached plan read as an appendix with clauses and tasks
const CORPUS = ["cv-btc-19046-2014.txt", "ct-ttg-21-2026.txt", "qd-byt-3467-2024.md", "qd-btp-173-2015.txt"].map((name) => readFileSync(`fixtures/corpus/${name}`, "utf8"));

const stripDiacritics = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[Đđ]/g, (c) => (c === "Đ" ? "D" : "d"));

/** One kind of damage real files show, applied at a position. */
const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant("break" as const), at: fc.nat() }), // a line broken mid-sentence
  fc.record({ kind: fc.constant("page" as const), at: fc.nat(), page: fc.integer({ min: 1, max: 300 }) }), // a page number
  fc.record({ kind: fc.constant("pagebreak" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("bare" as const), at: fc.nat() }), // diacritics lost on a line
  fc.record({ kind: fc.constant("drop" as const), at: fc.nat() }), // a line lost
  fc.record({ kind: fc.constant("crlf" as const), at: fc.nat() }),
);

type Damage = { kind: "break" | "pagebreak" | "bare" | "drop" | "crlf"; at: number } | { kind: "page"; at: number; page: number };

function damaged(text: string, damages: Damage[]): string {
  const lines = text.split("\n");
  for (const d of damages) {
    const i = d.at % Math.max(1, lines.length);
    const line = lines[i] ?? "";
    if (d.kind === "break") lines.splice(i, 1, line.slice(0, line.length >> 1), line.slice(line.length >> 1));
    if (d.kind === "page") lines.splice(i, 0, "", String(d.page), "");
    if (d.kind === "pagebreak") lines.splice(i, 0, "--- PAGE BREAK ---");
    if (d.kind === "bare") lines[i] = stripDiacritics(line);
    if (d.kind === "drop") lines.splice(i, 1);
    if (d.kind === "crlf") lines[i] = line + "\r";
  }
  return lines.join("\n");
}

const noisyDocument = fc
  .tuple(fc.constantFrom(...SEEDS, ...CORPUS), fc.array(damage, { maxLength: 12 }))
  .map(([text, damages]) => damaged(text, damages));
const randomText = fc.string({ unit: fc.constantFrom(..."ab Đđ\n\r-+.:/|*#()1ÀạỹKT".split("")), maxLength: 400 });

describe("parse() properties", { timeout: 120_000 }, () => {
  it("never throws and always matches the output contract", () => {
    fc.assert(
      fc.property(fc.oneof(noisyDocument, randomText), (text) => {
        const result = parse(text);
        expect(ParseResult.safeParse(result).success).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it("gives byte-identical JSON for the same input", () => {
    fc.assert(
      fc.property(noisyDocument, (text) => {
        expect(JSON.stringify(parse(text))).toBe(JSON.stringify(parse(text)));
      }),
      { numRuns: 30 },
    );
  });

  it("puts every non-blank line in a part of a document, and no line twice", () => {
    fc.assert(
      fc.property(fc.oneof(noisyDocument, randomText), (text) => {
        const markup = sniffMarkup(text);
        const lines = toLines(text, markup);
        const docs = foldPreface(structure(lex(splitCells(unfoldLayout(lines, markup)))));
        const tokens = docs.flatMap(documentTokens);
        const nonBlank = lines.filter((l) => l.text !== "").map((l) => l.n);
        // every line (or every cell of a flattened line) is in one part, and no token in two
        expect([...new Set(tokens.map((t) => t.payload.n))].sort((a, b) => a - b)).toEqual(nonBlank);
        expect(new Set(tokens).size).toBe(tokens.length);
      }),
      { numRuns: 150 },
    );
  });

  it("covers every non-blank line with the documents' spans", () => {
    fc.assert(
      fc.property(noisyDocument, (text) => {
        const result = parse(text);
        const lines = toLines(text, "plain");
        for (const line of lines.filter((l) => l.text !== "")) {
          expect(result.documents.some((d) => d.lines[0] <= line.n && line.n <= d.lines[1])).toBe(true);
        }
      }),
      { numRuns: 50 },
    );
  });
});
