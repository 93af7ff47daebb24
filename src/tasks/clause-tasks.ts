/**
 * One clause → its tasks, and the lead its items inherit.
 *
 * Who acts in a sentence, in order of preference:
 *   1. the agencies it names ("Giao X …", "X chủ trì …", "Đề nghị X …", "Phân công đồng chí X: …");
 *   2. for "Chỉ đạo Y …", whoever directed before in the clause ("X chỉ đạo …"), else as below;
 *   3. for a sentence without an actor, the subject of the sentence before it in the paragraph
 *      ("X xây dựng …. Kiên quyết xóa bỏ …"), else the clause heading ("- Công an Thành phố: …"),
 *      else what the clause inherits (its parent's lead, or the preamble's lead-in sentence).
 * Sentences that assign nothing give no task: approvals ("Cơ bản nhất trí …", "biểu quyết"),
 * topic lines ("Về công tác …"), a list's introduction without an actor ("…, trong đó:").
 */
import { DAY_NAME } from "../build/clause-marker.js";
import { findDates } from "../inline/dates.js";
import { singleLineRun } from "../text-run.js";
import type { Agency, Clause, Deadline, Task } from "../types.js";
import { mayOpenAgency, nameEnd, namesOf, readAgency, readAgencyList, startsPredicate } from "./agency.js";
import { assignmentRows, isBareRow, withoutRows, type RowsOfClause } from "./assignment-rows.js";
import { findDeadline, findDeadlines, frontedDeadline, readTimeCell, type DeadlineContext } from "./deadline.js";
import { actionBounds, splitEnumeration, trimAction } from "./enumeration.js";
import { normalizeAgency } from "./normalize-agency.js";
import { frontedTime, readSentenceParts, type SentencePart } from "./sentence-parts.js";
import { isTableHeader, toSentences, type Sentence } from "./sentences.js";
import { DESCRIPTORS, STOPS } from "./lexicon.js";
import { remember } from "../remember.js";
import { firstWordOf, matchPhrase, moreWordsThan, phraseTable, toWords, wordsOf, type Word } from "./words.js";

export interface TaskContext {
  /** the document's year, for deadlines printed without one */
  year?: number;
  /** under a heading that lists powers or members ("Quyền hạn của …", "Thành phần mời:"): no task */
  quiet?: boolean;
  /** the document's issuer, folded: when it speaks ("… hướng dẫn bổ sung như sau:") it is no lead */
  issuer?: readonly string[];
  /** who supports the inherited lead: "X chủ trì, phối hợp với Y:" over items gives them Y */
  support?: readonly string[];
  /**
   * an entry of a weekly schedule (under a day heading, "Thứ Hai (09/3)"): an appointment there is
   * an engagement of whoever it names, office holder or body ("Thường trực Tỉnh ủy tiếp công dân")
   */
  schedule?: boolean;
  /** the document's type code ("BC", "TTr", "BB", …): a Báo cáo's or Tờ trình's requests assign nothing */
  kind?: string | null;
  /**
   * in a Biên bản's record, before its conclusion: only "Giao / Yêu cầu / Phân công X …" assigns. Not
   * the kind again: it starts as `kind` ∈ RECORD_KINDS and is cleared from the clause that opens the
   * conclusion on (index.ts, withTasks)
   */
  record?: boolean;
  /** an invitee of a Giấy mời ("kính mời:" + "- Đại diện lãnh đạo Sở …"): only "Giao / Đề nghị X …" assigns there */
  invitees?: boolean;
}

export interface ClauseTasks {
  tasks: Task[];
  /** the lead the clause's items inherit */
  inheritable: string[] | null;
  /** the support they inherit with it (from a lead-in "X chủ trì, phối hợp với Y:") */
  support?: string[];
  /** "- Ủy ban nhân dân các huyện, thành phố:" alone among flat items: it heads the items after it */
  headsSiblings?: boolean;
  /** the clause lists powers or members: its items assign nothing either */
  quiet?: boolean;
  /** a time (or support) row with no lead row: the limit of its items' tasks too (see `limitedTasks`) */
  rowLimit?: RowLimit;
}

export interface RowLimit {
  deadline: Deadline | null;
  support: Agency[];
}

/**
 * Headings whose items assign nothing: powers ("Quyền hạn của Ban Chỉ đạo" — what the body may
 * do, not what this document asks of it), members ("Thành phần mời:", "Thành phần Ban Chỉ đạo
 * gồm:" — the invitees of a Giấy mời, the members of a body), and the standards and conditions
 * a rank or a case must meet ("Tiêu chuẩn về trình độ đào tạo", "Điều kiện được hưởng": "Có bằng
 * tốt nghiệp …" is a requirement, not work); and the scope articles of a legal document's general
 * provisions, whole ("Phạm vi điều chỉnh", "Đối tượng áp dụng", "Giải thích từ ngữ", "Hiệu lực thi
 * hành": "Cán bộ, công chức làm việc tại …" says whom the rules cover, not what they must do).
 */
const QUIET_HEADING = /^(?:quyền hạn|quyền(?= của)|thành phần|tiêu chuẩn|điều kiện)(?![a-zà-ỹđ])(?![^:]*nhiệm vụ)|^(?:phạm vi điều chỉnh(?: và đối tượng áp dụng)?|đối tượng áp dụng|giải thích từ ngữ|hiệu lực(?: thi hành)?)\s*[.:]?\s*$/iu;

/**
 * The practical lines of a Giấy mời or a meeting's notice (NĐ 30/2020, Phụ lục III): "Thời gian:
 * 08 giờ 00 …", "Địa điểm: …", "Thành phần: …", "Đến dự Hội nghị …" — when and where, no work.
 */
const LOGISTICS = /^(?:thời gian|địa điểm|thành phần(?: mời| tham dự| dự)?)\s*:|^(?:đến|về|tới) dự(?![a-zà-ỹđ])/iu;
/** Its cheap sign, tried first (`iu` costs at start-up to compile; plain `i` folds these letters alike). */
const LOGISTICS_SIGN = /^(?:thời gian|địa điểm|thành phần|đến dự|về dự|tới dự)/i;
const isLogistics = (action: string): boolean => LOGISTICS_SIGN.test(action) && LOGISTICS.test(action);
/**
 * The part of a Báo cáo or Tờ trình that asks a higher body (NĐ 30/2020, Phụ lục III: a report
 * ends with its "Đề xuất, kiến nghị"): "IV. ĐỀ XUẤT, KIẾN NGHỊ", "Kiến nghị, đề xuất", "Một số
 * kiến nghị", "Kiến nghị với Bộ Xây dựng". "Đề nghị UBND tỉnh xem xét …" and "Kiến nghị Bộ …" there
 * are requests from below, not work assigned (as the report's closing "… đề nghị Y xem xét, chỉ
 * đạo" is none); in a Công văn or a Thông báo kết luận "Đề nghị X …" assigns.
 */
const REQUEST_HEADING = /^(?:(?:các|những|một số)\s+)?(?:đề xuất|kiến nghị|đề nghị)(?:\s*(?:,|và|-)\s*(?:đề xuất|kiến nghị|đề nghị))*(?:\s+(?:với|đối với|lên)\s+[^.;:]*)?\s*[:.]?\s*$/iu;
const REQUEST_HEADING_SIGN = /^(?:các |những |một số )?(?:đề xuất|kiến nghị|đề nghị)/i;
/** The kinds of document that ask rather than assign (type codes, NĐ 30/2020 Phụ lục III). */
const REQUESTING_KINDS = new Set(["BC", "TTr"]);
/** A clause that heads a Báo cáo's or Tờ trình's requests: its heading, or its own text over items. */
function headsRequests(clause: Clause, kind: string | null | undefined): boolean {
  if (!kind || !REQUESTING_KINDS.has(kind)) return false;
  const title = (clause.heading ?? (clause.items.length ? clause.text : "")).trim();
  return title.length < 80 && REQUEST_HEADING_SIGN.test(title) && REQUEST_HEADING.test(title);
}

/**
 * A Biên bản records what was said (NĐ 30/2020, Phụ lục III): "Phòng Kinh tế báo cáo tình hình …",
 * "Ý kiến thảo luận: Trưởng thôn … đề nghị xã hỗ trợ …" assign nothing. Its conclusion does — the
 * part headed "Kết luận (của chủ trì)", "Ý kiến chỉ đạo", "Chủ trì kết luận", "Phân công nhiệm vụ",
 * "Chủ tịch UBND xã chỉ đạo:" — and, in the record, a sentence that opens "Giao / Yêu cầu / Phân
 * công X …".
 */
const CONCLUSION_HEADING =
  /^(?:(?:[^.;:]{0,40}?\s)?(?:kết luận|ý kiến chỉ đạo|chỉ đạo của)(?![\p{L}\p{M}])|(?:phân công|phân giao)(?![\p{L}\p{M}])|[^.;:]{0,60}?\schỉ đạo\s*:?\s*$)/iu;
