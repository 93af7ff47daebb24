/**
 * The time limit of a task, read from its text. A calendar date gives `kind: "date"` and an ISO
 * date; any other limit is kept as printed (`kind: "relative"`, `iso` null).
 *
 *   "trước ngày 15/9/2021"                     → date 2021-09-15
 *   "chậm nhất ngày 20/9" (document of 2021)   → date 2021-09-20
 *   "trước 17h00 ngày 14/9/2021"               → date 2021-09-14T17:00
 *   "trước 16 giờ hằng ngày", "(báo cáo) lúc 15h hằng ngày" → relative, the time of day with its day
 *   "vào ngày 15/11/2025" → date; "trong tháng 10/2021", "vào tháng 12/2026", "trong quý III/2021", "hằng tháng", "trước 24h",
 *   "tại kỳ họp gần nhất của HĐND Thành phố"   → relative
 *   "định kỳ", "thường xuyên", "từ ngày 01/5/2021", "(trước 24h)" (a remark in brackets) → none
 */
import { findDates } from "../inline/dates.js";
import { foldChars } from "../inline/fold.js";
import { lazy } from "../lazy.js";
import { remember } from "../remember.js";
import { singleLineRun } from "../text-run.js";
import type { Deadline, LineSpan } from "../types.js";

/** An hour before a day ("17h00", "16 giờ 30 phút,"). */
const HOUR = String.raw`(?:\d{1,2}\s*(?:h|giờ)\s*\d{0,2}\s*(?:phút)?\s*,?\s*)`;
export const DATE_LIMIT = new RegExp(
  [
    String.raw`(?:trước|chậm nhất(?: là)?(?: vào)?(?: trước)?|hạn chót(?: là)?|không muộn hơn|hoàn thành (?:trước|trong)|xong trước)\s+${HOUR}?(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?`,
    String.raw`(?:vào|trong)\s+${HOUR}?(?:(?:sáng|chiều|tối|trưa)\s+)?(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ nhật)\s*,?\s*)?ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?`,
    String.raw`(?:trước|chậm nhất(?: là)?(?: vào)?|vào|trong)\s+${HOUR}?ngày\s+\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?`,
  ].join("|"),
  "g",
);

/**
 * A period's end: "từ ngày 15/12/2025 đến (hết) ngày 15/3/2026", "từ 01/3 - 31/3/2026", "đến hết
 * ngày 30/6/2026" — the work runs to that day, its limit (read as a date, the last one printed). A
 * period's start alone ("từ ngày 01/5/2021") and "đến ngày …" without "từ" or "hết" ("Đến ngày
 * 30/9, toàn tỉnh đã …") are none.
 */
const DAY = String.raw`(?:\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?|\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)`;
const RANGE_LIMIT = new RegExp(
  String.raw`từ\s+(?:ngày\s+)?${DAY}\s*(?:đến|-)\s*(?:hết\s+)?${HOUR}?(?:ngày\s+)?${DAY}|đến\s+hết\s+${HOUR}?ngày\s+${DAY}`,
  "g",
);

/**
 * "định kỳ 6 tháng", "định kỳ 06 tháng một lần", "định kỳ 6 tháng, hằng năm", "định kỳ 6 tháng và cuối năm": a
 * reporting period counted in units (NĐ 09/2019: hằng tháng, quý, 6 tháng, năm) is a frequency wherever "hằng X"
 * is one, and a list of periods after it is one phrase; not the period a report covers ("định kỳ 6 tháng đầu năm").
 */
const PERIODIC_LIMIT = String.raw`định kỳ\s+\d{1,2}\s+(?:ngày|tuần|tháng|q(?:uý|úy)|năm)(?:\s+một\s+lần)?(?!\s+(?:đầu|cuối)\s)(?:(?:\s*,\s*|\s+và\s+)(?:(?:hằng|hàng)\s+(?:q(?:uý|úy)|năm)|cuối\s+năm|năm)(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF]|\s*\d))?`;

