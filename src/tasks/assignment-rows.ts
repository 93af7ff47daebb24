/**
 * The rows a plan (Kế hoạch, Chương trình hành động) prints under each of its tasks, saying who
 * does it and by when — the list form of the plan tables' columns:
 *
 *   b) Gửi dự kiến chương trình xây dựng luật, pháp lệnh năm 2016 …
 *   - Đơn vị chủ trì: Vụ Các vấn đề chung về xây dựng pháp luật.
 *   - Đơn vị phối hợp: Văn phòng Bộ.
 *   - Thời gian thực hiện: Quý I/2015.
 *
 * The rows are items of the clause; they make one task of it (lead, support, deadline) and assign
 * nothing themselves.
 */
import type { Clause } from "../types.js";
import { toSentences } from "./sentences.js";

export type RowKind = "lead" | "support" | "deadline" | "result";

export interface AssignmentRows {
  lead: string | null;
  support: string | null;
  deadline: string | null;
}

/**
 * "Cơ quan chủ trì:", "Đơn vị phối hợp thực hiện:", "Thời gian hoàn thành:", "Sản phẩm:". `time`:
 * the words a time label may take after "Thời gian / Thời hạn / Tiến độ".
 */
const label = (time: string): string =>
  String.raw`(?:[a-zđ]\)\s*)?(?:(cơ quan|đơn vị|bộ phận)\s+)?(chủ trì(?: thực hiện)?|thực hiện|phối hợp(?: thực hiện)?|(?:thời gian|thời hạn|tiến độ)${time}|sản phẩm|kết quả(?: đầu ra)?)\s*:`;
/**
 * A line's first label: a time label with any qualifier of up to four words before its colon —
 * "Thời gian trình", "Thời hạn trình UBND tỉnh" (the column of a UBND's Chương trình công tác,
 * under the provinces' Quy chế làm việc), "Thời gian dự kiến", "Tiến độ triển khai".
 */
// (the qualifier's words in Vietnamese letters and tones: a `\p{L}` class under `iu` took V8
// ~1.5 ms to compile, its case closure, on the first line with a colon of every run)
const ROW_START = new RegExp(String.raw`^(?:[-+•*]\s*)?${label(String.raw`(?:\s+[a-zà-ỹđ\u0300-\u036f]+){0,4}`)}`, "iu");
/**
 * A later label on the same line (OCR and flattened copies glue the rows: "…; b) Cơ quan phối
 * hợp: …"): in running text only the usual qualifiers ("… trong thời gian nghỉ: …" is no row).
 */
const NEXT_LABEL = new RegExp(String.raw`(?<=[\s;,.])${label("(?: thực hiện| hoàn thành| trình)?")}`, "giu");

function kindOf(body: string | undefined, label: string): RowKind | null {
  const name = label.toLowerCase();
  // "Thực hiện: …" alone is too common a word to be a row; "Cơ quan thực hiện:" is one
  if (name === "thực hiện" && !body) return null;
  if (name.startsWith("chủ trì") || name === "thực hiện") return "lead";
  if (name.startsWith("phối hợp")) return "support";
  if (name.startsWith("sản phẩm") || name.startsWith("kết quả")) return "result";
  return "deadline";
}

/** The rows of a line that opens with a row label (several when they are glued), or null. */
export function readRows(text: string): Array<{ kind: RowKind; value: string }> | null {
  // a label ends with a colon: a third of the lines asked about have none
  if (!text.includes(":")) return null;
  const line = text.trim();
  const first = ROW_START.exec(line);
  if (!first) return null;
  const firstKind = kindOf(first[1], first[2]);
  if (!firstKind) return null;
  const rows: Array<{ kind: RowKind; value: string }> = [];
  let kind = firstKind;
  let from = first[0].length;
  for (const m of line.slice(first[0].length).matchAll(NEXT_LABEL)) {
    const next = kindOf(m[1], m[2]);
    if (!next) continue;
    const at = first[0].length + m.index;
    rows.push({ kind, value: clean(line.slice(from, at)) });
    kind = next;
    from = at + m[0].length;
  }
  rows.push({ kind, value: clean(line.slice(from)) });
  return rows;
}

/** The kind and value of a single row, or null when the text is no row. */
export function readRow(text: string): { kind: RowKind; value: string } | null {
  return readRows(text)?.[0] ?? null;
}

/**
 * "- Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với Sở Lao động - Thương binh và Xã hội …":
 * a lead row that names who supports in the same sentence.
 */
const LEAD_AND_SUPPORT = /^(.+?)\s+chủ trì\s*[,;]?\s*(?:và\s+)?phối hợp(?:\s+với)?\s+(.+)$/iu;

