/**
 * Line[] → Line[] in reading order: tables and side-by-side columns that Word/PDF converters
 * leave around the header and footer are unfolded into one Line per cell paragraph, so the same
 * document parses to the same structure whatever tool extracted it.
 *
 * - HTML tables (`pandoc -t gfm`), grid tables (`pandoc -t markdown`), pipe tables and flattened
 *   "… | KT. BỘ TRƯỞNG …" rows, in any markup (they are read from `line.raw`);
 * - `pdftotext -layout` columns, in plain text only.
 *
 * A layout table comes out column by column (left cell, then right cell); each cell paragraph
 * keeps the line number of the source line it starts on, and lines that only held borders or
 * tags stay as debris Lines ("|", "---"), so every non-blank line is still accounted for.
 * Every reader looks at a line once and the loop jumps past the table it found: linear time.
 */
import type { Line } from "../line.js";
import { gridTableAt } from "./grid-table.js";
import { htmlTableAt, type HtmlScan } from "./html-table.js";
import { layoutColumnsAt, LEFT_ANCHOR } from "./layout-columns.js";
import { pipeTableAt } from "./pipe-table.js";
import { isSpace } from "../../chars.js";
import { emitTable, isLayoutTable, type Table } from "./table.js";

export function unfoldLayout(lines: readonly Line[], markup: "plain" | "markdown"): Line[] {
  const scan: HtmlScan = { unclosedFrom: Infinity };
  const out: Line[] = [];
  for (let i = 0; i < lines.length; ) {
    const found = lines[i].text === "" ? null : tableAt(lines, i, markup, scan);
    if (!found || found.table.to <= i) {
      out.push(lines[i++]);
      continue;
    }
    const { table, order } = found;
    if (order === "keep") for (let j = i; j < table.to; j++) out.push(lines[j]);
    else out.push(...emitTable(lines, table, order));
    i = table.to;
  }
  return out;
}

interface Found {
  table: Table;
  /** layout tables by columns; other HTML/grid tables by rows; other pipe tables kept as they are */
  order: "columns" | "rows" | "keep";
}

function tableAt(lines: readonly Line[], i: number, markup: "plain" | "markdown", scan: HtmlScan): Found | null {
  const raw = lines[i].raw;
  let at = 0;
  while (at < raw.length && isSpace(raw.charCodeAt(at))) at++;
  const first = raw[at]; // the first printed character (no trimmed copy, no regex: every line comes here)
  const table =
    first === "<" ? htmlTableAt(lines, i, scan)
    : first === "+" ? gridTableAt(lines, i)
    : first === "|" || hasBar(raw) ? pipeTableAt(lines, i)
    : null;
  if (table) return { table, order: isLayoutTable(table) ? "columns" : first === "<" || first === "+" ? "rows" : "keep" };
  // columns need a gap inside the line, three spaces or a tab (Word's table cells), which tidy
  // would have collapsed: a line that reads as it was typed (most; the same string) has none
  // (or "Nơi nhận" alone, with the signer's mark a row below it in the right column)
  const columns =
    markup === "plain" && ((lines[i].text !== raw && (raw.includes("   ") || raw.includes("\t"))) || ((first === "N" || first === "n") && LEFT_ANCHOR.test(lines[i].folded)))
      ? layoutColumnsAt(lines, i)
      : null;
  return columns && { table: columns, order: "columns" };
}

/**
 * " | " in the line: the rare "|" is looked for first (a search for a one-character needle skips
 * along natively; one opening with a space stops at every space of the line).
 */
function hasBar(raw: string): boolean {
  return raw.includes("|") && raw.includes(" | ");
}

