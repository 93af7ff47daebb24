/**
 * DocumentParts → Document: each part read by its module, then the views across the whole
 * document (system, type code, dates, references) and the diagnostics of what is missing.
 */
import type { Line } from "../lines/index.js";
import type { LineToken } from "../lex.js";
import { documentTokens, type DocumentParts, type Part } from "../structure.js";
import type { DateValue, Diagnostic, Document, Entry, Reference, Signature } from "../types.js";
import { diagnostic } from "../diagnostics.js";
import { candidates, type Candidate } from "../inline/candidates.js";
import { datesFound, firstDate, locateDates } from "../inline/dates.js";
import { findReferences } from "../inline/references.js";
import { typeCodeFor } from "../inline/type-codes.js";
import { typeNameForCode } from "./type-name.js";
import { readAppendix, type AppendixRead } from "./appendix.js";
import { readBody, type Body, type BodyLine } from "./clauses.js";
import { NUMBER_CELL, tableRowClauses } from "./table-rows.js";
import { unfoldedTable } from "./unfolded-table.js";
import { DASH_RULE, centredTableAt, layoutTableAt, opensLayoutTable } from "./layout-table.js";
import * as T from "../../grammar/line-tokens.js";
import { pointNumbers, pointText } from "./point-numbers.js";
import { readHeader, type Header } from "./header.js";
import { readIssuer } from "./issuer.js";
import type { TextRun } from "../text-run.js";
import { runOf } from "./prose.js";
import { readRecipients, type Recipients } from "./recipients.js";
import { readSignature } from "./signature.js";
import { readStamp } from "./stamps.js";
import { distinctReferences } from "./distinct-references.js";
import { findTitleLine } from "./title-line.js";
import { classifySystem, type DocSystem } from "./system.js";
import { attachTasks, taskDiagnostics, type DocumentDraft } from "../tasks/index.js";

export interface Built {
  document: Document;
  diagnostics: Diagnostic[];
}

export function buildDocument(parts: DocumentParts): Built {
  const read = readParts(parts);
  const tokens = documentTokens(parts);
  const views = crossViews(tokens, read);
  const draft = assemble(parts, read, systemOf(read), views, tokens);
  const document = attachTasks(draft, read.body.preambleLines, read.body.closingLines, read.appendices.map((a) => a.prose));
  return { document, diagnostics: diagnosticsOf(document, read, views) };
}

/** Each part read by its module; stamps and debris found anywhere gathered on the way. */
interface Read {
  header: Header;
  body: Body;
  footer: Recipients | null;
  signatures: Signature[];
  stampParts: Part[];
  unclassified: Line[];
  appendices: AppendixRead[];
}

