/**
 * A plan's task table printed as a pipe table (markdown exports of Word tables), in a document's
 * body or in an appendix's:
 *
 *   | TT | Tên nhiệm vụ                 | Cơ quan chủ trì | Cơ quan phối hợp      | Kết quả | Thời gian hoàn thành |
 *   |----|------------------------------|-----------------|-----------------------|---------|----------------------|
 *   | I. | Nâng cao nhận thức …         |                 |                       |         |                      |
 *   | 1. | Xây dựng chương trình …      | Bộ Nội vụ       | Các bộ, ngành         | Đề án   | 6/2025               |
 *
 * Each row under a header that names who leads ("Cơ quan chủ trì", "Đơn vị thực hiện" — the
 * labels of the row form, `readRow` in src/tasks/assignment-rows.ts) becomes the lines of a clause
 * in the row form a plan prints in prose, which the task reader already reads:
 *
 *   1. Xây dựng chương trình …
 *   Cơ quan chủ trì: Bộ Nội vụ
 *   Cơ quan phối hợp: Các bộ, ngành
 *   Kết quả: Đề án
 *   Thời gian hoàn thành: 6/2025
 *
 * The number cell is the row's marker ("1" is read as "1."), the first unlabelled column after
 * it the action; the header and the border rows are not body text. Other tables (no lead column)
 * and tables whose cells were unfolded into lines (HTML, grid, pdftotext) are read by
 * src/build/unfolded-table.ts into the same rows.
 *
 * Word's "Save as plain text" writes the same table one row per line with a tab between the cells
 * ("STT⇥Nội dung công việc⇥Cơ quan chủ trì⇥…"); the line's text has its tabs tidied to spaces, so
 * the cells are read on the source line (`Line.raw`): a run of two lines or more, one after the
 * other, with the same number (three or more) of tab cells is a table, read as the pipe form.
 * (A tab after a list marker, "-⇥Như trên;", makes two cells: no row.)
 */
import type { Line } from "../lines/index.js";
import { readRow } from "../tasks/assignment-rows.js";
import { readAgencyList, startsPredicate } from "../tasks/agency.js";
import { toWords } from "../tasks/words.js";
import type { BodyLine } from "./clauses.js";

export interface Columns {
  /** the number column ("TT", "STT"), or -1 */
  number: number;
  action: number;
  /** the columns with a row label, and the label as printed */
  labelled: Array<{ at: number; label: string }>;
}

export function tableRowClauses(lines: readonly BodyLine[]): readonly BodyLine[] {
  // most bodies hold no table: no row of cells, of tabs, or of a pipe table — the lines as they are
  if (!lines.some(mayBeRow)) return lines;
  const out: BodyLine[] = [];
  let columns: Columns | null = null;
  const tabRows = tabRowsOf(lines);
  let skip = -1;
  for (const [i, body] of lines.entries()) {
    if (i < skip) continue;
    const cell = body.line.cell;
    if (cell && lines[i - 1]?.line.cell?.table !== cell.table) {
      const read = cellTableRows(lines, i);
      if (read) {
        out.push(...read.rows);
        skip = read.end;
        continue;
      }
    }
    const tab = tabRows[i];
    if (tab === WRAPPED) continue; // a line of a row read with the row's first line
    // a tab table ends where its run does: the next run is another table
    if (tab && columns && (tabRows[i - 1] as TabRow | undefined)?.table !== tab.table && tabRows[i - 1] !== WRAPPED) columns = null;
    const cells = tab ? tab.cells : cellsOf(body.line.text);
    if (!cells) {
      columns = null;
      out.push(body);
      continue;
    }
    const header: Columns | null = columns ? null : headerOf(cells);
    if (header) columns = header;
    else if (columns && !isBorder(cells)) out.push(...rowLines(body.line, cells, columns));
    else if (!columns) out.push(body);
    // header and border rows of a task table: kept in the appendix's text, not body text
  }
  return out;
}

/**
 * An HTML or grid table unfolded row by row, its cells' places kept on the lines (`Line.cell`):
 * under a header that names a lead column, each row → the row form (a cell left empty stays
 * empty: the places say which column each cell is in); a row of fewer cells that opens with a
 * number ("I", "1") and holds a title is a section row; the row that numbers the columns ("(1)",
 * "(2)", …) and other short rows are no clause. Null when the table is no task table (its lines
 * are then read as they are). `end` is the index after the table's lines.
 */
