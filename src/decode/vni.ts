/**
 * VNI-Windows: the `VNI-Times` font encoding. A toned vowel is its base letter followed by a mark
 * byte; đ ơ ư and the i-vowels have single bytes. Other bytes keep their Windows-1252 meaning.
 *
 *   "Coäng"  C o ä n g      → Cộng    (0xE4 ä: circumflex + dot below)
 *   "Vieät"  V i e ä t      → Việt
 *   "Tröôøng" T r ö ô ø n g → Trường (ö = ư, ô = ơ, 0xF8 ø: grave)
 *   "ÑAÛNG"  Ñ A Û N G      → ĐẢNG    (upper-case letters take the upper-case mark byte)
 *
 * Read over code points, the same fold undoes "Unicode typed with a VNI font" (cp1252 characters
 * saved as UTF-8).
 */
import { lazy } from "../lazy.js";
import { cp1252Byte } from "./cp1252.js";
import { cp1252Units, textUnits, unitsToString } from "./units.js";

/** Letters with a byte of their own: [byte, letter]. */
const VNI_SINGLE: ReadonlyArray<readonly [number, string]> = [
  [0xf1, "đ"], [0xd1, "Đ"], [0xf4, "ơ"], [0xd4, "Ơ"], [0xf6, "ư"], [0xd6, "Ư"],
  [0xec, "ì"], [0xcc, "Ì"], [0xed, "í"], [0xcd, "Í"], [0xe6, "ỉ"], [0xc6, "Ỉ"],
  [0xf3, "ĩ"], [0xd3, "Ĩ"], [0xf2, "ị"], [0xd2, "Ị"], [0xee, "ỵ"], [0xce, "Ỵ"],
];

const TONE_BASES = "aeouyơưAEOUYƠƯ";
const CIRCUMFLEX_BASES = "aeoAEO";
const BREVE_BASES = "aA";

/** Mark bytes: [lower-case byte, upper-case byte, combining marks, the bases that take it]. */
const VNI_MARKS: ReadonlyArray<readonly [number, number, string, string]> = [
  [0xf8, 0xd8, "\u0300", TONE_BASES], //       ø Ø  grave       aø → à
  [0xf9, 0xd9, "\u0301", TONE_BASES], //       ù Ù  acute       aù → á
  [0xfb, 0xdb, "\u0309", TONE_BASES], //       û Û  hook above  aû → ả
  [0xf5, 0xd5, "\u0303", TONE_BASES], //       õ Õ  tilde       aõ → ã
  [0xef, 0xcf, "\u0323", TONE_BASES], //       ï Ï  dot below   aï → ạ
  [0xe2, 0xc2, "\u0302", CIRCUMFLEX_BASES], // â Â              aâ → â
  [0xe0, 0xc0, "\u0302\u0300", CIRCUMFLEX_BASES], // à À        aà → ầ
  [0xe1, 0xc1, "\u0302\u0301", CIRCUMFLEX_BASES], // á Á        aá → ấ
  [0xe5, 0xc5, "\u0302\u0309", CIRCUMFLEX_BASES], // å Å        aå → ẩ
  [0xe3, 0xc3, "\u0302\u0303", CIRCUMFLEX_BASES], // ã Ã        aã → ẫ
  [0xe4, 0xc4, "\u0302\u0323", CIRCUMFLEX_BASES], // ä Ä        aä → ậ
  [0xea, 0xca, "\u0306", BREVE_BASES], //      ê Ê              aê → ă
  [0xe8, 0xc8, "\u0306\u0300", BREVE_BASES], // è È             aè → ằ
  [0xe9, 0xc9, "\u0306\u0301", BREVE_BASES], // é É             aé → ắ
  [0xfa, 0xda, "\u0306\u0309", BREVE_BASES], // ú Ú             aú → ẳ
  [0xfc, 0xdc, "\u0306\u0303", BREVE_BASES], // ü Ü             aü → ẵ
  [0xeb, 0xcb, "\u0306\u0323", BREVE_BASES], // ë Ë             aë → ặ
];

