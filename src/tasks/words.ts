/**
 * The word stream the task readers walk: words and punctuation marks with their offsets in the
 * text, each with a folded form for matching (`foldChars`: lower case, one tone placement).
 *
 *   "Sở TT&TT, UBND các quận" → Sở · TT · & · TT · , · UBND · các · quận
 */
import { foldChars } from "../inline/fold.js";

export interface Word {
  /** as printed */
  readonly s: string;
  /** folded, for matching */
  readonly f: string;
  readonly start: number;
  readonly end: number;
  /** a run of letters or digits (not a punctuation mark) */
  readonly word: boolean;
  /** starts with a capital letter: "Sở", "UBND", "Thành" */
  readonly cap: boolean;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

export function toWords(text: string): Word[] {
  const folded = foldChars(text);
  const out: Word[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const s = m[0];
    const start = m.index;
    const word = /[\p{L}\p{N}]/u.test(s[0]);
    out.push({ s, f: folded.slice(start, start + s.length), start, end: start + s.length, word, cap: word && /\p{Lu}/u.test(s[0]) });
  }
  return out;
}

/** A phrase table keyed by its first folded word, longest phrases first. */
export type PhraseTable = ReadonlyMap<string, readonly (readonly string[])[]>;

export function phraseTable(phrases: readonly string[]): PhraseTable {
  const table = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const words = toWords(phrase).map((w) => w.f);
    const list = table.get(words[0]) ?? [];
    list.push(words);
    table.set(words[0], list);
  }
  for (const list of table.values()) list.sort((a, b) => b.length - a.length);
  return table;
}

/** The length in words of the longest phrase of `table` starting at `words[i]`; 0 when none. */
export function matchPhrase(words: readonly Word[], i: number, table: PhraseTable): number {
  const candidates = words[i] ? table.get(words[i].f) : undefined;
  if (!candidates) return 0;
  for (const phrase of candidates) {
    if (phrase.every((f, k) => words[i + k]?.f === f)) return phrase.length;
  }
  return 0;
}

/** The folded phrase at `words[i]`: "chủ trì", "phối hợp"… (for switches on a matched phrase). */
export function foldedAt(words: readonly Word[], i: number, length: number): string {
  return words.slice(i, i + length).map((w) => w.f).join(" ");
}
