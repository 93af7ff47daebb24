/**
 * The marker that opens a clause line, read from the NFC text. The lexer already said the line
 * starts a clause; this reads what is printed: "II-" → number "II", style roman.
 */

/** The Roman numbers of sections in the order they run ("I." … "XV."), for whoever asks what comes next. */
export const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"];

export interface ClauseMarker {
  /** as printed: "1.", "a)", "-", "II-", "Điều 2." */
  readonly marker: string;
  /** "1", "1.2", "a", "II", "2"; null for bullets */
  readonly number: string | null;
  /** the numbering family; siblings share it ("n1.", "roman", "-") */
  readonly style: string;
  /** nesting rank of the family: sections above clauses above items above bullets */
  readonly rank: number;
  /** the text after the marker */
  readonly rest: string;
  /**
   * OCR noise stood before the marker: "6 b)", "16 b)" — a stray page or line number. Such a
   * marker is only an item where it continues an open lettered list (see clauses.ts).
   */
  readonly strayNumber?: boolean;
}

interface Family {
  /** the characters its pattern can start with (the pattern is tried only on a line opening with one) */
  readonly first: string;
  readonly pattern: RegExp;
  read(m: RegExpExecArray): { number: string | null; style: string; rank: number };
}

/** Phần › Chương › Mục: the divisions above the articles (NĐ 30 Phụ lục I), ranked above them. */
const DIVISIONS: Record<string, { style: string; rank: number }> = {
  phan: { style: "phan", rank: -3 },
  chuong: { style: "chuong", rank: -2 },
  muc: { style: "muc", rank: -1 },
};

/** A division's marker style: its heading is its title, it assigns nothing itself. */
export const isDivision = (marker: ClauseMarker): boolean => marker.rank < 0;

/** Combining marks (a constant: the build turns a `\p{…}` literal into a `new RegExp(…)` made at every call). */
const MARKS = /\p{M}/gu;

const FAMILIES: readonly Family[] = [
  // Phần I  |  PHẦN THỨ HAI  |  Chương II  |  CHƯƠNG 1:  |  Mục 2.
  {
    first: "PpCcMm",
    pattern: /^(ph[ầa]n|ch[ưu][ơo]ng|m[ụu]c)\s+([IVXL]{1,6}(?![a-zà-ỹđ\d])|\d{1,3}|th[ứu]\s+[a-zà-ỹđ]+)\s*[.:\-–]?/iu,
    read: (m) => {
      const word = m[1].normalize("NFD").replace(MARKS, "").toLowerCase();
      return { number: /^\d|^[IVXL]+$/i.test(m[2]) ? m[2].toUpperCase() : m[2], ...DIVISIONS[word] };
    },
  },
  // Điều 2.  |  Điều 3:
  { first: "ĐđÐðDd", pattern: /^[ĐÐD]i[ềêe]u\s+(\d{1,3})\s*[.:]?/i, read: (m) => ({ number: m[1], style: "dieu", rank: 2 }) },
  // I.  |  II-  |  IV)
  { first: "IVX", pattern: /^([IVX]{1,5}|[IVX][ivx]{1,4})\s*([.)\-:–])/, read: (m) => ({ number: m[1].toUpperCase(), style: "roman", rank: 1 }) },
  // A.  |  B)
  { first: "ABCDEFGH", pattern: /^([A-H])\s*([.)])/, read: (m) => ({ number: m[1], style: "upper", rank: 0 }) },
  // 1.  |  1.2.  |  3 .  |  1 -  |  2)  |  a number alone on its line, "3" (see point-numbers.ts)
  {
    first: "0123456789",
    pattern: /^(\d{1,3}(?:\s*\.\s*\d{1,2}){0,3})\s*([.)]|-(?=\s)|$)/,
    read: (m) => {
      const number = m[1].replace(/\s+/g, "");
      const depth = number.split(".").length;
      return { number, style: `n${depth}${m[2] === ")" ? ")" : "."}`, rank: 2 + depth };
    },
  },
  // a)  |  b.  |  đ)  |  a.1)
  {
    first: "abcdefghijklmnopqrstuvwxyzđ",
    pattern: /^([a-zđ](?:\.\d{1,2})?)\s*([).])/,
    read: (m) => ({ number: m[1], style: m[1].includes(".") ? "letter.n" : "letter", rank: m[1].includes(".") ? 8 : 7 }),
  },
  // (1)  |  (a)
  { first: "(", pattern: /^\((\d{1,2}|[a-z])\)/, read: (m) => ({ number: m[1], style: "paren", rank: 9 }) },
  // -  |  –  |  •  |  *  |  +
  {
    first: "-–—‐•∙*+",
    pattern: /^([-–—‐•∙*+])\s*/,
    read: (m) => (m[1] === "+" ? { number: null, style: "+", rank: 11 } : { number: null, style: "-", rank: 10 }),
  },
];

