/**
 * The body's lines → preamble, clause tree, closing. A clause starts at a marker line; lines
 * without a marker continue the clause or item above them (or the preamble before the first).
 */
import type { Line } from "../lines/index.js";
import type { Clause, Diagnostic } from "../types.js";
import { diagnostic } from "../diagnostics.js";
import { isDivision, readMarker, readWeekday, ROMAN, type ClauseMarker } from "./clause-marker.js";
import { prose } from "./prose.js";
import { isSpace } from "../chars.js";
import { agencyHeading } from "../tasks/clause-tasks.js";

/** Patterns with `\p{…}` are constants: the build (esbuild, target node20) turns such a literal into a `new RegExp(…)` made again at every call. */
const STARTS_UPPER = /^\p{Lu}/u;
const STARTS_LOWER = /^\p{Ll}/u;
const HAS_LOWER = /\p{Ll}/u;

export interface BodyLine {
  readonly line: Line;
  /** the lexer saw a clause marker at the line's start */
  readonly opensClause: boolean;
  /**
   * a line of a task table's row (`rowLines`, table-rows.ts): the rows of a table hang one level
   * under the clause open where the table begins, whatever their numbers' style
   */
  readonly row?: boolean;
}

export interface Body {
  preamble: string | null;
  clauses: Clause[];
  closing: string | null;
  /** the lines of each part, for dates and references */
  preambleLines: Line[];
  closingLines: Line[];
  diagnostics: Diagnostic[];
}

interface OpenClause {
  readonly marker: ClauseMarker;
  readonly lines: Line[];
  readonly items: OpenClause[];
}

export function readBody(bodyLines: readonly BodyLine[]): Body {
  const closingLines = findClosing(bodyLines);
  const content = bodyLines.slice(0, bodyLines.length - closingLines.length);
  const preambleLines: Line[] = [];
  const roots: OpenClause[] = [];
  const stack: OpenClause[] = [];
  // each marker read once: the first numbered one bounds the preamble's list, then the tree
  const markers = content.map((b) => (b.opensClause ? readMarker(b.line.text) : readWeekday(b.line.text)));
  const firstNumbered = markers.findIndex((marker) => marker?.number != null && !marker.strayNumber);
  // paragraphs after a list that no clause holds: the body's own text after the content, unless a
  // marker follows them (then they stay with the last item, as before)
  let after: { lines: Line[]; item: OpenClause } | null = null;
  // the open clauses a table's rows hang under (the stack's first `anchored`), set at its first row
  let anchored = 0;
  for (const [i, { line, row }] of content.entries()) {
    // Bullets before the first numbered clause describe (the preamble's list); they assign nothing.
    const inPreamble = firstNumbered > 0 && i < firstNumbered;
    let marker = inPreamble ? null : markers[i];
    // "- Căn cứ Điều lệ Đảng;": the legal bases (NĐ 30 Điều 8; HD 36) are the preamble, dash or not.
    if (marker && marker.number === null && !roots.length && LEGAL_BASIS.test(marker.rest)) marker = null;
    // "6 b) …": a stray number before the marker is noise only where "b)" continues an open list.
    if (marker?.strayNumber && !continuesLetters(marker, stack)) marker = null;
    // the text after a task table is no cell of its last row: it goes on the clause the table
    // hangs under ("II. NHIỆM VỤ" / the table / "Ngoài các nhiệm vụ trên, …"), or, for a table at
    // the top level, on the body's text after the clauses (as after a list)
    if (!marker && !row && content[i - 1]?.row && !after && stack.length) {
      if (anchored > 0 && anchored < stack.length) stack.length = anchored;
      else if (anchored === 0) {
        after = { lines: [line], item: stack[stack.length - 1] };
        continue;
      }
    }
    if (!marker) {
      if (after) after.lines.push(line);
      else if (!stack.length) preambleLines.push(line);
      else if (closesList(stack, line, content[i - 1]?.line)) after = { lines: [line], item: stack[stack.length - 1] };
      else holderOf(stack, line, content[i - 1]?.line).lines.push(line);
      continue;
    }
    if (after) {
      after.item.lines.push(...after.lines);
      after = null;
    }
    const clause: OpenClause = { marker: ocrCapital(marker, stack), lines: [line], items: [] };
    if (row && !content[i - 1]?.row) anchored = rowAnchor(stack, clause.marker);
    placeInTree(stack, roots, clause, row ? anchored : 0);
  }
  const clauses = roots.map(close);
  const closing = after ? [...after.lines, ...closingLines] : closingLines;
  return {
    preamble: preambleLines.length ? prose(preambleLines) : null,
    clauses,
    closing: closing.length ? prose(closing) : null,
    preambleLines,
    closingLines: closing,
    diagnostics: numberingGaps(roots),
  };
}

