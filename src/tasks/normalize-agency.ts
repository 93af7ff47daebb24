/**
 * An agency name with its abbreviations written out, for search and grouping. The printed form
 * stays in `text`; this is the `normalized` form.
 *
 *   "UBND các quận, huyện, thị xã"   → "Ủy ban nhân dân các quận, huyện, thị xã"
 *   "Sở TT&TT"                       → "Sở Thông tin và Truyền thông"
 *   "sở Thông tin truyền thông"      → "Sở Thông tin và Truyền thông"
 *   "Ban cán sự đảng Uỷ ban nhân dân tỉnh" → "Ban cán sự đảng Ủy ban nhân dân tỉnh"
 *   "BCĐ phòng, chống dịch TP"       → "Ban Chỉ đạo phòng, chống dịch Thành phố"
 *   "BộCông Thương" (OCR)            → "Bộ Công Thương"
 */
import { foldKey } from "../inline/fold.js";
import { lazy } from "../lazy.js";
import { FIELD_NAMES } from "./lexicon.js";
import { remember } from "../remember.js";

/**
 * Abbreviation → full form; matched as a whole word, case-sensitive (they are printed in capitals).
 * Each holds two ASCII capitals in a row (see `normalize`; exported for the test that says so).
 */
export const ABBREVIATIONS: ReadonlyArray<readonly [string, string]> = [
  ["UBMTTQ", "Ủy ban Mặt trận Tổ quốc"],
  ["UBND", "Ủy ban nhân dân"],
  ["HĐND", "Hội đồng nhân dân"],
  ["MTTQVN", "Mặt trận Tổ quốc Việt Nam"],
  ["MTTQ", "Mặt trận Tổ quốc"],
  ["BCĐ", "Ban Chỉ đạo"],
  ["BCSĐ", "Ban cán sự đảng"],
  ["BTV", "Ban Thường vụ"],
  ["BCH", "Ban Chấp hành"],
  ["ĐBQH", "đại biểu Quốc hội"],
  ["TT&TT", "Thông tin và Truyền thông"],
  ["TTTT", "Thông tin và Truyền thông"],
  ["GD&ĐT", "Giáo dục và Đào tạo"],
  ["GDĐT", "Giáo dục và Đào tạo"],
  ["LĐ-TB&XH", "Lao động - Thương binh và Xã hội"],
  ["LĐTB&XH", "Lao động - Thương binh và Xã hội"],
  ["LĐTBXH", "Lao động - Thương binh và Xã hội"],
  ["KH&ĐT", "Kế hoạch và Đầu tư"],
  ["KHĐT", "Kế hoạch và Đầu tư"],
  ["TN&MT", "Tài nguyên và Môi trường"],
  ["TNMT", "Tài nguyên và Môi trường"],
  ["NN&PTNT", "Nông nghiệp và Phát triển nông thôn"],
  ["NNPTNT", "Nông nghiệp và Phát triển nông thôn"],
  ["VHTTDL", "Văn hóa, Thể thao và Du lịch"],
  ["VH,TT&DL", "Văn hóa, Thể thao và Du lịch"],
  ["KH&CN", "Khoa học và Công nghệ"],
  ["KHCN", "Khoa học và Công nghệ"],
  ["GTVT", "Giao thông vận tải"],
  ["CNTT", "công nghệ thông tin"],
  ["TP.HCM", "Thành phố Hồ Chí Minh"],
  ["TPHCM", "Thành phố Hồ Chí Minh"],
  ["TP.", "Thành phố"],
  ["TP", "Thành phố"],
];

const WORD_CHAR = lazy(() => /[\p{L}\p{N}]/u);
/** `WORD_CHAR` of one character; an ASCII one (most often a space) tested without it (`\p{…}` is slow to compile at start-up). */
function wordChar(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  return WORD_CHAR().test(char);
}

/** The same agencies recur through a document and an archive: the last few hundred remembered. */
export const normalizeAgency = remember(normalize, 512);

// The `\p{…}` patterns are made on first use: V8 reads each `\p{…}` (~0.3 M instructions) when the
// literal is made at start-up, and again when it is compiled; most names need none of them.
const GLUED_WORDS = lazy(() => /(?<=\p{L}\p{Ll})(?=\p{Lu}\p{Ll})/gu);
const LOWER_THEN_UPPER = lazy(() => /\p{Ll}\p{Lu}/u);
const PLACE_SHORT = lazy(() => /(?<![\p{L}\p{N}])(T[Pp]|T[Xx])\.\s*(?!HCM(?![\p{L}]))(?=\p{Lu})/gu);
const PLACE_SHORT_SIGN = /T[PpXx]\./;