export const RELATIVE_LIMIT = new RegExp(
  [
    // the number or roman numeral is a whole word: "trong năm vừa qua" is not "trong năm v"
    String.raw`(?:trong|trước|cuối|hết|đầu|vào)\s+(?:tháng|q(?:uý|úy)|năm|tuần|học kỳ)\s+[\dIVXivx]+(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])(?:\s*[/-]\s*\d{4}|\s+năm\s+\d{4})?`,
    String.raw`(?:trong|trước)\s+(?:năm|q(?:uý|úy)|tháng)\s+\d{4}`,
    String.raw`(?:(?:báo cáo|tổng hợp|gửi|cập nhật)[^;.]*?\s)?(?:(?:hằng|hàng)\s+(?:ngày|tuần|tháng|q(?:uý|úy)|năm)|${PERIODIC_LIMIT})`,
    String.raw`(?:vào\s+)?(?:(?:sáng|chiều|tối|trưa)\s+)?(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ nhật|ngày\s+\d{1,2})\s+(?:hằng|hàng)\s+(?:tuần|tháng|q(?:uý|úy)|năm)`,
    // "trước 20 giờ cùng ngày": a time on the day of the limit before it (see `findDeadlines`)
    String.raw`trước\s+\d{1,2}\s*(?:h|giờ)(?:\s*\d{2})?(?:\s*phút)?\s+cùng\s+ngày`,
    // "trước 24h", "trước 16 giờ hằng ngày" (a time of day, each day)
    String.raw`trước\s+\d{1,2}\s*(?:h|giờ)(?:\s*\d{2})?(?:\s*phút)?(?:\s+(?:hằng|hàng)\s+(?:ngày|tuần))?(?!\s*(?:\d|,|ngày))`,
    String.raw`trong\s+(?:thời hạn|vòng)?\s*(?:tối đa\s+|không quá\s+)?\d+\s+(?:ngày|tuần|tháng)(?:\s+làm việc)?(?:\s+kể từ[^,;.]*)?`,
    // "chậm nhất 05 ngày làm việc sau khi kết thúc …", "không quá 02 giờ làm việc kể từ …", "chậm nhất sau 05 ngày
    // kể từ …", "chậm nhất 10 ngày trước ngày khai giảng": a count of time from an event (the wording of Thông tư and
    // Hướng dẫn), kept as printed to the clause's end; the event is what makes it a limit ("không quá 10 ngày" alone is a span)
    String.raw`(?:chậm nhất|không quá|tối đa|không muộn hơn)(?:\s+là)?\s+(?:sau\s+)?\d+\s+(?:giờ|ngày|tuần|tháng)(?:\s+làm việc)?\s+(?:sau|trước|kể từ)(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])[^,;.]*`,
    // "tại kỳ họp giữa năm 2026", "tại kỳ họp thường lệ cuối năm" (Luật Tổ chức chính quyền địa phương: HĐND meets at mid-year and year-end)
    String.raw`tại\s+kỳ\s+họp\s+(?:thường\s+lệ\s+)?(?:gần\s+nhất|tới|cuối\s+năm|giữa\s+năm|đầu\s+năm|thứ\s+\S+)(?:\s+(?:năm\s+)?\d{4})?(?:\s+của\s+[^,;.]+)?`,
    // "tại cuộc họp giao ban tháng 3/2026", "tại phiên họp thường kỳ tháng 3/2026": a regular meeting named
    // by its period (UBND and Party kết luận set a report for it); a meeting without its period is a place
    String.raw`tại\s+(?:cuộc\s+họp|phiên\s+họp|hội\s+nghị)\s+(?:giao\s+ban|thường\s+kỳ|thường\s+lệ|định\s+kỳ)\s+(?:tháng|q(?:uý|úy)|năm|tuần)\s+[\dIVXivx]+(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])(?:\s*[/-]\s*\d{4}|\s+năm\s+\d{4})?`,
    // "ngay sau khi nhận được hồ sơ", "ngay khi Kế hoạch được ban hành": an immediacy limit (the
    // "ngay" makes it one; a bare condition, "khi đăng ký tờ khai", stays none), to the clause's end or
    // the "thì" / "là" of its main clause
    String.raw`(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])ngay\s+(?:sau\s+)?khi(?:\s+(?!thì\s|là\s)[^\s,;.()]+)+`,
    String.raw`(?:trước|trong)\s+(?:tháng|năm)\s+tới`,
    // "trước ngày 05 của tháng cuối quý", "chậm nhất ngày 10 của tháng đầu quý sau", "trước ngày 15 tháng sau":
    // a day of a month the period names (a reporting regime), kept as printed
    String.raw`(?:trước|chậm nhất(?: là)?(?: vào)?|vào)\s+ngày\s+\d{1,2}\s+(?:của\s+)?tháng\s+(?:(?:đầu|cuối|cuối cùng)(?:\s+(?:của\s+)?(?:q(?:uý|úy)|năm|kỳ)(?:\s+(?:sau|tiếp theo|kế tiếp|liền kề))?)?|sau|tiếp theo|kế tiếp|liền kề)(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])`,
  ].join("|"),
  // no `u` here nor in DATE_LIMIT (~0.6 ms less to compile at start-up): neither has `\p{…}` or
  // `i`, their letters are all in the BMP, and nothing in them can stop between the two halves
  // of a surrogate pair (`\S+`, `[^,;.]+` run over both), so they match alike without it
  "g",
);

