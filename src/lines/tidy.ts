/** NFC, tabs and no-break spaces as spaces, runs of spaces collapsed, trimmed; Word's list glyphs as "-" / "+". */
export function tidy(s: string): string {
  const t = s.normalize("NFC");
  // most lines are tidy already: one scan instead of two replaces and a trim
  if (isTidy(t)) return t;
  return t
    .replace(WORD_BULLET, markerOf)
    .replace(/[\t\u00a0\u2000-\u200b\u202f\u3000\ufeff]/g, " ")
    .replace(/ {2,}/g, " ")
    .trim();
}

/**
 * Word's "Save as plain text" writes a bulleted list item as the bullet's glyph code in its font,
 * then a tab: "·" or U+F0B7 (Symbol's bullet), "o" (Courier New, the second level), "§" or
 * U+F0A7 (Wingdings' square), "v" or U+F076 (its diamond), "Ø" or U+F0D8 and "➢" (its arrow),
 * "ü" or U+F0FC (its check mark). At a line's start the glyph is a list marker: the "-" family,
 * "o" the "+" level below it. A glyph that is also a letter or a sign of text ("o", "v", "§",
 * "Ø", "ü") only before a tab or two spaces or more (a word "o" in text is followed by one); the
 * bullet symbols no text starts with — "·", the private-use codes of the symbol fonts, the
 * Unicode bullets a copy or a converter writes ("●", "▪", "■", "❖", "➢", "✓" …; "○" and "◦" the
 * level below, as Google Docs prints it) — before any space.
 */
export const BULLET_GLYPHS = "·●▪■◆♦❖►▸➢➤✓✔❑○◦";
const SECOND_LEVEL = "o○◦";
const PRIVATE_USE_BULLETS = "\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf06c\uf06e\uf071\uf0a8";
const WORD_BULLET = new RegExp(
  `^[ \\t\\u00a0]*(?:([${BULLET_GLYPHS}${PRIVATE_USE_BULLETS}])[ \\t\\u00a0]+|([o§vØü])(?:\\t|[ \\u00a0]{2,})[ \\t\\u00a0]*)(?=\\S)`,
);
const markerOf = (_all: string, symbol: string | undefined, letter: string | undefined): string =>
  SECOND_LEVEL.includes(symbol ?? letter ?? "") ? "+ " : "- ";

/** No character the replaces above would change, and nothing for `trim` at either end. */
function isTidy(t: string): boolean {
  if (t === "" || isTrimmed(t.charCodeAt(0)) || isTrimmed(t.charCodeAt(t.length - 1))) return t === "";
  return !UNTIDY.test(t); // one native scan: twice as fast as a loop over the characters
}
const UNTIDY = new RegExp(`[\\t\\u00a0\\u2000-\\u200b\\u202f\\u3000\\ufeff${BULLET_GLYPHS}${PRIVATE_USE_BULLETS}]| {2}`);

const SPACE = 0x20;
const TAB = 0x09;

/** A space `tidy` rewrites to " ": a tab, or an odd space (no-break, thin, ideographic …). */
export function rewritesSpace(c: number): boolean {
  return c === TAB || isOddSpace(c);
}

function isOddSpace(c: number): boolean {
  return c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000 || c === 0xfeff;
}

/** What `String.prototype.trim` removes: ECMAScript WhiteSpace and LineTerminator. */
export function isTrimmed(c: number): boolean {
  return c <= SPACE ? c === SPACE || (c >= TAB && c <= 0x0d) : c >= 0xa0 && (isOddSpace(c) || c === 0x1680 || c === 0x2028 || c === 0x2029 || c === 0x205f);
}
