/**
 * TCVN3 (ABC) has no capital toned letters: `.VnTime` text stores "ĐẢNG" with a lower-case ả, so
 * it decodes as "ĐảNG". Where the case can be read from the context, put it back:
 *
 *   "ĐảNG CộNG SảN"        → "ĐẢNG CỘNG SẢN"   the word's other letters are capitals
 *   "QUậN ủY"              → "QUẬN ỦY"
 *   "THàNH PHố Hà NộI"     → "… HÀ NỘI"        "Hà" alone says nothing; its neighbours are capitals
 *   "- ủy ban MTTQ"        → "- Ủy ban MTTQ"   a list item or sentence starts with a capital
 *   "Số: 2776/VPCP-QHQT"   → unchanged          acronyms are not evidence
 *   "Chủ tịch ủy ban"      → unchanged          cannot be told: counted in `unknown`
 */
import { isVietnameseSyllable } from "./syllable.js";
import { TCVN3_LETTERS } from "./tcvn3.js";
import { LETTER_CLASS } from "./vietnamese-letters.js";

const TCVN3_SET: ReadonlySet<string> = new Set(TCVN3_LETTERS.values());

/** Lower-case letters whose capital TCVN3 lacks: every toned vowel ("ả", "ộ", "ủ"…). */
const CASELESS: ReadonlySet<string> = new Set(
  [...TCVN3_SET].filter((l) => l !== l.toUpperCase() && !TCVN3_SET.has(l.toUpperCase())),
);
const C = [...CASELESS].join("");
const L = LETTER_CLASS;

/**
 * A line worth a closer look: a caseless letter before a capital ("ĐảNG", "NộI"), or a capital
 * and a caseless letter ending a word ("Hà", "Xã": decided by the neighbours).
 */
const TOUCHING_CAPITAL = new RegExp(`[${C}][A-ZĂÂÊÔƠƯĐ]|[A-ZĂÂÊÔƠƯĐ][${C}](?![${L}])`, "g");
const WORD = new RegExp(`[${L}]+`, "g");
const LINE_BREAK = /[\r\n]/g;
/** A caseless letter opening a list item ("- ", "+ ", "• ", "1. ", "a) ") or following ". ". */
const SENTENCE_START = new RegExp(
  `((?:^[ \\t]*(?:[-+•*]|\\d+[.)]|[a-zđ][.)])|[.!?])[ \\t]+)([${C}])(?![${L}]*[A-ZĂÂÊÔƠƯĐ])`,
  "gm",
);
/** Any word starting with a caseless letter: its case is unknown. */
const UNKNOWN = new RegExp(`(?<![${L}])[${C}]`, "g");

export interface CapitalsRestored {
  text: string;
  /** letters put back in capitals */
  restored: number;
  /** words still starting with a caseless letter, whose case cannot be known */
  unknown: number;
  /** index in `text` of the first of them, or -1 */
  firstUnknown: number;
}

export function restoreTcvn3Capitals(decoded: string): CapitalsRestored {
  let restored = 0;
  const inCapitals = replaceLines(decoded, TOUCHING_CAPITAL, (line) => {
    const result = restoreLine(line);
    restored += result.restored;
    return result.text;
  });
  const text = inCapitals.replace(SENTENCE_START, (_, lead: string, letter: string) => {
    restored++;
    return lead + letter.toUpperCase();
  });
  UNKNOWN.lastIndex = 0;
  const first = UNKNOWN.exec(text);
  const unknown = first ? (text.match(UNKNOWN)?.length ?? 0) : 0;
  return { text, restored, unknown, firstUnknown: first ? first.index : -1 };
}

/** Rewrites every line that `pattern` matches in; the rest of the text is copied as is. */
function replaceLines(text: string, pattern: RegExp, rewrite: (line: string) => string): string {
  const pieces: string[] = [];
  let done = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    let start = m.index;
    while (start > done && text[start - 1] !== "\n" && text[start - 1] !== "\r") start--;
    LINE_BREAK.lastIndex = m.index;
    const end = LINE_BREAK.exec(text)?.index ?? text.length;
    pieces.push(text.slice(done, start), rewrite(text.slice(start, end)));
    done = pattern.lastIndex = end;
  }
  pieces.push(text.slice(done));
  return pieces.join("");
}

interface Evidence {
  upper: number;
  lower: number;
}

/** Cased letters that say something: not caseless, not first in the word ("Hà" says nothing). */
function evidence(word: string): Evidence {
  const e = { upper: 0, lower: 0 };
  for (let i = 1; i < word.length; i++) {
    const ch = word[i];
    if (CASELESS.has(ch)) continue;
    if (ch !== ch.toLowerCase()) e.upper++;
    else e.lower++;
  }
  return e;
}

/** Between two cells of a line: a tab, or two spaces or more (no-break ones too). */
const COLUMN_GAP = /\t|[ \u00a0]{2,}/;

const HAS_CASELESS = new RegExp(`[${C}]`);
const hasCaseless = (word: string) => HAS_CASELESS.test(word);

function restoreLine(line: string): { text: string; restored: number } {
  const words = [...line.matchAll(WORD)];
  const evidences = new Map<number, Evidence>();
  const evidenceAt = (i: number) => evidences.get(i) ?? evidences.set(i, evidence(words[i][0])).get(i)!;
  /** Neighbours count only when they are real syllables with evidence ("NộI" yes, "VPCP" no). */
  const telling = (i: number) => {
    const e = evidenceAt(i);
    return e.upper + e.lower > 0 && isVietnameseSyllable(words[i][0]);
  };
  // A two-column line ("Nơi nhận:␣␣␣␣T/M UỶ BAN …") holds two texts: a word's neighbours are
  // looked for in its own cell only, up to a tab or a run of two spaces or more.
  const cell: number[] = [];
  for (let i = 0, c = 0; i < words.length; i++) {
    if (i > 0 && COLUMN_GAP.test(line.slice(words[i - 1].index + words[i - 1][0].length, words[i].index))) c++;
    cell.push(c);
  }
  const nearest = (i: number, step: 1 | -1) => {
    for (let j = i + step; j >= 0 && j < words.length && cell[j] === cell[i]; j += step) if (telling(j)) return j;
    return -1;
  };
  let restored = 0;
  let out = "";
  let done = 0;
  words.forEach((m, i) => {
    const word = m[0];
    if (!hasCaseless(word)) return;
    const own = evidenceAt(i);
    let capitals: boolean;
    if (own.upper + own.lower > 0) capitals = own.lower === 0;
    else {
      const sides = [nearest(i, -1), nearest(i, 1)].filter((j) => j >= 0);
      capitals = sides.length > 0 && sides.every((j) => evidenceAt(j).lower === 0);
    }
    if (!capitals) return;
    const upper = [...word].map((ch) => (CASELESS.has(ch) ? (restored++, ch.toUpperCase()) : ch)).join("");
    out += line.slice(done, m.index) + upper;
    done = m.index + word.length;
  });
  return { text: out + line.slice(done), restored };
}
