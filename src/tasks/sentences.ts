/**
 * A clause's prose cut into paragraphs (joined with "\n" by the builder) and sentences, with
 * their offsets in the prose, so that what is found in a sentence can be placed on lines.
 *
 *   "A làm x. B làm y.\nC làm z" → [[A làm x.] [B làm y.]] [[C làm z]]
 */
import { isSpace } from "../chars.js";

export interface Sentence {
  readonly text: string;
  /** offset of the sentence in the prose */
  readonly start: number;
  /** index of its paragraph */
  readonly paragraph: number;
}

/**
 * A full stop (or "…", "!", "?") and spaces, followed by a capital, a digit or an opening quote,
 * end a sentence, unless the stop ends an abbreviation that names what follows: "TP. Hồ Chí
 * Minh", "Tp. Hà Nội", "Q. 1", "P. Bến Nghé", "TT. Phú Mỹ", "TS. Nguyễn Văn A" (the abbreviation
 * at the paragraph's start or after a space or "("). Read by hand from each stop and space, not
 * by one regex with lookbehinds: that one was tried at every character of every clause.
 */
const ABBREVIATIONS = ["TP", "Tp", "tp", "TX", "Tx", "TT", "Tt", "Q", "P", "TS", "ThS", "Ths", "PGS", "GS", "BS", "KS", "CN"];
/** Where to look: a stop and a space (a plain class, which V8 scans for fast). */
const STOP_AND_SPACE = /[.!?…]\s/g;
const OPENS_SENTENCE = /[\p{Lu}\d“"(]/uy;

export function toSentences(prose: string): Sentence[] {
  const out: Sentence[] = [];
  let offset = 0;
  prose.split("\n").forEach((paragraph, index) => {
    let start = 0;
    STOP_AND_SPACE.lastIndex = 0;
    for (let m = STOP_AND_SPACE.exec(paragraph); m; m = STOP_AND_SPACE.exec(paragraph)) {
      const stop = m.index;
      if (abbreviated(paragraph, stop)) continue;
      let end = stop + 2;
      while (end < paragraph.length && isSpace(paragraph.charCodeAt(end))) end++;
      OPENS_SENTENCE.lastIndex = end;
      if (!OPENS_SENTENCE.test(paragraph)) continue;
      pushSentence(out, paragraph.slice(start, stop + 1), offset + start, index);
      start = end;
      STOP_AND_SPACE.lastIndex = end;
    }
    pushSentence(out, paragraph.slice(start), offset + start, index);
    offset += paragraph.length + 1;
  });
  return out;
}

/** The stop at `dot` ends one of `ABBREVIATIONS`, standing at the start or after a space or "(". */
function abbreviated(paragraph: string, dot: number): boolean {
  if (paragraph.charCodeAt(dot) !== 0x2e) return false;
  for (const short of ABBREVIATIONS) {
    const at = dot - short.length;
    if (at < 0 || !paragraph.startsWith(short, at)) continue;
    if (at === 0 || paragraph[at - 1] === "(" || isSpace(paragraph.charCodeAt(at - 1))) return true;
  }
  return false;
}

function pushSentence(out: Sentence[], text: string, start: number, paragraph: number): void {
  if (text.trim() !== "") out.push({ text, start, paragraph });
}

/**
 * The words of a task table's header labels ("STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối
 * hợp", "Thời gian hoàn thành", "Ghi chú", "Sản phẩm", "Kinh phí"), and the column each word names.
 */
const HEADER_WORDS = new Set([
  "stt", "tt", "số", "nội", "dung", "cơ", "quan", "đơn", "vị", "chủ", "trì", "phối", "hợp", "thời", "gian", "hạn", "hoàn", "thành",
  "thực", "hiện", "sản", "phẩm", "ghi", "chú", "kinh", "phí", "tiến", "độ", "nhiệm", "vụ", "công", "việc", "kết", "quả", "dự", "kiến",
]);
const HEADER_COLUMNS: ReadonlyMap<string, string> = new Map([
  ["stt", "number"], ["tt", "number"], ["nội", "content"], ["chủ", "lead"], ["phối", "support"], ["thời", "time"], ["tiến", "time"],
  ["ghi", "note"], ["sản", "product"], ["kinh", "cost"],
]);
const HEADER_RUN_MIN = 5;
const LABEL_WORD = /\S+/g;
const HEADER_COLUMNS_MIN = 3;

/**
 * "STT Nội dung Cơ quan chủ trì Cơ quan phối hợp Thời gian hoàn thành", "Cơ quan chủ Cơ quan phối
 * Thời gian STT Nội dung trì hợp hoàn thành …": a task table's header band read as prose (a
 * table its reader could not rebuild, its labels in any order, broken over lines), with the cells
 * flattened after it. It names columns, not work: no task. A sentence opens so when its first words
 * (5 or more) are all header label words naming 3 or more columns, and hold the number column
 * ("STT", "TT": no prose says it), or name two bodies' columns one after the other ("Cơ quan chủ
 * Cơ quan phối": prose puts a comma between), or make the whole sentence.
 */
export function isTableHeader(text: string): boolean {
  // word by word, stopping at the first that is no label's (most sentences: the first)
  const columns = new Set<string>();
  let run = 0;
  let bodies = 0;
  let whole = true;
  LABEL_WORD.lastIndex = 0;
  for (let m = LABEL_WORD.exec(text); m; m = LABEL_WORD.exec(text)) {
    const word = m[0].toLowerCase();
    if (!HEADER_WORDS.has(word)) {
      whole = false;
      break;
    }
    run++;
    if (word === "cơ" || word === "đơn") bodies++;
    const column = HEADER_COLUMNS.get(word);
    if (column) columns.add(column);
  }
  return run >= HEADER_RUN_MIN && columns.size >= HEADER_COLUMNS_MIN && (columns.has("number") || bodies > 1 || whole);
}
