/**
 * The flat "key" form of a parse (fixtures/seeds/*.key.json, fixtures/corpus/*.key.json): the
 * values a reader wrote down by reading each document. `compareToKey` lists every field where
 * the parse disagrees with the reader.
 */
import type { Document, ParseResult } from "../../src/types.js";

export interface KeyDocument {
  type: string | null;
  system: string | null;
  issuer: string[];
  number: string | null;
  place: string | null;
  date: string | null;
  subject: string | null;
  addressees: string[];
  recipients: string[];
  archive: string | null;
  signer: { authority: string | null; organization: string | null; position: string | null; name: string | null } | null;
  clauses: Array<{ number: string; start: string }>;
  references: string[];
  typeCode?: string | null;
  signatures?: Array<{ authority: Array<{ mark: string; office: string | null }>; position: string | null; name: string | null }>;
}

export interface KeyFile {
  file: string;
  documents: KeyDocument[];
}

const MARKS: Record<string, string> = { "T/M": "TM", "TM.": "TM", "K/T": "KT", "KT.": "KT", "T/L": "TL", "TL.": "TL", "TUQ.": "TUQ", "Q.": "Q" };
const canonicalMark = (m: string | null): string | null => (m === null ? null : (MARKS[m.trim()] ?? m.replace(/[/.\s]/g, "")));

export function compareToKey(result: ParseResult, key: KeyFile): string[] {
  const problems: string[] = [];
  if (result.documents.length !== key.documents.length)
    problems.push(`documents: expected ${key.documents.length}, got ${result.documents.length}`);
  key.documents.forEach((expected, i) => {
    const doc = result.documents[i];
    if (doc) problems.push(...compareDocument(doc, expected).map((p) => `documents[${i}].${p}`));
  });
  return problems;
}

const DIVISION = /^(?:ph[ầa]n|ch[ưu][ơo]ng|m[ụu]c)\s/iu;

/** The clause list with the divisions (Phần › Chương › Mục) replaced by what they hold. */
function articlesOf(clauses: Document["clauses"]): Document["clauses"] {
  return clauses.flatMap((c) => (DIVISION.test(c.marker) ? articlesOf(c.items) : [c]));
}

function compareDocument(doc: Document, key: KeyDocument): string[] {
  const out: string[] = [];
  const same = (field: string, expected: unknown, actual: unknown): void => {
    if (JSON.stringify(expected) !== JSON.stringify(actual))
      out.push(`${field}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  };
  same("type", key.type, doc.type?.name ?? null);
  same("system", key.system, doc.system);
  same("issuer", key.issuer, doc.issuer ? [doc.issuer.parent, doc.issuer.name].filter((x) => x !== null) : []);
  same("number", key.number, doc.number?.value ?? null);
  same("place", key.place, doc.place);
  same("date", key.date, doc.date?.iso ?? null);
  same("subject", key.subject, doc.subject);
  same("addressees", key.addressees, doc.addressees.map((a) => a.text));
  same("recipients", key.recipients, doc.recipients.map((r) => r.text));
  same("archive", key.archive, doc.archive.length ? doc.archive.join(", ") : null);
  const sig = doc.signatures[0];
  const signer = sig
    ? { authority: sig.authority[0]?.mark ?? null, organization: sig.authority[0]?.office ?? null, position: sig.position, name: sig.name }
    : null;
  same("signer", key.signer ? { ...key.signer, authority: canonicalMark(key.signer.authority) } : null, signer);
  // "Điều structures list only the Điều numbers": the Phần/Chương/Mục above them are looked through.
  const clauses = articlesOf(doc.clauses);
  same("clauses", key.clauses.map((c) => c.number), clauses.map((c) => c.number ?? c.marker));
  key.clauses.forEach((c, j) => {
    const clause = clauses[j];
    const text = clause ? [clause.heading, clause.text].filter(Boolean).join(" ") : "";
    if (clause && !text.startsWith(c.start)) out.push(`clauses[${j}].start: expected "${c.start}…", got "${text.slice(0, 50)}…"`);
  });
  same("references", key.references, [...new Set(doc.references.map((r) => r.number).filter((n) => n !== null))]);
  if (key.typeCode !== undefined) same("typeCode", key.typeCode, doc.type?.code ?? null);
  if (key.signatures)
    same(
      "signatures",
      key.signatures,
      doc.signatures.map((s) => ({ authority: s.authority.map((a) => ({ mark: a.mark, office: a.office })), position: s.position, name: s.name })),
    );
  return out;
}