const CONCLUSION_SIGN = /kết luận|chỉ đạo|phân công|phân giao/i;
export const RECORD_KINDS = new Set(["BB"]);
/** The clause opens a Biên bản's conclusion (its heading, or its text's first line). */
export function opensConclusion(clause: Clause): boolean {
  const title = (clause.heading ?? clause.text.split("\n", 1)[0]).slice(0, 80);
  return CONCLUSION_SIGN.test(title) && CONCLUSION_HEADING.test(title);
}
/** The verbs of a lead-in alone, maybe two of them and "như sau": "chỉ đạo", "kết luận, chỉ đạo như sau". */
const LEAD_IN = /^(?:(?:kết luận|chỉ đạo|yêu cầu|đề nghị|giao|phân công|chủ trì)(?:\s*,\s*|\s+và\s+|\s+)?){1,3}(?:như sau|các nội dung sau|một số nội dung sau)?\s*:?$/i;
const LEAD_IN_SIGN = /^(?:kết|chỉ|yêu|đề|giao|phân|chủ)/i;
const ASSIGNS_IN_RECORD = /^(?:giao|yêu cầu|phân công)(?![\p{L}\p{M}])/iu;

/**
 * Cheap signs of the patterns below, tried first: `iu` over these alternations (and lookarounds)
 * costs ~0.2-1.1 ms each to compile at start-up, and most texts open with none of their words.
 * Each sign is what its pattern cannot match without; plain `i` folds these letters as `iu` does
 * (the Kelvin sign aside, which `iu` folds with k: spelt out where a "k" is).
 */
const QUIET_HEADING_SIGN = /^(?:quyền|thành phần|tiêu chuẩn|điều [k\u212a]iện|phạm vi|đối tượng|giải thích|hiệu lực)/i;
const isQuietHeading = (heading: string): boolean =>
  (QUIET_HEADING_SIGN.test(heading) && QUIET_HEADING.test(heading)) || (VIEWS_HEADING_SIGN.test(heading) && VIEWS_HEADING.test(heading));
/**
 * The record of what was said at a meeting, headed so in a Thông báo kết luận or a Biên bản: "Ý kiến
 * tại cuộc họp", "Ý kiến thảo luận", "Ý kiến phát biểu của các đại biểu", "Ý kiến nhận xét của cử
 * tri …" — turns of speech ("Ông Y, Trưởng phòng, báo cáo tình hình …"), no work. Not "Ý kiến chỉ
 * đạo", "Ý kiến kết luận" (the conclusion, which assigns).
 */
export const VIEWS_HEADING_SIGN = /^ý [k\u212a]iến/i;
export const VIEWS_HEADING = /^ý kiến\s+(?:(?:tại|trong|của)\s+(?:cuộc họp|hội nghị|buổi họp|buổi làm việc|phiên họp|kỳ họp|hội thảo|(?:các\s+)?đại biểu|(?:các\s+)?thành viên|cử tri)|(?:thảo luận|phát biểu|nhận xét|tham gia|góp ý|của các đại biểu)(?![\p{L}\p{M}]))/iu;

/** No `u` needed: none of these letters folds otherwise with it. */
const NARRATED = /^(?:đã|vừa|từng|đang|chưa)\s/i;
/** "Trong quá trình (tổ chức) thực hiện, nếu có khó khăn, vướng mắc, …": the closing formula's condition. */
const IN_PROCESS = /^trong quá trình (?:tổ chức |triển khai )?(?:thực hiện|thi hành|triển khai)[^,]*,\s*nếu /iu;
const NO_TASK_SIGN = /^(?:cơ bản|nhất trí|thống nhất|đồng ý|biểu dương|ghi nhận|hoan nghênh|về|trên đây|thành phần)|biểu quyết/i;
const IN_PROCESS_SIGN = /^trong quá trình/i;
/**
 * What a subject approves or praises: "(Ban Thường vụ Thành ủy) cơ bản thống nhất với báo cáo …", "nhất
 * trí / đồng ý / tán thành với đề xuất …", "thống nhất thông qua …", "đánh giá cao / biểu dương / ghi
 * nhận …" — the first point of a Thông báo kết luận, no work assigned; without a subject too. (Plain `i`, tried on every subject's
 * action: it folds these letters as `iu` does and compiles cheaper.)
 */
const APPROVAL = /^(?:(?:cơ bản|hoàn toàn)\s+)?(?:nhất trí|đồng ý|đồng tình|tán thành|thống nhất\s+(?:với|cao|thông qua)|đánh giá cao|biểu dương|ghi nhận|hoan nghênh)(?![a-zà-ỹđ])/i;
const NO_TASK = /^(?:cơ bản\s+)?(?:nhất trí|thống nhất (?:với|cao)|đồng ý|biểu dương|ghi nhận|hoan nghênh|về\s|trên đây\s|thành phần\s)|biểu quyết/iu;
/**
 * A rule for a case with no actor: "Trường hợp … thì được xem xét, bố trí …", "Nếu … thì việc bố
 * trí … được thực hiện …", and a case that only sets the scope of what follows ("Trường hợp Hệ
 * thống của cảng đã gửi …:").
 */
const CASE_RULE = /^(?:trường hợp|trong trường hợp|nếu|khi)(?![a-zà-ỹđ])(?:[^;]*?(?<![a-zà-ỹđ])thì\s+(?:(?:sẽ|cũng|vẫn)\s+)?(?:được|bị|việc|không được|không phải)(?![a-zà-ỹđ])|[^;]*:\s*$)/iu;
/** "Thực tế cho thấy …", "Qua kiểm tra cho thấy …": an observation, background to what follows. */
const OBSERVATION = /^[^,;.]{0,30}?(?<![a-zà-ỹđ])cho[\s_]thấy(?![a-zà-ỹđ])/iu;
/**
 * Cheap signs of the two above, tried first: with `iu` and lookarounds they cost ~0.8 ms to
 * compile at start-up, and most actions have neither opening nor "cho thấy". Plain `i` folds these
 * letters as `iu` does, but for the Kelvin sign, which `iu` folds with k.
 */
const CASE_RULE_SIGN = /^(?:trường hợp|trong trường hợp|nếu|[k\u212a]hi)/i;
const OBSERVATION_SIGN = /cho[\s_]thấy/i;
const isCaseRule = (text: string): boolean => CASE_RULE_SIGN.test(text) && CASE_RULE.test(text);

export function clauseTasks(clause: Clause, inherited: string[] | null, context: TaskContext): ClauseTasks {
  const own = clauseOwnTasks(clause, inherited, context);
  const day = own.rowLimit ? null : dayOfSchedule(clause, context);
  return day ? { ...own, tasks: own.tasks.map((t) => underLimit(t, day)), rowLimit: day } : own;
}

/** A weekday marker of a weekly schedule's day heading (build/clause-marker.ts `readWeekday`). */
const WEEKDAY_MARKER = new RegExp(`^${DAY_NAME}$`, "i");
/** A weekly schedule's day heading ("Thứ Hai (09/3)"): its items are the day's entries. */
export const isScheduleDay = (clause: Clause): boolean => clause.number !== null && WEEKDAY_MARKER.test(clause.marker);

/**
 * "Thứ Hai (10/11)" over "- 7 giờ 30: … Văn phòng Tỉnh ủy chuẩn bị.": a day of a weekly schedule
 * ("Lịch công tác tuần", "Chương trình làm việc") dates the entries under it, as "vào ngày 10/11"
 * would in their text: the limit of each task there that sets none of its own (a preparation is
 * due on the day of its session). Null for any other clause, or a day whose date cannot be read.
 */
function dayOfSchedule(clause: Clause, context: TaskContext): RowLimit | null {
  if (!clause.number || !WEEKDAY_MARKER.test(clause.marker)) return null;
  const lines: [number, number] = [clause.lines[0], clause.lines[0]];
  const { dates } = findDates(singleLineRun(clause.lines[0], `ngày ${clause.number}`), { year: context.year });
  if (dates.length !== 1 || !dates[0].iso) return null;
  return { deadline: { text: `${clause.marker} (${clause.number})`, kind: "date", iso: dates[0].iso, lines }, support: [] };
}