function readParts(parts: DocumentParts): Read {
  const header = readHeader(parts.header);
  const bodyLines: BodyLine[] = header.overflow.map((line) => ({ line, opensClause: false }));
  const stampParts: Part[] = [...header.stamps];
  const unclassified: Line[] = [...header.unclassified];
  // tables unfolded one cell per line first: their row numbers ("1", "2") are no page or point numbers
  const tables = unfoldedTables(parts.body);
  const points = pointNumbers(parts.body.filter((_, k) => !tables.within(k)));
  for (const [k, part] of parts.body.entries()) {
    const table = tables.at.get(k);
    if (table) bodyLines.push(...table);
    if (part.rule === "dau") stampParts.push(part);
    else if (tables.within(k)) {
      if (!tables.read.has(k)) unclassified.push(...linesOf(part.tokens)); // page debris inside the table
    } else if (points.has(part)) bodyLines.push({ line: part.tokens[0].payload, opensClause: true });
    // a number in a table's cell ("1"): the row's number, no page number
    else if (part.rule === "manh" && part.tokens.length === 1 && part.tokens[0].payload.cell) bodyLines.push({ line: part.tokens[0].payload, opensClause: false });
    else if (part.rule === "manh") unclassified.push(...linesOf(part.tokens));
    else if (points.has(parts.body[k - 1])) bodyLines.push(pointText(part.tokens[0].payload));
    else {
      const line = part.tokens[0].payload;
      // the closing right after a table opens a paragraph of its own (it is no cell of the last row)
      bodyLines.push({ line: tables.after.has(k) && closesBody(parts.body, k) ? { ...line, blankBefore: true } : line, opensClause: part.tokens[0].tokenType.CATEGORIES?.some((c) => c.name === "ClauseStart") ?? false });
    }
  }
  const title = header.typeName || header.number || header.issuerLines.length ? null : findTitleLine(bodyLines.map((b) => b.line));
  if (title) {
    header.typeName = title.typeName;
    header.subject ??= title.subject;
    unclassified.push(...title.banner);
    bodyLines.splice(0, title.banner.length + 1);
  }
  const footer = parts.recipients ? readRecipients(parts.recipients) : null;
  if (footer) stampParts.push(...footer.stamps);
  unclassified.push(...(footer?.unclassified ?? []), ...linesOf(parts.debris));
  const signers = [...(parts.signer ? [parts.signer] : []), ...parts.cosigners];
  for (const signer of signers) if (signer.stamps.length) stampParts.push({ rule: "dau", tokens: signer.stamps });
  stampParts.push(...parts.stamps);
  const signatures = signers.map(readSignature);
  const body = readBody(tableRowClauses(bodyLines));
  return { header, body, footer, signatures, stampParts, unclassified, appendices: parts.appendices.map(readAppendix) };
}

/**
 * The tables of a body unfolded one cell per line (pdftotext): from an "STT" header cell on, a
 * task table's rows as clause lines, a table of figures as a pipe table's rows (`unfoldedTable`,
 * inBody), each up to where the text after it begins. `at`: a table's lines, at its first part;
 * `within`: a part inside a table; `read`: the parts read into it (the rest is page debris).
 */
interface BodyTables {
  at: Map<number, BodyLine[]>;
  within: (k: number) => boolean;
  read: Set<number>;
  /** the part right after a table */
  after: Set<number>;
}

