/**
 * Địa danh và thời gian ban hành (NĐ 30 Điều 8 khoản 4): the place-date line of a header.
 *
 *   "Hà Nội, ngày 24 tháng 9 năm 2021"            → place "Hà Nội", 2021-09-24
 *   "Q. Hai Bà Trưng, ngày 28 tháng 7 năm 2021"   → place "Q. Hai Bà Trưng"
 *   "TP. Hồ Chí Minh, ngày 05 tháng 01 năm 2024"  → place "TP. Hồ Chí Minh"
 *   "Lai Châu, ngày    tháng    năm 2025"         → place "Lai Châu", date null, blank true
 *   "H Nội, ngy 12 tháng 3 năm 2026"              → letters dropped by OCR are tolerated
 *   "Số: 1056/QĐ-CT Tuyên Quang, ngày 16 …"       → place "Tuyên Quang" (junk before the place)
 *   "Căn cứ Luật … ngày 18 tháng 02 năm 2025"     → null (not a place-date line)
 */
import { lazy } from "../lazy.js";
import { isoDate } from "./calendar.js";
import { foldKey } from "./fold.js";

export interface PlaceDate {
  place: string | null;
  /** null when blank or impossible */
  date: { text: string; iso: string; yearInferred?: true } | null;
  /** the date is printed with blanks to fill in: "ngày    tháng    năm 2025" */
  blank: boolean;
}

/** "ngày" wherever it is, letters lost by OCR tolerated: "ngày", "NGÀY", "ngy", "ngay". */
const NGAY = /ng[àa]?y/gi;
/** At a "ngày": "ngày 24 tháng 9 năm 2021" | "ngày 24/9/2021" | "ngày    tháng    năm 2025". */
const BLANK = "[ \\t.…_:,]{0,80}";
const DATE_AT = new RegExp(
  `ng[àa]?y${BLANK}(?:(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})` +
    `|(?:(\\d{1,2})${BLANK})?th[áa]?ng${BLANK}(?:(\\d{1,2})${BLANK})?n[ăa]?m${BLANK}(\\d{4})?)` +
    "(?![\\dA-Za-zÀ-ỹĐđ])",
  "iy",
);

const MAX_PLACE_WORDS = 6;

/** The place and date of a place-date line, or null when the line is not one. */
export function parsePlaceDate(text: string): PlaceDate | null {
  const m = dateIn(text);
  if (m === null) return null;
  const before = text.slice(0, m.index).replace(/[ \t]+$/, "");
  const comma = before.endsWith(",");
  const place = placeBefore(comma ? before.slice(0, -1) : before, comma);
  if (place === null) return null;
  const [day, month, year] = m[1] !== undefined ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
  if (day === undefined || month === undefined || year === undefined) {
    return { place, date: null, blank: true };
  }
  const iso = isoDate(Number(year), Number(month), Number(day));
  return { place, date: iso === null ? null : { text: m[0].trim(), iso }, blank: false };
}

/** The first "ngày …" date (or blank date) that starts a word and is not at the line start. */
function dateIn(text: string): RegExpExecArray | null {
  NGAY.lastIndex = 0;
  for (let hit = NGAY.exec(text); hit !== null; hit = NGAY.exec(text)) {
    if (hit.index === 0 || /[A-Za-zÀ-ỹĐđ]/.test(text[hit.index - 1])) continue;
    DATE_AT.lastIndex = hit.index;
    const m = DATE_AT.exec(text);
    if (m !== null) return m;
  }
  return null;
}

/**
 * The place in the text before the date: the whole of it when it reads as a place, else (only
 * when a comma precedes "ngày") the place words at its end: "Số: 299/TTg Hà Nội" → "Hà Nội".
 */
function placeBefore(before: string, comma: boolean): string | null {
  const cell = lastCell(before).replace(/^[\s*_~|>#]+|[\s*_~|]+$/g, "");
  const words = cell.split(/\s+/).filter((w) => w !== "");
  if (words.length === 0) return null;
  if (words.length <= MAX_PLACE_WORDS && words.every((w, i) => isPlaceWord(w, words[i - 1], true, words[i - 2]))) {
    return accept(words);
  }
  if (!comma) return null;
  let first = words.length;
  while (first > 0 && isPlaceWord(words[first - 1], words[first - 2], false, words[first - 3])) first--;
  const tail = words.slice(first);
  return tail.length === 0 || tail.length > MAX_PLACE_WORDS ? null : accept(tail);
}

/** pdftotext columns and table cells: "V/v …      Hà Nội" → "Hà Nội"; "| x | Hà Nội" → "Hà Nội". */
function lastCell(before: string): string {
  const parts = before.split(/\s{2,}|\t|\|/);
  for (let i = parts.length - 1; i >= 0; i--) if (parts[i].trim() !== "") return parts[i];
  return "";
}

/**
 * "Hà", "Nội", "Q.", "TP.", "phố" after "Thành" (Thành phố Huế), and a unit's number: "1" after
 * "Q."/"Quận"/"P."/"Phường" or after two capitalised words ("Đam Rông 1", "Bảo Lâm 3"), "Q.3".
 * Not a number after one word ("Số 12", "Điều 5", "Lớp 1") nor after lower-case words.
 * In the tail of a junk-led line, an ALL-CAPS word ends the place ("… MINH Hà Nội" → "Hà Nội").
 */
function isPlaceWord(word: string, previous: string | undefined, whole: boolean, beforePrevious?: string): boolean {
  if (/^\d{1,2}$/.test(word)) {
    if (previous === undefined) return false;
    if (/^(?:Q\.|Quận|P\.|Phường)$/i.test(previous)) return true;
    return isCapitalised(previous) && !COUNTER.test(foldKey(previous)) && beforePrevious !== undefined && isCapitalised(beforePrevious);
  }
  if (/^[QP]\.\d{1,2}$/i.test(word)) return true;
  if (/\d/.test(word)) return false;
  const first = word[0];
  if (first === first.toLowerCase()) {
    return previous !== undefined && /^(?:phố|xã|trấn)$/.test(word) && /^(?:Thành|Thị)$/.test(previous);
  }
  if (whole) return true;
  const letters = word.replace(/[^A-Za-zÀ-ỹĐđ]/g, "");
  return letters.length < 2 || letters !== letters.toUpperCase() || /\.$/.test(word);
}

/** Words that count or rank what they name ("Kỳ Họp Thứ 5", "Hội Nghị Lần 2"): their number is no unit's. */
const COUNTER = /^(?:thứ|lần|số|khóa|kỳ|đợt|lớp|tổ|điều|khoản|mục|phần|chương|bước|nhóm|tuần|tháng|năm|quý)$/;
/** (made once, on first use: the build turns a `\p{…}` literal into a `new RegExp(…)` made at every call, and V8 reads a `\p{…}` at start-up) */
const CAPITAL_START = lazy(() => /^\p{Lu}/u);
const isCapitalised = (word: string): boolean => CAPITAL_START().test(word);

/** Weekdays are not places: "Chủ nhật, ngày 01 tháng 02 năm 2026", "Thứ Bảy, ngày …". */
function accept(words: string[]): string | null {
  const key = foldKey(words.join(" "));
  if (/^(?:thứ|chủ nhật)(?:\s|$)/.test(key)) return null;
  return words.join(" ");
}
