/** Character classes by code, for scans that would otherwise try a pattern at every character. */

/** What `\s` matches: white space and line terminators (one definition for every scan by hand). */
export function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}

const ENDS_LETTER_OR_MARK = /[\p{L}\p{M}]$/u;
/** A letter or a combining mark stands just before `i` (the code point, a surrogate pair whole). */
export const letterOrMarkBefore = (text: string, i: number): boolean =>
  i > 0 && ENDS_LETTER_OR_MARK.test(text.slice(Math.max(0, i - 2), i));
