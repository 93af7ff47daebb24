/**
 * One sentence → its parts: who is named as acting, and the stretch of text that is their action.
 *
 *   "Giao Sở Y tế chủ trì, phối hợp Sở TT&TT …"        trigger   lead [Sở Y tế], support [Sở TT&TT]
 *   "Công an Thành phố tiếp tục phối hợp với …"         subject   lead [Công an Thành phố]
 *   "Chỉ đạo Trung tâm Y tế quận rà soát …"            directing (the lead is whoever directs)
 *   "Tăng cường kiểm tra; đồng thời giao các quận …"   none + trigger
 *   "Ban Thường vụ Thành ủy giao Ban cán sự đảng …"    speaker + trigger: the speaker assigns
 *   "UBND các quận … căn cứ …, giao Phòng GD&ĐT …"      subject; the "giao" is its own delegation
 *   "… báo cáo, đề xuất Chính phủ, Ban Chỉ đạo … đề xuất …" subject, reportTo [Chính phủ], subject
 */
import { continuesGroup, extendLast, headAt, nameEnd, namesOf, readAgency, readAgencyList, readDutySubject, startsPredicate, type AgencyList } from "./agency.js";
import { DECISION_ACTS, DETERMINERS, DUTIES, DUTIES_OR_LEAD, FIELD_TABLE, PERSON, SPEAKERS, STOPS } from "./lexicon.js";
import { foldChars, foldKey } from "../inline/fold.js";
import { normalizeAgency } from "./normalize-agency.js";
import { matchPhrase, opens, phraseTable, tonelessTable, toWords, type PhraseTable, type Word } from "./words.js";
import { remember } from "../remember.js";

/**
 * "role": a body named in a role with no duty ("Phòng Văn hóa - Xã hội là cơ quan thường trực của Ban Chỉ
 * đạo."), as "làm Trưởng ban" names one: no task, and the sentence inherits no one's lead.
 */
export type PartKind = "subject" | "speaker" | "trigger" | "directing" | "none" | "role";

export interface SentencePart {
  kind: PartKind;
  /** the agencies named as acting, as printed */
  leads: string[];
  /** where the part starts in the sentence (its subject or trigger word) */
  at: number;
  /** where its action starts */
  from: number;
  /** where it ends: the next part, or the end of the sentence */
  to: number;
  support: string[];
  reportTo: string[];
  /** a subject under a condition: "tỉnh nào chưa thành lập Ban … thì cần …" */
  conditional?: boolean;
  /** the fronted time phrase before the subject ("Hằng tháng,", "Trong tháng 3/2026,"): the action's time when it names none */
  fronted?: string;
}

export interface SentenceOptions {
  /** the preamble: only "giao / đề nghị / yêu cầu …" assign; its subjects narrate */
  triggersOnly?: boolean;
  /** the document's issuer, folded ("tổng cục hải quan"): when it speaks it is no lead */
  issuer?: readonly string[];
}

const TRIGGER_PHRASES = ["giao", "giao cho", "đề nghị", "kính đề nghị", "yêu cầu", "phân công", "ủy quyền cho", "ủy quyền", "lưu ý"];
const TRIGGERS = phraseTable(TRIGGER_PHRASES);
/** The first words of the triggers, found anywhere in a folded text (a word or part of one). */
const TRIGGER_WORDS = new RegExp([...new Set(TRIGGER_PHRASES.map((phrase) => phrase.split(" ")[0]))].join("|"));

/**
 * The sentence may name a trigger ("giao", "đề nghị" …): without one of their first words in its
 * folded text, reading it with `triggersOnly` finds no trigger part. A test without reading it.
 */
export function mayAssign(text: string): boolean {
  return TRIGGER_WORDS.test(foldChars(text));
}
/** "bàn giao", "được giao", "đáp ứng yêu cầu": not an assignment */
const NOT_AFTER = new Set(["bàn", "được", "đã", "chuyển", "ứng", "theo", "đảm", "bảo", "giao"]);
const DELEGATIONS = new Set(["ủy quyền", "ủy quyền cho"]);
const INTROS = phraseTable(["trên cơ sở đó", "đồng thời", "bên cạnh đó", "ngoài ra", "sau đó"]);
/**
 * Time adverbials that front a sentence before its subject, as reporting regimes are written in
 * plans, letters and rules: "Hằng tháng, Phòng 7 báo cáo …", "Định kỳ hằng quý, các đơn vị báo
 * cáo …", "Trong tháng 3/2026, Sở Tài chính …", "Trước ngày 15/12, …", "Từ nay đến …".
 */
const TIME_PHRASES = [
  "hằng ngày", "hằng tuần", "hằng tháng", "hằng quý", "hằng năm", "hàng ngày", "hàng tuần", "hàng tháng", "hàng quý", "hàng năm",
  "định kỳ", "trong tháng", "trong quý", "trong năm", "trong tuần", "trước ngày", "chậm nhất", "từ nay đến", "trong thời hạn",
];
const TIME_FRONTED = phraseTable(TIME_PHRASES);

