/**
 * The path of a clause in the document-level task view (fixtures/seeds/TASKS.md):
 * its printed number, or for a bullet its marker and its rank among siblings with that marker.
 *
 *   "2." → "2";  "b)" under 2 → "2.b";  second "-" under 3 → "3.-2";  "+" under that → "3.-2.+1";
 *   "3.1" under "III." → "III.3.1"
 */
import type { Clause } from "../types.js";

/** The path segment of each clause of one sibling list, in order. */
export function segments(siblings: readonly Clause[]): string[] {
  const seen = new Map<string, number>();
  return siblings.map((clause) => {
    if (clause.number !== null) return clause.number;
    const marker = clause.marker.trim();
    const rank = (seen.get(marker) ?? 0) + 1;
    seen.set(marker, rank);
    return `${marker}${rank}`;
  });
}

export function joinPath(parent: string | null, segment: string): string {
  return parent === null ? segment : `${parent}.${segment}`;
}