/**
 * What a limit cannot be printed without, tried first (most actions set none): a digit, "hằng" /
 * "hàng", "kỳ" ("tại kỳ họp", "học kỳ"), "tới", or a roman numeral after a month, quarter, year or
 * week ("trong quý iv"). `DATE_LIMIT` and `RELATIVE_LIMIT` find nothing in a text without one.
 */
const MAY_HOLD_LIMIT = /\d|h[ằà]ng|kỳ|tới|ngay\s+(?:sau\s+)?khi|(?:tháng|q(?:uý|úy)|năm|tuần)\s+[ivx]/;
/**
 * What each of `DATE_LIMIT`, `RELATIVE_LIMIT` and `MONTHLY_DAY` cannot match without, tried before
 * it (the two limits cost ~2 ms to compile at start-up; most texts with a digit hold no limit): a
 * day and month ("15/9", "15 tháng 9"); a period and its number ("quý III", "tháng 10", "kỳ họp",
 * "năm tới", "định kỳ 6"), a frequency, an hour ("trước 16"), a count of days ("10 ngày") or of hours from an event
 * ("02 giờ làm việc kể từ"); "ngày 25".
 * (Exported for the tests.)
 */
export const DATE_SIGN = /\d\s*[/.-]\s*\d|\d\s+tháng\s+\d/;
export const RELATIVE_SIGN = /ngay\s+(?:sau\s+)?khi\s|(?:tháng|q(?:uý|úy)|năm|tuần|kỳ)\s+(?:[\dIVXivx]|tới|họp)|h[ằà]ng\s|trước\s+\d|\d\s+(?:ngày|tuần|tháng)|\d\s+giờ\s+(?:làm|sau|trước|kể)|ngày\s+\d{1,2}\s+(?:của\s+)?tháng\s/;
export const MONTHLY_DAY_SIGN = /ngày\s+\d/;

/**
 * "hằng tháng" is a limit when it says how often to report ("báo cáo … hằng tháng") or on which
 * day ("vào thứ Sáu hàng tuần", "ngày 25 hằng tháng") or hour ("trước 16 giờ hằng ngày"), not
 * "khai báo y tế hàng ngày".
 */
