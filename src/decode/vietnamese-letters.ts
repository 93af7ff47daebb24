/**
 * The Vietnamese alphabet after NFC, and how each letter splits into a base letter and a tone.
 * This class is exactly the letters: [A-Za-zÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝà-ãè-êìíò-õùúýĂăĐđĨĩŨũƠơƯưẠ-ỹ].
 */
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
 * A Vietnamese letter (either case) → its lower-case base and whether it carries a tone; undefined
 * for anything else. Worked out per letter on first sight: a text meets a few dozen of them, and
 * most runs none (the table of all of them cost ~1.5 M instructions at start-up).
 */
export function letterParts(ch: string): LetterParts | undefined {
  let parts = PARTS.get(ch);
  if (parts === undefined && isVietnameseLetter(ch)) PARTS.set(ch, (parts = split(ch)));
  return parts;
}

/** The letters seen so far (at most the 186 letters of the class, both cases). */
const PARTS = new Map<string, LetterParts>();

function split(letter: string): LetterParts {
  const nfd = letter.toLowerCase().normalize("NFD");
  return { base: nfd.replace(TONES, "").normalize("NFC"), toned: HAS_TONE.test(nfd) };
}
