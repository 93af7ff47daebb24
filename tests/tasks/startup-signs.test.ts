/**
 * The cheap signs and by-hand tests that keep costly patterns (`iu`, `\p{…}`) out of start-up
 * decide as the patterns they stand before or replace.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LETTER_CLASS } from "../../src/decode/vietnamese-letters.js";
import { capitalised, lowerWord } from "../../src/inline/references.js";
import { isFormula } from "../../src/tasks/closing-tasks.js";
import { DATE_LIMIT, DATE_SIGN, MONTHLY_DAY, MONTHLY_DAY_SIGN, RELATIVE_LIMIT, RELATIVE_SIGN } from "../../src/tasks/deadline.js";
import { invites } from "../../src/tasks/index.js";
import { mayHaveLowerThenUpper } from "../../src/tasks/normalize-agency.js";
import { ODD } from "../helpers/odd-characters.js";


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

describe("the signs of a time limit (deadline)", () => {
  it("hold wherever their patterns match", () => {
    const parts = ODD.concat(["trước", "trong", "chậm nhất", "hạn chót là", "vào", "ngày", "tháng", "năm", "quý", "qúy", "tuần", "học kỳ", "kỳ", "họp", "tại", "hằng", "hàng", "thứ hai", "chủ nhật", "báo cáo", "tới", "cùng", "giờ", "h", "phút", "thời hạn", "vòng", "tối đa", "làm việc", "kể từ", "cuối", "đầu", "hết", "không muộn hơn", "hoàn thành", "xong trước", "thường lệ", "gần nhất", "giữa", "ngay", "sau", "khi", "của", "không quá", "một lần", "định kỳ", "cuộc họp", "phiên họp", "giao ban", "thường kỳ", "sáng", "chiều", "đến", "từ", "I", "IV", "x", "15", "9", "2026", "/", "-", ".", "  "]);
    fc.assert(fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 10 }), fc.constantFrom(" ", "", "\t"), (p, glue) => {
      const text = p.join(glue);
      for (const [sign, pattern] of [[DATE_SIGN, DATE_LIMIT], [RELATIVE_SIGN, RELATIVE_LIMIT], [MONTHLY_DAY_SIGN, MONTHLY_DAY]] as const) {
        pattern.lastIndex = 0;
        if (pattern.test(text)) expect(sign.test(text), `${sign} ${JSON.stringify(text)}`).toBe(true);
        pattern.lastIndex = 0;
      }
    }), { numRuns: 20000 });
  });
  it("hold on limits built slot by slot", () => {
    const slot = (...xs: string[]) => fc.constantFrom(...xs);
    const text = fc.tuple(
      slot("", "x", "5 ", "báo cáo kết quả ", "ngay sau khi ", "tại cuộc họp giao ban ", "vào sáng thứ hai, ", "định kỳ "),
      slot("trước", "chậm nhất là vào", "hạn chót", "không muộn hơn", "hoàn thành trong", "xong trước", "vào", "trong", "cuối", "tại", "chậm nhất", "không quá sau", "tối đa", ""),
      slot(" ", "  ", "\t", ""),
      slot("", "17h00 ", "8 giờ 30 phút, ", "16 giờ ", "24h"),
      slot("", "ngày ", "tháng ", "quý ", "năm ", "kỳ họp ", "thời hạn ", "vòng ", "thứ hai ", "chủ nhật "),
      slot("15", "5", "III", "iv", "tới", "gần nhất", "tối đa 10"),
      slot("", "/", " / ", ".", "-", " tháng ", " ngày", " tuần", " hằng tháng", " hàng năm", " cùng ngày"),
      slot("", "9", "12", "làm việc", "làm việc sau khi", " kể từ", " trước ngày"),
      slot("", "/2026", " năm 2026", "-2026", " hằng năm", ";"),
    ).map((xs) => xs.join(""));
    fc.assert(fc.property(text, (t) => {
      for (const [sign, pattern] of [[DATE_SIGN, DATE_LIMIT], [RELATIVE_SIGN, RELATIVE_LIMIT], [MONTHLY_DAY_SIGN, MONTHLY_DAY]] as const) {
        pattern.lastIndex = 0;
        if (pattern.test(t)) expect(sign.test(t), `${sign} ${JSON.stringify(t)}`).toBe(true);
        pattern.lastIndex = 0;
      }
    }), { numRuns: 20000 });
  });
});

describe("a Giấy mời's lead-in (tasks/index)", () => {
  const OLD = /(?<![\p{L}\p{M}])mời\s*:\s*$/iu;
  const WORDS = ["mời", "MỜI", "Mời", "mờI", "moi", "kính ", "trân trọng ", ":", " :", ": ", "\n", "x"];
  it("decides as the one pattern it was", () => {
    for (const before of ODD) for (const after of ["", " ", "\n", "x", ":"]) {
      const text = `${before}mời:${after}`;
      expect(invites(text), JSON.stringify(text)).toBe(OLD.test(text));
    }
    fc.assert(fc.property(fc.array(fc.constantFrom(...ODD, ...WORDS), { maxLength: 8 }), (parts) => {
      const text = parts.join("");
      expect(invites(text), JSON.stringify(text)).toBe(OLD.test(text));
    }), { numRuns: 5000 });
  });
});
