/**
 * A run of text joined from several source lines (a paragraph, a clause), remembering where each
 * line starts, so that anything found inside it (a date, a reference) can say which lines it is on.
 */
import type { LineSpan } from "./types.js";

export interface TextRun {
  /** the joined text: lines separated by one space */
  readonly text: string;
  /** char offset in `text` where each joined line starts, ascending */
  readonly starts: readonly number[];
  /** the 1-based source line number of each joined line, parallel to `starts` */
  readonly lineNumbers: readonly number[];
}

/** Join `[lineNumber, text]` pairs into one run: "a" (3), "b" (4) → "a b". */
export function joinRun(parts: ReadonlyArray<readonly [number, string]>): TextRun {
  let text = "";
  const starts: number[] = [];
  const lineNumbers: number[] = [];
  for (const [n, part] of parts) {
    if (part === "") continue;
    if (text !== "") text += " ";
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
