/**
 * remark as an annotation layer (GUIDE §3): it tells which characters of the source are markdown
 * marks and which are bold or emphasised. The raw line stays the truth; nothing is re-rendered,
 * so CommonMark's reshaping ("2." not a list, "---" making a heading) cannot change the text.
 */
import { createRequire } from "node:module";
import type { Nodes, Parent, Root } from "mdast";
import type { Processor } from "unified";
import { lazy } from "../lazy.js";

/** One flag byte per source character. */
export const DELETE = 1; // a mark to remove: ** ~~ # \ >
export const BOLD = 2;
export const ITALIC = 4;
export const GLUE = 8; // a removed mark between two letters: "BÁO**Kết" reads "BÁO Kết"

export interface MarkdownMarks {
  flags: Uint8Array;
  /** heading depth per 1-based line number (0 = none) */
  headingOfLine: Map<number, number>;
}

/**
 * remark is loaded on the first markdown input, not at start-up: plain text never pays for it
 * (GUIDE §3). The build bundles it as one CommonJS file (MARKDOWN_READER, relative to the bundle),
 * which loads in a fraction of the time of the packages' many ES modules; from source the packages
 * themselves are required (`require` of ES modules is synchronous on Node ≥ 20.19), so parse()
 * stays synchronous either way.
 */
declare const MARKDOWN_READER: string | undefined;
type MarkdownReader = typeof import("./markdown-reader.js");

const markdownParser = lazy((): Processor<Root> => {
  const { unified, remarkParse, remarkGfm } = loadReader();
  return unified().use(remarkParse).use(remarkGfm) as unknown as Processor<Root>;
});

function loadReader(): MarkdownReader {
  const require = createRequire(import.meta.url);
  if (typeof MARKDOWN_READER === "string") return require(MARKDOWN_READER) as MarkdownReader;
  return {
    unified: (require("unified") as typeof import("unified")).unified,
    remarkParse: (require("remark-parse") as typeof import("remark-parse")).default,
    remarkGfm: (require("remark-gfm") as typeof import("remark-gfm")).default,
  };
}

/** remark is slower than linear on large inputs: it is given chunks of about this size. */
const CHUNK = 64 * 1024;

export function markdownMarks(text: string): MarkdownMarks {
  const flags = new Uint8Array(text.length);
  const headingOfLine = new Map<number, number>();
  let line = 0;
  for (const [start, end] of chunks(text)) {
    const chunk = text.slice(start, end);
    const tree = markdownParser().parse(chunk);
    // the chunk's offsets land in its own part of `flags`; its line numbers are shifted
    visit(tree, chunk, flags.subarray(start, end), headingOfLine, line);
    line += countLines(chunk);
  }
  return { flags, headingOfLine };
}

/**
 * Cut at blank lines (never inside a paragraph or a table), each chunk about CHUNK long. Where a
 * paragraph runs on for several chunks without one (a whole document on one line), cut at a line
 * end, else after a full stop: a mark spanning that cut is left as printed, which beats reading the
 * line in quadratic time.
 */
function chunks(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  while (text.length - start > CHUNK) {
    const end = cutAfter(text, start);
    if (end < 0) break;
    out.push([start, end]);
    start = end;
  }
  out.push([start, text.length]);
  return out;
}

/**
 * Cuts, best first, with the chunk length each aims at: a paragraph inside one chunk is cheap for
 * remark, but one long paragraph (emphasis is resolved across it) must be cut short.
 */
const CUTS: ReadonlyArray<readonly [RegExp, number]> = [
  [/\n[ \t]*\r?\n/g, CHUNK], // a blank line
  [/\r?\n|\r/g, CHUNK / 8], // a line end
  [/[.;!?] +(?=\S)/g, CHUNK / 8], // a full stop inside a line
];

/** The end of the chunk that starts at `start`: the first cut of the best kind within reach. */
function cutAfter(text: string, start: number): number {
  for (const [cut, length] of CUTS) {
    cut.lastIndex = start + length;
    const m = cut.exec(text);
    if (m && m.index < start + 4 * CHUNK) return m.index + m[0].length;
  }
  return -1;
}

function countLines(s: string): number {
  let n = 0;
  for (const m of s.matchAll(/\r\n?|\n/g)) if (m) n++;
  return n;
}

function visit(node: Nodes, text: string, flags: Uint8Array, headings: Map<number, number>, lineBase: number): void {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? 0;
  switch (node.type) {
    case "strong":
    case "emphasis":
    case "delete":
      markDelimiters(node, text, flags);
      fill(flags, start, end, node.type === "strong" ? BOLD : node.type === "emphasis" ? ITALIC : 0);
      break;
    case "heading":
      markHeadingPrefix(node, start, flags);
      for (let l = node.position!.start.line; l <= node.position!.end.line; l++) headings.set(lineBase + l, node.depth);
      break;
    case "text":
      markEscapes(text, start, end, flags);
      break;
    case "inlineCode":
      markBackticks(text, start, end, flags);
      break;
    case "blockquote":
      markQuotePrefixes(text, start, end, flags);
      break;
    case "break":
      if (text[start] === "\\") flags[start] |= DELETE;
      break;
    case "html":
      markTagLines(text, start, end, flags);
      break;
    case "table":
      markEmptyRows(text, start, end, flags);
      break;
  }
  if ("children" in node) for (const child of node.children) visit(child as Nodes, text, flags, headings, lineBase);
}