function clauseOwnTasks(clause: Clause, inherited: string[] | null, context: TaskContext): ClauseTasks {
  if (context.quiet || isQuietHeading(clause.heading ?? "") || headsRequests(clause, context.kind)) return { tasks: [], inheritable: null, quiet: true };
  // "- Thời gian thực hiện: …" alone: its clause reads it (as a row, or as the limit of its work)
  if (isBareRow(clause)) return { tasks: [], inheritable: inherited };
  const rows = assignmentRows(clause);
  const limited = rows && rows.lead === null ? limitedTasks(clause, rows, inherited, context) : null;
  if (limited) return limited;
  if (rows) return { tasks: rowTask(clause, rows, inherited, context), inheritable: null, quiet: true };
  // a name alone over items, as the clause's heading or its whole text
  const titleLead = clause.items.length ? agencyTitle(clause.heading ?? clause.text) : null;
  const headingLead = agencyHeading(clause.heading) ?? titleLead;
  const fallback = headingLead ?? inherited;
  const lines = ownLines(clause);
  const sentences: Array<Sentence & { heading?: boolean }> = [];
  if (clause.heading && !headingLead) sentences.push({ text: clause.heading, start: 0, paragraph: -1, heading: true });
  if (!titleLead || clause.heading) sentences.push(...toSentences(clause.text));

  const tasks: Task[] = [];
  const explicit: string[][] = [];
  let introLeads: string[] | null = null;
  let introSupport: string[] | undefined;
  let directing: string[] | null = null;
  /** the subject of the sentence before, in its paragraph (null leads: it assigned nothing) */
  let previous: { paragraph: number; leads: string[] | null } | null = null;
  sentences.forEach((sentence, index) => {
    // a task table's header labels read as prose (and the cells flattened after them): no work
    if (isTableHeader(sentence.text)) return;
    const parts = readSentenceParts(sentence.text, { issuer: context.issuer });
    const words = toWords(sentence.text);
    /** the sentence ends in ":": it introduces what follows (the items, a list) */
    const introduces = sentence.text.trimEnd().endsWith(":");
    const named: string[] = [];
    for (let n = 0; n < parts.length; n++) {
      const part = parts[n];
      const before: SentencePart | undefined = parts[n - 1];
      const from = part.kind === "none" ? part.at : part.from;
      const [start, end] = actionBounds(sentence.text.slice(from, part.to));
      const action = sentence.text.slice(from + start, from + end);
      let leads: string[] | null;
      // "- Công chức phụ trách chuyển đổi số …" under "kính mời:": who is invited, not who must act
      if (context.invitees && part.kind !== "trigger") continue;
      // a Biên bản's record of what was said: only an assignment in it ("Giao Phòng Kinh tế …") is work
      if (context.record && !(part.kind === "trigger" && ASSIGNS_IN_RECORD.test(sentence.text.trimStart()))) continue;
      if (part.kind === "subject" || part.kind === "trigger") {
        leads = part.leads;
        // "… chịu trách nhiệm thi hành Quyết định này": who executes the decision leads no item after it
        if (!(MENTIONS_NAY.test(action) && closingFormula(action))) {
          explicit.push(leads);
          named.push(...leads);
        }
        // "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị X phản ánh về Y": the closing's verdict
        // wherever it stands (a Thông tư or Quyết định has no closing, NĐ 30: it ends its last article)
        if (part.kind === "trigger" && IN_PROCESS_SIGN.test(sentence.text) && IN_PROCESS.test(sentence.text) && !findDeadline(action, { year: context.year, lines })) continue;
        if (part.kind === "subject" && /^chỉ đạo\b/iu.test(action)) directing = leads;
        // a body under a condition ("tỉnh nào chưa … thì cần …") acts in its own sentence only
        previous = part.kind === "subject" && !part.conditional ? { paragraph: sentence.paragraph, leads } : null;
        // "2. Chủ tịch UBND xã chỉ đạo:" / "Thường trực Tỉnh ủy kết luận, chỉ đạo như sau:" over items:
        // a lead-in that says who directs; the work is in its items
        if (part.kind === "subject" && introduces && clause.items.length && LEAD_IN_SIGN.test(action) && LEAD_IN.test(action)) continue;
        // a subject whose action assigns nothing: the next sentence inherits no lead
        if (part.kind === "subject" && (assignsNothing(action, leads, context.schedule) || speaksOnly(action, part, lines, context))) {
          previous = { paragraph: sentence.paragraph, leads: null };
          continue;
        }
      } else if (part.kind === "directing") {
        // "Đề nghị X lãnh đạo …; chỉ đạo Y …": X directs, as it acts in the part before
        leads = (before?.kind === "subject" || before?.kind === "trigger" ? before.leads : null) ?? directing ?? fallback;
        if (!hasAction(action)) continue;
      } else if (part.kind === "none") {
        const continued = previous?.paragraph === sentence.paragraph ? previous : null;
        const noTask = (NO_TASK_SIGN.test(action) && NO_TASK.test(action)) || APPROVAL.test(action);
        if (noTask) previous = { paragraph: sentence.paragraph, leads: null };
        // "Ông Y, Trưởng phòng …, trình bày …" (apposition unread), "Thời hạn giữ chức vụ là 05 năm …": a record, a statement
        if (speaksOnly(action, part, lines, context) || (STATEMENT_SIGN.test(action) && STATEMENT.test(action) && !DUTY_MODAL.test(action))) {
          previous = { paragraph: sentence.paragraph, leads: null };
          continue;
        }
        if (sentence.heading || noTask || isLogistics(action) || (OBSERVATION_SIGN.test(action) && OBSERVATION.test(action)) || isCaseRule(action) || isCaseRule(sentence.text) || isTitle(action) || (clause.items.length && introduces)) continue;
        // "Tình hình kinh tế - xã hội tiếp tục phục hồi …", "Kết quả đạt được …": how things stand, no
        // work (unless it states a duty, sets a limit or is sent on: "Kết quả … gửi về Sở Nội vụ")
        if (STATE_SUBJECT.test(action) && !DUTY_MODAL.test(action) && !SENT.test(action) && !part.reportTo.length && !findDeadline(action, { year: context.year, lines })) continue;
        // "Việc thiết lập … thực hiện trước ngày 15/02/2017": the limit of the task before it
        if (ACTIVITY_SUBJECT.test(action) && !DUTY_MODAL.test(action)) {
          limitOfPrevious(tasks, action, lines, context);
          continue;
        }
        // the clause's first line, standing alone without a full stop, over items: its title
        const overItems = clause.items.length > 0 && sentence.paragraph === 0 && sentences[index + 1]?.paragraph !== 0 && !/[.;!?…]\s*$/u.test(sentence.text);
        // a title over items (no full stop, no colon) names the area of work; the items carry it
        // ("1. Tăng cường sự lãnh đạo, chỉ đạo …" + "- …")
        const title = overItems && index === 0 && !introduces && !statesWork(action);
        if ((ASIDE_SIGN.test(action) && ASIDE.test(action)) || onlyAddresses(action) || topicOnly(action, overItems) || title) continue;
        if (continued && continued.leads === null) continue;
        // "Các viện nghiên cứu đẩy mạnh …": a subject of its own the lexicon cannot read does not take the
        // lead the clause inherits (a subject before it in the paragraph, "Các địa phương cần … Những nơi
        // … cần …", or the clause's own heading, still gives it)
        if (part.at === 0 && !continued?.leads && fallback === inherited && ownSubject(words)) continue;
        leads = continued?.leads ?? fallback;
      } else continue;
      if (!leads?.length || action === "" || onlyAgencies(wordsOf(sentence.text, words, from + start, from + end) ?? toWords(action)) || notAnAssignment(action)) continue;
      // "Tổng cục Thống kê có trách nhiệm:" + items: the items carry the work, they inherit the lead
      // (also when the colon is printed as a full stop: "2 - Sở … có trách nhiệm.")
      if (clause.items.length && DUTY_INTRO.test(action)) continue;
      // "Sở KHĐT chủ trì, phối hợp với các sở, ngành:" + items: they inherit the lead and its support
      if (clause.items.length && introduces && onlyCoordination(action, part.support)) {
        introSupport = part.support;
        continue;
      }
      const inheritedSupport = part.kind === "none" && !part.support.length && leads === fallback ? context.support : undefined;
      tasks.push(...makeTasks(inheritedSupport ? { ...part, support: [...inheritedSupport] } : part, action, leads, lines, context));
    }
    // the sentence that introduces the items: the clause's last, or one ending in ":" before a
    // stray paragraph (a line of the last item printed after it)
    if (introduces && named.length && (index === sentences.length - 1 || clause.items.length)) introLeads = named;
  });
  // items inherit who leads the clause: its heading, the actors of the sentence that introduces
  // them, else whoever does the clause's first task ("cần tiến hành …" inherited, before a
  // second subject "Các cơ quan … có nhiệm vụ …")
  const first = tasks[0]?.lead.map((a) => a.text);
  const inheritable = headingLead ?? introLeads ?? first ?? explicit[0] ?? fallback;
  const support = introLeads ? introSupport : inheritable === inherited ? context.support?.slice() : undefined;
  const headsSiblings = headingLead !== null && !clause.items.length && !clause.text.trim() && (clause.heading ?? "").trimEnd().endsWith(":");
  return { tasks, inheritable, ...(support?.length ? { support } : {}), ...(headsSiblings ? { headsSiblings } : {}) };
}

/** "chủ trì, phối hợp với các sở, ngành và địa phương": who leads and who supports, and no work named. */
function onlyCoordination(action: string, support: readonly string[]): boolean {
  const last = support[support.length - 1];
  if (!last || !/^(?:chủ[\s_]trì[\s_,]*)?phối[\s_]hợp(?:[\s_]+chặt[\s_]chẽ)?(?:[\s_]+với)?[\s_]/iu.test(action)) return false;
  const end = action.lastIndexOf(last);
  return end >= 0 && /^[\s:.,;]*$/u.test(action.slice(end + last.length));
}

/**
 * A sentence whose subject is an activity, not a body: "Việc thanh toán được thực hiện theo hồ sơ
 * thực tế …", "Việc quản lý, sử dụng và quyết toán thực hiện theo quy định …" — how a thing is
 * done (passive, actorless), not who must do it. It inherits no lead — unless it states a duty
 * ("Việc sắp xếp thôn, tổ dân phố phải bảo đảm …": a requirement on the clause's lead).
 */