/** "Hằng tháng, báo cáo …" (no subject after it): the fronted time phrase before the first comma, if the text opens with one. */
export function frontedTime(text: string): { fronted: string; rest: string } | null {
  const words = toWords(text);
  if (!matchPhrase(words, 0, TIME_FRONTED)) return null;
  const comma = indexOfWord(words, ",", 1);
  if (comma < 0 || comma > FRONTED_TIME_MAX) return null;
  return { fronted: text.slice(0, words[comma].start), rest: text.slice(words[comma].end).trimStart() };
}
const FRONTED_TIME_MAX = 8;
/** Phrases that front a sentence before its subject: "Đối với …,", "Trường hợp …,", "Căn cứ …,". */
const FRONTED = phraseTable([
  "đối với", "trường hợp", "căn cứ", "trong trường hợp", "trong thời gian", "trong quá trình", "nếu", "để", "nhằm", "trên cơ sở",
  "khi", "sau khi", "trước khi", "bên cạnh", "ngoài", ...TIME_PHRASES,
]);
const DIRECT = phraseTable(["chỉ đạo"]);
/** Verbs whose object is a list of bodies that then act: "chỉ đạo / đôn đốc / hướng dẫn X, Y làm …". */
/** "lãnh đạo": a Party body directs the bodies under it ("Đảng ủy UBND tỉnh lãnh đạo Sở Tài chính, Sở Xây dựng tham mưu …", Điều lệ Đảng) */
const DIRECTS = phraseTable(["chỉ đạo", "đôn đốc", "hướng dẫn", "lãnh đạo"]);
// OCR slips on the tones of these function words ("phối họp vói", "bảo cáo"): matched without tones (words.ts)
const SUPPORT = tonelessTable(["phối hợp"]);
const SUPPORT_FILLER = phraseTable(["chặt chẽ", "với", ",", "đôn đốc", "hướng dẫn", "tốt", "cùng", "và"]);
const WITH = tonelessTable(["với"]);
const REPORT = tonelessTable(["báo cáo"]);
const REPORT_FILLER = phraseTable(["lại", "kết quả", "về", "ngay", "trực tiếp", ",", "và", "đề xuất", "kiến nghị", "xin ý kiến"]);
/**
 * The verbs the loops below look for at every word (triggers, "chỉ đạo", "đôn đốc", "hướng dẫn",
 * "phối hợp", "báo cáo", "trình") as one table: a test a word finds where to look, and each loop goes over those only.
 */
const VERBS = phraseTable([...TRIGGER_PHRASES, "chỉ đạo", "đôn đốc", "hướng dẫn", "lãnh đạo", "phối hợp", "báo cáo", "trình"]);
const TONELESS_VERBS = tonelessTable(["phối hợp", "báo cáo"]);

/**
 * The parts of the sentences read, by text, with the options they were read with: a document
 * repeats a sentence now and then ("Giao Sở Y tế chủ trì.") and the readers ask again for the same
 * one (one in ten). The parts are not changed by those who read them.
 */
const READ = new Map<string, { triggersOnly: boolean; issuer: readonly string[] | undefined; parts: SentencePart[] }>();
/** Sentences kept in `READ` at most (past it, begun again). */
const READ_MAX = 4096;

export function readSentenceParts(text: string, options: SentenceOptions = {}): SentencePart[] {
  const triggersOnly = options.triggersOnly === true;
  const read = READ.get(text);
  if (read !== undefined && read.triggersOnly === triggersOnly && read.issuer === options.issuer) return read.parts;
  const parts = readParts(text, options);
  if (READ.size >= READ_MAX) READ.clear();
  READ.set(text, { triggersOnly, issuer: options.issuer, parts });
  return parts;
}

function readParts(text: string, options: SentenceOptions): SentencePart[] {
  const words = toWords(text);
  // where to look: the words a verb may open at, and those after a comma or a semicolon
  const verbs: number[] = [];
  const afterComma: number[] = [];
  for (let k = 0; k < words.length; k++) {
    if (opens(words[k], VERBS) || opens(words[k], TONELESS_VERBS)) verbs.push(k);
    if (k > 0 && (words[k - 1].f === "," || words[k - 1].f === ";")) afterComma.push(k);
  }
  /** the words already read as a part's agencies (a plain array grown as they are: a typed array costs more to make) */
  const used: boolean[] = [];
  const use = (from: number, to: number): void => {
    for (let k = from; k < to; k++) used[k] = true;
  };
  const support = objectLists(words, verbs, SUPPORT, SUPPORT_FILLER, false, use);
  const reports = objectLists(words, verbs, REPORT, REPORT_FILLER, true, use);
  const parts: Omit<SentencePart, "to" | "support" | "reportTo">[] = [];
  const textOf = (list: AgencyList): string[] => namesOf(text, words, list);
  const offset = (k: number): number => words[k]?.start ?? text.length;

  const first = skipIntro(words);
  const subject = options.triggersOnly || used[first] ? null : readSubject(words, first) ?? pastUnknownMember(words, first);
  const role = subject || options.triggersOnly ? null : designated(words, first);
  if (role) {
    use(first, role.end);
    parts.push({ kind: "role", leads: textOf(role), at: offset(first), from: offset(role.end) });
  }
  let subjectIsSpeaker = false;
  if (subject) {
    use(first, subject.end);
    subjectIsSpeaker = subject.items.length === 1 && matchPhrase(words, first, SPEAKERS) > 0;
    // "Tổng cục Hải quan hướng dẫn bổ sung như sau:" in its own letter: the issuer speaks
    const issuerSpeaks = subject.items.length === 1 && ((isIssuer(textOf(subject)[0], options.issuer) && matchPhrase(words, subject.end, SPEECH) > 0) || requests(words, subject.end));
    if (issuerSpeaks) subjectIsSpeaker = true;
    // "Hằng tháng, Phòng 7 báo cáo …": the fronted time is the action's
    const fronted = first > 0 && matchPhrase(words, 0, TIME_FRONTED) ? text.slice(0, words[first - 1].start) : undefined;
    parts.push({ kind: issuerSpeaks ? "speaker" : "subject", leads: textOf(subject), at: offset(first), from: offset(subject.end), conditional: subject.conditional, ...(fronted ? { fronted } : {}) });
  }
  for (const k of verbs) {
    const length = used[k] ? 0 : matchPhrase(words, k, TRIGGERS);
    if (!length || NOT_AFTER.has(words[k - 1]?.f ?? "")) continue;
    const trigger = words.slice(k, k + length).map((w) => w.f).join(" ");
    if (trigger === "lưu ý" && k !== first) continue;
    const list = readAgencyList(words, k + length);
    if (!list) continue;
    use(k, list.end);
    const downstream = (subject !== null && !subjectIsSpeaker) || (DELEGATIONS.has(trigger) && !subjectIsSpeaker);
    if (downstream || recalled(words, k)) continue;
    const colon = trigger === "phân công" && list.items[0].person ? indexOfWord(words, ":", list.end) : -1;
    parts.push({ kind: "trigger", leads: textOf(list), at: offset(k), from: offset(colon >= 0 ? colon + 1 : list.end) });
  }
  if (subject && subjectIsSpeaker && parts.length > 1) parts[0].kind = "speaker";
  if (!options.triggersOnly) {
    for (const k of verbs) {
      if (used[k] || !(k === first || words[k - 1]?.f === ";" || words[k - 1]?.f === ":") || !matchPhrase(words, k, DIRECT)) continue;
      const list = readAgencyList(words, k + 2);
      if (!list) continue;
      use(k, list.end);
      parts.push({ kind: "directing", leads: [], at: offset(k), from: offset(k) });
    }
    // "(UBND các tỉnh) chỉ đạo các cơ quan chuyên môn, UBND cấp xã tăng cường …": the bodies
    // directed, over commas, are the verb's object, not subjects of their own
    for (const k of verbs) {
      const length = used[k] ? 0 : matchPhrase(words, k, DIRECTS);
      if (!length) continue;
      const list = readAgencyList(words, k + length);
      if (list) use(k, list.end);
    }
    for (const k of afterComma) {
      if (used[k] || !actorBefore(parts, words[k].start)) continue;
      const list = readSubject(words, k);
      if (!list || !(words[k].cap || matchPhrase(words, k, PERSON) || list.items[0].plural || list.conditional || matchPhrase(words, list.end, DUTIES))) continue;
      use(k, list.end);
      const speaks = list.items.length === 1 && isIssuer(textOf(list)[0], options.issuer) && matchPhrase(words, list.end, SPEECH) > 0;
      parts.push({ kind: speaks ? "speaker" : "subject", leads: textOf(list), at: offset(k), from: offset(list.end), conditional: list.conditional });
    }
  }
  if (!parts.length && !options.triggersOnly) {
    const agent = agentOf(words, used);
    if (agent) parts.push({ kind: "subject", leads: textOf(agent), at: offset(agent.items[0].from - 1), from: offset(agent.end) });
  }
  return finish(text, parts, support, reports);
}

