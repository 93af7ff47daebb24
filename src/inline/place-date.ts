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
import { isoDate } from "./calendar.js";
import { foldKey } from "./fold.js";

export interface PlaceDate {
  place: string | null;
  /** null when blank or impossible */
  date: { text: string; iso: string; yearInferred?: true } | null;
  /** the date is printed with blanks to fill in: "ngày    tháng    năm 2025" */
  blank: boolean;
}

/** ", ngày 24 tháng 9 năm 2021" | " ngày 24/9/2021" | ", ngày  tháng  năm 2025"; letters may be lost. */
const DATE_PART = new RegExp(
  "(,?)[ \\t]*(ng[àa]?y[ \\t.…_:]*(?:" +
    "(\\d{1,2})?[ \\t.…_,]*th[áa]?ng[ \\t.…_:]*(\\d{1,2})?[ \\t.…_,]*n[ăa]?m[ \\t.…_:]*(\\d{4})?" +
    "|(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})))(?![\\dA-Za-zÀ-ỹĐđ])",
  "i",
);

const MAX_PLACE_WORDS = 6;

/** The place and date of a place-date line, or null when the line is not one. */
export function parsePlaceDate(text: string): PlaceDate | null {
  const m = DATE_PART.exec(text);
  if (!m || m.index === 0) return null;
  const place = placeBefore(text.slice(0, m.index), m[1] === ",");
  if (place === null) return null;
  const [day, month, year] = m[3] !== undefined || m[4] !== undefined || m[5] !== undefined
    ? [m[3], m[4], m[5]]
    : [m[6], m[7], m[8]];
  if (day === undefined || month === undefined || year === undefined) {
    return { place, date: null, blank: true };
  }
  const iso = isoDate(Number(year), Number(month), Number(day));
  const dateText = m[2].trim();
  return { place, date: iso === null ? null : { text: dateText, iso }, blank: false };
}

/**
 * The place in the text before the date: the whole of it when it reads as a place, else (only
 * when a comma precedes "ngày") the place words at its end: "Số: 299/TTg Hà Nội" → "Hà Nội".
 */
function placeBefore(before: string, comma: boolean): string | null {
  const cell = lastCell(before).replace(/^[\s*_~|>#]+|[\s*_~|]+$/g, "");
  const words = cell.split(/\s+/).filter((w) => w !== "");
  if (words.length === 0) return null;
  if (words.length <= MAX_PLACE_WORDS && words.every((w, i) => isPlaceWord(w, words[i - 1], true))) {
    return accept(words);
  }
  if (!comma) return null;
  let first = words.length;
  while (first > 0 && isPlaceWord(words[first - 1], words[first - 2], false)) first--;
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
 * "Hà", "Nội", "Q.", "TP.", "1" after "Q."/"Quận"/"P.", "phố" after "Thành" (Thành phố Huế).
 * In the tail of a junk-led line, an ALL-CAPS word ends the place ("… MINH Hà Nội" → "Hà Nội").
 */
function isPlaceWord(word: string, previous: string | undefined, whole: boolean): boolean {
  if (/^\d{1,2}$/.test(word)) return previous !== undefined && /^(?:Q\.|Quận|P\.|Phường)$/i.test(previous);
  if (/\d/.test(word)) return false;
  const first = word[0];
  if (first === first.toLowerCase()) {
    return previous !== undefined && /^(?:phố|xã|trấn)$/.test(word) && /^(?:Thành|Thị)$/.test(previous);
  }
  if (whole) return true;
  const letters = word.replace(/[^A-Za-zÀ-ỹĐđ]/g, "");
  return letters.length < 2 || letters !== letters.toUpperCase() || /\.$/.test(word);
}

/** Weekdays are not places: "Chủ nhật, ngày 01 tháng 02 năm 2026", "Thứ Bảy, ngày …". */
function accept(words: string[]): string | null {
  const key = foldKey(words.join(" "));
  if (/^(?:thứ|chủ nhật)(?:\s|$)/.test(key)) return null;
  return words.join(" ");
}
