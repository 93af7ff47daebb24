/**
 * How Vietnamese does a decoding look? +1 for every word with a non-ASCII letter that is a valid
 * syllable, −1 for every word with a non-ASCII character that is not. ASCII-only words score 0:
 * they read the same in every candidate encoding. One-letter words also score 0.
 *
 *   "Cộng hòa xã hội"  → +4      "Céng hßa x· héi" → −2 ("Céng" passes, the rest do not)
 */
import { isVietnameseSyllable } from "./syllable.js";

/** Whitespace, ASCII punctuation and typographic quotes/dashes split words. */
const SEPARATORS = /[\s!-/:-@[-`{-~\u2013\u2014\u2018\u2019\u201c\u201d\u2026]+/;
const NON_ASCII = /[^\x00-\x7f]/;

export interface Score {
  /** valid minus invalid non-ASCII words */
  score: number;
  /** how many words have a non-ASCII character (the words a re-reading can change) */
  words: number;
}

export function scoreText(text: string): Score {
  let score = 0;
  let words = 0;
  for (const word of text.split(SEPARATORS)) {
    // One-letter words are left out: a lone "Ỏ" is how VN1 reads TCVN3's opening quote.
    if (word.length < 2 || !NON_ASCII.test(word)) continue;
    words++;
    score += isVietnameseSyllable(word) ? 1 : -1;
  }
  return { score, words };
}

export function vietnameseScore(text: string): number {
  return scoreText(text).score;
}
