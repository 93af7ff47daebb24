/**
 * A plan's task table whose cells were unfolded one per line — an HTML or grid table of a Word
 * export, a PDF's table through pdftotext — read into the rows of a pipe table (`rowLines` in
 * table-rows.ts), which the task reader reads:
 *
 *   STT                                   ← the header, one cell per line, a cell wrapped over
 *   Tên nhiệm vụ cụ thể                     two lines goes on in lower case ("Cơ quan" / "chủ trì")
 *   Cơ quan
 *   chủ trì
 *   Cơ quan
 *   phối hợp
 *   Thời gian hoàn
 *   thành
 *   I. Đổi mới … trong lãnh đạo, chỉ đạo   ← a section row: a Roman number and its title
 *   1.                                     ← a row opens at its number (the next in sequence)
 *   Tăng cường lãnh đạo, chỉ đạo …         ← its cells follow in the header's order, each over
 *   hoạch về bảo hiểm y tế.                   one line or more
 *   Các bộ ở Trung ương,
 *   Ủy ban nhân dân cấp tỉnh
 *   Các cơ quan, tổ chức có liên quan.
 *   Thường xuyên
 *
 * The header gives the columns (a lead column is required, as for a pipe table, and an action
 * column that names the work: "Nội dung", "Nhiệm vụ", "Công việc" …); a row's lines
 * are cut into cells where a line opens with a capital (a cell's first word) and the line before
 * it leaves nothing open: no comma (an agency list goes on: "Trung ương," / "Ủy ban …"), no
 * linking word ("Nghị quyết của" / "Chính phủ"), no name cut after its first word ("Bộ Tài
 * chính, Bộ" / "Tư pháp"). A time printed on the last line of the cell before it ("văn bản phối
 * hợp Thường xuyên") is the time column's. A row is read only when it fits: as many cells as the
 * header has columns after the number (an empty last notes column allowed), and a time in the
 * time column. A row that a page break cuts goes on under the repeated header with each cut
 * cell's rest in turn: it is read when only its action was cut (`withRest`). A row that does
 * not fit is left unread: its number alone, so the numbering stays whole and no cell is misread.
 */
import type { Line } from "../lines/index.js";
import { readRow } from "../tasks/assignment-rows.js";
import type { BodyLine } from "./clauses.js";
import { headerOf, NUMBER_CELL, rowLines, type Columns } from "./table-rows.js";
import { readMarker, ROMAN } from "./clause-marker.js";

/**
 * The action column of a plan's table names the work: "Nội dung", "Nhiệm vụ", "Tên nhiệm vụ cụ
 * thể", "Công việc", "Hoạt động", "Giải pháp" (a list of procedures, "Tên thủ tục", with the
 * body that handles each, "Cơ quan thực hiện", is no plan).
 */
const ACTION_HEADER = /nội dung|nhiệm vụ|công việc|hoạt động|giải pháp/iu;

/** A header cell's line is short: at most this many words. */
const HEADER_WORDS = 6;
/** A header has at most this many lines. */
const HEADER_LINES = 20;

/**
 * The table's lines (from its "STT" line on, page debris left out) → the rows as clause lines,
 * or null when the lines are no task table (no header with a lead column, no numbered row).
 */
export function unfoldedTableRows(lines: readonly Line[], options: { inBody?: boolean } = {}): BodyLine[] | null {
  const table = unfoldedTable(lines, options);
  if (!table || table.figures) return null;
  // the text after a table that ends before the appendix's end: its lines as they are, a line
  // that opens with a clause's marker opening a clause
  const after = lines.slice(table.end).map((line): BodyLine => ({ line, opensClause: readMarker(line.text) !== null }));
  return [...table.rows, ...after];
}

export interface UnfoldedTable {
  /** the rows as clause lines (a table of figures: as a pipe table's rows, which give no task) */
  rows: BodyLine[];
  /** the index after the table's last line */
  end: number;
  /** a table without a lead column (figures, a list): kept in the clause's text as a pipe table's rows */
  figures: boolean;
  /** the lines inside it that are page debris (a page number between rows), no cell */
  skipped: number[];
}

