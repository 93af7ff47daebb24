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
/**
 * The header row opens with the number column's label: "STT", "TT", "Số TT", two spaces or one
 * before the next label (a LibreOffice table's number column is narrow: pdftotext prints "STT Nội
 * dung" one space apart, probe17 F1). The header's labels (`headerOf`) tell a table from prose.
 */
const NUMBER_LABEL = /^\s*(?:S[ốo]\s)?S?TT\.?\s+\S/iu;
/** The number column's label at the start of a header piece. */
const NUMBER_WORD = /^(?:S[ốo]\s)?S?TT\.?(?=\s)/iu;
/** A line that may be such a table's header (a cheap test, before the header is read). */
// it runs on every line of every body: the `iu` pattern only where "tt" stands (every match holds it)
const HAS_TT = /tt/i;
export const opensLayoutTable = (line: Line): boolean => !line.cell && HAS_TT.test(line.raw) && NUMBER_LABEL.test(line.raw);

/** A piece that opens with a capital letter. */
const OPENS_CAPITAL = /^\p{Lu}/u;

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
 * A header line's labels: its pieces (`piecesOf`), the number column's label ("STT") set apart from
 * the label after it however narrow the gap (one space: "STT Nội dung công việc").
 */
function labelPieces(raw: string): Array<{ at: number; text: string }> {
  const pieces = piecesOf(raw);
  const first = pieces[0];
  if (!first) return pieces;
  const text = first.text.trimStart();
  const m = NUMBER_WORD.exec(text);
  if (!m) return pieces;
  const rest = text.slice(m[0].length);
  if (!rest.trim()) return pieces;
  const at = first.at + (first.text.length - text.length);
  return [{ at, text: m[0] }, { at: at + m[0].length + (rest.length - rest.trimStart().length), text: rest.trimStart() }, ...pieces.slice(1)];
}

/**
 * A line cut at the columns' starts → its cells (trimmed), or null when a cut falls inside a word
 * that begins well before the column's start.
 */
export function cutAt(raw: string, starts: readonly number[], lean = false): string[] | null {
  const cuts = cutsOf(raw, starts, lean);
  return cuts && cuts.map((from, i) => raw.slice(from, cuts[i + 1] ?? raw.length).trim());
}

/** Where `cutAt` cuts a line: each column's start on it (the first 0), or null. */
function cutsOf(raw: string, starts: readonly number[], lean = false): number[] | null {
  const cuts = [0];
  for (const start of starts.slice(1)) {
    let at = Math.min(start, raw.length);
    if (at < raw.length && at > 0 && raw[at - 1] !== " " && raw[at] !== " ") {
      let word = at;
      while (word > 0 && raw[word - 1] !== " ") word--;
      if (at - word > SLACK || word < cuts[cuts.length - 1]) return null;
      at = word;
    } else if (lean && at + 1 < raw.length && at > 0 && raw[at - 1] !== " " && raw[at] === " " && raw[at + 1] !== " ") {
      // `lean`: the starts are the rightmost a cell starts at (centred cells), so a short word
      // ending on the cut with the text going on one space after it is that cell's first word
      // ("chuẩn Ủy ban Kiểm", "Ủy" two columns before the lead column's start, probe17 F7)
      let word = at;
      while (word > 0 && raw[word - 1] !== " ") word--;
      if (at - word <= SLACK && word > cuts[cuts.length - 1]) at = word;
    }
    cuts.push(Math.max(at, cuts[cuts.length - 1]));
  }
  return cuts;
}

/**
 * A row's next line, cut at the columns' starts, added to its cells (each cell's text goes on after
 * a space); false when a cut falls inside a word (see `cutAt`, and its `lean` for centred rows).
 */
function addCells(cells: string[], raw: string, starts: readonly number[], lean = false): boolean {
  const cut = cutAt(raw, starts, lean);
  if (!cut) return false;
  cut.forEach((text, c) => {
    if (text) cells[c] = cells[c] ? `${cells[c]}${brokenYear(cells[c], text) ? "" : " "}${text}` : text;
  });
  return true;
}

/**
 * A date whose year a narrow cell broke over two lines ("31/10/202" / "6"): the year's digits go
 * on without a space (a year has four).
 */