function unfoldedTables(body: readonly Part[]): BodyTables {
  const at = new Map<number, BodyLine[]>();
  const spans: Array<[number, number]> = [];
  const read = new Set<number>();
  const pageBreak = (k: number): boolean => body[k]?.rule === "manh" && body[k].tokens.some((t) => t.tokenType === T.PageBreak);
  // a number alone on its line, away from a page break: a row's number (a page's stands by its break)
  const loneDigits = (k: number): boolean => {
    const part = body[k];
    return part.rule === "manh" && part.tokens.length === 1 && part.tokens[0].tokenType === T.Digits && !part.tokens[0].payload.cell && !pageBreak(k - 1) && !pageBreak(k + 1);
  };
  // a table read from parts list[first..end) (its `skipped` ones, relative to `first`, page debris): its
  // rows at its first part, its span up to the part after it (returned), the parts read
  const take = (list: readonly number[], first: number, end: number, rows: BodyLine[], skipped?: readonly number[]): number => {
    const [begin, to] = [list[first], end < list.length ? list[end] : body.length];
    at.set(begin, rows);
    spans.push([begin, to]);
    for (let i = first; i < end; i++) if (!skipped?.includes(i - first)) read.add(list[i]);
    return to;
  };
  // the parts a table may hold, listed once for the whole body (not again from each line that may open a table):
  // a table laid out in columns, its text parts (the page debris between left out: a page break
  // inside the table repeats its header); a table unfolded one cell per line, its text and numbers
  // alone (a row's number, a figure), not the page debris around them (a running header, a form
  // feed, the page number beside one)
  let texts: number[] | null = null;
  let cells: number[] | null = null;
  let wide: number[] | null = null;
  let wideLines: Line[] | null = null;
  let centredBefore: { to: number; next: number } | null = null;
  for (let start = 0; start < body.length; start++) {
    const first = body[start].tokens[0].payload;
    if (body[start].rule !== "text" || first.cell) continue;
    const layout = opensLayoutTable(first);
    if (!layout && !NUMBER_CELL.test(first.text)) continue;
    if (layout) {
      // its lines: from there on, and a header line or two right above the number's label
      let lo = start;
      while (lo > 0 && start - lo < 2 && body[lo - 1].rule === "text" && !spans.some(([, to]) => to >= lo)) lo--;
      texts ??= body.flatMap((part, k) => (part.rule === "text" ? [k] : []));
      const from = texts.indexOf(lo);
      // a dash rule right over the header or under its first lines (pandoc's plain tables): the column edges
      const rule = [lo - 1, start + 1, start + 2].map((k) => body[k]).find((p) => p && p.rule !== "text" && DASH_RULE.test(p.tokens[0].payload.raw));
      const laid = layoutTableAt(texts.slice(from).map((k) => body[k].tokens[0].payload), start - lo, rule?.tokens[0].payload);
      if (laid) {
        start = take(texts, from + laid.start, from + laid.end, laid.rows) - 1;
        continue;
      }
      // cells centred in their rows: a row's number may stand alone on its line, between its cells' lines
      // (a page number beside a form feed left out, the form feed kept: the reader stops there)
      wide ??= body.flatMap((part, k) =>
        part.rule === "text" || pageBreak(k) || loneDigits(k) ? [k] : [],
      );
      const here = wide.indexOf(start);
      wideLines ??= wide.map((k) => body[k].tokens[0].payload);
      // under the header a page break repeats, the rows go on with the next number (only the page's
      // debris and the header's lines between)
      const goesOn: number | null = centredBefore && body.slice(centredBefore.to, start).filter((p) => p.rule === "text").length <= 2 ? centredBefore.next : null;
      const centred: ReturnType<typeof centredTableAt> = here < 0 ? null : (centredTableAt(wideLines, here) ?? (goesOn ? centredTableAt(wideLines, here, goesOn) : null));
      if (centred && !spans.some(([, to]) => to > wide![centred.start])) {
        const to = take(wide, centred.start, centred.end, centred.rows);
        centredBefore = { to, next: centred.next };
        start = to - 1;
        continue;
      }
      if (!NUMBER_CELL.test(first.text)) continue;
    }
    cells ??= body.flatMap((part, k) =>
      part.rule === "text" || loneDigits(k) ? [k] : [],
    );
    const index = cells.slice(cells.indexOf(start));
    const table = unfoldedTable(index.map((k) => body[k].tokens[0].payload), { inBody: true });
    if (!table) continue;
    start = take(index, 0, table.end, table.rows, table.skipped) - 1; // a page number between rows: page debris
  }
  return { at, within: (k) => spans.some(([from, to]) => k >= from && k < to), read, after: new Set(spans.map(([, to]) => to)) };
}

/**
 * The body's text from part `k` on is one paragraph, its last (the closing, "Đề nghị …./."): no
 * clause opens in it and only its last line ends a sentence. (A paragraph after a table that other
 * text follows is no cell of the last row either: clauses.ts puts it on the clause the table
 * hangs under, or after the clauses.)
 */
function closesBody(body: readonly Part[], k: number): boolean {
  const rest = body.slice(k).filter((p) => p.rule === "text").map((p) => p.tokens[0]);
  return rest.every((t, i) => !t.tokenType.CATEGORIES?.some((c) => c.name === "ClauseStart") && (i === rest.length - 1 || !/[.!?]$/u.test(t.payload.text)));
}

