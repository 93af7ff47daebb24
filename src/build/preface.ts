/**
 * Lines before the first document — a site banner, a news lead, a Công báo running header —
 * are not a document of their own: with no header, no clause and no footer they are handed to
 * the next document as debris (SPEC §3: they belong to the nearest document's unclassified).
 */
import type { DocumentParts } from "../structure.js";

export function foldPreface(documents: DocumentParts[]): DocumentParts[] {
  const [first, next, ...rest] = documents;
  if (!first || !next || !isPreface(first)) return documents;
  const lines = [...first.header, ...first.body].flatMap((p) => p.tokens);
  return [{ ...next, debris: [...lines, ...first.debris, ...next.debris] }, ...rest];
}

function isPreface(doc: DocumentParts): boolean {
  const opensClause = doc.body.some((p) => p.tokens.some((t) => t.tokenType.CATEGORIES?.some((c) => c.name === "ClauseStart")));
  const header = doc.header.filter((p) => p.rule !== "manh"); // "---" of YAML front matter is debris
  return !header.length && !doc.recipients && !doc.signer && !doc.appendices.length && !opensClause;
}
