/**
 * The Vietnamese alphabet after NFC, and how each letter splits into a base letter and a tone.
 * This class is exactly the letters: [A-Za-zÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝà-ãè-êìíò-õùúýĂăĐđĨĩŨũƠơƯưẠ-ỹ].
 */
import { lazy } from "../lazy.js";

export const LETTER_CLASS = "A-Za-zÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝà-ãè-êìíò-õùúýĂăĐđĨĩŨũƠơƯưẠ-ỹ";

const LETTER = new RegExp(`^[${LETTER_CLASS}]$`);

export function isVietnameseLetter(ch: string): boolean {
  return LETTER.test(ch);
}

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
const HAS_TONE = /[\u0300\u0301\u0303\u0309\u0323]/;

/** "ộ" → { base: "ô", toned: true }, "ư" → { base: "ư", toned: false }; lower-cased. */
export interface LetterParts {
  base: string;
  toned: boolean;
}

/**
 * Every Vietnamese letter (both cases) → its lower-case base and whether it carries a tone. Made
 * on first use: plain Unicode text often never needs it.
 */
export const letterParts = lazy((): ReadonlyMap<string, LetterParts> => {
  const map = new Map<string, LetterParts>();
  const ranges: Array<[number, number]> = [
    [0x41, 0x5a], [0x61, 0x7a], [0xc0, 0xfd], [0x102, 0x103], [0x110, 0x111], [0x128, 0x129],
    [0x168, 0x169], [0x1a0, 0x1a1], [0x1af, 0x1b0], [0x1ea0, 0x1ef9],
  ];
  for (const [from, to] of ranges) {
    for (let c = from; c <= to; c++) {
      const ch = String.fromCharCode(c);
      if (!isVietnameseLetter(ch)) continue;
      const nfd = ch.toLowerCase().normalize("NFD");
      const base = nfd.replace(TONES, "").normalize("NFC");
      map.set(ch, { base, toned: HAS_TONE.test(nfd) });
    }
  }
  return map;
});
