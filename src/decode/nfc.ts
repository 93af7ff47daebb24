/**
 * NFC, only where it can change something. Text made only of characters that NFC leaves alone
 * whatever surrounds them (no combining mark, nothing that composes with the character before it,
 * no singleton like U+212B Å) is already NFC; Vietnamese text in precomposed letters (the usual
 * case) is, and a scan for the rest is far cheaper than `normalize`, which copies the text.
 * tests/decode/nfc.test.ts checks every character of the class against ICU.
 */
/** Latin, Vietnamese letters, punctuation, symbols, private use, full-width forms. */
export const NFC_SAFE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0000, 0x02ff], [0x1e00, 0x1eff], [0x2002, 0x20cf], [0x20f1, 0x2125], [0x2127, 0x2129], [0x212c, 0x2328],
  [0x232b, 0x2adb], [0x2add, 0x2bff], [0x3000, 0x3029], [0x3030, 0x303f], [0xe000, 0xf8ff], [0xfb00, 0xfb06],
  [0xfe30, 0xffff],
];
const unit = (c: number): string => "\\u" + c.toString(16).padStart(4, "0");
export const NFC_SAFE_CLASS = NFC_SAFE_RANGES.map(([from, to]) => unit(from) + "-" + unit(to)).join("");
const MAY_CHANGE = new RegExp(`[^${NFC_SAFE_CLASS}]`);

/**
 * (Normalizing only the runs of other characters, each with the one before it, gives the same
 * text but was no faster: a file with combining tones has them throughout.)
 */
export function toNfc(text: string): string {
  return MAY_CHANGE.test(text) ? text.normalize("NFC") : text;
}
