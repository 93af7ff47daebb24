/**
 * OCR reads the digit 0 as the letter O (and 1 as l or I): "Số: 1O4/TB-VP", "ngày 1O tháng 3",
 * "trước ngày 2O/11/2025", "Hướng dẫn số O5-HD/BTCTU". One such letter in the Số line loses the
 * whole header, so the line stage reads them back as digits on the line text the lexer reads
 * (`raw` keeps the source).
 *
 * Only inside a number that stands as its own token: a run of digits and these letters bounded by
 * what is not a letter or digit ("1O4/", " 1O ", "2O/11", "O5-HD"), never inside a word ("H2O",
 * "CO2", "P2O5", "COVID", "ODA"; "Ô" is another letter). In the run:
 * - "O" after a digit (or another such O) is 0: "1O", "2OO8";
 * - "O" opening the run ("O5") only in a number or code, followed by "-" or "/" and more, or by
 *   "." and a digit ("O5-HD", "O3/2025"); "khí O2" stays;
 * - "O" and one digit right after "ngày" or "tháng" ("ngày O5", "tháng O7"): NĐ 30 (Phụ lục I)
 *   pads a day below 10 and the months 1 and 2 with a 0, and many offices pad every month;
 * - "o", "l", "I" only between two digits ("1o4", "20l5"); "lần 2o", "I1" stay.
 */

import { asciiFold } from "./ascii-fold.js";

/** Cheap sign, on the folded text (one line or many joined): a digit beside an O, or l/I between digits. */
export const MAY_HOLD_OCR_DIGIT = /\d[Oo]|[Oo]\d|\d[Il]\d/;

/** A line's text and fold with OCR digits read back ("1O4" → "104"), when its fold shows a sign of one. */
export function withOcrDigits(read: { text: string; folded: string }): { text: string; folded: string } {
  if (!MAY_HOLD_OCR_DIGIT.test(read.folded)) return read;
  const text = mendOcrDigits(read.text);
  return text === read.text ? read : { text, folded: asciiFold(text) };
}

export function mendOcrDigits(text: string): string {
  const pieces: string[] = []; // the text between mended runs, and the runs (one join: linear)
  let done = 0;
  for (let i = 0; i < text.length; ) {
    if (!isRunChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let digits = 0;
    while (i < text.length && isRunChar(text.charCodeAt(i))) if (isDigit(text.charCodeAt(i++))) digits++;
    if (digits === 0 || digits === i - start || isWordChar(text.charCodeAt(start - 1)) || isWordChar(text.charCodeAt(i))) continue;
    const run = mendRun(text.slice(start, i), text.slice(i, i + 2), text.slice(Math.max(0, start - 8), start));
    if (run === null) continue;
    pieces.push(text.slice(done, start), run);
    done = i;
  }
  if (done === 0) return text;
  pieces.push(text.slice(done));
  return pieces.join("");
}

/**
 * The run with its letters read as digits, or null when none is. `after`: the two characters after
 * it; `before`: the few before it.
 */
function mendRun(run: string, after: string, before: string): string | null {
  const c = [...run];
  const leadingOk = /^[-/][0-9A-Za-z\u00c0-\u1ef9]|^\.\d/.test(after) || (/^O\d$/.test(run) && DAY_OR_MONTH_BEFORE.test(asciiFold(before)));
  // "O" after a digit or a mended O; leading O's only in a number or code
  let seenDigit = false;
  for (let k = 0; k < c.length; k++) {
    if (isDigit(c[k].charCodeAt(0))) seenDigit = true;
    else if (c[k] === "O" && (seenDigit || leadingOk)) {
      c[k] = "0";
      seenDigit = true;
    }
  }
  // "o", "l", "I" between two digits
  for (let k = 1; k < c.length - 1; k++) {
    if ((c[k] === "o" || c[k] === "l" || c[k] === "I") && isDigit(c[k - 1].charCodeAt(0)) && isDigit(c[k + 1].charCodeAt(0))) c[k] = c[k] === "o" ? "0" : "1";
  }
  const mended = c.join("");
  return mended === run ? null : mended;
}

/** "ngày " or "tháng " (folded, any case) just before the run, as a word of its own. */
const DAY_OR_MONTH_BEFORE = /(?:^|[^A-Za-z])(?:ngay|thang)\s{1,2}$/i;

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
/** 0-9, O, o, I, l */
const isRunChar = (c: number): boolean => isDigit(c) || c === 0x4f || c === 0x6f || c === 0x49 || c === 0x6c;
/**
 * A letter or digit next to the run makes it part of a word: ASCII letters, the Latin letters of
 * Vietnamese and combining marks (U+00C0 … U+1EF9, not × ÷); NaN (the text's edge) is none.
 */
function isWordChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x1ef9 && c !== 0xd7 && c !== 0xf7);
}
