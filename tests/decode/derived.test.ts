/**
 * fixtures/derived: the same three documents in every legacy form (see its SOURCES.md) decode to
 * the UTF-8 original, except where the encoding cannot hold the text.
 */
import { describe, expect, it } from "vitest";
import { decode } from "../../src/decode/index.js";
import { bytesOf, ORIGINALS, originalText } from "./fixtures.js";

const STEMS = Object.keys(ORIGINALS);

/**
 * TCVN3 lost capitals the context cannot restore: on these lines every "Ủy" comes back "ủy"
 * ("Giao Ủy ban", "Chủ tịch Ủy ban": a title-case word inside a sentence).
 */
const TCVN3_LOST: Readonly<Record<string, readonly number[]>> = {
  "002_e02c2ff2b7f91691": [19, 30, 48, 54],
  "cv-vpcp-2776-2011": [15],
  "qd-ttg-798-2026": [64, 65, 113],
};

function tcvn3Expected(stem: string): string {
  const lines = originalText(stem).split("\n");
  for (const n of TCVN3_LOST[stem]) lines[n - 1] = lines[n - 1].replaceAll("Ủy", "ủy");
  return lines.join("\n");
}

/** VN1 (iconv-lite "tcvn") cannot hold “ ”: iconv-lite wrote "?" (only 002 has them). */
const vn1Expected = (stem: string) => originalText(stem).replace(/[“”]/g, "?");

describe.each(STEMS)("%s", (stem) => {
  it.each([
    ["utf16le-bom", "utf-16le"],
    ["cp1258", "windows-1258"],
    ["vni", "vni"],
    ["vni-mojibake", "vni-in-unicode"],
  ])("%s decodes to the original exactly (%s)", (form, encoding) => {
    const result = decode(bytesOf(`fixtures/derived/${stem}.${form}.txt`));
    expect(result.encoding).toBe(encoding);
    expect(result.text).toBe(originalText(stem));
    expect(result.binary).toBe(false);
    expect(result.diagnostics.map((d) => d.code)).toEqual(["encoding-converted"]);
  });

  it("tcvn-vn1 decodes to the original, quotes aside", () => {
    const result = decode(bytesOf(`fixtures/derived/${stem}.tcvn-vn1.txt`));
    expect(result.encoding).toBe("tcvn-vn1");
    expect(result.text).toBe(vn1Expected(stem));
  });

  it.each([
    ["tcvn3", "tcvn3"],
    ["tcvn3-mojibake", "tcvn3-in-unicode"],
  ])("%s decodes to the original with the unrecoverable capitals lower-cased", (form, encoding) => {
    const result = decode(bytesOf(`fixtures/derived/${stem}.${form}.txt`));
    expect(result.encoding).toBe(encoding);
    expect(result.text).toBe(tcvn3Expected(stem));
    expect(result.diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ["encoding-converted", "info"],
      ["encoding-case-lost", "warning"],
    ]);
  });
});

describe("TCVN3 diagnostics", () => {
  it.each([
    ["002_e02c2ff2b7f91691", 19, 31, "ủy", 14],
    ["cv-vpcp-2776-2011", 15, 5, "ở", 4],
    ["qd-ttg-798-2026", 37, 7, "ủy", 35],
  ])("%s: %i capitals restored, %i words of unknown case, first %s on line %i", (stem, restored, unknown, word, line) => {
    const [converted, lost] = decode(bytesOf(`fixtures/derived/${stem}.tcvn3.txt`)).diagnostics;
    expect(converted.message).toBe(
      `decoded from TCVN3 (ABC, .VnTime fonts); TCVN3 has no toned capitals: ${restored} restored from their context`,
    );
    expect(lost.message).toContain(`${unknown} word(s) begin with a toned letter`);
    expect(lost.message).toContain(`first "${word}" on line ${line}`);
    expect(lost.lines).toEqual([line, line]);
  });
});
