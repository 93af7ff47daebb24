/** Real Vietnamese words for property tests: every valid syllable of the corpus, lower-cased. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isVietnameseSyllable } from "../../src/decode/syllable.js";
import { LETTER_CLASS } from "../../src/decode/vietnamese-letters.js";
import { ROOT, utf8Fixtures } from "./fixtures.js";

const WORD = new RegExp(`[${LETTER_CLASS}]+`, "g");

const all = new Set<string>();
for (const path of utf8Fixtures()) {
  const text = readFileSync(join(ROOT, path), "utf8").normalize("NFC").toLowerCase();
  for (const word of text.match(WORD) ?? []) if (isVietnameseSyllable(word)) all.add(word);
}

/** Syllables with a non-ASCII letter, two letters or more ("cộng", "hòa", "đã"). */
export const TONED_SYLLABLES: readonly string[] = [...all].filter((w) => w.length > 1 && /[^a-z]/.test(w)).sort();
/** Plain ASCII syllables ("ban", "thanh"). */
export const PLAIN_SYLLABLES: readonly string[] = [...all].filter((w) => /^[a-z]+$/.test(w)).sort();
