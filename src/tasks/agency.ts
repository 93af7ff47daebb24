/**
 * Reading agency names off the word stream, at a place where one is expected: after "giao",
 * "phối hợp với", "báo cáo", or as the subject that opens a sentence.
 *
 *   "Sở Giáo dục và Đào tạo"                        head Sở + capitalised name
 *   "UBND các quận, huyện, thị xã"                  head + a territorial group, kept whole
 *   "Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh"   head + descriptor + name + place
 *   "đồng chí Lê Hồng Sơn"                          a person: the name, without the titles after it
 *   "các cấp ủy, chính quyền, MTTQ"                 a list: [các cấp ủy, chính quyền] [MTTQ]
 */
import {
  BOUND, HONORIFICS, ROLE_DESIGNATIONS, CAPITAL_NAMED_HEADS, LEVEL_NAMED_HEADS, DUTIES_OR_LEAD, COMMA_FIELDS, POLICE_FIELDS, DESCRIPTORS, FIELD_NOUNS, DETERMINERS, FAMILIES, FIELD_NAMES, FIELD_TABLE, NAME_END_VERBS, NAMED_HEADS, PERSON, PLACES, PLURAL_HEADS, STOPS, STRONG_HEADS, TITLES, VERB_FIELDS,
} from "./lexicon.js";
import { foldChars, stripDiacritics } from "../inline/fold.js";
import { lazy } from "../lazy.js";
import { foldedAt, matchPhrase, opens, phraseTable, type Word } from "./words.js";

/** One agency: words `from`…`to` (exclusive). */
export interface AgencySpan {
  from: number;
  to: number;
  /** the folded head phrase ("quận", "ubnd", "đồng chí") */
  head: string;
  /** opened with "các"/"những" */
  plural: boolean;
  /** a person named after "đồng chí" */
  person: boolean;
  /** after a person: the end of the titles printed after the name ("…, Phó Chủ tịch UBND Thành phố") */
  titles?: number;
  /** the end of the name when a note on its role follows it in brackets ("Sở … (Cơ quan thường trực Ban Chỉ huy …)") */
  named?: number;
}

/** The end of an agency's name as printed: before a bracketed note on its role. */
export const nameEnd = (span: AgencySpan): number => span.named ?? span.to;

export interface AgencyList {
  items: AgencySpan[];
  /** the word after the list */
  end: number;
  /** a body with its condition, up to "thì" ("tỉnh nào chưa thành lập Ban … thì") */
  conditional?: boolean;
}

/** The list with its last item running to `to` (the words before it name that body): a name the lexicon could not close. */
export function extendLast(list: AgencyList, to: number, end = to): AgencyList {
  const items = list.items.slice();
  items[items.length - 1] = { ...items[items.length - 1], to };
  return { items, end };
}

/** The agencies of a list as printed in `text`, whose words `words` are. */
export function namesOf(text: string, words: readonly Word[], list: AgencyList): string[] {
  return list.items.map((it) => text.slice(words[it.from].start, words[nameEnd(it) - 1].end));
}

export interface ReadOptions {
  /** an item after a comma of a list: bare "huyện", "đơn vị", "doanh nghiệp" are bodies here */
  continuation?: boolean;
  /** accept a capitalised name without a head: "(phối hợp với) Thông tin và Truyền thông" */
  names?: boolean;
  /** in a list, stop before an item followed by a verb: it is the subject of the next clause */
  cutAtSubject?: boolean;
  /** read no lower-case name after a bare head ("(do) các doanh nghiệp | bảo hiểm cung cấp": an agent in a relative clause) */
  noTail?: boolean;
}

/** What the body reported to does: "(báo cáo X) xem xét, quyết định". */
const ON_REPORT = phraseTable(["xem xét", "cho ý kiến", "quyết định", "chỉ đạo", "phê duyệt", "giải quyết"]);

/** "Công chức được bố trí …", "Trưởng ban là …": a description, not an actor and its action */
const PASSIVE = new Set(["được", "bị", "là"]);
const FUNCTION_WORDS = new Set(["về", "theo", "trong", "tại", "trên", "với", "khi", "nhằm", "cho", "ngoài", "trước", "sau", "từ", "đến", "và", "hoặc", "của", "để", "đối", "vào"]);

/** The tables an agency may open with (the determiner, the person, the heads). */
const OPENERS = [DETERMINERS, PERSON, STRONG_HEADS, TITLES, NAMED_HEADS, CAPITAL_NAMED_HEADS, LEVEL_NAMED_HEADS, PLURAL_HEADS];

/**
 * An agency may start at `word` (`readAgency` returns null at any other): it opens a phrase of a
 * table an agency opens with, or, with `names`, it is capitalised. A test on one word, so that a
 * text can be ruled out before it is all read.
 */
export function mayOpenAgency(word: Word | undefined, names = false): boolean {
  if (!word) return false;
  return (names && word.cap) || OPENERS.some((table) => opens(word, table));
}

export function readAgency(words: readonly Word[], i: number, options: ReadOptions = {}): AgencySpan | null {
  if (i >= words.length) return null;
  // the readers try the same word of the same sentence again (a subject, then the list it opens,
  // a trigger's object…: three calls in ten are asked before): remember the spans read in the last
  // list asked about, as `headAt` does; a copy is returned (with every field the span has: `named`),
  // as `readAgencyList` extends its items (`titles`)
  if (words !== lastSpans) {
    lastSpans = words;
    spanGeneration++;
    if (spanStamps.length < SPAN_SLOTS * words.length) {
      spanStamps = new Uint32Array(2 * SPAN_SLOTS * words.length);
      spans.length = 2 * SPAN_SLOTS * words.length;
    }
  }
  const slot = SPAN_SLOTS * i + (options.continuation === true ? 1 : 0) + (options.names === true ? 2 : 0) + (options.noTail === true ? 4 : 0);
  let span: AgencySpan | null;
  if (spanStamps[slot] === spanGeneration) span = spans[slot];
  else {
    const asked = spanGeneration;
    span = readSpan(words, i, options);
    // (unless a reading of another list came in between)
    if (spanGeneration === asked) {
      spanStamps[slot] = asked;
      spans[slot] = span;
    }
  }
  return span && { ...span };
}

/** The options `readSpan` reads (continuation, names, noTail): a slot for each of their combinations, by word. */
const SPAN_SLOTS = 8;
/** The answers of `readAgency` for `lastSpans`: valid where the stamp is the current generation. */
let lastSpans: readonly Word[] | undefined;
let spanGeneration = 0;
let spanStamps = new Uint32Array(1024);
const spans: Array<AgencySpan | null> = new Array(1024).fill(null);

function readSpan(words: readonly Word[], i: number, options: ReadOptions): AgencySpan | null {
  let j = i;
  const det = matchPhrase(words, j, DETERMINERS);
  j += det;
  const person = matchPhrase(words, j, PERSON);
  if (person) {
    j += person;
    // "Ông Lê Hữu Phước": "ông", "bà" name a person only before a name of two syllables or more ("bà con", "Bà Rịa")
    if (matchPhrase(words, j - person, HONORIFICS)) {
      const end = readPersonName(words, j);
      return end > j + 1 ? { from: i, to: end, head: "đồng chí", plural: det > 0, person: true } : null;
    }
    if (!matchPhrase(words, j, TITLES)) {
      const end = readPersonName(words, j);
      return end > j ? { from: i, to: end, head: "đồng chí", plural: det > 0, person: true } : null;
    }
  }
  const head = headAt(words, j, det > 0 || person > 0 || options.continuation === true);
  if (head === 0) {
    if (!options.names || !words[j]?.cap) return null;
    const lower = lowerCaseName(words, j);
    if (lower) return { from: i, to: lower, head: foldedAt(words, j, matchPhrase(words, j, NAMED_HEADS)), plural: det > 0, person: false };
    if (det) return null;
    const end = readName(words, j);
    // "Rà soát hồ sơ.": a sentence opening with a verb, not a name ("Thông tin và Truyền thông" is one)
    if (isStop(words, j) && !hasCapital(words, j + 1, end)) return null;
    return end > j ? { from: i, to: end, head: "", plural: false, person: false } : null;
  }
  const headText = foldedAt(words, j, head);
  let to = readModifiers(words, j + head, j);
  // "(báo cáo) …, Hội đồng quản lý bảo hiểm xã hội", "(phối hợp với) các Viện nghiên cứu"
  if (to === j + head && options.names && words[j].cap) to = Math.max(to, lowerCaseName(words, j));
  // "các cơ quan, đơn vị có liên quan", "các bộ, ngành, địa phương": one group, not three bodies
  const group = det > 0 ? readGroup(words, j) : j;
  const end = Math.max(to, group);
  // "(phối hợp với) Trưởng các khu phố | giám sát ca bệnh, phun …": a name that ends in its place level is whole, what follows is its action
  let qualified = hasCapital(words, j + 1, end) ? inCharge(words, end) : endsInPlace(words, j + head, end) ? end : agentQualifier(words, end);
  // "các sở giáo dục và đào tạo thực hiện", "các xã ven biển tổ chức": a lower-case name after a bare head or a group
  // "(Chủ tịch UBND) các xã, phường, đặc khu | đối thoại …": a list of levels is whole, no lower-case name ends it
  // "Các phòng, ban chuyên môn thuộc UBND xã | xây dựng …": after the group its "các" opens, as after a bare head
  const ownGroup = det > 0 && group === end && group > j + head && readGroupWords(words, j) === end && !endsInLevelList(words, i, end);
  if (!options.noTail && qualified === end && (end === j + head || ownGroup || (endsInGroup(words, j + head, end) && !endsInLevelList(words, j + head, end)))) qualified = lowerCaseTail(words, end, !ownGroup);
  const named = roleNote(words, j + head, qualified);
  return { from: i, to: qualified, head: person ? "đồng chí" : headText, plural: det > 0, person: false, ...(named ? { named } : {}) };
}

