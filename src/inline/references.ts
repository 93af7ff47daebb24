/**
 * Documents cited in a run of text (SPEC §3 `references`), every occurrence, in text order.
 *
 *   "Thông báo số 428-TB/TU, ngày 27/7/2021"          → kind "Thông báo", number "428-TB/TU", date 2021-07-27
 *   "Thông báo kết luận số 420-TB/TU"                  → kind "Thông báo" (the type word; "kết luận" qualifies it)
 *   "Nghị quyết 68/NQ-CP ngày 01/7/2021 của Chính phủ" → issuer "Chính phủ"
 *   "văn bản số 6324/VPCP-KGVX ngày 10/9/2021"         → kind "văn bản"
 *   "các Nghị quyết số 86/NQ-CP …, số 105/NQ-CP"       → the second inherits kind "Nghị quyết"
 *   "theo 86/NQ-CP"                                     → kind null (a bare number with a code)
 *   "tại Điện ngày 21/7/2021"                           → kind "Điện", number null (kind + date)
 *   "Mẫu số 05/HNCT", "14/14/16", "2-3 ngày/lần"       → not references
 *
 * `kind` is printed as in the source ("văn bản", "Nghị quyết", "CHỈ THỊ"); `number` is normalized
 * like `number.value`. The caller drops the document's own number line.
 */
import * as T from "../../grammar/inline-tokens.js";
import { candidates, type Candidate } from "./candidates.js";
import { joinedLineAt, spanOf, type TextRun } from "../text-run.js";
import type { Reference } from "../types.js";
import { locateDates, type DateContext, type LocatedDate } from "./dates.js";
import { isSpace } from "../chars.js";
import { isVietnameseLetter } from "../decode/vietnamese-letters.js";
import { lazy } from "../lazy.js";
import { FoldedText, foldChars, foldKey } from "./fold.js";
import { splitNumber, type NumberCode } from "./number-code.js";
import { isTypeCode, typeNameOf, typeNamesForNumber, TYPE_NAMES } from "./type-codes.js";

/** A reference with its offsets, before it becomes a `Reference`. */
interface Found {
  start: number;
  end: number;
  kind: string | null;
  number: string | null;
  date: LocatedDate | null;
  issuer: string | null;
  /** printed with "số" but no type word: may inherit the kind of the reference before it */
  bareSo: boolean;
}

/** Type words a citation starts with, folded: "thông tư liên tịch", "nghị quyết", "điện". */
const KIND_PHRASES: ReadonlySet<string> = new Set([...TYPE_NAMES.map(foldKey), "văn bản", "điện", "sắc lệnh", "kết luận"]);
const KIND_MAX_WORDS = Math.max(...[...KIND_PHRASES].map((k) => k.split(" ").length));
/** The same as a pattern, longest first ("thông tư liên tịch" before "thông tư"). */
const KINDS = [...KIND_PHRASES].sort((a, b) => b.length - a.length).map((k) => k.replace(/ /g, "\\s+"));
const LETTER = "a-zà-ỹđ";
const SO_BEFORE = new RegExp(`(?:^|[^${LETTER}])số[\\s:.]*$`);
/** Words that end a form's name: a linking word ("theo mẫu tại Thông tư 38/2015/TT-BTC" cites). */
const NOT_IN_FORM_NAME: ReadonlySet<string> = new Set(["tại", "của", "theo", "kèm", "ban", "số", "và", "quy", "được"]);
/** "Mẫu số 05/HNCT", "mẫu Bản kê 21/BKTrC/GSQL", "Phụ lục số 2/…", "Biểu 01/…": form numbers, not citations. */
const FORM_BEFORE = new RegExp(
  `(?:^|[^${LETTER}])(?:(?:mẫu|mau|biểu)((?:\\s+(?!(?:${[...NOT_IN_FORM_NAME].join("|")})(?![${LETTER}]))[${LETTER}]+){0,3})|phụ\\s+lục)(?:\\s+số)?[\\s:.]*(?:\\d{1,3}\\s*(?:,|và)\\s*)*$`,
);

/** What `FORM_BEFORE` cannot match without. */
const FORM_WORD = /m[ẫa]u|biểu|phụ/;

/**
 * The words at the end of a folded text, each with its offset, back to the first character that
 * is neither a letter nor a space: "… theo Thông báo kết luận " → thông · báo · kết · luận.
 */
