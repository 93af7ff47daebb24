/**
 * Nơi nhận (NĐ 30 Điều 8 khoản 9): entries with their purpose notes, the "Lưu" entry, and the
 * stamps or debris that fell inside the block.
 *
 *   - Văn phòng Thành ủy, (để báo cáo)      → purpose "để báo cáo"
 *   - Ban Bí thư TW Đảng, } (để báo cáo)    → a brace group: the note applies to every "}" entry
 *   - TT HĐND TP; / (để b/c)                → a note on its own line closes the group above it
 *   - Lưu: VT, KGVX.                         → archive ["VT", "KGVX"]
 */
import type { Line } from "../lines/index.js";
import type { Entry, Recipient } from "../types.js";
import type { Part } from "../structure.js";
import { bareKey } from "./bare-key.js";
import { isSpace } from "../chars.js";
import { cleanEntry } from "./header.js";
import { asciiFold } from "../lines/ascii-fold.js";
import { HEAD_TITLES } from "./signer-words.js";

export interface Recipients {
  recipients: Recipient[];
  archive: string[];
  archiveLine: Line | null;
  stamps: Part[];
  unclassified: Line[];
  /** notes that apply to no entry (after the Lưu line): kept as unclassified with a diagnostic */
  detachedNotes: Entry[];
}

interface Open {
  texts: string[];
  purpose: string | null;
  brace: boolean;
  first: number;
  last: number;
}

/** "(để b/c)", "(Để thực hiện)", "(Đề b/c)" (OCR), and the bare abbreviations "(b/c)", "(p/h)" */
// also a purpose verb written without "để" ("(đăng tin)", "(báo cáo)", "(biết)"): read as "để …"
const NOTE = /\(\s*(đ[ểềe]\s+[^()]{1,40}|[btpc]\s*\/\s*[chđ]|(?:đăng tin|đăng tải|báo cáo|biết|thực hiện|phối hợp|chỉ đạo|theo dõi)(?=\s*\)))\s*\)/iu;
/** "$( \mathsf { b } / \mathsf { c } )$": a note an OCR engine wrote as a formula → "(b/c)" */
const FORMULA = /\$([^$]{1,80})\$/g;
const LUU = /^[-+*\s]*lưu\s*:?\s*/iu;

export function readRecipients(parts: readonly Part[]): Recipients {
  const out: Recipients = { recipients: [], archive: [], archiveLine: null, stamps: [], unclassified: [], detachedNotes: [] };
  const open: Open[] = [];
  for (const part of parts) {
    const line = part.tokens[0].payload;
    if (part.rule === "dau") out.stamps.push(part);
    else if (part.rule === "manh") out.unclassified.push(...part.tokens.map((t) => t.payload));
    else if (part.rule === "NoiNhan") readInline(line, open, out.unclassified);
    else if (part.tokens[0].tokenType.name === "Luu" && !out.archiveLine) readArchive(line, out);
    else readEntryLine(line, open, out, out.unclassified);
  }
  applyBraces(open);
  out.recipients = open.map(recipientOf).filter((r) => r.text !== "");
  return out;
}

/**
 * An entry's lines joined. A note that a line end cut ("- Các đơn vị thuộc TCHQ (để" / "t/h);",
 * pdftotext wraps the list's narrow column) is found on the joined text, as on one line: each
 * line's own notes were taken off already, so what is left is the wrapped one.
 */
function recipientOf(e: Open): Recipient {
  let text = e.texts.join(" ");
  let purpose = e.purpose;
  const note = e.texts.length > 1 && purpose === null ? NOTE.exec(text) : null;
  // a ";" inside is an entry's end: the brackets hold two entries of a column, no note
  if (note && !note[1].includes(";")) {
    purpose = expandPurpose(note[1]);
    text = (text.slice(0, note.index).trimEnd() + text.slice(note.index + note[0].length)).trim();
  }
  return { text: cleanEntry(withoutClosingBrace(text)), purpose, lines: [e.first, e.last] };
}

/** "- Sở Y tế }" → "- Sở Y tế": a brace that gathered entries for one note (a scan back, not a pattern tried at every character). */
function withoutClosingBrace(text: string): string {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  if (text[end - 1] !== "}") return text;
  end--;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  return text.slice(0, end);
}

/** "Nơi nhận: - Như trên;" → the entry after the label */
function readInline(line: Line, open: Open[], junk: Line[]): void {
  const rest = line.text.replace(/^n[ơo]i\s+(?:nh[ậa]n|g[ửở]i)\s*[:.]?/iu, "").trim();
  if (rest) readEntryLine({ ...line, text: rest }, open, null, junk);
}

function readArchive(line: Line, out: Recipients): void {
  out.archiveLine = line;
  out.archive = line.text
    .replace(LUU, "")
    .replace(/[\s.;,]+$/, "")
    .split(/\s*[,;]\s*/)
    .filter(Boolean);
  // NĐ 30 Điều 8 khoản 9: the archive opens with the văn thư's copy, "VT"; OCR reads its T as I or l
  if (/^V[IlĨỊ1]$/u.test(out.archive[0] ?? "")) out.archive[0] = "VT";
}

/**
 * What OCR leaves in the Nơi nhận column that is no recipient (an entry is a body or a person, NĐ
 * 30 Điều 8 khoản 9), kept as unclassified: a speck alone ("3,", "z": two characters or fewer
 * with at most one letter), and the signer's part that the scan set beside the list ("PHÓ GIÁM
 * ĐỐC", "KT. CHỦ TỊCH": a mark, or a head's title alone, in capitals).
 */
