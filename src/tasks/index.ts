/**
 * Who must do what, by when: the task pass over a built document. Each clause gets its own
 * `tasks`; the document gets them all, flattened in text order with their clause path.
 *
 *   attachTasks(document, preambleLines, closingLines, appendixProse) → the same document with
 *   `clauses[*].tasks`, `appendices[*].clauses[*].tasks` and `tasks` (the appendices' with "PLk/…" paths)
 */
import { letterOrMarkBefore } from "../chars.js";
import { foldKey } from "../inline/fold.js";
import { joinRun, type TextRun } from "../text-run.js";
import { closingTasks } from "./closing-tasks.js";
import { normalizeAgency } from "./normalize-agency.js";
import type { Clause, Document, DocumentTask, Task } from "../types.js";
import { clauseTasks, isScheduleDay, limitItems, opensConclusion, RECORD_KINDS, type TaskContext } from "./clause-tasks.js";
import { joinPath, segments } from "./clause-path.js";
import { preambleTasks } from "./preamble-tasks.js";

export { normalizeAgency } from "./normalize-agency.js";
export { findDeadline } from "./deadline.js";
export { splitEnumeration } from "./enumeration.js";
export { taskDiagnostics } from "./task-diagnostics.js";

/** A document as the builder makes it: everything but the tasks. */
export type DocumentDraft = Omit<Document, "tasks">;

/** The preamble's source lines (number and text), to place its tasks on lines. */
export interface SourceLine {
  readonly n: number;
  readonly text: string;
}

/**
 * The unnumbered text of an appendix's body, which the appendix object does not keep apart
 * (its `text` holds everything): to read the tasks it assigns.
 */
export interface AppendixProse {
  preamble: string | null;
  preambleLines: readonly SourceLine[];
  closing: string | null;
  closingLines: readonly SourceLine[];
}

/**
 * `closingLines`: the closing paragraph's source lines (to place its tasks); without them its
 * tasks are placed on the line after the last clause. `appendixProse[k]`: the preamble and
 * closing of `draft.appendices[k]`'s body.
 */
export function attachTasks(
  draft: DocumentDraft,
  preambleLines: readonly SourceLine[] = [],
  closingLines: readonly SourceLine[] = [],
  appendixProse: readonly AppendixProse[] = [],
): Document {
  const year = draft.date ? Number(draft.date.iso.slice(0, 4)) : undefined;
  const issuer = issuerNames(draft.issuer);
  const kind = draft.type?.code ?? null;
  const context: TaskContext = { year, issuer, kind, record: kind !== null && RECORD_KINDS.has(kind) };
  // "Dự Hội nghị … Sở … trân trọng kính mời:" — a lead-in the header pass left in the subject
  const invitation = invites(draft.preamble ?? draft.subject ?? "");
  const body = bodyTasks({ ...draft, preambleLines, closingLines }, draft.lines, context, invitation);
  const appendices = draft.appendices.map((appendix, k) => {
    const prose = appendixProse[k] ?? { preamble: null, preambleLines: [], closing: null, closingLines: [] };
    const list = listAppendix(appendix.title);
    const read = bodyTasks({ ...prose, clauses: appendix.clauses }, appendix.lines, list ? { ...context, quiet: true } : context);
    // its lead-in and closing too: a list names whom the decision concerns, not who must act
    if (list) read.tasks = [];
    const tasks = read.tasks.map((t) => ({ ...t, clause: appendixPath(k, t.clause) }));
    return { appendix: { ...appendix, clauses: read.clauses }, tasks };
  });
  const { lines, ...rest } = draft;
  return {
    ...rest,
    clauses: body.clauses,
    appendices: appendices.map((a) => a.appendix),
    tasks: [...body.tasks, ...appendices.flatMap((a) => a.tasks)],
    lines,
  };
}

/**
 * "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN", "DANH SÁCH THÀNH VIÊN BAN CHỈ ĐẠO": an appendix
 * listing people or bodies (awardees, members, those a decision concerns) assigns nothing, as a
 * "Thành phần …" heading's items do not — its rows ("1. Ông X, Tổ trưởng …, phụ trách …") name
 * them. Not a list of work ("DANH SÁCH NHIỆM VỤ …", "… các đề án, dự án, văn bản …"), nor what
 * the "(Kèm theo …)" after the title says.
 */
