/**
 * An appendix's lines → its title, its text, and its body read as a document body is (preamble,
 * clause tree, closing: `readBody`), so that an attached plan or regulation has clauses and tasks.
 *
 *   THỦ TƯỚNG CHÍNH PHỦ / CỘNG HÒA …               ← a header repeated above the title: not the body
 *   KẾ HOẠCH HÀNH ĐỘNG                             ← `title` (the grammar puts it first)
 *   Thực hiện Chỉ thị số 52-CT/TW …                ← the title block: the lines under the title up to
 *   (Kèm theo Quyết định số 844/QĐ-TTg              ←   and with the note of what it is attached to
 *   ngày 13 tháng 5 năm 2026 của Thủ tướng Chính phủ)   (NĐ 30 Phụ lục I: tên loại, trích yếu, "(Kèm theo …)")
 *   I. MỤC TIÊU                                     ← the body
 *   1. …
 *
 * Page debris, stamps and signature images inside an appendix stay in its `text` (as before) but
 * are not read into its clauses, as in a document body; nor are the cells of a table unfolded one
 * per line (`unfoldedTableAt`). A pipe table of tasks is read row by row (`tableRowClauses`).
 */
import * as T from "../../grammar/line-tokens.js";
import type { TokenType } from "chevrotain";
import type { LineToken } from "../lex.js";
import type { Appendix, Diagnostic } from "../types.js";
import type { AppendixProse } from "../tasks/index.js";
import { readBody, type BodyLine } from "./clauses.js";
import { prose } from "./prose.js";
import { cellTableRows, NUMBER_CELL, tableRowClauses } from "./table-rows.js";
import { withLayoutTables } from "./layout-table.js";
import { unfoldedTableRows } from "./unfolded-table.js";
import type { Line } from "../lines/index.js";

export interface AppendixRead {
  appendix: Appendix;
  /** the body's unnumbered text, for the tasks it assigns */
  prose: AppendixProse;
  /** numbering gaps in the appendix's clauses */
  diagnostics: Diagnostic[];
}

/** Lines that are no text of the body: page debris, stamps, signature images. */
const NOT_TEXT: TokenType[] = [T.PageBreak, T.Digits, T.Separator, T.AnhChuKy, T.DauDen, T.ChuKySo];
/** The note of what the appendix is attached to stands this close under its title, or it is body. */
const NOTE_WITHIN = 6;
/** A note wraps over at most this many lines ("(Kèm theo Quyết định số …" / "ngày … của …)"). */
const NOTE_LINES = 3;
/** Upper-case lines that go on with a title without a note ("PHỤ LỤC" / "DANH MỤC CÁC NHIỆM VỤ …"). */
const TITLE_LINES = 4;

export function readAppendix(tokens: readonly LineToken[]): AppendixRead {
  const [title, ...rest] = tokens;
  // the title comes first, a header repeated above it after: the span is the lowest to the highest line
  let [low, high] = [title.payload.n, title.payload.n];
  for (const { payload } of rest) [low, high] = [Math.min(low, payload.n), Math.max(high, payload.n)];
  const below = rest.filter((t) => t.startOffset > title.startOffset);
  const at = unfoldedTableAt(below);
  const readable = below.slice(0, at);
  // a number in a table's cell ("1") is the row's number, no page number; a number alone on its
  // line away from a page break may be a centred row's, between its cells' lines (`withLayoutTables`
  // reads it there and drops it elsewhere, as a body's, build/index.ts)
  const opened = titleBlockLength(title, readable);
  const alone = new Set<Line>();
  const bodyTokens = readable.filter((t, k) => {
    if (k < opened) return false;
    if (!NOT_TEXT.includes(t.tokenType) || (t.tokenType === T.Digits && t.payload.cell)) return true;
    if (t.tokenType !== T.Digits || readable[k - 1]?.tokenType === T.PageBreak || readable[k + 1]?.tokenType === T.PageBreak) return false;
    alone.add(t.payload);
    return true;
  });
  const table = unfoldedTableRows(tableLines(below.slice(at))) ?? [];
  const body = readBody(tableRowClauses([...withLayoutTables(bodyTokens.map(bodyLine), (b) => alone.has(b.line)), ...table]));
  return {
    appendix: { title: title.payload.text, text: prose(rest.map((t) => t.payload)), clauses: body.clauses, lines: [low, high] },
    prose: { preamble: body.preamble, preambleLines: body.preambleLines, closing: body.closing, closingLines: body.closingLines },
    diagnostics: body.diagnostics,
  };
}

