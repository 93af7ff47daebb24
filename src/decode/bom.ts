/** Byte-order marks: EF BB BF → utf-8-bom, FF FE → utf-16le, FE FF → utf-16be. */
export type BomEncoding = "utf-8-bom" | "utf-16le" | "utf-16be";

export interface Bom {
  encoding: BomEncoding;
  length: number;
}

const BOMS: ReadonlyArray<readonly [BomEncoding, readonly number[]]> = [
  ["utf-8-bom", [0xef, 0xbb, 0xbf]],
  ["utf-16le", [0xff, 0xfe]],
  ["utf-16be", [0xfe, 0xff]],
];

export function sniffBom(bytes: Uint8Array): Bom | null {
  for (const [encoding, mark] of BOMS) {
    if (mark.every((b, i) => bytes[i] === b)) return { encoding, length: mark.length };
  }
  return null;
}