/**
 * "Ở Trung ương do đồng chí Phó Thủ tướng phụ trách Nông nghiệp trực tiếp chỉ đạo", "việc lấy ý
 * kiến cử tri do người đứng đầu cơ quan chủ trì": in a sentence with no subject and no trigger,
 * the body after "do" that a verb of the lexicon follows is who acts.
 */
function agentOf(words: readonly Word[], used: readonly boolean[]): AgencyList | null {
  // a sentence that opens with "Do" gives a cause ("Do Sở Y tế chậm triển khai nên …")
  let depth = words[0]?.f === "(" ? 1 : 0;
  for (let k = 1; k < words.length - 1; k++) {
    if (words[k].f === "(") depth++;
    else if (words[k].f === ")" && depth > 0) depth--;
    // an aside in brackets describes ("(… container do doanh nghiệp cảng gửi get-out …)"): no one acts there
    if (words[k].f !== "do" || used[k + 1] || depth > 0) continue;
    // the lexicon's names only: "(bảo hiểm sức khoẻ) do các doanh nghiệp bảo hiểm cung cấp" is no one's task
    const list = readAgencyList(words, k + 1, { noTail: true });
    // startsPredicate keeps out function words and the passive; "có" after a body says what it has
    if (list && matchPhrase(words, list.end, STOPS) && startsPredicate(words, list.end) && words[list.end].f !== "có" && !authored(words, k, list.end)) return list;
  }
  return null;
}

/** Verbs that submit or draft a document: "(dự thảo Kế hoạch …) do Cục X trình", "(Quy chế) do Bộ ban hành". */
// ("(Số lượng) do Ban Thường trực … quy định.": who sets a rule, not a task)
const AUTHORING = phraseTable(["trình", "soạn thảo", "biên soạn", "chủ trì soạn thảo", "ban hành", "đề xuất", "dự thảo", "quy định"]);
/** Verbs that make one, when a draft or a document is what they made: "dự thảo Đề án do Cục Thủy lợi xây dựng". */
const MAKING = phraseTable(["xây dựng", "lập"]);
const DOCUMENT_NOUNS = phraseTable(["dự thảo", "đề án", "tờ trình", "báo cáo", "phương án", "quy chế", "văn bản"]);
const DOCUMENT_WINDOW = 12;

/**
 * "… dự thảo Kế hoạch … do Cục Quản lý đê điều và Phòng, chống thiên tai trình.": a verb that makes a
 * document, closing the noun phrase at the end of the sentence (or of its clause), says who made it, not
 * what that body must do. `at` is "do", `k` the verb after the body.
 */
function authored(words: readonly Word[], at: number, k: number): boolean {
  let verb = matchPhrase(words, k, AUTHORING);
  if (!verb && matchPhrase(words, k, MAKING)) {
    for (let d = at - 1; d >= 0 && d >= at - DOCUMENT_WINDOW && words[d].word; d--) if (matchPhrase(words, d, DOCUMENT_NOUNS)) verb = matchPhrase(words, k, MAKING);
  }
  const after = words[k + verb]?.f;
  return verb > 0 && (after === undefined || after === "." || after === "," || after === ";" || after === ")" || after === "/");
}

const REQUESTS = phraseTable(["yêu cầu", "đề nghị", "kính đề nghị"]);

