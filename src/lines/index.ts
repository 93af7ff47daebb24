/**
 * SourceText → Line[]: split at every line end (CRLF, LF or a lone CR, as OCR leaves them),
 * and for markdown remove the marks remark found, keeping one Line per source line.
 */
import { asciiFoldLines } from "./ascii-fold.js";
import type { Line } from "./line.js";
import { BOLD, DELETE, GLUE, ITALIC, markdownMarks, type MarkdownMarks } from "./markdown-marks.js";
import { tidy } from "./tidy.js";

export type { Line } from "./line.js";
export { sniffMarkup } from "./sniff-markup.js";
export { splitCells } from "./split-cells.js";
export { unfoldLayout } from "./layout/index.js";

export function toLines(text: string, markup: "plain" | "markdown"): Line[] {
  const marks = markup === "markdown" ? markdownMarks(text) : undefined;
  const lines: Line[] = [];
  let start = 0;
  let previousBlank = true;
  const push = (end: number): void => {
    const line = makeLine(text, start, end, lines.length + 1, previousBlank, marks);
    previousBlank = line.text === "";
    lines.push(line);
  };
  // line ends: "\r\n", "\n", or a lone "\r", found by native searches (no match object per
  // line, no loop over every character); the next "\r" is looked for only while there is one
  let lf = text.indexOf("\n");
  let cr = text.indexOf("\r");
  while (lf >= 0 || cr >= 0) {
    let end = cr >= 0 && (lf < 0 || cr < lf) ? cr : lf;
    push(end);
    if (end === cr && lf === cr + 1) end = lf;
    start = end + 1;
    if (lf >= 0 && lf < start) lf = text.indexOf("\n", start);
    if (cr >= 0 && cr < start) cr = text.indexOf("\r", start);
  }
  if (start < text.length) push(text.length);
  // every line folded in one pass over one buffer (the texts contain no line break)
  const folded = asciiFoldLines(lines.map((l) => l.text)).split("\n");
  for (let i = 0; i < lines.length; i++) (lines[i] as { folded: string }).folded = folded[i];
  return lines;
}

function makeLine(
  text: string,
  start: number,
  end: number,
  n: number,
  blankBefore: boolean,
  marks: MarkdownMarks | undefined,
): Line {
  const raw = text.slice(start, end);
  if (!marks) return { n, raw, text: tidy(raw), folded: "", bold: false, italic: false, heading: 0, blankBefore };
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
    n,
    raw,
    text: tidy(stripStrayMarks(kept)),
    folded: "",
    bold: letters > 0 && bold === letters,
    italic: letters > 0 && italic === letters,
    heading: marks.headingOfLine.get(n) ?? 0,
    blankBefore,
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