function brokenYear(before: string, after: string): boolean {
  const year = /\b\d{1,2}\/\d{1,2}\/(\d{1,3})$/u.exec(before)?.[1];
  const rest = /^(\d{1,3})(?!\S)/u.exec(after)?.[1];
  return !!year && !!rest && year.length + rest.length === 4;
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
export function layoutTableAt(lines: readonly Line[], from: number, rule?: Line): { rows: BodyLine[]; start: number; end: number } | null {
  const head = lines[from];
  if (head.cell || head.raw.includes("\t") || !NUMBER_LABEL.test(head.raw)) return null;
  // a rule of dash runs over or under the header (pandoc's simple and multiline tables) sets the
  // columns exactly: each run is a column, labels one space apart or not
  const ruled = rule ? ruleStarts(rule.raw, head.raw) : null;
  const labels = ruled ? ruled.map((at, i) => ({ at, text: cutAt(head.raw, ruled)![i] })) : labelPieces(head.raw);
  if (labels.length < 3) return null;
  const cells = labels.map((l) => l.text.trim());
  const starts = labels.map((l) => l.at);
  // a header's labels wrap over lines above its number's (a label centred in a taller row) or
  // below ("Thời gian hoàn" / "thành"): lines with nothing in the number column, each piece
  // going on with the column it starts in
  // under the number's line (`below`) a label goes on in lower case ("Thời gian hoàn" / "thành"); a
  // piece in capitals there, or one running across the next column's start, is a row's cells: row
  // 1 centred under a one-line header (probe17 F1), read by `centredTableAt`
  const labelsOf = (line: Line, below = false): Array<{ at: number; text: string }> | null => {
    const more = ruled ? ruledPieces(line.raw, ruled) : piecesOf(line.raw);
    const wraps = (p: { at: number; text: string }): boolean =>
      ruled !== null || (!OPENS_CAPITAL.test(p.text.trimStart()) && !starts.some((s) => s > p.at + SLACK && s < p.at + p.text.trimEnd().length));
    return more.length && more.every((p) => p.at >= starts[1] - SLACK && (!below || wraps(p))) ? more : null;
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
    const more = labelsOf(line, true);
    if (!more) return null;
    for (const piece of more) {
      const column = columnOf(piece.at, starts);
      cells[column] = `${cells[column]} ${piece.text.trim()}`;
    }
  }
  if (!ruled) splitJoinedLabels(lines.slice(start, k), from - start, starts, cells);
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
      const marker = ROW_MARKER.exec(lead)?.[1];
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
      // a title wraps as one run of words; cells set apart in the columns under a group row are a
      // centred row's upper half (its number below), read by `centredTableAt` (probe17 F4)
      if (piecesOf(line.raw).length > 1) return null;
      row.cells[1] = `${row.cells[1]} ${line.text}`.trim();
      continue;
    }
    if (!addCells(row.cells, line.raw, starts)) return null;
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

/** A rule of dash runs ("-----  ------ ----", "==== ===="): a table's column edges. */
export const DASH_RULE = /^\s*(?:-{3,}|={3,})(?:\s+(?:-{3,}|={3,}))+\s*$/u;

/**
 * The columns' starts that a dash rule sets for a header line: its runs' starts, when there are 3
 * or more and every word of the header falls inside a run (no word across two runs or in a gap).
 */
function ruleStarts(rule: string, head: string): number[] | null {
  if (!DASH_RULE.test(rule)) return null;
  const runs = [...rule.matchAll(/[-=]+/gu)].map((m) => ({ at: m.index, end: m.index + m[0].length }));
  if (runs.length < 3) return null;
  for (const word of head.matchAll(/\S+/gu)) {
    const [at, end] = [word.index, word.index + word[0].length];
    if (!runs.some((r) => at >= r.at && end <= Math.max(r.end, runs[runs.indexOf(r) + 1]?.at ?? Infinity))) return null;
  }
  return runs.map((r) => r.at);
}

/** A header line cut at a rule's columns: its non-empty cells, with where each column starts. */
function ruledPieces(raw: string, starts: readonly number[]): Array<{ at: number; text: string }> {
  const cut = cutAt(raw, starts);
  return cut ? cut.flatMap((text, i) => (text ? [{ at: starts[i], text }] : [])) : [];
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

/** A row's number in the lead column: "3", "3.", or a Roman section "II". */
const ROW_MARKER = /^(\d{1,3}|[IVX]{1,5})\.?$/u;
const opensRow = (raw: string, starts: readonly number[]): boolean => ROW_MARKER.test(raw.slice(0, starts[1]).trim());

/**
 * Lines → the same lines with each task table laid out in columns read into its rows (an
 * appendix's body). `alone`: a row's number alone on its line (a centred row of even lines, its
 * number between them), read by `centredTableAt` with the text lines and dropped elsewhere (a
 * page number), as in a document body (build/index.ts).
 */
export function withLayoutTables(lines: readonly BodyLine[], alone?: (line: BodyLine) => boolean): readonly BodyLine[] {
  if (!lines.some((b) => opensLayoutTable(b.line))) return alone ? lines.filter((b) => !alone(b)) : lines; // most: no such table
  const kept = alone ? lines.filter((b) => !alone(b)) : lines;
  // the text lines (`layoutTableAt`) and their places among all (`centredTableAt`)
  const text = kept.map((b) => b.line);
  const wide = lines.map((b) => b.line);
  const places = alone ? lines.flatMap((b, k) => (alone(b) ? [] : [k])) : lines.map((_, k) => k);
  const out: BodyLine[] = [];
  for (let t = 0; t < kept.length; t++) {
    const k = places[t];
    const laid = opensLayoutTable(text[t]) ? layoutTableAt(text, t) : null;
    const table = laid
      ? { rows: laid.rows, above: t - laid.start, end: laid.end }
      : opensLayoutTable(text[t]) ? centred(centredTableAt(wide, k), k) : null;
    if (!table) {
      out.push(kept[t]);
      continue;
    }
    out.splice(out.length - table.above, table.above); // header lines above its number's
    out.push(...table.rows);
    t = table.end - 1;
  }
  return out;
  // a centred table's span among all lines → among the text lines
  function centred(table: ReturnType<typeof centredTableAt>, k: number): { rows: BodyLine[]; above: number; end: number } | null {
    if (!table) return null;
    const end = places.findIndex((p) => p >= table.end);
    return { rows: table.rows, above: places.filter((p) => p >= table.start && p < k).length, end: end < 0 ? kept.length : end };
  }
}

/**
 * A task table through `pdftotext -layout` whose cells are centred vertically (LibreOffice's
 * PDFs, probe12 F3):
 *
 *                                          Cơ quan chủ Cơ quan phối       Thời gian
 *    STT                  Nội dung
 *                                               trì             hợp      hoàn thành
 *          Rà soát, số hóa kết quả giải   Văn phòng
 *                                                                        Trước ngày
 *    1     quyết thủ tục hành chính còn HĐND và         Phòng Kinh tế
 *                                                                        30/6/2026
 *          hiệu lực                       UBND xã
 *    2
 *          …
 *
 * Every cell of a row is centred on the row's middle, so the lines of a row lie as many above its
 * number's line as below it (the number alone on its line when the row's lines are even), and the
 * header's labels lie as many above the "STT" line as below it. The rows are then counted off from
 * the header down: the lines between the header and number 1 are row 1's upper half, its lower
 * half as many, the lines left before number 2 row 2's upper half, and so on; a count that does not
 * come out (fewer lines than a half, a last row whose lower half runs into the text after) leaves
 * the table unread, and so does number 1 right under the header above taller rows (rows set at
 * their top, not centred). The columns start where the cells' text starts (after two spaces or more) on
 * two row lines or more — the header's labels are centred, and the converter sets them off from
 * the cells' offsets; a word set one space after a cell's end is cut there too ("còn HĐND và").
 * The header's labels go to the columns in order: the labels of the band's lines that overlap
 * make one column's label (a label on one line joined one space to the next, "Cơ quan chủ Cơ
 * quan phối", is parted where two labels under it part it, at the word nearest a column's start).
 * Row numbers alone on their lines (`lines` holds them with the text lines). The reader stops at a
 * form feed; the rows go on under the header repeated on the next page (`firstNumber`: the next
 * row's number there).
 */
export function centredTableAt(lines: readonly Line[], from: number, firstNumber = 1): { rows: BodyLine[]; start: number; end: number; next: number } | null {
  const head = lines[from];
  const stt = NUMBER_LABEL.exec(head.raw);
  if (!stt || head.cell || head.raw.includes("\t")) return null;
  const numberWidth = head.raw.search(/\S/u) + (/S?TT\.?/iu.exec(head.raw.trimStart())?.[0].length ?? 3);
  const indent = (line: Line): number => line.raw.search(/\S/u);
  const headerPieces = labelPieces(head.raw);
  // (a label ends in no stop: a line of prose right above the header, "… như sau:", is none)
  const labelLine = (line: Line | undefined): boolean =>
    !!line && !line.cell && !line.raw.includes("\t") && !line.raw.includes("\f") && indent(line) >= headerPieces[1].at - SLACK && !NUMBER_ROW.test(line.raw) && !PROSE_END.test(line.text);
  let above = 0;
  while (above < HEADER_MORE && !lines[from - above].blankBefore && labelLine(lines[from - above - 1])) above++;
  for (let i = 1; i <= above; i++) if (lines[from + i]?.blankBefore || !labelLine(lines[from + i])) return null;
  const band = lines.slice(from - above, from + above + 1);
  const first = from + above + 1;
  // the row numbers, up to the text after the table
  // the rows, up to the text after the table: a row's number (the next, or a sub-row's "3.1" after
  // row 3), or the next Roman number with its title, a group row of one line (probe17 F4)
  const items: Array<{ at: number; marker: string; title?: string; half: number }> = [];
  let [number, sub, section] = [firstNumber - 1, 0, 0];
  let stop = first;
  for (; stop < lines.length; stop++) {
    const line = lines[stop];
    if (line.cell || line.raw.includes("\t") || line.raw.includes("\f") || (stop > first && line.blankBefore) || indent(line) < 0) break;
    const n = NUMBER_ROW.exec(line.raw)?.[1];
    if (n) {
      const [main, part] = n.split(".").map(Number);
      if (part === undefined && main === number + 1) {
        [number, sub] = [main, 0];
        items.push({ at: stop, marker: `${main}.`, half: 0 });
        continue;
      }
      if (part !== undefined && main === number && main >= firstNumber && part === sub + 1) {
        sub = part;
        items.push({ at: stop, marker: `${main}.${part}.`, half: 0 });
        continue;
      }
    }
    const group = indent(line) < numberWidth ? SECTION_ROW.exec(line.raw) : null;
    if (group && group[1] === ROMAN[section]) {
      section++;
      items.push({ at: stop, marker: `${group[1]}.`, title: (group[2] ?? group[3]).trim(), half: 0 });
      continue;
    }
    if (indent(line) < numberWidth) break;
  }
  // a group row holds rows: one after the last row is the text after the table ("III. TỔ CHỨC THỰC HIỆN")
  while (items.length && items[items.length - 1].title !== undefined) items.pop();
  if (!items.length) return null;
  // each row's lines lie as many above its number as below it; a group row's line comes right
  // after the row above's lines
  let end = first;
  for (const item of items) {
    if (item.title !== undefined) {
      if (item.at !== end) return null;
      end = item.at + 1;
      continue;
    }
    item.half = item.at - end;
    if (item.half < 0) return null;
    end = item.at + item.half + 1;
  }
  if (end > stop) return null;
  const rowItems = items.filter((item) => item.title === undefined);
  // number 1 right under the header: the rows are set at their top, not centred (counted as
  // centred, row 1's lines under its number would go to row 2), unless every row is one line
  if (rowItems[0].half === 0 && rowItems.some((item) => item.half > 0)) return null;
  const rowText = lines.slice(first, end);
  // starts found on two lines or more; in a short table (a row or two) on one line too, when only
  // then as many as the header's columns
  let groups = cellGroups(rowText, 2);
  let labelled = groups.length >= 4 ? bandLabels(band, groups) : null;
  if (!labelled) {
    groups = cellGroups(rowText, 1);
    labelled = groups.length >= 4 ? bandLabels(band, groups) : null;
  }
  if (!labelled) return null;
  const { cells, columns } = labelled;
  const header = headerOf(cells);
  if (!header || header.number !== 0 || header.action < 1) return null;
  const out: BodyLine[] = [];
  let read = 0;
  for (const { at, marker, title, half } of items) {
    const line = lines[at];
    // a group row, and a row whose sub-rows hold its cells (its action alone): the table's rows
    // too, hanging under the clause open where the table begins (`rowLines`)
    const plain = (text: string): BodyLine => ({ line: { ...line, raw: line.text, text }, opensClause: true, row: true });
    if (title !== undefined) {
      out.push(plain(`${marker} ${title}`));
      continue;
    }
    const part = lines.slice(at - half, at + half + 1);
    const row = rowCells(part, columns);
    if (row && fits(row, header)) {
      read++;
      out.push(...rowLines({ ...line, raw: line.text }, [marker, ...row.slice(1)], header));
      continue;
    }
    // a row that does not fit (a parent row whose sub-rows hold its cells, a line cut inside a
    // word): its action alone, unread (its lines' text when even the action does not cut); the
    // rows that fit are read
    const action =
      row?.[header.action] ??
      rowCells(part, columns.slice(0, header.action + 2))?.[header.action] ??
      part.map((l) => (l === line ? l.text.slice(l.text.indexOf(" ") + 1) : l.text)).join(" ");
    out.push(plain(`${marker} ${action}`.trim()));
  }
  if (!read) return null;
  return { rows: out, start: from - above, end, next: number + 1 };
}

/** A line that ends a sentence or announces a list: prose, no header label. */
const PROSE_END = /[.:;]$/u;

/** A line whose number column holds a row's number ("1", "12."), alone or before its cells. */
const NUMBER_ROW = /^\s{0,3}(\d{1,3}(?:\.\d{1,2})?)\.?(?:\s{2,}\S|\s*$)/u;
/** A group row in the number column: a Roman number and its title ("I     Lĩnh vực hạ tầng số"). */
// (one space after it in a narrow number column, its title then in capitals: "III Lĩnh vực …")
const SECTION_ROW = /^\s{0,3}([IVX]{1,5})\.?(?:\s{2,}(\S.*)|\s(\p{Lu}.*))$/u;

/** A column of a centred table: the offsets its cells' text starts at on the row lines. */
interface Column {
  from: number;
  to: number;
  /** the leftmost a cell of it may start at: its first offset, or its label's start when left of it */
  left?: number;
}

/**
 * The columns from a table's row lines: offsets where a cell's text starts (at the line's start
 * or after two spaces or more) on `min` lines or more, offsets at most SLACK apart taken as one
 * (the converter's placing wavers).
 */
function cellGroups(rows: readonly Line[], min: number): Column[] {
  const seen = new Map<number, number>();
  for (const line of rows) for (const piece of piecesOf(line.raw)) seen.set(piece.at, (seen.get(piece.at) ?? 0) + 1);
  const offsets = [...seen.keys()].sort((a, b) => a - b);
  const groups: Array<{ from: number; to: number; count: number }> = [];
  for (const at of offsets) {
    const last = groups[groups.length - 1];
    if (last && at - last.from <= SLACK) [last.to, last.count] = [at, last.count + seen.get(at)!];
    else groups.push({ from: at, to: at, count: seen.get(at)! });
  }
  const out = groups.filter((g) => g.count >= min).map(({ from, to }) => ({ from, to }));
  if (out[0]?.from !== 0) out.unshift({ from: 0, to: 0 });
  return out;
}

/**
 * A row's cells: its lines cut at the starts its own cells' text shows (the converter places the
 * cells of each row a little differently: "Trước" at 55 in one row, at 59 in another), or null
 * when a line does not cut. A column none of the row's cells starts in after two spaces (a cell
 * one space after the one before: "Văn phòng Các sở, ban," / "UBND tỉnh ngành") starts where a
 * line of the row puts a word at or just before the column's first offset ("Các"), and the
 * row's other lines are cut there.
 */
function rowCells(part: readonly Line[], columns: readonly Column[]): string[] | null {
  const starts = columns.map((c) => c.to);
  const shown = columns.map(() => false);
  for (const line of part) {
    for (const piece of piecesOf(line.raw)) {
      let c = 0;
      for (const [i, col] of columns.entries()) if ((col.left ?? col.from) - SLACK <= piece.at) c = i;
      if (c === 0) continue;
      starts[c] = shown[c] ? Math.min(starts[c], piece.at) : piece.at;
      shown[c] = true;
    }
  }
  const guess = starts.map((s, c) => (shown[c] ? s : columns[c].from));
  for (const line of part) {
    const cuts = cutsOf(line.raw, guess, true);
    if (!cuts) continue;
    cuts.forEach((at, c) => {
      if (!shown[c] && c > 0 && at < guess[c] && at < line.raw.length) starts[c] = Math.min(starts[c], at);
    });
  }
  const row: string[] = starts.map(() => "");
  for (const line of part) if (!addCells(row, line.raw, starts, true)) return null;
  return row;
}

/**
 * The header band's labels, one per column in order, with the columns, or null when they do not
 * make as many columns. Cell starts more than the header's labels (a column whose cells start at
 * 55 in some rows and at 59 in others: the converter's placing wavers by row) go to the label
 * they stand under: the last whose start is at most SLACK after them (labels set at their
 * cells' left), each label getting one. Labels (pieces two spaces apart) on different lines that overlap are one column's; a
 * piece that overlaps two pieces of another line holds two labels one space apart: it is parted
 * between them, at the word nearest a column's start or the start of the second label under it.
 */
function bandLabels(band: readonly Line[], columns: readonly Column[]): { cells: string[]; columns: Column[] } | null {
  const starts = columns.map((c) => c.to);
  type Label = { line: number; at: number; end: number; text: string };
  const perLine: Label[][] = band.map((line, i) => labelPieces(line.raw).map((p) => ({ line: i, at: p.at, end: p.at + p.text.trimEnd().length, text: p.text.trim() })));
  const overlap = (a: Label, b: Label): boolean => a.at < b.end && b.at < a.end;
  for (const [i, labels] of perLine.entries()) {
    for (let j = 0; j < labels.length; j++) {
      const label = labels[j];
      const under = perLine.filter((_, o) => o !== i).map((other) => other.filter((o) => overlap(o, label))).find((o) => o.length >= 2);
      if (!under) continue;
      const words = [...label.text.matchAll(/\S+/gu)].map((m) => ({ at: label.at + m.index, text: m[0] }));
      const inner = words.slice(1).filter((w) => w.at > under[0].at && w.at <= under[1].at);
      if (!inner.length) return null;
      // the word nearest a column's start, or the start of a label under it after its first (the
      // labels are set at their cells' left: "Cơ quan chủ Cơ quan phối" over "trì" and "hợp" parts
      // at the "Cơ" over "hợp", probe17 F2)
      const anchors = [...starts, ...under.slice(1).map((u) => u.at)];
      const near = (w: { at: number }): number => Math.min(...anchors.map((s) => Math.abs(s - w.at)));
      const cut = inner.reduce((best, w) => (near(w) < near(best) ? w : best));
      const left = label.text.slice(0, cut.at - label.at).trim();
      labels.splice(j, 1, { ...label, end: label.at + left.length, text: left }, { ...label, at: cut.at, text: label.text.slice(cut.at - label.at).trim() });
    }
  }
  // overlapping labels of different lines: one column
  const all = perLine.flat();
  const group = all.map((_, i) => i);
  const find = (i: number): number => (group[i] === i ? i : (group[i] = find(group[i])));
  for (let a = 0; a < all.length; a++) for (let b = a + 1; b < all.length; b++) if (all[a].line !== all[b].line && overlap(all[a], all[b])) group[find(a)] = find(b);
  const byGroup = new Map<number, Label[]>();
  all.forEach((label, i) => byGroup.set(find(i), [...(byGroup.get(find(i)) ?? []), label]));
  const ordered = [...byGroup.values()].sort((a, b) => Math.min(...a.map((l) => l.at)) - Math.min(...b.map((l) => l.at)));
  if (ordered.some((c) => new Set(c.map((l) => l.line)).size !== c.length)) return null; // two labels of one line in one column
  const cells = ordered.map((c) => c.sort((a, b) => a.line - b.line).map((l) => l.text).join(" "));
  if (ordered.length > columns.length) return null;
  const at = ordered.map((c) => Math.min(...c.map((l) => l.at)));
  const left = (c: Column, k: number): Column => ({ ...c, left: Math.min(c.from, at[k]) });
  if (ordered.length === columns.length) return { cells, columns: columns.map(left) };
  const merged: Column[] = at.map(() => ({ from: Infinity, to: -1 }));
  for (const column of columns) {
    let k = 0;
    for (const [i, a] of at.entries()) if (a - SLACK <= column.from) k = i;
    merged[k] = { from: Math.min(merged[k].from, column.from), to: Math.max(merged[k].to, column.to) };
  }
  return merged.every((c) => c.to >= 0) ? { cells, columns: merged.map(left) } : null;
}