/** "Căn cứ …", "Xét đề nghị …", "Theo đề nghị …": the legal bases and proposals above the articles. */
const LEGAL_BASIS = /^(?:c[ăa]n\s+c[ứu]|x[ée]t\s+(?:đ[ềe]\s+ngh[ịi]|t[ờo]\s+tr[ìi]nh)|theo\s+đ[ềe]\s+ngh[ịi])(?=\s|$)/iu;

/**
 * OCR reads "b)" as "B)": a capital letter that continues an open "a)", "b)" list is that list's
 * next item, not a new upper-case part ("A. …", "B. …").
 */
function ocrCapital(marker: ClauseMarker, stack: readonly OpenClause[]): ClauseMarker {
  if (marker.style !== "upper" || !marker.number) return marker;
  const letters = [...stack].reverse().find((open) => open.marker.style === "letter");
  const lower = marker.number.toLowerCase();
  const item = { ...marker, number: lower, style: "letter", rank: ITEM_RANK };
  if (letters && successors(letters.marker.number).includes(lower)) return item;
  // No "a)" list open, or one whose next letter was lost ("a)" then OCR "C)"): a part ("A.",
  // rank 0) cannot sit inside a numbered clause unless parts are already open, so "C)" there is a
  // lettered item.
  const inNumbered = stack.some((open) => /^n\d/.test(open.marker.style) || open.marker.style === "dieu");
  const partsOpen = stack.some((open) => open.marker.style === "upper");
  return inNumbered && !partsOpen && marker.marker.endsWith(")") ? item : marker;
}

/** The lettered marker is the next item of the innermost open "a)", "b)" list. */
function continuesLetters(marker: ClauseMarker, stack: readonly OpenClause[]): boolean {
  const letters = [...stack].reverse().find((open) => open.marker.style === "letter");
  return letters !== undefined && marker.style === "letter" && successors(letters.marker.number).includes(marker.number ?? "");
}

/** Items: bullets, lettered and bracketed points (ranks from clause-marker.ts). */
const ITEM_RANK = 7;

/**
 * Which open clause an unmarked line continues. A new paragraph after a run of items ("- …",
 * "a) …") closes the run: it goes on the clause that holds the items. A line that carries on a
 * sentence (no full stop before it, or a lower-case start) stays with the innermost item.
 */
function holderOf(stack: OpenClause[], line: Line, previous: Line | undefined): OpenClause {
  const innermost = stack[stack.length - 1];
  const newParagraph = (line.blankBefore || endsWith(previous?.text ?? "", SENTENCE_END)) && STARTS_UPPER.test(line.text);
  if (!newParagraph || innermost.marker.rank < ITEM_RANK) return innermost;
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k].marker.rank < ITEM_RANK) return stack[k];
  return innermost;
}

/**
 * A new paragraph — a capital after a full stop — after a list that no open clause holds (a
 * top-level "- …" or "a) …" list: a Giấy mời's invitees, a Công văn's "… các số liệu sau:") ends
 * the list: it is no item's, and goes on the body's text after the clauses. After ";" or ":" a
 * capital still belongs to the list (an entry whose dash was lost, a label's text).
 */