/**
 * "UBND tỉnh yêu cầu thủ trưởng các sở, ngành …": a body that asks bodies named right after it
 * speaks; the work is theirs (whether or not the header names it as the issuer).
 */
function requests(words: readonly Word[], k: number): boolean {
  const length = matchPhrase(words, k, REQUESTS);
  return length > 0 && readAgencyList(words, k + length) !== null;
}

// The two helpers below stand for closures in the loops above: a closure that captures a loop's
// variable makes V8 allocate that variable's scope on every iteration, that is for every word.

/** The first word `f` at or after `from`; -1 when none. */
function indexOfWord(words: readonly Word[], f: string, from: number): number {
  for (let n = from; n < words.length; n++) if (words[n].f === f) return n;
  return -1;
}

/** A part other than "directing" starts before `at`. */
function actorBefore(parts: ReadonlyArray<{ kind: PartKind; at: number }>, at: number): boolean {
  return parts.some((p) => p.kind !== "directing" && p.at < at);
}

/** What an issuer does when it speaks in its own document: it tells, guides, answers, asks. */
const SPEECH = phraseTable([
  "hướng dẫn", "thông báo", "xin thông báo", "trả lời", "xin trả lời", "phúc đáp", "yêu cầu", "đề nghị", "kính đề nghị",
  "giao", "chỉ thị", "lưu ý", "có ý kiến", "cho ý kiến", "ủy quyền", "phân công",
]);

/** "thông báo để … biết", "xin trả lời …": the action opens with what a speaker does. */
export function speaks(action: string): boolean {
  return matchPhrase(toWords(action), 0, SPEECH) > 0;
}

/**
 * The subject names the document's issuer: "Tổng cục Hải quan" in a letter of TỔNG CỤC HẢI QUAN,
 * "UBND tỉnh" in one of UỶ BAN NHÂN DÂN TỈNH TUYÊN QUANG (its own level, the name left out).
 */
export function isIssuer(subject: string, issuer: readonly string[] | undefined): boolean {
  if (!issuer?.length) return false;
  const own = issuerKey(subject);
  if (!own) return false;
  return issuer.some((name) => name === own || (name.startsWith(own + " ") && /(?:^| )(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)$/u.test(own)));
}

/** The same subjects recur through a document: their folded keys, remembered (the last few hundred). */
const issuerKey = remember((subject) => foldKey(normalizeAgency(subject)).replace(/\s+/g, " ").trim(), 512);

/**
 * "Ban Bí thư đã có Công văn (số 18-CV/TW, ngày 16-9-2011) yêu cầu các cấp ủy …": a request made
 * before, recalled as background — "đã" (or "từng", "vừa") earlier in the same clause of the
 * sentence, brackets skipped. The document's own requests follow it ("Nay, … yêu cầu …").
 */
function recalled(words: readonly Word[], k: number): boolean {
  let depth = 0;
  for (let n = k - 1, seen = 0; n >= 0 && seen < 12; n--) {
    const f = words[n].f;
    if (f === ")") depth++;
    else if (f === "(") depth = Math.max(0, depth - 1);
    else if (depth > 0) continue;
    else if (f === "," || f === ";" || f === ":" || f === ".") return false;
    else if (f === "đã" || f === "từng" || f === "vừa") return true;
    else seen++;
  }
  return false;
}

/** "Trên cơ sở đó, các địa phương triển khai": the subject comes after the opening words. */
function skipIntro(words: readonly Word[]): number {
  const intro = matchPhrase(words, 0, INTROS);
  if (intro) return words[intro]?.f === "," ? intro + 1 : intro;
  // "Đối với …, Bảo hiểm xã hội Việt Nam khẩn trương …": a fronted phrase up to the first comma,
  // when an agency that acts follows it
  // (the phrase may hold commas of its own: "Đối với các chi phí khám bệnh, chữa bệnh …, Bảo hiểm …")
  // "Trường hợp …, thì cơ quan quản lý … có trách nhiệm …": or up to the "thì" of its condition
  if (matchPhrase(words, 0, FRONTED)) {
    for (let k = 1; k < words.length; k++) {
      if (words[k].f === ";" || words[k].f === ":" || assigns(words, k)) break;
      if ((words[k].f !== "," && words[k].f !== "thì") || continuesGroup(words, k)) continue;
      const at = words[k].f === "," && words[k + 1]?.f === "thì" ? k + 2 : k + 1;
      // the subject after it acts with a verb the lexicon knows ("…, Nhân dân ta trong sự nghiệp …" is no subject)
      const subject = readSubject(words, at);
      if (subject && (matchPhrase(words, skipRemit(words, subject.end), STOPS) || words[subject.end]?.f === "nếu")) return at;
      if (words[k].f === "thì") break;
    }
  }
  return 0;
}

/** "giao / yêu cầu / đề nghị" + agencies at `k` (not "bảo đảm yêu cầu về chất lượng"). */
function assigns(words: readonly Word[], k: number): boolean {
  const length = matchPhrase(words, k, TRIGGERS);
  return length > 0 && !NOT_AFTER.has(words[k - 1]?.f ?? "") && readAgencyList(words, k + length) !== null;
}

const UNKNOWN_MEMBER_MAX = 6;

/**
 * "Câu lạc bộ Người cao tuổi, Chi đoàn Thanh niên thôn tổ chức …": a subject list whose first
 * member the lexicon has no head for is not dropped whole — its members after the comma that the
 * lexicon reads, capitalised and followed by a verb, act. The first member is a capitalised run of
 * a few words, no verb, no punctuation, that opens no body the lexicon knows. Null otherwise.
 */
