/**
 * Every date mentioned in a run of text, in text order (SPEC §3 `dates`).
 *
 *   "ngày 28 tháng 7 năm 2021"             → 2021-07-28   text "ngày 28 tháng 7 năm 2021"
 *   "ngày 28/7/2021", "26/05/2021"         → 2021-07-28   text "28/7/2021" (the numeric part)
 *   "01-10-1997", "01.10.1997"             → 1997-10-01
 *   "17h00 ngày 14/9/2021"                 → 2021-09-14T17:00  text "17h00 ngày 14/9/2021"
 *   "8 giờ 30 phút, ngày 20/9/2021"        → 2021-09-20T08:30
 *   "21/09/2021 18:49:48 +07:00"           → 2021-09-21T18:49
 *   "Ngày: 20/9", "từ 15/9", "đến 21/9"    → context.year-09-20, yearInferred (skipped without a year)
 *   "30/2020/NĐ-CP", "2-3 ngày/lần", "1/5 số", "tháng 7 năm 2021" → not dates
 *   "31/02/2021", "ngày 32 tháng 13"       → `invalid`
 */
import * as T from "../../grammar/inline-tokens.js";
import { candidates, type Candidate } from "./candidates.js";
import { spanOf, type TextRun } from "../text-run.js";
import type { DateValue, LineSpan } from "../types.js";
import { isDayOfYear, isoDate, withTime } from "./calendar.js";
import { FoldedText } from "./fold.js";

export { parsePlaceDate } from "./place-date.js";

export interface DateContext {
  /** the document's year, given to dates printed without one ("20/9") */
  year?: number;
}

export interface InvalidDate {
  text: string;
  lines: LineSpan;
}

export interface DatesFound {
  dates: DateValue[];
  invalid: InvalidDate[];
}

/** A date read from one token, before it is placed on source lines. */
interface Reading {
  start: number;
  end: number;
  iso: string | null;
  yearInferred: boolean;
}

const DATE_KINDS = new Set([T.DateIso, T.DateNumeric, T.DateShort, T.DateWords]);

export function findDates(run: TextRun, context: DateContext = {}): DatesFound {
  return datesFound(locateDates(run, context));
}

/** Located dates as `findDates` gives them: the real ones, and the impossible ones apart. */
export function datesFound(located: readonly LocatedDate[]): DatesFound {
  const found: DatesFound = { dates: [], invalid: [] };
  for (const date of located) {
    if (date.value === null) found.invalid.push({ text: date.text, lines: date.lines });
    else found.dates.push(date.value);
  }
  return found;
}

/** A date with its offsets in `run.text`; `value` null = an impossible date ("31/02/2021"). */
export interface LocatedDate {
  start: number;
  end: number;
  text: string;
  lines: LineSpan;
  value: DateValue | null;
}

/** `findDates` with offsets, for extractors that read around a date (references). */
export function locateDates(run: TextRun, context: DateContext = {}, tokens: readonly Candidate[] = candidates(run.text)): LocatedDate[] {
  return readDates(run, tokens, context, false);
}

/** The first real date of the run (not an impossible one), read no further than needed. */
export function firstDate(run: TextRun, context: DateContext = {}, tokens: readonly Candidate[] = candidates(run.text)): DateValue | null {
  return readDates(run, tokens, context, true).find((d) => d.value !== null)?.value ?? null;
}

/** The dates of the run (`tokens`: its candidates) in text order; with `untilFirst`, up to the first real one. */
function readDates(run: TextRun, tokens: readonly Candidate[], context: DateContext, untilFirst: boolean): LocatedDate[] {
  const out: LocatedDate[] = [];
  let time: Candidate | null = null;
  const folded = new FoldedText(run.text);
  for (const token of tokens) {
    if (token.tokenType === T.TimeOfDay) {
      time = token;
      continue;
    }
    if (!DATE_KINDS.has(token.tokenType)) continue;
    const reading = readDate(folded, token, context, time);
    time = null;
    if (reading === null) continue;
    const { start, end, iso } = reading;
    const text = run.text.slice(start, end);
    const lines = spanOf(run, start, end);
    const inferred = reading.yearInferred ? { yearInferred: true as const } : {};
    const value = iso === null ? null : { text, iso, ...inferred, lines };
    out.push({ start, end, text, lines, value });
    if (untilFirst && value !== null) break;
  }
  return out;
}

