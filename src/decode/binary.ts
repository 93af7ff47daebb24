/**
 * Is it text at all? Known file signatures first ("%PDF-", PNG, zip/docx…), then NUL bytes, which
 * text in any 8-bit encoding never contains. UTF-16 without a BOM is recognised by its NULs
 * falling on every other byte ("T\0h\0ô\0" → utf-16le) and is not binary.
 */
export type BinaryVerdict =
  | { kind: "text" }
  | { kind: "utf-16le" | "utf-16be" }
  | { kind: "binary"; reason: string };

const SIGNATURES: ReadonlyArray<readonly [string, readonly number[]]> = [
  ["a PDF file (%PDF-)", [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ["a PNG image", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ["a JPEG image", [0xff, 0xd8, 0xff]],
  ["a GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["a TIFF image", [0x49, 0x49, 0x2a, 0x00]],
  ["a TIFF image", [0x4d, 0x4d, 0x00, 0x2a]],
  ["a zip archive (docx, xlsx and odt files are zip archives)", [0x50, 0x4b, 0x03, 0x04]],
  ["a Word/Excel 97–2003 file (OLE compound document)", [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ["a gzip archive", [0x1f, 0x8b]],
  ["a RAR archive", [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]],
  ["a 7z archive", [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
];

export function classifyBytes(sample: Uint8Array): BinaryVerdict {
  for (const [reason, signature] of SIGNATURES) {
    if (signature.every((b, i) => sample[i] === b)) return { kind: "binary", reason: `it is ${reason}` };
  }
  // Text has no NUL: a native search settles it before the count below (a JS loop over 64 kB).
  const first = sample.indexOf(0);
  if (first < 0) return { kind: "text" };
  let even = 0;
  let odd = 0;
  for (let i = first; i < sample.length; i++) if (sample[i] === 0) i % 2 === 0 ? even++ : odd++;
  const pairs = sample.length / 2;
  if (odd >= 0.3 * pairs && even <= odd / 20) return { kind: "utf-16le" };
  if (even >= 0.3 * pairs && odd <= even / 20) return { kind: "utf-16be" };
  return { kind: "binary", reason: `it contains ${even + odd} NUL bytes in its first ${sample.length} bytes` };
}
