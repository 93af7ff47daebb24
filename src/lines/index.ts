/**
 * SourceText → Line[]: split at every line end (CRLF, LF or a lone CR, as OCR leaves them),
 * and for markdown remove the marks remark found, keeping one Line per source line.
 */
import { NFC_SAFE_RANGES } from "../decode/nfc.js";
import { lazy } from "../lazy.js";
import { asciiFoldLines, foldTable, spaceSegmentJoins } from "./ascii-fold.js";
import type { Line } from "./line.js";
import { BOLD, DELETE, GLUE, ITALIC, markdownMarks, type MarkdownMarks } from "./markdown-marks.js";
import { NOI_NHAN_LABEL } from "./footer-label.js";
import { MAY_HOLD_OCR_DIGIT, withOcrDigits } from "./ocr-digits.js";
import { BULLET_GLYPHS, isTrimmed, rewritesSpace, tidy } from "./tidy.js";

export type { Line } from "./line.js";
export { sniffMarkup } from "./sniff-markup.js";
export { splitCells } from "./split-cells.js";
export { unfoldLayout } from "./layout/index.js";

export function toLines(text: string, markup: "plain" | "markdown"): Line[] {
  return markup === "markdown" ? markdownLines(text) : plainLines(withoutQuoteMarks(text));
}

/**
 * E-mail quote marks in plain text: a forwarded or replied mail ("-----Original Message-----",
 * Thunderbird, Gmail's "Show original") quotes every line of the document with "> " (">> " or
 * "> > " nested). The marks shared by a run of 3 or more consecutive lines are taken off, as the
 * markdown reader takes off a blockquote's; each line keeps its place (the line numbers do not
 * move) and the column gaps keep their widths. A run is a quote only when one of its lines is a
 * bare ">" (a quoted blank line) or two of them go on with a letter: a list of "> 60 tuổi" rows
 * ("more than") or a lone line that starts with ">" stays as written.
 */
export function withoutQuoteMarks(text: string): string {
  if (!QUOTED_LINE.test(text)) return text;
  const parts = text.split(/(\r\n?|\n)/); // lines at even indexes, their ends at odd ones
  let changed = false;
  for (let i = 0; i < parts.length; i += 2) {
    if (!QUOTE_PREFIX.test(parts[i])) continue;
    let j = i;
    let bare = 0;
    let letters = 0;
    for (; j < parts.length && QUOTE_PREFIX.test(parts[j]); j += 2) {
      const rest = parts[j].replace(QUOTE_PREFIX, "");
      if (rest.trim() === "") bare++;
      else if (/^\p{L}/u.test(rest)) letters++;
    }
    if ((j - i) / 2 >= 3 && (bare > 0 || letters >= 2)) {
      for (let k = i; k < j; k += 2) parts[k] = parts[k].replace(QUOTE_PREFIX, "");
      changed = true;
    }
    i = j - 2;
  }
  return changed ? parts.join("") : text;
}
const QUOTE_PREFIX = /^[ \t]*(?:>[ \t]?)+/;
const QUOTED_LINE = /(?:^|[\r\n])[ \t]*>/;

/** Marks in the line table below (fold codes are all printable, ≥ 0x20). */
const SLOW = 0;
const LINE_END = 1;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;

/**
 * The fold table, marked for reading plain text in one pass: line ends, and what sends a line to
 * `tidy` — the spaces it rewrites, and any character that is not NFC-safe (a line made only of
 * NFC-safe characters is NFC as it is).
 */
const lineTable = lazy((): Uint8Array => {
  const table = foldTable().slice();
  let next = 0;
  for (const [from, to] of NFC_SAFE_RANGES) {
    if (from >= table.length) break;
    table.fill(SLOW, next, from);
    next = to + 1;
  }
  table.fill(SLOW, next);
  for (let c = 0; c < table.length; c++) if (rewritesSpace(c)) table[c] = SLOW;
  for (const glyph of BULLET_GLYPHS) table[glyph.charCodeAt(0)] = SLOW; // a list glyph "tidy" rewrites
  table[LF] = table[CR] = LINE_END;
  return table;
});

/**
 * Plain text: line ends found, every character folded, and the lines that need `tidy` told apart
 * in one pass over the text. Most lines are tidy already (one space between words, no odd space,
 * NFC): their text is the line as read, and their fold a slice of the one folded buffer.
 */
