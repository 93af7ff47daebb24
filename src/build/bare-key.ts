import { foldKey, stripDiacritics } from "../inline/fold.js";

/** "Ủy ban Nhân  dân" → "uy ban nhan dan": the most tolerant comparison key (case, tone, diacritics). */
export function bareKey(s: string): string {
  // header lines come back in every document ("CỘNG HÒA XÃ HỘI …", "ỦY BAN NHÂN DÂN"): each
  // short one keyed once (the normalizations cost more than the lookup)
  if (s.length > MEMO_LENGTH) return stripDiacritics(foldKey(s));
  let key = KEYS.get(s);
  if (key === undefined) {
    if (KEYS.size >= MEMO_SIZE) KEYS.clear();
    KEYS.set(s, (key = stripDiacritics(foldKey(s))));
  }
  return key;
}
const KEYS = new Map<string, string>();
const MEMO_LENGTH = 120;
/** Bounded: a long batch does not keep every line it saw. */
const MEMO_SIZE = 4096;