const FREQUENCY = new RegExp(String.raw`(?:(?:hằng|hàng)\s+(?:ngày|tuần|tháng|q(?:uý|úy)|năm)|${PERIODIC_LIMIT})$`, "u");
const SCHEDULE = new RegExp(String.raw`(?:(?:(?:vào|trước|lúc)\s+)?\d{1,2}\s*(?:h|giờ)(?:\s*\d{2})?(?:\s*phút)?\s+|(?:(?:vào|trước)\s+)?(?:(?:sáng|chiều|tối|trưa)\s+)?(?:thứ\s+\S+|chủ nhật|ngày\s+\d{1,2})\s+)?(?:hằng|hàng)\s+\S+$|${PERIODIC_LIMIT}$`, "u");
const REPORTING = /^(?:báo cáo|tổng hợp|gửi|cập nhật)/u;
/** ", vào chiều thứ Năm, ", ", trước 16 giờ, ": a day or hour set off after a frequency, before the report it times (group 1 without the last comma) */
const SET_OFF_DAY = /^(\s*,\s*(?:vào|trước|lúc)\s+(?:(?:sáng|chiều|tối|trưa)\s+)?(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ nhật|\d{1,2}\s*(?:h|giờ)(?:\s*\d{2})?(?:\s*phút)?))\s*,?\s*/u;
const SAME_DAY = /^trước\s+(\d{1,2})\s*(?:h|giờ)\s*(\d{2})?(?:\s*phút)?\s+cùng\s+ngày$/u;

export interface DeadlineContext {
  /** the document's year, for dates printed without one */
  year?: number;
  lines: LineSpan;
  /** a regime fronted before the text ("Định kỳ hằng tháng, …"): a day with no month is a limit in all of it */
  recurring?: boolean;
}

/**
 * The value of a plan's time row or column ("Thời gian hoàn thành: 30/9/2026", "Quý I/2015",
 * "Thường xuyên"): a limit read as in any text, else a lone calendar date as a date, else the
 * value kept as printed.
 */
export function readTimeCell(value: string, context: DeadlineContext): Deadline {
  const limit = findDeadline(value, context);
  if (limit) return limit;
  const { dates } = findDates(singleLineRun(context.lines[0], value), { year: context.year });
  const [date] = dates;
  if (dates.length === 1 && value.replace(date.text, "").replace(/ngày|[\s.,;]/giu, "") === "") {
    return { text: value, kind: "date", iso: date.iso, lines: context.lines };
  }
  return { text: value, kind: "relative", iso: null, lines: context.lines };
}

/** "Hằng tháng", "Định kỳ hằng quý", "Định kỳ 6 tháng": a frequency that opens a fronted time phrase. */
// (made on first use, as every `\p{…}` pattern here: V8 reads a `\p{…}` ~0.3 M instructions each,
// when the literal is made at start-up as well as when it is compiled)
const FRONTED_FREQUENCY = lazy(() => /^(?:định kỳ\s+)?((?:hằng|hàng)\s+(?:ngày|tuần|tháng|q(?:uý|úy)|năm)|(?<=định kỳ\s+)\d{1,2}\s+(?:ngày|tuần|tháng|năm))(?![\p{L}\p{M}])/u);

/**
 * The time a fronted phrase gives the action after its subject ("Trong tháng 3/2026, Sở Tài chính
 * báo cáo …" → "Trong tháng 3/2026"): a limit read in it as in any text, or its frequency when the
 * action is a report ("Hằng tháng, Phòng 7 báo cáo …" → "Hằng tháng", as "báo cáo … hằng tháng").
 */
