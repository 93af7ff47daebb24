/**
 * The same document in every encoding a real archive holds gives the same `documents` (issue 4):
 * byte-level variants generated here from three originals, and the committed files in
 * fixtures/derived/ (made by UniKey, iconv-lite and glibc iconv; see its SOURCES.md).
 *
 * Only `source` (bytes, sha256, encoding) and the decoding diagnostics may differ. Two encodings
 * cannot carry the whole text, and for them the comparison is against what they do carry:
 * - TCVN3 (ABC) has no toned capitals ("Ủy" is written as "ủy"); the decoder restores the ones
 *   its context tells and reports the rest (`encoding-case-lost`). Its documents are compared with
 *   the parse of its decoded text given as a string, and that text must equal the original but
 *   for letter case — so only case was lost, and the parser reads the recovered text the same way
 *   whether it arrives as TCVN3 bytes or as Unicode.
 * - TCVN 5712 VN1 (iconv-lite "tcvn") has no “ ”: iconv-lite wrote "?" for them (002 only).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decode } from "../../src/decode/index.js";
import { parse } from "../../src/parse.js";
import type { Diagnostic, ParseResult } from "../../src/types.js";
import { ROOT } from "../cli/fake-io.js";
import { variantsOf } from "./variants.js";

/** stem in fixtures/derived → the UTF-8 original */
const ORIGINALS = {
  "002_e02c2ff2b7f91691": "fixtures/seeds/002_e02c2ff2b7f91691.txt",
  "cv-vpcp-2776-2011": "fixtures/corpus/cv-vpcp-2776-2011.txt",
  "qd-ttg-798-2026": "fixtures/corpus/qd-ttg-798-2026.txt",
} as const;
type Stem = keyof typeof ORIGINALS;
const STEMS = Object.keys(ORIGINALS) as Stem[];

const read = (relative: string) => new Uint8Array(readFileSync(join(ROOT, relative)));
const originalText = (stem: Stem) => readFileSync(join(ROOT, ORIGINALS[stem]), "utf8");
const isDecoding = (d: Diagnostic) => d.code.startsWith("encoding-");
const codesOf = (r: ParseResult) => r.diagnostics.filter(isDecoding).map((d) => [d.code, d.severity]);

const cache = new Map<Stem, ParseResult>();
function reference(stem: Stem): ParseResult {
  if (!cache.has(stem)) cache.set(stem, parse(read(ORIGINALS[stem]), { path: ORIGINALS[stem] }));
  return cache.get(stem)!;
}

describe.each(STEMS)("%s: variants generated from the original", (stem) => {
  const path = ORIGINALS[stem];
  const variants = variantsOf(originalText(stem));

  it.each(variants.filter((v) => v.encoding !== "tcvn3"))("$name gives the same documents and diagnostics", ({ bytes, encoding, converted }) => {
    const result = parse(bytes, { path });
    expect(result.documents).toEqual(reference(stem).documents);
    // the structural diagnostics too: only the decoding note may be added
    expect(result.diagnostics.filter((d) => !isDecoding(d))).toEqual(reference(stem).diagnostics);
    expect(result.source.encoding).toBe(encoding);
    expect(codesOf(result)).toEqual(converted ? [["encoding-converted", "info"]] : []);
  });

  it("TCVN3 loses only letter case, and its documents are those of its decoded text", () => {
    const { bytes } = variants.find((v) => v.encoding === "tcvn3")!;
    const decoded = decode(bytes);
    expect(decoded.text.toLowerCase()).toBe(originalText(stem).normalize("NFC").toLowerCase());
    expect(decoded.text).not.toBe(originalText(stem)); // every one of the three has a lost capital
    const result = parse(bytes, { path });
    expect(result.source.encoding).toBe("tcvn3");
    expect(codesOf(result)).toEqual([
      ["encoding-converted", "info"],
      ["encoding-case-lost", "warning"],
    ]);
    expect(result.documents).toEqual(parse(decoded.text, { path }).documents);
  });

  it("the source block describes the bytes of each variant", () => {
    for (const { bytes } of variants) {
      const { source } = parse(bytes, { path });
      expect(source.bytes).toBe(bytes.byteLength);
      expect(source.path).toBe(path);
      expect(source.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
  });
});

describe.each(STEMS)("%s: the committed files in fixtures/derived", (stem) => {
  const file = (form: string) => `fixtures/derived/${stem}.${form}.txt`;

  it.each([
    ["utf16le-bom", "utf-16le"],
    ["cp1258", "windows-1258"],
    ["vni", "vni"],
    ["vni-mojibake", "vni-in-unicode"],
  ])("%s gives the original's documents (source.encoding %s)", (form, encoding) => {
    const result = parse(read(file(form)), { path: file(form) });
    expect(result.documents).toEqual(reference(stem).documents);
    expect(result.source.encoding).toBe(encoding);
    expect(codesOf(result)).toEqual([["encoding-converted", "info"]]);
  });

  it.each([
    ["tcvn3", "tcvn3"],
    ["tcvn3-mojibake", "tcvn3-in-unicode"],
  ])("%s gives the documents of its decoded text, which is the original but for case (%s)", (form, encoding) => {
    const bytes = read(file(form));
    const decoded = decode(bytes);
    expect(decoded.text.toLowerCase()).toBe(originalText(stem).toLowerCase());
    const result = parse(bytes, { path: file(form) });
    expect(result.documents).toEqual(parse(decoded.text, { path: file(form) }).documents);
    expect(result.source.encoding).toBe(encoding);
    expect(codesOf(result)).toEqual([
      ["encoding-converted", "info"],
      ["encoding-case-lost", "warning"],
    ]);
  });

  it("tcvn-vn1 gives the documents of the original with “ ” as \"?\" (VN1 cannot hold them)", () => {
    const result = parse(read(file("tcvn-vn1")), { path: file("tcvn-vn1") });
    const withoutQuotes = parse(originalText(stem).replace(/[“”]/g, "?"), { path: ORIGINALS[stem] });
    expect(result.documents).toEqual(withoutQuotes.documents);
    if (!/[“”]/.test(originalText(stem))) expect(result.documents).toEqual(reference(stem).documents);
    expect(result.source.encoding).toBe("tcvn-vn1");
    expect(codesOf(result)).toEqual([["encoding-converted", "info"]]);
  });
});

describe("the generated variants are the bytes real tools write", () => {
  it.each(STEMS)("%s: Windows-1258, VNI and TCVN3 match UniKey's files in fixtures/derived", async (stem) => {
    const byName = Object.fromEntries(variantsOf(originalText(stem)).map((v) => [v.encoding, v.bytes]));
    expect(Buffer.from(byName["windows-1258"]).equals(read(`fixtures/derived/${stem}.cp1258.txt`))).toBe(true);
    expect(Buffer.from(byName.vni).equals(read(`fixtures/derived/${stem}.vni.txt`))).toBe(true);
    expect(Buffer.from(byName.tcvn3).equals(read(`fixtures/derived/${stem}.tcvn3.txt`))).toBe(true);
    expect(Buffer.from(byName["utf-16le"]).equals(read(`fixtures/derived/${stem}.utf16le-bom.txt`))).toBe(true);
  });
});
