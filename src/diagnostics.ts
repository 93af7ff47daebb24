/**
 * Every diagnostic code the parser emits, with its severity and meaning. The README table is
 * checked against this list by a test, so a new code cannot go undocumented.
 */
import type { Diagnostic, LineSpan, Severity } from "./types.js";

export const DIAGNOSTIC_CODES = {
  "empty-input": ["error", "the input holds no text"],
  "binary-input": ["error", "the input is not text (binary or scanned-PDF bytes)"],
  "encoding-converted": ["info", "the input was decoded from a legacy encoding (source.encoding says which)"],
  "encoding-lossy": ["warning", "some characters could not be decoded and were replaced by U+FFFD"],
  "encoding-case-lost": ["warning", "TCVN3 input: toned capitals whose case could not be recovered"],
  "no-document": ["warning", "no document structure was found in the input"],
  "duplicate-document": ["warning", "a document printed again later in the same file (the same content at other lines): both are kept, the later copy is flagged"],
  "overlapping-documents": ["warning", "a document starts before the previous one ends (their line ranges overlap, not only share a line): the file's split into documents is unsure"],
  "missing-number": ["warning", "the document has no số hiệu line"],
  "blank-number": ["warning", "the số hiệu is printed without its serial (\"Số: /QĐ-UBND\")"],
  "missing-date": ["warning", "the document has no place-date line"],
  "blank-date": ["warning", "the date of issue is printed with blanks (\"ngày  tháng  năm 2026\")"],
  "invalid-date": ["warning", "a date that does not exist (\"31/02/2021\")"],
  "missing-issuer": ["warning", "the issuing body is missing from the header"],
  "missing-type": ["info", "no type line (read as a công văn when a V/v subject is present, else from the number's code: \"08/CT-CTUBND\" → CHỈ THỊ)"],
  "missing-signature": ["warning", "no signer block was found"],
  "missing-recipients": ["info", "no Nơi nhận block was found"],
  "clause-numbering-gap": ["warning", "a numbered clause skips or repeats a number, or a list does not open at its first number"],
  "no-clauses": ["info", "the body has no numbered or bulleted clause"],
  "ends-mid-sentence": ["warning", "the text stops in the middle of a sentence with no signer after it (a truncated copy)"],
  "detached-note": ["warning", "a purpose note in Nơi nhận (\"(để b/c)\") that follows the Lưu entry and applies to no entry"],
  "deadline-before-issue": ["warning", "a task's calendar deadline falls before the document's date of issue (a misread year or a typo; the value is kept)"],
  "unclassified-line": ["info", "a non-blank line the parser could not place (kept in unclassified)"],
} as const satisfies Record<string, readonly [Severity, string]>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

export function diagnostic(code: DiagnosticCode, message: string, lines: LineSpan | null = null): Diagnostic {
  return { severity: DIAGNOSTIC_CODES[code][0], code, message, lines };
}