function wordsAtEnd(text: string, most: number): Array<{ word: string; at: number }> {
  const out: Array<{ word: string; at: number }> = [];
  let end = text.length;
  while (out.length < most) {
    let e = end;
    while (e > 0 && isSpace(text.charCodeAt(e - 1))) e--;
    let b = e;
    while (b > 0 && isLetter(text.charCodeAt(b - 1))) b--;
    if (b === e) break;
    out.unshift({ word: text.slice(b, e), at: b });
    if (b === 0 || !isSpace(text.charCodeAt(b - 1))) break;
    end = b;
  }
  return out;
}

/** `[${LETTER}]` by code: a-z, à-ỹ (the whole range, as in the pattern; đ is in it). */
function isLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0xe0 && c <= 0x1ef9);
}

interface KindAtEnd {
  /** offset of the type word in the text */
  index: number;
  /** the type word as it stands in the text ("thông  báo") */
  text: string;
}

/** The longest type word that ends `words` (a list from `wordsAtEnd`), or null. */
function kindEnding(text: string, words: ReadonlyArray<{ word: string; at: number }>): KindAtEnd | null {
  // the tails "luận", "kết luận", "báo kết luận", … built one word at a time; the longest found wins
  let first = -1;
  let tail = "";
  for (let n = 1; n <= Math.min(KIND_MAX_WORDS, words.length); n++) {
    tail = n === 1 ? words[words.length - 1].word : `${words[words.length - n].word} ${tail}`;
    if (KIND_PHRASES.has(tail)) first = words.length - n;
  }
  if (first < 0) return null;
  const last = words[words.length - 1];
  return { index: words[first].at, text: text.slice(words[first].at, last.at + last.word.length) };
}

/**
 * "… Thông báo kết luận " at the end of the text before a number ("số" already cut off): the type
 * word, optionally followed by the qualifier "kết luận" (`qualifier`).
 */
function kindAtEnd(text: string, qualifier: boolean): KindAtEnd | null {
  const words = wordsAtEnd(text, KIND_MAX_WORDS + 2);
  const n = words.length;
  if (qualifier && n >= 3 && words[n - 2].word === "kết" && words[n - 1].word === "luận") {
    const kind = kindEnding(text, words.slice(0, n - 2));
    if (kind) return kind;
  }
  return kindEnding(text, words);
}

/** Is the text before a number the name of a form ("mẫu Bản kê", "Phụ lục số", "Biểu")? */
function formBefore(text: string): boolean {
  // its words first: most numbers have none before them, and `FORM_BEFORE` is costly to compile at start-up
  if (!FORM_WORD.test(text)) return false;
  const m = FORM_BEFORE.exec(text);
  if (!m) return false;
  const name = (m[1] ?? "").trim().split(/\s+/).filter(Boolean);
  // a type word in the name: "theo mẫu tại Thông tư …" / "mẫu Thông tư" cites a document
  return name.every((_, k) => !startsKind(name, k));
}

function startsKind(words: readonly string[], k: number): boolean {
  for (let n = 1; n <= KIND_MAX_WORDS && k + n <= words.length; n++) if (KIND_PHRASES.has(words.slice(k, k + n).join(" "))) return true;
  return false;
}
const LOOKBACK = 80;

/**
 * Patterns with `\p{…}` are made once (the build, esbuild target node20, turns such a literal into
 * a `new RegExp(…)` made again at every call), and on first use: V8 reads each `\p{…}` (~0.3 M
 * instructions) when the literal is made at start-up, and again when it is compiled.
 */
const STARTS_UPPER = lazy(() => /^\p{Lu}/u);
const SPACE_THEN_UPPER = lazy(() => /^\s+\p{Lu}/u);
const DASH_THEN_UPPER = lazy(() => /^[-–]\s*\p{Lu}/u);
const CAPITALISED = lazy(() => /^\p{Lu}\p{Ll}+$/u);
const LOWER_WORD = lazy(() => /^\p{Ll}+$/u);
/** "… của Ban Thường vụ Thành ủy tại " before a number: the owner's name (after its sign, "tại" at the end). */
const OWNER_BEFORE = lazy(() => /\bcủa\s+(\p{Lu}[^,;.()]{1,80}?)\s+tại\s+$/u);
const OWNER_BEFORE_SIGN = /tại\s+$/;
/**
 * `CAPITALISED` and `LOWER_WORD`: a word of Vietnamese letters only (most) told by the letters'
 * case mappings, without the patterns (each such letter is \p{Lu} exactly when lower-casing changes
 * it, \p{Ll} when upper-casing does; exported for tests/tasks/startup-signs.test.ts).
 */