/**
 * "Sở Nông nghiệp và Môi trường (Cơ quan thường trực Ban Chỉ huy Phòng thủ dân sự tỉnh)": a bracket
 * that ends the name and opens with a role ("cơ quan thường trực", "đơn vị đầu mối") is a note on
 * the body, not its name, so that the body reads as it does elsewhere. Where the name ends; 0 when
 * no such note ends it.
 */
function roleNote(words: readonly Word[], from: number, to: number): number {
  if (words[to - 1]?.f !== ")") return 0;
  for (let k = to - 2; k > from; k--) {
    if (words[k].f === ")") return 0;
    if (words[k].f === "(") return matchPhrase(words, k + 1, ROLE_DESIGNATIONS) ? k : 0;
  }
  return 0;
}

/**
 * Terms that read as verbs (or hold "và") but name a body's field inside its name: "Ban Quản lý dự
 * án đầu tư xây dựng công trình giao thông" (Luật Xây dựng, Điều 63), "các cơ quan thông tin đại
 * chúng" (the mass media), the fields of the Sở/Bộ in lower case ("các sở giáo dục và đào tạo").
 */
const NAME_TERMS = phraseTable([
  "cấp dưới trực tiếp", "cấp trên trực tiếp", "đầu tư xây dựng", "công trình", "giao thông",
  // Luật Thủy lợi 2017, Điều 2: "Công ty TNHH MTV Khai thác công trình thủy lợi", "Cục Quản lý và Xây dựng công trình thủy lợi"
  "công trình thủy lợi", "thông tin đại chúng", ...FIELD_NAMES,
  // the kinds of school the laws name (Luật Giáo dục 2019, Điều 44): "các trung tâm giáo dục thường xuyên", "… giáo
  // dục nghề nghiệp - giáo dục thường xuyên" ("thường xuyên" there is no adverb of the predicate)
  "giáo dục thường xuyên", "giáo dục nghề nghiệp - giáo dục thường xuyên", "giáo dục nghề nghiệp",
  // the specialised project boards (Nghị định 15/2021/NĐ-CP, Điều 20): "… các công trình dân dụng và công nghiệp"
  "các công trình", "dân dụng và công nghiệp", "dân dụng", "công nghiệp",
  // the kinds of body the laws name: public service units (Luật Viên chức, Điều 9), the press
  // (Luật Báo chí) — "các đơn vị sự nghiệp công lập", "các cơ quan thông tấn, báo chí"
  "sự nghiệp công lập", "sự nghiệp", "báo chí", "thông tấn, báo chí", "thông tấn", "tuyên truyền, báo chí", "báo chí, truyền thông", "báo chí, xuất bản", "phát thanh và truyền hình", "phát thanh, truyền hình",
]);
/** Adverbs that open a predicate, not a name: "(Các địa phương) nhanh chóng triển khai". */
const PREDICATE_OPENERS = phraseTable([
  "nhanh chóng", "khẩn cấp", "kiên quyết", "không", "chưa", "luôn", "tự", "cùng", "quan tâm", "phấn đấu", "ngay",
  "thực sự", "mới", "còn", "vừa", "liên tục", "sâu sát", "gương mẫu", "nêu gương", "hoàn toàn",
]);
/** Words that join clauses: "(… đơn vị) thì cơ quan …", "mà", "nếu", "nhưng". */
const CLAUSE_WORDS = new Set(["thì", "mà", "nếu", "nhưng", "vì", "nên", "do", "bởi"]);
const LOWER_TAIL_MAX = 16;
/** "thuộc", "trực thuộc" before a capitalised body in a lower-case name. */

/**
 * A name printed in lower case after a body's head or group, read as the body is: "các sở giáo dục
 * và đào tạo", "Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh", "các cơ quan thông
 * tin đại chúng", "UBND các xã ven biển", "các ngành chức năng". The lower-case words join the name
 * only when a verb of the lexicon closes them (the body's action: a phrase of two words or more, or
 * a modal), or a comma before the next body of a list ("các cơ quan chuyên môn, UBND cấp xã"), with nothing between but lower-case words and the terms above: a function word (the
 * object's preposition), "và", a determiner, punctuation, an adverb or a verb of one word before it
 * leaves the name as it was ("Các đơn vị tuần tra, kiểm soát …" keeps "Các đơn vị"). The word
 * after the name (`end` when none follows). A field that is also a verb ("xây dựng") is the field
 * only right after a head (`fieldFirst`), never after a group.
 */
function lowerCaseTail(words: readonly Word[], end: number, fieldFirst = true): number {
  let k = end;
  /** the end of the last term read: a word boundary known, a verb of one word may follow it */
  let term = -1;
  while (k < end + LOWER_TAIL_MAX && words[k] && !words[k].cap) {
    // "các cơ quan chuyên môn, UBND cấp xã": the next body of a list closes it too
    if (!words[k].word) return k > end && words[k].f === "," && readAgency(words, k + 1, { continuation: true, noTail: true }) ? k : end;
    // "Các ban chuyên môn thuộc Cơ quan Ủy ban MTTQ Việt Nam tỉnh | xây dựng …": whose body it is, then the verb
    if (k > end && words[k].f === "thuộc" && words[k + 1]?.cap) {
      const owner = readAgency(words, k + 1, { names: true, noTail: true });
      if (owner) {
        k = owner.to;
        term = k;
        continue;
      }
    }
    const length = matchPhrase(words, k, NAME_TERMS);
    // "các sở xây dựng" (the field) right after a head; "Các ban chuyên môn | xây dựng chương trình",
    // "Các đơn vị sự nghiệp | xây dựng …", "Các phòng, ban | xây dựng …" (the verb) after another word or a group
    if (length && !((k > end || !fieldFirst) && matchPhrase(words, k, STOPS) === length)) {
      k += length;
      term = k;
      continue;
    }
    // "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp thành phố | đẩy nhanh …":
    // after a term, the level closes the name
    const place = term === k ? matchPhrase(words, k, PLACES) : 0;
    if (place && startsPredicate(words, k + place)) return k + place;
    // "(người sử dụng lao động tiếp cận) thông tin …": what a verb acts on, not a name's word
    if (matchPhrase(words, k, OBJECT_NOUNS) || CLAUSE_WORDS.has(words[k].f) || matchPhrase(words, k, FREQUENCIES)) return end;
    const stop = matchPhrase(words, k, STOPS);
    // a verb of one syllable may end a compound ("đăng ký", "xuất trình"): only a modal closes the
    // name then, or any verb right after a term ("các sở giáo dục và đào tạo | cử …")
    if (stop) return k > end && startsPredicate(words, k) && (stop > 1 || k === term || matchPhrase(words, k, BOUND)) ? k : end;
    // "các đơn vị sự nghiệp công lập | tự chủ …": after a term an adverb opens the predicate
    if (matchPhrase(words, k, PREDICATE_OPENERS)) return k === term && k > end ? k : end;
    if (matchPhrase(words, k, DETERMINERS)) return end;
    k++;
  }
  return end;
}

const IN_CHARGE = phraseTable(["phụ trách"]);
const IN_CHARGE_MAX = 10;

/**
 * "đồng chí Phó Thủ tướng phụ trách Nông nghiệp (trực tiếp chỉ đạo)", "Phó Chủ tịch phụ trách
 * lĩnh vực Văn hóa - Xã hội (chủ trì …)": the field a named office holder is in charge of is part
 * of who acts, up to the verb that follows. The word after it (`j` when no verb closes it).
 */
function inCharge(words: readonly Word[], j: number): number {
  const open = matchPhrase(words, j, IN_CHARGE);
  if (!open) return j;
  for (let k = j + open + 1; k < j + open + IN_CHARGE_MAX && words[k]; k++) {
    if (!words[k].word && words[k].f !== "," && words[k].f !== "-") return j;
    if (!words[k].cap && words[k].f !== "và" && matchPhrase(words, k, STOPS) && startsPredicate(words, k)) return k;
  }
  return j;
}

/** Nouns that open what is reported or shared, after the body's name: "(báo cáo X) kết quả thực hiện". */
const OBJECT_NOUNS = phraseTable(["kết quả", "tình hình", "việc", "thông tin", "số liệu", "nội dung", "ý kiến", "nhiệm vụ"]);
/**
 * How often a thing is done ("báo cáo Giám đốc Sở | hằng ngày", "định kỳ"): the schedule of the
 * action around a body's name, never a word of it.
 */
const FREQUENCIES = phraseTable([
  "hằng ngày", "hằng tuần", "hằng tháng", "hằng quý", "hằng năm", "hàng ngày", "hàng tuần", "hàng tháng", "hàng quý", "hàng năm", "định kỳ",
]);
const LOWER_NAME_MAX = 6;