/** cp1252 code unit → single letter (identity elsewhere): "ñ" → đ, "ö" → ư. */
const singleUnit = lazy((): Uint16Array => {
  const table = new Uint16Array(0x10000);
  for (let u = 0; u < 0x10000; u++) table[u] = u;
  for (const [byte, letter] of VNI_SINGLE) table[byte] = letter.charCodeAt(0);
  return table;
});

/** (base letter << 8 | mark byte) → toned letter. Either case of mark byte is read; the base gives the case. */
const combined = lazy((): ReadonlyMap<number, number> => {
  const map = new Map<number, number>();
  for (const [lower, upper, marks, bases] of VNI_MARKS) {
    for (const base of bases) {
      const letter = (base + marks).normalize("NFC");
      map.set((base.charCodeAt(0) << 8) | lower, letter.charCodeAt(0));
      map.set((base.charCodeAt(0) << 8) | upper, letter.charCodeAt(0));
    }
  }
  return map;
});

const isMark = lazy((): Uint8Array => {
  const flags = new Uint8Array(256);
  for (const [lower, upper] of VNI_MARKS) flags[lower] = flags[upper] = 1;
  return flags;
});

/** Folds base + mark pairs in place; returns the new length. */
function fold(units: Uint16Array): number {
  const [marks, pairs, singles] = [isMark(), combined(), singleUnit()];
  let n = 0;
  for (let i = 0; i < units.length; i++) {
    const unit = units[i];
    if (unit < 0x100 && marks[unit] === 1 && n > 0) {
      const toned = pairs.get((units[n - 1] << 8) | unit);
      if (toned !== undefined) {
        units[n - 1] = toned;
        continue;
      }
    }
    units[n++] = singles[unit];
  }
  return n;
}

/** VNI-Windows bytes → text (NFC already). */
export function decodeVni(bytes: Uint8Array): string {
  const units = cp1252Units(bytes);
  return unitsToString(units, fold(units));
}

/** "ÑAÛNG BOÄ THAØNH PHOÁ" → "ĐẢNG BỘ THÀNH PHỐ": VNI bytes that were read as cp1252. */
export function fromVniFont(text: string): string {
  const units = textUnits(text);
  return unitsToString(units, fold(units));
}

/** letter → its VNI bytes: "ộ" → [0x6F, 0xE4], "Ư" → [0xD6]. */
const toVni = lazy((): ReadonlyMap<string, readonly number[]> => {
  const map = new Map<string, readonly number[]>(VNI_SINGLE.map(([b, l]) => [l, [b]]));
  for (const [lower, upper, marks, bases] of VNI_MARKS) {
    for (const base of bases) {
      const baseBytes = map.get(base) ?? [base.charCodeAt(0)];
      const upperCase = base !== base.toLowerCase();
      const letter = (base + marks).normalize("NFC");
      // ỵ/Ỵ have their own byte (0xEE/0xCE); UniKey never writes y + dot below.
      if (!map.has(letter)) map.set(letter, [...baseBytes, upperCase ? upper : lower]);
    }
  }
  return map;
});

/** Text → VNI-Windows bytes as UniKey writes them; characters VNI cannot hold become "?". NFC input. */
export function encodeVni(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const bytes = toVni().get(ch);
    if (bytes) out.push(...bytes);
    else out.push(plainByte(ch));
  }
  return Uint8Array.from(out);
}

/** A character VNI leaves to cp1252 ("“" → 0x93); "?" when its byte is a VNI letter or mark. */
function plainByte(ch: string): number {
  const byte = ch.length === 1 ? cp1252Byte(ch.charCodeAt(0)) : -1;
  if (byte < 0 || isMark()[byte] === 1 || singleUnit()[byte] !== byte) return 0x3f;
  return byte;
}
