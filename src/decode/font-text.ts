/**
 * Unicode text typed with a legacy font: the font's bytes were stored as cp1252 characters.
 *
 *   "Céng hßa x· héi chñ nghÜa"   → "Cộng hòa xã hội chủ nghĩa"   (TCVN3, .VnTime)
 *   "Coäng hoøa xaõ hoäi"          → "Cộng hòa xã hội"             (VNI, VNI-Times)
 *
 * Usually the whole file is like that; sometimes only some lines are (an old header pasted into a
 * Unicode document), so detection looks at the sample as a whole and, failing that, line by line.
 * A line holding any letter cp1252 lacks ("ư", "ộ", "đ") is real Unicode and is never converted.
 */
import { SAMPLE_BYTES } from "./detect.js";
import { fixLookalikes } from "./lookalikes.js";
import { scoreText, type Score } from "./score.js";
import { restoreTcvn3Capitals } from "./tcvn3-capitals.js";
import { fromTcvn3Font } from "./tcvn3.js";
import { fromVniFont } from "./vni.js";

export type FontEncoding = "tcvn3-in-unicode" | "vni-in-unicode";

export const FONT_CONVERTERS: ReadonlyArray<readonly [FontEncoding, (text: string) => string]> = [
  ["tcvn3-in-unicode", fromTcvn3Font],
  ["vni-in-unicode", fromVniFont],
];

export interface FontText {
  encoding: FontEncoding;
  /** the font of the whole text, or of most converted lines when `mixed` */
  /** true: only the lines that read better converted are (each in its best font) */
  mixed: boolean;
  /** the whole text converted, when the sample was the whole text (it is not converted twice) */
  converted?: string;
}

/** Legacy font letters all live in U+00A0–U+00FF; text without any is never font text. */
const LATIN1 = /[\u00a0-\u00ff]/;
/** Vietnamese letters outside cp1252: a font-typed text cannot contain them. */
const UNICODE_ONLY = /[ĂăĐđĨĩŨũƠơƯưẠ-ỹ]/;
const LINE = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
const NEXT_LATIN1 = /[\u00a0-\u00ff]/g;
const NEXT_UNICODE_ONLY = /[ĂăĐđĨĩŨũƠơƯưẠ-ỹ]/g;

/** Does a conversion scoring `score` read clearly better: by 2 words and by a fifth of the words? */
function readsBetter(before: Score, score: number): boolean {
  return score - before.score >= gainNeeded(before);
}

function gainNeeded(before: Score): number {
  return Math.max(2, 0.2 * before.words);
}

/**
 * Can any re-reading read clearly better? A conversion changes only non-ASCII letters, so it
 * scores at most one per word that has one: text that already reads as Vietnamese (most lines
 * of most files) is not converted twice to find that out.
 */
function mayReadBetter(before: Score): boolean {
  return before.words - before.score >= gainNeeded(before);
}

/** A line of mixed text in its best font reading, or null when it is ordinary Unicode. */
function convertLine(line: string): { encoding: FontEncoding; text: string } | null {
  if (!LATIN1.test(line) || UNICODE_ONLY.test(line)) return null;
  const before = scoreText(fixLookalikes(line));
  if (!mayReadBetter(before)) return null;
  const best = bestConversion(line);
  return best && readsBetter(before, best.score) ? { encoding: best.encoding, text: best.converted } : null;
}

export function detectFontText(text: string): FontText | null {
  const sample = text.slice(0, SAMPLE_BYTES);
  if (!LATIN1.test(sample)) return null;
  if (!UNICODE_ONLY.test(sample)) {
    const before = scoreText(fixLookalikes(sample));
    const whole = mayReadBetter(before) ? bestConversion(sample) : null;
    if (whole && readsBetter(before, whole.score)) {
      return { encoding: whole.encoding, mixed: false, converted: text.length <= SAMPLE_BYTES ? whole.converted : undefined };
    }
  }
  const counts = new Map<FontEncoding, number>();
  for (const line of fontLines(sample)) {
    const converted = convertLine(line);
    if (converted) counts.set(converted.encoding, (counts.get(converted.encoding) ?? 0) + 1);
  }
  const [top] = [...counts].sort((a, b) => b[1] - a[1]);
  return top ? { encoding: top[0], mixed: true } : null;
}