/**
 * A body whose name is printed in lower case after its capitalised head, as older documents and
 * many letters write it: "Hội đồng quản lý bảo hiểm xã hội", "Tổng cục quản lý ruộng đất", "các
 * Viện nghiên cứu", "Cục bản đồ Bộ Tổng tham mưu". Read only where a body is expected (after
 * "phối hợp với", "báo cáo"): the name runs to the next verb of the lexicon (a verb that names
 * a body's field may open it: "quản lý"), a function word, what is reported ("kết quả …") or
 * punctuation. The word after the name, or 0 when no lower-case name follows the head.
 */
function lowerCaseName(words: readonly Word[], j: number): number {
  const head = matchPhrase(words, j, NAMED_HEADS) || matchPhrase(words, j, CAPITAL_NAMED_HEADS);
  let k = j + head;
  // "Ban hành …": the head and the next word are one word of their own
  if (!head || !words[k]?.word || words[k].cap || isStop(words, j)) return 0;
  k += matchPhrase(words, k, AGENT_VERBS);
  while (k < j + head + LOWER_NAME_MAX && words[k]?.word && !words[k].cap) {
    if (isStop(words, k) || matchPhrase(words, k, DETERMINERS) || matchPhrase(words, k, OBJECT_NOUNS) || matchPhrase(words, k, FREQUENCIES)) break;
    k++;
  }
  if (k === j + head) return 0;
  return readModifiers(words, k, j);
}

/**
 * Verbs that make a body of a generic noun: "đơn vị giám định", "công chức giám sát", "doanh
 * nghiệp kinh doanh cảng", "người sử dụng lao động", "cơ quan thu", "tổ chức phụ trách bầu cử".
 */
const AGENT_VERBS = phraseTable([
  "giám sát", "giám định", "kinh doanh", "sản xuất", "xuất khẩu", "nhập khẩu", "vận chuyển", "vận tải", "quản lý",
  "tiếp nhận", "sử dụng", "thu", "khai thác", "phụ trách", "thẩm định", "nghiên cứu", "thi công",
]);
const AGENT_OBJECT_MAX = 5;

/**
 * A generic body named by what it does, read as a subject: "Các đơn vị giám định lập biên bản",
 * "Công chức giám sát có trách nhiệm …", "người sử dụng lao động phải …". The verb (and at most
 * five lower-case words of its object) belongs to the name only when a predicate follows — a
 * duty, or a verb of the lexicon — otherwise it is the body's own action ("Các đơn vị quản lý
 * chặt chẽ …", "cơ quan hải quan giám sát, …"). The word after the name.
 */
function agentQualifier(words: readonly Word[], j: number): number {
  let k = j + matchPhrase(words, j, AGENT_VERBS);
  if (k === j) return j;
  // "cơ quan quản lý, sử dụng công chức, viên chức": two such verbs, a listed object
  for (let more = k; (words[more]?.f === "," || words[more]?.f === "và") && matchPhrase(words, more + 1, AGENT_VERBS); more = k) {
    k = more + 1 + matchPhrase(words, more + 1, AGENT_VERBS);
  }
  for (let object = 0; object <= AGENT_OBJECT_MAX && words[k] && !words[k].cap; k++) {
    // "Công chức giám sát sử dụng chức năng …": a second such verb right after the first is the predicate
    if (matchPhrase(words, k, BOUND) || (matchPhrase(words, k, STOPS) && startsPredicate(words, k)) || (object === 0 && matchPhrase(words, k, AGENT_VERBS))) return k;
    if (words[k].f === "," && words[k + 1]?.word && !words[k + 1].cap && !isStop(words, k + 1)) continue;
    if (!words[k].word || isStop(words, k) || matchPhrase(words, k, DETERMINERS)) return j;
    object++;
  }
  return j;
}

/**
 * The length of the head phrase at `words[j]`; 0 when none. `licensed`: after "các", "đồng chí"
 * or a list comma, where bare "quận", "ngành", "lãnh đạo" are heads too.
 */
export function headAt(words: readonly Word[], j: number, licensed: boolean): number {
  const w = words[j];
  if (!w?.word) return 0;
  // the readers ask about the same word of the same list again (about two calls per position):
  // remember the answers for the last list asked about, in arrays kept from list to list
  if (words !== lastHeads) {
    lastHeads = words;
    generation++;
    if (stamps.length < 2 * words.length) {
      stamps = new Uint32Array(4 * words.length);
      answers = new Uint8Array(4 * words.length);
    }
  }
  const slot = 2 * j + (licensed ? 1 : 0);
  if (stamps[slot] === generation) return answers[slot];
  const asked = generation;
  const head = findHead(words, j, licensed);
  // (unless a reading of another list came in between)
  if (generation === asked) {
    stamps[slot] = asked;
    answers[slot] = head;
  }
  return head;
}

/** The answers of `headAt` for `lastHeads`: valid where the stamp is the current generation. */
let lastHeads: readonly Word[] | undefined;
let generation = 0;
let stamps = new Uint32Array(512);
let answers = new Uint8Array(512);

function findHead(words: readonly Word[], j: number, licensed: boolean): number {
  const w = words[j];
  const nextCap = (n: number): boolean => words[j + n]?.cap === true || /^\d/.test(words[j + n]?.f ?? "");
  let best = matchPhrase(words, j, STRONG_HEADS);
  let title = matchPhrase(words, j, TITLES);
  // "Thư ký Tổ giúp việc": a title whose last word opens a body's head ends before that body ("thư ký tổ" alone stays)
  if (title > 2 && matchPhrase(words, j + title - 1, STRONG_HEADS) > 1 && matchPhrase(words.slice(j, j + title - 1), 0, TITLES) === title - 1) title--;
  // "thủ trưởng các sở, ngành": a title over a plural body
  const over = (n: number): number => matchPhrase(words, j + n, DETERMINERS);
  // bare "trưởng" heads only a plural village group: "Trưởng các thôn, bản, tổ dân phố"
  const villages = title === 1 && w.f === "trưởng";
  if (villages ? over(1) > 0 && familyAt(words, j + 1 + over(1))?.family === VILLAGES : title > best && (licensed || w.cap || nextCap(title) || headAt(words, j + title, true) > 0 || (over(title) > 0 && headAt(words, j + title + over(title), true) > 0))) best = title;
  const named = matchPhrase(words, j, NAMED_HEADS);
  // "một bộ phận cán bộ, đảng viên", "một bộ phận Nhân dân": a part of them, not an office ("Bộ phận Một cửa")
  const part = words[j - 1]?.f === "một" && foldedAt(words, j, named) === "bộ phận";
  if (named > best && (licensed || nextCap(named)) && !part) best = named;
  // "Thanh tra tỉnh", "Bệnh viện tỉnh", "Thanh tra xã": a capitalised head before the level it serves
  // (a head that is itself a level, "Tỉnh", "Xã", is not one)
  if (named > best && w.cap && !part && matchPhrase(words, j + named, BODY_LEVELS) && !matchPhrase(words, j, PLACES)) best = named;
  const capitalNamed = matchPhrase(words, j, CAPITAL_NAMED_HEADS);
  if (capitalNamed > best && words[j + capitalNamed]?.cap === true) best = capitalNamed;
  // "Thuế tỉnh Nghệ An": capitalised, before a level word
  const levelNamed = w.cap ? matchPhrase(words, j, LEVEL_NAMED_HEADS) : 0;
  if (levelNamed > best && (matchPhrase(words, j + levelNamed, PLACES) || matchPhrase(words, j + levelNamed, BASE_LEVEL))) best = levelNamed;
  const plural = matchPhrase(words, j, PLURAL_HEADS);
  if (plural > best && licensed) best = plural;
  // "Các chi, đảng bộ trực thuộc": "A, B H" with the shared head left out of A, where "B H" and "A H" are both bodies
  if (best === 0 && words[j + 1]?.f === ",") {
    const shared = matchPhrase(words, j + 2, STRONG_HEADS);
    // ("Các chi, đảng bộ cơ sở": the head may be any word of B's after its first)
    const heads = words.slice(j + 3, j + 2 + shared).map((h) => h.f);
    if (shared > 1 && w.starts[STRONG_HEADS.id]?.some((p) => p.length === 2 && heads.includes(p[1]))) best = shared + 2;
  }
  // "(…, ) ban hành …", "tổ chức thực hiện": a verb that opens with a head's word is no body
  if (best > 0 && best === Math.max(named, plural) && best < matchPhrase(words, j, STOPS)) return 0;
  return best;
}

/** The companies' heads (Luật Doanh nghiệp 2020, Điều 37-38: a name is the legal form, then the proper name). */
const COMPANY_HEADS = new Set(["công ty", "tổng công ty"]);
/** The legal forms of Điều 38, in full or as abbreviated: "TNHH", "MTV", "Cổ phần", "CP", "hợp danh". */
const LEGAL_FORMS = phraseTable([
  "tnhh", "mtv", "cp", "cổ phần", "trách nhiệm hữu hạn", "một thành viên", "hai thành viên trở lên", "hai thành viên", "hợp danh",
]);
/** Lower-case words a company's proper name may run over before the place that ends it. */
const COMPANY_NAME_MAX = 12;

