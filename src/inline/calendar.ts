/**
 * Calendar arithmetic for printed dates: is "31/02/2021" a real day, and its ISO form.
 *
 *   isoDate(2021, 7, 28)  → "2021-07-28"
 *   isoDate(2021, 2, 31)  → null
 *   withTime("2021-09-14", 17, 0) → "2021-09-14T17:00"
 */

/** Years a document date can plausibly carry; others are not dates ("1/1/9999"). */
const MIN_YEAR = 1800;
const MAX_YEAR = 2199;

/** "YYYY-MM-DD" for a real calendar day, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Day and month that exist in some year: 29/2 yes, 31/4 no (for dates printed without a year). */
export function isDayOfYear(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(2000, month);
}

/** "2021-09-14" + 17:00 → "2021-09-14T17:00"; an impossible time leaves the date alone. */
export function withTime(iso: string, hour: number, minute: number): string {
  if (hour > 24 || minute > 59 || (hour === 24 && minute > 0)) return iso;
  return `${iso}T${pad(hour, 2)}:${pad(minute, 2)}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}