/**
 * The lines of a text that `convertLine` may convert: with a Latin-1 character and no letter
 * cp1252 lacks; each with its line break, as LINE cuts them. Found by native searches for those
 * characters, not line by line: in ordinary Vietnamese text nearly every line has both kinds,
 * and cutting each line out to test it cost more than the rest of the check.
 */
export function fontLines(text: string): string[] {
  const out: string[] = [];
  const breaks = new LineBreaks(text);
  let start = 0; // of the line being looked at
  let unicodeOnly = -1; // the first letter cp1252 lacks at or after an earlier line start (text.length: none)
  // `test` with lastIndex, not `exec`: the characters searched for are one code unit, and no match arrays are made
  NEXT_LATIN1.lastIndex = 0;
  while (NEXT_LATIN1.test(text)) {
    const at = NEXT_LATIN1.lastIndex - 1;
    // the line holding it starts after the last line break before it
    for (let b = breaks.next(start); b < at; b = breaks.next(start)) start = b + 1;
    const end = breaks.next(at);
    if (unicodeOnly < start) {
      NEXT_UNICODE_ONLY.lastIndex = start;
      unicodeOnly = NEXT_UNICODE_ONLY.test(text) ? NEXT_UNICODE_ONLY.lastIndex - 1 : text.length;
    }
    const breakLength = end === text.length ? 0 : text.startsWith("\r\n", end) ? 2 : 1;
    if (unicodeOnly >= end) out.push(text.slice(start, end + breakLength));
    start = end + breakLength;
    NEXT_LATIN1.lastIndex = start;
  }
  return out;
}

/** The next "\r" or "\n" at or after an offset (text.length: none), each kind searched for natively and remembered. */
class LineBreaks {
  private cr = -1;
  private lf = -1;
  constructor(private readonly text: string) {}

  next(from: number): number {
    if (this.cr < from) this.cr = this.find("\r", from);
    if (this.lf < from) this.lf = this.find("\n", from);
    return Math.min(this.cr, this.lf);
  }

  private find(ch: string, from: number): number {
    const at = this.text.indexOf(ch, from);
    return at < 0 ? this.text.length : at;
  }
}

interface Conversion {
  encoding: FontEncoding;
  converted: string;
  score: number;
}

function bestConversion(sample: string): Conversion | null {
  let best: Conversion | null = null;
  for (const [encoding, convert] of FONT_CONVERTERS) {
    const converted = convert(sample);
    const score = scoreText(converted).score;
    if (score > (best?.score ?? -Infinity)) best = { encoding, converted, score };
  }
  return best;
}

export interface Converted {
  text: string;
  /** lines converted (mixed text), or -1 for the whole text */
  lines: number;
}

/**
 * Whole text: one font. Mixed text: each line that reads better converted, in its own best font,
 * TCVN3 lines with their capitals restored.
 */
export function convertFontText(text: string, font: FontText): Converted {
  if (!font.mixed) {
    return { text: font.converted ?? FONT_CONVERTERS.find(([name]) => name === font.encoding)![1](text), lines: -1 };
  }
  let lines = 0;
  const out = text.replace(LINE, (line) => {
    const converted = convertLine(line);
    if (!converted) return line;
    lines++;
    // Capitals are restored here, line by line, so the ordinary Unicode lines are never touched.
    return converted.encoding === "tcvn3-in-unicode" ? restoreTcvn3Capitals(converted.text).text : converted.text;
  });
  return { text: out, lines };
}
