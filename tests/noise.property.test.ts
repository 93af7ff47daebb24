/**
 * Properties of parse() over noisy real files (issue 4): the seeds and corpus documents with the
 * debris real archives carry — lines broken mid-sentence, diacritics lost on some lines, page
 * numbers and "--- PAGE BREAK ---" lines inside the text, YAML front matter or a converter banner
 * on top, CRLF, NFD on some lines — and then the whole file in a random encoding (UTF-8 with or
 * without BOM, UTF-16 LE/BE, Windows-1258, VNI, TCVN3).
 *
 * For every such file: parse() never throws, its output is valid against the committed JSON Schema
 * (ajv, not the zod source), the same bytes give byte-identical JSON, `source.encoding` names the
 * encoding the bytes were written in, and every non-blank line lies inside some document's `lines`
 * span (SPEC §3: nothing silently dropped).
 * Timeouts are limits for a hung run, not timing assertions.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "../src/parse.js";
import { ROOT } from "./cli/fake-io.js";
import { schemaProblems, uncoveredLines } from "./contract.js";
import { variantsOf } from "./encodings/variants.js";

interface Source {
  path: string;
  text: string;
}

const SOURCES: Source[] = [
  "fixtures/seeds/000_874e997d141ea415.txt",
  "fixtures/seeds/001_270aefc581ab2cef.txt",
  "fixtures/seeds/002_e02c2ff2b7f91691.txt",
  "fixtures/seeds/003_5ecbf548863f04f0.txt",
  "fixtures/seeds/004_25a654556981ec2d.txt",
  "fixtures/corpus/cv-vpcp-2776-2011.txt",
  "fixtures/corpus/qd-ttg-798-2026.txt",
  "fixtures/corpus/cv-btc-19046-2014.txt",
  "fixtures/corpus/ct-ttg-21-2026.txt",
  "fixtures/corpus/qd-byt-3467-2024.md",
].map((path) => ({ path, text: readFileSync(join(ROOT, path), "utf8").replace(/\r\n?/g, "\n") }));

const bare = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[Đđ]/g, (c) => (c === "Đ" ? "D" : "d"));

/** Damage done to one line (chosen by `at`, modulo the line count at that moment). */
type LineNoise =
  | { kind: "break"; at: number; cut: number } // a line broken at a random place
  | { kind: "bare"; at: number } // diacritics lost on this line
  | { kind: "nfd"; at: number } // this line in NFD
  | { kind: "page"; at: number; page: number; style: number } // a page number line
  | { kind: "pagebreak"; at: number };

const lineNoise: fc.Arbitrary<LineNoise> = fc.oneof(
  fc.record({ kind: fc.constant("break" as const), at: fc.nat(), cut: fc.nat() }),
  fc.record({ kind: fc.constant("bare" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("nfd" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("page" as const), at: fc.nat(), page: fc.integer({ min: 1, max: 40 }), style: fc.nat(3) }),
  fc.record({ kind: fc.constant("pagebreak" as const), at: fc.nat() }),
);

const PAGE_STYLES = [(n: number) => String(n), (n: number) => `- ${n} -`, (n: number) => `Trang ${n}/40`, (n: number) => `${n}`.padStart(40)];

/** What a converter or an OCR tool leaves above the document. */
const TOPS = [
  "",
  '---\ntitle: "Công văn 2776/VPCP-QHQT"\ndate: 2011-05-04\nsource: scan-0042.pdf\n---\n',
  "<!-- Converted by pandoc 2.17.1.1 from cv.docx -->\n\n",
  "Converted by mammoth 1.13.0\n",
  "# Page 1 (OCR, confidence 0.87)\n",
] as const;

function noisy(text: string, noises: readonly LineNoise[], top: string, crlf: boolean): string {
  const lines = text.split("\n");
  for (const n of noises) {
    const i = n.at % lines.length;
    const line = lines[i];
    if (n.kind === "break") {
      const cut = line.length ? n.cut % line.length : 0;
      lines.splice(i, 1, line.slice(0, cut), line.slice(cut));
    }
    if (n.kind === "bare") lines[i] = bare(line);
    if (n.kind === "nfd") lines[i] = line.normalize("NFD");
    if (n.kind === "page") lines.splice(i, 0, "", PAGE_STYLES[n.style](n.page), "");
    if (n.kind === "pagebreak") lines.splice(i, 0, "--- PAGE BREAK ---");
  }
  const joined = top + lines.join("\n");
  return crlf ? joined.replace(/\n/g, "\r\n") : joined;
}

interface NoisyFile {
  path: string;
  /** the text before encoding: line numbers are the same in the bytes */
  text: string;
  encoding: string;
  /** the `source.encoding` the decoder must report */
  expected: string;
  bytes: Uint8Array;
}

const noisyFile: fc.Arbitrary<NoisyFile> = fc
  .record({
    source: fc.constantFrom(...SOURCES),
    noises: fc.array(lineNoise, { maxLength: 15 }),
    top: fc.constantFrom(...TOPS),
    crlf: fc.boolean(),
    encoding: fc.nat(8),
  })
  .map(({ source, noises, top, crlf, encoding }) => {
    const text = noisy(source.text, noises, top, crlf);
    const variant = variantsOf(text)[encoding];
    return { path: source.path, text, encoding: variant.name, expected: variant.encoding, bytes: variant.bytes };
  });

const show = (f: NoisyFile) => `${f.path} as ${f.encoding}`;

describe("parse() over noisy files in any encoding", () => {
  it("never throws and always matches the committed JSON Schema", { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(noisyFile, (file) => {
        const result = parse(file.bytes, { path: file.path });
        expect(schemaProblems(result), show(file)).toEqual([]);
        expect(result.documents.length, show(file)).toBeGreaterThan(0);
      }),
      { numRuns: 100 },
    );
  });

  it("gives byte-identical JSON for the same bytes", { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(noisyFile, (file) => {
        const once = JSON.stringify(parse(file.bytes, { path: file.path }));
        const again = JSON.stringify(parse(Uint8Array.from(file.bytes), { path: file.path }));
        expect(again, show(file)).toBe(once);
      }),
      { numRuns: 50 },
    );
  });

  it("detects the encoding of the whole file whatever the noise", { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(noisyFile, (file) => {
        expect(parse(file.bytes, { path: file.path }).source.encoding, show(file)).toBe(file.expected);
      }),
      { numRuns: 100 },
    );
  });

  it("puts every non-blank line inside some document's lines span", { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(noisyFile, (file) => {
        const result = parse(file.bytes, { path: file.path });
        expect(uncoveredLines(file.text, result), show(file)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
