/**
 * Is a word a well-formed Vietnamese syllable? Used only to score candidate decodings, so it is
 * deliberately loose: initial consonant + vowel cluster + final consonant, at most one tone.
 *
 *   "Cộng" → true    "hßa" → false (ß)    "ỎBan" → false (two vowel groups)    "NéI" → false ("ei")
 *   "haọ" → false: after a, ă, â, e, ê, ô, ơ the tone never moves on ("hạo"); this is how a VNI
 *   "hậ" (h a 0xE4) read as TCVN3 gives itself away. (After o, u, i, y, ư it may: "hoà", "uỷ", "người".)
 */
import { letterParts } from "./vietnamese-letters.js";
import { remember } from "../remember.js";

/** Longest first does not matter: every split is tried (as a backtracking regex would). */
const INITIALS = ["", "ngh", "ng", "gh", "gi", "kh", "nh", "ph", "qu", "th", "tr", "ch", ..."bcdđghklmnprstvx"];
const VOWELS: ReadonlySet<string> = new Set([
  "iêu", "yêu", "oai", "oao", "oay", "oeo", "uây", "uôi", "ươi", "ươu", "uya", "uyê", "uyu",
  "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "ôi",
  "ơi", "oo", "ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê",
  ..."aăâeêioôơuưy",
]);
const FINALS = ["", "ch", "nh", "ng", ..."cmnpt"];

/**
 * initial? + vowel cluster + final? over toneless lower-case letters ("công", "ngươi"). A few set
 * look-ups instead of a regex: the regex was one of the costliest to compile at start-up.
 */
function isSyllableBase(base: string): boolean {
  for (const initial of INITIALS) {
    if (!base.startsWith(initial)) continue;
    for (const final of FINALS) {
      const end = base.length - final.length;
      if (end > initial.length && base.endsWith(final) && VOWELS.has(base.slice(initial.length, end))) return true;
    }
  }
  return false;
}

const TONE_STAYS_AFTER = "aăâeêôơ";

/**
 * Verdicts on words already read: scoring reads each candidate decoding of a file in full, and
 * the same few thousand syllables make up all of them.
 */
export const isVietnameseSyllable = remember(readsAsSyllable, 8192);

function readsAsSyllable(word: string): boolean {
  let base = "";
  let tones = 0;
  let previous: { base: string; toned: boolean } | undefined;
  for (const ch of word) {
    const letter = letterParts(ch);
    if (!letter) return false;
    if (letter.toned && previous && !previous.toned && TONE_STAYS_AFTER.includes(previous.base)) return false;
    base += letter.base;
    if (letter.toned) tones++;
    previous = letter;
  }
  return tones <= 1 && isSyllableBase(base);
}