export function capitalised(word: string): boolean {
  if (!vietnameseOnly(word)) return CAPITALISED().test(word);
  if (word.length < 2 || word[0] === word[0].toLowerCase()) return false;
  for (let i = 1; i < word.length; i++) if (word[i] === word[i].toUpperCase()) return false;
  return true;
}
export function lowerWord(word: string): boolean {
  if (!vietnameseOnly(word)) return LOWER_WORD().test(word);
  for (let i = 0; i < word.length; i++) if (word[i] === word[i].toUpperCase()) return false;
  return word.length > 0;
}
function vietnameseOnly(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (!isVietnameseLetter(word[i])) return false;
  return true;
}

/**
 * `read`: the run's candidates and dates, when the caller has them already (`candidates` of its
 * text, `locateDates` of the same run and context).
 */
export function findReferences(run: TextRun, context: DateContext = {}, read?: { tokens: readonly Candidate[]; dates: readonly LocatedDate[] }): Reference[] {
  const tokens = read?.tokens ?? candidates(run.text);
  const dates = read?.dates ?? locateDates(run, context, tokens);
  const src = new FoldedText(run.text);
  const found: Found[] = [];
  const after = { dates, next: 0 };
  for (const token of tokens) {
    if (token.tokenType !== T.DocNumber) continue;
    if (splitByParagraph(run, token)) continue;
    const ref = numberReference(src, token, after);
    if (ref === null) continue;
    inheritKind(src, ref, found[found.length - 1]);
    found.push(ref);
  }
  const used = new Set(found.map((f) => f.date));
  for (const date of dates) {
    if (used.has(date) || date.value === null) continue;
    const ref = datedReference(src, date);
    if (ref !== null) found.push(ref);
  }
  return sameCase(found.sort((a, b) => a.start - b.start).map((f) => toReference(run, f)));
}

/**
 * A number token whose serial ends one line and whose code opens a line that does not follow it
 * (a blank line, a table row between): "… tục hành chính 18" ⏎⏎ "/QĐ-UBND ngày / / 2025" is a
 * table figure and a blank number, not "18/QĐ-UBND". A number wrapped inside a paragraph is kept.
 */
function splitByParagraph(run: TextRun, token: Candidate): boolean {
  const first = joinedLineAt(run, token.startOffset);
  if (joinedLineAt(run, token.startOffset + token.image.length - 1) === first) return false;
  const [before, after] = [run.lineNumbers[first], run.lineNumbers[first + 1]];
  return after !== before + 1 && after !== before;
}

/**
 * One spelling per number: a code printed in an upper-case title ("CHỈ THỊ SỐ 19/CT-TTG") takes
 * the mixed case printed elsewhere in the text ("19/CT-TTg"), since capitals there say nothing.
 */
function sameCase(refs: Reference[]): Reference[] {
  const mixed = new Map<string, string>();
  for (const r of refs) if (r.number && r.number !== r.number.toUpperCase()) mixed.set(r.number.toUpperCase(), r.number);
  if (!mixed.size) return refs;
  return refs.map((r) => {
    const spelled = r.number === null || r.number !== r.number.toUpperCase() ? undefined : mixed.get(r.number);
    return spelled ? { ...r, number: spelled } : r;
  });
}

/** "Chỉ thị số 17/CT-UBND, ngày 23/7/2021 của UBND Thành phố Hà Nội" around a number token. */
function numberReference(src: FoldedText, token: Candidate, dates: DateCursor): Found | null {
  const text = src.text;
  const start = token.startOffset;
  if (start > 0 && /[-0-9/.A-Za-zÀ-ỹĐđ]/.test(text[start - 1])) return null;
  const parts = splitNumber(token.image);
  if (parts === null || !plausible(token.image, parts)) return null;
  const head = citationHead(src, start, parts);
  if (head === null) return null;
  const numEnd = start + token.image.length;
  const date = dateAfter(src, numEnd, dates);
  const issuer = issuerAfter(src, date ? date.end : numEnd);
  return {
    start: head.start,
    kind: head.kind,
    bareSo: head.bareSo,
    end: issuer ? issuer.end : date ? date.end : numEnd,
    number: parts.value,
    date,
    issuer: issuer ? issuer.text : issuerBefore(src, head.start),
  };
}

/**
 * "ý kiến chỉ đạo của Ban Thường vụ Thành ủy tại Thông báo số 495-TB/TU": when no "của …" follows
 * the number, the body named just before "tại" is the issuer.
 */
