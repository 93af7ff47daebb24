/**
 * Pipe tables, as Word-to-markdown tools and web copies write a two-column header or footer:
 *
 *   | VĂN PHÒNG CHÍNH PHỦ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc |
 *   |---|---|
 *   | Số: 2739/VPCP-ĐMDN | Hà Nội, ngày 05 tháng 04 năm 2019 |
 *
 * and a footer row flattened without its outer bars:
 *
 *   - Như trên; - Lưu: VT, NN (2). | KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Văn A
 *
 * Each row is one source line; `<br>` splits a cell into paragraphs. Only layout tables are
 * unfolded (see index.ts): a data table ("| STT | Đối tượng | Mức |") stays one line per row,
 * which is how it reads. A lone "|" line (web copies put one between cells) is already debris.
 */
import type { Line } from "../line.js";
import { stripMarks, type MarkState } from "./markdown-cell.js";
import type { Cell, Table } from "./table.js";

const DELIMITER_ROW = /^\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?$/;
/** "… | KT. BỘ TRƯỞNG …": a bar before a right-column part. */
const RIGHT_PART = /^(?:CỘNG HÒA|CỘNG HOÀ|ĐẢNG CỘNG SẢN|Độc lập|(?:T\/M|TM\.|K\/T|KT\.|T\/L|TL\.|TUQ\.|Q\.) ?\p{Lu})/u;

/** The pipe table starting at lines[from], or null. */
export function pipeTableAt(lines: readonly Line[], from: number): Table | null {
  const first = lines[from].raw.trim();
  if (!first.startsWith("|")) return inlineRowAt(lines, from);
  if (!isRow(first)) return null;
  const rows: Cell[][] = [];
  let to = from;
  for (; to < lines.length; to++) {
    const raw = lines[to].raw.trim();
    if (DELIMITER_ROW.test(raw)) continue;
    if (!isRow(raw)) break;
    rows.push(cellsOf(lines[to].n, raw.replace(/^\||(?<!\\)\|$/g, "")));
  }
  return { from, to, rows };
}

/** "| a | b |": a bar, some text, another bar. */
function isRow(trimmed: string): boolean {
  return trimmed.startsWith("|") && trimmed.indexOf("|", 1) > 0;
}

/**
 * "- Lưu: VT, NN (2). | KT. BỘ TRƯỞNG …": one flattened row without outer bars. And rows that lost
 * only their opening bar — "ỦY BAN NHÂN DÂN | CỘNG HÒA … |" / "Số: 41/2019/QĐ-UBND | Quảng Trị, ngày … |"
 * — with the rows of the same shape under them: one table, its trailing bars borders like those of
 * any pipe row (a data table of that shape is kept as it is, see index.ts).
 */
function inlineRowAt(lines: readonly Line[], from: number): Table | null {
  const raw = lines[from].raw;
  if (!raw.includes(" | ")) return null;
  const cells = raw.split(/(?<!\\)\|/);
  if (cells.length < 2 || cells.length > 3) return null;
  if (isOpenRow(raw)) {
    const rows = [cellsOf(lines[from].n, stripClosingBar(raw))];
    let to = from + 1;
    for (; to < lines.length && isOpenRow(lines[to].raw) && lines[to].raw.split(/(?<!\\)\|/).length === cells.length; to++)
      rows.push(cellsOf(lines[to].n, stripClosingBar(lines[to].raw)));
    return { from, to, rows };
  }
  if (!cells.slice(1).some((c) => RIGHT_PART.test(c.trim().normalize("NFC")))) return null;
  return { from, to: from + 1, rows: [cellsOf(lines[from].n, raw)] };
}

/** "a | b |": cells and a closing bar, the opening bar lost. */
function isOpenRow(raw: string): boolean {
  const trimmed = raw.trim();
  return !trimmed.startsWith("|") && trimmed.includes(" | ") && /[^\\|]\s*(?<!\\)\|$/.test(trimmed);
}

const stripClosingBar = (raw: string): string => raw.trim().replace(/(?<!\\)\|$/, "");

function cellsOf(n: number, row: string): Cell[] {
  return row.split(/(?<!\\)\|/).map((cell) => {
    const state: MarkState = { bold: false, italic: false };
    return cell.split(/<br\s*\/?>/i).map((paragraph) => stripMarks(n, paragraph.trim(), state));
  });
}