const ACTIVITY_SUBJECT = /^việc\s/i;
/** A sentence whose subject is a state of things: "Tình hình …", "Kết quả …" (see above). */
const STATE_SUBJECT = /^(?:tình hình|kết quả)\s/i;
const SENT = /(?<![a-zà-ỹđ])(?:gửi|báo cáo|trình)(?![a-zà-ỹđ])/iu;
const DUTY_MODAL = /(?<![a-zà-ỹđ])(?:phải|cần)(?![a-zà-ỹđ])/iu;

/**
 * Asides that assign nothing themselves: a note ("Lưu ý: chỉ sau khi …", "Chú ý:", "Ghi chú:"),
 * an example ("Ví dụ minh họa trường hợp cụ thể:"), and form-filling instructions ("Ô 1: nhập …",
 * "Tiêu chí “Ghi chú 1”: Nhập …", "Cột 3: ghi …", and where a field is filled in: "Tiêu chí “Phương
 * tiện vận chuyển” chi tiết tại “Ghi chú”").
 */
const ASIDE_SIGN = /^(?:lưu ý|chú ý|ghi chú|ví dụ|chẳng hạn|ô|cột|dòng|chỉ tiêu|tiêu chí)/i;
const ASIDE = /^(?:(?:lưu ý|chú ý|ghi chú)\s*:|ví dụ(?![a-zà-ỹđ])|chẳng hạn(?![a-zà-ỹđ]))|^(?:ô|cột|dòng|chỉ tiêu|tiêu chí)\s+(?:số\s+)?(?:\d+[a-zđ]?|“[^”]{1,60}”|"[^"]{1,60}")\s*(?::|(?:nhập|ghi|khai|điền|chọn|(?:được\s+)?(?:chi tiết|nêu|ghi|thể hiện|xem)\s+(?:tại|ở|theo))(?![a-zà-ỹđ]))/iu;

/**
 * A topic line: "1. Đối với tờ khai xuất khẩu đủ điều kiện qua KVGS, container của tờ khai đã đưa
 * vào cảng nhưng có yêu cầu thay đổi …" over items a), b) names the case they deal with. It is
 * the clause's first line, alone and with no full stop, no subject after the fronted
 * phrase (that would be a subject part), no duty ("phải", "cần") and no main clause after a comma
 * that opens with a verb of the lexicon ("Đối với …, khẩn trương hoàn thành …" is work). A
 * sentence with a full stop is work even without a verb the lexicon knows ("Đối với hoạt động …
 * chỉ đạo giữ nguyên …, đồng thời quy định cụ thể …").
 */
const TOPIC = /^đối với(?![a-zà-ỹđ])/iu;
const NOT_WORK = phraseTable(["có", "đã", "sẽ", "vẫn", "cũng", "đều", "hiện nay", "cụ thể", "đặc biệt", "nhất là"]);

function topicOnly(action: string, overItems: boolean): boolean {
  return overItems && TOPIC.test(action) && !statesWork(action);
}

/** A duty ("phải", "cần"), or a main clause after a comma that opens with a verb of the lexicon. */
function statesWork(action: string): boolean {
  if (DUTY_MODAL.test(action)) return true;
  const words = toWords(action);
  for (let k = 2; k < words.length; k++) {
    if (![",", ":", ";"].includes(words[k - 1].f)) continue;
    if (matchPhrase(words, k, STOPS) > matchPhrase(words, k, NOT_WORK) && startsPredicate(words, k)) return true;
  }
  return false;
}

const ADDRESS = /[\w.%+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?:\/\/|www\.)[^\s;,]+/gi;
/** What `ADDRESS` cannot match without, tried first: it is slow to fail on a long action (a try at every letter). */
const ADDRESS_SIGN = /@|:\/\/|www\./i;

/** "thuydttl@customs.gov.vn; hoangnc@customs.gov.vn": the tail of an address list, not an action. */
function onlyAddresses(action: string): boolean {
  return ADDRESS_SIGN.test(action) && ADDRESS.test(action) && action.replace(ADDRESS, "").replace(/[\s;,.()]+/gu, "") === "";
}

/**
 * The sentence opens with a plural noun phrase of lower-case words ("Các viện nghiên cứu", "Những
 * cơ sở sản xuất tôm giống chưa …") that a verb of the lexicon follows in the active voice: a
 * subject of its own the lexicon has no head for, not whoever leads the clause. Not a row
 * ("Các vùng khác: …") nor a passive ("Các yêu cầu … cần được ghi …").
 */
function ownSubject(words: readonly Word[]): boolean {
  const det = matchPhrase(words, 0, PLURAL_OPENERS);
  if (!det) return bareSubject(words);
  if (!words[det]?.word || words[det].cap) return false;
  for (let k = det + 1; k < det + OWN_SUBJECT_MAX && words[k]; k++) {
    if (!words[k].word) return false;
    // "Các chủ rừng là tổ chức xây dựng …" (Luật Lâm nghiệp): "là" after the noun phrase ends it, narrowing it
    if (words[k].f === "là") return true;
    const verb = matchPhrase(words, k, STOPS);
    if (verb) return startsPredicate(words, k) && words[k + verb]?.f !== "được" && words[k + verb]?.f !== "bị";
  }
  return false;
}
const PLURAL_OPENERS = phraseTable(["các", "những"]);
const OWN_SUBJECT_MAX = 8;

/**
 * "Nhà trường chủ động bố trí …", "Ký túc xá phải bảo đảm …": a noun of a few words, opening the sentence
 * capitalised (no verb of the lexicon), then a modal or an adverb that only opens a predicate: a subject
 * of its own the lexicon cannot read, which takes no inherited lead either.
 */
function bareSubject(words: readonly Word[]): boolean {
  if (!words[0]?.cap || matchPhrase(words, 0, STOPS) || matchPhrase(words, 0, ADVERBIALS)) return false;
  for (let k = 1; k <= BARE_SUBJECT_MAX && words[k]; k++) {
    if (!words[k].word || words[k].cap) return false;
    if (matchPhrase(words, k, SUBJECT_FOLLOWERS)) return true;
    if (matchPhrase(words, k, STOPS)) return false;
  }
  return false;
}
const BARE_SUBJECT_MAX = 3;
/** Words that open a sentence before its predicate, no subject: "Đồng thời tiếp tục …", "Ở cấp xã cần …". */
const ADVERBIALS = phraseTable([
  "ở", "đồng thời", "ngoài ra", "mặt khác", "bên cạnh đó", "riêng", "hiện nay", "trước mắt", "sau đó", "từ nay", "tiếp theo",
  "cùng với", "trong đó", "theo đó", "do đó", "vì vậy", "tuy nhiên", "mỗi năm", "hằng năm", "hàng năm", "nay",
]);
/** What follows a subject, never a verb's object: the modals and the adverbs of a predicate's start. */
const SUBJECT_FOLLOWERS = phraseTable(["có trách nhiệm", "chịu trách nhiệm", "phải", "cần", "chủ động", "tiếp tục", "khẩn trương", "tích cực", "nghiêm túc"]);

/** The time limit an activity sentence sets, given to the task before it when that has none. */
function limitOfPrevious(tasks: Task[], action: string, lines: [number, number], context: TaskContext): void {
  const last = tasks[tasks.length - 1];
  if (!last || last.deadline) return;
  const deadline = findDeadline(action, { year: context.year, lines });
  if (deadline) tasks[tasks.length - 1] = { ...last, deadline };
}

/**
 * A subject's action that assigns nothing: "Sở Y tế đã triển khai …" (what was done is narrated);
 * "Ban Thường vụ Thành ủy cơ bản thống nhất với báo cáo …" (an approval); "Đồng chí Bí thư Tỉnh ủy
 * dự Hội nghị …", "Đồng chí … làm việc với Đảng ủy xã …" (a weekly schedule: an office holder's
 * own appointment — asked of him after "Giao / Đề nghị", it is work; under a schedule's day, whoever
 * it names, and chairing a meeting or going to inspect too: "Thường trực Tỉnh ủy tiếp công dân"); "… do đồng chí Phó Chủ tịch UBND
 * huyện làm Trưởng ban", "Ban Chỉ đạo gồm 12 thành viên" (a role, a body's composition, as a "Thành
 * phần … gồm" heading names them).
 */
function assignsNothing(action: string, leads: readonly string[], schedule = false): boolean {
  return (
    NARRATED.test(action) ||
    APPROVAL.test(action) ||
    namesRole(action) ||
    (COMPOSITION_SIGN.test(action) && COMPOSITION.test(action)) ||
    (APPOINTMENT_SIGN.test(action) && APPOINTMENT.test(action) && (schedule || leads.every((l) => COMRADE.test(l)))) ||
    (schedule && ENGAGEMENT_SIGN.test(action) && ENGAGEMENT.test(action))
  );
}

/**
 * A speaker's turn at a meeting (a Thông báo kết luận's "Ý kiến tại cuộc họp", a Biên bản): "Đồng chí
 * X, Phó Giám đốc Sở, phát biểu …", "Ông Y, Trưởng phòng, trình bày …", "Đại diện Sở Y tế nêu ý kiến
 * …", "Các đại biểu thảo luận …", "Sở Tài chính góp ý tại hội nghị …" record what was said, no work.
 * Asked for ("Giao / Đề nghị X góp ý …": a trigger, not read here), or with a limit or an addressee
 * ("Các phòng góp ý dự thảo …, gửi về Sở trước ngày …"), it is work. "góp ý" alone is a request for
 * comments: a speaking turn only "tại / trong" a meeting. An apposition left unread before the verb
 * ("Ông Y, Trưởng phòng Quy hoạch, trình bày …") is a person's: "ông / bà / đồng chí" + name, titles;
 * so is a body's representative the lexicon leaves unread ("Đại diện Sở Y tế nêu ý kiến …").
 */