function closesList(stack: readonly OpenClause[], line: Line, previous: Line | undefined): boolean {
  if (stack.some((open) => open.marker.rank < ITEM_RANK) || !STARTS_UPPER.test(line.text)) return false;
  return previous !== undefined && /[.!?]["”’)]*$/.test(previous.text) && !previous.text.endsWith("...");
}

/**
 * A marker of a family already open closes back to that level (a sibling); a new family nests
 * under the innermost open clause of a higher rank ("a)" under "1.", "+" under "-").
 */
function placeInTree(stack: OpenClause[], roots: OpenClause[], clause: OpenClause, anchored = 0): void {
  const same = stack.findIndex((open, k) => k >= anchored && open.marker.style === clause.marker.style);
  if (same >= 0) stack.length = same;
  else while (stack.length > anchored && stack[stack.length - 1].marker.rank >= clause.marker.rank) stack.pop();
  (stack.length ? stack[stack.length - 1].items : roots).push(clause);
  stack.push(clause);
}

/**
 * How many open clauses a task table's rows hang under: up to the innermost open clause that is
 * no item ("3. Lịch thực hiện" / the table: rows 3.1, 3.2 …, not siblings "1.", "2." of "3."; a
 * table under "- Các đơn vị thực hiện theo bảng sau:" hangs under the clause that holds the dash)
 * — unless the row's number is the next of that clause's, in its style: then that clause is a row
 * of the same table (one left unread, its number alone: "8" / "9. Xây dựng …"), and they are siblings.
 */
function rowAnchor(stack: readonly OpenClause[], row: ClauseMarker): number {
  for (let k = stack.length - 1; k >= 0; k--) {
    if (stack[k].marker.rank >= ITEM_RANK) continue;
    const { style, number } = stack[k].marker;
    return style === row.style && row.number !== null && successors(number).includes(row.number) ? k : k + 1;
  }
  return 0;
}

function close(open: OpenClause): Clause {
  const [first, ...rest] = open.lines;
  // a point numbered by a number alone on its line ("3" / "Uỷ ban nhân dân …:", point-numbers.ts):
  // the line under it is its first line, as if printed after the number
  const alone = /^\d/.test(open.marker.marker) && open.marker.marker === first.text && rest.length > 0;
  const own = alone ? rest : [{ ...first, text: open.marker.rest }, ...rest];
  const { heading, lines } = isDivision(open.marker)
    ? divisionTitle(own)
    : splitHeading(own, open.items.length > 0, alone ? 0 : first.text.length - open.marker.rest.length);
  const items = open.items.map(close);
  const last = items.length ? items[items.length - 1].lines[1] : open.lines[open.lines.length - 1].n;
  return {
    marker: open.marker.marker,
    number: open.marker.number,
    heading,
    text: prose(lines),
    items,
    lines: [first.n, Math.max(last, open.lines[open.lines.length - 1].n)],
  };
}

/**
 * "Chương II" / "TIÊU CHUẨN … CÔNG CHỨC" / "KIỂM SOÁT VIÊN …": a division's title is the rest of
 * its marker line or the line under it, and the upper-case lines that go on with it.
 */
function divisionTitle(lines: Line[]): { heading: string | null; lines: Line[] } {
  let end = lines[0].text === "" ? 2 : 1;
  while (end < lines.length && !HAS_LOWER.test(lines[end].text)) end++;
  const title = lines.slice(0, end).map((l) => l.text).filter(Boolean).join(" ");
  return { heading: title || null, lines: lines.slice(end) };
}

/**
 * "Về ứng dụng công nghệ thông tin:" alone on the first line (≤ 15 words), or a short lead before
 * a colon ("Công an Thành phố: tiếp tục …", ≤ 6 words), is the clause's heading; so is a title
 * without a colon (`titleLines`). A longer lead, or one with commas, is a heading too when the
 * task lexicon reads it whole as bodies ("Cục Quản lý đê điều và Phòng, chống thiên tai: tiếp thu
 * …", "Phòng Kinh tế, Hạ tầng và Đô thị: kiểm tra …": units' statutory names are long and hold
 * commas). `indent` is the marker's width on the first line.
 */
function splitHeading(lines: Line[], hasItems: boolean, indent = 0): { heading: string | null; lines: Line[] } {
  const first = lines[0].text;
  if (first.endsWith(":") && atMostWords(first, 15) && !first.slice(0, -1).includes(":") && !namesPlaces(first.slice(0, -1), lines[1]?.text ?? ""))
    return { heading: first, lines: lines.slice(1) };
  const title = titleLines(lines, hasItems, indent);
  if (title) return { heading: prose(lines.slice(0, title)), lines: lines.slice(title) };
  const colon = first.indexOf(":");
  if (colon > 0 && /\S/.test(first.slice(colon + 1)) && leadBeforeColon(first.slice(0, colon)) && !namesPlaces(first.slice(0, colon), first.slice(colon + 1)))
    return { heading: first.slice(0, colon + 1), lines: [{ ...lines[0], text: first.slice(colon + 1).trim() }, ...lines.slice(1)] };
  return { heading: null, lines };
}

/**
 * A plural level of places before a colon and a list of their names after it ("UBND các phường:
 * Quy Nhơn Đông, Quy Nhơn Nam tập trung …", "Chủ tịch UBND các xã, phường: Ia Grai, Ia Hrung và
 * …"): the colon opens the names the subject is made of (the merged communes are named so since
 * 2025), no heading. After the colon: two names or more in capitals, joined by "," or "và".
 * ("UBND các xã, phường: chủ động …", "… các xã: Chủ động …" stay headings.)
 */
function namesPlaces(lead: string, after: string): boolean {
  return PLURAL_PLACES.test(lead) && NAME_LIST.test(after);
}
const PLACE_LEVEL = "(?:xã|phường|thị trấn|thị xã|huyện|quận|thành phố|tỉnh|đặc khu|thôn|bản|ấp|khu phố|tổ dân phố)";
const PLURAL_PLACES = new RegExp(`(?:^|\\s)các\\s+${PLACE_LEVEL}(?:\\s*(?:,|và)\\s*${PLACE_LEVEL})*\\s*$`, "i");
/** A name: capitalised words ("Quy Nhơn Đông", "Ia Grai", "An Nhơn"), numbers too ("Phường 3"). */
const NAME = "\\p{Lu}[\\p{L}\\d]*(?:\\s+(?:\\p{Lu}[\\p{L}\\d]*|\\d+))*";
const NAME_LIST = new RegExp(`^\\s*${NAME}(?:\\s*,\\s*|\\s+và\\s+(?:${PLACE_LEVEL}\\s+)?)${NAME}(?=[\\s,;.]|$)`, "u");

/** The text before a clause's first colon is a lead: a few words without a list, or bodies the lexicon reads whole. */
function leadBeforeColon(lead: string): boolean {
  if (atMostWords(lead, 6) && !/[;,(]/.test(lead)) return true;
  return atMostWords(lead, MAX_BODY_LEAD_WORDS) && agencyHeading(lead) !== null;
}
/** A lead of bodies is a name or a list of a few ("Ban Chỉ huy Phòng thủ dân sự tỉnh Quảng Ninh", "Sở Văn hóa, Thể thao và Du lịch"). */
const MAX_BODY_LEAD_WORDS = 30;

/**
 * `s` holds at most `max` words (runs of non-space): counted by a scan that stops at word
 * `max + 1` (the first line of a clause may be a whole paragraph), not a pattern run per word.
 */
function atMostWords(s: string, max: number): boolean {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = isSpace(s.charCodeAt(i));
    if (!space && !inWord && ++n > max) return false;
    inWord = !space;
  }
  return true;
}

/** A title has at most this many words ("Điều 2. Cơ chế, chính sách đặc thù thực hiện …" runs to 25). */
const MAX_TITLE_WORDS = 30;
/** A title is printed on one line, or wraps once onto a second ("… lấy mẫu, giám" / "định ADN …"). */
const MAX_TITLE_LINES = 2;
/** Words a title cannot end on: the sentence goes on in the next line ("… Quy chế hoạt động của" / "Ban Chỉ đạo"). */
const DANGLING = new Set(["của", "và", "với", "theo", "tại", "về", "cho", "các", "những", "là", "để", "thuộc", "trong", "đối", "từ", "đến", "hoặc", "do", "bằng", "như", "gồm", "giao"]);

/**
 * The title ends on a word of `DANGLING` (any case) or on "phối hợp" (one space between): the
 * last words looked up, not a pattern tried at every character.
 */
function endsDangling(title: string): boolean {
  const lastStart = wordStartBefore(title, title.length);
  const last = title.slice(lastStart).toLowerCase();
  if (DANGLING.has(last)) return true;
  if (last !== "hợp" || title[lastStart - 1] !== " ") return false;
  return title.slice(wordStartBefore(title, lastStart - 1), lastStart - 1).toLowerCase() === "phối";
}

/** Where the word ending at `end` starts: after the whitespace before it, or at 0. */
function wordStartBefore(text: string, end: number): number {
  let at = end;
  while (at > 0 && !isSpace(text.charCodeAt(at - 1))) at--;
  return at;
}

/** Sentence punctuation a line or a title may end with. */
const SENTENCE_END = new Set([".", "!", "?", ";", ":"]);
const TITLE_END = new Set([".", ";", ":", ",", "!", "?", "…", ")"]);
const endsWith = (text: string, chars: ReadonlySet<string>): boolean => text !== "" && chars.has(text[text.length - 1]);
/** A line of a wrapped paragraph fills the width; a line this much shorter than the text under it ended on purpose. */
const SHORT_LINE = 0.8;

/**
 * A title without a colon: "I. NHIỆM VỤ CHUNG", "Điều 3. Quyền hạn của Ban Chỉ đạo", "4. Ủy ban
 * nhân dân các tỉnh, thành phố", "5. Về công tác bảo đảm an sinh xã hội", "Điều 3. Chế độ, chính
 * sách đối với tổ chức, cá nhân tham gia thực hiện" / "nhiệm vụ lấy mẫu …" (wrapped): the first
 * line — and the line it wraps onto, which goes on in lower case — with no sentence punctuation
 * and not ending on a linking word, after which a new sentence (upper case) or the items begin.
 * When text follows, the title must also *look* like one: after a blank line, in capitals, short
 * (≤ 8 words), or a line that stops well short of the text lines under it (pdftotext keeps the
 * page width, so a wrapped sentence fills its line). Returns how many lines the title takes.
 * (SPEC §3 names only titles ending in ":"; these read the same way and trackers need them.)
 */
function titleLines(lines: readonly Line[], hasItems: boolean, indent: number): number {
  if (lines[0].text === "" || !STARTS_UPPER.test(lines[0].text)) return 0;
  let count = 1;
  while (
    count < MAX_TITLE_LINES &&
    count < lines.length &&
    !lines[count].blankBefore &&
    STARTS_LOWER.test(lines[count].text) &&
    !endsWith(lines[count - 1].text, TITLE_END)
  )
    count++;
  const title = lines.slice(0, count).map((l) => l.text).join(" ");
  if (!atMostWords(title, MAX_TITLE_WORDS) || endsWith(title, TITLE_END) || /[.;!?]\s/.test(title) || endsDangling(title)) return 0;
  const next = lines[count];
  if (!next) return hasItems ? count : 0;
  if (!STARTS_UPPER.test(next.text)) return 0;
  const last = lines[count - 1];
  const width = (l: Line): number => l.text.length + (l === lines[0] ? indent : 0);
  let textWidth = -Infinity;
  for (let k = count; k < lines.length; k++) textWidth = Math.max(textWidth, lines[k].text.length);
  const endsShort = width(last) <= SHORT_LINE * textWidth;
  return next.blankBefore || !HAS_LOWER.test(title) || atMostWords(title, 8) || endsShort ? count : 0;
}

const CLOSING = /(?:thông báo|đề nghị|yêu cầu|trên đây|để\s).*(?:biết|thực hiện|triển khai|chấp hành|phối hợp|báo cáo|tham khảo)/iu;

/**
 * The closing formulas themselves (NĐ 30 Phụ lục I; HD 36): "Trên đây là Kế hoạch …", "Trong quá
 * trình thực hiện, nếu có khó khăn, vướng mắc …", and who tells whom to know and act —
 * "(Văn phòng) thông báo / trả lời / hướng dẫn / phúc đáp … (để | được) biết, thực hiện".
 * A paragraph that says one of these is the closing even after a clause line that lacks its
 * final punctuation (a line cut short in OCR).
 */
const FORMULA = [
  /^trên đây là\s/iu,
  /^trong quá trình\s[^.;:]{0,80}?,?\s*nếu (?:có|phát sinh)\s/iu,
  /(?:^|\s)(?:thông báo|trả lời|hướng dẫn|phúc đáp|giải đáp|thông tin)\s(?:.*\s)?(?:để|được)\s(?:[^\s.;]+\s+){0,10}?biết(?=[\s,.;/]|$)/iu,
  /(?:^|\s)(?:để|được)\s(?:[^\s.;]+\s+){0,10}?biết(?:\s*(?:,|;|và)\s*)+(?:thực hiện|triển khai|chấp hành|phối hợp|theo dõi)/iu,
];
/**
 * The last two formulas cannot match without "biết": tried first, so that they (~1 ms to compile
 * at start-up, `iu`) are compiled only for a paragraph that has it. Plain `i` folds these letters
 * as `iu` does.
 */
const KNOW = /biết/i;
const isFormula = (text: string): boolean => opensFormula(text) || (KNOW.test(text) && (FORMULA[2].test(text) || FORMULA[3].test(text)));
/**
 * "Trên đây là …", "Trong quá trình thực hiện, nếu có …": formulas that open the paragraph. The
 * two patterns themselves, not one joined copy of them that start-up would compile once more.
 */
const opensFormula = (text: string): boolean => FORMULA[0].test(text) || FORMULA[1].test(text);
/**
 * The execution article of a legal document ("Chánh Văn phòng …, Giám đốc các Sở … chịu trách
 * nhiệm thi hành Quyết định này./."): NĐ 30 Phụ lục III gives a Quyết định, Nghị quyết or Chỉ thị
 * no closing; the sentence belongs to the last article even when it stands in a paragraph of its
 * own under "Điều 3. Quyết định này có hiệu lực …".
 */
const EXECUTION = /chịu trách nhiệm (?:thi hành|(?:tổ chức |triển khai )?thực hiện)\s.*(?:quyết định|nghị quyết|chỉ thị|thông tư|nghị định) này/iu;
/** A closing paragraph is short: a longer last paragraph is the last clause's text. */
const MAX_CLOSING = 600;

/**
 * The closing paragraph: the last paragraph of the body, without a marker, ending in "/." or
 * saying who is told to know / carry out ("…để các đơn vị biết, thực hiện./."). NĐ 30 puts the
 * closing after the content, so the only paragraph of a body is never one.
 */
function findClosing(bodyLines: readonly BodyLine[]): Line[] {
  const start = closingStart(bodyLines, bodyLines.length, true);
  if (start < 0) return [];
  // a courtesy line alone ("Trân trọng./.") ends the letter: the closing paragraph printed above
  // it ("Trong quá trình thực hiện, nếu có vướng mắc …", "Đề nghị … phối hợp thực hiện.") is
  // closing too, by the same tests
  if (start < bodyLines.length - 1 || !isCourtesy(bodyLines[start].line.text)) return bodyLines.slice(start).map((b) => b.line);
  const above = closingStart(bodyLines, start, false);
  return bodyLines.slice(above < 0 ? start : above).map((b) => b.line);
}

/**
 * The courtesy formula alone on a line: "Trân trọng./.", "Trân trọng cảm ơn!", "Xin trân trọng
 * cảm ơn./.". Plain `i` folds these letters as `iu` does.
 */
const COURTESY = /^(?:xin\s+)?(?:trân trọng|chân thành)(?:\s+(?:cảm ơn|kính chào))?\s*(?:\.\/\.|\/\.|[.!])?$/i;
const isCourtesy = (text: string): boolean => text.length <= 32 && COURTESY.test(text);

/**
 * The first line of the closing paragraph that ends before `end`, or -1 when that paragraph is no
 * closing. `endMark`: a paragraph ending in "/." is closing for that alone (not so for the one
 * above a courtesy line, which the mark does not end).
 */
function closingStart(bodyLines: readonly BodyLine[], end: number, endMark: boolean): number {
  let start = end;
  while (start > 0) {
    const { line, opensClause } = bodyLines[start - 1];
    if (opensClause) return -1;
    start--;
    const previous = bodyLines[start - 1]?.line;
    // the paragraph starts after a blank line, a line that ends a sentence, or a note wholly in
    // brackets ("(Có dự thảo Nghị quyết kèm theo)" under a Tờ trình's last clause): a paragraph of its own
    if (line.blankBefore || !previous || endsWith(previous.text, SENTENCE_END) || isBracketed(previous.text)) break;
  }
  // a body of one paragraph and no clause is the content itself (the commonest công văn: "Thực
  // hiện …, UBND tỉnh đề nghị Sở Tài chính chủ trì … trước ngày 15/01/2025./."): a closing follows it
  if (start === 0) return -1;
  const candidate = bodyLines.slice(start, end).map((b) => b.line);
  if (!candidate.length) return -1;
  const text = prose(candidate).replaceAll("_", " "); // word-segmented text: "thông_báo"
  // The costly patterns (`iu`, `\p{…}`: ~4 ms to compile at start-up) are tried only where the
  // answer depends on them: an ASCII first letter is tested by hand, the formulas only where they
  // decide (most closings end in "/."), `EXECUTION` only with its opening words.
  const first = text.charCodeAt(0);
  const startsUpper = first < 0x80 ? first >= 0x41 && first <= 0x5a : STARTS_UPPER.test(text);
  // a closing says little; one that opens with its formula may go on with whom to contact
  if (!startsUpper || text.length > MAX_CLOSING * 2 || (text.length > MAX_CLOSING && !opensFormula(text))) return -1;
  const before = bodyLines[start - 1];
  // `ownsNextParagraph(before, isFormula(text))`, asking for the formula only where it decides
  if (ownsNextParagraph(before, true) || (ownsNextParagraph(before, false) && !isFormula(text))) return -1;
  if (text.toLowerCase().includes("chịu trách nhiệm ") && EXECUTION.test(text)) return -1;
  return (endMark && (/\/\.\s*$/.test(text) || isCourtesy(text))) || isFormula(text) || CLOSING.test(text) ? start : -1;
}

/**
 * "(Có dự thảo Nghị quyết và hồ sơ kèm theo)", "[Đã ký]": a line wholly in one pair of brackets —
 * the bracket that opens it closes at its end, not earlier ("(1) … (2)" is no such line).
 */
function isBracketed(text: string): boolean {
  const close = text[0] === "(" ? ")" : text[0] === "[" ? "]" : null;
  if (!close || text.length < 3 || text[text.length - 1] !== close) return false;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === text[0]) depth++;
    else if (text[i] === close && --depth === 0) return i === text.length - 1;
  }
  return false;
}

