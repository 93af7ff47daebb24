/**
 * Số, ký hiệu (NĐ 30 Điều 8 khoản 3; HD 36 §1.3): the "Số: …" line of a document header.
 *
 *   "Số: 10227/VP-KGVX"   → value "10227/VP-KGVX", serial 10227, issuerCode "VP-KGVX"
 *   "Số 508 -CV/QU"       → value "508-CV/QU", typeCode "CV", issuerCode "QU"
 *   "Số: /QĐ-UBND"        → value "/QĐ-UBND", serial null (left blank for the signer's office)
 *   "So: 12/UBND-VX"      → OCR slips of the label are accepted
 *   "Số: 4390/UBND-NLN        Lào Cai, ngày 27 tháng 5 năm 2026"
 *                         → the number part only; `numberLineEnd` says where the rest starts
 */
import { BLANK_SERIAL, NUMBER_BODY, NUMBER_LABEL } from "../../grammar/inline-tokens.js";
import { splitNumber, type NumberCode } from "./number-code.js";

export interface NumberParts extends NumberCode {
  /** the number as printed, label included, runs of spaces collapsed: "Số: 10227/VP-KGVX" */
  text: string;
}

/** The parts of a số hiệu line, or null when the line is not one ("Số: 495", "Sở Y tế"). */
export function parseNumberLine(text: string): NumberParts | null {
  const line = clean(text);
  const span = numberSpan(line);
  if (span === null) return null;
  const parts = splitNumber(line.slice(span.bodyStart, span.end));
  if (parts === null) return null;
  const printed = text.slice(span.labelStart, span.end).replace(/[*~\\]/g, "").replace(/\s+/g, " ").trim();
  return { text: printed, ...parts };
}

/**
 * Where the number part of a số hiệu line ends, as an offset in `text`, or -1 when the line is
 * not one. "Số: 4390/UBND-NLN   Lào Cai, ngày …" → 17, so `text.slice(17)` is the place-date.
 */
export function numberLineEnd(text: string): number {
  const line = clean(text);
  const span = numberSpan(line);
  return span === null ? -1 : span.end;
}

/** Leftover markdown marks become spaces, so offsets stay those of the input: "~~10227~~" */
function clean(text: string): string {
  return text.replace(/[*~\\]/g, " ");
}

interface Span {
  labelStart: number;
  bodyStart: number;
  end: number;
}

/** "  Số:   10227 /VP-KGVX  …" → label at 2, body at 8, end after "KGVX". */
function numberSpan(line: string): Span | null {
  const label = matchAt(NUMBER_LABEL, line, 0);
  if (label === null) return null;
  const labelStart = label.index + label[0].search(/[sS]/);
  let bodyStart = label.index + label[0].length;
  let body = matchAt(NUMBER_BODY, line, bodyStart);
  if (body === null || body[1] === undefined) {
    const blank = matchAt(BLANK_SERIAL, line, bodyStart);
    bodyStart += blank ? blank[0].length : 0;
    body = matchAt(NUMBER_BODY, line, bodyStart);
    if (body === null) return null;
  }
  return { labelStart, bodyStart, end: bodyStart + body[0].length };
}

function matchAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}