function pastUnknownMember(words: readonly Word[], k: number): AgencyList | null {
  // "Bổ nhiệm ông X, Trưởng phòng …, Sở Y tế giữ chức vụ …": a decision's act opens no body's name
  if (!words[k]?.cap || readAgency(words, k) || matchPhrase(words, k, DECISION_ACTS)) return null;
  for (let c = k; c <= k + UNKNOWN_MEMBER_MAX && words[c]; c++) {
    // "… ông Hoàng Minh Đức, …": a body's name holds no honorific before a person's name
    if (c > k && !words[c].cap) {
      const person = matchPhrase(words, c, PERSON);
      if (person && words[c + person]?.cap) return null;
    }
    if (words[c].f === "," && c > k) {
      if (!words[c + 1]?.cap) return null;
      const list = readSubject(words, c + 1);
      return list && !list.conditional && !list.items.some((item) => item.person) ? list : null;
    }
    if (!words[c].word || matchPhrase(words, c, STOPS) || matchPhrase(words, c, TRIGGERS)) return null;
  }
  return null;
}

/** A list of agencies followed by a verb: the subject of a sentence. */
function readSubject(words: readonly Word[], k: number): AgencyList | null {
  const list = semicolonList(words, readAgencyList(words, k));
  const conditional = readConditionalSubject(words, k, list);
  if (conditional) return conditional;
  const named = list ? namedAbout(words, list) : null;
  if (named) return named;
  // "Bộ Nội vụ là cơ quan đầu mối giúp Chính phủ theo dõi, đôn đốc …": a designation with duties
  // ("Phòng Văn hóa - Xã hội là cơ quan thường trực của Ban Chỉ đạo." names a role, as "làm Trưởng ban" does: no duty
  // follows; see `designated`)
  if (list && words[list.end]?.f === "là") {
    const designation = matchPhrase(words, list.end + 1, DESIGNATIONS);
    if (designation) return dutyAfter(words, list.end + 1 + designation) ? list : null;
  }
  // "Các phòng, đơn vị được phân công chủ trì có trách nhiệm …": a passive restricts the body, as "đang …" does
  if (list && !startsPredicate(words, skipRemit(words, list.end))) return words[list.end]?.f === "được" ? restricted(words, list) : null;
  return readDutySubject(words, k, list) ?? restricted(words, list) ?? list;
}

/**
 * "Giám đốc các sở, Thủ trưởng các ban, ngành; Chủ tịch UBND các xã, phường tăng cường …": the
 * addressees of a Chỉ thị, grouped by ";" as its "Kính gửi" lines are, are one subject when the
 * last group is followed by a verb (a ";" after a body that acts ends its clause: that body is no
 * item of such a list).
 */
function semicolonList(words: readonly Word[], list: AgencyList | null): AgencyList | null {
  if (!list) return list;
  let items = list.items;
  let end = list.end;
  while (words[end]?.f === ";") {
    const next = readAgencyList(words, end + 1, { continuation: true });
    if (!next) return list;
    items = [...items, ...next.items];
    end = next.end;
  }
  return end === list.end || !startsPredicate(words, skipRemit(words, end)) ? list : { items, end };
}

/** What opens a restrictive clause on a body: "(Công chức) đang giữ ngạch …", "(Các Chi cục) đã triển khai …". */
const RESTRICTIVE = new Set(["đang", "đã", "chưa", "được", "không", "còn"]);
/**
 * An adverb of urgency that opens the predicate after a restrictive clause, as a duty does: "Các cơ
 * quan, đơn vị, doanh nghiệp còn nợ đóng bảo hiểm xã hội | khẩn trương chuyển …" — not after "đã"
 * (narration), and "kịp thời", "nghiêm túc" only before a verb of the lexicon ("đã triển khai kịp
 * thời các biện pháp" is how it was done).
 */
const URGENCY = phraseTable(["khẩn trương", "kịp thời", "nghiêm túc"]);
const RESTRICTIVE_WINDOW = 24;
/** Adverbs that open the predicate after a body's remit: "(Các đơn vị được phân công) chủ động triển khai". */
const REMIT_PREDICATES = phraseTable(["chủ động", "khẩn trương", "tích cực", "tiếp tục", "nghiêm túc", "kịp thời", "có trách nhiệm"]);
/** A time limit's opening words: "trước ngày …", "chậm nhất …", "hoàn thành trong tháng …", "hằng tháng". */
const LIMIT_WORDS = phraseTable(["trước ngày", "chậm nhất", "hoàn thành", "trong tháng", "trong quý", "hằng tháng", "hằng quý", "hằng năm", "định kỳ"]);

/** A time limit is set after `k`, within the sentence (up to its full stop). */
function limitAfter(words: readonly Word[], k: number): boolean {
  for (let d = k; words[d] && words[d].f !== "."; d++) if (matchPhrase(words, d, LIMIT_WORDS)) return true;
  return false;
}

/** What a body is given to do, after "được giao": "(được giao) chủ trì", "(được phân công) phối hợp". */
const GIVEN_ROLES = phraseTable(["chủ trì", "phối hợp", "chủ trì, phối hợp"]);

/**
 * "Công chức đang giữ ngạch kiểm soát viên trung cấp chất lượng sản phẩm, hàng hóa có trách
 * nhiệm …": a body with a restrictive clause, closed by the duty that follows it. Null unless a
 * duty comes within a few words, with no clause break, trigger or "thì" in between.
 */