/**
 * The table at the start of `lines`. In a document's body (`inBody`) text goes on after the table,
 * and its end is where a line no longer fits the rows: after the last row whose cells are complete,
 * a clause's marker or a paragraph that is a sentence ending in a full stop ("Đề nghị …./."). There
 * a table of figures (a header of short cells without a lead column, numbered rows) is read too,
 * as the rows of a pipe table, so that its cells are no clause text ("Chi bộ" / "đạt trong sạch"
 * read as a subject and its verb).
 */
export function unfoldedTable(lines: readonly Line[], options: { inBody?: boolean } = {}): UnfoldedTable | null {
  if (!lines.length || !NUMBER_CELL.test(lines[0].text)) return null;
  const header = [lines[0].text];
  let k = 1;
  const sequence: Sequence = { number: 0, section: 0, sub: 0 };
  while (k < Math.min(lines.length, HEADER_LINES) && !anchorOf(lines[k].text, sequence) && !COLUMN_NUMBER.test(lines[k].text) && isHeaderLine(lines[k].text)) header.push(lines[k++].text);
  const cellsOfHeader = headerCells(header);
  const width = cellsOfHeader.length;
  const found = headerOf(cellsOfHeader);
  const tasks = found !== null && found.number === 0 && found.action === 1 && ACTION_HEADER.test(cellsOfHeader[1]);
  // a table of figures is read in a body only, where its cells would be clause text
  if (!tasks && !(options.inBody && width >= FIGURE_COLUMNS)) return null;
  const columns = tasks ? found! : null;
  const columnNumbers = k;
  k = afterColumnNumbers(lines, k, width);
  if (k >= lines.length || !anchorOf(lines[k].text, sequence)) return null;

  const rows: Row[] = [];
  const skipped: number[] = [];
  let row: Row | null = null;
  let before: Line | null = null;
  while (k < lines.length) {
    if (repeats(lines, k, header)) {
      // a page break's repeated header: a row that goes on under it is cut by the page
      k += header.length;
      if (row) {
        if (row.cut) row.cutTwice = true; // a second page break inside the row
        row.paged = true;
      }
      continue;
    }
    const at = k;
    const line = lines[k++];
    if (row && pageNumberBetween(lines, at, sequence)) {
      skipped.push(at);
      continue;
    }
    const gap = blanksBetween(before, line);
    before = line;
    const anchor = anchorOf(line.text, sequence);
    if (anchor) {
      if (anchor.kind === "number") sequence.number++;
      else if (anchor.kind === "sub") sequence.sub++;
      else sequence.section++;
      if (anchor.kind !== "sub") sequence.sub = 0;
      if (row) row.after = gap;
      row = { line, last: line, marker: anchor.marker, section: anchor.kind === "section", lines: anchor.rest ? [anchor.rest] : [], at: anchor.rest ? [-1] : [], gaps: anchor.rest ? [0] : [], after: 0, rest: [], paged: false, cut: false, cutTwice: false };
      rows.push(row);
      continue;
    }
    if (!row) return null;
    if (row.paged) {
      row.cut = true;
      row.rest.push(line.text);
    } else {
      row.lines.push(line.text);
      row.at.push(at);
      row.gaps.push(gap);
    }
    row.last = line;
  }
  let end = lines.length;
  // in an appendix the table runs to the appendix's end, unless its last row does not fit whole and
  // text after it begins where its cells are complete ("III. TỔ CHỨC THỰC HIỆN" after a plan's table)
  const cutLast = !options.inBody && columns !== null && rows.length > 0 && !rows[rows.length - 1].section && !rows[rows.length - 1].paged && !rowOut(rows[rows.length - 1], columns, width).read;
  if (options.inBody || cutLast) {
    // nothing marks where the table ends but the rows themselves: the last row ends where its
    // cells are complete and the text after the table begins
    const last = rows[rows.length - 1];
    const kept = last.paged ? last.lines.length : lastRowLength(last, columns, width);
    // no cut leaves the last row complete with the text after the table next: not read
    if (kept === null && options.inBody) return null;
    if (kept !== null && kept < last.lines.length) {
      end = last.at[kept];
      last.lines = last.lines.slice(0, kept);
      last.last = lines[end - 1];
    }
  }
  if (options.inBody) {
    // a section row's title wraps over a few lines: a longer one is text the table swallowed
    if (rows.some((r) => r.section && r.lines.length > SECTION_LINES)) return null;
  }
  if (!columns) {
    // a table of figures: every row holds its cells (a blank form's rows hold none: no table read)
    if (!options.inBody || rows.some((r) => !r.section && figureCells(r.lines).length < width - 1)) return null;
    return { rows: figureRows(lines, cellsOfHeader, columnNumbers, rows, width), end, figures: true, skipped: skipped.filter((at) => at < end) };
  }
  const out: BodyLine[] = [];
  let lastRead = false;
  for (const r of rows) {
    const read = rowOut(r, columns, width);
    out.push(...read.lines);
    lastRead = read.read && !r.section;
  }
  // in a body, the last row is read whole (else the text after the table ran on in it)
  if (options.inBody && !lastRead) return null;
  return { rows: out, end, figures: false, skipped: skipped.filter((at) => at < end) };
}

