/**
 * Stamps: the incoming-document stamp of the receiving office ("ĐẾN Số: 495 Ngày: 20/9") and
 * the fragments a digital signature leaves in PDF text ("Ngày ký: 21/09/2021 18:49:48 +07:00").
 */
import type { LineToken } from "../lex.js";
import type { Stamp } from "../types.js";
import { findDates } from "../inline/dates.js";
import { runOf, spanOfLines } from "./prose.js";

export function readStamp(tokens: readonly LineToken[], year: number | undefined): Stamp {
  const lines = tokens.map((t) => t.payload);
  const digital = tokens.some((t) => t.tokenType.name === "ChuKySo");
  // "Ngày: 20/9" on a stamp reads like "ngày 20/9" (same length, so offsets hold)
  const run = runOf(lines.map((l) => ({ ...l, text: l.text.replace(/(ng[àa]y)\s*:/giu, "$1 ") })));
  const number = digital ? null : (/\bS[ốôo]\s*:?\s*(\d+)/iu.exec(run.text)?.[1] ?? null);
  const date = findDates(run, { year }).dates[0] ?? null;
  return { kind: digital ? "digital-signature" : "incoming", text: runOf(lines).text, number, date, lines: spanOfLines(lines) };
}