export const LIST_APPENDIX_SIGN = /^danh [s\u017f]ách/i;
export const LIST_APPENDIX = /^danh sách(?![^(]*(?:nhiệm vụ|công việc|đề án|dự án|văn bản|nội dung|công trình))(?![\p{L}\p{M}])/iu;
export const listAppendix = (title: string | null | undefined): boolean =>
  !!title && LIST_APPENDIX_SIGN.test(title.trimStart()) && LIST_APPENDIX.test(title.trimStart());

/**
 * Where an appendix's task comes from: "PL" (Phụ lục) and the appendix's place in `appendices`
 * (1-based), then the clause path inside it — "PL1/II.1.a"; "PL2" for its unnumbered text. A
 * path of the document's own clauses never starts with "PL".
 */
export function appendixPath(index: number, clause: string | null): string {
  return clause === null ? `PL${index + 1}` : `PL${index + 1}/${clause}`;
}

interface BodyDraft extends AppendixProse {
  clauses: readonly Clause[];
}

/**
 * "(Sở Khoa học và Công nghệ trân trọng) kính mời:" — the lead-in of a Giấy mời (NĐ 30/2020, Phụ
 * lục III): the items under it are the invitees, not bodies given work.
 */
const INVITATION = /mời\s*:\s*$/i;
/** (the word's start tested apart: a `\p{…}` lookbehind under `iu` costs ~1 ms to compile) */
export const invites = (preamble: string): boolean => {
  const m = INVITATION.exec(preamble);
  return m !== null && !letterOrMarkBefore(preamble, m.index);
};

/** A body's tasks: the preamble's (with the lead-in the clauses inherit), the clauses', the closing's. */
function bodyTasks(body: BodyDraft, span: readonly [number, number], context: TaskContext, invitation = invites(body.preamble ?? "")): { clauses: Clause[]; tasks: DocumentTask[] } {
  const { preambleLines } = body;
  const preamble = body.preamble
    ? preambleTasks(preambleLines.length ? joinRun(preambleLines.map((l) => [l.n, l.text] as const)) : joinRun([[span[0], body.preamble]]), context.year)
    : { tasks: [], leadIn: null };
  const clauses = withTasks(body.clauses, preamble.leadIn, context, invitation ? inviteeCount(body.clauses) : 0);
  const closing = body.closing ? closingTasks(closingRun(body, span), context) : [];
  return {
    clauses,
    tasks: [...preamble.tasks.map((t) => withClause(null, t)), ...flatten(clauses, null), ...closing.map((t) => withClause(null, t))],
  };
}

function closingRun(body: BodyDraft, span: readonly [number, number]): TextRun {
  if (body.closingLines.length) return joinRun(body.closingLines.map((l) => [l.n, l.text] as const));
  const last = body.clauses[body.clauses.length - 1]?.lines[1];
  return joinRun([[last === undefined ? span[1] : last + 1, body.closing ?? ""]]);
}

/** The issuer as it may name itself: "Tổng cục Hải quan", "Văn phòng Ủy ban nhân dân Thành phố". */
function issuerNames(issuer: DocumentDraft["issuer"]): string[] {
  if (!issuer?.name) return [];
  const names = [issuer.name, issuer.parent ? `${issuer.name} ${issuer.parent}` : ""].filter(Boolean);
  return names.map((n) => foldKey(normalizeAgency(n)));
}

/** The list right under an invitation's lead-in: the first clauses, as many as are marked alike ("-", "+", or numbered). */
function inviteeCount(clauses: readonly Clause[]): number {
  const kind = (clause: Clause): string => (/^[-–—+•*]/u.test(clause.marker) ? clause.marker[0] : "numbered");
  let n = 0;
  while (n < clauses.length && kind(clauses[n]) === kind(clauses[0])) n++;
  return n;
}

/** `invitees`: the first clauses are the invitees under a "kính mời:" lead-in. */
function withTasks(clauses: readonly Clause[], inherited: string[] | null, context: TaskContext, invitees = 0): Clause[] {
  // an item that is only a body's name with a colon heads the flat items after it
  let current = inherited;
  const out: Clause[] = [];
  // a Biên bản's conclusion: the clause that opens it, its items and the clauses after it
  let record = context.record;
  for (const [index, clause] of clauses.entries()) {
    if (record && opensConclusion(clause)) record = false;
    const clauseContext = record === context.record ? context : { ...context, record };
    const own = clauseTasks(clause, current, index < invitees ? { ...clauseContext, invitees: true } : clauseContext);
    if (own.headsSiblings) current = own.inheritable;
    const itemContext: TaskContext = { ...context, record, quiet: own.quiet || context.quiet, support: own.support, schedule: context.schedule || isScheduleDay(clause) };
    // the fields spelt out, in the schema's order: a rest/spread copy of each clause cost ~7 % of the task pass
    const { marker, number, heading, text, lines } = clause;
    const items = withTasks(clause.items, own.inheritable, itemContext);
    out.push({ marker, number, heading, text, items: own.rowLimit ? limitItems(items, own.rowLimit) : items, tasks: own.tasks, lines });
  }
  return out;
}

function flatten(clauses: readonly Clause[], parent: string | null, out: DocumentTask[] = []): DocumentTask[] {
  const paths = segments(clauses);
  clauses.forEach((clause, i) => {
    const path = joinPath(parent, paths[i]);
    for (const task of clause.tasks ?? []) out.push(withClause(path, task));
    flatten(clause.items, path, out);
  });
  return out;
}

/** A clause's task as the document lists it: its clause path first. */
function withClause(clause: string | null, task: Task): DocumentTask {
  return { clause, action: task.action, lead: task.lead, support: task.support, deadline: task.deadline, reportTo: task.reportTo, ...(task.via ? { via: task.via } : {}), lines: task.lines };
}
