/**
 * TCVN3 (ABC, TCVN 5712:1993 VN3): the `.VnTime` font encoding. One byte per letter; bytes the
 * font does not redefine keep their Windows-1252 meaning (“ ” stay 0x93 0x94).
 *
 *   bytes  A7 B6 4E 47   "§¶NG"  → ĐảNG   (ABC has no capital Ả: see tcvn3-capitals.ts)
 *   bytes  43 E9 6E 67   "Céng"  → Cộng
 *   bytes  54 72 AD 6E 67 "Tr­ng" → Trưng (0xAD, the soft hyphen in cp1252, is ư)
 *
 * The same table read over code points undoes "Unicode typed with a .VnTime font": text whose
 * TCVN3 bytes were taken as cp1252 characters and saved as UTF-8 ("Céng hßa x· héi").
 */
import { lazy } from "../lazy.js";
import { CP1252, cp1252Byte } from "./cp1252.js";
import { cp1252Units, textUnits, unitsToString } from "./units.js";

/** Runs of consecutive bytes: [first byte, the letters it and the following bytes stand for]. */
const TCVN3_RUNS: ReadonlyArray<readonly [number, string]> = [
  [0xa1, "ĂÂÊÔƠƯĐăâêôơưđ"], // A1–AE
  [0xb5, "àảãáạ"], //           B5–B9
  [0xbb, "ằẳẵắ"], //            BB–BE
  [0xc6, "ặầẩẫấậè"], //         C6–CC
  [0xce, "ẻẽéẹềểễếệìỉ"], //     CE–D8
  [0xdc, "ĩíịò"], //            DC–DF
  [0xe1, "ỏõóọồổỗốộờởỡớợù"], // E1–EF
  [0xf1, "ủũúụừửữứựỳỷỹýỵ"], //  F1–FE
];

/** TCVN3 byte → letter, or undefined where the byte keeps its cp1252 meaning. */
export const TCVN3_LETTERS: ReadonlyMap<number, string> = new Map(
  TCVN3_RUNS.flatMap(([first, letters]) => [...letters].map((l, i) => [first + i, l] as const)),
);

/** cp1252 code unit → TCVN3 letter (identity elsewhere): "§" → Đ, "µ" → à, "€" → €. */
const fromCp1252Unit = lazy((): Uint16Array => {
  const table = new Uint16Array(0x10000);
  for (let u = 0; u < 0x10000; u++) table[u] = u;
  for (const [byte, letter] of TCVN3_LETTERS) table[CP1252[byte]] = letter.charCodeAt(0);
  return table;
});

function mapUnits(units: Uint16Array): string {
  const table = fromCp1252Unit();
  for (let i = 0; i < units.length; i++) units[i] = table[units[i]];
  return unitsToString(units);
}

/** TCVN3 bytes → text (toned capitals come back lower-case; NFC already). */
export function decodeTcvn3(bytes: Uint8Array): string {
  return mapUnits(cp1252Units(bytes));
}

/** "§¶NG Bé THµNH PHè" → "ĐảNG Bộ THàNH PHố": TCVN3 bytes that were read as cp1252. */
export function fromTcvn3Font(text: string): string {
  return mapUnits(textUnits(text));
}

const toTcvn3 = lazy((): ReadonlyMap<string, number> => new Map([...TCVN3_LETTERS].map(([b, l]) => [l, b])));

/**
 * Text → TCVN3 bytes, as UniKey writes them: a toned capital takes its lower-case code ("Ả" → 0xB6),
 * cp1252 symbols keep their byte, anything else becomes "?". Expects NFC input.
 */
export function encodeTcvn3(text: string): Uint8Array {
  const out: number[] = [];
  const table = toTcvn3();
  for (const ch of text) {
    const byte = table.get(ch) ?? table.get(ch.toLowerCase()) ?? plainByte(ch);
    out.push(byte);
  }
  return Uint8Array.from(out);
}

/** A character TCVN3 leaves to cp1252 ("“" → 0x93), or "?" when the byte is taken by a letter. */
function plainByte(ch: string): number {
  const byte = ch.length === 1 ? cp1252Byte(ch.charCodeAt(0)) : -1;
  return byte >= 0 && !TCVN3_LETTERS.has(byte) ? byte : 0x3f;
}
