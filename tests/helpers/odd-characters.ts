/**
 * Characters that tell a cheap hand-written test from the pattern it stands for (`iu`, `\p{…}`):
 * word edges (spaces, a no-break space, a newline, a tab, ASCII marks, those right beside the
 * letter ranges: "@", "[", "`", "{"), Vietnamese letters and a lone combining tone, letters that
 * case folding maps to ASCII or back ("ſ", the Kelvin sign, "İ", "ı", "ß", "ϒ"), letters outside
 * the BMP and lone halves of a surrogate pair, other scripts ("中"), a digit and a superscript.
 */
export const ODD = [
  "", " ", "\u00a0", "\n", "\t", ",", ".", "/", "_", "…", "”", "@", "[", "`", "{",
  "a", "Z", "1", "²", "đ", "Đ", "ơ", "\u0301",
  "ß", "ſ", "\u212a", "İ", "ı", "ϒ", "ℂ",
  "𝐀", "😀", "\ud835", "\udc00", "中",
];
