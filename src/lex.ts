/**
 * Line[] → LineToken[]: each non-blank line becomes one Chevrotain token naming its kind
 * (grammar/line-tokens.ts). The lexer reads lines folded to ASCII, so keyword matching is
 * tolerant of diacritics, tone placement and NFD; the token keeps its Line as payload.
 */
import type { IToken } from "chevrotain";
import { lineLexer } from "../grammar/line-tokens.js";
import type { Line } from "./lines/index.js";

export interface LineToken extends IToken {
  payload: Line;
}

export function lex(lines: readonly Line[]): LineToken[] {
  const folded = lines.map((line) => foldForLexing(line.text)).join("\n");
  const { tokens } = lineLexer.tokenize(folded);
  // Every character is matched by the catch-all `Van`, so the lexer never reports errors.
  for (const token of tokens) (token as LineToken).payload = lines[token.startLine! - 1];
  return tokens as LineToken[];
}

const DASHES = /[\u2010-\u2015\u2212]/g; // ‐ ‒ – — ―  −
const BULLETS = /[\u2022\u2219\u25cf\u25aa\u25e6\u00b7]/g; // • ∙ ● ▪ ◦ ·

/** "Độc lập – Tự do – Hạnh phúc" → "Doc lap - Tu do - Hanh phuc"; other non-ASCII → "`". */
export function foldForLexing(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[ĐÐƉ]/g, "D")
    .replace(/[đð]/g, "d")
    .replace(DASHES, "-")
    .replace(BULLETS, "*")
    .replace(/[\u201c\u201d\u201e]/g, '"')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/…/g, "...")
    .replace(/[^\x20-\x7e]/g, "`")
    .replace(/(?<=[A-Za-z`])_(?=[A-Za-z`])/g, " "); // word-segmented text: "Thông_báo" reads "Thông báo"
}