export const SPEECH_SIGN = /phát biểu|trình bày|nêu|thảo luận|góp ý/i;
export const SPEECH = /^(?:(?:ông|bà|đồng chí|đ\/c)\s[^,;.:]{2,40},[^;.:]{0,80}?,\s*|(?:đại diện|lãnh đạo)\s[^,;.:]{2,60}?\s)?(?:phát biểu|trình bày|nêu(?: lên)? (?:ý kiến|kiến nghị)|thảo luận|góp ý(?: kiến)?\s+(?:tại|trong)\s+(?:hội nghị|cuộc họp|buổi|phiên|kỳ họp|hội thảo|tọa đàm))(?![\p{L}\p{M}])/iu;
const SENT_ON = /(?<![a-zà-ỹđ])gửi(?![a-zà-ỹđ])/iu;
function speaksOnly(action: string, part: SentencePart, lines: [number, number], context: TaskContext): boolean {
  if (!SPEECH_SIGN.test(action) || !SPEECH.test(action)) return false;
  return !part.reportTo.length && !SENT_ON.test(action) && !findDeadline(action, { year: context.year, lines });
}

/**
 * "Thời hạn giữ chức vụ là 05 năm kể từ ngày …", "Nhiệm kỳ của Ban là 05 năm": a noun phrase, "là",
 * a span or a count — a statement of what the decision sets, no duty (unless "phải / cần" says one);
 * it takes no lead from the sentence before it, and the sentence after takes none from it.
 */
export const STATEMENT_SIGN = /\slà\s/i;
export const STATEMENT = /^[^,;:]{2,60}?\slà\s+(?:\d|(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?:năm|tháng|ngày|tuần|người|thành viên)|(?:từ|trong|đến)\s+(?:ngày|năm|tháng|\d))/iu;

/** An office holder's appointment: attending a meeting, working with a body, receiving, a visit or a trip. */
// the signs in plain `i` (cheap to compile, as every sign here): the costly `iu` pattern is compiled
// only for an action that opens as an appointment does ("tiếp" alone would admit every "tiếp tục")
const APPOINTMENT_SIGN = /^(?:tham dự|dự |dự,|làm việc|tiếp (?:công|đoàn|khách|xúc)|đi (?:công tác|thăm|dự)|thăm)/i;
const APPOINTMENT = /^(?:(?:đi )?(?:tham )?dự(?:,? (?:và )?(?:chỉ đạo|phát biểu)(?: tại)?)? (?:hội nghị|cuộc họp|họp|lễ|buổi|đại hội|chương trình|phiên|kỳ họp|hội thảo|tọa đàm)|làm việc (?:với|tại)|tiếp (?:công dân|đoàn|khách|xúc cử tri)|đi công tác|(?:đi )?(?:thăm|thăm và làm việc|thăm, làm việc) (?:với|tại))(?![\p{L}\p{M}])/iu;
/**
 * A schedule's engagements beyond those: chairing a meeting, going to inspect or survey. Elsewhere
 * they are work given ("Đồng chí Phó Chủ tịch … chủ trì hội nghị" in a plan names who chairs it).
 */
const ENGAGEMENT_SIGN = /^(?:chủ trì (?:họp|hội|cuộc|buổi|phiên|kỳ)|đi (?:kiểm tra|khảo sát))/i;
const ENGAGEMENT = /^(?:chủ trì (?:họp|hội nghị|cuộc họp|buổi làm việc|buổi họp|phiên họp|kỳ họp|hội thảo|tọa đàm)|đi (?:kiểm tra|khảo sát))(?![\p{L}\p{M}])/iu;
const COMRADE = /^(?:đồng chí|đ\/c)\s/iu;

/** "làm Trưởng ban", "làm Phó Trưởng ban Thường trực", "làm Tổ trưởng": a role in a body, then its capitalised name at most, to the clause's end. */
const ROLE = /^làm\s+(?:phó\s+)?(?:trưởng ban|trưởng tiểu ban|tổ trưởng|tổ phó|trưởng đoàn|trưởng nhóm|chủ tịch|chủ nhiệm|ủy viên|thành viên|thư ký|thường trực)(?![\p{L}\p{M}])/iu;
const ROLE_SIGN = /^làm\s/i;
function namesRole(action: string): boolean {
  const role = ROLE_SIGN.test(action) ? ROLE.exec(action) : null;
  if (!role) return false;
  // "làm Trưởng ban chỉ đạo việc triển khai": a lower-case word after the role is work
  const rest = action.slice(role[0].length).split(/[,;.]/)[0].trim();
  return rest.split(/\s+/).every((w) => w === "" || /^(?:thường|trực)$/u.test(w) || w[0] !== w[0].toLowerCase());
}
/** "gồm 12 thành viên", "gồm các đồng chí", "gồm:": an action that opens with a composition. */
const COMPOSITION = /^gồm(?:\s+(?:\d+|có|các|những)(?![\p{L}\p{M}])|\s*:)/iu;
const COMPOSITION_SIGN = /^gồm/i;

/** "NGUYÊN TẮC, YÊU CẦU SẮP XẾP THÔN, TỔ DÂN PHỐ": a section title in capitals, not an action. */
function isTitle(action: string): boolean {
  // a-z change in upper case: most actions are ruled out here, before a copy of the whole text
  if (/[a-z]/.test(action)) return false;
  return HAS_UPPER.test(action) && action === action.toUpperCase();
}

/** "Phó Thủ tướng Chính phủ Phạm Thị Thanh Trà." (a member list of a Quyết định): names, no action. */
function onlyAgencies(action: readonly Word[]): boolean {
  const words = action.filter((w) => w.f !== "." && w.f !== ";");
  const list = readAgencyList(words, 0, { names: true });
  return list !== null && list.end === words.length;
}

/** An action that only announces duties listed below it. */
const DUTY_INTRO = /^(?:(?:cần|phải|tập trung|khẩn trương|tiếp tục)\s+)*(?:(?:cụ thể hóa|tổ chức|triển khai|thực hiện|làm tốt)(?:\s+và)?\s+)+(?:tốt\s+)?(?:các|những|một số)\s+(?:công việc|việc|nhiệm vụ|nội dung|giải pháp|biện pháp)(?:\s+(?:cụ thể|chủ yếu|trọng tâm|chính))?(?:\s+(?:sau|như sau|sau đây))+\s*:?$|^(?:có|chịu) trách nhiệm(?: thực hiện)?(?: (?:các|những) (?:nhiệm vụ|việc|nội dung))?(?: (?:sau|như sau|cụ thể))?\s*:?$|^có (?:các )?nhiệm vụ(?: (?:sau|như sau))?\s*:?$|^thực hiện (?:các|những|một số) (?:nhiệm vụ|nội dung)(?: (?:sau|như sau|cụ thể|sau đây))*\s*:?$/iu;

/**
 * Structure that names people or restates the standard, not work to do: a member of a list given
 * as a count and a title ("01 Phó Trưởng ban Ban Tổ chức Trung ương"), a body's working rule or its
 * own end ("tự giải thể sau khi hoàn thành nhiệm vụ"), and the closing formula of a decision ("…
 * chịu trách nhiệm thi hành Quyết định này").
 */
export function notAnAssignment(action: string): boolean {
  return (
    (COURTESY_SIGN.test(action) && COURTESY.test(action)) || (startsWithDigit(action) && COUNTED_TITLE.test(action)) || MARKER_ONLY.test(action) || (WORKING_RULE_SIGN.test(action) && WORKING_RULE.test(action)) ||
    (SELF_END_SIGN.test(action) && SELF_END.test(action)) || (MENTIONS_NAY.test(action) && closingFormula(action)) ||
    (ON_THE_DECISION_SIGN.test(action) && ON_THE_DECISION.test(action)) ||
    (action.charCodeAt(0) === 0x28 && BRACKETED_NOTE.test(action)) || (MENTIONS_NAY.test(action) && ACT_SIGN.test(action) && THE_ACT_ITSELF.test(action))
  );
}

/** "(Có dự thảo Quyết định kèm theo).", "(Gửi kèm theo Báo cáo số 12/BC-SNV)": a sentence wholly in brackets is a note. */
const BRACKETED_NOTE = /^\([^()]*\)[\s.;]*$/;
/**
 * "Chỉ thị này được phổ biến đến chi bộ.", "Kết luận này thay thế …", "Quy định này có hiệu lực …": a
 * sentence whose subject is the document itself (HD 36's dissemination formula) rules on the act; it
 * assigns nothing, whatever its verb, and takes no lead from the clause it is printed in.
 */
const ACT_SIGN = /^(?:chỉ|kết|nghị|quy|thông|kế|hướng|chương|công|đề|điều)/i;
const THE_ACT_ITSELF = /^(?:chỉ thị|kết luận|nghị quyết|quy định|quyết định|thông báo|kế hoạch|hướng dẫn|quy chế|chương trình|thông tư|nghị định|công văn|đề án|điều lệ)\s+này(?![\p{L}\p{M}])/iu;

