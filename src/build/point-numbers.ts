/**
 * A point numbered by a number alone on its line, its content on the next ("3" / "- Uỷ ban nhân
 * dân các huyện, thành phố:" / "- Quản lý …"): the lexer reads such a line as a page number (a
 * Digits line, page debris). Where it stands tells them apart — a page number sits at a page break
 * (beside a running header or a form feed), continues the page numbers before it, and often cuts
 * a sentence; a point number continues the numbering of the clause it stands in (the next number
 * after the last point, or 1 as its first), comes after a finished sentence or a lead-in ending in
 * ":", and is followed by its content (a line that opens with a capital or a dash, not another
 * number).
 *
 * The line after the number is the point's own text, as if printed on the number's line ("3 - Uỷ
 * ban nhân dân …:", the form "2 - Sở Lao động … có trách nhiệm." takes on one line): its dash
 * is not an item of its own.
 */
import * as T from "../../grammar/line-tokens.js";
import type { Line } from "../lines/index.js";
import type { BodyLine } from "./clauses.js";
import type { Part } from "../structure.js";
import { readMarker } from "./clause-marker.js";

/** The number lines among a body's parts (in order) that are point numbers. */
export function pointNumbers(body: readonly Part[]): Set<Part> {
  const points = new Set<Part>();
  // the clause markers are read up to the last number alone on a line only (most bodies have none)
  let end = body.length;
  while (end > 0 && !numberAlone(body[end - 1])) end--;
  let last = 0; // the last point number in the open clause (0: none yet)
  let page = -1; // the last page number
  let pageAt = -1; // where it stands
  for (let k = 0; k < end; k++) {
    const part = body[k];
    const text = part.tokens[0].payload.text;
    if (part.rule === "text") {
      const marker = part.tokens[0].tokenType.CATEGORIES?.some((c) => c.name === "ClauseStart") ? readMarker(text) : null;
      if (marker && marker.rank < 3) last = 0; // a new article or section: its points start again
      else if (marker?.style === "n1." && marker.number) last = Number(marker.number);
      continue;
    }
    if (!numberAlone(part)) continue;
    const n = Number(text);
    if (isPoint(body, k, n, last, pageAt === k - 1 ? -1 : page, pageAt === k - 1)) {
      points.add(part);
      last = n;
    } else [page, pageAt] = [n, k];
  }
  return points;
}

/** A number of one or two digits alone on its line, which the lexer read as page debris. */
function numberAlone(part: Part): boolean {
  return part.rule === "manh" && part.tokens.length === 1 && part.tokens[0].tokenType === T.Digits && /^\d{1,2}$/.test(part.tokens[0].payload.text);
}

/**
 * `afterPage`: the part before is the page number of this page break. A page number is followed by
 * the next page's content, never by another page number, so the number is judged by the text
 * before the break (the page debris between left out), and continuing the page numbers is no veto.
 */
function isPoint(body: readonly Part[], k: number, n: number, last: number, page: number, afterPage: boolean): boolean {
  if (n !== last + 1 || n === page + 1) return false;
  let b = k - 1;
  if (afterPage) while (b > 0 && body[b].rule === "manh") b--;
  const before = body[b];
  const after = body[k + 1];
  if (before?.rule !== "text" || after?.rule !== "text") return false; // beside a running header, a form feed, a stamp: a page's
  const previous = before.tokens[0].payload.text;
  const next = after.tokens[0].payload;
  // the point's content follows: a capital or a dash, not another number nor a sentence cut by a page
  if (!/^(?:[-–+•]\s*)?\p{Lu}/u.test(next.text) || /^\d/.test(next.text)) return false;
  return /[.:;!?)]$/u.test(previous);
}

/** The line under a point number: the point's text, its dash left out. */
export function pointText(line: Line): BodyLine {
  return { line: { ...line, text: line.text.replace(/^[-–+•]\s*/u, "") }, opensClause: false };
}