function isDebrisEntry(text: string): boolean {
  const bare = cleanEntry(text);
  if (!bare) return false;
  if (bare.length <= 2) return !/\p{L}.*\p{L}/u.test(bare);
  if (bare !== bare.toUpperCase()) return false;
  const folded = asciiFold(bare);
  return SIGNER_MARK.test(folded) || SIGNER_TITLE.test(folded);
}
const SIGNER_MARK = /^(?:K ?\/ ?T|T ?\/ ?M|T ?\/ ?L|KT|TM|TL|TUQ)[.,] ?[A-Z]/;
const SIGNER_TITLE = new RegExp(`^${HEAD_TITLES}$`);

/**
 * A speck after an entry's end, on its line: "- TT Tỉnh ủy, TT HĐND tỉnh; k", "- Các sở, ban,
 * ngành tỉnh; Này vẻ" (a stamp's edge or the signature's ink beside the list). One or two words
 * of at most three letters after the ";": no recipient is so short unless it is an abbreviation
 * in capitals ("; CA tỉnh", "; Sở TC"), which stays. The index where the tail starts, or -1.
 */
function speckTail(text: string): number {
  const semi = text.lastIndexOf(";");
  if (semi < 0 || semi === text.length - 1) return -1;
  const tail = text.slice(semi + 1).trim();
  if (!tail || tail.length > 7) return -1;
  const words = tail.split(" ");
  if (words.length > 2 || !words.every((w) => /^\p{L}{1,3}$/u.test(w) && !/\p{Lu}.*\p{Lu}/u.test(w))) return -1;
  // the next entry's first word, its name wrapped to the line below ("- UBND tỉnh; Bộ" / "Tài chính;")
  if (SHORT_HEADS.has(asciiFold(words[0]).toLowerCase())) return -1;
  return semi + 1;
}
/** Short words that open a body's name (NĐ 30's recipients: "Bộ …", "Sở …", "Ban …", "Các sở, ngành"). */
const SHORT_HEADS = new Set(["bo", "so", "ban", "cuc", "vu", "hoi", "to", "doi", "dai", "bao", "cac", "ubnd", "ub"]);

function readEntryLine(original: Line, open: Open[], out: Recipients | null, junk: Line[]): void {
  const line = original.text.includes("$") ? { ...original, text: original.text.replace(FORMULA, (_, f: string) => f.replace(/\\[a-zA-Z]+/g, "").replace(/[{}\s]/g, "")) } : original;
  const note = NOTE.exec(line.text);
  const purpose = note ? expandPurpose(note[1]) : null;
  let text = note ? (line.text.slice(0, note.index) + line.text.slice(note.index + note[0].length)).trim() : line.text;
  if (!note && isDebrisEntry(text)) {
    junk.push(line);
    return;
  }
  const tail = text.includes(";") ? speckTail(text) : -1;
  if (tail > 0) {
    junk.push({ ...line, text: text.slice(tail).trim() });
    text = text.slice(0, tail);
  }
  const brace = /\}/.test(line.text);
  const bare = text.replace(/[\s,;.}]+$/, "");
  if (bare === "" && purpose) return applyNote(purpose, line, open, out);
  // "- Văn phòng Thành ủy, (để báo cáo)": a note after the entry's own comma closes a group,
  // like a brace; "- Như kính gửi (để thực hiện)," is a note for that entry alone.
  if (note && purpose && /[,;]\s*$/.test(line.text.slice(0, note.index)) && /^[-–+•*]/.test(text)) {
    open.push({ texts: [text], purpose: null, brace, first: line.n, last: line.n });
    return applyNote(purpose, line, open, out);
  }
  const startsEntry = /^[-–+•*]/.test(text) || open.length === 0;
  const last = open[open.length - 1];
  if (!startsEntry && last) {
    last.texts.push(text);
    last.last = line.n;
    last.purpose ??= purpose;
  } else open.push({ texts: [text], purpose, brace, first: line.n, last: line.n });
}

/** "- A, } (để báo cáo)" / "- B, }": one note for a run of braced entries. */
function applyBraces(open: Open[]): void {
  for (let i = 0; i < open.length; ) {
    let j = i;
    while (j < open.length && open[j].brace) j++;
    const group = open.slice(i, j);
    const purpose = group.find((e) => e.purpose)?.purpose ?? null;
    for (const e of group) e.purpose ??= purpose;
    i = Math.max(j, i + 1);
  }
}

/** A note alone on its line applies to the entries above it back to the previous note or "Như trên". */
function applyNote(purpose: string, line: Line, open: Open[], out: Recipients | null): void {
  if (out?.archiveLine || open.length === 0) {
    out?.detachedNotes.push({ text: line.text, lines: [line.n, line.n] });
    return;
  }
  for (let i = open.length - 1; i >= 0; i--) {
    const entry = open[i];
    if (entry.purpose !== null || /^nhu\b/.test(bareKey(cleanEntry(entry.texts.join(" "))))) break;
    entry.purpose = purpose;
  }
  open[open.length - 1].last = Math.max(open[open.length - 1].last, line.n);
}

const ABBREVIATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bb\/c\b/giu, "báo cáo"],
  [/\bt\/h\b/giu, "thực hiện"],
  [/\bp\/h\b/giu, "phối hợp"],
  [/\bc\/đ\b/giu, "chỉ đạo"],
];

/** "Để b/c" / "Đề b/c" → "để báo cáo" */
export function expandPurpose(note: string): string {
  let text = note.trim().replace(/^đ[ểềe](?=\s|$)/iu, "để");
  if (!/^để(?=\s|$)/u.test(text)) text = `để ${text.toLowerCase()}`; // "(p/h)" is "(để p/h)", "(Báo cáo)" "(để báo cáo)"
  for (const [abbr, full] of ABBREVIATIONS) text = text.replace(abbr, full);
  return text.replace(/\s+/g, " ");
}
