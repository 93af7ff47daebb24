/**
 * Diagnostics of the task pass. A calendar deadline before the document's own date of issue is
 * almost always a misreading (a year filled in wrongly, "năm sau", an OCR digit) or a typo in
 * the document: the value is kept as read, and a `deadline-before-issue` warning names its line.
 * A relative limit, a document without a date and a deadline on the day of issue give none.
 */
import { diagnostic } from "../diagnostics.js";
import type { Diagnostic, Document } from "../types.js";

export function taskDiagnostics(document: Pick<Document, "date" | "tasks">): Diagnostic[] {
  const issued = document.date?.iso.slice(0, 10);
  if (!issued) return [];
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const { deadline } of document.tasks) {
    if (deadline?.kind !== "date" || !deadline.iso) continue;
    const day = deadline.iso.slice(0, 10);
    if (day >= issued) continue;
    const key = `${deadline.lines[0]}|${day}|${deadline.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(diagnostic("deadline-before-issue", `the deadline "${deadline.text}" (${day}) is before the document's date (${issued})`, deadline.lines));
  }
  return out;
}
