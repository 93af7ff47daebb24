/**
 * The word stream the task readers walk: words and punctuation marks with their offsets in the
 * text, each with a folded form for matching (`foldChars`: lower case, one tone placement).
 *
 *   "Sở TT&TT, UBND các quận" → sở · tt · & · tt · , · ubnd · các · quận
 */
import { foldChars, stripDiacritics } from "../inline/fold.js";
import { lazy } from "../lazy.js";
import { PHRASE_INDEX } from "./phrase-index.generated.js";

export interface Word {
  /** folded, for matching (the printed form is text.slice(start, end)) */
  readonly f: string;
  readonly start: number;
  readonly end: number;
  /** a run of letters or digits (not a punctuation mark) */
  readonly word: boolean;
  /** starts with a capital letter: "Sở", "UBND", "Thành" */
  readonly cap: boolean;
  /** two letters or more, all capitals: an abbreviation ("UBND", "TP", "XIII") */
  readonly upper: boolean;
  /** the phrases of each table that open with this word, by table id (see `matchPhrase`) */
  readonly starts: PhraseStarts;
}

/** Character classes for the scanner: a letter, mark or digit (capital, combining mark); a space; other. */
const WORD = 1;
const SPACE = 2;
const CAPITAL = 4;
const MARK = 8;

/** Ranges classified one by one; any other unit counts as a letter (scripts the lexicon never sees). */
const CLASSIFIED: ReadonlyArray<readonly [number, number]> = [
  [0x0000, 0x036f], // ASCII, Latin, combining marks
  [0x1e00, 0x1eff], // Vietnamese letters
];
/** General punctuation, symbols, arrows, shapes: not letters; the spaces among them are spaces. */
const SIGNS: readonly [number, number] = [0x2000, 0x2bff];
const SPACES = [0x2028, 0x2029, 0x202f, 0x205f, 0x3000];

const classTable = lazy((): Uint8Array => {
  const classes = new Uint8Array(0x3000).fill(WORD);
  classes.fill(0, SIGNS[0], SIGNS[1] + 1);
  classes.fill(SPACE, 0x2000, 0x200b);
  for (const code of SPACES) if (code < classes.length) classes[code] = SPACE;
  for (const [from, to] of CLASSIFIED) {
    // each class marked over the whole range by one replace (U+0000 is in none): not a regex test
    // per character, at first use, while V8 still interprets
    const chars = String.fromCharCode(...Array.from({ length: to - from + 1 }, (_, k) => from + k));
    const word = chars.replace(/[^\p{L}\p{M}\p{N}]/gu, "\0");
    const capital = chars.replace(/\P{Lu}/gu, "\0");
    const mark = chars.replace(/\P{M}/gu, "\0");
    const space = chars.replace(/\S/gu, "\0");
    for (let k = 0; k < chars.length; k++) {
      if (word.charCodeAt(k)) classes[from + k] = WORD | (capital.charCodeAt(k) ? CAPITAL : 0) | (mark.charCodeAt(k) ? MARK : 0);
      else classes[from + k] = space.charCodeAt(k) ? SPACE : 0;
    }
  }
  return classes;
});

const classOf = (table: Uint8Array, code: number): number => (code < 0x3000 ? table[code] : WORD);

/** A lower-case letter, not a digit nor a mark. */
function isLower(table: Uint8Array, code: number): boolean {
  const c = classOf(table, code);
  return (c & (WORD | CAPITAL | MARK)) === WORD && (code < 0x30 || code > 0x39);
}

function isGlue(table: Uint8Array, text: string, at: number): boolean {
  return (classOf(table, text.charCodeAt(at)) & CAPITAL) !== 0 && isLower(table, text.charCodeAt(at - 1)) && isLower(table, text.charCodeAt(at + 1));
}

/**
 * Word-segmented text (tokenizer output, as in some archives) joins the syllables of a word with
 * "_": "phối_hợp với các địa_phương". Between two letters it reads as the space it replaced, as
 * in the lexer's fold (src/lines/ascii-fold.ts).
 */
function isJoiner(table: Uint8Array, text: string, at: number): boolean {
  return text.charCodeAt(at) === 0x5f && at > 0 && (classOf(table, text.charCodeAt(at - 1)) & WORD) !== 0 && (classOf(table, text.charCodeAt(at + 1)) & WORD) !== 0;
}

/**
 * The readers ask for the words of the same sentence several times, one right after the other:
 * keep the last few. A short list compared with `===`, not a map: a map hashes each new
 * sentence, a cost as large as a good part of reading it.
 */
