/**
 * Windows-1252, the code page legacy Vietnamese fonts were typed "through": a `.VnTime` or
 * `VNI-Times` document stores its letters as cp1252 code points, and every byte those fonts do not
 * redefine keeps its cp1252 meaning (0x93 0x94 → “ ”, 0x96 → –, 0x85 → …).
 *
 * Node's `TextDecoder("windows-1252")` is Latin-1 (0x93 → U+0093), so the table is written here.
 */

/** Bytes 0x80–0x9F; the five bytes cp1252 leaves undefined map to the C1 control, as WHATWG does. */
const CP1252_C1: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, // 80–87: € . ‚ ƒ „ … † ‡
  0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f, // 88–8F: ˆ ‰ Š ‹ Œ . Ž .
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, // 90–97: . ‘ ’ “ ” • – —
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178, // 98–9F: ˜ ™ š › œ . ž Ÿ
];

/** byte → UTF-16 code unit. */
export const CP1252: Uint16Array = (() => {
  const table = new Uint16Array(256);
  for (let b = 0; b < 256; b++) table[b] = b >= 0x80 && b < 0xa0 ? CP1252_C1[b - 0x80] : b;
  return table;
})();

/** UTF-16 code unit → byte, for the 256 characters cp1252 has; -1 elsewhere. "€" → 0x80, "é" → 0xE9. */
export function cp1252Byte(unit: number): number {
  if (unit < 0x80 || (unit >= 0xa0 && unit <= 0xff)) return unit;
  if (unit <= 0x9f) return CP1252_C1.indexOf(unit) >= 0 ? unit : -1;
  const i = CP1252_C1.indexOf(unit);
  return i >= 0 ? 0x80 + i : -1;
}
