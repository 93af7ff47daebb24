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
const MAY_CHANGE = new RegExp(`[^${NFC_SAFE_CLASS}]+`, "g");

/**
 * Only the runs of other characters are normalized, each with the character before it (which
 * they may compose with: "e" + U+0302 + U+0301 → "ế"); a safe character is a boundary that nothing
 * composes across, so the pieces add up to NFC of the whole. Text typed with combining tones
 * ("Cộng") thus costs a few short calls instead of a copy of the whole text.
 */
export function toNfc(text: string): string {
  MAY_CHANGE.lastIndex = 0;
  let run = MAY_CHANGE.exec(text);
  if (run === null) return text;
  let out = "";
  let done = 0;
  for (; run !== null; run = MAY_CHANGE.exec(text)) {
    const from = Math.max(done, run.index - 1);
    out += text.slice(done, from) + text.slice(from, MAY_CHANGE.lastIndex).normalize("NFC");
    done = MAY_CHANGE.lastIndex;
  }
  return out + text.slice(done);
}