/**
 * "Công ty TNHH MTV Quản lý khai thác công trình thủy lợi Quảng Trị", "Công ty Cổ phần Môi trường
 * đô thị Đông Hà", "Công ty TNHH MTV Xổ số kiến thiết tỉnh": after the legal form a company's proper
 * name is printed in sentence case (its first word capitalised, the rest in lower case, verbs
 * included: "Tư vấn xây dựng", "Quản lý khai thác"), and it ends in the place it serves. The name
 * runs from its capitalised first word over lower-case words to a capitalised name ("Quảng Trị") or
 * a level ("tỉnh", "tỉnh Quảng Trị") before any function word, duty or punctuation; with none, to the
 * first verb of the lexicon ("… thủy lợi | chủ trì, …"). The end of the name; 0 when `j` holds no
 * legal form followed by a capitalised word and lower-case ones, or no end is found.
 */
function companyName(words: readonly Word[], from: number, j: number): number {
  if (!COMPANY_HEADS.has(foldedAt(words, from, j - from))) return 0;
  let k = j;
  for (let form = matchPhrase(words, k, LEGAL_FORMS); form; form = matchPhrase(words, k, LEGAL_FORMS)) k += form;
  if (k === j || !words[k]?.cap) return 0;
  while (words[k]?.cap) k++;
  const first = k;
  if (!words[k]?.word) return 0;
  let p = k;
  for (; p < first + COMPANY_NAME_MAX && words[p]?.word; p++) {
    const w = words[p];
    if (w.cap) {
      while (words[p]?.cap || ((words[p]?.f === "-" || words[p]?.f === "&") && words[p + 1]?.cap)) p++;
      // "Công ty TNHH MTV Khai thác thủy lợi | kiểm tra hồ Ái Tử.": a capitalised name that ends the
      // sentence after a verb is that verb's object (a subject's predicate would follow its name)
      if (!words[p]?.word && words[p]?.f !== "," && words[p]?.f !== "(") {
        const verb = firstVerb(words, first, p);
        if (verb) return verb;
      }
      return p;
    }
    const place = matchPhrase(words, p, PLACES);
    if (place) return words[p + place]?.cap ? readName(words, p + place) : p + place;
    if ((FUNCTION_WORDS.has(w.f) && !matchPhrase(words, p, FUNCTION_WORD_VERBS)) || CLAUSE_WORDS.has(w.f) || PASSIVE.has(w.f)) break;
    if (matchPhrase(words, p, DUTIES_OR_LEAD) || matchPhrase(words, p, BOUND) || matchPhrase(words, p, DETERMINERS)) break;
  }
  // no place ends it: the name runs to the first verb of the lexicon
  return firstVerb(words, first, p);
}

/** The first verb of the lexicon after `first`, up to `to`, opening a predicate; 0 when none. */
function firstVerb(words: readonly Word[], first: number, to: number): number {
  for (let v = first + 1; v <= to && words[v]?.word; v++) {
    // "công trình", "đầu tư xây dựng": a term of a name, not the verb it holds ("trình", "xây dựng")
    const term = matchPhrase(words, v, NAME_TERMS);
    if (term) {
      v += term - 1;
      continue;
    }
    if (!words[v].cap && matchPhrase(words, v, STOPS) && startsPredicate(words, v)) return v;
  }
  return 0;
}

/** After the head: descriptors, places, capitalised names, "của Thành ủy", a nested head ("Chủ tịch UBND"). */
function readModifiers(words: readonly Word[], j: number, from = j): number {
  const start = j;
  for (;;) {
    const w = words[j];
    if (!w) return j;
    // "Giám đốc Trung tâm Phục vụ hành chính công": a nested body whose whole name the laws give
    const whole = w.cap ? matchPhrase(words, j, STRONG_HEADS) : 0;
    // … or one that holds a word read as a verb: "Tổ trưởng Tổ thư ký" ("ký"), "Thư ký Tổ giúp việc" ("giúp")
    // (printed in lower case after its first word: a capitalised one is read as a name, "Ban Quản lý dự án …")
    if (whole > 3 || (whole > 1 && !hasCapital(words, j + 1, j + whole) && holdsStop(words, j + 1, j + whole))) {
      j += whole;
      continue;
    }
    // "Công ty TNHH MTV Quản lý khai thác công trình thủy lợi Quảng Trị | vận hành …": a company's
    // name after its legal form, in sentence case
    const company = j === start && j > from ? companyName(words, from, j) : 0;
    if (company) {
      j = company;
      continue;
    }
    if (w.cap) {
      // "Đội Đăng ký, quản lý cư trú", "Phòng Quản lý đô thị", "Trung tâm Quản lý …": right after a unit's
      // head, a capitalised word opens the body's proper name (NĐ 30, Phụ lục II), though it reads as a verb
      const opening = j === start && j > from && !matchPhrase(words, from, TITLES) && !matchPhrase(words, j, POLICE_FIELDS)
        ? matchPhrase(words, j, STOPS) || matchPhrase(words, j, NAME_OPENING_VERBS) : 0;
      j = fieldEnd(words, from, j, readName(words, j, false, opening));
      continue;
    }
    // "(Các đảng ủy trực thuộc) tỉnh ủy": a Party committee is one word, whatever descriptor ends in its level
    const committee = matchPhrase(words, j, PARTY_COMMITTEES);
    if (committee) {
      j += committee;
      continue;
    }
    const descriptor = matchPhrase(words, j, DESCRIPTORS);
    if (descriptor) {
      j += descriptor > 1 && matchPhrase(words, j + descriptor - 1, PARTY_COMMITTEES) > 1 ? descriptor - 1 : descriptor;
      continue;
    }
    const det = matchPhrase(words, j, DETERMINERS);
    if (det) {
      // "UBND các phường Quy Nhơn Đông, Quy Nhơn Nam và xã Tuy Phước", "các xã: Ia Grai, Ia Hrung": the places named
      const places = namedPlaces(words, j + det);
      if (places) {
        j = places;
        continue;
      }
      const group = readGroup(words, j + det);
      if (group > j + det) {
        j = group;
        continue;
      }
      // "Hiệu trưởng các trường trung học phổ thông", "Giám đốc các trung tâm giáo dục thường xuyên", "Giám đốc
      // các bệnh viện": a title over a plural body (as `findHead` reads it) heads that body, its name included
      const over = j === start && matchPhrase(words, from, TITLES) === start - from ? pluralBodyOf(words, j, det) : 0;
      if (over) {
        j = over;
        continue;
      }
      return j;
    }
    if ((w.f === "của" || w.f === "thuộc") && words[j + 1]?.cap) {
      const owner = readAgency(words, j + 1, { names: true });
      if (owner) {
        j = owner.to;
        continue;
      }
    }
    const place = matchPhrase(words, j, PLACES);
    if (place) {
      // "Chi hội khu phố 3 | chủ trì", "UBND phường 12 | …", "Chi hội ấp 3:": a place's number, in any case, is its name
      if (placeNumber(words, j + place)) {
        j += place + 1;
        continue;
      }
      const named = readName(words, j + place, true);
      // "Công an tỉnh, thành phố", "Phòng Y tế quận, huyện": levels paired without a name are one body
      j = named === j + place && words[named]?.f === "," && matchPhrase(words, named + 1, PLACES) ? readGroupWords(words, j) : named;
      continue;
    }
    // "Kho bạc Nhà nước khu vực XIII", "Chi cục Thuế khu vực 3": a body's region, when a name follows
    if (w.f === "khu" && words[j + 1]?.f === "vực" && (words[j + 2]?.cap || /^\d/.test(words[j + 2]?.f ?? ""))) {
      // "Viện kiểm sát nhân dân khu vực 1": a region's number is its name
      j = /^\d/.test(words[j + 2].f) ? j + 3 : readName(words, j + 2);
      // "Tòa án nhân dân khu vực 1 - An Giang": the province after a dash
      if (words[j]?.f === "-" && words[j + 1]?.cap && words[j - 1] && /^\d/.test(words[j - 1].f)) j = readName(words, j + 1);
      continue;
    }
    // "Thuế cơ sở 2 tỉnh An Giang": the commune-level tax offices (Quyết định 381/QĐ-BTC, 2025), numbered
    const base = j === start && j > from ? matchPhrase(words, j, BASE_LEVEL) : 0;
    if (base && matchPhrase(words, from, LEVEL_NAMED_HEADS) === j - from) {
      j += base + (/^\d+$/.test(words[j + base]?.f ?? "") ? 1 : 0);
      continue;
    }
    // "Viện trưởng Viện kiểm sát nhân dân khu vực (rà soát …)": the regional courts and procuracies as a level
    if (w.f === "khu" && words[j + 1]?.f === "vực" && afterCourt(words, j)) {
      j += 2;
      continue;
    }
    // "Chi cục Hải quan nơi đăng ký tờ khai", "… nơi lưu giữ hàng hóa": the body named by its place
    if (w.f === "nơi" && j > start) {
      const end = placeClauseEnd(words, j);
      if (end > j + 1) {
        j = end;
        continue;
      }
    }
    // "Phòng 2 Viện kiểm sát nhân dân tỉnh": a department numbered right after its head, then whose it is
    if (/^\d+$/.test(w.f) && j === start && words[j + 1]?.cap === true && w.start > words[j - 1].end) {
      j += 1;
      continue;
    }
    // "(Thư ký) Tổ bầu cử số 3": a unit's number after a whole head (not a document's: "… số 123/BYT-KCB")
    // "Tổ trưởng Tổ dân phố số 12", "Trưởng thôn số 3": or after a title that ends in a village or group
    if (unitNumberAt(words, j, true) && (j > start || villageTitle(words, from, start))) {
      j += 2;
      continue;
    }
    if (/^\d+$/.test(w.f) && matchPhrase(words, j + 1, PLACES)) {
      j += 1;
      continue;
    }
    const nested = headAt(words, j, false);
    if (nested && !isStop(words, j)) {
      j += nested;
      continue;
    }
    // "Văn phòng HĐND và UBND huyện", "Văn phòng Đoàn ĐBQH và HĐND tỉnh": one office serving both bodies
    if (w.f === "và" && servesBoth(words, from, j)) {
      j += 1 + matchPhrase(words, j + 1, SERVED);
      continue;
    }
    // "Ban Tuyên giáo và Dân vận Trung ương": a capitalised word after "và" that opens no body
    // goes on with the name (a head after "và" — "… và Sở Y tế" — is the next item of a list)
    if (w.f === "và" && staffField(words, from, j + 1)) {
      j = staffFieldEnd(words, j + 1);
      continue;
    }
    if (w.f === "và" && words[j + 1]?.cap && hasCapital(words, from, j) && !readAgency(words, j + 1, { continuation: true })) {
      j = readName(words, j + 1);
      continue;
    }
    // "Ban Chấp hành Đảng bộ xã khóa I", "Hội đồng nhân dân tỉnh khóa XVII, nhiệm kỳ 2021 - 2026": the term of an elected body
    const term = j > start ? termOfOffice(words, j) : 0;
    if (term) {
      j = term;
      continue;
    }
    const bracket = w.f === "(" && j > start ? bracketEnd(words, j) : 0;
    if (bracket) {
      j = bracket;
      continue;
    }
    return j;
  }
}


