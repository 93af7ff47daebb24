/**
 * A plan's task table through `pdftotext -layout`: each row's cells side by side on its line, the
 * columns at fixed offsets, a cell that wraps going on at the same offset on the lines below, whose
 * number column is empty:
 *
 *    STT   Nội dung công việc             Đơn vị chủ trì      Đơn vị phối hợp        Thời gian hoàn
 *                                                                                    thành
 *    1     Số hóa hồ sơ, kết quả giải     Trung tâm Phục vụ   Phòng Văn hóa - Xã     Tháng 6/2026
 *          quyết thủ tục hành chính       hành chính công     hội
 *    2     Triển khai nền tảng bản đồ     Phòng Kinh tế, Hạ   Công an phường         30/9/2026
 *
 * Under a header row whose labels (set apart by two spaces or more) name a number column first, a
 * lead column and an action ("Đơn vị chủ trì", `headerOf` in table-rows.ts), the columns start
 * where the header's labels start. Each following line is cut at those offsets, not at its gaps: a
 * name holds single spaces, and a cell may run up to the next column ("Phòng Quản lý Du lịch UBND
 * phường Sa Pa" is two cells). A cut that falls inside a word moves to that word's start when the
 * word begins at most two columns before the offset (centred or ragged text), else the line does
 * not fit. A line whose number cell is the next number opens a row (a Roman number: a section row,
 * its title in the cells after); one whose number cell is empty goes on with the row above, cell by
 * cell. The table ends at a blank line or a line with other text in the number column (the prose
 * after it). The rows are then read as a tab or pipe table's (`rowLines`). A table that does not
 * fit (a line cut inside a word, a row without its action or lead) is left unread.
 */
import type { Line } from "../lines/index.js";
import type { BodyLine } from "./clauses.js";
import { readRow } from "../tasks/assignment-rows.js";
import { headerOf, rowLines, type Columns } from "./table-rows.js";
import { ROMAN } from "./clause-marker.js";

/** Header labels are set apart by at least two spaces (a label holds single spaces). */
const LABEL_GAP = /\s{2,}/g;
/** The header row opens with the number column's label: "STT", "TT", "Số TT". */
const NUMBER_LABEL = /^\s*(?:S[ốo]\s)?S?TT\.?\s{2,}\S/iu;
/** A line that may be such a table's header (a cheap test, before the header is read). */
export const opensLayoutTable = (line: Line): boolean => !line.cell && NUMBER_LABEL.test(line.raw);

/** A cut inside a word moves to the word's start when it begins at most this many columns before. */
const SLACK = 2;
/** A header wraps over at most this many lines under its first. */
const HEADER_MORE = 2;

/** The pieces of a line set apart by two spaces or more, with where each starts. */
function piecesOf(raw: string): Array<{ at: number; text: string }> {
  const out: Array<{ at: number; text: string }> = [];
  let from = 0;
  for (const m of raw.matchAll(LABEL_GAP)) {
    if (m.index > from) out.push({ at: from, text: raw.slice(from, m.index) });
    from = m.index + m[0].length;
  }
  if (from < raw.length) out.push({ at: from, text: raw.slice(from) });
  return out.filter((p) => p.text.trim() !== "");
}

/**
 * A line cut at the columns' starts → its cells (trimmed), or null when a cut falls inside a word
 * that begins well before the column's start.
 */
export function cutAt(raw: string, starts: readonly number[]): string[] | null {
  const cuts = [0];
  for (const start of starts.slice(1)) {
    let at = Math.min(start, raw.length);
    if (at < raw.length && at > 0 && raw[at - 1] !== " " && raw[at] !== " ") {
      let word = at;
      while (word > 0 && raw[word - 1] !== " ") word--;
      if (at - word > SLACK || word < cuts[cuts.length - 1]) return null;
      at = word;
    }
    cuts.push(Math.max(at, cuts[cuts.length - 1]));
  }
  cuts.push(raw.length);
  return cuts.slice(0, -1).map((from, i) => raw.slice(from, cuts[i + 1]).trim());
}

interface Row {
  line: Line;
  marker: string;
  section: boolean;
  cells: string[];
}