function plainLines(text: string): Line[] {
  const table = lineTable();
  const out = Buffer.allocUnsafe(text.length);
  const starts: number[] = [];
  const ends: number[] = [];
  const slow = new Set<number>(); // lines with a character that `tidy` or NFC may change
  let start = 0;
  let untidy = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const f = c < 0x3000 ? table[c] : SLOW;
    out[i] = f;
    if (f > LINE_END) continue;
    if (f === SLOW) {
      untidy = true;
      continue;
    }
    // a line end: "\r\n", "\n", or a lone "\r" (as OCR leaves them)
    if (untidy) slow.add(starts.length);
    starts.push(start);
    ends.push(i);
    out[i] = LF;
    if (c === CR && text.charCodeAt(i + 1) === LF) out[++i] = LF;
    start = i + 1;
    untidy = false;
  }
  if (start < text.length) {
    if (untidy) slow.add(starts.length);
    starts.push(start);
    ends.push(text.length);
  }
  const folded = spaceSegmentJoins(out).toString("latin1");
  // The text of a line without slow characters is the line with its edge spaces cut off, and its
  // fold the same cut of the buffer, unless it holds a run of two spaces (a tab or a no-break
  // space folds to a space too, but those lines are slow already) or other white space at an edge.
  const from: number[] = [];
  const to: number[] = [];
  const tidied: string[] = [];
  for (let k = 0, double = -1; k < starts.length; k++) {
    let s = starts[k];
    let e = ends[k];
    while (s < e && text.charCodeAt(s) === SPACE) s++;
    while (e > s && text.charCodeAt(e - 1) === SPACE) e--;
    if (double < s && double < text.length) double = folded.indexOf("  ", s) >>> 0; // none: past the end
    if (s < e && (double < e || isTrimmed(text.charCodeAt(s)) || isTrimmed(text.charCodeAt(e - 1)))) slow.add(k);
    if (slow.has(k)) tidied.push(tidy(text.slice(starts[k], ends[k])));
    from.push(s);
    to.push(e);
  }
  const tidiedFolds = tidied.length ? asciiFoldLines(tidied).split("\n") : [];
  // OCR digits ("Số: 1O4/TB-VP") and specks ("¬ KT. GIÁM ĐỐC") are looked for once in the whole text; most texts have none
  const ocr = MAY_HOLD_OCR_DIGIT.test(folded);
  const specks = MAY_HOLD_SPECK.test(text);
  const lines: Line[] = [];
  let previousBlank = true;
  for (let k = 0, t = 0; k < starts.length; k++) {
    const raw = text.slice(starts[k], ends[k]);
    const tidiedHere = slow.has(k);
    const read = {
      text: tidiedHere ? tidied[t] : from[k] === starts[k] && to[k] === ends[k] ? raw : text.slice(from[k], to[k]),
      folded: tidiedHere ? tidiedFolds[t++] : folded.slice(from[k], to[k]),
    };
    const { text: lineText, folded: lineFolded } = withMarkPoint(withoutSpecks(ocr ? withOcrDigits(read) : read, specks));
    const line: Line = {
      n: k + 1,
      raw,
      text: lineText,
      folded: lineFolded,
      bold: false,
      italic: false,
      heading: 0,
      blankBefore: previousBlank,
    };
    previousBlank = line.text === "";
    lines.push(line);
  }
  return lines;
}

/**
 * OCR specks: a scan's dirt, a stamp's edge or a table rule read as a mark that is no character of
 * Vietnamese text, standing alone between spaces or at a line's edge ("¬ KT. GIÁM ĐỐC", "Nơi
 * nhận: - ` PHÓ GIÁM ĐỐC", "Trần Văn Hùng ´"). Such a mark in front of a signer's part hides it
 * from every test that reads the line from its first character, so the line's text goes without
 * it (`raw` keeps the source). Only marks no document prints alone: "¬", "`", "´", "‘" and a lone
 * "'" (a quote opens or closes a word, never stands between spaces); "~" (a range, "5 ~ 10"),
 * "_" (a blank to fill in), "|" (a table) and "»" (a list glyph) are left as they are.
 */