function issuerBefore(src: FoldedText, start: number): string | null {
  const text = src.text;
  const before = text.slice(Math.max(0, start - 100), start);
  const m = OWNER_BEFORE_SIGN.test(before) ? OWNER_BEFORE().exec(before) : null;
  if (!m) return null;
  const words = m[1].split(/\s+/);
  // a name: capitalised words and the lower-case words that belong to names ("Ban cán sự đảng")
  return words.every((w) => STARTS_UPPER().test(w) || NAME_WORDS.has(foldChars(w))) ? squash(m[1]) : null;
}

type Head = Pick<Found, "start" | "kind" | "bareSo">;

/**
 * What comes before a number: "Thông báo kết luận số |428-TB/TU" → kind "Thông báo", the
 * citation starts at "Thông"; "…, số |105/NQ-CP" → no kind, starts at "số"; null for a form
 * number ("Mẫu số |05/HNCT"). A type word right before "số" in lower case may be the end of a
 * title ("Luật Ban hành văn bản quy phạm pháp luật số …"): the type word that opens the title
 * is the kind (`titleOpener`).
 */
function citationHead(src: FoldedText, start: number, parts: NumberCode): Head | null {
  const text = src.text;
  const base = Math.max(0, start - LOOKBACK);
  const before = src.fold(base, start);
  if (formBefore(before)) return null;
  const so = SO_BEFORE.exec(before);
  const soAt = so ? so.index + so[0].indexOf("s") : before.length;
  const kind = kindAtEnd(before.slice(0, soAt), true);
  const kindAt = kind === null ? -1 : base + kind.index;
  if (kind === null || text[kindAt] === text[kindAt].toLowerCase()) {
    const opener = titleOpener(src, base + soAt, parts);
    if (opener !== null) return { start: opener.start, kind: opener.kind, bareSo: false };
  }
  if (kind === null) return { start: base + soAt, kind: null, bareSo: so !== null };
  return { start: kindAt, kind: squash(text.slice(kindAt, kindAt + kind.text.length)), bareSo: false };
}

/** How far back a cited title may open: "Pháp lệnh Ưu đãi người có công với cách mạng số …". */
const TITLE_LOOKBACK = 120;
/** Capitalised type words, each at a word start, and what may not lie between one and "số". */
const OPENER = new RegExp(`(?<![${LETTER}])(${KINDS.join("|")})(?![${LETTER}])`, "g");
const NOT_IN_TITLE = new RegExp(`[;:.()\\[\\]"“”\\d]|(?<![${LETTER}])(?:tại|theo|căn\\s+cứ|thực\\s+hiện|kèm)(?![${LETTER}])`);

/**
 * "Luật Tổ chức Chính phủ số 63/2025/QH15", "Pháp lệnh Ưu đãi người có công với cách mạng số
 * 02/2020/UBTVQH14": the nearest capitalised type word before "số" that opens the cited title —
 * nothing but words between them (no punctuation, figure or linking word: "tại", "theo"; a comma
 * only when the number confirms the type: "Luật Chất lượng sản phẩm, hàng hóa số …") — and
 * that the number allows (QH → Luật or Nghị quyết, UBTVQH → Pháp lệnh or Nghị quyết, NĐ →
 * Nghị định). When the number says nothing, the title's name must start with a capital.
 */
function titleOpener(src: FoldedText, end: number, parts: NumberCode): { start: number; kind: string } | null {
  const text = src.text;
  const base = Math.max(0, end - TITLE_LOOKBACK);
  const window = src.fold(base, end);
  const allowed = typeNamesForNumber(parts.typeCode, parts.issuerCode);
  // an exec loop: `matchAll` clones the pattern at every call
  const openers: RegExpExecArray[] = [];
  OPENER.lastIndex = 0;
  for (let m = OPENER.exec(window); m !== null; m = OPENER.exec(window)) openers.push(m);
  for (const m of openers.reverse()) {
    const at = base + m.index;
    const after = window.slice(m.index + m[0].length);
    // nearer openers were already tried: no title runs further back
    if (NOT_IN_TITLE.test(after) || (allowed === null && after.includes(","))) return null;
    if (!/^\s+\S/.test(after)) continue; // right before "số": not a title's opener
    if (text[at] === text[at].toLowerCase()) continue;
    const kind = squash(text.slice(at, at + m[0].length));
    const name = typeNameOf(kind);
    if (allowed !== null ? name === null || !allowed.includes(name) : !SPACE_THEN_UPPER().test(text.slice(at + m[0].length))) continue;
    return { start: at, kind };
  }
  return null;
}