const recent: Array<{ text: string; words: Word[] }> = [];
const RECENT_MAX = 8;

export function toWords(text: string): Word[] {
  for (const entry of recent) if (entry.text === text) return entry.words;
  const words = scan(text);
  if (recent.length >= RECENT_MAX) recent.shift();
  recent.push({ text, words });
  return words;
}

/**
 * The words of `text.slice(start, end)`, taken from `words` (the words of `text`, offsets in
 * `text`) when reading the slice alone gives the same: a word starts at `start`, none runs over
 * `end`, and nothing at the edges reads otherwise alone — an old tone placement across an edge
 * ("oà" folds as a pair), a "_" at the end (a joiner when nothing follows), a Greek capital sigma
 * (its lower case depends on the letters around it). Null when in doubt: then read the slice.
 */
export function wordsOf(text: string, words: readonly Word[], start: number, end: number): Word[] | null {
  if (start >= end) return null;
  let from = 0;
  while (from < words.length && words[from].start < start) from++;
  let to = from;
  while (to < words.length && words[to].start < end) to++;
  if (from === to || words[from].start !== start || words[to - 1].end > end || text.charCodeAt(end - 1) === 0x5f) return null;
  if ((start > 0 && TONE_PAIR.test(text.slice(start - 1, start + 1))) || TONE_PAIR.test(text.slice(end - 1, end + 1)) || text.includes("Σ")) return null;
  return words.slice(from, to);
}

/** Two letters that `foldChars` may rewrite together (a superset: "o"/"u" before a toned vowel, either case). */
const TONE_PAIR = /^[oOuU][áàảãạéèẻẽẹýỳỷỹỵÁÀẢÃẠÉÈẺẼẸÝỲỶỸỴ]$/;

/**
 * The first word of `text`, read without the rest: up to its first space, which no word spans
 * (a reader that rules a text out by its first word need not read it all).
 */
export function firstWordOf(text: string): Word | undefined {
  const table = classTable();
  let end = 0;
  while (end < text.length && classOf(table, text.charCodeAt(end)) === SPACE) end++;
  while (end < text.length && classOf(table, text.charCodeAt(end)) !== SPACE) end++;
  return scan(text.slice(0, end))[0];
}

/** `text` holds more than `count` words: counted by its runs of non-spaces (each holds one or more), not read. */
export function moreWordsThan(text: string, count: number): boolean {
  const table = classTable();
  let runs = 0;
  for (let i = 0; i < text.length; i++) {
    if (classOf(table, text.charCodeAt(i)) !== SPACE && (i === 0 || classOf(table, text.charCodeAt(i - 1)) === SPACE) && ++runs > count) return true;
  }
  return false;
}

/** No lower-case letter in `text.slice(from, to)` (digits, marks and "&" may stand among the capitals). */
function allCapitals(table: Uint8Array, text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isLower(table, text.charCodeAt(k))) return false;
  return true;
}

function scan(text: string): Word[] {
  const table = classTable();
  const folded = foldChars(text);
  const out: Word[] = [];
  for (let i = 0; i < text.length; ) {
    const first = classOf(table, text.charCodeAt(i));
    const kind = first & (WORD | SPACE);
    if (kind === SPACE || isJoiner(table, text, i)) {
      i++;
      continue;
    }
    let end = i + 1;
    if (kind === WORD) {
      while (end < text.length && classOf(table, text.charCodeAt(end)) & WORD) {
        // "BộCông Thương": OCR lost the space; a capital after a lower-case letter and before
        // another lower-case one starts a new word ("eKYC", "TP.HCM" stay whole)
        if (end - i > 1 && isGlue(table, text, end)) break;
        end++;
      }
    }
    const word = kind === WORD && !(first & MARK);
    const f = folded.slice(i, end);
    const cap = word && (first & CAPITAL) !== 0;
    out.push({ f, start: i, end, word, cap, upper: cap && end - i > 1 && allCapitals(table, text, i + 1, end), starts: startsOf(f) });
    i = end;
  }
  return out;
}

/**
 * A table of phrases (folded words), looked up through the words themselves: each word read
 * carries, for every table, the phrases that open with it (`Word.starts`, found once per word
 * when it is read). The readers try a dozen tables at every word of a sentence; this way a
 * table with nothing there costs an array read, not a map lookup (hashing the word each time).
 */
export interface PhraseTable {
  readonly id: number;
}