/**
 * The end of the plural body a title heads from its determiner at `j` (`det` words): the
 * body as a subject reads it ("các trung tâm giáo dục thường xuyên", "các bệnh viện"), or after a
 * school's head ("Hiệu trưởng") a bare "trường" and what qualifies it ("các trường trực thuộc";
 * "trường" elsewhere needs a capital: "các trường hợp"). 0 when no body opens after the determiner.
 */
function pluralBodyOf(words: readonly Word[], j: number, det: number): number {
  const k = j + det;
  if (headAt(words, k, true) > 0) return readAgency(words, j)?.to ?? 0;
  if (words[k]?.f === "trường" && words[j - 1]?.f === "trưởng" && words[j - 2]?.f === "hiệu" && !words[k + 1]?.cap && words[k + 1]?.f !== "hợp") return readModifiers(words, k + 1, k);
  return 0;
}

/**
 * "khóa I", "khóa XVII", "khóa 15", "(khóa I,) nhiệm kỳ 2025 - 2030": the term of an elected body
 * after its name. The end of it; 0 when none is at `j`.
 */
function termOfOffice(words: readonly Word[], j: number): number {
  let k = j;
  if (words[k]?.f === "khóa" && /^(?:[ivxl]+|\d{1,2})$/.test(words[k + 1]?.f ?? "") && (words[k + 1].cap || /^\d/.test(words[k + 1].f))) {
    k += 2;
    if (words[k]?.f === "," && words[k + 1]?.f === "nhiệm") k++;
  }
  if (words[k]?.f === "nhiệm" && words[k + 1]?.f === "kỳ" && /^\d{4}$/.test(words[k + 2]?.f ?? "")) {
    k += 3;
    if (/^[-–]$/.test(words[k]?.f ?? "") && /^\d{4}$/.test(words[k + 1]?.f ?? "")) k += 2;
  }
  return k === j ? 0 : k;
}

/** The words `from`…`end` end with a place level ("các khu phố", "UBND xã", "các thôn, tổ dân phố"). */
function endsInPlace(words: readonly Word[], from: number, end: number): boolean {
  for (let n = 1; n <= 3 && end - n >= from; n++) if (matchPhrase(words, end - n, PLACES) === n) return true;
  return false;
}

/** Verbs whose last syllable alone reads as one ("ký"), opening a unit's name: "Phòng Đăng ký kinh doanh". */
const NAME_OPENING_VERBS = phraseTable(["đăng ký"]);

/**
 * A bare number at `k` names the place word before it: what follows is no more of a count ("… 3
 * tháng"), but punctuation, a capital, another level or the verb that opens the predicate.
 */
function placeNumber(words: readonly Word[], k: number): boolean {
  if (!/^\d+$/.test(words[k]?.f ?? "")) return false;
  const next = words[k + 1];
  return !next || (!next.word && next.f !== "/" && next.f !== "-" && next.f !== ".") || next.cap || matchPhrase(words, k + 1, PLACES) > 0 || (isStop(words, k + 1) && startsPredicate(words, k + 1));
}

/** Some word from `from` to `to` reads as a verb. */
function holdsStop(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isStop(words, k)) return true;
  return false;
}