/**
 * Guards against things that look like numbers: the first code needs two capitals or must be a
 * type code ("1-Nam", "12/Ban" are not numbers); "84 QĐ/TW" needs a type code; a Party-style number
 * without "/" ("201-CP") must be all capitals.
 */
function plausible(image: string, parts: NumberCode): boolean {
  const codes = parts.value.replace(/^\d*[a-e]?[/-](?:\d{4}\/)?/, "");
  const first = codes.split(/[/-]/)[0];
  if ((first.match(/[A-ZĐĂÂÊÔƠƯ]/g) ?? []).length < 2 && !isTypeCode(first)) return false;
  if (/^\d+\s+[A-ZĐ]/.test(image) && !isTypeCode(first)) return false;
  if (/^\d+-[^/]*$/.test(parts.value) && codes !== codes.toUpperCase()) return false;
  return true;
}

/** The dates of the run and the first one not yet behind the numbers read so far. */
interface DateCursor {
  dates: readonly LocatedDate[];
  next: number;
}

/** The date printed right after a number: ", ngày 27/7/2021", " ngày 28 tháng 7 năm 2021". */
function dateAfter(src: FoldedText, from: number, cursor: DateCursor): LocatedDate | null {
  while (cursor.next < cursor.dates.length && cursor.dates[cursor.next].start < from) cursor.next++;
  const date = cursor.dates[cursor.next];
  if (date === undefined) return null;
  const gap = src.fold(from, Math.min(date.start, from + 16));
  return date.start - from <= 16 && /^[\s,]*(?:ngày[\s:]*)?$/.test(gap) ? date : null;
}

/**
 * Lower-case words that occur inside the names of bodies and offices ("Ban Thường vụ Thành ủy",
 * "Thủ tướng Chính phủ", "Ủy ban nhân dân tỉnh", "Sở Chỉ huy"); any other lower-case word ends
 * an issuer: "của UBND Thành phố | về việc …", "của Chính phủ | quy định …".
 */
const NAME_WORDS = new Set(
  ("vụ ủy phủ tướng nhân dân tỉnh thành phố huyện quận xã phường thị trấn cán sự đảng đoàn trưởng " +
    "tịch hành thư phòng chính quốc hội đồng ương trực tư pháp ban bộ sở cục tổng viện sát án tế dục " +
    "tạo nguyên trường nghiệp động binh tải dựng học nghệ hoạch hóa thao lịch lý đạo huy trận tra " +
    "chấp nước phó quyền giám đốc nhiệm viên ngành vận giáo tuyên chủ liên hợp tác bí thường " +
    "trị công ty thôn phát triển môi thông truyền thương mại đầu kế tài nội ngoại khoa kỹ thuật an ninh " +
    "phòng văn thể du y lao xây nông lâm ngư sản")
    .split(" ")
    .map(foldChars),
);
/** "và Phát triển nông thôn" goes on a name; "và Quyết định số …" starts the next citation. */
const AND_NAME = lazy(() => /^và\s+(?!(?:Quyết|Công|Chỉ|Nghị|Thông|Kế|Báo|Kết|Hướng|Luật|Tờ|Điện|Văn|Chương|Quy|Pháp|Đề)\s)\p{Lu}/u);
/** Capitalized words that start the next block, not a name: "Kính gửi", "Nơi nhận". */
const NEXT_BLOCK = /^(?:kính\s+gửi|nơi\s+nhận)/;
const MAX_ISSUER_WORDS = 12;