function normalize(text: string): string {
  // "BộCông Thương": a space lost by OCR between two words (as the word reader splits them)
  // (its cheap sign first, a lower-case letter touching a capital: the lookarounds cost ~1 ms to compile)
  let out = text.normalize("NFC").replace(/\s+/g, " ").trim();
  if (mayHaveLowerThenUpper(out) && LOWER_THEN_UPPER().test(out)) out = out.replace(GLUED_WORDS(), " ");
  // "TP. Hồ Chí Minh", "Tp.Hà Nội", "TX. Sơn Tây": a place abbreviation with its dot before a name
  // (its cheap sign first: the full pattern costs ~1.5 ms to compile, and most names have no "TP.")
  if (PLACE_SHORT_SIGN.test(out)) out = out.replace(PLACE_SHORT(), (_, short: string) => (short[1].toLowerCase() === "p" ? "Thành phố " : "Thị xã "));
  // abbreviations are printed in capitals: a name without two ASCII capitals in a row has none
  // (each holds two: "UBND", "BCĐ", "GD&ĐT", "TP."; no `\p{Lu}`, slow to compile at start-up)
  if (/[A-Z]{2}/.test(out)) for (const [short, full] of ABBREVIATIONS) out = replaceWord(out, short, full);
  out = out.replace(/\s*-\s*/g, (m, offset: number) => (/\d/.test(out[offset + m.length] ?? "") ? "-" : " - "));
  out = newTonePlacement(out);
  return canonicalField(out);
}

/**
 * What `LOWER_THEN_UPPER` cannot match without: a unit that may be (part of) a lower-case letter
 * before one that may begin a capital — an ASCII capital, or a non-ASCII character that lower-case
 * changes, or one of the capitals it leaves alone (ϒ ϓ ϔ, the letterlike symbols ℂ … ⅅ), or the
 * first half of a surrogate pair (exported for tests/tasks/startup-signs.test.ts).
 */
export function mayHaveLowerThenUpper(text: string): boolean {
  for (let i = 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80 ? code < 0x41 || code > 0x5a : !mayBeUpper(code, text[i])) continue;
    const before = text.charCodeAt(i - 1);
    if (before >= 0x80 || (before >= 0x61 && before <= 0x7a)) return true;
  }
  return false;
}
function mayBeUpper(code: number, char: string): boolean {
  return char.toLowerCase() !== char || (code >= 0x3d2 && code <= 0x3d4) || (code >= 0x2100 && code <= 0x214f) || (code >= 0xd800 && code <= 0xdbff);
}

/** Replace `short` where it stands as a whole word ("TP" in "UBND TP", not in "TPHCM"). */
function replaceWord(text: string, short: string, full: string): string {
  let out = "";
  let from = 0;
  for (let at = text.indexOf(short); at >= 0; at = text.indexOf(short, at + short.length)) {
    const before = text[at - 1] ?? " ";
    const after = text[at + short.length] ?? " ";
    if (wordChar(before) || (wordChar(after) && wordChar(short.at(-1)!))) continue;
    out += text.slice(from, at) + full;
    from = at + short.length;
  }
  return out + text.slice(from);
}

/**
 * "Uỷ" → "Ủy", "hoà" → "hòa": the tone on the first vowel of an open syllable, keeping the case;
 * not in "đoàn" (closed) or "quý" (qu- is a consonant).
 */
const OLD_TONE = lazy(() => /(?<![qQ])[oOuU][áàảãạéèẻẽẹýỳỷỹỵ](?![\p{L}\p{M}])/gu);
/** Its cheap sign: the full pattern (lookarounds over `\p{…}`) costs ~1 ms to compile at start-up. */
const OLD_TONE_SIGN = /[oOuU][áàảãạéèẻẽẹýỳỷỹỵ]/;

function newTonePlacement(text: string): string {
  if (!OLD_TONE_SIGN.test(text)) return text;
  return text.replace(OLD_TONE(), (pair) => {
    const folded = foldKey(pair);
    if (folded === pair.toLowerCase()) return pair;
    return pair[0] === pair[0].toUpperCase() ? folded[0].toUpperCase() + folded.slice(1) : folded;
  });
}

/**
 * `/^(các\s+)?(sở|bộ)\s+(.+)$/iu` with the case spelt out: `iu` made it ~0.6 ms to compile, this
 * a tenth of it. The letters are those `iu` folds together (ſ is a long s), all in the BMP, so
 * no `u` either.
 */
const SO_OR_BO = /^([cC][áÁ][cC]\s+)?([sSſ][ởỞ]|[bB][ộỘ])\s+(.+)$/;

/** "Sở Thông tin truyền thông" / "sở Y tế" → the official field name after Sở or Bộ. */
function canonicalField(text: string): string {
  const m = SO_OR_BO.exec(text);
  if (!m) return text;
  const field = fieldByKey().get(fieldKey(m[3]));
  if (!field) return text;
  const head = m[2][0].toUpperCase() + m[2].slice(1).toLowerCase();
  return `${m[1] ?? ""}${head} ${field}`;
}

/** The official field names by their comparison key, built once. */
const fieldByKey = lazy((): Map<string, string> => {
  const fields = new Map<string, string>();
  for (const name of FIELD_NAMES) if (!fields.has(fieldKey(name))) fields.set(fieldKey(name), name);
  return fields;
});

function fieldKey(s: string): string {
  return foldKey(s).replace(/[,&-]/g, " ").split(/\s+/).filter((w) => w && w !== "và").join(" ");
}
