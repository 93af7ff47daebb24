/**
 * The path of a clause in the document-level task view (fixtures/seeds/TASKS.md):
 * its printed number, or for a bullet its marker and its rank among siblings with that marker.
 *
 *   "2." → "2";  "b)" under 2 → "2.b";  second "-" under 3 → "3.-2";  "+" under that → "3.-2.+1";
 *   "3.1" under "III." → "III.3.1"
 */
import type { Clause } from "../types.js";
import { stripDiacritics } from "../inline/fold.js";

/** The path segment of each clause of one sibling list, in order. */
export function segments(siblings: readonly Clause[]): string[] {
  const seen = new Map<string, number>();
  return siblings.map((clause) => {
    if (clause.number !== null) return ordinalNumeral(clause.number) ?? clause.number;
    const marker = clause.marker.trim();
    const rank = (seen.get(marker) ?? 0) + 1;
    seen.set(marker, rank);
    return `${marker}${rank}`;
  });
}

/**
 * "2" + "b" → "2.b"; a dotted number already says its parents: "16" + "16.2" → "16.2",
 * "4.4" + "4.4.1" → "4.4.1", "II.4" + "4.1" → "II.4.1", "16.2.a" + "a.1" → "16.2.a.1".
 */
export function joinPath(parent: string | null, segment: string): string {
  if (parent === null) return segment;
  const parts = parent.split(".");
  for (let k = 0; k < parts.length; k++) {
    if (segment.startsWith(`${parts.slice(k).join(".")}.`)) return [...parts.slice(0, k), segment].join(".");
  }
  return `${parent}.${segment}`;
}

/** The ordinal words of a division, without tones ("nhứt": the southern spelling; "bốn" beside "tư"). */
const ORDINALS: Readonly<Record<string, string>> = {
  nhat: "I", nhut: "I", hai: "II", ba: "III", tu: "IV", bon: "IV", nam: "V", sau: "VI", bay: "VII", tam: "VIII", chin: "IX", muoi: "X",
};

/**
 * "thứ hai", "THỨ HAI" (a Phần of a Party report, HD 36: "Phần thứ nhất / Phần thứ hai") → "II": the
 * numeral NĐ 30 gives the divisions (Phụ lục I: the number of a Phần or Chương is a Roman numeral),
 * so that the same part keys the same way whether it prints "Phần thứ hai", "PHẦN THỨ HAI" or
 * "PHẦN II", with no space in the path. Null for any other number (kept as printed).
 */
export function ordinalNumeral(number: string): string | null {
  const m = /^th[ứu]\s+(\S+)$/i.exec(number); // no u: its case closure of `\S` is costly
  if (!m) return null;
  const word = stripDiacritics(m[1]).toLowerCase();
  return ORDINALS[word] ?? (/^[ivxl]+$/.test(word) ? word.toUpperCase() : null);
}