function restricted(words: readonly Word[], list: AgencyList | null): AgencyList | null {
  if (!list) return null;
  // "(Các sở, ngành) có thực hiện các Chương trình … chủ trì": "có" before a verb restricts too
  // "(Chủ tịch UBND các xã) có dự án đi qua chịu trách nhiệm": or "có" before what the body has
  const has = words[list.end]?.f === "có" && words[list.end + 1]?.word === true && !words[list.end + 1].cap && !matchPhrase(words, list.end, DUTIES);
  const opens = RESTRICTIVE.has(words[list.end]?.f ?? "") || (has && (matchPhrase(words, list.end + 1, STOPS) === 0 || startsPredicate(words, list.end + 1)));
  if (!opens) return null;
  /** the word after "được giao (nhiệm vụ)", "được phân công": "chủ trì", "phối hợp" there say what the body was given */
  let given = -1;
  /** "được giao nhiệm vụ", "được phân công" or a role after them: the verb after it may be the predicate */
  let remit = false;
  /** "Các đơn vị được phân công | chủ động triển khai …": that verb, taken when no duty follows (-1: none) */
  let predicate = -1;
  const orPredicate = (): AgencyList | null => (predicate >= 0 ? extendLast(list, predicate) : null);
  for (let d = list.end + 1; d < list.end + RESTRICTIVE_WINDOW && words[d]; d++) {
    const f = words[d].f;
    const trigger = matchPhrase(words, d, TRIGGERS);
    // "(Các đơn vị) được giao (nhiệm vụ) chủ trì": a passive trigger describes the body, it assigns nothing
    if (trigger && (words[d - 1].f === "được" || words[d - 1].f === "bị")) {
      const task = words[d + trigger]?.f === "nhiệm" && words[d + trigger + 1]?.f === "vụ";
      given = d + trigger + (task ? 2 : 0);
      // (a bare "được giao" + verb names what was given: "Các đơn vị được giao quản lý tài sản …")
      remit = words[d - 1].f === "được" && (task || words[d].f !== "giao");
      d = given - 1;
      continue;
    }
    if (f === ";" || f === ":" || f === "." || f === "thì" || trigger) return orPredicate();
    // "…, cơ quan, đơn vị … có trách nhiệm": another body after a comma is the one with the duty
    if (f === "," && readAgency(words, d + 1, { continuation: true })) return orPredicate();
    const role = d === given ? matchPhrase(words, d, GIVEN_ROLES) : 0;
    if (role) {
      d += role - 1;
      given = d + 1;
      remit = true;
      continue;
    }
    // "(Các cơ quan được giao chủ trì) nhiệm vụ tại Mục II | xây dựng kế hoạch …": the work given, located, is the role's
    const located = d === given ? locatedWorkEnd(words, d) : 0;
    if (located) return extendLast(list, located);
    if (matchPhrase(words, d, DUTIES_OR_LEAD)) return extendLast(list, d);
    // (an adverb of the predicate, or a verb in a sentence that sets a time limit: "Các đơn vị được giao chủ trì
    // xây dựng kế hoạch." alone describes who was given the lead)
    if (d === given && remit && predicate < 0 && startsPredicate(words, d) && (matchPhrase(words, d, REMIT_PREDICATES) || limitAfter(words, d))) predicate = d;
    const urgent = d > list.end + 1 && words[list.end].f !== "đã" ? matchPhrase(words, d, URGENCY) : 0;
    if (urgent && (words[d].f === "khẩn" || (matchPhrase(words, d + urgent, STOPS) && startsPredicate(words, d + urgent)))) return extendLast(list, d);
  }
  return orPredicate();
}

/** The work a body is given, after "được giao (chủ trì)": "(các) nhiệm vụ", "nội dung", "công việc". */
const GIVEN_WORK = phraseTable(["nhiệm vụ", "nội dung", "công việc", "nhiệm vụ, giải pháp", "chỉ tiêu", "hoạt động", "đề án", "dự án", "chương trình"]);
/** Where that work is set out: "tại Mục II", "tại Phụ lục kèm theo", "theo Kế hoạch này", "nêu trên". */
const WORK_LOCATORS = phraseTable(["tại", "theo", "ở", "trong", "thuộc", "nêu trên", "nói trên", "kể trên"]);
const LOCATED_WORK_MAX = 12;

/**
 * "(Các cơ quan, đơn vị được giao chủ trì) nhiệm vụ tại Mục II | xây dựng kế hoạch …": the work a body was given (after
 * its role, or "thực hiện"), set out where the document says ("tại Mục II", "tại Phụ lục", "nêu trên"), is part of
 * the body's description; the verb after that place opens the predicate. The verb's word; 0 when no located work is
 * at `d` ("được giao chủ trì nhiệm vụ xây dựng đề án …": the work is named by its verb, no predicate is sure).
 */
function locatedWorkEnd(words: readonly Word[], d: number): number {
  let k = d + (words[d]?.f === "thực" && words[d + 1]?.f === "hiện" ? 2 : 0);
  k += matchPhrase(words, k, DETERMINERS);
  const work = matchPhrase(words, k, GIVEN_WORK);
  // (after "được giao nhiệm vụ" the work is already read: the place may follow at once)
  if (!work && !(words[d - 1]?.f === "vụ" && words[d - 2]?.f === "nhiệm")) return 0;
  k += work;
  let located = false;
  for (const end = k + LOCATED_WORK_MAX; k < end && words[k]?.word; k++) {
    if (!located) {
      const locator = matchPhrase(words, k, WORK_LOCATORS);
      if (!locator) return 0;
      located = true;
      k += locator - 1;
      continue;
    }
    if (!words[k].cap && matchPhrase(words, k, STOPS) && startsPredicate(words, k)) return k;
  }
  return 0;
}

/** A role that carries duties: "(X) là cơ quan đầu mối …", "là cơ quan chủ trì …", "là cơ quan thường trực …". */
const DESIGNATIONS = phraseTable([
  "cơ quan đầu mối", "đơn vị đầu mối", "đầu mối", "cơ quan chủ trì", "đơn vị chủ trì", "cơ quan thường trực", "cơ quan giúp việc",
]);

