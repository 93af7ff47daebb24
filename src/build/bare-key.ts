import { foldKey, stripDiacritics } from "../inline/fold.js";

/** "Ủy ban Nhân  dân" → "uy ban nhan dan": the most tolerant comparison key (case, tone, diacritics). */
export function bareKey(s: string): string {
  return stripDiacritics(foldKey(s));
}
