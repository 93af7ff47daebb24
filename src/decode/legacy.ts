/**
 * The single-byte legacy encodings, each as bytes → NFC text. Detection tries them in this order,
 * which is also the tie-break: on text without capitals or quotes TCVN3 and VN1 read alike, and
 * TCVN3 is by far the more common in archives.
 */
import { createRequire } from "node:module";
import { lazy } from "../lazy.js";

/** iconv-lite (its tables are large) is loaded only when a file needs the VN1 table. */
const iconvLite = lazy((): typeof import("iconv-lite") => createRequire(import.meta.url)("iconv-lite"));
import { toNfc } from "./nfc.js";
import { decodeTcvn3 } from "./tcvn3.js";
import { decodeVni } from "./vni.js";

export type LegacyEncoding = "tcvn3" | "vni" | "windows-1258" | "tcvn-vn1";

const cp1258Decoder = lazy(() => new TextDecoder("windows-1258"));

/** [encoding, decoder, handicap: how many words it must win by, for the rare ones] */
export const LEGACY_DECODERS: ReadonlyArray<readonly [LegacyEncoding, (bytes: Uint8Array) => string, number?]> = [
  ["tcvn3", (bytes) => toNfc(decodeTcvn3(bytes))],
  ["vni", (bytes) => toNfc(decodeVni(bytes))],
  // cp1258 writes tone marks as combining bytes: "Coäng"-like pairs become "Cộng" only after NFC.
  ["windows-1258", (bytes) => toNfc(cp1258Decoder().decode(bytes))],
  // iconv-lite's "tcvn" is TCVN 5712 VN1: toned capitals in 0x80–0x9F and some C0 bytes (0x02 → Ụ).
  // Archives typed in .VnTime fonts hold TCVN3, never VN1, so VN1 must win clearly (by 2 words).
  ["tcvn-vn1", (bytes) => toNfc(iconvLite().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), "tcvn")), 2],
];

/** Human name for messages. */
export const ENCODING_NAMES: Readonly<Record<string, string>> = {
  "utf-16le": "UTF-16LE",
  "utf-16be": "UTF-16BE",
  tcvn3: "TCVN3 (ABC, .VnTime fonts)",
  vni: "VNI-Windows (VNI-Times fonts)",
  "windows-1258": "Windows-1258",
  "tcvn-vn1": "TCVN 5712 VN1",
  "tcvn3-in-unicode": "Unicode text typed with a TCVN3 (.VnTime) font",
  "vni-in-unicode": "Unicode text typed with a VNI (VNI-Times) font",
};
