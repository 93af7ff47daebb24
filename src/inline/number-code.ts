/**
 * A số ký hiệu as printed → its parts. Shared by the number line and by references.
 *
 *   "10227/VP-KGVX"     → serial 10227, year null, typeCode null, issuerCode "VP-KGVX"
 *   "508 -CV/QU"        → value "508-CV/QU", typeCode "CV", issuerCode "QU"   (Party: serial-TYPE/ISSUER)
 *   "30/2020/NĐ-CP"     → year 2020, typeCode "NĐ", issuerCode "CP"
 *   "45/2019/QH14"      → year 2019, typeCode null, issuerCode "QH14"
 *   "299/TTg"           → typeCode null, issuerCode "TTg"
 *   "84 QĐ/TWĐTN"       → value "84-QĐ/TWĐTN" (the Party dash was lost)
 *   "/QĐ-UBND"          → serial null (a number left blank)
 *   "1249a/CTPH-UBDT"   → serial 1249, value "1249a/CTPH-UBDT" (a letter suffix)
 */
import { canonicalTypeCode } from "./type-codes.js";
import { remember } from "../remember.js";

export interface NumberCode {
  /** normalized: no spaces around "/" and "-", no markdown escapes */
  readonly value: string;
  readonly serial: number | null;
  readonly year: number | null;
  readonly typeCode: string | null;
  readonly issuerCode: string | null;
}

/** Parts of a printed number; null when there is no code after the serial ("495"). */
// a document cites the same numbers again and again: each printed form read once (the parts
// are shared, and nobody changes them)
export const splitNumber: (raw: string) => NumberCode | null = remember(readNumber, 4096);

function readNumber(raw: string): NumberCode | null {
  const m = /^(\d*[a-e]?)\s*(?:([/-])|\s(?=\S))\s*(?:((?:1[89]|20)\d\d)(?:\s*\/\s*|\s(?=[A-ZĐ])))?(\S.*)$/s.exec(compact(raw));
  if (!m) return null;
  const [, digits, sep = "-", yearText, rest] = m;
  const year = yearText && sep === "/" ? Number(yearText) : null;
  const codes = year === null && yearText ? `${yearText}/${rest}` : rest;
  const parts = codes.split(/([/-])/);
  if (parts.some((p, i) => i % 2 === 0 && p === "")) return null;
  const { typeCode, issuerCode } = splitCodes(parts);
  const serial = digits === "" ? null : Number.parseInt(digits, 10); // "1249a" → 1249
  const value = `${digits}${sep}${year === null ? "" : `${year}/`}${codes}`;
  return { value, serial, year, typeCode, issuerCode };
}

/** "508 - CV / QU" → "508-CV/QU"; "17/CT\-UBND" → "17/CT-UBND"; "84 QĐ/TW" keeps its one space. */
function compact(raw: string): string {
  return raw.replace(/\\/g, "").replace(/\s*([/-])\s*/g, "$1").replace(/\s+/g, " ").trim();
}

/**
 * ["QĐ", "-", "UBND"] → QĐ / UBND; ["VP", "-", "KGVX"] → null / VP-KGVX;
 * ["CV", "/", "QU"] → CV / QU. A lone segment is the issuer: ["TTg"] → null / TTg.
 */
function splitCodes(parts: string[]): { typeCode: string | null; issuerCode: string | null } {
  const first = parts[0];
  if (parts.length > 1 && canonicalTypeCode(first) !== null) {
    return { typeCode: first, issuerCode: parts.slice(2).join("") };
  }
  return { typeCode: null, issuerCode: parts.join("") };
}
