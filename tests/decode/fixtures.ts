/** Paths and readers for the decode tests. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const ROOT = join(import.meta.dirname, "..", "..");
export const DERIVED = join(ROOT, "fixtures", "derived");

/** The UTF-8 original of each legacy-encoded stem in fixtures/derived. */
export const ORIGINALS: Readonly<Record<string, string>> = {
  "002_e02c2ff2b7f91691": "fixtures/seeds/002_e02c2ff2b7f91691.txt",
  "cv-vpcp-2776-2011": "fixtures/corpus/cv-vpcp-2776-2011.txt",
  "qd-ttg-798-2026": "fixtures/corpus/qd-ttg-798-2026.txt",
};

export function bytesOf(relative: string): Uint8Array {
  return new Uint8Array(readFileSync(join(ROOT, relative)));
}

export function originalText(stem: string): string {
  return readFileSync(join(ROOT, ORIGINALS[stem]), "utf8").normalize("NFC");
}

/** Every UTF-8 text fixture: seeds/*.txt and corpus/*.txt|md. */
export function utf8Fixtures(): string[] {
  const seeds = readdirSync(join(ROOT, "fixtures/seeds")).filter((f) => f.endsWith(".txt")).map((f) => `fixtures/seeds/${f}`);
  const corpus = readdirSync(join(ROOT, "fixtures/corpus")).filter((f) => /\.(txt|md)$/.test(f)).map((f) => `fixtures/corpus/${f}`);
  return [...seeds, ...corpus];
}

/** Ð/Ɖ/ð inside words are Đ/đ after decoding (lookalikes.ts). */
export function withLookalikesFixed(text: string): string {
  return text.replace(/(?<=\p{L}\p{M}*)[ÐƉð]|[ÐƉð](?=\p{L})/gu, (ch) => (ch === "ð" ? "đ" : "Đ"));
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
