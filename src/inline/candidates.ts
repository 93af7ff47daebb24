/**
 * The candidate spans of a text that may be a số hiệu, a date or a time of day, as the inline
 * lexer of grammar/inline-tokens.ts defines them — found by a scan instead of by the lexer.
 *
 * A candidate starts only at a digit or at "ngày" (any spelling the `DayWord` token takes). The
 * lexer reached them by matching `Filler` over everything between, character by character; here
 * one pattern finds the next start, and only there are the token patterns tried, in the lexer's
 * order (the first that matches wins). What the lexer skips (`Digits`, `DayWord`) is stepped over
 * the same way. tests/inline/candidates.test.ts checks both give the same tokens on the fixtures.
 */
import type { TokenType } from "chevrotain";
import * as T from "../../grammar/inline-tokens.js";

export interface Candidate {
  tokenType: TokenType;
  image: string;
  startOffset: number;
}

/** A token's pattern, anchored where it is tried. */
const sticky = (type: TokenType): { type: TokenType; pattern: RegExp } => ({ type, pattern: new RegExp((type.PATTERN as RegExp).source, "y") });

/** At a digit, in the lexer's order; a digit run none of them takes is skipped (`Digits`). */
const AT_DIGIT = [T.DocNumber, T.DateIso, T.DateNumeric, T.TimeOfDay, T.DateShort].map(sticky);
/** At "ngày": a date in words, else the word is skipped (`DayWord`). */
const DATE_WORDS = sticky(T.DateWords);
/** Where `Filler` stops: a digit, or "ngày" — the pattern of `DayWord`. */
const NEXT_START = /[0-9]|[nN][gG][àÀaA]?[yY]/g;
const DIGITS = /[0-9]+/y;

/** The candidate tokens of `text`, in order (what `lexInline` gives). */
export function candidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  NEXT_START.lastIndex = 0;
  for (let m = NEXT_START.exec(text); m !== null; m = NEXT_START.exec(text)) {
    const at = m.index;
    const found = m[0].length === 1 ? firstMatch(AT_DIGIT, text, at) : firstMatch([DATE_WORDS], text, at);
    if (found !== null) {
      out.push({ tokenType: found.type, image: found.image, startOffset: at });
      NEXT_START.lastIndex = at + found.image.length;
    } else if (m[0].length === 1) {
      DIGITS.lastIndex = at;
      DIGITS.exec(text);
      NEXT_START.lastIndex = DIGITS.lastIndex;
    } // else "ngày" not followed by a date: the scan goes on after the word (`DayWord`)
  }
  return out;
}

function firstMatch(tries: ReadonlyArray<{ type: TokenType; pattern: RegExp }>, text: string, at: number): { type: TokenType; image: string } | null {
  for (const { type, pattern } of tries) {
    pattern.lastIndex = at;
    const m = pattern.exec(text);
    if (m !== null && m[0].length > 0) return { type, image: m[0] };
  }
  return null;
}