/** "- a) …": a dash printed (or OCR'd) before a lettered marker; the item is the lettered one. */
const DASH_BEFORE_LETTER = /^[-–—‐•]\s*(?=[a-zđ]\s*\)\s)/u;
/** "6 b) …", "16 b) …": a lone one- or two-digit number (a page or line number) before a lettered marker. */
const NUMBER_BEFORE_LETTER = /^\d{1,2}\s+(?=[a-zđ]\s*\)\s)/u;

/**
 * "—_2. Giao …", "——2. …": OCR read a rule (HD 36 prints one under the title) or a margin mark as a
 * run of dashes and underscores glued to a numbered marker — two to five, or a dash and "_". Noise,
 * not a dash item: the clause is the numbered one. A single "- 2. …" stays a dash item.
 */
const RULE_CHARS = "-–—‐_";
const RULE_BEFORE_NUMBER = /^(?:[-–—‐][-–—‐_]{1,4}|_{2,5})\s*(?=\d{1,3}\s*[.)]\s)/u;

export function readMarker(text: string): ClauseMarker | null {
  const dash = DASH_BEFORE_LETTER.exec(text) ?? (RULE_CHARS.includes(text[1]) && RULE_CHARS.includes(text[0]) ? RULE_BEFORE_NUMBER.exec(text) : null);
  const stray = dash ? null : NUMBER_BEFORE_LETTER.exec(text);
  const noise = dash ?? stray;
  const marker = readPrinted(noise ? text.slice(noise[0].length) : text);
  if (!marker) return null;
  const single = withoutRepeat(marker);
  return stray ? { ...single, strayNumber: true } : single;
}

/** The families a line may open with, in their order, by its first character. */
const BY_FIRST = new Map<string, Family[]>();
for (const family of FAMILIES) for (const c of family.first) BY_FIRST.set(c, [...(BY_FIRST.get(c) ?? []), family]);

function readPrinted(text: string): ClauseMarker | null {
  for (const family of BY_FIRST.get(text[0]) ?? []) {
    const m = family.pattern.exec(text);
    if (!m) continue;
    return { marker: m[0].trim(), ...family.read(m), rest: text.slice(m[0].length).trim() };
  }
  return null;
}

/**
 * A day of a weekly schedule ("Lịch công tác tuần", "Chương trình làm việc"): a line that is a
 * weekday and its date and nothing else — "Thứ Hai (10/11)", "THỨ BA, NGÀY 11/11/2025", "Chủ nhật
 * 16/11:" — heads the entries under it, an unnumbered level above the items: marker the weekday,
 * number the date as printed. "Thứ hai, …" the enumerator ("secondly") carries no date.
 */
/** A day's name, toned or not ("Thứ Hai", "thu hai", "Chủ nhật"): also the marker tasks/clause-tasks.ts tells a schedule's day by. */
export const DAY_NAME = String.raw`(?:th[ứu]\s+(?:hai|ba|t[ưu]|n[ăa]m|s[áa]u|b[ảa]y)|ch[ủu]\s+nh[ậa]t)`;
const WEEKDAY = new RegExp(String.raw`^(${DAY_NAME})\s*(?:[,:–-]\s*)?\(?\s*(?:ng[àa]y\s+)?(\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?)\s*\)?\s*:?$`, "i");
export const WEEKDAY_RANK = 6.5;

export function readWeekday(text: string): ClauseMarker | null {
  if (text.length > 40 || !/^[TtCc]/.test(text)) return null;
  const m = WEEKDAY.exec(text);
  return m ? { marker: m[1], number: m[2].replaceAll(".", "/"), style: "weekday", rank: WEEKDAY_RANK, rest: "" } : null;
}

/** "a) a) Cơ quan chủ trì …", "2. 2. Giao …": OCR read the marker twice; it is one marker. */
function withoutRepeat(marker: ClauseMarker): ClauseMarker {
  if (marker.number === null || marker.rank < 0) return marker;
  const again = readPrinted(marker.rest);
  const repeated = again?.marker === marker.marker && marker.rest.startsWith(again.marker) && /^\s/.test(marker.rest.slice(again.marker.length));
  if (!again || !repeated) return marker;
  return { ...marker, rest: again.rest };
}
