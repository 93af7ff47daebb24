/**
 * Byte-level variants of one UTF-8 document, generated in the test: the same text as each encoding
 * a real archive holds. Line ends are kept exactly, so line numbers match between variants.
 */
import { createRequire } from "node:module";
import { encodeTcvn3, encodeVni } from "../../src/decode/index.js";

const iconv = createRequire(import.meta.url)("iconv-lite") as typeof import("iconv-lite");

export interface Variant {
  name: string;
  bytes: Uint8Array;
  /** `source.encoding` the decoder must report */
  encoding: string;
  /** whether an `encoding-converted` info diagnostic must be there */
  converted: boolean;
}

const BOM_UTF8 = Buffer.from([0xef, 0xbb, 0xbf]);
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** UTF-16 BE with BOM: the LE bytes with each pair swapped. */
export function utf16be(text: string): Uint8Array {
  return Buffer.from(`\ufeff${text}`, "utf16le").swap16();
}

/**
 * Windows-1258 as Word and UniKey write it: â ê ô ă ơ ư đ precomposed, tone marks as combining
 * bytes ("ộ" → ô + U+0323 → F4 F2). iconv-lite alone cannot encode "ộ" (it writes "?"), so each
 * character is split first. Byte-identical to fixtures/derived/*.cp1258.txt (UniKey's output).
 */
export function encodeCp1258(text: string): Uint8Array {
  let split = "";
  for (const ch of text.normalize("NFC")) {
    const parts = ch.normalize("NFD");
    split += parts.replace(TONES, "").normalize("NFC") + (parts.match(TONES)?.join("") ?? "");
  }
  return iconv.encode(split, "windows-1258");
}

export function variantsOf(text: string): Variant[] {
  const crlf = text.replace(/\r?\n/g, "\r\n");
  return [
    { name: "UTF-8", bytes: Buffer.from(text), encoding: "utf-8", converted: false },
    { name: "UTF-8 + BOM + CRLF", bytes: Buffer.concat([BOM_UTF8, Buffer.from(crlf)]), encoding: "utf-8-bom", converted: false },
    { name: "lone CR line ends", bytes: Buffer.from(text.replace(/\r?\n/g, "\r")), encoding: "utf-8", converted: false },
    { name: "NFD", bytes: Buffer.from(text.normalize("NFD")), encoding: "utf-8", converted: false },
    { name: "UTF-16 LE + BOM", bytes: Buffer.from(`\ufeff${text}`, "utf16le"), encoding: "utf-16le", converted: true },
    { name: "UTF-16 BE + BOM", bytes: utf16be(text), encoding: "utf-16be", converted: true },
    { name: "Windows-1258", bytes: encodeCp1258(text), encoding: "windows-1258", converted: true },
    { name: "VNI-Windows", bytes: encodeVni(text), encoding: "vni", converted: true },
    { name: "TCVN3 (ABC)", bytes: encodeTcvn3(text), encoding: "tcvn3", converted: true },
  ];
}