/** "…, ngày 23/7/2021 của UBND Thành phố Hà Nội về …" → "UBND Thành phố Hà Nội". */
function issuerAfter(src: FoldedText, from: number): { text: string; end: number } | null {
  const text = src.text;
  const head = /^[\s,]*của\s+/.exec(src.fold(from, from + 12));
  if (!head) return null;
  const start = from + head[0].length;
  const re = /([^\s,;:.()[\]"“”'’!?]+)[ \t]*/y;
  re.lastIndex = start;
  let end = -1;
  let previous: string | null = null;
  for (let n = 0; n < MAX_ISSUER_WORDS; n++) {
    const at = re.lastIndex;
    const word = re.exec(text);
    if (word === null || !issuerWord(src, word[1], at, n, previous)) break;
    end = at + word[1].length;
    previous = word[1];
  }
  if (end < 0) return null;
  return { text: squash(text.slice(start, end)), end };
}

/**
 * What ends a name even where its words could belong to one: a verb or a linking word ("của
 * Chính phủ | ban hành Quy chế …", "… | quy định …", "… | về việc …"), also in an upper-case
 * title ("CỦA THỦ TƯỚNG CHÍNH PHỦ | VỀ VIỆC PHÁT ĐỘNG …", "| V/V …").
 */
const ENDS_NAME = /^(?:về|v\/v|ban\s+hành|quy\s+định|hướng\s+dẫn|phê\s+duyệt|tại|theo|là|đã|được|có|sẽ|đang|để|thì|giao|trong|kể\s+từ)(?![a-zà-ỹđ])/;

/**
 * An issuer is a capitalised head ("Bộ", "Tổng cục", "Ủy ban", "Chính phủ", "UBND") and the
 * words of its name, up to the first word that cannot be part of it. In Vietnamese names each
 * word is capitalised on its first syllable only ("Tổng cục Hải quan", "Ủy ban Dân tộc", "Hội
 * đồng Thi đua - Khen thưởng"), so a lower-case syllable right after a capitalised one goes on
 * with it; further lower-case words go on only when they are the common words of names ("Ủy ban
 * nhân dân tỉnh", "Phát triển nông thôn", "Ban cán sự đảng"). A verb or linking word
 * (`ENDS_NAME`) ends the name in any case.
 */
function issuerWord(src: FoldedText, word: string, at: number, index: number, previous: string | null): boolean {
  const text = src.text;
  const folded = src.fold(at, at + 12);
  if (NEXT_BLOCK.test(folded)) return false;
  const lower = word[0] === word[0].toLowerCase();
  if (index === 0) return !lower;
  if (ENDS_NAME.test(folded)) return false;
  if (/^[-–]$/.test(word)) return DASH_THEN_UPPER().test(text.slice(at, at + 4)); // "Thi đua - Khen thưởng"
  if (!lower) return true;
  // "Bộ Nông nghiệp và Phát triển nông thôn": "và" joins two capitalized halves of one name
  if (word === "và") return AND_NAME().test(text.slice(at, at + 24));
  if (previous !== null && capitalised(previous) && lowerWord(word)) return true;
  return NAME_WORDS.has(foldChars(word));
}

/** "Nghị quyết số 86/NQ-CP ngày 06/8/2021, số 105/NQ-CP" → the second is a Nghị quyết too. */
function inheritKind(src: FoldedText, ref: Found, previous: Found | undefined): void {
  if (!ref.bareSo || previous === undefined || previous.kind === null || previous.end > ref.start) return;
  const gap = src.fold(previous.end, ref.start);
  if (/^[\s,;]*(?:và\s*)?$/.test(gap)) ref.kind = previous.kind;
}

/** "tại Điện ngày 21/7/2021 của …": a capitalized type word right before "ngày <date>". */
function datedReference(src: FoldedText, date: LocatedDate): Found | null {
  const text = src.text;
  const base = Math.max(0, date.start - LOOKBACK);
  const before = src.fold(base, date.start);
  const ngay = /ngày[\s:]*$/.exec(before);
  const words = src.fold(date.start, date.end).startsWith("ngày") ? before : ngay ? before.slice(0, ngay.index) : null;
  const kind = words === null ? null : kindAtEnd(words, false);
  if (!kind) return null;
  const kindStart = base + kind.index;
  if (text[kindStart] === text[kindStart].toLowerCase()) return null;
  const issuer = issuerAfter(src, date.end);
  return {
    start: kindStart,
    end: issuer ? issuer.end : date.end,
    kind: squash(text.slice(kindStart, kindStart + kind.text.length)),
    number: null,
    date,
    issuer: issuer ? issuer.text : null,
    bareSo: false,
  };
}

function toReference(run: TextRun, f: Found): Reference {
  return {
    text: squash(run.text.slice(f.start, f.end)),
    kind: f.kind,
    number: f.number,
    date: f.date?.value ?? null,
    issuer: f.issuer,
    lines: spanOf(run, f.start, f.end),
  };
}

/** Runs of spaces → one: "Kế hoạch số 740/KH-UBND  ngày" → "Kế hoạch số 740/KH-UBND ngày". */
function squash(s: string): string {
  return isSquashed(s) ? s : s.replace(/\s+/g, " ").trim();
}

/** No space at either end, and only single plain spaces between words: most texts, checked without a copy. */
function isSquashed(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSpace(c) && (c !== 0x20 || i === 0 || i === s.length - 1 || s.charCodeAt(i + 1) === 0x20)) return false;
  }
  return true;
}
