/**
 * Pandoc grid tables (`pandoc -t markdown` of a Word table):
 *
 *   +--------------------------------+-------------------------------------+
 *   | **ĐẢNG BỘ THÀNH PHỐ HÀ NỘI**   | **ĐẢNG CỘNG SẢN VIỆT NAM**          |
 *   |                                |                                     |
 *   | **QUẬN ỦY HAI BÀ TRUNG**       | *Q. Hai Bà Trưng, ngày 28 tháng 7   |
 *   |                                | năm 2021*                           |
 *   +--------------------------------+-------------------------------------+
 *
 * Column edges are the `+` of the top border. Inside a cell, text wrapped over several rows is
 * one paragraph (kept on its first row's line number), an empty cell row ends a paragraph, and
 * so does a hard break (a trailing `\`).
 */
import type { Line } from "../line.js";
import { stripMarks, type MarkState } from "./markdown-cell.js";
import type { Cell, CellPart, Table } from "./table.js";

const BORDER = /^\s*\+(?:[-=:]+\+)+\s*$/;

interface TextRow {
  n: number;
  cells: string[];
}

/** The grid table starting at lines[from], or null. */
export function gridTableAt(lines: readonly Line[], from: number): Table | null {
  const top = lines[from].raw;
  if (!BORDER.test(top)) return null;
  const edges = [...top.matchAll(/\+/g)].map((m) => m.index);
  const width = edges.length - 1;
  const rows: Cell[][] = [];
  let block: TextRow[] = [];
  let to = from + 1;
  for (; to < lines.length; to++) {
    const raw = lines[to].raw;
    if (BORDER.test(raw)) {
      if (block.length) rows.push(cellsOf(block, width));
      block = [];
      continue;
    }
    if (!raw.trimStart().startsWith("|")) break;
    block.push({ n: lines[to].n, cells: splitRow(raw, edges) });
  }
  if (block.length) rows.push(cellsOf(block, width));
  return rows.length ? { from, to, rows } : null;
}

/** "| a   | b   |" cut at the border's edges; by its bars when the row does not line up. */
function splitRow(raw: string, edges: number[]): string[] {
  if (edges.every((e) => raw[e] === "|" || raw[e] === "+")) {
    return edges.slice(1).map((edge, c) => raw.slice(edges[c] + 1, edge));
  }
  const parts = raw.trim().replace(/^\||\|$/g, "").split(/(?<!\\)\|/);
  const width = edges.length - 1;
  return parts.length > width ? [...parts.slice(0, width - 1), parts.slice(width - 1).join("|")] : parts;
}

/** One row block (the text rows between two borders) → its cells' paragraphs. */
function cellsOf(block: TextRow[], width: number): Cell[] {
  const cells: Cell[] = [];
  for (let c = 0; c < width; c++) {
    const paragraphs: Array<{ n: number; texts: string[] }> = [];
    let open: { n: number; texts: string[] } | undefined;
    for (const row of block) {
      const text = (row.cells[c] ?? "").trim();
      if (!text) {
        open = undefined;
        continue;
      }
      const hardBreak = /(?<!\\)\\$/.test(text);
      const kept = hardBreak ? text.slice(0, -1).trimEnd() : text;
      if (open) open.texts.push(kept);
      else paragraphs.push((open = { n: row.n, texts: [kept] }));
      if (hardBreak) open = undefined;
    }
    const state: MarkState = { bold: false, italic: false };
    cells.push(paragraphs.map((p): CellPart => stripMarks(p.n, p.texts.join(" "), state)));
  }
  return cells;
}