/** A table of figures has at least this many columns (a number, a name, figures). */
const FIGURE_COLUMNS = 3;
/** A paragraph after a table: a sentence of at least this many words. */
const SENTENCE_WORDS = 8;

/**
 * How many of the last row's lines are the row's: the fewest whose cells are complete (they fit
 * the header's columns; a table of figures: as many cells as columns after the number) with the
 * text after the table next, or all of them. Null when no cut fits.
 */
function lastRowLength(row: Row, columns: Columns | null, width: number): number | null {
  if (row.section) return row.lines.length;
  for (let e = 1; e <= row.lines.length; e++) {
    if (e < row.lines.length && !opensTextAfter(row.lines, e)) continue;
    const complete = columns ? fit(cellsOfRow(row.lines.slice(0, e), width - 1), columns, width) !== null : figureCells(row.lines.slice(0, e)).length >= width - 1;
    if (complete) return e;
  }
  return null;
}

/**
 * The text after a table begins at `lines[e]`: a clause's marker ("III. TỔ CHỨC THỰC HIỆN", "2. Sở
 * Tài chính …"), or a paragraph (one cell's lines) that is a sentence ending in a full stop ("Ngoài
 * các nhiệm vụ trên, … trước ngày 25 hằng tháng.", "Trân trọng./.").
 */
function opensTextAfter(lines: readonly string[], e: number): boolean {
  const first = lines[e];
  const marker = readMarker(first);
  if (marker?.number && HAS_LETTER.test(marker.rest)) return true;
  if (!OPENS_CAPITAL.test(first)) return false;
  for (let j = e; j < lines.length; j++) {
    if (!/[.!?:]$/u.test(lines[j])) continue;
    const paragraph = lines.slice(e, j + 1);
    if (cellsOfRow(paragraph).length !== 1) return false;
    return /\.\/\.$/u.test(lines[j]) || (/\.$/u.test(lines[j]) && paragraph.join(" ").split(/\s+/).length >= SENTENCE_WORDS);
  }
  return false;
}

const HAS_LETTER = /\p{L}/u;
const OPENS_CAPITAL = /^\p{Lu}/u;
const OPENS_CELL_OF_FIGURES = /^[\p{Lu}\d]/u;

/** A row of figures → its cells: a cell opens at a capital or a digit after a line that leaves nothing open. */
function figureCells(lines: readonly string[]): string[] {
  const cells: string[] = [];
  for (const [i, text] of lines.entries()) {
    if (i === 0 || (OPENS_CELL_OF_FIGURES.test(text) && !OPEN_END.some((end) => end.test(lines[i - 1])))) cells.push(text);
    else cells[cells.length - 1] += ` ${text}`;
  }
  return cells;
}

/** A table of figures → a pipe table's rows, on their lines: the header, then one line per row. */
function figureRows(lines: readonly Line[], header: readonly string[], headerEnd: number, rows: readonly Row[], width: number): BodyLine[] {
  const pipe = (cells: readonly string[]): string => `| ${cells.join(" | ")} |`;
  const out: BodyLine[] = [{ line: { ...lines[0], raw: lines[0].text, text: pipe(header), n: lines[headerEnd - 1].n }, opensClause: false }];
  for (const row of rows) {
    const cells = row.section ? [row.marker, row.lines.join(" ")] : [row.marker.replace(/\.$/, ""), ...figureCells(row.lines)];
    while (!row.section && cells.length < width) cells.push("");
    out.push({ line: { ...row.line, raw: row.line.text, text: pipe(cells), n: row.last.n }, opensClause: false });
  }
  return out;
}

/** A section row's title wraps over at most this many lines. */
const SECTION_LINES = 3;