/**
 * The table whose header row is `lines[from]`: its rows as clause lines and the index after its
 * last line (`start`: its first, a header line above `from`), or null when the lines there are no task table laid out in columns (or it does not fit).
 */
export function layoutTableAt(lines: readonly Line[], from: number): { rows: BodyLine[]; start: number; end: number } | null {
  const head = lines[from];
  if (head.cell || head.raw.includes("\t") || !NUMBER_LABEL.test(head.raw)) return null;
  const labels = piecesOf(head.raw);
  if (labels.length < 3) return null;
  const cells = labels.map((l) => l.text.trim());
  const starts = labels.map((l) => l.at);
  // a header's labels wrap over lines above its number's (a label centred in a taller row) or
  // below ("Thời gian hoàn" / "thành"): lines with nothing in the number column, each piece
  // going on with the column it starts in
  const labelsOf = (line: Line): Array<{ at: number; text: string }> | null => {
    const more = piecesOf(line.raw);
    return more.length && more.every((p) => p.at >= starts[1] - SLACK) ? more : null;
  };
  let start = from;
  while (start > 0 && from - start < HEADER_MORE && !lines[start].blankBefore && !lines[start - 1].cell) {
    const more = labelsOf(lines[start - 1]);
    if (!more) break;
    start--;
    for (const piece of more.reverse()) {
      const column = columnOf(piece.at, starts);
      cells[column] = column === 0 ? cells[column] : `${piece.text.trim()} ${cells[column]}`;
    }
  }
  let k = from + 1;
  for (; k < Math.min(lines.length, from + 1 + HEADER_MORE); k++) {
    const line = lines[k];
    if (line.blankBefore || opensRow(line.raw, starts)) break;
    const more = labelsOf(line);
    if (!more) return null;
    for (const piece of more) {
      const column = columnOf(piece.at, starts);
      cells[column] = `${cells[column]} ${piece.text.trim()}`;
    }
  }
  splitJoinedLabels(lines.slice(start, k), from - start, starts, cells);
  const header = headerOf(cells);
  if (!header || header.number !== 0 || header.action < 1) return null;

  const rows: Row[] = [];
  let number = 0;
  let section = 0;
  // a page break repeats the header (its lines, the page debris between left out): the rows go on
  // under it (lines there that do not fit leave the whole table unread, as anywhere in it); a
  // repeated header with no row line under it ends the table before it
  const repeated = lines.slice(start, k).map((l) => l.text);
  let page: { at: number; rows: number; cells: string[]; number: number; section: number } | null = null;
  let paged = false;
  const endAtPage = (): number => {
    rows.length = page!.rows;
    if (rows.length) rows[rows.length - 1].cells = page!.cells;
    [number, section] = [page!.number, page!.section];
    return page!.at;
  };
  for (; k < lines.length; k++) {
    const line = lines[k];
    if (line.cell || line.raw.includes("\t")) break;
    if (rows.length && repeated.every((text, i) => lines[k + i]?.text === text)) {
      page = { at: k, rows: rows.length, cells: [...rows[rows.length - 1].cells], number, section };
      k += repeated.length - 1;
      paged = true;
      continue;
    }
    const lead = line.raw.slice(0, starts[1]).trim();
    const row = rows[rows.length - 1];
    const blank = line.blankBefore && !paged;
    paged = false;
    if (lead) {
      // the next row, or the text after the table
      const marker = /^(\d{1,3}|[IVX]{1,5})\.?$/u.exec(lead)?.[1];
      const next = marker === String(number + 1) ? "number" : marker === ROMAN[section] ? "section" : null;
      if (!next) {
        if (page && page.at === k - repeated.length) k = endAtPage();
        break;
      }
      // a section row's title spans the columns: it is not cut
      const cut = next === "section" ? [marker!, line.raw.slice(starts[1]).trim(), ...starts.slice(2).map(() => "")] : cutAt(line.raw, starts);
      if (!cut) return null;
      if (next === "number") number++;
      else section++;
      rows.push({ line, marker: `${marker}.`, section: next === "section", cells: cut });
      continue;
    }
    if (blank || !row) {
      if (page && page.at === k - repeated.length) k = endAtPage();
      break;
    }
    if (row.section) {
      row.cells[1] = `${row.cells[1]} ${line.text}`.trim();
      continue;
    }
    const cut = cutAt(line.raw, starts);
    if (!cut) return null;
    cut.forEach((text, at) => {
      if (text) row.cells[at] = row.cells[at] ? `${row.cells[at]} ${text}` : text;
    });
  }
  if (!rows.some((r) => !r.section)) return null;
  const out: BodyLine[] = [];
  for (const row of rows) {
    const { line } = row;
    const at = { ...line, raw: line.text };
    if (row.section) {
      const title = row.cells.slice(1).filter(Boolean).join(" ");
      if (!title) return null;
      out.push({ line: { ...at, text: `${row.marker} ${title}` }, opensClause: true });
      continue;
    }
    if (!fits(row.cells, header)) return null;
    out.push(...rowLines(at, [row.marker, ...row.cells.slice(1)], header));
  }
  return { rows: out, start, end: k };
}

