/**
 * Joining lines into prose: lines of one paragraph join with a space; paragraphs join with a
 * newline, except where a page break or a stray blank line split a sentence ("…trong công" /
 * "tác phòng, chống dịch…"), which is mended with a space.
 */
import type { Line } from "../lines/index.js";
import type { LineSpan } from "../types.js";
import { joinRun, lineJoint, type TextRun } from "../text-run.js";

/** Lines that end a sentence: "./.", ".", ":", ";", "!", "?", "…", a closing bracket or quote. */
const SENTENCE_END = /[.:;!?…)\]"”]$/;
const STARTS_LOWER = /^\p{Ll}/u;

export function prose(lines: readonly Line[]): string {
  let out = "";
  let previous: Line | undefined;
  for (const line of lines) {
    if (line.text === "") continue;
    if (previous === undefined) out = line.text;
    else out += (continuesParagraph(previous, line) ? lineJoint(previous.text, line.text) : "\n") + line.text;
    previous = line;
  }
  return out;
}

/** Within a paragraph, or a sentence split across a blank line / page break. */
function continuesParagraph(previous: Line, line: Line): boolean {
  if (!line.blankBefore && line.n === previous.n + 1) return true;
  return !SENTENCE_END.test(previous.text) && STARTS_LOWER.test(line.text);
}

/** The same lines as a TextRun, for the inline extractors (dates, references). */
export function runOf(lines: readonly Line[]): TextRun {
  return joinRun(lines.map((l) => [l.n, l.text] as const));
}

export function spanOfLines(lines: readonly Line[]): LineSpan {
  return [lines[0].n, lines[lines.length - 1].n];
}