interface Sequence {
  /** the last row number read, and the last section number */
  number: number;
  section: number;
  /** the last sub-row number under the last row ("3.2": 2), 0 when none */
  sub: number;
}

interface Row {
  line: Line;
  /** each of `lines`' index in the table's lines (-1: the text on the number's line) */
  at: number[];
  /** the row's last line */
  last: Line;
  marker: string;
  section: boolean;
  lines: string[];
  /** the blank lines right before each of `lines`, and after the last (before the next row): empty cells in a one-cell-per-line export */
  gaps: number[];
  after: number;
  /** a repeated header (a page break) came after the row's lines */
  paged: boolean;
  /** the row goes on after a page break: its lines there */
  cut: boolean;
  rest: string[];
  /** more than one page break cuts the row */
  cutTwice: boolean;
}

/**
 * A page's number that a copy from a PDF leaves between two rows, with no form feed: a number alone
 * between blank lines, not the next row's, right before the next row's number, in a table whose
 * cells are not set apart by blank lines (the line before it has none above it).
 */
function pageNumberBetween(lines: readonly Line[], at: number, sequence: Sequence): boolean {
  const [line, next, before] = [lines[at], lines[at + 1], lines[at - 1]];
  return !!next && /^\d{1,3}$/u.test(line.text) && line.blankBefore && next.blankBefore && !before.blankBefore && anchorOf(line.text, sequence) === null && anchorOf(next.text, sequence)?.kind === "number";
}

/**
 * A row's opening: the next row number ("1." / "1" / "10. Xây dựng …"), a sub-row of the row above
 * ("3.1" after "3", "3.2" after "3.1", probe17 F4) or the next section ("II. …"; or its number alone,
 * "II" / "II.", its title on the lines after: Word's and LibreOffice's text export puts each cell of
 * a group row on its own line, probe17 F3).
 */
function anchorOf(text: string, sequence: Sequence): { kind: "number" | "sub" | "section"; marker: string; rest: string } | null {
  // a number alone ("3", "3.") or with its dot before the row's text ("10.  Xây dựng …"); "3 tháng" is a cell's
  const number = /^(\d{1,3})(?:\.?|\.\s+(.*))$/u.exec(text);
  if (number && Number(number[1]) === sequence.number + 1) return { kind: "number", marker: `${number[1]}.`, rest: number[2] ?? "" };
  const sub = /^(\d{1,3})\.(\d{1,2})\.?$/u.exec(text);
  if (sub && sequence.number > 0 && Number(sub[1]) === sequence.number && Number(sub[2]) === sequence.sub + 1) return { kind: "sub", marker: `${sub[1]}.${sub[2]}.`, rest: "" };
  const section = /^([IVX]{1,5})(?:\.\s+(\p{Lu}.*)|\.?)$/u.exec(text);
  if (section && section[1] === ROMAN[sequence.section]) return { kind: "section", marker: `${section[1]}.`, rest: section[2] ?? "" };
  return null;
}

/** The blank lines between two lines of the table (none when the second has no blank before it). */
function blanksBetween(before: Line | null, line: Line): number {
  return before && line.blankBefore ? Math.max(0, line.n - before.n - 1) : 0;
}

/**
 * A row's cells when each blank line among its lines is an empty cell (Word's and LibreOffice's
 * text export: one cell per line, an empty cell an empty line, probe17 F6): the cells of each run of
 * lines between blanks, with as many empty cells as blank lines between the runs and after the last.
 */
function cellsWithBlanks(row: Row, wanted: number): string[] {
  const cells: string[] = [];
  let run: string[] = [];
  const flush = (): void => {
    if (run.length) cells.push(...cellsOfRow(run, wanted));
    run = [];
  };
  for (const [i, text] of row.lines.entries()) {
    if (row.gaps[i] > 0) {
      flush();
      for (let g = 0; g < row.gaps[i]; g++) cells.push("");
    }
    run.push(text);
  }
  flush();
  for (let g = 0; g < row.after; g++) cells.push("");
  return cells;
}

/**
 * The row that numbers the columns under a header ("(1)" / "(2)" / … or "1" / "2" / …, one per
 * column): no row of the table. The index after it, or `k` when there is none.
 */
const COLUMN_NUMBER = /^\(?(\d{1,2})\)?$/;