/** One date token (with the time printed before it, if any) → a reading; null = not a date. */
function readDate(src: FoldedText, token: Candidate, context: DateContext, time: Candidate | null): Reading | null {
  const text = src.text;
  const start = token.startOffset;
  const end = start + token.image.length;
  if (token.tokenType !== T.DateWords && !standsAlone(text, start)) return null;
  const timed = time !== null && timeBelongs(src, time, start) ? time : null;
  const date = token.tokenType === T.DateWords ? readWords(src, token, end, context) : readNumeric(token, context);
  if (date === undefined) return null;
  const needsContext = date.yearless && token.tokenType !== T.DateWords && timed === null;
  if (needsContext && !yearlessContext(src, start)) return null;
  let iso = date.iso;
  if (iso !== null && timed !== null && date.time === null) iso = applyTime(iso, timed.image);
  if (iso !== null && date.time !== null) iso = applyTime(iso, date.time);
  return { start: timed ? timed.startOffset : start, end, iso, yearInferred: date.yearless };
}

interface DateParts {
  /** null = invalid (a day that does not exist) */
  iso: string | null;
  yearless: boolean;
  /** a time printed after the date: "18:49" */
  time: string | null;
}

/** "ngày 28 tháng 7 năm 2021"; undefined = not a date here ("ngày 30 tháng 11 hằng năm"). */
function readWords(src: FoldedText, token: Candidate, end: number, context: DateContext): DateParts | undefined {
  const [day, month, year] = (token.image.match(/\d+/g) ?? []).map(Number);
  if (year !== undefined) return { iso: isoDate(year, month, day), yearless: false, time: null };
  if (/^[\s,]*h[àa]ng năm/.test(src.fold(end, end + 12))) return undefined;
  return yearless(day, month, context, true);
}

/** "26/5/2021", "01.10.1997", "2026-06-15 17:34", "20/9" */
function readNumeric(token: Candidate, context: DateContext): DateParts | undefined {
  const image = token.image;
  if (token.tokenType === T.DateIso) {
    const [y, m, d] = image.slice(0, 10).split("-").map(Number);
    return { iso: isoDate(y, m, d), yearless: false, time: image.slice(11) || null };
  }
  const m = /^(\d+)\D+?(\d+)(?:\D+?(\d{4}))?\s*(.*)$/s.exec(image);
  if (!m) return undefined;
  const [day, month] = [Number(m[1]), Number(m[2])];
  if (m[3] === undefined) return yearless(day, month, context, false);
  return { iso: isoDate(Number(m[3]), month, day), yearless: false, time: m[4] || null };
}

/**
 * A date printed without a year takes `context.year`. Without one it is skipped. An impossible
 * day is `invalid` only when the words say it is a date ("ngày 32 tháng 13"); "14/16" is no date.
 */
function yearless(day: number, month: number, context: DateContext, words: boolean): DateParts | undefined {
  if (!isDayOfYear(month, day)) return words ? { iso: null, yearless: true, time: null } : undefined;
  if (context.year === undefined) return undefined;
  return { iso: isoDate(context.year, month, day), yearless: true, time: null };
}

/** "17h00", "8 giờ 30 phút", "17:00", "18:49:48 +07:00" → "…T17:00" */
function applyTime(iso: string, time: string): string {
  const m = /^(\d{1,2})(?:\D+(\d{1,2}))?/.exec(time.trim());
  if (!m) return iso;
  return withTime(iso, Number(m[1]), m[2] === undefined ? 0 : Number(m[2]));
}

/** The time goes with the date when only ", " / " vào ngày " lies between: "17h00 ngày 14/9/2021". */
function timeBelongs(src: FoldedText, time: Candidate, dateStart: number): boolean {
  const gap = src.fold(time.startOffset + time.image.length, dateStart);
  return /^[\s,]*(?:vào\s+)?(?:ngày[\s:]*)?$/.test(gap);
}

/** A numeric date is not glued to a word or a number: not "F14/9", "1.20/9", "14/14/16". */
function standsAlone(text: string, start: number): boolean {
  return start === 0 || !/[0-9/.A-Za-zÀ-ỹĐđ]/.test(text[start - 1]);
}

/** Year-less dates need a date word before them: "ngày 20/9", "Ngày: 20/9", "từ 15/9", "đến 21/9". */
function yearlessContext(src: FoldedText, start: number): boolean {
  const before = src.fold(Math.max(0, start - 12), start);
  return /(?:^|[^a-zà-ỹđ])(?:ngày|từ|đến|hết|tới)[\s:.,]*$/.test(before);
}