export function cellTableRows(lines: readonly BodyLine[], from: number): { rows: BodyLine[]; end: number } | null {
  const table = lines[from].line.cell!.table;
  let end = from;
  const grid: Array<{ line: Line; width: number; cells: string[] }> = [];
  for (; end < lines.length && lines[end].line.cell?.table === table; end++) {
    const { line } = lines[end];
    const { row, col, width } = line.cell!;
    grid[row] ??= { line, width, cells: Array<string>(width).fill("") };
    grid[row].cells[col] = [grid[row].cells[col], line.text].filter(Boolean).join(" ");
  }
  const rows = grid.filter(Boolean);
  const header = rows[0];
  const columns = header ? headerOf(header.cells) : null;
  if (!header || !columns) return null;
  const out: BodyLine[] = [];
  for (const row of rows.slice(1)) {
    const { line, cells } = row;
    if (row.width === header.width) {
      if (cells.every((c, at) => c === `(${at + 1})` || c === String(at + 1))) continue; // the columns' numbers
      out.push(...rowLines({ ...line, raw: line.text }, cells, columns));
      continue;
    }
    const [number, ...rest] = cells;
    const title = rest.filter(Boolean).join(" ");
    if (ROW_NUMBER.test(number) && title) out.push({ line: { ...line, raw: line.text, text: `${/[.)]$/.test(number) ? number : `${number}.`} ${title}` }, opensClause: true, row: true });
  }
  return { rows: out, end };
}

/** A line that may be a table's row (a cell of an HTML or grid table, a tab or a pipe table's row): what `tableRowClauses` reads. */
const mayBeRow = ({ line }: BodyLine): boolean => line.cell !== undefined || line.text.startsWith("|") || line.raw.includes("\t");

/** "| a | b |" → ["a", "b"]; null for a line that is no table row. */
function cellsOf(text: string): string[] | null {
  if (!text.startsWith("|")) return null;
  return text.replace(/^\|/, "").replace(/\|\s*$/, "").split(/(?<!\\)\|/).map((c) => c.trim());
}

/** A row holds at least this many tab cells (a tab after a list marker makes two). */
const MIN_TAB_CELLS = 3;

interface TabRow {
  cells: string[];
  /** which table (run) the row belongs to */
  table: number;
}
/** A source line that goes on a row begun on an earlier line (a cell of several paragraphs). */
const WRAPPED = "wrapped";

/**
 * The rows of Word's tab tables, at each row's first line. A run of at least two consecutive
 * source lines with the same number of tab cells (≥ MIN_TAB_CELLS) is a table. Under a header
 * that names a lead column, a row may also run over several lines: Word writes a cell of several
 * paragraphs with a line break inside the row, so the line's last cell goes on at the next line's
 * start ("1⇥Rà soát cơ sở⇥Phòng Tôn giáo⇥Ủy ban nhân dân" / "các xã, phường⇥Trước ngày …"):
 * lines are joined until the row has the header's cells (no more).
 */
function tabRowsOf(lines: readonly BodyLine[]): Array<TabRow | typeof WRAPPED | null> {
  const cells = lines.map(({ line }) => (line.raw.includes("\t") && !line.text.startsWith("|") ? line.raw.split("\t").map((c) => c.trim()) : null));
  const rows: Array<TabRow | typeof WRAPPED | null> = cells.map(() => null);
  const follows = (k: number): boolean => k < lines.length && lines[k].line.n === lines[k - 1].line.n + 1;
  let table = 0;
  for (let start = 0; start < lines.length; ) {
    const count = cells[start]?.length ?? 0;
    if (count < MIN_TAB_CELLS) {
      start++;
      continue;
    }
    table++;
    if (headerOf(cells[start]!)) {
      // a task table's header: rows of `count` cells, each over one line or more
      rows[start] = { cells: cells[start]!, table };
      let k = start + 1;
      while (follows(k) && cells[k]) {
        const row = [...cells[k]!];
        let end = k + 1;
        while (row.length < count && follows(end)) {
          const more = cells[end] ?? [lines[end].line.text];
          row[row.length - 1] = [row[row.length - 1], more[0]].filter(Boolean).join(" ");
          row.push(...more.slice(1));
          end++;
        }
        if (row.length !== count) break;
        rows[k] = { cells: row, table };
        for (let w = k + 1; w < end; w++) rows[w] = WRAPPED;
        k = end;
      }
      if (k === start + 1) rows[start] = null; // a header without rows: a line of text
      start = k;
      continue;
    }
    let end = start + 1;
    while (follows(end) && cells[end]?.length === count) end++;
    if (end - start >= 2) for (let k = start; k < end; k++) rows[k] = { cells: cells[k]!, table };
    start = end;
  }
  return rows;
}

