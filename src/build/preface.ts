/**
 * Lines before the first document — a site banner, a news lead, a Công báo running header, a
 * web page's list of related documents — are not a document of their own: with no header, no
 * clause and no footer they are handed to the next document as debris (SPEC §3: they belong to
 * the nearest document's unclassified).
 */
import { foldKey } from "../inline/fold.js";
import { TYPE_NAMES } from "../inline/type-codes.js";
import type { LineToken } from "../lex.js";
import type { DocumentParts } from "../structure.js";

export function foldPreface(documents: DocumentParts[]): DocumentParts[] {
  const [first, next, ...rest] = documents;
  if (!first || !next || !isPreface(first)) return documents;
  const lines = [...first.header, ...first.body].flatMap((p) => p.tokens);
  return [{ ...next, debris: [...lines, ...first.debris, ...next.debris] }, ...rest];
}

function isPreface(doc: DocumentParts): boolean {
  const header = doc.header.filter((p) => p.rule !== "manh"); // "---" of YAML front matter is debris
  if (header.length || doc.recipients || doc.signer || doc.appendices.length) return false;
  return !doc.body.some((p) => p.tokens.some((t) => opensClauseLine(t) && !isListedDocument(t.payload.text)));
}

function opensClauseLine(token: LineToken): boolean {
  return token.tokenType.CATEGORIES?.some((c) => c.name === "ClauseStart") ?? false;
}

const TYPE_WORDS = [...TYPE_NAMES.map(foldKey)].sort((a, b) => b.length - a.length).join("|").replaceAll(" ", "\\s+");
/**
 * An entry of a web page's list of documents: a bullet, maybe a counter glued on, then a type name
 * directly followed by a number — the page's link text, never the way a document's own clause
 * opens ("Thực hiện Chỉ thị số …").
 *   "- 1Chỉ thị 15/CT-TTg năm 2020 về quyết liệt …"   "• Quyết định 2194/QĐ-BCĐQG năm 2020 …"
 */
const LISTED_DOCUMENT = new RegExp(`^[-*•+]\\s*\\d{0,3}[.)]?\\s*(?:${TYPE_WORDS})\\s+(?:số\\s+)?\\d{1,7}[a-e]?\\s*[/-]\\s*\\S`);

export function isListedDocument(text: string): boolean {
  return LISTED_DOCUMENT.test(foldKey(text));
}
