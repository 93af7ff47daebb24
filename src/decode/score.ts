/**
 * How Vietnamese does a decoding look? +1 for every word with a non-ASCII letter that is a valid
 * syllable, −1 for every word with a non-ASCII character that is not. ASCII-only words score 0:
 * they read the same in every candidate encoding. One-letter words also score 0.
 *
 *   "Cộng hòa xã hội"  → +4      "Céng hßa x· héi" → −2 ("Céng" passes, the rest do not)
 */
import { isVietnameseSyllable } from "./syllable.js";

/**
 * Whitespace (as `\s`), ASCII punctuation and typographic quotes/dashes split words. Tested per
 * code unit in one pass: splitting the text with a regex made the words of every line, ASCII
 * ones included, only to throw most of them away.
 */
function isSeparator(c: number): boolean {
  if (c < 0x80) return c <= 0x20 ? c === 0x20 || (c >= 0x09 && c <= 0x0d) : !isAsciiWordChar(c);
  switch (c) {
    case 0x00a0: case 0x1680: case 0x2028: case 0x2029: case 0x202f: case 0x205f: case 0x3000: case 0xfeff:
    case 0x2013: case 0x2014: case 0x2018: case 0x2019: case 0x201c: case 0x201d: case 0x2026:
      return true;
    default:
      return c >= 0x2000 && c <= 0x200a;
  }
}

/** Printable ASCII that is not punctuation: digits and letters (and DEL, which `\s` leaves too). */
function isAsciiWordChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x7f;
}

export interface Score {
  /** valid minus invalid non-ASCII words */
  score: number;
  /** how many words have a non-ASCII character (the words a re-reading can change) */
  words: number;
}

export function scoreText(text: string): Score {
  let score = 0;
  let words = 0;
  let start = 0;
  let nonAscii = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x20;
    if (!isSeparator(c)) {
      if (c >= 0x80) nonAscii = true;
      continue;
    }
    // One-letter words are left out: a lone "Ỏ" is how VN1 reads TCVN3's opening quote.
    if (nonAscii && i - start >= 2) {
      words++;
      score += isVietnameseSyllable(text.slice(start, i)) ? 1 : -1;
    }
    start = i + 1;
    nonAscii = false;
  }
  return { score, words };
}

export function vietnameseScore(text: string): number {
  return scoreText(text).score;
}
