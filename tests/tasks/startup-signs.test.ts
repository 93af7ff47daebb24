/**
 * The cheap signs and by-hand tests that keep costly patterns (`iu`, `\p{…}`) out of start-up
 * decide as the patterns they stand before or replace.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LETTER_CLASS } from "../../src/decode/vietnamese-letters.js";
import { capitalised, lowerWord } from "../../src/inline/references.js";
import { isFormula } from "../../src/tasks/closing-tasks.js";
import { mayHaveLowerThenUpper } from "../../src/tasks/normalize-agency.js";

const ODD = ["", " ", ",", ".", "a", "Z", "1", "_", "đ", "Đ", "ơ", "\u0301", "ß", "ſ", "\u212a", "İ", "ı", "𝐀", "😀", "\ud835", "\udc00", "中", "\u00a0", "…", "”", "ϒ", "ℂ", "/", "\n"];

describe("closing formula (closing-tasks)", () => {
  const OLD = /(?<![a-zà-ỹđ])biết(?![a-zà-ỹđ])|^(?:(?:nghiêm túc|khẩn trương|tổ chức|triển khai)\s+)*thực hiện(?:\s+(?:nghiêm túc|tốt))?\s*(?:(?:Nghị quyết|Quyết định|Chỉ thị|Thông tư|Công văn|Kế hoạch|văn bản|Hướng dẫn) này)?[./\s]*$|^(?:trên đây|nhất trí|thống nhất)(?![a-zà-ỹđ])/iu;
  const WORDS = ["biết", "Biết", "BIẾT", "biẾt", "biêt", "thực hiện", "Thực hiện", "THỰC HIỆN", "nghiêm túc ", "khẩn trương ", "tổ chức ", "triển khai ", " tốt", " Nghị quyết này", " văn bản này", "./.", "trên đây", "Trên Đây", "nhất trí", "thống nhất", "để các đơn vị ", "thông báo "];
  it("decides as the one pattern it was", () => {
    for (const before of ODD) for (const after of ODD) for (const word of ["biết", "BIẾT", "trên đây", "nhất trí", "thực hiện"]) {
      const text = `${before}${word}${after}`;
      expect(isFormula(text), JSON.stringify(text)).toBe(OLD.test(text));
    }
    fc.assert(fc.property(fc.array(fc.constantFrom(...ODD, ...WORDS), { maxLength: 8 }), (parts) => {
      const text = parts.join("");
      expect(isFormula(text), JSON.stringify(text)).toBe(OLD.test(text));
    }), { numRuns: 5000 });
  });
});

describe("a lower-case letter before a capital (normalize-agency)", () => {
  const OLD = /\p{Ll}\p{Lu}/u;
  it("the sign holds wherever the pattern matches, for every capital of the BMP", () => {
    const upper = /^\p{Lu}$/u;
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const c = String.fromCharCode(code);
      if (upper.test(c)) expect(mayHaveLowerThenUpper(`a${c}`), code.toString(16)).toBe(true);
    }
    fc.assert(fc.property(fc.array(fc.constantFrom(...ODD, "b", "C", "Ộ", "ộ", "𝐚", "Σ", "σ", "ǅ"), { maxLength: 8 }), (parts) => {
      const text = parts.join("");
      if (OLD.test(text)) expect(mayHaveLowerThenUpper(text), JSON.stringify(text)).toBe(true);
    }), { numRuns: 5000 });
  });
});

describe("capitalised and lower-case words (references)", () => {
  it("a Vietnamese letter is \\p{Lu} or \\p{Ll} as its case mappings say", () => {
    const letters = [...new RegExp(`[${LETTER_CLASS}]`, "g")[Symbol.matchAll](String.fromCharCode(...Array.from({ length: 0x1f00 }, (_, i) => i)))].map((m) => m[0]);
    expect(letters.length).toBeGreaterThan(130);
    for (const c of letters) {
      expect(/^\p{Lu}$/u.test(c), c).toBe(c !== c.toLowerCase());
      expect(/^\p{Ll}$/u.test(c), c).toBe(c !== c.toUpperCase());
    }
  });
  it("decides as the patterns", () => {
    const parts = [...ODD, "T", "h", "ư", "ờ", "n", "g", "V", "ụ", "Ủ", "y", "ǅ", "ª"];
    fc.assert(fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 6 }), (p) => {
      const word = p.join("");
      expect(capitalised(word), JSON.stringify(word)).toBe(/^\p{Lu}\p{Ll}+$/u.test(word));
      expect(lowerWord(word), JSON.stringify(word)).toBe(/^\p{Ll}+$/u.test(word));
    }), { numRuns: 5000 });
  });
});