function afterColumnNumbers(lines: readonly Line[], k: number, width: number): number {
  for (let c = 0; c < width; c++) {
    const m = COLUMN_NUMBER.exec(lines[k + c]?.text ?? "");
    if (!m || Number(m[1]) !== c + 1) return k;
  }
  return k + width;
}

const isHeaderLine = (text: string): boolean => text.split(/\s+/).length <= HEADER_WORDS && !/[.;:]$/.test(text);

/** The header's lines → its cells: a line in lower case goes on with the cell above ("Cơ quan" / "chủ trì"). */
export function headerCells(header: readonly string[]): string[] {
  const cells: string[] = [];
  for (const text of header) {
    if (cells.length && /^\p{Ll}/u.test(text)) cells[cells.length - 1] += ` ${text}`;
    else cells.push(text);
  }
  return cells;
}

const repeats = (lines: readonly Line[], at: number, header: readonly string[]): boolean =>
  at + header.length <= lines.length && header.every((text, i) => lines[at + i].text === text);

/** A line that leaves its cell open: the next line goes on with it even when it opens with a capital. */
const OPEN_END = [
  /,\s*$/u, // an agency list goes on: "Các bộ ở Trung ương," / "Ủy ban nhân dân …"
  /[-–(/&]\s*$/u,
  // "trực thuộc" ends an agency name ("Các chi bộ trực thuộc", "các đơn vị trực thuộc")
  /(?:^|\s)(?:của|về|và|với|cho|tại|theo|trong|ở|trên|giữa|đối với|(?<!trực\s)thuộc|từ|đến|các|những|là)$/iu, // "Nghị quyết của" / "Chính phủ"
  /(?:^|\s)(?:quý|tháng|năm|ngày)$/iu, // a time word waits for its number: "Từ quý" / "III/2026"
  /(?:^|[,;]\s*)\p{Lu}\p{Ll}*$/u, // a name cut after its first word: "Bộ Tài chính, Bộ" / "Tư pháp"
];

/**
 * A time cell's first line ("Trước ngày 10/02/2026", "Ngày 02/02/2026", "Tháng 3/2026", "Quý
 * II/2026", "Từ ngày 25/01/2026", a date): in capitals, it opens the time column even after a line
 * that would leave its cell open ("… thuộc"), unless that line waits for a time ("Từ" / "Tháng
 * 3/2026", "đến" / "Quý IV", "giai đoạn 2026 -").
 */
const TIME_CELL = /^(?:(?:Trước|Từ|Đến|Chậm nhất|Hoàn thành|Trong)\s+)?(?:(?:ngày|Ngày|tháng|Tháng|quý|Quý|năm|Năm)\s+(?:\d|[IVX]+(?:\/|\s|$))|\d{1,2}\/\d{1,2}\/\d{4})/u;
const TIME_LINK = /(?:^|\s)(?:từ|đến|trước|trong|sau|vào|quý|tháng|năm|ngày|giai đoạn)$|[-–/(]\s*$/iu;

/**
 * A row's lines → its cells: a cell opens at a line in capitals after a line that leaves nothing
 * open. `wanted`: the number of cells the header has after the number.
 */
export function cellsOfRow(lines: readonly string[], wanted = Infinity): string[] {
  const opens = lines.map(
    (text, i) => i === 0 || (/^\p{Lu}/u.test(text) && (!OPEN_END.some((end) => end.test(lines[i - 1])) || (TIME_CELL.test(text) && !TIME_LINK.test(lines[i - 1])))),
  );
  // one cell too many: a narrow column wraps a name word by word ("Ủy ban nhân dân cấp tỉnh" /
  // "trình" / "Hội" / "đồng" …), so a cut after a line of one word is the least sure; when it is
  // the only such cut it is undone (two such cuts: the row is left as it is, and does not fit)
  if (opens.filter(Boolean).length === wanted + 1) {
    const weak = opens.flatMap((open, i) => (open && i > 0 && !/\s/.test(lines[i - 1].trim()) && !/[.;:]$/.test(lines[i - 1]) ? [i] : []));
    if (weak.length === 1) opens[weak[0]] = false;
  }
  const cells: string[][] = [];
  for (const [i, text] of lines.entries()) {
    if (opens[i]) cells.push([text]);
    else cells[cells.length - 1].push(text);
  }
  return cells.map((c) => c.join(" "));
}

/** A time cell: a period, a date, or a standing term. */
const TIME = /thường xuyên|hằng năm|hàng năm|định kỳ|hoàn thành|quý|tháng|năm|\d/iu;
/** A time glued to the end of the cell before it by pdftotext: "văn bản phối hợp Thường xuyên". */
const GLUED_TIME = /^(.*\S)\s+((?:Thường xuyên|Hằng năm|Hàng năm|Định kỳ|(?:Từ |Trước )?(?:Quý|Tháng|Năm)\s+[\dIVX]).*)$/u;

/** A row → its clause's lines (on the row's first line, the last one on the row's last line, so the clause spans the row). */
function rowOut(row: Row, columns: Columns, width: number): { lines: BodyLine[]; read: boolean } {
  const line: Line = { ...row.line, raw: row.line.text };
  // a section row and a row left unread (its number alone) are the table's rows too: they hang
  // under the clause open where the table begins, as its read rows do (`rowLines`)
  const text = (t: string): BodyLine => ({ line: { ...line, text: t }, opensClause: true, row: true });
  if (row.section) return { lines: [text([row.marker, ...row.lines].join(" "))], read: true };
  let cells = row.cutTwice ? null : fit(cellsOfRow(row.lines, width - 1), columns, width);
  // blank lines as empty cells: only when the row then has exactly the header's cells (and its lead)
  if (!cells && !row.cut && (row.after > 0 || row.gaps.some((g) => g > 0))) {
    const blanked = cellsWithBlanks(row, width - 1);
    cells = blanked.length === width - 1 ? fit(blanked, columns, width) : null;
  }
  if (cells && row.cut) cells = withRest(cells, row.rest, columns);
  if (!cells) return { lines: [text(row.marker)], read: false };
  const out = rowLines(line, [row.marker, ...cells], columns);
  const end = out.length - 1;
  if (end > 0) out[end] = { ...out[end], line: { ...out[end].line, n: row.last.n } };
  return { lines: out, read: true };
}

/**
 * A row cut by a page break: its cells before the break fit, and its lines under the repeated
 * header go on with one of them. They are the action's rest when the action alone is cut: it
 * stops mid-sentence, and the rest is one cell's lines (no cell opens in it) that ends its
 * sentence ("… quản lý bệnh" / "mãn tính, khám sức khỏe định kỳ …. "). Any other rest (an
 * agency cell's, or several cells' in turn: "với việc mở rộng …" / "quan, tổ chức có liên
 * quan") leaves the row unread (null).
 */
function withRest(cells: readonly string[], rest: readonly string[], columns: Columns): string[] | null {
  const at = columns.action - 1;
  const action = cells[at];
  if (!rest.length || /[.;:!?]$/u.test(action) || cellsOfRow(rest).length !== 1 || !/^\p{Ll}/u.test(rest[0]) || !/[.;!?]$/u.test(rest[rest.length - 1])) return null;
  const out = [...cells];
  out[at] = `${action} ${rest.join(" ")}`;
  return out;
}

/** The row's cells set to the header's columns after the number, or null when they do not fit. */
export function fit(found: readonly string[], columns: Columns, width: number): string[] | null {
  const cells = [...found];
  const wanted = width - 1;
  const kindAt = (at: number): string | undefined => {
    const labelled = columns.labelled.find((l) => l.at === at);
    return labelled ? readRow(`${labelled.label}:`)?.kind : undefined;
  };
  const time = [...Array(width).keys()].find((at) => kindAt(at) === "deadline");
  if (cells.length === wanted - 1 && time === width - 1) {
    const glued = GLUED_TIME.exec(cells[cells.length - 1]);
    if (glued) cells.splice(cells.length - 1, 1, glued[1], glued[2]);
  }
  // a notes column (no label, not the action) is most often empty
  if (cells.length === wanted - 1 && width - 1 !== columns.action && !columns.labelled.some((l) => l.at === width - 1)) cells.push("");
  if (cells.length !== wanted) return null;
  if (time !== undefined && !TIME.test(cells[time - 1])) return null;
  const lead = columns.labelled.find((l) => kindAt(l.at) === "lead");
  if (lead && /^(?:quý|tháng|năm|từ|trước|thường xuyên|hằng năm)(?:\s|$)/iu.test(cells[lead.at - 1])) return null;
  return cells;
}