export function frontedDeadline(fronted: string, action: string, context: DeadlineContext): Deadline | null {
  const limit = findDeadline(fronted, context);
  if (limit) return limit;
  const folded = foldChars(fronted.trim());
  // "Định kỳ hằng tháng, Phòng 7 báo cáo … trước ngày 25": the day of the month the regime sets
  const day = RECURRING.test(folded) ? findDeadline(action, { ...context, recurring: true }) : null;
  if (day) return day;
  const frequency = FRONTED_FREQUENCY().exec(folded);
  if (!frequency || !REPORTING.test(foldChars(action))) return null;
  // "Định kỳ 6 tháng" whole (a count alone is no frequency), "hằng quý" without the "Định kỳ" before it
  const start = fronted.length - fronted.trimStart().length + (/^\d/.test(frequency[1]) ? 0 : frequency[0].length - frequency[1].length);
  const end = fronted.length - fronted.trimStart().length + frequency[0].length;
  return { text: fronted.slice(start, end), kind: "relative", iso: null, lines: context.lines };
}

/** The first time limit in `text`, outside brackets; null when there is none. */
export function findDeadline(text: string, context: DeadlineContext): Deadline | null {
  return findDeadlines(text, context)[0]?.deadline ?? null;
}

export interface FoundDeadline {
  deadline: Deadline;
  /** where it is printed in the text */
  start: number;
  end: number;
}

