/**
 * The lexer's alphabet: a line folded to printable ASCII, one character for one, so offsets in
 * the folded line are offsets in the text. "Độc lập – Tự do" → "Doc lap - Tu do"; "Uỷ" → "Uy";
 * "Thông_báo" (word-segmented) → "Thong bao"; any other non-ASCII character → "`".
 *
 * A table built once makes this one array read per character (it runs on every line).
 */
import { lazy } from "../lazy.js";

const PUNCTUATION: Record<string, string> = {
  "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
  "\u2022": "*", "\u2219": "*", "\u25cf": "*", "\u25aa": "*", "\u25e6": "*", "\u00b7": "*",
  "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2018": "'", "\u2019": "'", "\u2026": ".",
  "\u00d0": "D", "\u0189": "D", "\u0110": "D", "\u00f0": "d", "\u0111": "d", "\u00a0": " ", "\t": " ",
};

/** Ranges whose characters can fold to a letter or a sign; the rest of the table is "`". */
const FOLDING_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0000, 0x024f], // ASCII, Latin-1, Latin Extended-A/B (Ă Đ Ơ Ư …)
  [0x1e00, 0x1eff], // Latin Extended Additional (Ạ … ỹ)
  [0x2000, 0x2070], // dashes, quotes, bullets, ellipsis
  [0x2212, 0x2212],
  [0x25aa, 0x25e6],
];

/** Every UTF-16 unit below U+3000 → the code of its folded character (printable ASCII, ≥ 0x20). */
export const foldTable = lazy((): Uint8Array => {
  const table = new Uint8Array(0x3000).fill(BACKTICK);
  for (const [from, to] of FOLDING_RANGES) {
    for (let code = from; code <= to; code++) {
      const ch = String.fromCharCode(code);
      const base = PUNCTUATION[ch] ?? ch.normalize("NFD")[0];
      table[code] = base.length === 1 && base >= " " && base <= "~" ? base.charCodeAt(0) : BACKTICK;
    }
  }
  return table;
});

const BACKTICK = 0x60;
const UNDERSCORE = 0x5f;
const SPACE = 0x20;
const NEWLINE = 0x0a;

export function asciiFold(text: string): string {
  return asciiFoldLines([text]);
}

/**
 * Many lines folded at once and joined with "\n" (one buffer, one string: the lexer's input).
 * The characters are read from the joined text: one flat string reads faster than the lines
 * themselves (slices and trimmed copies of many shapes).
 */
export function asciiFoldLines(texts: readonly string[]): string {
  const t = foldTable();
  const all = texts.join("\n");
  const out = Buffer.allocUnsafe(all.length);
  let at = 0;
  for (const text of texts) {
    const end = at + text.length;
    for (let i = at; i < end; i++) {
      const code = all.charCodeAt(i);
      out[i] = code < 0x3000 ? t[code] : BACKTICK;
    }
    if (end < out.length) out[end] = NEWLINE;
    at = end + 1;
  }
  return spaceSegmentJoins(out).toString("latin1");
}

/**
 * Word-segmented text joins syllables with "_": read it as a space between letters. In place, on
 * folded lines joined by "\n" (the underscores are found by a native search, left to right as a
 * loop over every byte would).
 */
export function spaceSegmentJoins(out: Buffer): Buffer {
  for (let i = out.indexOf(UNDERSCORE, 1); i > 0 && i < out.length - 1; i = out.indexOf(UNDERSCORE, i + 1)) {
    if (isLetter(out[i - 1]) && isLetter(out[i + 1])) out[i] = SPACE;
  }
  return out;
}

function isLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === BACKTICK;
}