/** "Phòng Văn hóa - Xã hội là cơ quan thường trực của Ban Chỉ đạo.": the bodies given a designation with no duty after it. */
function designated(words: readonly Word[], k: number): AgencyList | null {
  const list = readAgencyList(words, k);
  if (!list || words[list.end]?.f !== "là") return null;
  const designation = matchPhrase(words, list.end + 1, DESIGNATIONS);
  return designation && !dutyAfter(words, list.end + 1 + designation) ? list : null;
}

/**
 * A verb of the lexicon opens a predicate after `k`, within the sentence: the duty of a designation ("(là cơ
 * quan đầu mối) giúp Chính phủ theo dõi …", "(là cơ quan thường trực,) có trách nhiệm …"), not "của Ban Chỉ đạo".
 */
function dutyAfter(words: readonly Word[], k: number): boolean {
  for (let d = k; words[d] && words[d].f !== "." && words[d].f !== ";"; d++) if (matchPhrase(words, d, STOPS) && startsPredicate(words, d)) return true;
  return false;
}

/** Bodies whose official name goes on with "về …": "Ban Chỉ đạo quốc gia về tìm kiếm, quy tập …". */
const ABOUT_HEADS = new Set(["ban chỉ đạo", "bcđ", "hội đồng", "ủy ban quốc gia"]);
const ABOUT_WINDOW = 16;

/**
 * "Ban Chỉ đạo quốc gia về tìm kiếm, quy tập và xác định danh tính hài cốt liệt sĩ ban hành …":
 * as a subject, such a body's name runs through its "về …" up to the verb (a verb of the lexicon;
 * only lower-case words, commas and "và" between). Null when no verb closes it.
 */
function namedAbout(words: readonly Word[], list: AgencyList): AgencyList | null {
  const last = list.items[list.items.length - 1];
  if (!ABOUT_HEADS.has(last.head) || words[list.end]?.f !== "về") return null;
  for (let d = list.end + 1; d < list.end + ABOUT_WINDOW && words[d]; d++) {
    const w = words[d];
    if (w.f === "," || w.f === "và") continue;
    if (!w.word) return null;
    if (matchPhrase(words, d, STOPS)) {
      if (d === list.end + 1 || words[d - 1].f === "," || words[d - 1].f === "và" || !startsPredicate(words, d)) return null;
      return extendLast(list, d);
    }
  }
  return null;
}

/** What opens the condition of a conditional subject: "Những tỉnh đã …", "tỉnh nào chưa …". */
const CONDITIONS = new Set(["đã", "chưa", "còn", "nào", "không"]);

/**
 * "Những tỉnh đã thành lập Ban … nhưng còn thiếu cán bộ thì cần …", "tỉnh nào chưa thành lập
 * Ban … thì cần …": the subject is the body and its condition, up to "thì"; the action follows.
 */
function readConditionalSubject(words: readonly Word[], k: number, list: AgencyList | null): AgencyList | null {
  let at = list?.end ?? -1;
  if (!list) {
    const head = headAt(words, k, true);
    if (!head || words[k + head]?.f !== "nào") return null;
    at = k + head;
  }
  if (!CONDITIONS.has(words[at]?.f ?? "")) return null;
  for (let t = at + 1; t < at + 20 && words[t]?.word; t++) {
    if (words[t].f !== "thì") continue;
    if (!startsPredicate(words, t + 1)) return null;
    const body = list ?? { items: [{ from: k, to: t, head: words[k].f, plural: false, person: false }], end: t };
    return { ...extendLast(body, t, t + 1), conditional: true };
  }
  return null;
}

const REMIT_OPENERS = phraseTable(["theo", "trong phạm vi", "căn cứ", "căn cứ vào"]);
const REMITS = phraseTable(["chức năng", "nhiệm vụ", "quyền hạn", "thẩm quyền", "lĩnh vực"]);
// "(căn cứ nhiệm vụ) được phân công", "được phân cấp", "được ủy quyền": the passive of a trigger closes the remit too
const REMIT_CLOSERS = phraseTable(["được giao", "được phân công", "được phân cấp", "được ủy quyền", "của mình", "phụ trách", "quản lý"]);

/**
 * "(Các bộ, cơ quan ngang bộ) theo chức năng, nhiệm vụ được giao, (chủ động …)": the remit a
 * subject acts within, between it and its verb. The word after it (`j` when there is none).
 */
function skipRemit(words: readonly Word[], j: number): number {
  const opener = matchPhrase(words, j, REMIT_OPENERS);
  if (!opener) return j;
  let k = j + opener;
  let remits = 0;
  for (;;) {
    const n = matchPhrase(words, k, REMITS);
    if (!n) break;
    remits++;
    k += n;
    if ((words[k]?.f === "," || words[k]?.f === "và") && matchPhrase(words, k + 1, REMITS)) k++;
  }
  if (!remits) return j;
  k += matchPhrase(words, k, REMIT_CLOSERS);
  return words[k]?.f === "," ? k + 1 : k;
}

interface ObjectList {
  at: number;
  /** [start, end) offsets of each agency in the sentence */
  items: Array<readonly [number, number]>;
}

/**
 * The agencies after "phối hợp (với)" or "báo cáo (lại)", wherever they are in the sentence. A
 * report may name its object first ("báo cáo các kết quả lên Thủ tướng Chính phủ"); a report
 * the addressee makes in turn is not the task's ("báo cáo Thủ tướng … để kịp thời tổng hợp báo
 * cáo Ban Bí thư", "trình Đảng ủy Chính phủ … để báo cáo Bộ Chính trị").
 */
