/**
 * Tên loại văn bản and their official abbreviations (GUIDE §5):
 * State — Nghị định 30/2020/NĐ-CP Phụ lục III, plus the normative types (NĐ, TT, TTLT, L, PL, NQLT);
 * Party — Hướng dẫn 36-HD/VPTW.
 *
 *   typeCodeFor("THÔNG BÁO", "state")   → "TB"
 *   typeCodeFor("CÔNG VĂN", "state")    → null   (a State công văn has no abbreviation)
 *   typeCodeFor("CÔNG VĂN", "party")    → "CV"
 *   typeCodeFor("QUY ĐỊNH", "party")    → "QĐi"
 *   isTypeCode("QĐ") → true, isTypeCode("UBND") → false
 */
import { foldChars, foldKey, stripDiacritics } from "./fold.js";
import { remember } from "../remember.js";

export type DocSystem = "party" | "state";

/** [name as printed on the type line, code]; code null = the type has no abbreviation. */
type TypeRow = readonly [string, string | null];

const STATE_TYPES: readonly TypeRow[] = [
  ["NGHỊ QUYẾT", "NQ"], ["QUYẾT ĐỊNH", "QĐ"], ["CHỈ THỊ", "CT"], ["QUY CHẾ", "QC"],
  ["QUY ĐỊNH", "QyĐ"], ["THÔNG CÁO", "TC"], ["THÔNG BÁO", "TB"], ["HƯỚNG DẪN", "HD"],
  ["CHƯƠNG TRÌNH", "CTr"], ["KẾ HOẠCH", "KH"], ["PHƯƠNG ÁN", "PA"], ["ĐỀ ÁN", "ĐA"],
  ["DỰ ÁN", "DA"], ["BÁO CÁO", "BC"], ["BIÊN BẢN", "BB"], ["TỜ TRÌNH", "TTr"],
  ["HỢP ĐỒNG", "HĐ"], ["CÔNG ĐIỆN", "CĐ"], ["BẢN GHI NHỚ", "BGN"], ["BẢN THỎA THUẬN", "BTT"],
  ["GIẤY ỦY QUYỀN", "GUQ"], ["GIẤY MỜI", "GM"], ["GIẤY GIỚI THIỆU", "GGT"],
  ["GIẤY NGHỈ PHÉP", "GNP"], ["PHIẾU GỬI", "PG"], ["PHIẾU CHUYỂN", "PC"], ["PHIẾU BÁO", "PB"],
  ["BẢN SAO Y", "SY"], ["BẢN TRÍCH SAO", "TrS"], ["BẢN SAO LỤC", "SL"],
  ["CÔNG VĂN", null], ["THƯ CÔNG", null],
  // normative documents ("30/2020/NĐ-CP", "45/2019/QH14", "01/2011/TTLT-BNV-BTC")
  ["NGHỊ ĐỊNH", "NĐ"], ["THÔNG TƯ", "TT"], ["THÔNG TƯ LIÊN TỊCH", "TTLT"],
  ["NGHỊ QUYẾT LIÊN TỊCH", "NQLT"], ["LỆNH", "L"], ["PHÁP LỆNH", "PL"], ["LUẬT", null],
];

const PARTY_TYPES: readonly TypeRow[] = [
  ["NGHỊ QUYẾT", "NQ"], ["QUYẾT ĐỊNH", "QĐ"], ["CHỈ THỊ", "CT"], ["KẾT LUẬN", "KL"],
  ["QUY CHẾ", "QC"], ["QUY ĐỊNH", "QĐi"], ["THÔNG TRI", "TT"], ["HƯỚNG DẪN", "HD"],
  ["THÔNG BÁO", "TB"], ["BÁO CÁO", "BC"], ["KẾ HOẠCH", "KH"], ["CHƯƠNG TRÌNH", "CTr"],
  ["TỜ TRÌNH", "TTr"], ["CÔNG VĂN", "CV"], ["BIÊN BẢN", "BB"], ["ĐỀ ÁN", "ĐA"],
  ["PHƯƠNG ÁN", "PA"],
];

/** Every type name of both systems, as printed on a type line: "THÔNG BÁO", "CÔNG VĂN"… */
export const TYPE_NAMES: readonly string[] = [
  ...new Set([...STATE_TYPES, ...PARTY_TYPES].map(([name]) => name)),
];

const byKey = (rows: readonly TypeRow[]) => new Map(rows.map(([n, c]) => [foldKey(n), c] as const));
const STATE_BY_KEY = byKey(STATE_TYPES);
const PARTY_BY_KEY = byKey(PARTY_TYPES);
const NAME_BY_KEY = new Map(TYPE_NAMES.map((n) => [foldKey(n), n] as const));
const NAME_BY_BARE = new Map(TYPE_NAMES.map((n) => [stripDiacritics(foldKey(n)), n] as const));

/**
 * The canonical type name for a type line, tolerant of case, NFD, tone placement, lost
 * diacritics and one OCR slip: "Thông  báo" / "THONG BAO" / "THÔNG BẢO" → "THÔNG BÁO".
 */
// the same few words come back in every document ("QUYẾT", "QUYẾT ĐỊNH"): each read once
export const typeNameOf: (text: string) => string | null = remember(readTypeName, 4096);

function readTypeName(text: string): string | null {
  const key = foldKey(text.replace(/[*_~\\]/g, ""));
  const exact = NAME_BY_KEY.get(key);
  if (exact) return exact;
  const bare = stripDiacritics(key);
  const plain = NAME_BY_BARE.get(bare);
  if (plain) return plain;
  return nearestName(bare);
}