/**
 * The two closing formulas end with "… này": `MENTIONS_NAY` first, so that they (~0.9 ms to
 * compile at start-up, `iu`) are compiled only for an action that could be one. Plain `i` folds
 * these letters as `iu` does.
 */
const MENTIONS_NAY = /này/i;
function closingFormula(action: string): boolean {
  return (
    (EXECUTES_SIGN.test(action) && /chịu trách nhiệm thi hành (?:Quyết định|Nghị quyết|Chỉ thị|Thông tư|Nghị định)\s+này/iu.test(action)) ||
    (EXECUTION_SIGN.test(action) && ENDS_WITH_NAY.test(action) && EXECUTION_FORMULA.test(action))
  );
}
const EXECUTES_SIGN = /chịu trách nhiệm thi hành/i;
/** `EXECUTION_FORMULA` holds its verb and ends so (plain `i` folds these letters as `iu` does). */
export const EXECUTION_SIGN = /(?:thực|thi)[\s_](?:hiện|hành)/i;
const ENDS_WITH_NAY = /này[\s./]*$/i;

/** "(Các tỉnh, thành đoàn, … ) căn cứ Quyết định thi hành./.": the execution formula of a Party or Đoàn decision (HD 36). */
/** Its sign: up to the decision's name, so that the pattern (`iu`) is compiled for what could be one only; plain `i` folds these letters as `iu` does. */
export const ON_THE_DECISION_SIGN = /^căn cứ (?:quyết định|nghị quyết|chỉ thị|quy định)/i;
export const ON_THE_DECISION = /^căn cứ (?:Quyết định|Nghị quyết|Chỉ thị|Quy định)(?:\s+này)? (?:thi hành|thực hiện)[./\s]*$/iu;

/** "3", "4.4.", "II": what is left of a marker when flattened text glues the next point to a sentence. */
const MARKER_ONLY = /^(?:\d{1,3}|[IVX]{1,5})(?:\.\d{1,3})*\.?$/u;

/** "(… yêu cầu các sở, ngành) tổ chức thực hiện nghiêm túc Chỉ thị này": the closing formula, nothing beyond the document itself. */
export const EXECUTION_FORMULA = /^(?:(?:có trách nhiệm|khẩn trương|nghiêm túc|tổ chức|triển khai|chỉ đạo)[\s_,]+)*(?:thực[\s_]hiện|thi[\s_]hành)(?:[\s_]+(?:nghiêm[\s_]túc|nghiêm|tốt|có[\s_]hiệu[\s_]quả))?[\s_]+(?:các[\s_]+nội[\s_]+dung[\s_]+(?:của[\s_]+)?)?(?:quyết[\s_]định|nghị[\s_]quyết|chỉ[\s_]thị|thông[\s_]tư|kế[\s_]hoạch|công[\s_]văn|thông[\s_]báo|văn[\s_]bản|hướng[\s_]dẫn)[\s_]+này[\s./]*$/iu;

/** Constants: the build (esbuild, target node20) turns a `\p{…}` literal into a `new RegExp(…)` made at every call. */
const HAS_UPPER = /\p{Lu}/u;
const COUNTED_TITLE = /^\d{1,2}\s+\p{Lu}/u;
/** `COUNTED_TITLE` opens so (tested first: its `\p{Lu}` is slow to compile at start-up). */
const startsWithDigit = (text: string): boolean => text.charCodeAt(0) >= 0x30 && text.charCodeAt(0) <= 0x39;

/**
 * "(Bảo hiểm xã hội tỉnh) rất mong nhận được sự phối hợp …", "Trân trọng cảm ơn./.", "(Sở …) trân
 * trọng kính mời …": the courtesy that closes a letter or an invitation, whoever says it.
 */
const COURTESY = /^(?:(?:rất|kính|trân trọng|xin|chân thành)\s+)*(?:mong(?! đợi)|cảm ơn|cám ơn)(?![a-zà-ỹđ])|^(?:trân trọng\s+)?kính mời(?![a-zà-ỹđ])|^trân trọng mời(?![a-zà-ỹđ])/iu;
const COURTESY_SIGN = /^(?:(?:rất|kính|trân trọng|xin|chân thành)\s+)*(?:mong|cảm ơn|cám ơn|mời)/i;

/** "(Ban Chỉ đạo) làm việc theo nguyên tắc tập trung dân chủ": how a body works, set by its statute. */
const WORKING_RULE_SIGN = /^(?:làm việc|hoạt động) theo/i;
const WORKING_RULE = /^(?:làm việc|hoạt động) theo (?:nguyên tắc|chế độ|quy chế)/iu;

/**
 * "(Tổ công tác) tự giải thể sau khi hoàn thành nhiệm vụ", "(Ban Chỉ đạo) chấm dứt hoạt động khi
 * hoàn thành nhiệm vụ", "(Quyết định) có hiệu lực …": what happens to a body or an act by the
 * decision itself (its end, its force), set by the document — not work assigned to it. An order
 * to stop something ("Các cơ sở chấm dứt hoạt động kinh doanh trái phép") is still work: only
 * "tự" or the completion of its remit makes the end a rule.
 */
const SELF_END_SIGN = /^(?:tự|giải thể|chấm dứt|[k\u212a]ết thúc|hết|có hiệu lực)/i;
const SELF_END = /^(?:(?:tự|tự động)\s+(?:giải thể|chấm dứt hoạt động|kết thúc hoạt động|chấm dứt nhiệm vụ)|(?:giải thể|chấm dứt hoạt động|kết thúc hoạt động|hết nhiệm vụ)\s+(?:sau khi|khi)\s+(?:hoàn thành|kết thúc|thực hiện xong)|(?:có|hết|chấm dứt) hiệu lực)(?![\p{L}])/iu;

/** "Chỉ đạo Công an Thành phố:" directs and stops: its content is in the items below. */
function hasAction(action: string): boolean {
  const words = toWords(action);
  const list = readAgencyList(words, 2);
  return !list || words.slice(list.end).some((w) => w.word);
}

/** `DUTIES_OF`'s opening words, tried first (as the signs above). */
const DUTIES_OF_SIGN = /^(?:nhiệm vụ|trách nhiệm)/i;
const DUTIES_OF = /^(?:nhiệm vụ|trách nhiệm)(?:(?:,| và) (?:nhiệm vụ|quyền hạn|trách nhiệm))*(?: cụ thể)? (?:của|đối với) /iu;

const TITLE_WORDS_MAX = 20;
/** Verbs that make a line a sentence, not a name, wherever they stand in it. */
const MAIN_VERBS = phraseTable([
  "thực hiện", "triển khai", "có trách nhiệm", "chịu trách nhiệm", "chủ trì", "phối hợp", "chỉ đạo", "xây dựng", "tiếp tục",
  "tăng cường", "khẩn trương", "báo cáo", "rà soát", "đẩy mạnh", "hướng dẫn", "tổ chức", "ban hành",
]);

/**
 * "3. Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội", "2. Các tổ chức thành viên của
 * MTTQ xã" over items: a line that is nothing but a body's name, printed without a colon or a
 * full stop, heads the duties below it. A generic body ("Cán bộ", "Các tổ chức") takes the
 * words after it as its qualifier; a named one ("Sở Y tế") must not be followed by a verb of the
 * lexicon, and no main verb may stand anywhere in the line (that makes it a sentence).
 */
function agencyTitle(text: string): string[] | null {
  const line = text.trim();
  if (!line || /[.;:!?…,]$/u.test(line) || line.includes("\n") || moreWordsThan(line, TITLE_WORDS_MAX) || !mayOpenAgency(firstWordOf(line))) return null;
  const words = toWords(line);
  if (words.length > TITLE_WORDS_MAX) return null;
  const list = readAgencyList(words, 0);
  if (!list) return null;
  if (list.end === words.length) return namesOf(line, words, list);
  if (list.items.length > 1 || DUTY_MODAL.test(line)) return null;
  const [first] = list.items;
  const named = words.slice(first.from + 1, first.to).some((w) => w.cap);
  // "Vụ Các vấn đề chung về xây dựng pháp luật": a named body's field after "về" is still its name
  const field = words[list.end].f === "về";
  if (named && !field && matchPhrase(words, list.end, STOPS)) return null;
  for (let k = list.end; k < words.length; k++) if ((!words[k].word && words[k].f !== ",") || (!field && matchPhrase(words, k, MAIN_VERBS))) return null;
  return [line];
}

/** "Đối với các sở, ngành:" — the addressees of the points below (not "Đối với tờ khai …:", a topic). */
// "2. Đề nghị Ủy ban MTTQ Việt Nam xã và các đoàn thể" (over a plain paragraph): the trigger before the names
const ADDRESSED = /^(?:đối[\s_]với|(?:kính\s+)?đề\s+nghị|giao(?:\s+cho)?|yêu\s+cầu)\s+/i;
const QUALIFIER_MAX = 8;