/**
 * "Điều 3." / "III. TỔ CHỨC THỰC HIỆN" / "2. Về kinh phí:" — a marker alone or with a heading only:
 * the paragraph under it is that clause's text, even when it ends in "/." (the last article of a
 * Quyết định is its "… chịu trách nhiệm thi hành Quyết định này./."). A clause line that merely
 * lacks its final punctuation (cut short: "4. Đề nghị Ủy ban Mặt trận … các sở, ngành, địa") owns
 * the next paragraph only when that paragraph is no closing formula (`formula`); a marker alone,
 * a heading before ":" or a title in capitals owns it all the same.
 */
function ownsNextParagraph(previous: BodyLine | undefined, formula = false): boolean {
  if (!previous?.opensClause) return false;
  const rest = readMarker(previous.line.text)?.rest ?? previous.line.text;
  if (/[.!?;…]["”)]*$/.test(rest)) return false;
  const headingOnly = rest === "" || rest.endsWith(":") || !HAS_LOWER.test(rest);
  return headingOnly || !formula;
}

/** Numbered siblings that skip or repeat: "1.", "2.", "4." → a gap before 4. */
/** A list with more irregularities than this gets one summary diagnostic instead of one each. */
const MAX_GAPS_PER_LIST = 3;

function numberingGaps(clauses: readonly OpenClause[], out: Diagnostic[] = [], parent?: OpenClause): Diagnostic[] {
  const own: Diagnostic[] = [];
  listGaps(clauses, own, parent);
  if (own.length > MAX_GAPS_PER_LIST) {
    const first = own[0].lines!;
    out.push(diagnostic("clause-numbering-gap", `${own.length} numbering irregularities in one list, the first: ${own[0].message}`, first));
  } else out.push(...own);
  for (const clause of clauses) numberingGaps(clause.items, out, clause);
  return out;
}

function listGaps(clauses: readonly OpenClause[], out: Diagnostic[], parent?: OpenClause): void {
  let previous: OpenClause | undefined;
  const first = clauses[0]?.marker;
  const expectedFirst = first ? firstOf(first, parent?.marker.number ?? null) : null;
  if (first?.number && expectedFirst && first.number !== expectedFirst) {
    const at = clauses[0].lines[0].n;
    out.push(diagnostic("clause-numbering-gap", `"${first.marker}" opens its list (expected ${expectedFirst})`, [at, at]));
  }
  for (const clause of clauses) {
    const expected = previous?.marker.style === clause.marker.style ? successors(previous.marker.number) : [];
    if (expected.length && clause.marker.number && !expected.includes(clause.marker.number)) {
      const at = clause.lines[0].n;
      out.push(diagnostic("clause-numbering-gap", `clause "${clause.marker.marker}" follows "${previous!.marker.marker}" (expected ${expected.join(" or ")})`, [at, at]));
    }
    previous = clause;
  }
}

/** The number a list must open with: "2.1" under "2", "a" for letters; null where any start is normal. */
function firstOf(marker: ClauseMarker, parentNumber: string | null): string | null {
  if (marker.style.startsWith("n") && marker.number?.includes(".") && parentNumber && /^\d+(\.\d+)*$/.test(parentNumber))
    return marker.number.startsWith(parentNumber + ".") ? `${parentNumber}.1` : null;
  if (marker.style === "letter") return "a";
  return null;
}

const LETTERS = "abcdđefghiklmnopqrstuvxy";

/** "3" → "4", "1.2" → "1.3", "II" → "III", "d" → "đ" or "e" (both are printed). */
function successors(number: string | null): string[] {
  if (!number) return [];
  if (/^\d+(\.\d+)*$/.test(number)) {
    const parts = number.split(".");
    parts[parts.length - 1] = String(Number(parts[parts.length - 1]) + 1);
    return [parts.join(".")];
  }
  const roman = ROMAN.indexOf(number);
  if (roman >= 0) return ROMAN[roman + 1] ? [ROMAN[roman + 1]] : [];
  const letter = LETTERS.indexOf(number);
  if (letter < 0 || number.length !== 1) return [];
  // Vietnamese lists run a, b, c, d, đ, e, g… but many skip đ or use f.
  if (number === "d") return ["đ", "e"];
  if (number === "e") return ["f", "g"];
  if (number === "f") return ["g"];
  return LETTERS[letter + 1] ? [LETTERS[letter + 1]] : [];
}