type Phrases = ReadonlyArray<readonly string[]>;
/** By table id; a hole where a table has no phrase opening with the word. */
type PhraseStarts = ReadonlyArray<Phrases | undefined>;

/**
 * The phrases that open with a word, of each table that has some: [table id, the phrases (their
 * folded words), longest first].
 */
type Openers = Array<[number, string[][]]>;
/** The phrases of the tables, by their first word. */
type PhraseIndex = Map<string, Openers>;

/**
 * The tables of the lexicon come indexed ahead of time (`npm run gen`, phrase-index.generated.ts):
 * indexing their 800 phrases at start-up (folding each, while V8 still interprets) cost more than
 * reading the finished index. A table is known there by its phrases (`tableKey`), its id is its
 * place there; a table missing from it (the file is stale: a test says so) is indexed when made.
 */
const GENERATED: { tables: string[]; toned: Record<string, Openers>; toneless: Record<string, Openers> } = JSON.parse(PHRASE_INDEX);
const TABLE_IDS = new Map(GENERATED.tables.map((key, id) => [key, id]));
/**
 * The toned tables' phrases by first word: looked up once for every word read. Keyed by the word
 * itself: V8 hashes a new string faster than a loop over its letters would (tried: slower both
 * at start-up, where such a loop is interpreted, and warm).
 */
const FIRST_WORDS: PhraseIndex = new Map(Object.entries(GENERATED.toned));
/** The same for the tables matched without tones: keyed by the first word's tone-less form. */
const TONELESS_FIRST: PhraseIndex = new Map(Object.entries(GENERATED.toneless));
/**
 * The first letters of `TONELESS_FIRST`'s words, those in ASCII: a word that opens with another
 * ASCII character has a tone-less form that opens with it too, so no tone-less phrase opens with it
 * (most words: their tone-less form, two normalize() calls, is then not worked out).
 */
const TONELESS_INITIALS = new Uint8Array(0x80);
const markInitial = (word: string): void => {
  if (word.charCodeAt(0) < 0x80) TONELESS_INITIALS[word.charCodeAt(0)] = 1;
};
for (const word of TONELESS_FIRST.keys()) markInitial(word);
/** The tables matched without tones, by id. */
const TONELESS: boolean[] = [];
/**
 * The phrases that open with each word read, of both kinds of table, found once per word (the
 * tone-less ones through the word's tone-less form): one lookup per word, as with one kind.
 */
const STARTS = new Map<string, PhraseStarts>();
/** Words kept in `STARTS` at most (a vocabulary; past it, begun again). */
const STARTS_MAX = 1 << 16;
const NO_STARTS: PhraseStarts = [];
let tableCount = GENERATED.tables.length;
/** Each table's phrases as given, by id, for the tables made (for the tests and `npm run gen`). */
const SOURCES: Array<readonly string[]> = [];

/** The phrases each table made was made of and whether it is matched without tones (for the tests and `npm run gen`). */
export const tableSources = (): Array<{ phrases: readonly string[]; toneless: boolean }> =>
  SOURCES.flatMap((phrases, id) => (phrases ? [{ phrases, toneless: TONELESS[id] }] : []));

function startsOf(f: string): PhraseStarts {
  let starts = STARTS.get(f);
  if (starts === undefined) {
    const toned = FIRST_WORDS.get(f);
    const first = f.charCodeAt(0);
    const toneless = first >= 0x80 || TONELESS_INITIALS[first] ? TONELESS_FIRST.get(tonelessForm(f)) : undefined;
    if (toned === undefined && toneless === undefined) starts = NO_STARTS;
    else {
      const byTable: Array<string[][] | undefined> = [];
      if (toned !== undefined) for (const [id, phrases] of toned) byTable[id] = phrases;
      if (toneless !== undefined) for (const [id, phrases] of toneless) byTable[id] = phrases;
      starts = byTable;
    }
    if (STARTS.size >= STARTS_MAX) STARTS.clear();
    STARTS.set(f, starts);
  }
  return starts;
}

const tonelessForm = (f: string): string => stripDiacritics(f);

/**
 * The table's phrases may be printed with a tone or a vowel mark lost or misread, as OCR does
 * ("phối hợp vói", "truớc ngày"): only for the task grammar's function words, whose tone-less
 * form is no other word where they stand ("phối hợp | với", "báo cáo").
 */
export function tonelessTable(phrases: readonly string[]): PhraseTable {
  return phraseTable(phrases, true);
}