/** Every time limit in `text`, in order ("… vào thứ Sáu hàng tuần; báo cáo tổng thể trước ngày 05/7/2026"). */
export function findDeadlines(text: string, context: DeadlineContext): FoundDeadline[] {
  const read = readLimits(text);
  if (read === null) return [];
  const { folded } = read;
  // "(Định kỳ hằng tháng báo cáo …) trước ngày 25": a day with no month is a limit in a monthly regime only
  const monthly = read.monthly.filter((m) => context.recurring || RECURRING.test(clauseAround(folded, m.index)));
  const found = [...read.dates, ...read.relatives, ...monthly].sort((a, b) => a.index - b.index);
  const out: FoundDeadline[] = [];
  const rangeAt = new Set(read.dates.filter((m) => m.range).map((m) => m.index));
  for (const match of found) {
    const matchEnd = match.index + match.length;
    if (out.length && match.index < out[out.length - 1].end) continue;
    // "… hằng tháng … trước ngày 25": the frequency of that day's limit, not a limit of its own
    if (match.kind === "relative" && !monthly.includes(match) && FREQUENCY.test(folded.slice(match.index, matchEnd)) && monthly.some((m) => clauseAround(folded, m.index) === clauseAround(folded, match.index))) continue;
    // "báo cáo … trước ngày 15/12 hằng năm": the calendar limit inside a frequency is read with its "hằng năm"
    if (match.kind === "relative" && found.some((d) => d.kind === "date" && d.index > match.index && d.index < matchEnd)) continue;
    if (match.kind === "relative" && COUNTED_MONTHS.test(folded.slice(Math.max(0, match.index - 12), match.index)) && PERIOD_ONLY.test(folded.slice(match.index))) continue;
    let index = match.index;
    let end = match.index + match.length;
    const matched = folded.slice(index, end);
    if (FREQUENCY.test(matched)) {
      const day = SCHEDULE.exec(matched)!;
      if (!REPORTING.test(matched) && !/^(?:vào|thứ|chủ|ngày|trước|lúc|sáng|chiều|tối|trưa|\d)/u.test(day[0])) {
        // "Định kỳ hằng tuần, vào chiều thứ Năm, báo cáo …": the day or hour set off by commas
        // between the frequency and the report verb is part of the regime
        const set = SET_OFF_DAY.exec(folded.slice(end));
        if (set && REPORTING.test(folded.slice(end + set[0].length))) end += set[1].length;
        // "; (định kỳ) hằng quý báo cáo …": the frequency printed right before the report verb, unless
        // the report sets its own limit in the clause ("định kỳ hằng năm báo cáo … trước ngày 31 tháng 12")
        else if (!REPORTING.test(folded.slice(end).trimStart())) continue;
        if (found.some((d) => d.index >= end && clauseAround(folded, d.index) === clauseAround(folded, match.index))) continue;
      }
      index += day.index;
    }
    const printed = text.slice(index, end).replace(/[\s,]+$/, "");
    // "hoàn thành trước 17 giờ ngày 27/10/2025; báo cáo … trước 20 giờ cùng ngày" → 2025-10-27T20:00
    const sameDay = match.kind === "relative" && SAME_DAY.exec(matched);
    const day = sameDay ? [...out].reverse().find((o) => o.deadline.iso !== null)?.deadline.iso?.slice(0, 10) : undefined;
    if (sameDay && day) {
      const time = `${sameDay[1].padStart(2, "0")}:${sameDay[2] ?? "00"}`;
      out.push({ deadline: { text: printed, kind: "date", iso: `${day}T${time}`, lines: context.lines }, start: index, end });
      continue;
    }
    if (match.kind === "relative") {
      out.push({ deadline: { text: printed, kind: "relative", iso: null, lines: context.lines }, start: index, end });
      continue;
    }
    // "trước ngày 15 tháng 12 hằng năm", "trước ngày 31/01 năm sau": a day and month without a year, the year said after them
    const after = /\d{4}/.test(matched) ? null : YEAR_AFTER().exec(folded.slice(end));
    if (after && after[1] !== "sau") {
      const whole = end + after[0].length;
      out.push({ deadline: { text: text.slice(index, whole), kind: "relative", iso: null, lines: context.lines }, start: index, end: whole });
      continue;
    }
    // "trước 15/01 và 15/02/2026", "trước ngày 15/01, 15/4 và 15/7/2026": dates listed after one limit word
    // share it, one limit each; a date printed without a year takes the year of the next one printed with it
    const listed = after || match.range || /\d\s+tháng\s/.test(matched) ? [] : listedDates(folded, end);
    const years = [/[/.-]\s*(\d{4})\s*$/.exec(matched)?.[1], ...listed.map((l) => l.year)];
    const yearOf = (k: number): number | undefined => {
      const printedYear = years.slice(k).find((y) => y !== undefined) ?? years.slice(0, k).reverse().find((y) => y !== undefined);
      return printedYear === undefined ? context.year : Number(printedYear);
    };
    const year = after && context.year !== undefined ? context.year + 1 : listed.length ? yearOf(0) : context.year;
    const date = findDates(singleLineRun(context.lines[0], printed), { year }).dates.at(-1);
    const whole = after ? end + after[0].length : end;
    const iso = date?.iso ?? (listed.length ? dayOf(/(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*\d{4})?\s*$/.exec(matched), year) : null);
    if (iso) out.push({ deadline: { text: after ? text.slice(index, whole) : printed, kind: "date", iso, lines: context.lines }, start: index, end: whole });
    listed.forEach((l, k) => {
      const day = dayOf(l.match, yearOf(k + 1));
      if (day) out.push({ deadline: { text: text.slice(l.start, l.end), kind: "date", iso: day, lines: context.lines }, start: l.start, end: l.end });
    });
  }
  // "(số liệu) 6 tháng đầu năm 2026 trước ngày 10/7/2026": beside a calendar limit, a period
  // named without a limit word ("đầu năm", "cuối quý", "hết tháng") is what the work is about
  // "báo cáo số liệu từ ngày 01/01 đến ngày 30/6/2026 trước ngày 10/7/2026": a period beside a
  // calendar limit in its clause is what the work is about too ("… từ ngày 01/3 đến ngày 31/3/2026;
  // báo cáo … trước ngày 05/4/2026" keeps both)
  if (rangeAt.size) {
    const beside = (r: FoundDeadline) => out.some((o) => o.deadline.kind === "date" && !rangeAt.has(o.start) && clauseAround(folded, o.start) === clauseAround(folded, r.start));
    const kept = out.filter((o) => !rangeAt.has(o.start) || !beside(o));
    out.splice(0, out.length, ...kept);
  }
  if (out.some((o) => o.deadline.kind === "date")) return out.filter((o) => o.deadline.kind === "date" || !PERIOD_ONLY.test(folded.slice(o.start, o.end)));
  return out;
}

