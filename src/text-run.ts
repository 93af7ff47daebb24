/**
 * A run of text joined from several source lines (a paragraph, a clause), remembering where each
 * line starts, so that anything found inside it (a date, a reference) can say which lines it is on.
 */
import { isVietnameseSyllable } from "./decode/syllable.js";
import type { LineSpan } from "./types.js";

export interface TextRun {
  /** the joined text: lines separated by one space (none inside a word a hard wrap cut) */
  readonly text: string;
  /** char offset in `text` where each joined line starts, ascending */
  readonly starts: readonly number[];
  /** the 1-based source line number of each joined line, parallel to `starts` */
  readonly lineNumbers: readonly number[];
}

/**
 * The separator between two joined lines: a space, or nothing where a fixed-column hard wrap (a
 * mail body wrapped at 60–76 columns, `fold -w`, a fixed-width export) cut one word in two:
 * "phối h" / "ợp với" → "phối hợp với", "kết qu" / "ả về" → "kết quả về". See `isCutWord`.
 */
export function lineJoint(previous: string, next: string): string {
  return isCutWord(previous, next) ? "" : " ";
}

/**
 * Is the last word of `previous` the first part of a word that `next` finishes? Only when the
 * end is no Vietnamese syllable on its own ("h", "qu", "tr", "ngh": letters before any vowel, or
 * a letter group no word has) and the two glued together make one syllable ("hợp", "quả").
 * Conservative: nothing is glued where the end of the line is a syllable already ("ngư" / "ời"
 * stays two words), nor after a number or a list letter's noun ("500 m" / "ở khu vực", "điểm b" /
 * "ở trên": the letter is a unit or a point's letter), nor where the next line goes on in
 * capitals after a lower-case end.
 */
export function isCutWord(previous: string, next: string): boolean {
  // the line's last word, letters only, read back from its end: it runs on every line joined, and
  // most lines end in a mark or a whole syllable, so this returns at once (a regex over the line cost
  // ~10 % of the parse)
  let from = previous.length;
  while (from > 0 && isLetterAt(previous, from - 1)) from--;
  if (from === previous.length) return false;
  // after the line's start, or one space after a word
  if (from > 0 && !(from > 1 && SPACE.test(previous[from - 1]) && !SPACE.test(previous[from - 2]))) return false;
  const tail = previous.slice(from);
  if (isVietnameseSyllable(tail)) return false;
  let to = 0;
  while (to < next.length && isLetterAt(next, to)) to++;
  if (to === 0 || (to < next.length && DIGIT.test(next[to]))) return false;
  const head = next.slice(0, to);
  if (from > 0) {
    let at = from - 2;
    while (at > 0 && !SPACE.test(previous[at - 1])) at--;
    const before = previous.slice(at, from - 1);
    if (/\d$/.test(before) || LIST_LETTER_NOUN.test(before)) return false;
  }
  const lowerHead = head === head.toLowerCase();
  if (!lowerHead && !(tail === tail.toUpperCase() && head === head.toUpperCase())) return false;
  return isVietnameseSyllable(tail + head);
}

const LETTER = /\p{L}/u;
const SPACE = /\s/;
const DIGIT = /\p{N}/u;

/** A letter at `i` (ASCII by its code; Vietnamese and other letters by `\p{L}`). */
function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c | 32) >= 97 && (c | 32) <= 122;
  return LETTER.test(text[i]);
}

/** Nouns a single letter follows as a name, not as a word's start: "điểm b", "tiết c", "mục đ". */
const LIST_LETTER_NOUN = /^(?:điểm|tiết|mục|khoản|phụ|lục|phần|Điểm|Tiết|Mục|Khoản|Phần|Phụ)$/u;

/** Join `[lineNumber, text]` pairs into one run: "a" (3), "b" (4) → "a b". */
export function joinRun(parts: ReadonlyArray<readonly [number, string]>): TextRun {
  let text = "";
  const starts: number[] = [];
  const lineNumbers: number[] = [];
  let previous = "";
  for (const [n, part] of parts) {
    if (part === "") continue;
    if (text !== "") text += lineJoint(previous, part);
    previous = part;
    starts.push(text.length);
    lineNumbers.push(n);
    text += part;
  }
  return { text, starts, lineNumbers };
}

/** A run of one line. */
export function singleLineRun(lineNumber: number, text: string): TextRun {
  return { text, starts: [0], lineNumbers: [lineNumber] };
}

/** The source lines covered by `text.slice(from, to)`. */
export function spanOf(run: TextRun, from: number, to: number): LineSpan {
  return [lineAt(run, from), lineAt(run, Math.max(from, to - 1))];
}

function lineAt(run: TextRun, offset: number): number {
  return run.lineNumbers[joinedLineAt(run, offset)] ?? 1;
}

/** The index of the joined line that holds `offset` (binary search: runs are long). */
export function joinedLineAt(run: TextRun, offset: number): number {
  let lo = 0;
  let hi = run.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (run.starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