function objectLists(words: readonly Word[], verbs: readonly number[], verb: PhraseTable, filler: PhraseTable, report: boolean, use: (from: number, to: number) => void): ObjectList[] {
  const out: ObjectList[] = [];
  let relayed = -1;
  for (const k of verbs) {
    const length = matchPhrase(words, k, verb);
    if (!length && !(report && matchPhrase(words, k, SUBMIT))) continue;
    let j = k + (length || 1);
    for (let n = fillerAt(words, j, filler); n; n = fillerAt(words, j, filler)) j += n;
    let list = readAgencyList(words, j, { names: true, cutAtSubject: report });
    // "báo cáo Đề án sắp xếp …", "trình Kế hoạch …": the document reported is no addressee (one may follow it: "… lên UBND tỉnh")
    if (list && report && reportedDocument(words, j)) list = null;
    if (!list && report && length) {
      const to = addresseeAfterObject(words, j);
      if (to >= 0) list = readAgencyList(words, (j = to), { names: true, cutAtSubject: true });
    }
    if (!list) continue;
    use(j, list.end);
    // "(gửi Bộ Y tế) để tổng hợp và báo cáo Thủ tướng": the report the addressee makes in turn
    if (report && length && forAnother(words, k)) continue;
    if (report) {
      const passed = relayedReport(words, list.end);
      if (k === relayed || !length) {
        relayed = Math.max(relayed, passed);
        continue;
      }
      relayed = Math.max(relayed, passed);
    }
    out.push({ at: words[k].start, items: list.items.map((it) => [words[it.from].start, words[nameEnd(it) - 1].end] as const) });
  }
  return out;
}

/**
 * Kinds of document (NĐ 30, Phụ lục III) named capitalised after "báo cáo" or "trình": what is reported, never its
 * addressee. A field's name that holds one is a body's ("Kế hoạch và Đầu tư").
 */
const DOCUMENT_KINDS = phraseTable([
  "đề án", "kế hoạch", "báo cáo", "tờ trình", "dự thảo", "phương án", "chương trình", "quy chế", "quy định", "dự án",
  "nghị quyết", "quyết định", "chỉ thị", "thông báo", "công văn", "văn bản", "hướng dẫn", "thông tư", "nghị định",
]);

function reportedDocument(words: readonly Word[], j: number): boolean {
  const document = matchPhrase(words, j, DOCUMENT_KINDS);
  return document > 0 && document >= matchPhrase(words, j, FIELD_TABLE);
}

/** The filler words at `j` ("chặt chẽ", "với" — printed with any tone: "vói", "vởi"). */
function fillerAt(words: readonly Word[], j: number, filler: PhraseTable): number {
  return matchPhrase(words, j, filler) || (filler === SUPPORT_FILLER ? matchPhrase(words, j, WITH) : 0);
}

/** "… để (kịp thời) tổng hợp(,| và) báo cáo": "để" a few words before the verb, no clause break between. */
function forAnother(words: readonly Word[], k: number): boolean {
  for (let n = k - 1; n >= 0 && n >= k - 5; n--) {
    const f = words[n].f;
    if (f === "để") return true;
    if (f === ";" || f === "." || f === ":") return false;
  }
  return false;
}

const SUBMIT = phraseTable(["trình"]);
const TOWARDS = phraseTable(["lên", "về", "tới", "đến", "cho"]);

/**
 * "báo cáo các kết quả lên Thủ tướng", "báo cáo số thu ngân sách 6 tháng đầu năm 2026 về Sở Tài
 * chính": the addressee after the object (a phrase of words, up to a period and its year, no
 * punctuation); -1 when there is none.
 */
const OBJECT_MAX = 12;
function addresseeAfterObject(words: readonly Word[], j: number): number {
  for (let k = j; k < j + OBJECT_MAX && words[k]?.word; k++) {
    const n = matchPhrase(words, k, TOWARDS);
    if (n && readAgency(words, k + n)) return k + n;
  }
  return -1;
}

/** "(báo cáo Thủ tướng) … để (kịp thời tổng hợp) báo cáo …": that second report's index, else -1. */
function relayedReport(words: readonly Word[], end: number): number {
  for (let k = end; k < end + 12 && words[k]?.word; k++) {
    if (words[k].f !== "để") continue;
    for (let r = k + 1; r < k + 7 && words[r]?.word; r++) if (matchPhrase(words, r, REPORT)) return r;
    return -1;
  }
  return -1;
}

/** Order the parts, close each at the next one, give the text before the first its own part. */
function finish(text: string, found: Omit<SentencePart, "to" | "support" | "reportTo">[], support: ObjectList[], reports: ObjectList[]): SentencePart[] {
  const sorted = found.sort((a, b) => a.at - b.at);
  const firstAt = sorted[0]?.at ?? text.length;
  const parts: SentencePart[] = [];
  if ((sorted.length === 0 || text.lastIndexOf(";", firstAt - 1) >= 0) && text.slice(0, firstAt).trim() !== "") {
    parts.push({ kind: "none", leads: [], at: 0, from: 0, to: firstAt, support: [], reportTo: [] });
  }
  for (let i = 0; i < sorted.length; i++) {
    const { kind, leads, at, from, conditional, fronted } = sorted[i];
    parts.push({ kind, leads, at, from, to: sorted[i + 1]?.at ?? text.length, support: [], reportTo: [], conditional, ...(fronted ? { fronted } : {}) });
  }
  place(text, parts, support, "support");
  place(text, parts, reports, "reportTo");
  return parts;
}

/** Each agency of `lists` goes to the part its verb is in (the last one starting before it), once. */
function place(text: string, parts: SentencePart[], lists: ObjectList[], field: "support" | "reportTo"): void {
  for (const list of lists) {
    let n = parts.length - 1;
    while (n > 0 && parts[n].at > list.at) n--;
    const owner = parts[n];
    if (!owner) continue;
    for (const [start, end] of list.items) {
      const item = text.slice(start, end);
      if (!owner[field].includes(item)) owner[field].push(item);
    }
  }
}
