/**
 * Keyword folding: how two spellings of one Vietnamese word are made to compare equal.
 * Values the parser outputs keep the source spelling; only comparisons go through a fold.
 *
 *   "Uỷ ban"  / "Ủy ban"   → "ủy ban"      (old and new tone placement)
 *   "HOÀ"     / "hòa"      → "hòa"
 *   "Ð" (U+00D0), "Ɖ" (U+0189) → "đ"       (look-alike capitals from legacy fonts)
 */

/** Tone on the second vowel (old style) → tone on the first: "oà" → "òa", "uỷ" → "ủy". */
const TONE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ["oá", "óa"], ["oà", "òa"], ["oả", "ỏa"], ["oã", "õa"], ["oạ", "ọa"],
  ["oé", "óe"], ["oè", "òe"], ["oẻ", "ỏe"], ["oẽ", "õe"], ["oẹ", "ọe"],
  ["uý", "úy"], ["uỳ", "ùy"], ["uỷ", "ủy"], ["uỹ", "ũy"], ["uỵ", "ụy"],
];
const TONE_MAP = new Map(TONE_PAIRS);
/** A look-alike đ ("ð", "ɖ") or an old tone placement (the first of `TONE_PAIRS`): one pass for both. */
const FOLD_FIXES = /[ðɖ]|o[áàảãạéèẻẽẹ]|u[ýỳỷỹỵ]/g;

/** "Uỷ  Ban\tNhân dân" → "ủy ban nhân dân": NFC, lower case, one tone placement, đ, one space. */
export function foldKey(s: string): string {
  return foldChars(s.normalize("NFC")).replace(/\s+/g, " ").trim();
}

/**
 * Like `foldKey` but keeps the length, so offsets found in the folded text are offsets in the
 * source: "Thông báo Số" → "thông báo số". The input must already be NFC.
 */
export function foldChars(s: string): string {
  let lower = s.toLowerCase();
  if (lower.length !== s.length) lower = Array.from(s, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join("");
  return lower.replace(FOLD_FIXES, (m) => (m.length === 1 ? "đ" : (TONE_MAP.get(m) ?? m)));
}

/** "Thông Báo Đảng" → "Thong Bao Dang": for OCR output that lost its diacritics. */
export function stripDiacritics(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐÐƉɖ]/g, (c) => (c === "đ" || c === "ɖ" ? "d" : "D"))
    .normalize("NFC");
}
