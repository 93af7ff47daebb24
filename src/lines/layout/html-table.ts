/**
 * HTML tables (`pandoc -t gfm` writes Word tables with several paragraphs per cell as raw HTML):
 *
 *   <table>
 *   <colgroup> … </colgroup>
 *   <tbody>
 *   <tr class="odd">
 *   <td><p><strong>VĂN PHÒNG CHÍNH PHỦ</strong></p>
 *   <p>V/v quy định về quản trị doanh nghiệp tại Luật Doanh nghiệp chưa được
 *   thực thi</p></td>
 *   <td><p><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong></p> … </td>
 *   </tr> … </table>
 *
 * A small tag scanner (indexOf, no backtracking): `<tr>` opens a row, `<td>`/`<th>` a cell,
 * `<p>`, `<br>`, `<div>`, `<li>` end a paragraph (a line of the original), a line end inside a
 * paragraph goes on as its next line; `<strong>`/`<b>` and `<em>`/`<i>` give bold and italic;
 * entities are decoded. Each part keeps the line number of its first letter. In markdown the
 * tag-only lines (`<table>`, `<colgroup>`, `<tbody>`, `<tr>`, `</table>`) read as blank (see
 * markdown-marks.ts): the table is found from its first cell's line, and no line is left over.
 */
import type { Line } from "../line.js";
import type { Cell, CellPart, Table } from "./table.js";

/** Where scanning for `</table>` already failed: no closed table starts at or after it. */
export interface HtmlScan {
  unclosedFrom: number;
}

const TABLE_START = /^\s*<table\b/i;
/** A table taller than this is not read as one (and its lines stay as they are). */
const MAX_LINES = 5000;

export function htmlTableAt(lines: readonly Line[], from: number, scan: HtmlScan): Table | null {
  const start = tableStart(lines, from);
  if (start < 0 || start >= scan.unclosedFrom) return null;
  const reader = new CellReader();
  let depth = 0;
  for (let i = start; i < lines.length && i < start + MAX_LINES; i++) {
    const raw = lines[i].raw;
    const n = lines[i].n;
    let at = 0;
    while (at < raw.length) {
      const open = raw.indexOf("<", at);
      if (open < 0) break;
      const close = raw.indexOf(">", open);
      if (close < 0) break; // a "<" that opens no tag: text
      reader.text(raw.slice(at, open), n);
      at = close + 1;
      const tag = /^<(\/?)([a-zA-Z][a-zA-Z0-9]*)/.exec(raw.slice(open, Math.min(close, open + 12)));
      if (!tag) {
        reader.text(raw.slice(open, at), n);
        continue;
      }
      const name = tag[2].toLowerCase();
      const closing = tag[1] === "/";
      if (name === "table") depth += closing ? -1 : 1;
      // the table's lines from the first one with text (the blank scaffolding above it is passed over)
      if (depth === 0) return { from, to: i + 1, rows: reader.finish() };
      reader.tag(name, closing);
    }
    reader.text(raw.slice(at), n);
    reader.lineEnd();
  }
  scan.unclosedFrom = start;
  return null;
}

/** Scaffolding lines above a table's first cell, markup that reads as blank: not looked past further than this. */
const MAX_SCAFFOLDING = 40;

/**
 * The index of the "<table>" line of the table whose text starts at lines[from]: that line itself,
 * or the one above the tag-only lines ("<colgroup>", "<tbody>", "<tr>"), which the markdown reader
 * left blank; -1 when there is none.
 */
function tableStart(lines: readonly Line[], from: number): number {
  if (TABLE_START.test(lines[from].raw)) return from;
  if (!ROW_START.test(lines[from].raw)) return -1;
  for (let i = from - 1; i >= 0 && i >= from - MAX_SCAFFOLDING; i--) {
    const line = lines[i];
    if (line.text !== "" || line.raw.trim() === "") return -1;
    if (TABLE_START.test(line.raw)) return i;
  }
  return -1;
}
const ROW_START = /^\s*<(?:tr|td|th)\b/i;

class CellReader {
  private rows: Cell[][] = [];
  private cell: Cell | undefined;
  private paragraph: { n: number; text: string; letters: number; bold: number; italic: number } | undefined;
  private bold = 0;
  private italic = 0;

  tag(name: string, closing: boolean): void {
    if (name === "tr" && !closing) this.rows.push([]);
    else if (name === "td" || name === "th") {
      this.flush();
      if (closing) this.cell = undefined;
      else {
        if (!this.rows.length) this.rows.push([]);
        this.rows[this.rows.length - 1].push((this.cell = []));
      }
    } else if (name === "p" || name === "br" || name === "div" || name === "li") this.flush();
    else if (name === "strong" || name === "b") this.bold += closing ? -1 : 1;
    else if (name === "em" || name === "i") this.italic += closing ? -1 : 1;
  }

  text(raw: string, n: number): void {
    if (!this.cell || raw === "") return;
    const text = decodeEntities(raw);
    if (!this.paragraph) {
      if (!text.trim()) return;
      this.paragraph = { n, text: "", letters: 0, bold: 0, italic: 0 };
    }
    const p = this.paragraph;
    p.text += text;
    const letters = text.replace(/[^0-9A-Za-zÀ-ỹĐđ]/g, "").length;
    p.letters += letters;
    if (this.bold > 0) p.bold += letters;
    if (this.italic > 0) p.italic += letters;
  }

  /**
   * A line end inside a paragraph (pandoc wraps long paragraphs at 72 columns) goes on as the
   * paragraph's next line, as a wrapped line of plain text does: each source line with text is one
   * part of its cell, so none is left over as a table border.
   */
  lineEnd(): void {
    this.flush();
  }

  finish(): Cell[][] {
    this.flush();
    return this.rows;
  }

  private flush(): void {
    const p = this.paragraph;
    if (!p || !this.cell) return;
    const part: CellPart = { n: p.n, text: p.text, bold: p.letters > 0 && p.bold === p.letters, italic: p.letters > 0 && p.italic === p.letters };
    this.cell.push(part);
    this.paragraph = undefined;
  }
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** &amp; &lt; &#39; &#x1EA1; → their characters; unknown entities stay as written. */
function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,8});/g, (all, e: string) => {
    if (e[0] !== "#") return NAMED[e] ?? all;
    const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}
