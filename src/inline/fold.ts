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

/**
 * A text read through folded slices: `fold(from, to)` is `foldChars(text.slice(from, to))`
 * (offsets ≥ 0), for the many short slices the inline readers fold around each number and date
 * of one run of text. Once the slices asked for add up to half the text, the whole text is folded
 * once and the slices are cut from it: a slice of the folded text is the folded slice, but where a
 * tone pair ("oà") straddles a cut, or where the lower case depends on context (a final "Σ") or
 * changes the length ("İ"), which are folded alone.
 */
export class FoldedText {
  /** undefined: not folded yet; null: to be folded slice by slice */
  private whole: string | null | undefined;
  /** the characters asked for so far */
  private asked = 0;

  constructor(readonly text: string) {}

  fold(from: number, to: number): string {
    const text = this.text;
    const start = Math.min(from, text.length);
    const end = Math.max(start, Math.min(to, text.length));
    if (this.whole === undefined && (this.asked += end - start) > text.length / 2) this.whole = foldWhole(text);
    if (!this.whole || straddles(text, start) || straddles(text, end)) return foldChars(text.slice(start, end));
    return this.whole.slice(start, end);
  }
}

function foldWhole(text: string): string | null {
  return text.includes("Σ") || text.toLowerCase().length !== text.length ? null : foldChars(text);
}

/** A cut at `at` splits what `FOLD_FIXES` reads as one: "o"/"u" (any case) then a toned vowel. */
function straddles(text: string, at: number): boolean {
  if (at === 0 || at >= text.length) return false;
  const before = text.charCodeAt(at - 1) | 0x20; // "O" → "o", "U" → "u"
  return (before === 0x6f || before === 0x75) && TONED.has(text[at].toLowerCase());
}
const TONED = new Set("áàảãạéèẻẽẹýỳỷỹỵ");

/** "Thông Báo Đảng" → "Thong Bao Dang": for OCR output that lost its diacritics. */
export function stripDiacritics(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐÐƉɖ]/g, (c) => (c === "đ" || c === "ɖ" ? "d" : "D"))
    .normalize("NFC");
}