/** ", 15/4", " và ngày 15/02/2026": one more date of a list after a limit's date (group 1 the date, 2-4 day, month, year). */
const LIST_NEXT = /^(?:\s*,\s*(?:và\s+)?|\s+và\s+)((?:ngày\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?)(?![\d/.-]|\s+(?:năm|hằng|hàng)\s)/;
interface ListedDate {
  start: number;
  end: number;
  match: RegExpExecArray;
  year: string | undefined;
}
/** The dates listed right after the limit's date that ends at `from` (none when it stands alone). */
function listedDates(folded: string, from: number): ListedDate[] {
  const out: ListedDate[] = [];
  let joined = false;
  for (let at = from; ; ) {
    const m = LIST_NEXT.exec(folded.slice(at));
    // "trước ngày 30/6/2026, 2/3 số xã …": a list that no "và" closes holds "ngày" before each date
    if (!m) return joined || out.every((l) => l.match[0].startsWith("ngày")) ? out : [];
    joined ||= /và\s*$/.test(m[0].slice(0, m[0].length - m[1].length));
    const start = at + m[0].length - m[1].length;
    at += m[0].length;
    out.push({ start, end: at, match: [m[1], m[2], m[3]] as unknown as RegExpExecArray, year: m[4] });
  }
}
/** The ISO day of a day and month ([, day, month]) in `year`; null when there is no such day. */
function dayOf(m: readonly string[] | null, year: number | undefined): string | null {
  if (!m || year === undefined) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

interface Match {
  index: number;
  length: number;
  kind: "date" | "relative";
  /** a period's end (`RANGE_LIMIT`) */
  range?: true;
}
/**
 * A text's folded form (brackets masked) and the matches of the limit patterns in it, read once:
 * the task reader asks about the same text again (an action for its limit, then for its tasks:
 * ~13.5 k folds of ~6.5 k texts per pass over the corpus). Null when it cannot hold a limit.
 */
const readLimits = remember((text: string): { folded: string; dates: readonly Match[]; relatives: readonly Match[]; monthly: readonly Match[] } | null => {
  const unmasked = restoreTrước(foldChars(text));
  if (!MAY_HOLD_LIMIT.test(unmasked)) return null;
  const folded = maskBrackets(unmasked);
  return {
    folded,
    dates: [...firstMatch(folded, DATE_SIGN, DATE_LIMIT, "date"), ...ranges(folded)],
    relatives: firstMatch(folded, RELATIVE_SIGN, RELATIVE_LIMIT, "relative"),
    monthly: firstMatch(folded, MONTHLY_DAY_SIGN, MONTHLY_DAY, "relative"),
  };
}, 256);

/**
 * "trước ngày 25", "chậm nhất ngày 05 hằng tháng": a day of the month with no month after it (not
 * "ngày 15/12", "ngày 15 tháng 12"), a limit only where the clause sets a regime (`RECURRING`).
 */
export const MONTHLY_DAY = /(?:trước|chậm nhất(?: là)?(?: vào)?)\s+ngày\s+\d{1,2}(?![\d/.-]|\s*[/.-]\s*\d|\s+tháng)(?:\s+(?:hằng|hàng)\s+tháng)?/g;
const RECURRING = /(?:hằng|hàng)\s+tháng|định kỳ/;
/** The clause of `text` around `at`: from the ";" before it to the ";" after it. */
function clauseAround(text: string, at: number): string {
  const end = text.indexOf(";", at);
  return text.slice(text.lastIndexOf(";", at) + 1, end < 0 ? text.length : end);
}

/** What follows a day and month printed without a year: "năm sau" (the next year), "hằng năm" (every year). */
const YEAR_AFTER = lazy(() => /^\s+(?:của\s+)?(?:năm\s+(sau)|(?:hằng|hàng)\s+(năm))(?![\p{L}\p{M}])/u);
/** A relative limit with no limit word before it: a period's start or end ("đầu năm 2026", "cuối quý II"). */
const PERIOD_ONLY = /^(?:đầu|cuối|hết)\s/u;
/** "6 tháng đầu năm", "9 tháng cuối năm": a count of months names a period before "đầu"/"cuối". */
const COUNTED_MONTHS = /\d+\s+tháng\s+$/u;

/**
 * The periods' ends (`RANGE_LIMIT`) in `folded`, but for a count's start ("số liệu tính từ ngày
 * 01/01 đến ngày 30/6", "kể từ …": the span the figures cover, not the work's).
 */
function ranges(folded: string): Match[] {
  if (!folded.includes("đến") || !DATE_SIGN.test(folded)) return [];
  return firstMatch(folded, DATE_SIGN, RANGE_LIMIT, "date")
    .filter((m) => !/(?:tính|kể)\s+$/u.test(folded.slice(Math.max(0, m.index - 6), m.index)))
    .map((m) => ({ ...m, range: true }));
}

/** The matches of `pattern` that start a word; none without its `sign`. */
function firstMatch(folded: string, sign: RegExp, pattern: RegExp, kind: "date" | "relative"): Match[] {
  const out: Match[] = [];
  if (!sign.test(folded)) return out;
  pattern.lastIndex = 0;
  for (const m of folded.matchAll(pattern)) {
    if (m.index > 0 && letterOrDigit(folded.charCodeAt(m.index - 1))) continue;
    out.push({ index: m.index, length: m[0].length, kind });
  }
  return out;
}

/** `/[\p{L}\d]/u` of one UTF-16 unit (as it was tested): an ASCII one without the pattern. */
const LETTER_OR_DIGIT = lazy(() => /[\p{L}\d]/u);
function letterOrDigit(code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  return LETTER_OR_DIGIT().test(String.fromCharCode(code));
}

/**
 * "truớc", "trứơc", "truoc": "trước" with a mark lost or misread by OCR, restored (the same length,
 * so offsets hold). No other word is spelt so: a word "tr" + u/ư + o/ơ + "c" with any tone is it.
 * (Exported for the tests.)
 */
const MISREAD_TRƯỚC = /tr[uưúứ][oơóớòờọợ]c/g;
export function restoreTrước(folded: string): string {
  if (!folded.includes("tr")) return folded;
  return folded.replace(MISREAD_TRƯỚC, (m, at: number) =>
    m === "trước" || letterOrMarkBefore(folded, at) || letterOrMarkAt(folded, at + m.length) ? m : "trước");
}

/**
 * The word's edges, as `(?<![\p{L}\p{M}])` and `(?![\p{L}\p{M}])` would test them (an ASCII
 * neighbour, most often a space, tested without the regex: with `\p{…}` it costs ~1.4 ms to
 * compile at start-up). Two matches cannot overlap ("tr" does not recur within one), so a match
 * refused at its edges hides no other.
 */
const LETTER_OR_MARK = lazy(() => /^[\p{L}\p{M}]$/u);
function letterOrMarkAt(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const code = text.charCodeAt(at);
  if (code < 0x80) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
  return LETTER_OR_MARK().test(String.fromCodePoint(text.codePointAt(at)!));
}
function letterOrMarkBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const code = text.charCodeAt(at - 1);
  // the second half of a surrogate pair: the character is the pair
  const pair = code >= 0xdc00 && code <= 0xdfff && at >= 2 && text.charCodeAt(at - 2) >= 0xd800 && text.charCodeAt(at - 2) <= 0xdbff;
  return letterOrMarkAt(text, pair ? at - 2 : at - 1);
}

/** "(trước 24h)" is a remark, not the task's limit: bracketed text is blanked, offsets kept. */
function maskBrackets(text: string): string {
  return text.replace(/\([^()]*\)/g, (m) => " ".repeat(m.length));
}
