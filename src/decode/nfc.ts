/**
 * NFC, only where it can change something. Text made only of characters that NFC leaves alone
 * whatever surrounds them (no combining mark, nothing that composes with the character before it,
 * no singleton like U+212B Å) is already NFC; Vietnamese text in precomposed letters (the usual
 * case) is, and a scan for the rest is far cheaper than `normalize`, which copies the text.
 * tests/decode/nfc.test.ts checks every character of the class against ICU.
 */
/** Latin, Vietnamese letters, punctuation, symbols, private use, full-width forms. */
export const NFC_SAFE_CLASS =
  "\\0-\\u02ff\\u1e00-\\u1eff\\u2002-\\u20cf\\u20f1-\\u2125\\u2127-\\u2129\\u212c-\\u2328\\u232b-\\u2adb" +
  "\\u2add-\\u2bff\\u3000-\\u3029\\u3030-\\u303f\\ue000-\\uf8ff\\ufb00-\\ufb06\\ufe30-\\uffff";
const MAY_CHANGE = new RegExp(`[^${NFC_SAFE_CLASS}]`);

/**
 * (Normalizing only the runs of other characters, each with the one before it, gives the same
 * text but was no faster: a file with combining tones has them throughout.)
 */
export function toNfc(text: string): string {
  return MAY_CHANGE.test(text) ? text.normalize("NFC") : text;
}