const clean = (value: string): string => value.replace(/[.;,\s]+$/u, "").trim();

export interface RowsOfClause extends AssignmentRows {
  /** the clause's own text without its row lines */
  text: string;
  /**
   * No row names who leads, and the rows stand among the task's points ("- Văn phòng Đảng ủy chuẩn
   * bị …" / "* Thời gian thực hiện: …"): the rows only set the limit (and the support) of the work
   * the clause's text and its points name.
   */
  limitOnly?: boolean;
}

/**
 * The rows of a clause: its items that are rows (all of them, or any among other points when one
 * names the lead), and the last lines of its own text. Null unless a lead or a time is among them.
 */
export function assignmentRows(clause: Clause): RowsOfClause | null {
  const rows: AssignmentRows = { lead: null, support: null, deadline: null };
  const take = (found: Array<{ kind: RowKind; value: string }>): void => {
    for (const row of found) {
      const both = row.kind === "lead" ? LEAD_AND_SUPPORT.exec(row.value) : null;
      if (both && rows.lead === null) {
        rows.lead = both[1];
        rows.support ??= clean(both[2]) || null;
      } else if (row.kind !== "result" && rows[row.kind] === null) rows[row.kind] = row.value || null;
    }
  };
  // a row has a colon after its label: a text without one is no row, nor are any of its paragraphs
  const paragraphs = clause.text.includes(":") ? clause.text.split("\n") : [clause.text];
  // the action stays: its heading, or the first paragraph
  let own = paragraphs.length;
  while (own > (clause.heading ? 0 : 1) && readRows(paragraphs[own - 1])) own--;
  for (const paragraph of paragraphs.slice(own)) take(readRows(paragraph)!);
  const itemRows: Array<Array<{ kind: RowKind; value: string }>> = [];
  let points = 0;
  /** row items that go on with sentences of their own: text among the points, not a limit */
  let wordy = 0;
  for (const item of clause.items) {
    if (item.items.length) return null;
    const last = itemRows[itemRows.length - 1];
    if (!last && !item.text.includes(":") && !item.heading?.includes(":")) {
      points++;
      continue;
    }
    const text = rowText(item);
    // "- Đơn vị phối hợp: Văn phòng Bộ, Vụ Tổ chức" / "- cán bộ, Vụ Phổ biến …": a name printed
    // with " - " ("Vụ Tổ chức - cán bộ") and wrapped at its dash goes on with the row above
    if (last && /^\p{Ll}/u.test(text)) {
      const row = last[last.length - 1];
      last[last.length - 1] = { ...row, value: clean(`${row.value} - ${text}`) };
      continue;
    }
    const found = readRows(text);
    if (found) itemRows.push(found);
    else points++;
    if (found && !isBareRow(item)) wordy++;
  }
  // rows among the task's other points ("- Bảo đảm thống nhất …", then "- Đơn vị chủ trì: …")
  // count when one of them names who leads; the other points describe the same task
  // without one, a time row among them ("* Thời gian thực hiện: …") is the limit of the clause's work
  if (points && !itemRows.some((found) => found.some((row) => row.kind === "lead"))) {
    if (rows.lead !== null || wordy) return null;
    itemRows.forEach(take);
    return rows.deadline === null ? null : { ...rows, text: paragraphs.slice(0, own).join("\n"), limitOnly: true };
  }
  itemRows.forEach(take);
  if (rows.lead === null && rows.deadline === null) return null;
  return { ...rows, text: paragraphs.slice(0, own).join("\n") };
}

/**
 * An item that is nothing but a row other than the lead's ("- Thời gian thực hiện: Quý I/2015.",
 * "* Đơn vị phối hợp: …"), one sentence: it assigns nothing itself, its clause reads it (a row
 * that goes on with sentences of its own, "- Thời gian: Duy trì thường xuyên …. Đặc biệt, phân
 * công cán bộ trực …", is read as text).
 */
export function isBareRow(item: Clause): boolean {
  if (item.items.length) return false;
  const text = rowText(item);
  const found = readRows(text);
  return found !== null && found.every((row) => row.kind !== "lead") && toSentences(text).length === 1;
}

/** The clause without its bare row items and row lines: what its text and points say. */
export function withoutRows(clause: Clause, rows: RowsOfClause): Clause {
  return { ...clause, text: rows.text, items: clause.items.filter((item) => !isBareRow(item)) };
}

/** An item as printed: its marker, heading and text ("- Đơn vị chủ trì: Vụ Pháp chế."). */
function rowText(item: Clause): string {
  return [item.heading, item.text].filter(Boolean).join(" ");
}