const isBorder = (cells: readonly string[]): boolean => cells.every((c) => /^:?-*:?$/.test(c));

/** The number column's label, a cell of its own: "STT", "TT", "Số TT" ("So TT" without tones), "Số thứ tự", "thứ tự". */
export const NUMBER_CELL = /^(?:s[ốo]\s+)?(?:s?tt|thứ tự)\.?$/iu;

/** A header row with a lead column; the action is the first unlabelled column after the number. */
export function headerOf(cells: readonly string[]): Columns | null {
  const labelled: Columns["labelled"] = [];
  cells.forEach((cell, at) => {
    const row = cell ? readRow(`${cell}:`) : null;
    if (row && row.value === "") labelled.push({ at, label: cell });
  });
  if (!labelled.some(({ label }) => readRow(`${label}:`)?.kind === "lead")) return null;
  const number = cells.findIndex((c) => NUMBER_CELL.test(c));
  const action = cells.findIndex((c, at) => at !== number && c !== "" && !labelled.some((l) => l.at === at));
  return action < 0 ? null : { number, action, labelled };
}

const ROW_NUMBER = /^(?:[IVXLC]{1,6}|\d{1,3}(?:\.\d{1,2}){0,3}|[a-zđ])[.)]?$/u;

/**
 * One row → the clause's lines, all on the row's line. A lead cell that goes on past its
 * agencies with a verb ("Cơ sở khám bệnh, chữa bệnh trình cấp có thẩm quyền") names who leads,
 * then what they do besides: the verb's words go on with the action ("…, trình cấp có thẩm
 * quyền"), the lead row keeps the names.
 */
export function rowLines(line: Line, cells: readonly string[], columns: Columns): BodyLine[] {
  const number = columns.number >= 0 ? (cells[columns.number] ?? "") : "";
  let action = cells[columns.action] ?? "";
  const marker = ROW_NUMBER.test(number) ? (/[.)]$/.test(number) ? number : `${number}.`) : null;
  const rows: string[] = [];
  for (const { at, label } of columns.labelled) {
    let value = cells[at] ?? "";
    const act = readRow(`${label}:`)?.kind === "lead" ? actAfterNames(value) : null;
    if (act && action) {
      value = act.names;
      action = `${action.replace(/[.;,\s]+$/u, "")}, ${act.rest}`;
    }
    if (value) rows.push(`${label}: ${value}`);
  }
  const out: BodyLine[] = [];
  const first = [marker, action].filter(Boolean).join(" ");
  if (first) out.push({ line: { ...line, text: first }, opensClause: marker !== null, row: true });
  for (const text of rows) out.push({ line: { ...line, text, blankBefore: false }, opensClause: false, row: true });
  return out;
}

/**
 * "Cơ sở khám bệnh, chữa bệnh trình cấp có thẩm quyền" → the names, and the verb's words after
 * them; null when no verb follows the names (a lower-case word after a capitalised one is the
 * name's second syllable: "Bộ Ngoại giao").
 */
function actAfterNames(value: string): { names: string; rest: string } | null {
  const words = toWords(value);
  const list = readAgencyList(words, 0);
  if (!list || list.end >= words.length || !startsPredicate(words, list.end)) return null;
  // a lower-case syllable right after a capitalised one is the name's ("Bộ Ngoại giao"), no verb
  if (words[list.end - 1]?.cap) return null;
  const at = words[list.end].start;
  return { names: value.slice(0, at).replace(/[\s,;]+$/u, ""), rest: value.slice(at).trim() };
}
