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
  const first = new Map<string, Document>();
  const out: Diagnostic[] = [];
  for (const document of documents) {
    const content = JSON.stringify(document, (key, value: unknown) => (key === "lines" ? undefined : value));
    const earlier = first.get(content);
    if (!earlier) first.set(content, document);
    else {
      const [from, to] = earlier.lines;
      out.push(diagnostic("duplicate-document", `the document of lines ${from}–${to} is printed again here`, document.lines));
    }
  }
  return out;
}