function systemOf({ header, body, footer, signatures }: Read): DocSystem | null {
  return classifySystem({
    motto: header.motto?.text ?? null,
    number: header.number,
    texts: [
      ...header.issuerLines.map((l) => l.text),
      ...signatures.flatMap((s) => s.authority.map((a) => a.office ?? "")),
      ...(footer?.archive ?? []),
      body.closing ?? "",
      header.subject ?? "",
      body.preamble ?? "",
    ],
  });
}

/** The views across the document's own text (not stamps, not debris): dates and references. */
interface Views {
  textLines: Line[];
  year: number | undefined;
  dates: DateValue[];
  invalid: Array<{ text: string; lines: [number, number] }>;
  references: Reference[];
}

function crossViews(tokens: readonly LineToken[], { header, stampParts, unclassified }: Read): Views {
  const excluded = [...stampParts.flatMap((p) => linesOf(p.tokens)), ...unclassified];
  const textLines = withoutLines(linesOf(tokens), excluded);
  const run = runOf(textLines);
  const inline = candidates(run.text);
  // A date printed without its year ("20/9") takes the year of issue, else the first year printed.
  const year = header.date ? Number(header.date.iso.slice(0, 4)) : firstYear(run, inline);
  const located = locateDates(run, { year }, inline);
  const { dates, invalid } = datesFound(located);
  // the references are read on the same run (and dates); the document's own number, which the
  // run holds too, is dropped by distinctReferences
  const cited = findReferences(run, { year }, { tokens: inline, dates: located });
  return { textLines, year, dates, invalid, references: distinctReferences(cited, header.number?.value ?? null) };
}

function assemble(parts: DocumentParts, read: Read, system: DocSystem | null, views: Views, tokens: readonly LineToken[]): DocumentDraft {
  const { header, body, footer, signatures } = read;
  const typeName = header.typeName ?? (isVv(header.subject) ? "CÔNG VĂN" : null) ?? typeNameForCode(header.number?.typeCode ?? null);
  return {
    system,
    motto: header.motto,
    issuer: readIssuer(header.issuerLines),
    number: header.number,
    place: header.place,
    date: header.date,
    type: typeName ? { name: typeName, code: typeCodeFor(typeName, system) } : null,
    priority: header.priority,
    subject: header.subject,
    addressees: header.addressees,
    preamble: body.preamble,
    clauses: body.clauses,
    closing: body.closing,
    recipients: footer?.recipients ?? [],
    archive: footer?.archive ?? [],
    signatures,
    references: views.references,
    dates: views.dates,
    appendices: read.appendices.map((a) => a.appendix),
    stamps: read.stampParts.map((p) => readStamp(p.tokens, views.year)).sort((a, b) => a.lines[0] - b.lines[0]),
    unclassified: unclassifiedEntries(read),
    lines: spanOfTokens(tokens),
  };
}

function unclassifiedEntries({ unclassified, footer }: Read): Entry[] {
  const lines = unclassified.map((l) => ({ text: l.text, lines: [l.n, l.n] as [number, number] }));
  return [...lines, ...(footer?.detachedNotes ?? [])].sort((a, b) => a.lines[0] - b.lines[0]);
}

function diagnosticsOf(document: Document, { header, body, footer, signatures, appendices }: Read, views: Views): Diagnostic[] {
  const detached = footer?.detachedNotes ?? [];
  const out: Diagnostic[] = [
    ...header.diagnostics,
    ...body.diagnostics,
    ...appendices.flatMap((a) => a.diagnostics),
    ...views.invalid.map((bad) => diagnostic("invalid-date", `no such date: "${bad.text}"`, bad.lines)),
    ...taskDiagnostics(document),
    ...missingParts(document),
    ...typeFromCode(document, header),
    ...detached.map((e) => diagnostic("detached-note", `"${e.text}" follows the Lưu entry and applies to no recipient`, e.lines)),
    ...unplacedRuns(document.unclassified.filter((e) => !detached.some((d) => d.lines[0] === e.lines[0] && d.text === e.text))),
  ];
  const lastLine = views.textLines[views.textLines.length - 1];
  if (!signatures.length && lastLine && ENDS_LOWER.test(lastLine.text))
    out.push(diagnostic("ends-mid-sentence", `the text stops mid-sentence: "…${lastLine.text.slice(-40)}"`, [lastLine.n, lastLine.n]));
  return out;
}

