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