/**
 * Two labels set one space apart on one line of the header ("Cơ quan chủ  Cơ quan phối Thời gian",
 * `pandoc -t plain`'s multiline table, whose columns are one space apart) are told apart by
 * another header line: a label that starts there ("hoàn thành" under "Thời gian") starts a column
 * when it parts a piece of another header line at a word and no header line has a word running across that offset (a label centred under its first
 * line, "trì" under "Cơ quan chủ", starts inside a word of it: no column). The header's cells are
 * then cut again at the columns' starts. `starts` and `cells` are updated in place.
 */
function splitJoinedLabels(band: readonly Line[], at: number, starts: number[], cells: string[]): void {
  const crossed = (offset: number): boolean => band.some((l) => offset > 0 && offset < l.raw.length && l.raw[offset - 1] !== " " && l.raw[offset] !== " ");
  // the offset parts a piece of another header line at a word (one space before it)
  const parts = (offset: number): boolean => band.some((l) => piecesOf(l.raw).some((p) => p.at < offset && offset < p.at + p.text.trimEnd().length && l.raw[offset - 1] === " "));
  const added: number[] = [];
  for (const line of band) {
    for (const piece of piecesOf(line.raw)) {
      if (piece.at <= starts[1] || starts.some((s) => Math.abs(s - piece.at) <= SLACK) || added.includes(piece.at) || crossed(piece.at) || !parts(piece.at)) continue;
      added.push(piece.at);
    }
  }
  if (!added.length) return;
  const all = [...starts, ...added].sort((a, b) => a - b);
  const cut = band.map((l) => cutAt(l.raw, all));
  if (cut.some((p) => p === null)) return;
  starts.splice(0, starts.length, ...all);
  cells.splice(0, cells.length, ...all.map((_, c) => (c === 0 ? (cut[at] as string[])[0] : cut.map((p) => (p as string[])[c]).filter(Boolean).join(" "))));
}

/** A row holds its action and its lead. */
function fits(cells: readonly string[], columns: Columns): boolean {
  if (!cells[columns.action]) return false;
  return columns.labelled.every(({ at, label }) => readRow(`${label}:`)?.kind !== "lead" || cells[at] !== "");
}

/** The column a piece starting at `at` is in: the last whose start is at most SLACK after it. */
function columnOf(at: number, starts: readonly number[]): number {
  let column = 0;
  for (const [i, start] of starts.entries()) if (start <= at + SLACK) column = i;
  return column;
}

const opensRow = (raw: string, starts: readonly number[]): boolean => /^(?:\d{1,3}|[IVX]{1,5})\.?$/u.test(raw.slice(0, starts[1]).trim());

/** Lines → the same lines with each task table laid out in columns read into its rows (an appendix's body). */
export function withLayoutTables(lines: readonly BodyLine[]): readonly BodyLine[] {
  if (!lines.some((b) => opensLayoutTable(b.line))) return lines; // most: no such table
  const plain = lines.map((b) => b.line);
  const out: BodyLine[] = [];
  for (let k = 0; k < lines.length; k++) {
    const table = opensLayoutTable(plain[k]) ? layoutTableAt(plain, k) : null;
    if (!table) {
      out.push(lines[k]);
      continue;
    }
    out.splice(out.length - (k - table.start), k - table.start); // header lines above its number's
    out.push(...table.rows);
    k = table.end - 1;
  }
  return out;
}