/** "Công an Thành phố:" — a heading that is nothing but agencies names the clause's lead. */
export function agencyHeading(heading: string | null): string[] | null {
  if (!heading) return null;
  // "Nhiệm vụ của Ban Chỉ đạo:", "Trách nhiệm của các sở, ngành": the body whose duties follow
  const unmarked = heading.replace(/:\s*$/, "");
  const text = DUTIES_OF_SIGN.test(unmarked) ? unmarked.replace(DUTIES_OF, "") : unmarked;
  const addressed = ADDRESSED.exec(text);
  const rest = addressed ? text.slice(addressed[0].length) : text;
  if (!mayOpenAgency(firstWordOf(rest))) return null;
  const words = toWords(rest);
  const list = readAgencyList(words, 0);
  if (!list) return null;
  if (list.end !== words.length) {
    // "Đối với các tỉnh nuôi tôm trọng điểm:", "Chủ tịch UBND các xã, phường ven biển:": a body and
    // what sets it apart, no verb, no preposition
    const tail = words.slice(list.end);
    if (list.items.length > 1 || tail.length > QUALIFIER_MAX || tail.some((w, k) => !w.word || matchPhrase(words, list.end + k, STOPS))) return null;
    return [rest.trim()];
  }
  return namesOf(rest, words, list);
}

/**
 * Rows with no lead row ("* Thời gian thực hiện: …", "- Đơn vị phối hợp: …") under work whose
 * text or points name who does it ("- Văn phòng Đảng ủy chuẩn bị …", "1. Tổ chức hội nghị" /
 * "Văn phòng Đảng ủy chuẩn bị …"): the clause and its points are read as usual and the rows set
 * the limit (and the support) of each of their tasks that has none — the standard shape of Party
 * and mass-organisation plans, each content item ending "- Thời gian thực hiện: …". Rows under
 * the clause's text alone, which names no actor of its own, stay the row form (null here).
 */
function limitedTasks(clause: Clause, rows: RowsOfClause, inherited: string[] | null, context: TaskContext): ClauseTasks | null {
  if (!rows.limitOnly && !clause.items.every(isBareRow)) return null;
  const own = clauseTasks(withoutRows(clause, rows), inherited, context);
  const named = own.tasks.some((t) => inherited === null || t.lead.length !== inherited.length || t.lead.some((a, k) => a.text !== inherited[k]));
  if (!rows.limitOnly && !named) return null;
  const lines: [number, number] = [clause.lines[0], clause.lines[1]];
  const limit: RowLimit = {
    deadline: rows.deadline === null ? null : readTimeCell(rows.deadline, { year: context.year, lines }),
    support: rows.support ? agenciesIn(rows.support).map((text) => ({ text, normalized: normalizeAgency(text) })) : [],
  };
  return { ...own, tasks: own.tasks.map((t) => underLimit(t, limit)), rowLimit: limit };
}

/** A task under a row limit: the row's deadline and support where it has none of its own. */
function underLimit(task: Task, limit: RowLimit): Task {
  return { ...task, deadline: task.deadline ?? limit.deadline, support: task.support.length ? task.support : limit.support };
}

/** The items' tasks under their clause's row limit, at every depth. */
export function limitItems(items: readonly Clause[], limit: RowLimit): Clause[] {
  return items.map((item) => ({ ...item, tasks: item.tasks?.map((t) => underLimit(t, limit)), items: limitItems(item.items, limit) }));
}

/** A plan's task with its rows: the clause's own words are the action, the rows say who and when. */
function rowTask(clause: Clause, rows: RowsOfClause, inherited: string[] | null, context: TaskContext): Task[] {
  const action = trimAction([clause.heading, rows.text].filter(Boolean).join(" "));
  const leads = rows.lead ? agenciesIn(rows.lead) : inherited;
  if (!action || !leads?.length) return [];
  const lines: [number, number] = [clause.lines[0], clause.lines[1]];
  const agencies = (texts: readonly string[]) => texts.map((text) => ({ text, normalized: normalizeAgency(text) }));
  const deadline = rows.deadline === null ? null : readTimeCell(rows.deadline, { year: context.year, lines });
  return [{ action, lead: agencies(leads), support: agencies(rows.support ? agenciesIn(rows.support) : []), deadline, reportTo: [], lines }];
}

/**
 * The agencies a row names, as printed: "Vụ Pháp chế, Văn phòng Bộ" → two; a comma or "và" before
 * a capital or "các"/"những" opens the next body, other commas stay inside a group or a name
 * ("Các sở, ban, ngành", "Vụ Pháp luật hình sự - hành chính"); a "và" goes on with the name
 * when no body follows it ("… phụ trách lĩnh vực Giám sát và Phản biện xã hội").
 */
const agenciesIn = remember(readAgenciesIn, 256);

/**
 * (Read once per cell text: the same lead and support cells come back row after row of a plan's
 * table — three cells in four read are one read before — and a cell's reading costs tens of µs.)
 */
function readAgenciesIn(value: string): readonly string[] {
  // "Văn phòng HĐND và UBND xã", "Phòng Kinh tế, Hạ tầng và Đô thị": no cut inside a name the name
  // reader reads whole, as it reads the same names in a sentence
  const names = nameSpans(value);
  const parts: string[] = [];
  let from = 0;
  for (const m of value.matchAll(BODY_SEPARATOR)) {
    const next = m.index + m[0].length;
    // ("… UBND xã và Công an xã": where the name reader ends one body and opens the next, "và" cuts too)
    if (m[0].trim() === "và" && !opensBody(value.slice(next)) && !names.some(([start]) => start === next)) continue;
    // (a comma before a head of its own still opens the next body: "Bộ Y tế, Cơ quan …", "…, Bộ, ngành")
    if (names.some(([start, end]) => start < m.index && next < end) && (m[0].trim() === "và" || !mayOpenAgency(firstWordOf(value.slice(next))))) continue;
    parts.push(value.slice(from, m.index));
    from = next;
  }
  parts.push(value.slice(from));
  return parts.map((part) => withoutPredicate(part.replace(/[\s.,]+$/u, "").trim())).filter(Boolean);
}

/** Where the names the name reader finds at the cell's start lie in it: [start, end) of each. */
function nameSpans(value: string): Array<[number, number]> {
  if (!mayOpenAgency(firstWordOf(value), true)) return [];
  const words = toWords(value);
  const list = readAgencyList(words, 0, { names: true });
  return list ? list.items.map((it) => [words[it.from].start, words[nameEnd(it) - 1].end]) : [];
}

/** Where a row's next body may start: ";", or "," / "và" before a capital or "các"/"những". */
const BODY_SEPARATOR = /\s*;\s*|\s*,\s*(?=\p{Lu}|(?:các|những)\s)|\s+và\s+(?=\p{Lu}|(?:các|những)\s)/gu;

/** After "và": another body ("Văn phòng Bộ"), not the rest of a name ("(Thương binh và) Xã hội", "(Giám sát và) Phản biện xã hội"). */
function opensBody(rest: string): boolean {
  const words = toWords(rest);
  return !matchPhrase(words, 0, DESCRIPTORS) && readAgency(words, 0, { continuation: true }) !== null;
}

/** What a lead does, printed after it in its row; other verbs may belong to a name ("Cục Trợ giúp pháp lý"). */
const ROW_PREDICATES = phraseTable([
  "đôn đốc", "hướng dẫn", "chủ trì", "thực hiện", "triển khai", "theo dõi", "tham mưu", "phối hợp", "chịu trách nhiệm", "có trách nhiệm",
]);

/** "Sở Thông tin và Truyền thông đôn đốc, hướng dẫn các đơn vị …": the body, without what it does. */
function withoutPredicate(part: string): string {
  if (!mayOpenAgency(firstWordOf(part), true)) return part;
  const words = toWords(part);
  const list = readAgencyList(words, 0, { names: true });
  if (!list || list.end >= words.length || !matchPhrase(words, list.end, ROW_PREDICATES)) return part;
  return part.slice(0, words[list.end - 1].end);
}

/** The first letters of a fronted time phrase ("Hằng tháng,", "Định kỳ …,", "Trong tháng …,"): a cheap test before reading the words. */
const TIME_SIGN = /^(?:h[ằà]ng|định|trong|trước|chậm|từ)\s/i;

export function makeTasks(part: SentencePart, action: string, leads: string[], lines: [number, number], context: TaskContext): Task[] {
  const { pieces, enumerated } = piecesOf(action, { year: context.year, lines });
  // "Hằng tháng, Phòng 7 báo cáo …": the time fronted before the subject, when the action names none
  // (or opening the action when no subject follows it: "Hằng tháng, báo cáo kết quả về …")
  const opening = part.fronted || !TIME_SIGN.test(action) || !pieces.every(([, limit]) => limit === null) ? null : frontedTime(action);
  const time = part.fronted ? { fronted: part.fronted, rest: action } : opening;
  const fronted = time && pieces.every(([, limit]) => limit === null) ? frontedDeadline(time.fronted, time.rest, { year: context.year, lines }) : null;
  if (fronted) for (const piece of pieces) piece[1] = fronted;
  return tasksOfPieces(pieces, enumerated, part, leads, lines);
}

/**
 * An action as the pieces that are one task each, with their limits: the items of an enumeration
 * ("(1) …; (2) …"), which share the action's limit, else the action cut at its limits (byDeadline).
 */
export function piecesOf(action: string, context: DeadlineContext): { pieces: Array<[string, Deadline | null]>; enumerated: boolean } {
  const enumerated = splitEnumeration(action);
  if (!enumerated) return { pieces: byDeadline(action, context), enumerated: false };
  const deadline = findDeadline(action, context);
  return { pieces: enumerated.map((one) => [one, deadline]), enumerated: true };
}