function bodyLine(token: LineToken): BodyLine {
  return { line: token.payload, opensClause: token.tokenType.CATEGORIES?.some((c) => c.name === "ClauseStart") ?? false };
}

const opensClause = (token: LineToken): boolean => bodyLine(token).opensClause;

/**
 * How many of the lines under the title still belong to its title block: up to the line that
 * closes a "(Kèm theo …)" / "(Ban hành kèm theo …)" note standing a few lines under it (or that
 * the title itself opens), else the upper-case lines right under it.
 */
function titleBlockLength(title: LineToken, below: readonly LineToken[]): number {
  if (opensNote(title) && !closed(title.payload.text)) return closeNote(title.payload.text, below, 0);
  for (let k = 0; k < Math.min(NOTE_WITHIN, below.length); k++) {
    const token = below[k];
    if (opensClause(token)) break;
    if (opensNote(token)) return closeNote("", below, k);
  }
  let k = 0;
  while (k < Math.min(TITLE_LINES, below.length) && !opensClause(below[k]) && !below[k].payload.blankBefore && !/\p{Ll}/u.test(below[k].payload.text)) k++;
  return k;
}

/**
 * "STT" / "TT" alone on a line: the first header cell of a table whose cells were unfolded one
 * per line (an HTML table of a Word export, a PDF's table in pdftotext) — from there the lines
 * are cells, not prose: a task table is read row by row (`unfoldedTableRows`; an HTML or grid
 * one whose cells kept their places, `Line.cell`, by `tableRowClauses`), any other is not read
 * into clauses (its lines stay in the appendix's text). A pipe table keeps its rows on one line
 * each and is read by `tableRowClauses`.
 */
function unfoldedTableAt(tokens: readonly LineToken[]): number {
  for (const [k, token] of tokens.entries()) {
    if (!NUMBER_CELL.test(token.payload.text)) continue;
    // an HTML or grid task table whose cells kept their places is read by `tableRowClauses`
    if (token.payload.cell && cellTableRows(tokens.slice(k).map(bodyLine), 0)) continue;
    return k;
  }
  return tokens.length;
}

/**
 * The table's lines without page debris: running headers, separators, stamps, and the page
 * number next to a running header ("CÔNG BÁO/Số 286/…" / "96"); a number alone elsewhere may be
 * a row's number.
 */
function tableLines(tokens: readonly LineToken[]): Line[] {
  const pageBreak = (k: number): boolean => tokens[k]?.tokenType === T.PageBreak;
  return tokens
    .filter((t, k) => (t.tokenType === T.Digits ? !pageBreak(k - 1) && !pageBreak(k + 1) : !NOT_TEXT.includes(t.tokenType)))
    .map((t) => t.payload);
}

/** "(Kèm theo …" / "(Ban hành kèm theo …": the note (a "Phụ lục II" title is another appendix). */
function opensNote(token: LineToken): boolean {
  return token.tokenType === T.PhuLuc && token.payload.text.trimStart().startsWith("(");
}

/** The index after the line that closes the note opened at `from` (or that `opened` opened). */
function closeNote(opened: string, below: readonly LineToken[], from: number): number {
  let text = opened;
  for (let k = from; k < Math.min(from + NOTE_LINES, below.length); k++) {
    text += below[k].payload.text;
    if (closed(text)) return k + 1;
  }
  return from + (opened ? 0 : 1);
}

const closed = (text: string): boolean => (text.match(/\(/g)?.length ?? 0) <= (text.match(/\)/g)?.length ?? 0);
