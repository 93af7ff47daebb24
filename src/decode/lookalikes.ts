/**
 * Letters that look like Đ/đ but are not: "ÐẢNG" (U+00D0 Eth), "ƉẢNG" (U+0189 African D),
 * "ðồng" (U+00F0 eth). Inside a word they are always a mistyped Đ/đ; a lone one is left alone.
 * Spelling-neutral, so nothing is reported.
 */
const LOOKALIKE = /(?<=\p{L}\p{M}*)[\u00d0\u0189\u00f0]|[\u00d0\u0189\u00f0](?=\p{L})/gu;
const ANY_LOOKALIKE = /[\u00d0\u0189\u00f0]/;

const REPLACEMENT: Readonly<Record<string, string>> = { "\u00d0": "Đ", "\u0189": "Đ", "\u00f0": "đ" };

export function fixLookalikes(text: string): string {
  if (!ANY_LOOKALIKE.test(text)) return text;
  return text.replace(LOOKALIKE, (ch) => REPLACEMENT[ch]);
}
