/**
 * The human-readable outline printed when neither --json nor --ndjson is asked for:
 *
 *   fixtures/seeds/002.txt  markdown · utf-8 · 9.5 kB · 1 document
 *     CÔNG VĂN 508-CV/QU · 2021-07-28 · Q. Hai Bà Trưng · party
 *     issuer      ĐẢNG BỘ THÀNH PHỐ HÀ NỘI › QUẬN ỦY HAI BÀ TRƯNG
 *     subject     V/v thực hiện Thông báo số 428-TB/TU…
 *     clauses     1. Giao Ủy ban nhân dân Quận chỉ đạo các phòng, ban…
 *                    a) …
 *     signed      T/M BAN THƯỜNG VỤ › PHÓ BÍ THƯ · Nguyễn Văn A
 *     line 3      warning  missing-number  the document has no số hiệu line
 */
import type { ChalkInstance } from "chalk";
import type { Clause, Diagnostic, Document, ParseResult, Signature } from "../types.js";

const LABEL_WIDTH = 12;
const INDENT = "  ";
/** "first words" of a clause or a subject: enough to recognise it on one terminal line */
const PREVIEW = 64;

export function formatOutline(result: ParseResult, c: ChalkInstance): string {
  const lines = [sourceLine(result, c)];
  if (result.documents.length === 0) lines.push(`${INDENT}${c.dim("(no document found)")}`);
  result.documents.forEach((doc, i) => {
    if (result.documents.length > 1) lines.push(`${INDENT}${c.dim(`document ${i + 1} of ${result.documents.length}`)}`);
    lines.push(...documentLines(doc, c).map((l) => INDENT + l));
  });
  lines.push(...result.diagnostics.map((d) => INDENT + diagnosticLine(d, c)));
  return `${lines.join("\n")}\n`;
}

function sourceLine(result: ParseResult, c: ChalkInstance): string {
  const { source, documents } = result;
  const facts = [source.markup, source.encoding, formatBytes(source.bytes), plural(documents.length, "document")];
  return `${c.bold(source.path ?? "<stdin>")}  ${c.dim(facts.join(" · "))}`;
}

function documentLines(doc: Document, c: ChalkInstance): string[] {
  const out = [titleLine(doc, c)];
  const field = (label: string, value: string | null | undefined) => {
    if (value) out.push(`${c.cyan(label.padEnd(LABEL_WIDTH))}${value}`);
  };
  field("issuer", [doc.issuer?.parent, doc.issuer?.name].filter(Boolean).join(" › "));
  field("priority", [doc.priority?.urgency, doc.priority?.secrecy].filter(Boolean).join(" · "));
  field("subject", doc.subject && preview(doc.subject));
  field("to", listPreview(doc.addressees.map((a) => a.text)));
  const clauseLines = doc.clauses.flatMap((cl) => clauseTree(cl, 0, c));
  clauseLines.forEach((line, i) => field(i === 0 ? `clauses` : "", line));
  field("recipients", listPreview(doc.recipients.map((r) => (r.purpose ? `${r.text} (${r.purpose})` : r.text))));
  doc.signatures.forEach((s) => field("signed", signatureText(s)));
  field("appendices", listPreview(doc.appendices.map((a) => a.title)));
  field("unplaced", doc.unclassified.length ? c.yellow(plural(doc.unclassified.length, "line")) : null);
  return out;
}

/** "CÔNG VĂN 508-CV/QU · 2021-07-28 · Q. Hai Bà Trưng · party" */
function titleLine(doc: Document, c: ChalkInstance): string {
  const head = [doc.type?.name ?? "(no type)", doc.number?.value].filter(Boolean).join(" ");
  const rest = [doc.date?.iso, doc.place, doc.system].filter(Boolean) as string[];
  const span = c.dim(`lines ${doc.lines[0]}–${doc.lines[1]}`);
  return [c.bold.green(head), ...rest].join(" · ") + "  " + span;
}

function clauseTree(clause: Clause, depth: number, c: ChalkInstance): string[] {
  const words = preview([clause.heading, clause.text].filter(Boolean).join(" "), PREVIEW - depth * 3);
  const own = `${"   ".repeat(depth)}${c.bold(clause.marker)} ${words}`;
  return [own, ...clause.items.flatMap((item) => clauseTree(item, depth + 1, c))];
}

/** "TL. CHỦ TỊCH › KT. CHÁNH VĂN PHÒNG › PHÓ CHÁNH VĂN PHÒNG · Phạm Thị Thu Huyền" */
function signatureText(s: Signature): string {
  const chain = [...s.authority.map((a) => a.text), s.position].filter(Boolean).join(" › ");
  return [chain, s.name].filter(Boolean).join(" · ") || "(unsigned)";
}

function diagnosticLine(d: Diagnostic, c: ChalkInstance): string {
  const where = d.lines ? (d.lines[0] === d.lines[1] ? `line ${d.lines[0]}` : `lines ${d.lines[0]}–${d.lines[1]}`) : "";
  const colour = d.severity === "error" ? c.red : d.severity === "warning" ? c.yellow : c.dim;
  return `${c.dim(where.padEnd(LABEL_WIDTH))}${colour(d.severity.padEnd(8))} ${d.code}  ${d.message}`;
}

function listPreview(items: string[]): string | null {
  if (items.length === 0) return null;
  const shown = preview(items.join("; "));
  return items.length > 1 ? `${shown} (${items.length})` : shown;
}

export function preview(text: string, max = PREVIEW): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

function formatBytes(n: number): string {
  if (n < 1000) return `${n} B`;
  if (n < 1_000_000) return `${(n / 1000).toFixed(1)} kB`;
  return `${(n / 1_000_000).toFixed(1)} MB`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