/** One-letter slip on names of 6+ letters: "thong bso" → "THÔNG BÁO"; null when ambiguous. */
function nearestName(bare: string): string | null {
  if (bare.length < 6) return null;
  let found: string | null = null;
  for (const [candidate, name] of NAME_BY_BARE) {
    if (candidate.length < 6 || !withinOneEdit(bare, candidate)) continue;
    if (found !== null && found !== name) return null;
    found = name;
  }
  return found;
}

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const BARE_NAMES = [...NAME_BY_BARE.keys()].sort((a, b) => b.length - a.length);
const NAME_AT_START = new RegExp(`^(?:${BARE_NAMES.map((n) => n.replace(/ /g, "[ \\t]+")).join("|")})`);

/**
 * A type name at the start of a line that goes on with the title, and where it ends:
 * "THÔNG BÁO**Kết luận …" → THÔNG BÁO, 9; "QUYẾT ĐỊNHVề việc …" → QUYẾT ĐỊNH, 10.
 * Not when the name is only the start of a word: "THÔNG BÁOX", "Kế hoạchs".
 */
export function typeNameAt(text: string): { name: string; end: number } | null {
  const lead = text.length - text.trimStart().length;
  const head = text.slice(lead, lead + 40);
  const bare = stripDiacritics(foldChars(head));
  if (bare.length !== head.length) return null;
  const m = NAME_AT_START.exec(bare);
  if (!m) return null;
  const end = lead + m[0].length;
  if (!endsWord(text[end], text[end + 1])) return null;
  const name = NAME_BY_BARE.get(m[0].replace(/[ \t]+/g, " "));
  return name === undefined ? null : { name, end };
}

/** After a name: the end, a non-letter, or a capital that opens a word ("Về", not "X" or "VỀ"). */
function endsWord(next: string | undefined, after: string | undefined): boolean {
  const isLetter = (c: string | undefined) => c !== undefined && c.toLowerCase() !== c.toUpperCase();
  const isLower = (c: string | undefined) => isLetter(c) && c === c!.toLowerCase();
  if (!isLetter(next)) return true;
  return !isLower(next) && isLower(after);
}

/**
 * The abbreviation for a type name in a system; with `system` null the State table is used,
 * then the Party one. "KẾT LUẬN", null → "KL"; "CÔNG VĂN", null → null.
 */
export function typeCodeFor(name: string, system: DocSystem | null): string | null {
  const canonical = typeNameOf(name);
  if (canonical === null) return null;
  const key = foldKey(canonical);
  if (system === "party") return PARTY_BY_KEY.get(key) ?? null;
  if (system === "state" || STATE_BY_KEY.has(key)) return STATE_BY_KEY.get(key) ?? null;
  return PARTY_BY_KEY.get(key) ?? null;
}

const ALL_CODES = [...STATE_TYPES, ...PARTY_TYPES].flatMap(([, c]) => (c ? [c] : []));
const CODE_SET = new Set(ALL_CODES);
const CODE_BY_UPPER = new Map(ALL_CODES.map((c) => [c.toUpperCase(), c] as const));

/**
 * The official code a printed ký hiệu segment stands for: "QĐ" → "QĐ", "QÐ" (U+00D0) → "QĐ",
 * "CTR" → "CTr", "UBND" → null.
 */
export function canonicalTypeCode(segment: string): string | null {
  const s = segment.replace(/[ÐƉ]/g, "Đ");
  if (CODE_SET.has(s)) return s;
  return s === s.toUpperCase() ? (CODE_BY_UPPER.get(s) ?? null) : null;
}

/** "QĐ" → true, "VP" → false. */
export function isTypeCode(segment: string): boolean {
  return canonicalTypeCode(segment) !== null;
}

/**
 * Issuers whose numbers carry no type code (NĐ 30 Điều 15, Luật Ban hành VBQPPL): Quốc hội numbers
 * its laws and resolutions "64/2025/QH15", its Standing Committee its ordinances and resolutions
 * "02/2020/UBTVQH14".
 */
const UNCODED_ISSUERS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/^QH\d*$/, ["LUẬT", "NGHỊ QUYẾT"]],
  [/^UBTVQH\d*$/, ["PHÁP LỆNH", "NGHỊ QUYẾT"]],
];

/**
 * The type names a document number allows, from its type code or, without one, its issuer:
 * "NĐ" → ["NGHỊ ĐỊNH"], "TT" → ["THÔNG TƯ", "THÔNG TRI"], null + "QH15" → ["LUẬT", "NGHỊ QUYẾT"];
 * null when the number does not say ("6324/VPCP-KGVX").
 */
export function typeNamesForNumber(typeCode: string | null, issuerCode: string | null): readonly string[] | null {
  if (typeCode !== null) {
    const names = namesOfCode(canonicalTypeCode(typeCode));
    return names.length ? names : null;
  }
  const issuer = issuerCode?.split(/[-/]/)[0] ?? "";
  return UNCODED_ISSUERS.find(([re]) => re.test(issuer))?.[1] ?? null;
}

/**
 * The type names whose code is `code` in either system (null: the names without a code), kept
 * per code: every cited number asks, and each answer takes ~160 name lookups.
 */
const NAMES_OF_CODE = new Map<string | null, readonly string[]>();

function namesOfCode(code: string | null): readonly string[] {
  let names = NAMES_OF_CODE.get(code);
  if (names === undefined) {
    names = TYPE_NAMES.filter((name) => typeCodeFor(name, "state") === code || typeCodeFor(name, "party") === code);
    NAMES_OF_CODE.set(code, names);
  }
  return names;
}
