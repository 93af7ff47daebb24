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
import type { Clause, Task } from "../types.js";
import { readAgencyList } from "./agency.js";
import { findDeadline } from "./deadline.js";
import { splitEnumeration, trimAction } from "./enumeration.js";
import { normalizeAgency } from "./normalize-agency.js";
import { readSentenceParts, type SentencePart } from "./sentence-parts.js";
import { toSentences, type Sentence } from "./sentences.js";
import { toWords } from "./words.js";

export interface TaskContext {
  /** the document's year, for deadlines printed without one */
  year?: number;
}

export interface ClauseTasks {
  tasks: Task[];
  /** the lead the clause's items inherit */
  inheritable: string[] | null;
}

const NO_TASK = /^(?:cơ bản\s+)?(?:nhất trí|thống nhất (?:với|cao)|đồng ý|biểu dương|ghi nhận|hoan nghênh|về\s)|biểu quyết/iu;

export function clauseTasks(clause: Clause, inherited: string[] | null, context: TaskContext): ClauseTasks {
  const headingLead = agencyHeading(clause.heading);
  const fallback = headingLead ?? inherited;
  const lines = ownLines(clause);
  const sentences: Array<Sentence & { heading?: boolean }> = [];
  if (clause.heading && !headingLead) sentences.push({ text: clause.heading, start: 0, paragraph: -1, heading: true });
  sentences.push(...toSentences(clause.text));

  const tasks: Task[] = [];
  const explicit: string[][] = [];
  let introLeads: string[] | null = null;
  let directing: string[] | null = null;
  /** the subject of the sentence before, in its paragraph (null leads: it assigned nothing) */
  let previous: { paragraph: number; leads: string[] | null } | null = null;
  sentences.forEach((sentence, index) => {
    const parts = readSentenceParts(sentence.text);
    const named: string[] = [];
    for (const part of parts) {
      const action = trimAction(sentence.text.slice(part.kind === "none" ? part.at : part.from, part.to));
      let leads: string[] | null;
      if (part.kind === "subject" || part.kind === "trigger") {
        leads = part.leads;
        explicit.push(leads);
        named.push(...leads);
        if (part.kind === "subject" && /^chỉ đạo\b/iu.test(action)) directing = leads;
        previous = part.kind === "subject" ? { paragraph: sentence.paragraph, leads } : null;
      } else if (part.kind === "directing") {
        leads = directing ?? fallback;
        if (!hasAction(action)) continue;
      } else if (part.kind === "none") {
        const continued = previous?.paragraph === sentence.paragraph ? previous : null;
        if (NO_TASK.test(action)) previous = { paragraph: sentence.paragraph, leads: null };
        if (sentence.heading || NO_TASK.test(action) || isTitle(action) || (clause.items.length && /:\s*$/.test(sentence.text))) continue;
        if (continued && continued.leads === null) continue;
        leads = continued?.leads ?? fallback;
      } else continue;
      if (!leads?.length || action === "" || onlyAgencies(action) || notAnAssignment(action)) continue;
      // "Tổng cục Thống kê có trách nhiệm:" + items: the items carry the work, they inherit the lead
      if (clause.items.length && /:\s*$/.test(sentence.text) && DUTY_INTRO.test(action)) continue;
      tasks.push(...makeTasks(part, action, leads, lines, context));
    }
    if (index === sentences.length - 1 && /:\s*$/.test(sentence.text) && named.length) introLeads = named;
  });
  return { tasks, inheritable: headingLead ?? introLeads ?? explicit[0] ?? fallback };
}

/** "NGUYÊN TẮC, YÊU CẦU SẮP XẾP THÔN, TỔ DÂN PHỐ": a section title in capitals, not an action. */
function isTitle(action: string): boolean {
  return /\p{Lu}/u.test(action) && action === action.toUpperCase();
}

/** "Phó Thủ tướng Chính phủ Phạm Thị Thanh Trà." (a member list of a Quyết định): names, no action. */
function onlyAgencies(action: string): boolean {
  const words = toWords(action).filter((w) => w.f !== "." && w.f !== ";");
  const list = readAgencyList(words, 0, { names: true });
  return list !== null && list.end === words.length;
}

/** An action that only announces duties listed below it. */
const DUTY_INTRO = /^(?:có|chịu) trách nhiệm(?: thực hiện)?(?: (?:các|những) (?:nhiệm vụ|việc|nội dung))?(?: (?:sau|như sau|cụ thể))?\s*:?$|^có (?:các )?nhiệm vụ(?: (?:sau|như sau))?\s*:?$|^thực hiện (?:các|những|một số) (?:nhiệm vụ|nội dung)(?: (?:sau|như sau|cụ thể|sau đây))*\s*:?$/iu;

/**
 * Structure that names people or restates the standard, not work to do: a member of a list given
 * as a count and a title ("01 Phó Trưởng ban Ban Tổ chức Trung ương"), and the closing formula of
 * a decision ("… chịu trách nhiệm thi hành Quyết định này").
 */
function notAnAssignment(action: string): boolean {
  return /^\d{1,2}\s+\p{Lu}/u.test(action) || /chịu trách nhiệm thi hành (?:Quyết định|Nghị quyết|Chỉ thị|Thông tư|Nghị định)\s+này/iu.test(action);
}

/** "Chỉ đạo Công an Thành phố:" directs and stops: its content is in the items below. */
function hasAction(action: string): boolean {
  const words = toWords(action);
  const list = readAgencyList(words, 2);
  return !list || words.slice(list.end).some((w) => w.word);
}

/** "Công an Thành phố:" — a heading that is nothing but agencies names the clause's lead. */
export function agencyHeading(heading: string | null): string[] | null {
  if (!heading) return null;
  const text = heading.replace(/:\s*$/, "");
  const words = toWords(text);
  const list = readAgencyList(words, 0);
  if (!list || list.end !== words.length) return null;
  return list.items.map((it) => text.slice(words[it.from].start, words[it.to - 1].end));
}

function makeTasks(part: SentencePart, action: string, leads: string[], lines: [number, number], context: TaskContext): Task[] {
  const agencies = (texts: string[]) => texts.map((text) => ({ text, normalized: normalizeAgency(text) }));
  const deadline = findDeadline(action, { year: context.year, lines });
  const actions = splitEnumeration(action) ?? [action];
  return actions.map((one) => ({
    action: one,
    lead: agencies(leads),
    support: agencies(part.support),
    deadline,
    reportTo: agencies(part.reportTo),
    lines,
  }));
}

/** The clause's own lines: from its marker to the line before its first item. */
function ownLines(clause: Clause): [number, number] {
  const first = clause.items[0]?.lines[0];
  return [clause.lines[0], first === undefined ? clause.lines[1] : Math.max(clause.lines[0], first - 1)];
}