/** The level of the commune-level offices of a branch: "Thuế cơ sở 2". */
const BASE_LEVEL = phraseTable(["cơ sở"]);
/** The levels of government a body serves, after its head: "Thanh tra tỉnh", "Bệnh viện huyện", "Đài Truyền thanh xã". */
const BODY_LEVELS = phraseTable(["tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "đặc khu"]);

/** The courts and procuracies, whose level since 2025 may be "khu vực" alone (Luật Tổ chức TAND, VKSND, amended 2025). */
const COURTS = phraseTable(["tòa án nhân dân", "tand", "viện kiểm sát nhân dân", "vksnd", "viện ksnd"]);
const COURT_WORDS_MAX = 5;

/** A court's or procuracy's name ends right before `j`. */
function afterCourt(words: readonly Word[], j: number): boolean {
  for (let k = Math.max(0, j - COURT_WORDS_MAX); k < j; k++) if (matchPhrase(words, k, COURTS) === j - k) return true;
  return false;
}

/** Central offices named by their field: "Cục Nhà giáo và Cán bộ quản lý giáo dục", "Vụ Công chức - Viên chức". */
const FIELD_OFFICES = phraseTable(["cục", "tổng cục", "vụ"]);
/** Staff words that name a field when capitalised inside such a name (as a body they are printed in lower case). */
const STAFF = phraseTable(["cán bộ", "công chức", "viên chức"]);

/**
 * "Cục Nhà giáo và | Cán bộ quản lý giáo dục": in the name of a Cục or Vụ, a capitalised staff word
 * after "và" goes on with the field (the staff as a body are "cán bộ", "công chức", in lower case).
 */
function staffField(words: readonly Word[], from: number, j: number): boolean {
  const staff = words[j]?.cap ? matchPhrase(words, j, STAFF) : 0;
  return staff > 0 && matchPhrase(words, from, FIELD_OFFICES) > 0 && hasCapital(words, from + 1, j) && words[j + staff]?.word === true && !words[j + staff].cap;
}

/** The end of the field "Cán bộ quản lý giáo dục" at `j`: the staff word, a verb that names a field, lower-case words up to a verb. */
function staffFieldEnd(words: readonly Word[], j: number): number {
  let k = j + matchPhrase(words, j, STAFF);
  k += matchPhrase(words, k, AGENT_VERBS);
  for (let n = 0; n < LOWER_NAME_MAX && words[k]?.word && !words[k].cap; n++, k++) {
    if (isStop(words, k) || matchPhrase(words, k, DETERMINERS) || matchPhrase(words, k, OBJECT_NOUNS)) break;
  }
  return k;
}

const FIELD_HEADS = new Set(["sở", "bộ", "phòng"]);

/**
 * "(phối hợp với) Sở Nông nghiệp và Môi trường | kiểm đếm tàu thuyền": the official field of a Sở
 * or Bộ is its whole name; lower-case words the name reader took after it (up to three) are what
 * the body does, unless a capital follows among them. The end of the name read at `j` (`name`).
 */
function fieldEnd(words: readonly Word[], head: number, j: number, name: number): number {
  if (j !== head + 1 || !FIELD_HEADS.has(words[head].f)) return name;
  const field = j + matchPhrase(words, j, FIELD_TABLE);
  if (field === j || field >= name) return name;
  for (let k = field; k < name; k++) if (words[k].cap || !words[k].word) return name;
  return field;
}

/** The bodies a joint Văn phòng serves (the councils, the committees, the delegation of deputies). */
const SERVED = phraseTable([
  "hội đồng nhân dân", "hđnd", "ủy ban nhân dân", "ubnd", "đoàn đại biểu quốc hội", "đoàn đbqh",
]);
const OFFICE = phraseTable(["văn phòng"]);

/**
 * "Văn phòng HĐND và UBND huyện": the "và" at `j` joins two bodies the office at `from` serves
 * (its name is the office's own, not a list of the office and a committee).
 */
function servesBoth(words: readonly Word[], from: number, j: number): boolean {
  const office = matchPhrase(words, from, OFFICE);
  if (!office || !matchPhrase(words, j + 1, SERVED)) return false;
  const served = matchPhrase(words, from + office, SERVED);
  return served > 0 && from + office + served === j;
}

/** Words a "nơi" clause may hold anywhere: aspect, passive, direction ("nơi hàng hóa được vận chuyển đến"). */
const PLACE_CLAUSE_WORDS = phraseTable(["được", "đang", "đã", "sẽ", "đến", "đi", "về", "vào", "ra", "tại", "trên", "qua"]);
const PLACE_CLAUSE_MAX = 10;

/**
 * The end of a "nơi …" clause that names a body by what happens there: "nơi đăng ký tờ khai",
 * "nơi quản lý kho CFS", "nơi ban hành Quyết định dừng đưa hàng qua KVGS", "nơi hàng hóa được
 * vận chuyển đến". Its own verb comes first (a verb of the lexicon only in its first two words:
 * "nơi quản lý", "nơi đăng ký"); the next verb of the lexicon is the subject's ("… thực hiện"),
 * and punctuation ends it. `j` is at "nơi"; returns `j` when no clause follows.
 */
function placeClauseEnd(words: readonly Word[], j: number): number {
  let k = j + 1;
  let own = 0;
  while (words[k]?.word && k - j <= PLACE_CLAUSE_MAX) {
    if (words[k].cap) {
      k++;
      continue;
    }
    const kept = matchPhrase(words, k, PLACE_CLAUSE_WORDS);
    if (kept) {
      k += kept;
      continue;
    }
    const verb = matchPhrase(words, k, STOPS);
    if (verb) {
      if (own > 0 || k - j > 2) break;
      own++;
      k += verb;
      continue;
    }
    k++;
  }
  return k;
}

function hasCapital(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (words[k].cap) return true;
  return false;
}

/**
 * "Bộ Quốc phòng (Cục Bản đồ Tổng tham mưu)", "Ủy ban nhân dân các cấp (tỉnh, huyện, xã)": a
 * bracket right after a body that names a body or places stays in its name. The word after it.
 */
function bracketEnd(words: readonly Word[], j: number): number {
  const first = words[j + 1];
  if (!first?.word || !(first.cap || familyAt(words, j + 1) || first.f === "nơi")) return 0;
  for (let k = j + 1; k < j + 16 && words[k]; k++) {
    if (words[k].f === ")") return k + 1;
    if (words[k].f === "(" || words[k].f === ";" || words[k].f === ":") return 0;
  }
  return 0;
}

/** Abbreviated place words printed with a dot before the name: TP. (thành phố), TX., TT., Q., P. */
const PLACE_ABBREVIATIONS = new Set(["tp", "tx", "tt", "q", "p"]);

/**
 * A capitalised name: "Giáo dục và Đào tạo", "Lao động - Thương binh và Xã hội", "Covid-19",
 * "Giao thông vận tải" (up to three lower-case words after a capitalised one, none a verb).
 */
function readName(words: readonly Word[], j: number, optional = false, opened = 0): number {
  let k = j + opened;
  let lower = 0;
  /** the name read so far is whole: lower-case words after it are no part of it (see `completes`) */
  let complete = false;
  for (;;) {
    const w = words[k];
    if (!w) break;
    // "Phòng Cảnh sát giao thông | triển khai …": a police department's field, capitalised, is whole
    const police = words[k].cap ? matchPhrase(words, k, POLICE_FIELDS) : 0;
    if (police) {
      k += police;
      lower = 0;
      complete = true;
      continue;
    }
    const field = matchPhrase(words, k, COMMA_FIELDS);
    if (field && (words[k].cap || k > j)) {
      k += field;
      complete = false;
      continue;
    }
    // "Phòng Công nghệ thông tin | đăng tải …": a field holding a verb is read whole, and ends the name
    const verbField = matchPhrase(words, k, VERB_FIELDS);
    if (verbField && (words[k].cap || k > j)) {
      k += verbField;
      lower = 0;
      complete = true;
      continue;
    }
    // "UBND Thành phố | bổ sung …", "Công an Tỉnh | …": a level printed in capitals is whole, and
    // so is a Party committee of a level ("Ban Thường vụ Tỉnh ủy", not the level "Tỉnh" and "ủy …")
    let place = w.cap ? matchPhrase(words, k, PARTY_COMMITTEES) || matchPhrase(words, k, PLACES) : 0;
    // "Phòng Văn hóa - Xã hội": a level word after a dash that opens a field ("xã hội") is no level
    if (place && words[k - 1]?.f === "-" && matchPhrase(words, k, DESCRIPTORS) > place) place = 0;
    if (place) {
      k += place;
      lower = 0;
      complete = true;
      continue;
    }
    if (w.cap || (/^\d/.test(w.f) && k > j && words[k - 1].f === "-")) {
      complete = w.cap && completes(words, k);
      k++;
      lower = 0;
      continue;
    }
    // "Đội Quản lý thị trường số 3", "Trường Tiểu học số 2": a unit numbered after its name (not a
    // document's number: "Bộ Y tế số 123/BYT-KCB")
    if (k > j && unitNumberAt(words, k)) {
      k += 2;
      lower = 0;
      complete = true;
      continue;
    }
    // "Chi cục HQCK cảng SGKV 1": a number goes on with a whole name
    if (complete && w.word && !w.cap && !/^\d/.test(w.f)) {
      const term = matchPhrase(words, k, DESCRIPTORS) ? 0 : matchPhrase(words, k, COMPLETE_TERMS);
      if (!term) break;
      // "… Việt Nam | cấp tổ chức hội nghị hiệp thương": a bare level goes on with what names it
      complete = !(term === 1 && w.f === "cấp");
      k += term;
      continue;
    }
    if ((w.f === "-" || w.f === "&") && k > j && (words[k + 1]?.cap || /^\d/.test(words[k + 1]?.f ?? ""))) {
      k++;
      continue;
    }
    // "Cục Hải quan TP. Hồ Chí Minh", "Công an Tp.Hà Nội", "UBND TT. Phú Mỹ": the dot of a place
    // abbreviation before the place's name stays in the name
    if (w.f === "." && k > j && words[k - 1].cap && PLACE_ABBREVIATIONS.has(words[k - 1].f) && (words[k + 1]?.cap || /^\d/.test(words[k + 1]?.f ?? ""))) {
      k++;
      continue;
    }
    if (w.f === "và" && k > j && words[k + 1]?.cap && !readAgency(words, k + 1)) {
      // "Cục Quản lý đê điều và Phòng, chống thiên tai": a field with its comma after "và"
      k += 1 + (matchPhrase(words, k + 1, COMMA_FIELDS) || 1);
      lower = 0;
      complete = false;
      continue;
    }
    // "Chi cục An toàn vệ sinh | thực phẩm": the goods a field ends in go on with it past its three lower-case words
    const goods = lower === 3 && w.word && !w.cap ? matchPhrase(words, k, FIELD_NOUNS) : 0;
    if (goods) {
      k += goods;
      lower++;
      continue;
    }
    // what is reported ends the name: "(báo cáo) Ban Thường vụ Tỉnh ủy | kết quả thực hiện" (not "Tổ Giúp việc")
    const object = matchPhrase(words, k, OBJECT_NOUNS) > 0 && words[k - 1]?.f !== "giúp";
    if (w.word && !w.cap && k > j && lower < 3 && w.f !== "nơi" && !object && !isStop(words, k) && !matchPhrase(words, k, FREQUENCIES) && !matchPhrase(words, k, NAME_END_VERBS) && !matchPhrase(words, k, DETERMINERS) && !matchPhrase(words, k, DESCRIPTORS) && !matchPhrase(words, k, PLACES)) {
      // "Cục Quản lý và Xây dựng công trình thủy lợi": a term is one unit, never cut between its
      // syllables ("trình" alone is a verb)
      const term = matchPhrase(words, k, NAME_TERMS);
      k += term > 1 && matchPhrase(words, k, STOPS) !== term ? term : 1;
      lower++;
      continue;
    }
    break;
  }
  return k === j && !optional ? j : k;
}

/** The Party committees of a level (Điều lệ Đảng): one word of a name, before its level word is read as a place. */
export const PARTY_COMMITTEES = phraseTable(["tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "thị ủy", "đảng ủy", "xã ủy", "phường ủy"]);

/**
 * Lower-case terms that go on with a whole name: "Ban QLDA | đầu tư xây dựng", "Ngân hàng Nhà
 * nước | chi nhánh tỉnh", a level ("Ủy ban MTTQ Việt Nam | cấp trên", "… | cấp tổ chức hội nghị
 * hiệp thương", Luật Bầu cử), an online edition ("Báo Quảng Trị | điện tử").
 */
const COMPLETE_TERMS = phraseTable(["điện tử", "đầu tư xây dựng", "công trình", "giao thông", "chi nhánh", "cấp dưới trực tiếp", "cấp trên trực tiếp", "cấp trên", "cấp dưới", "cấp"]);

/**
 * The capitalised word at `k` ends a whole name: an abbreviation ("UBND Thành phố", "Sở
 * NN&PTNT", "Kho bạc … khu vực XIII") or the second of a proper name's capitalised syllables
 * ("Viễn thông Quảng Trị", "Ủy ban Mặt trận Tổ quốc Việt Nam") — not a head inside a name
 * ("Cục Bản đồ Bộ Tổng tham mưu"). A lower-case word after it starts what the body does
 * ("Viễn thông Quảng Trị | nâng cấp mạng"), not more of its name ("Ban Quản lý dự án …" has one
 * capitalised syllable and goes on).
 */
function completes(words: readonly Word[], k: number): boolean {
  const w = words[k];
  if (w.upper) return true;
  const before = words[k - 1];
  return before?.cap === true && before.end < w.start && !opensHead(before) && !opensHead(w);
}

const opensHead = (w: Word): boolean => opens(w, NAMED_HEADS) || opens(w, STRONG_HEADS) || opens(w, CAPITAL_NAMED_HEADS) || opens(w, TITLES);

/** The words `from`…`end` end with a group after a determiner: "(UBND) các xã, phường", "(Sở X) các tỉnh". */
function endsInGroup(words: readonly Word[], from: number, end: number): boolean {
  for (let d = end - 1; d >= from; d--) {
    const det = matchPhrase(words, d, DETERMINERS);
    if (det) return familyAt(words, d + det) !== null && readGroupWords(words, d + det) === end;
  }
  return false;
}

/**
 * The words `from`…`end` end with a list of two levels or more after a determiner ("các xã,
 * phường, đặc khu"): each level is named in the list, so no lower-case name follows the last one
 * (only a capitalised one: "đặc khu Phú Quốc").
 */
function endsInLevelList(words: readonly Word[], from: number, end: number): boolean {
  for (let d = end - 1; d >= from; d--) {
    const det = matchPhrase(words, d, DETERMINERS);
    if (!det) continue;
    const first = familyAt(words, d + det);
    return first?.family === LEVELS && d + det + first.length < end && words[d + det + first.length]?.f === ",";
  }
  return false;
}

/** The family of territorial levels and their Party committees (see FAMILIES). */
const LEVELS = 0;

/**
 * "phường Quy Nhơn Đông, Quy Nhơn Nam và xã Tuy Phước", "xã: Ia Grai, Ia Hrung" after "các": a
 * plural level of places (a group of them: "các xã, phường A, B") and the places' names, joined by
 * "," / "và", a further level before a name ("và xã C"). A name is its capitalised words and opens
 * no body ("…, Sở Y tế" is the next member). The end of the names; 0 when no name follows the level.
 */
function namedPlaces(words: readonly Word[], g: number): number {
  const level = matchPhrase(words, g, PLACES);
  if (!level || familyAt(words, g)?.family !== LEVELS) return 0;
  const levels = readGroupWords(words, g);
  const placeName = (at: number): number => {
    if (!words[at]?.cap || headAt(words, at, false) || matchPhrase(words, at, PLACES) || matchPhrase(words, at, PARTY_COMMITTEES)) return at;
    let k = at;
    while (words[k]?.cap && words[k].word) k++;
    return k;
  };
  let k = placeName(levels + (words[levels]?.f === ":" ? 1 : 0));
  if (k === levels || k === levels + 1) return 0;
  for (;;) {
    let n = k + (words[k]?.f === "," ? 1 : 0);
    if (words[n]?.f === "và") n++;
    if (n === k) return k;
    const further = matchPhrase(words, n, PLACES);
    const end = placeName(n + further);
    if (end === n + further) return k;
    k = end;
  }
}

/** "quận, huyện, thị xã" after "các": the words of one family, joined by commas. */
function readGroup(words: readonly Word[], j: number): number {
  const k = readGroupWords(words, j);
  return k === j ? j : readModifiers(words, k);
}

/** The end of the family's words joined by commas at `j` (`j` when none), without what qualifies them. */
function readGroupWords(words: readonly Word[], j: number): number {
  const first = familyAt(words, j);
  if (!first) return j;
  let k = j + first.length;
  for (;;) {
    if (words[k]?.f !== ",") break;
    const next = familyAt(words, k + 1) ?? tonelessMemberAt(words, k + 1, first.family);
    if (!next || next.family !== first.family) break;
    k += 1 + next.length;
  }
  return k;
}

/** The families' members of two words or more, without tones ("thi xa" for "thị xã"). */
const TONELESS_MEMBERS = lazy((): ReadonlyArray<ReadonlyArray<readonly string[]>> => FAMILY_MEMBERS.map((members) =>
  members.filter((parts) => parts.length > 1).map((parts) => parts.map((p) => stripDiacritics(p)))));

/**
 * "(UBND các huyện,) thi xã, thành phố": a member of the group's family with a tone lost by OCR,
 * after a comma of the group — a member of two words or more, which no other words make without
 * their tones (as the function words of words.ts). Null when none.
 */
function tonelessMemberAt(words: readonly Word[], j: number, family: number): { family: number; length: number } | null {
  for (const parts of TONELESS_MEMBERS()[family]) {
    let n = 0;
    while (n < parts.length && words[j + n]?.word && stripDiacritics(words[j + n].f) === parts[n]) n++;
    if (n === parts.length) return { family, length: n };
  }
  return null;
}

/** The words `from`…`to` are a title that ends in a village or residential group: "Tổ trưởng Tổ dân phố", "Trưởng thôn". */
function villageTitle(words: readonly Word[], from: number, to: number): boolean {
  if (to <= from || matchPhrase(words, from, TITLES) !== to - from) return false;
  return FAMILY_MEMBERS[VILLAGES].some((parts) => to - parts.length > from && wordsAre(words, to - parts.length, parts));
}

/** The family of villages and residential groups (see FAMILIES). */
const VILLAGES = FAMILIES.findIndex((members) => members.includes("tổ dân phố"));

/** The families' members as folded words, longest first in each ("ban ngành" before "ban"). */
const FAMILY_MEMBERS: ReadonlyArray<ReadonlyArray<readonly string[]>> = FAMILIES.map((members) =>
  // folded as the words are ("đoàn" reads "đòan": one tone placement)
  members.map((m) => foldChars(m).split(" ")).sort((a, b) => b.length - a.length));

/**
 * "cơ quan, tổ chức, đơn vị": the comma at `k` goes on with a group of one family (the member
 * after it is of the family of the word before it), so no new body starts after it.
 */
export function continuesGroup(words: readonly Word[], k: number): boolean {
  const next = familyAt(words, k + 1);
  if (!next) return false;
  for (let from = Math.max(0, k - 3); from < k; from++) {
    const before = familyAt(words, from);
    if (before && from + before.length === k && before.family === next.family) return true;
  }
  return false;
}

/** The family member at `j`, the longest of any family ("huyện đoàn" of the Youth Union's, not the level "huyện"). */
function familyAt(words: readonly Word[], j: number): { family: number; length: number } | null {
  const members = j < words.length ? MEMBERS_BY_FIRST_WORD().get(words[j].f) : undefined;
  if (members === undefined) return null;
  let best: { family: number; length: number } | null = null;
  // each family's longest member there, the first family's on a tie
  let matched = -1;
  for (const { family, parts } of members) {
    if (family !== matched && (!best || parts.length > best.length) && wordsAre(words, j, parts)) {
      best = { family, length: parts.length };
      matched = family;
    }
  }
  return best;
}

/**
 * The members of the families by their first word, in the families' order and each family's
 * (longest first): `familyAt` runs at every word of a list and tries only those that may be there.
 */
const MEMBERS_BY_FIRST_WORD = lazy((): Map<string, Array<{ family: number; parts: readonly string[] }>> => {
  const index = new Map<string, Array<{ family: number; parts: readonly string[] }>>();
  FAMILY_MEMBERS.forEach((members, family) => {
    for (const parts of members) {
      let list = index.get(parts[0]);
      if (!list) index.set(parts[0], (list = []));
      list.push({ family, parts });
    }
  });
  return index;
});

/** The folded words from `j` on are `parts` (a loop, not `every`: this runs for each word read). */
function wordsAre(words: readonly Word[], j: number, parts: readonly string[]): boolean {
  for (let n = 0; n < parts.length; n++) if (words[j + n]?.f !== parts[n]) return false;
  return true;
}

function isStop(words: readonly Word[], k: number): boolean {
  return matchPhrase(words, k, STOPS) > 0;
}

/** "Lê Hồng Sơn": capitalised words (at most five) that do not open a body. */
function readPersonName(words: readonly Word[], j: number): number {
  let k = j;
  while (k < j + 5 && words[k]?.cap && !matchPhrase(words, k, STRONG_HEADS) && !matchPhrase(words, k, TITLES)) k++;
  return k;
}

/**
 * A list of agencies: "Sở Y tế, UBND các quận, huyện, thị xã và các đơn vị liên quan". Bare
 * members of one family join the item before them ("các cơ quan, đơn vị"); a scope phrase
 * ("từ Thành phố đến cơ sở, thôn, tổ dân phố") is passed over.
 */
export function readAgencyList(words: readonly Word[], i: number, options: ReadOptions = {}): AgencyList | null {
  const first = readAgency(words, i, options);
  if (!first) return null;
  const items = [first];
  let j = first.to;
  for (;;) {
    j = skipScope(words, j, options);
    const sep = separatorAt(words, j);
    if (!sep) break;
    const next = readAgency(words, j + sep, { ...options, continuation: true }) ?? unknownMember(words, j + sep, options);
    if (!next) break;
    // "báo cáo Chính phủ, Thủ tướng Chính phủ xem xét": what the addressee does with the report
    if (options.cutAtSubject && startsPredicate(words, next.to) && !matchPhrase(words, next.to, ON_REPORT) && !matchPhrase(words, next.to, OBJECT_NOUNS)) break;
    const last = items[items.length - 1];
    if (items.length === 1 && departmentOf(words, last, next, j)) last.to = next.to;
    else if (last.person && !next.plural && matchPhrase(words, j + sep, TITLES)) {
      // "đồng chí Lê Hồng Sơn, Phó Bí thư …, Phó Chủ tịch …": titles in apposition, not more agencies
      last.titles = next.to;
    } else if (!next.plural && !next.person && sameFamily(last.head, next.head) && (bare(next) || bare(last))) last.to = next.to;
    else items.push(next);
    j = next.to;
  }
  const last = items[items.length - 1];
  // "Đồng chí Nguyễn Văn Thắng, Phó Giám đốc Sở, | chỉ đạo …": the comma after a person's titles closes the
  // apposition; the predicate follows it
  if (last.titles !== undefined && words[j]?.f === "," && startsPredicate(words, j + 1)) return { items, end: j + 1 };
  // "(Đề nghị) các cơ quan chủ trì | chủ động chuẩn bị …": a role after plural bodies, then an adverb of the
  // predicate, names which bodies (the role cannot be the verb: "chủ động" is no object of "chủ trì")
  const role = last.plural ? matchPhrase(words, j, ROLE_TERMS) : 0;
  if (role && matchPhrase(words, j + role, ROLE_FOLLOWERS)) {
    items[items.length - 1] = { ...last, to: j + role };
    return { items, end: j + role };
  }
  return { items, end: j };
}

/** The roles a plural body is named by: "các cơ quan chủ trì", "các đơn vị phối hợp". */
const ROLE_TERMS = phraseTable(["chủ trì", "phối hợp"]);
/** Adverbs and duties that open a predicate and can be no object of a role verb: "(các cơ quan chủ trì) chủ động …". */
const ROLE_FOLLOWERS = phraseTable(["chủ động", "khẩn trương", "tích cực", "kịp thời", "nghiêm túc", "có trách nhiệm", "chịu trách nhiệm", "có nhiệm vụ"]);

/**
 * "Đài Truyền hình Việt Nam, Vietnam Airlines, Tổng công ty … | tăng cường …": a capitalised name
 * the lexicon has no head for, between members of a list: a member of its own when what follows
 * it is another member or the predicate (so the known members are not lost with it). Null otherwise.
 */
function unknownMember(words: readonly Word[], k: number, options: ReadOptions): AgencySpan | null {
  if (!words[k]?.cap || isStop(words, k) || matchPhrase(words, k, TITLES)) return null;
  const end = readName(words, k);
  if (end < k + 2 || !words[end]) return null;
  const sep = separatorAt(words, end);
  const follows = sep ? readAgency(words, end + sep, { ...options, continuation: true }) !== null : isStop(words, end) && startsPredicate(words, end);
  return follows ? { from: k, to: end, head: "", plural: false, person: false } : null;
}

/** The Party organs of a province and the centre, whose departments are "Phòng …" (HD 36). */
const PROVINCIAL_PARTY = phraseTable(["tỉnh ủy", "thành ủy", "trung ương"]);

/**
 * "Phòng Tuyên truyền - Văn hóa văn nghệ, Ban Tuyên giáo và Dân vận Tỉnh ủy | theo dõi …", "Phòng
 * Tổng hợp, Văn phòng Tỉnh ủy": a Phòng with no level of its own, then after its comma a Ban or the
 * Văn phòng of a provincial Party committee (or of the centre), and the list ends there: the
 * department of that organ, one body — as "Phòng Tổng hợp (Văn phòng Tỉnh ủy)" and "Phòng Tổng hợp -
 * Văn phòng Tỉnh ủy" are. A longer list ("Phòng X, Văn phòng Tỉnh ủy và Ban Tổ chức Tỉnh ủy") and a
 * body of a lower level ("Phòng Văn hóa - Xã hội, Văn phòng Đảng ủy xã") stay several.
 */
function departmentOf(words: readonly Word[], unit: AgencySpan, organ: AgencySpan, comma: number): boolean {
  if (unit.head !== "phòng" || unit.plural || organ.plural || words[comma]?.f !== "," || separatorAt(words, organ.to)) return false;
  if (!organ.head.startsWith("ban") && organ.head !== "văn phòng") return false;
  if (matchPhrase(words, organ.to - 2, PROVINCIAL_PARTY) !== 2) return false;
  for (let k = unit.from + 1; k < unit.to; k++) {
    const place = matchPhrase(words, k, PLACES) || matchPhrase(words, k, PARTY_COMMITTEES);
    // "Phòng Văn hóa - Xã hội": a level word that opens a field is no level
    if (place && !(matchPhrase(words, k, DESCRIPTORS) > place)) return false;
  }
  return true;
}

/** Only its head: "cơ quan" in "cơ quan, đơn vị quản lý …", "đơn vị" in "các cơ quan, đơn vị". */
const bare = (span: AgencySpan): boolean => span.to - span.from === span.head.split(" ").length;

function separatorAt(words: readonly Word[], j: number): number {
  const w = words[j]?.f;
  if (w === "và" || w === "hoặc") return 1;
  if (w !== ",") return 0;
  if (words[j + 1]?.f === "và") return 2;
  if (words[j + 1]?.f === "nhất" && words[j + 2]?.f === "là") return 3;
  return 1;
}

/** "từ Thành phố đến cơ sở, thôn, tổ dân phố" between two items: skipped up to the next body. */
function skipScope(words: readonly Word[], j: number, options: ReadOptions): number {
  if (words[j]?.f !== "từ") return j;
  let k = j + 1;
  while (k < j + 6 && words[k] && words[k].f !== "đến") k++;
  if (words[k]?.f !== "đến") return j;
  for (k++; words[k]; k++) {
    if (words[k].f === "," && readAgency(words, k + separatorAt(words, k), { ...options, continuation: true })) return k;
    if (words[k].f !== "," && isStop(words, k)) return j;
  }
  return j;
}

function sameFamily(a: string, b: string): boolean {
  return FAMILIES.some((members) => members.includes(a) && members.includes(b));
}

const DUTY_WINDOW = 12;

/**
 * A subject whose name the lexicon cannot close, read up to the duty that follows it: "Cục đo
 * đạc và bản đồ Nhà nước có trách nhiệm", "cơ quan hải quan chủ trì", "Các cơ quan, tổ
 * chức và cá nhân sử dụng đất có nhiệm vụ". `list` is what the lexicon read at `k` (or null);
 * the words between it and the duty (at most a few, no punctuation, no verb but "và") join its
 * last item. Null when no duty follows.
 */
export function readDutySubject(words: readonly Word[], k: number, list: AgencyList | null): AgencyList | null {
  const from = list ? list.end : k + 1;
  if (!list && !(words[k]?.cap && headAt(words, k, true))) return null;
  for (let d = from; d < from + DUTY_WINDOW && words[d]; d++) {
    if (matchPhrase(words, d, DUTIES_OR_LEAD)) {
      if (d === from && list) return list;
      if (!list) return { items: [{ from: k, to: d, head: foldedAt(words, k, headAt(words, k, true)), plural: false, person: false }], end: d };
      return extendLast(list, d);
    }
    const w = words[d];
    if (w.f === "từ") {
      // "Ngành Quản lý ruộng đất từ Trung ương đến địa phương có trách nhiệm"
      const to = words.slice(d + 1, d + 5).findIndex((x) => x.f === "đến");
      if (to >= 0) {
        d += to + 1;
        continue;
      }
    }
    if (!w.word || (w.f !== "và" && !w.cap && (isStop(words, d) || matchPhrase(words, d, DETERMINERS)))) return null;
  }
  return null;
}

/** Verbs that open with a function word: "(Sở Nội vụ) theo dõi", "cho ý kiến", "đối chiếu". */
const FUNCTION_WORD_VERBS = phraseTable(["theo dõi", "cho ý kiến", "đối chiếu", "đối thoại", "từ chối"]);

/** A lower-case verb follows: "(… Thành phố) đề xuất", "(Công an Thành phố) tiếp tục". */
export function startsPredicate(words: readonly Word[], k: number): boolean {
  const w = words[k];
  // a single letter is no verb: a list's letter, or a word that lost its letters ("x" for "xã")
  if (w === undefined || !w.word || w.cap || w.end - w.start === 1) return false;
  // "(Tổ trưởng Tổ dân phố) số 12": a unit's number is no verb ("số hóa" is one; "số 123/SYT-KHTC" a document's)
  if (unitNumberAt(words, k)) return false;
  if (matchPhrase(words, k, FUNCTION_WORD_VERBS)) return true;
  return !FUNCTION_WORDS.has(w.f) && !PASSIVE.has(w.f) && !matchPhrase(words, k, DESCRIPTORS);
}

/**
 * "số 12" at `k`: a unit's number ("Tổ dân phố số 12", "Trường Tiểu học số 2"), not a document's
 * ("số 123/SYT-KHTC", "số 12-TB/TU"); `whole`: the number is digits only.
 */
function unitNumberAt(words: readonly Word[], k: number, whole = false): boolean {
  const number = words[k + 1]?.f ?? "";
  const code = number.charCodeAt(0);
  if (words[k]?.f !== "số" || !(code >= 48 && code <= 57) || (whole && !/^\d+$/.test(number))) return false;
  return words[k + 2]?.f !== "/" && words[k + 2]?.f !== "-";
}