function firstYear(run: TextRun, tokens: readonly Candidate[]): number | undefined {
  const first = firstDate(run, {}, tokens);
  return first ? Number(first.iso.slice(0, 4)) : undefined;
}

/** One `unclassified-line` diagnostic per run of adjacent unplaced lines (table borders come in runs). */
function unplacedRuns(entries: readonly Entry[]): Diagnostic[] {
  const runs: Entry[][] = [];
  for (const entry of entries) {
    const run = runs[runs.length - 1];
    if (run && entry.lines[0] <= run[run.length - 1].lines[1] + 1) run.push(entry);
    else runs.push([entry]);
  }
  return runs.map((run) => {
    const lines: [number, number] = [run[0].lines[0], run[run.length - 1].lines[1]];
    const what = run.length === 1 ? `"${short(run[0].text)}"` : `${run.length} lines from "${short(run[0].text)}"`;
    return diagnostic("unclassified-line", `not placed: ${what}`, lines);
  });
}

/** "V/v …": a công văn's subject (NĐ 30: a công văn has no type line). */
/** A line ending in a lower-case letter (a constant: the build turns a `\p{…}` literal into a `new RegExp(…)` made at every call). */
const ENDS_LOWER = /\p{Ll}$/u;

const isVv = (subject: string | null): boolean => subject !== null && /^v\s*\/\s*v\b/i.test(subject);

/** A type read from the number's code ("08/CT-CTUBND" → CHỈ THỊ): the type line is missing all the same. */
function typeFromCode(doc: Document, header: Read["header"]): Diagnostic[] {
  if (!doc.type || header.typeName || isVv(header.subject)) return [];
  const at = doc.number?.lines ?? [doc.lines[0], doc.lines[0]];
  return [diagnostic("missing-type", `no type line: read as ${doc.type.name} from the number's code "${doc.number?.typeCode}"`, at)];
}

function missingParts(doc: Document): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at: [number, number] = [doc.lines[0], doc.lines[0]];
  if (!doc.number) out.push(diagnostic("missing-number", "no số hiệu line was found", at));
  if (!doc.date && !doc.place) out.push(diagnostic("missing-date", "no place-date line was found", at));
  if (!doc.issuer) out.push(diagnostic("missing-issuer", "no issuing body was found in the header", at));
  if (!doc.type) out.push(diagnostic("missing-type", "no type line was found", at));
  if (!doc.signatures.length) out.push(diagnostic("missing-signature", "no signer block was found", [doc.lines[1], doc.lines[1]]));
  if (!doc.recipients.length && !doc.archive.length) out.push(diagnostic("missing-recipients", "no Nơi nhận block was found", [doc.lines[1], doc.lines[1]]));
  if (!doc.clauses.length) out.push(diagnostic("no-clauses", "no numbered clause: the document assigns no listed tasks", at));
  return out;
}

/** The first and last source line: table cells read column by column are not in line order. */
function spanOfTokens(tokens: readonly LineToken[]): [number, number] {
  if (!tokens.length) return [1, 1];
  let first = Infinity;
  let last = 0;
  for (const t of tokens) {
    first = Math.min(first, t.payload.n);
    last = Math.max(last, t.payload.n);
  }
  return [first, last];
}

function linesOf(tokens: readonly LineToken[]): Line[] {
  return tokens.map((t) => t.payload);
}

function withoutLines(lines: Line[], excluded: Line[]): Line[] {
  const skip = new Set(excluded);
  return lines.filter((l) => !skip.has(l));
}

function short(text: string): string {
  return text.length > 60 ? text.slice(0, 57) + "…" : text;
}