/**
 * The tasks of an action's pieces: the items of an enumeration share all the part's partners and
 * addressees; a piece cut at a limit keeps those it concerns (supportOfPiece, reportOfPiece).
 */
export function tasksOfPieces(
  pieces: ReadonlyArray<readonly [string, Deadline | null]>,
  enumerated: boolean,
  part: Pick<SentencePart, "support" | "reportTo">,
  leads: string[],
  lines: [number, number],
): Task[] {
  const agencies = (texts: string[]) => texts.map((text) => ({ text, normalized: normalizeAgency(text) }));
  return pieces.map(([one, limit]) => {
    const given = enumerated ? part.reportTo : reportOfPiece(part.reportTo, one, pieces);
    const reportTo = given.length ? given : sentTo(one);
    return {
      action: one,
      lead: agencies(leads),
      support: agencies(enumerated ? part.support : supportOfPiece(part.support, one, limit, pieces)),
      deadline: limit,
      reportTo: agencies(reportTo),
      ...viaOf(reportTo, one),
      lines,
    };
  });
}

/**
 * "gửi về Sở Nội vụ", "gửi kết quả, số liệu về UBND xã (qua …)":
 * what is sent up is a report (or, with nothing named, the work's own product), so the body it
 * goes to is whom the task reports to — as "gửi báo cáo về X" and "báo cáo … về X" already are.
 * Not a dossier or a document sent for some other end ("gửi hồ sơ về Sở Tư pháp để thẩm định",
 * "gửi văn bản hướng dẫn về các xã"), nor a list of delegates sent to the organiser (a
 * registration: "gửi danh sách đại biểu về Sở Nội vụ"; readers of three probes wrote no reportTo
 * there), nor "trình X" (a submission, README).
 */
const SENT_UP = /(?<![\p{L}\p{M}])gửi(?:\s+(?:lại|kịp thời|trực tiếp))?\s+(?:(?:(?:các|toàn bộ|bản)\s+)?(?:báo cáo|kết quả|số liệu|thông tin|ý kiến|dữ liệu|biểu tổng hợp|bảng tổng hợp|bản tổng hợp)(?![\p{L}\p{M}])[^;:()]{0,80}?\s)?(?:về|lên)\s+(?=\S)/iu;
const SENT_UP_SIGN = /gửi/i;

/** The body a piece sends its report up to ("… gửi về Phòng Nông nghiệp và Môi trường huyện …"), or none. */
function sentTo(piece: string): string[] {
  if (!SENT_UP_SIGN.test(piece)) return [];
  const m = SENT_UP.exec(piece);
  if (!m) return [];
  const at = m.index + m[0].length;
  const words = toWords(piece);
  const k = words.findIndex((w) => w.start >= at);
  if (k < 0) return [];
  const list = readAgencyList(words, k, { names: true, cutAtSubject: true });
  return list ? namesOf(piece, words, list).filter((to) => !DOCUMENT_NOUN.test(to)) : [];
}

/**
 * A kind of document: what is sent, never to whom ("gửi báo cáo về Kế hoạch …" is about the plan) —
 * a body's name opens with its own head noun (Ban, Sở, Ủy ban …), as in "Ban Quản lý dự án". (After
 * "báo cáo" the report reader itself tells the document reported from its addressee: sentence-parts.)
 */
const DOCUMENT_NOUN = /^(?:đề án|dự án|kế hoạch|báo cáo|tờ trình|dự thảo|phương án|chương trình|quy chế|quy định|văn bản|công văn|quyết định|nghị quyết|hướng dẫn|thông báo)(?![\p{L}\p{M}])/iu;

/**
 * The desks a report goes through: "(qua X)" right after its addressee ("báo cáo kết quả về UBND
 * tỉnh (qua Sở Nội vụ)", "(thông qua Văn phòng UBND tỉnh)") — the office that receives and
 * consolidates it. `{ via }` when one is printed, else nothing (the field is optional).
 */
function viaOf(reportTo: readonly string[], piece: string): { via?: Array<{ text: string; normalized: string }> } {
  const via: string[] = [];
  for (const to of reportTo) {
    const at = piece.indexOf(to);
    if (at < 0) continue;
    const through = VIA.exec(piece.slice(at + to.length));
    if (through) for (const name of agenciesIn(through[1])) if (!via.includes(name)) via.push(name);
  }
  return via.length ? { via: via.map((text) => ({ text, normalized: normalizeAgency(text) })) } : {};
}
const VIA = /^\s*\(\s*(?:thông\s+)?qua\s+([^()]+?)\s*\)/iu;

/**
 * The addressees of the report in a piece of an action cut at its limits: none in a piece that
 * reports nothing while another piece names them ("tổ chức quán triệt …, hoàn thành trước ngày
 * 30/4; | báo cáo kết quả về Ban Thường vụ … trước ngày 10/5"); a piece that reports ("báo cáo
 * tổng thể … trước ngày 05/7") keeps them, named or not.
 */
function reportOfPiece(reportTo: string[], piece: string, pieces: ReadonlyArray<readonly [string, unknown]>): string[] {
  if (pieces.length < 2 || reportTo.length === 0 || REPORTS.test(piece)) return reportTo;
  return reportTo.filter((r) => !pieces.some(([other]) => other !== piece && other.includes(r)));
}
const REPORTS = /báo cáo|gửi|tổng hợp/iu;

/**
 * The partners in a piece of an action cut at its limits: a piece that only reports ("…, hoàn
 * thành trước ngày 10/02; | báo cáo kết quả về UBND tỉnh trước ngày 20/02") takes none of the
 * partners another piece names ("phối hợp với Ủy ban MTTQ …" is the work's, not the report's).
 * Its limit may come first: "…; | định kỳ 6 tháng báo cáo UBND tỉnh", "…; | (định kỳ) hằng quý
 * báo cáo …", "…; | trước ngày 15/12 báo cáo …".
 */
function supportOfPiece(support: string[], piece: string, limit: Deadline | null, pieces: ReadonlyArray<readonly [string, unknown]>): string[] {
  if (pieces.length < 2 || support.length === 0 || !reportsOnly(piece, limit)) return support;
  return support.filter((s) => piece.includes(s) || !pieces.some(([other]) => other !== piece && other.includes(s)));
}
const REPORT_ONLY = /^(?:gửi\s+)?báo cáo(?![\p{L}\p{M}])/iu;

/** The piece only reports: it opens with "báo cáo", or with its own limit (after "định kỳ") and then "báo cáo". */
function reportsOnly(piece: string, limit: Deadline | null): boolean {
  if (REPORT_ONLY.test(piece)) return true;
  if (limit === null) return false;
  const text = limit.text.toLowerCase();
  const opensAt = (at: number) => piece.slice(at, at + text.length).toLowerCase() === text;
  // "định kỳ 6 tháng" is the limit itself; in "định kỳ hằng quý" the limit is "hằng quý"
  const at = opensAt(0) ? 0 : (PERIODIC_PREFIX.exec(piece)?.[0].length ?? -1);
  if (at < 0 || !opensAt(at)) return false;
  return REPORT_ONLY.test(piece.slice(at + text.length).replace(/^[\s,]+/u, ""));
}
const PERIODIC_PREFIX = /^định kỳ\s+/iu;

/**
 * One action with several time limits is several tasks, cut before the stretch that sets each
 * later limit (at the last ";" between two limits, else the last ","): "… báo cáo Thủ tướng …
 * vào thứ Sáu hàng tuần; báo cáo tổng thể kết quả thực hiện trước ngày 05/7/2026"; two limits
 * joined by "và" alone give the same action twice.
 */
function byDeadline(action: string, context: DeadlineContext): Array<[string, Deadline | null]> {
  const found = findDeadlines(action, context);
  if (found.length < 2) return [[action, found[0]?.deadline ?? null]];
  const out: Array<[string, Deadline | null]> = [];
  let from = 0;
  let limit = found[0];
  for (const next of found.slice(1)) {
    const between = action.slice(limit.end, next.start);
    const semicolon = between.lastIndexOf(";");
    const cut = semicolon >= 0 ? semicolon : between.lastIndexOf(",");
    // "báo cáo UBND tỉnh trước ngày 15/6/2026 và trước ngày 15/12/2026", "trước ngày 15/01, 15/4 và
    // 15/7/2026": limits of one action, joined by "và" or listed, one task each with the whole action
    if (/^\s*(?:,\s*(?:và\s*)?|và\s*)$/u.test(between)) {
      out.push([trimAction(action.slice(from)), limit.deadline]);
      limit = next;
      continue;
    }
    if (cut < 0) continue;
    out.push([trimAction(action.slice(from, limit.end + cut)), limit.deadline]);
    from = limit.end + cut + 1;
    limit = next;
  }
  out.push([trimAction(action.slice(from)), limit.deadline]);
  return out;
}

/** The clause's own lines: from its marker to the line before its first item. */
function ownLines(clause: Clause): [number, number] {
  const first = clause.items[0]?.lines[0];
  return [clause.lines[0], first === undefined ? clause.lines[1] : Math.max(clause.lines[0], first - 1)];
}
