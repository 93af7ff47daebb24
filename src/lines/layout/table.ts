/**
 * The table model shared by the layout readers, and how a table becomes Lines again.
 *
 * A reader (html-table, grid-table, pipe-table, layout-columns) finds a table in the source lines
 * and describes it as rows → cells → paragraphs. `emitTable` writes it back as Lines:
 * - a layout table (the two-column header "issuer | motto", the footer "Nơi nhận | signer") in
 *   reading order: the left column's paragraphs top to bottom, then the right column's;
 * - any other table row by row, cell by cell;
 * - source lines that only held borders or tags ("+----+", "<tr>", a wrapped cell's later rows)
 *   as debris Lines ("---", "|"), so every non-blank source line is still accounted for.
 */
import { asciiFold } from "../ascii-fold.js";
import type { Line } from "../line.js";
import { withOcrDigits } from "../ocr-digits.js";
import { tidy } from "../tidy.js";

/** One paragraph of a table cell: the source line it starts on, its text without markup. */
export interface CellPart {
  readonly n: number;
  readonly text: string;
  readonly bold: boolean;
  readonly italic: boolean;
}

export type Cell = CellPart[];

export interface Table {
  /** the table's source lines: indices [from, to) into the Line[] being unfolded */
  readonly from: number;
  readonly to: number;
  /** rows → cells → paragraphs */
  readonly rows: Cell[][];
}

/**
 * Cells that make a table a layout table: the header and footer parts of NĐ 30 / HD 36 (and the
 * Đoàn's heading "ĐOÀN TNCS HỒ CHÍ MINH", which stands where the Party motto does).
 * Read on the folded text ("CỘNG HÒA" → "CONG HOA").
 */
const LAYOUT_PART =
  /^(?:CONG HOA XA HOI|CHU NGHIA VIET NAM|DANG CONG SAN|DOAN TNCS HO CHI MINH|Doc lap ?[-,.]|N[oe]i nh[ao]n|(?:T ?\/ ?M|TM\.|K ?\/ ?T|KT\.|T ?\/ ?L|TL\.|TUQ\.|Q\.) ?[A-Z`]|S[Oo] ?:? ?\d|V ?\/ ?v\b|[^,]{2,40}, ?ngay\b)/i;

/** A table of at most three columns holding a header or footer part is read column by column. */
export function isLayoutTable(table: Table): boolean {
  if (table.rows.some((row) => row.length > 3)) return false;
  return table.rows.some((row) => row.some((cell) => cell.some((part) => LAYOUT_PART.test(asciiFold(part.text.trim())))));
}

/** Debris text for a source line that held only table structure. */
export function borderText(raw: string): string {
  return /^[\s+|:]*[-=]{3,}[\s+|:=-]*$/.test(raw) ? "---" : "|";
}

/**
 * The table's Lines: debris lines that come before the first cell, the cells (column by column
 * for a layout table, else row by row), then the remaining debris lines.
 */
export function emitTable(lines: readonly Line[], table: Table, order: "columns" | "rows"): Line[] {
  const source = (n: number): Line => lines[table.from + n - lines[table.from].n];
  const cells: Line[] = [];
  for (const [r, group] of (order === "columns" ? columnsOf(table) : table.rows).entries()) {
    for (const [c, cell] of group.entries()) {
      let opened = false;
      for (const part of cell) {
        const tidied = tidy(part.text);
        if (!tidied) continue;
        const { text, folded } = withOcrDigits({ text: tidied, folded: asciiFold(tidied) });
        // a cell opens a block; its paragraphs follow on without a blank line, as in the original
        const line: Line = { ...source(part.n), text, folded, bold: part.bold, italic: part.italic, heading: 0, blankBefore: !opened };
        // a table read row by row keeps where each cell stood (a task table is read back from it)
        cells.push(order === "rows" ? { ...line, cell: { table: table.from, row: r, col: c, width: group.length } } : line);
        opened = true;
      }
    }
  }
  const covered = new Set(cells.map((l) => l.n));
  let first = Infinity;
  for (const n of covered) first = Math.min(first, n);
  const before: Line[] = [];
  const after: Line[] = [];
  for (let i = table.from; i < table.to; i++) {
    const line = lines[i];
    if (line.text === "" || covered.has(line.n)) continue;
    const text = borderText(line.raw);
    const debris: Line = { ...line, text, folded: text, bold: false, italic: false, heading: 0 };
    (line.n < first ? before : after).push(debris);
  }
  return [...before, ...cells, ...after];
}

/** rows → cells to columns → cells (a short row leaves its missing cells empty). */
function columnsOf(table: Table): Cell[][] {
  let width = 0;
  for (const row of table.rows) width = Math.max(width, row.length);
  const columns: Cell[][] = Array.from({ length: width }, () => []);
  for (const row of table.rows) row.forEach((cell, c) => columns[c].push(cell));
  return columns;
}
