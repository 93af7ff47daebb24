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
  const folded = lines.map((line) => line.folded).join("\n");
  const { tokens } = lineLexer.tokenize(folded);
  // Every character is matched by the catch-all `Van`, so the lexer never reports errors. The
  // lexer tracks offsets only (smaller tokens); tokens come in text order, so the line of each is
  // found by walking the line starts alongside.
  let line = 0;
  let nextStart = lines.length > 1 ? lines[0].text.length + 1 : Infinity;
  for (const token of tokens) {
    while (token.startOffset >= nextStart) nextStart += lines[++line].text.length + 1;
    (token as LineToken).payload = lines[line];
  }
  return tokens as LineToken[];
}
