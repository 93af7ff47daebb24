/**
 * Properties: any Vietnamese text survives UTF-8 (and NFD) → decode, and TCVN3/VNI encode → decode
 * for the characters those encodings can hold.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decode, encodeTcvn3, encodeVni } from "../../src/decode/index.js";
import { utf8 } from "./fixtures.js";
import { PLAIN_SYLLABLES, TONED_SYLLABLES } from "./syllables.js";

const capitalize = (w: string) => w[0].toUpperCase() + w.slice(1);
const casing = fc.constantFrom<(w: string) => string>((w) => w, capitalize, (w) => w.toUpperCase());
const toned = fc.constantFrom(...TONED_SYLLABLES);
const plain = fc.constantFrom(...PLAIN_SYLLABLES, "2021", "Covid-19", "30/2020/NĐ-CP");
const separator = fc.constantFrom(" ", " ", " ", ", ", "\n", "\r\n", "\r", ": ", " - ", " “", "” ");

/**
 * 8–60 words, at least 8 of them with a non-ASCII letter, joined by spaces, punctuation, line ends.
 * (Below a handful of words the legacy encodings can read equally well: "thö uûng khoâng" is VNI
 * "thư ủng không" but also reads as cp1258 "thử uỷng khoõng".)
 */
function vietnameseText(options: { cased: boolean }) {
  const word = fc.oneof({ weight: 3, arbitrary: toned }, { weight: 1, arbitrary: plain });
  const styled = options.cased ? fc.tuple(word, casing).map(([w, c]) => c(w)) : word;
  return fc
    .tuple(fc.array(toned, { minLength: 8, maxLength: 8 }), fc.array(fc.tuple(styled, separator), { maxLength: 52 }))
    .map(([first, rest]) => first.join(" ") + " " + rest.map(([w, s]) => w + s).join("") + ".");
}

describe("properties", () => {
  it("UTF-8 → decode gives the same NFC text", () => {
    fc.assert(
      fc.property(vietnameseText({ cased: true }), fc.boolean(), (text, nfd) => {
        const result = decode(utf8(nfd ? text.normalize("NFD") : text));
        expect(result.text).toBe(text.normalize("NFC"));
        expect(result.encoding).toBe("utf-8");
      }),
      { numRuns: 300 },
    );
  });

  it("VNI encode → decode gives the text back (VNI holds every Vietnamese letter)", () => {
    fc.assert(
      fc.property(vietnameseText({ cased: true }), (text) => {
        const result = decode(encodeVni(text));
        expect(result.text).toBe(text);
        expect(result.encoding).toBe("vni");
      }),
      { numRuns: 300 },
    );
  });

  it("TCVN3 encode → decode gives lower-case text back (TCVN3 has no toned capitals)", () => {
    fc.assert(
      fc.property(vietnameseText({ cased: false }), (text) => {
        const result = decode(encodeTcvn3(text));
        expect(result.text).toBe(text);
        expect(result.encoding).toBe("tcvn3");
      }),
      { numRuns: 300 },
    );
  });

  it("decode never throws and always returns NFC", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const result = decode(bytes);
        expect(result.text).toBe(result.text.normalize("NFC"));
        expect(result.binary ? result.text : "").toBe("");
      }),
      { numRuns: 300 },
    );
  });
});
