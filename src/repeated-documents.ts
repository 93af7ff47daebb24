/**
 * A document printed twice in one file: pasted twice into one Word file, exported twice into one
 * text, a scan run through OCR twice. Both copies are kept (nothing is dropped from the output),
 * and the later one is flagged so that an archive does not count its tasks twice.
 */
import { diagnostic } from "./diagnostics.js";
import type { Diagnostic, Document } from "./types.js";

/** The later copies of documents read twice in one file: the same content, only its lines differ. */
export function repeatedDocuments(documents: readonly Document[]): Diagnostic[] {
  if (documents.length < 2) return [];
  // compared in full only where a cheap key (the number of lines, the số hiệu, the subject) repeats
  const keys = documents.map((d) => `${d.lines[1] - d.lines[0]}|${d.number?.text ?? ""}|${d.subject ?? ""}`);
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  const first = new Map<string, Document>();
  const out: Diagnostic[] = [];
  documents.forEach((document, i) => {
    if (counts.get(keys[i])! < 2) return;
    const content = JSON.stringify(document, (key, value: unknown) => (key === "lines" ? undefined : value));
    const earlier = first.get(content);
    if (!earlier) first.set(content, document);
    else {
      const [from, to] = earlier.lines;
      out.push(diagnostic("duplicate-document", `the document of lines ${from}–${to} is printed again here`, document.lines));
    }
  });
  return out;
}

/**
 * Documents whose line ranges overlap: each document of a file is a run of its lines, so a
 * document that starts before the previous one ends means the split went wrong (a footer region
 * that ran on into the next document's header, its cells emitted column by column). Flagged on the
 * later document. Neighbours that share one line are not an overlap: a web copy prints a whole
 * document on one line, and the next starts on the line the previous one ends on.
 */
export function overlappingDocuments(documents: readonly Document[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (let i = 1; i < documents.length; i++) {
    const [from, to] = documents[i - 1].lines;
    if (documents[i].lines[0] < to) {
      out.push(diagnostic("overlapping-documents", `this document starts inside the document of lines ${from}–${to}: the split into documents is unsure`, documents[i].lines));
    }
  }
  return out;
}
