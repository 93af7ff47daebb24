/**
 * Which encoding is it? Decode a sample (the first 64 KB) every candidate way and keep the
 * decoding that reads most like Vietnamese (score.ts). Linear in the sample, independent of file size.
 * (Unicode text typed with a legacy font is recognised in font-text.ts.)
 */
import { LEGACY_DECODERS, type LegacyEncoding } from "./legacy.js";
import { vietnameseScore } from "./score.js";

export const SAMPLE_BYTES = 64 * 1024;

/**
 * Bytes that are not UTF-8: the legacy encoding that beats reading them as (lossy) UTF-8, or null
 * when none does (a damaged UTF-8 file: one bad byte in otherwise good text).
 */
export function detectLegacy(sample: Uint8Array, utf8Lossy: string): LegacyEncoding | null {
  let best: LegacyEncoding | null = null;
  let bestScore = vietnameseScore(utf8Lossy);
  for (const [encoding, decode, handicap = 0] of LEGACY_DECODERS) {
    const score = vietnameseScore(decode(sample)) - handicap;
    if (score > bestScore) [best, bestScore] = [encoding, score];
  }
  return best;
}