/** `**Kết luận**` → delete the two `**`; glue with a space when letters touch on both sides. */
function markDelimiters(node: Parent & Nodes, text: string, flags: Uint8Array): void {
  const start = node.position!.start.offset!;
  const end = node.position!.end.offset!;
  const first = node.children[0]?.position?.start.offset ?? end;
  const last = node.children[node.children.length - 1]?.position?.end.offset ?? end;
  markRemoved(text, flags, start, first);
  markRemoved(text, flags, last, end);
}

function markRemoved(text: string, flags: Uint8Array, from: number, to: number): void {
  if (to <= from) return;
  fill(flags, from, to, DELETE);
  if (isWordChar(text[from - 1]) && isWordChar(text[to])) flags[from] |= GLUE;
}

/** `## I. MỤC ĐÍCH` → delete `## `. */
function markHeadingPrefix(node: Parent & Nodes, start: number, flags: Uint8Array): void {
  const first = node.children[0]?.position?.start.offset;
  if (first !== undefined && first > start) fill(flags, start, first, DELETE);
}

/** `1\. Giao` → delete the backslash of each escape inside a text node. */
function markEscapes(text: string, start: number, end: number, flags: Uint8Array): void {
  for (let i = text.indexOf("\\", start); i !== -1 && i < end - 1; i = text.indexOf("\\", i + 2)) {
    if (/[!-/:-@[-`{-~]/.test(text[i + 1])) flags[i] |= DELETE;
  }
}

function markBackticks(text: string, start: number, end: number, flags: Uint8Array): void {
  for (let i = start; i < end && text[i] === "`"; i++) flags[i] |= DELETE;
  for (let i = end - 1; i >= start && text[i] === "`"; i--) flags[i] |= DELETE;
}

/** `> Kính gửi:` → delete `> ` at the start of each quoted line. */
function markQuotePrefixes(text: string, start: number, end: number, flags: Uint8Array): void {
  const prefix = /(?<![^\n])[ \t]*(?:> ?)+/g;
  prefix.lastIndex = start;
  for (let m = prefix.exec(text); m && m.index < end; m = prefix.exec(text)) {
    fill(flags, m.index, m.index + m[0].length, DELETE);
    if (m[0].length === 0) prefix.lastIndex++;
  }
}

/**
 * A line of an HTML block made of tags alone — pandoc's table scaffolding "<table>", "<colgroup>",
 * "<col style=… />", "<tbody>", "<tr class="odd">", "</tr>", "</table>" — holds no text: it reads
 * as a blank line, like a markdown table's border. The tags around a cell's text stay (the
 * layout reader reads the cells from the raw line).
 */
function markTagLines(text: string, start: number, end: number, flags: Uint8Array): void {
  for (let from = start; from < end; ) {
    let to = text.indexOf("\n", from);
    if (to < 0 || to > end) to = end;
    // a whole line (an inline tag, "Kính gửi: <b>Sở Y tế</b>", is no line of its own)
    const wholeLine = (from === 0 || text[from - 1] === "\n" || text[from - 1] === "\r") && (to === text.length || text[to] === "\n" || text[to] === "\r");
    if (wholeLine && TAGS_ONLY.test(text.slice(from, to))) fill(flags, from, to, DELETE);
    from = to + 1;
  }
}
const TAGS_ONLY = /^\s*(?:<\/?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?\/?>\s*)+$/;

/**
 * The rows of a pipe table that hold no text: pandoc writes a Word table without a header row
 * (every two-column header and footer) under an empty header row and its delimiter,
 * "|   |   |" / "|---|---|". Both are markup: they read blank. A delimiter under a header with
 * text stays (a data table's rows are read under it).
 */
function markEmptyRows(text: string, start: number, end: number, flags: Uint8Array): void {
  let emptyAbove = false;
  for (let from = start; from < end; ) {
    let to = text.indexOf("\n", from);
    if (to < 0 || to > end) to = end;
    const line = text.slice(from, to);
    const empty: boolean = EMPTY_ROW.test(line) || (emptyAbove && DELIMITER_ROW.test(line));
    if (empty) fill(flags, from, to, DELETE);
    emptyAbove = empty;
    from = to + 1;
  }
}
const EMPTY_ROW = /^\s*\|(?:\s*\|)+\s*$/;
const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$/;

function fill(flags: Uint8Array, from: number, to: number, flag: number): void {
  if (flag === 0) return;
  for (let i = from; i < to; i++) flags[i] |= flag;
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[0-9A-Za-zÀ-ỹĐđ]/.test(ch);
}
