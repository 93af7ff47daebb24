/**
 * UTF-16 code-unit buffers: the legacy decoders rewrite text in place in a `Uint16Array`, which is
 * an order of magnitude faster than building strings character by character on 50 MB inputs.
 */
import { lazy } from "../lazy.js";
import { CP1252 } from "./cp1252.js";

const utf16 = lazy(() => new TextDecoder("utf-16le"));

/** Bytes read as Windows-1252: 0x93 → “, 0xA7 → §. One unit per byte. */
export function cp1252Units(bytes: Uint8Array): Uint16Array {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) units[i] = CP1252[bytes[i]];
  return units;
}

/** The code units of a string (surrogate pairs stay two units and pass through untouched). */
export function textUnits(text: string): Uint16Array {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return units;
}

/** The first `length` units as a string. */
export function unitsToString(units: Uint16Array, length = units.length): string {
  return utf16().decode(units.subarray(0, length));
}