export function phraseTable(phrases: readonly string[], toneless = false): PhraseTable {
  const key = tableKey(phrases, toneless);
  let id = TABLE_IDS.get(key);
  if (id === undefined) {
    id = tableCount++;
    TABLE_IDS.set(key, id);
    indexTable(toneless ? TONELESS_FIRST : FIRST_WORDS, id, phrases, toneless);
    for (const word of TONELESS_FIRST.keys()) markInitial(word);
    // words read before this table was made do not know it
    recent.length = 0;
    STARTS.clear();
  }
  TONELESS[id] = toneless;
  SOURCES[id] = phrases;
  return { id };
}

/** What the generated index knows a table by: its phrases, as given, and its kind. */
const tableKey = (phrases: readonly string[], toneless: boolean): string => (toneless ? "~" : "") + phrases.join("|");

/** Adds table `id`'s phrases to `index`. */
function indexTable(index: PhraseIndex, id: number, phrases: readonly string[], toneless: boolean): void {
  const lists = new Set<string[][]>();
  for (const phrase of phrases) {
    const words = phraseWords(phrase, toneless);
    let openers = index.get(words[0]);
    if (!openers) index.set(words[0], (openers = []));
    let opener = openers.find(([table]) => table === id);
    if (!opener) openers.push((opener = [id, []]));
    opener[1].push(words);
    lists.add(opener[1]);
  }
  for (const list of lists) list.sort((a, b) => b.length - a.length);
}

/**
 * The text of phrase-index.generated.ts (`npm run gen`): the index of `tables`, each once, in the
 * order of their keys (whatever order the modules made them in).
 */
export function phraseIndexSource(tables: ReadonlyArray<{ phrases: readonly string[]; toneless: boolean }>): string {
  const byKey = new Map(tables.map((table) => [tableKey(table.phrases, table.toneless), table]));
  const keys = [...byKey.keys()].sort();
  const toned: PhraseIndex = new Map();
  const toneless: PhraseIndex = new Map();
  keys.forEach((key, id) => {
    const table = byKey.get(key)!;
    indexTable(table.toneless ? toneless : toned, id, table.phrases, table.toneless);
  });
  const json = JSON.stringify({ tables: keys, toned: Object.fromEntries(toned), toneless: Object.fromEntries(toneless) });
  return [
    "// Generated by `npm run gen` (scripts/gen-phrase-index.ts) from the phrase tables of src/tasks: do not edit.",
    "// The tables (by their phrases) and their phrases by first word, as src/tasks/words.ts indexes them;",
    "// a test fails when this is stale (a table missing here is then indexed at start-up).",
    `export const PHRASE_INDEX = '${json.replace(/[\\']/g, "\\$&")}';`,
    "",
  ].join("\n");
}

/** A word of a phrase of the lexicon, or one of the marks its phrases hold ("phòng, chống", "đ/c"). */
const PHRASE_WORD = /[^ ,\-/]+|[,\-/]/g;

/**
 * The folded words of a phrase of the lexicon, tone-less for a tone-less table: what `scan` reads
 * there (a test holds it to that for every phrase), without `scan`'s character classes and
 * `startsOf` for each word — the tables are made at start-up, while V8 still interprets.
 */
export function phraseWords(phrase: string, toneless: boolean): string[] {
  const folded = foldChars(phrase);
  return (toneless ? tonelessForm(folded) : folded).match(PHRASE_WORD) ?? [];
}

/** Some phrase of `table` opens with `word` (without, no phrase of it matches there). */
export function opens(word: Word, table: PhraseTable): boolean {
  return word.starts[table.id] !== undefined;
}

/** The length in words of the longest phrase of `table` starting at `words[i]`; 0 when none. */
export function matchPhrase(words: readonly Word[], i: number, table: PhraseTable): number {
  const candidates = words[i]?.starts[table.id];
  if (candidates === undefined) return 0;
  const toneless = TONELESS[table.id];
  next: for (const phrase of candidates) {
    if (i + phrase.length > words.length) continue;
    for (let k = 1; k < phrase.length; k++) if (toneless ? tonelessForm(words[i + k].f) !== phrase[k] : words[i + k].f !== phrase[k]) continue next;
    return phrase.length;
  }
  return 0;
}

/** The folded phrase at `words[i]`: "chủ trì", "phối hợp"… (for switches on a matched phrase). */
export function foldedAt(words: readonly Word[], i: number, length: number): string {
  return words.slice(i, i + length).map((w) => w.f).join(" ");
}
