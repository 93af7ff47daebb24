import type { Reference } from "../types.js";

/**
 * One reference per cited document and date, in order of first mention, without the document's
 * own number. A mention without a date is replaced by the first mention of the same number with
 * one, which takes the place of the undated mention ("Thông tư 38/2015/TT-BTC" early on, "Thông tư
 * số 38/2015/TT-BTC ngày 25/3/2015" later: one reference, dated, at the first place). Two different
 * dates for one number are both kept (the source disagrees with itself — show it).
 */
export function distinctReferences(found: readonly Reference[], own: string | null): Reference[] {
  const keyOf = (r: Reference): string => r.number ?? r.text;
  const firstDated = new Map<string, Reference>();
  for (const r of found) if (r.date && !firstDated.has(keyOf(r))) firstDated.set(keyOf(r), r);
  const seen = new Set<string>();
  const out: Reference[] = [];
  for (const mention of found) {
    const key = keyOf(mention);
    const r = mention.date ? mention : (firstDated.get(key) ?? mention);
    const id = `${key}@${r.date?.iso ?? ""}`;
    if (key === own || seen.has(id)) continue;
    seen.add(id);
    out.push(r);
  }
  return out;
}
