/**
 * Markdown marks inside a table cell (pandoc grid tables, pipe tables), where remark does not
 * see them as marks: `**ĐẢNG BỘ**` → bold "ĐẢNG BỘ", `\- Như trên` → "- Như trên",
 * `*V/v … 428-TB/TU,\` … `bàn Thành phố*` → italic lines (the state runs on across a cell's
 * paragraphs). A `*` or `_` that cannot open or close emphasis stays: "(*)" keeps its star.
 */
import type { CellPart } from "./table.js";

export interface MarkState {
  bold: boolean;
  italic: boolean;
}

const LETTER = /[0-9A-Za-zÀ-ỹĐđ]/;
const PUNCTUATION = /[!-/:-@[-`{-~]/;

/** One paragraph's text without its marks, and whether all its letters are bold / italic. */
export function stripMarks(n: number, s: string, state: MarkState): CellPart {
  let text = "";
  let letters = 0;
  let bold = 0;
  let italic = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === "\\" && PUNCTUATION.test(s[i + 1] ?? "")) {
      text += s[++i];
      continue;
    }
    if (ch === "*" || ch === "_") {
      let end = i;
      while (s[end] === ch) end++;
      if (!toggle(s, i, end, state)) text += s.slice(i, end);
      i = end - 1;
      continue;
    }
    text += ch;
    if (LETTER.test(ch)) {
      letters++;
      if (state.bold) bold++;
      if (state.italic) italic++;
    }
  }
  return { n, text, bold: letters > 0 && bold === letters, italic: letters > 0 && italic === letters };
}

/** A delimiter run s[from, to): close the emphasis it matches, or open it; false when literal. */
function toggle(s: string, from: number, to: number, state: MarkState): boolean {
  const length = to - from;
  if (length > 3) return false;
  const before = s[from - 1];
  const after = s[to];
  if (s[from] === "_" && before !== undefined && after !== undefined && LETTER.test(before) && LETTER.test(after)) return false;
  const canOpen = after !== undefined && !/\s/.test(after) && after !== ")";
  const canClose = before !== undefined && !/\s/.test(before) && before !== "(";
  const strong = length >= 2;
  const emphasis = length !== 2;
  if (canClose && ((strong && state.bold) || (emphasis && state.italic))) {
    if (strong) state.bold = false;
    if (emphasis) state.italic = false;
    return true;
  }
  if (canOpen) {
    if (strong) state.bold = true;
    if (emphasis) state.italic = true;
    return true;
  }
  return false;
}
