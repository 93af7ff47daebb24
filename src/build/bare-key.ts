import { foldKey, stripDiacritics } from "../inline/fold.js";
import { remember } from "../remember.js";

/** "Ủy ban Nhân  dân" → "uy ban nhan dan": the most tolerant comparison key (case, tone, diacritics). */
export function bareKey(s: string): string {
  // header lines come back in every document ("CỘNG HÒA XÃ HỘI …", "ỦY BAN NHÂN DÂN"): each
  // short one keyed once (the normalizations cost more than the lookup)
  return s.length > 120 ? keyOf(s) : rememberedKey(s);
}
const keyOf = (s: string) => stripDiacritics(foldKey(s));
const rememberedKey = remember(keyOf, 4096);