const MAY_HOLD_SPECK = /(?:^|[ \t])[¬`´‘'](?=[ \t\r\n]|$)/m;
const SPECK = /(?:^|(?<= ))[¬`´‘'](?: |$)/g;

function withoutSpecks(read: { text: string; folded: string }, specks: boolean): { text: string; folded: string } {
  if (!specks || !MAY_HOLD_SPECK.test(read.text)) return read;
  // the same cuts in the text and its fold (one character for one)
  let text = "";
  let folded = "";
  let done = 0;
  SPECK.lastIndex = 0;
  for (let m = SPECK.exec(read.text); m !== null; m = SPECK.exec(read.text)) {
    text += read.text.slice(done, m.index);
    folded += read.folded.slice(done, m.index);
    done = m.index + m[0].length;
  }
  // a speck that ended the line leaves the space before it
  return { text: (text + read.text.slice(done)).trimEnd(), folded: (folded + read.folded.slice(done)).trimEnd() };
}

/**
 * A signing mark OCR read with a comma for its point: "KT, CHỦ TỊCH", "TM, ỦY BAN NHÂN DÂN", "TL,
 * GIÁM ĐỐC" (the point and the comma differ by a speck of ink) → "KT. …". Where a mark stands: at
 * the line's start, or where OCR joined the signer's cell to the list's row by one space, after
 * the "Nơi nhận:" label or an entry's ";" / "," ("Nơi nhận: KT, CHỦ TỊCH", "- Như trên; KT, CHỦ
 * TỊCH"). Only before a title in capitals running to the line's end, two words or more, each a
 * syllable (a vowel in it), and never on the Lưu line: an archive list ("KT, TH.", "KT, VP UBND",
 * "- Lưu: VT, TM, UBND TỈNH") stays. (Each word's consonants before its first vowel are matched
 * apart from the rest, so a long line of capitals is tried in linear time, not exponential.)
 */
const MARK_COMMA = new RegExp(
  `(?:^|(?<=^${NOI_NHAN_LABEL})|(?<=[;,] ))(?:KT|TM|TL|TUQ), (?=(?:[B-DF-HJ-NP-TV-XZ]*[AEIOUY][A-Z]* ){1,5}[B-DF-HJ-NP-TV-XZ]*[AEIOUY][A-Z]*$)`,
);
const LUU_LINE = /^[-+* ]*L[Uu][Uu]\b/;

function withMarkPoint(read: { text: string; folded: string }): { text: string; folded: string } {
  const { text, folded } = read;
  // cheap sign first: a comma and a space (at the line's start, right after two or three capitals)
  if (!(folded.charCodeAt(2) === 0x2c || folded.charCodeAt(3) === 0x2c || folded.includes(", "))) return read;
  const m = MARK_COMMA.exec(folded);
  if (!m || LUU_LINE.test(folded)) return read;
  const at = m.index + m[0].indexOf(",");
  return { text: `${text.slice(0, at)}.${text.slice(at + 1)}`, folded: `${folded.slice(0, at)}.${folded.slice(at + 1)}` };
}

/** Markdown: the marks remark found removed, then the kept texts folded together. */
function markdownLines(text: string): Line[] {
  const marks = markdownMarks(text);
  const drafts: Draft[] = [];
  let start = 0;
  // line ends: "\r\n", "\n", or a lone "\r", found by native searches (no match object per
  // line, no loop over every character); the next "\r" is looked for only while there is one
  let lf = text.indexOf("\n");
  let cr = text.indexOf("\r");
  while (lf >= 0 || cr >= 0) {
    let end = cr >= 0 && (lf < 0 || cr < lf) ? cr : lf;
    drafts.push(draftLine(text, start, end, drafts.length + 1, marks));
    if (end === cr && lf === cr + 1) end = lf;
    start = end + 1;
    if (lf >= 0 && lf < start) lf = text.indexOf("\n", start);
    if (cr >= 0 && cr < start) cr = text.indexOf("\r", start);
  }
  if (start < text.length) drafts.push(draftLine(text, start, text.length, drafts.length + 1, marks));
  // every line folded in one pass over one buffer (the texts contain no line break)
  const joined = asciiFoldLines(drafts.map((d) => d.text));
  const folded = joined.split("\n");
  const ocr = MAY_HOLD_OCR_DIGIT.test(joined);
  let previousBlank = true;
  return drafts.map((d, i) => {
    const read = withMarkPoint(ocr ? withOcrDigits({ text: d.text, folded: folded[i] }) : { text: d.text, folded: folded[i] });
    const line: Line = { n: i + 1, raw: d.raw, text: read.text, folded: read.folded, bold: d.bold, italic: d.italic, heading: d.heading, blankBefore: previousBlank };
    previousBlank = d.text === "";
    return line;
  });
}

type Draft = Pick<Line, "raw" | "text" | "bold" | "italic" | "heading">;

function draftLine(text: string, start: number, end: number, n: number, marks: MarkdownMarks): Draft {
  const raw = text.slice(start, end);
  // Kept text is gathered as slices between removed marks (no per-character string building).
  const pieces: string[] = [];
  let from = start;
  let letters = 0;
  let bold = 0;
  let italic = 0;
  for (let i = start; i < end; i++) {
    const f = marks.flags[i];
    if (f & (GLUE | DELETE)) {
      pieces.push(text.slice(from, i));
      if (f & GLUE) pieces.push(" ");
      from = f & DELETE ? i + 1 : i;
      if (f & DELETE) continue;
    }
    if (isLetterOrDigit(text.charCodeAt(i))) {
      letters++;
      if (f & BOLD) bold++;
      if (f & ITALIC) italic++;
    }
  }
  pieces.push(text.slice(from, end));
  const kept = pieces.join("");
  return {
    raw,
    text: tidy(stripStrayMarks(kept)),
    bold: letters > 0 && bold === letters,
    italic: letters > 0 && italic === letters,
    heading: marks.headingOfLine.get(n) ?? 0,
  };
}

/** 0-9, A-Z, a-z, and the Latin letters of Vietnamese (À … ỹ, Đ đ). */
function isLetterOrDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x1ef9 && c !== 0xd7 && c !== 0xf7);
}

/** Unmatched emphasis left at a line's edges by a broken export: "- Kính gửi:*" → "- Kính gửi:". */
function stripStrayMarks(s: string): string {
  if (/^[\s*_~]*$/.test(s)) return s;
  return s.replace(/(?<=\S)[*_]{1,3}\s*$/, "").replace(/^(\s*)[*_]{1,3}(?=[^\s*_])/, "$1");
}
