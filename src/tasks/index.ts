/**
 * Who must do what, by when: the task pass over a built document. Each clause gets its own
 * `tasks`; the document gets them all, flattened in text order with their clause path.
 *
 *   attachTasks(document, preambleLines, closingLines) → the same document with `clauses[*].tasks` and `tasks`
 */
import { foldKey } from "../inline/fold.js";
import { joinRun, type TextRun } from "../text-run.js";
import { closingTasks } from "./closing-tasks.js";
import { normalizeAgency } from "./normalize-agency.js";
import type { Clause, Document, DocumentTask, Task } from "../types.js";
import { clauseTasks, type TaskContext } from "./clause-tasks.js";
import { joinPath, segments } from "./clause-path.js";
import { preambleTasks } from "./preamble-tasks.js";

export { normalizeAgency } from "./normalize-agency.js";
export { findDeadline } from "./deadline.js";
export { splitEnumeration } from "./enumeration.js";

/** A document as the builder makes it: everything but the tasks. */
export type DocumentDraft = Omit<Document, "tasks">;

/** The preamble's source lines (number and text), to place its tasks on lines. */
export interface SourceLine {
  readonly n: number;
  readonly text: string;
}

/**
 * `closingLines`: the closing paragraph's source lines (to place its tasks); without them its
 * tasks are placed on the line after the last clause.
 */
export function attachTasks(draft: DocumentDraft, preambleLines: readonly SourceLine[] = [], closingLines: readonly SourceLine[] = []): Document {
  const year = draft.date ? Number(draft.date.iso.slice(0, 4)) : undefined;
  const issuer = issuerNames(draft.issuer);
  const context: TaskContext = { year, issuer };
  const preamble = draft.preamble
    ? preambleTasks(preambleLines.length ? joinRun(preambleLines.map((l) => [l.n, l.text] as const)) : joinRun([[draft.lines[0], draft.preamble]]), year)
    : { tasks: [], leadIn: null };
  const clauses = withTasks(draft.clauses, preamble.leadIn, context);
  const closing = draft.closing ? closingTasks(closingRun(draft, closingLines), context) : [];
  const { lines, ...rest } = draft;
  return {
    ...rest,
    clauses,
    tasks: [...preamble.tasks.map((t) => ({ clause: null, ...t })), ...flatten(clauses, null), ...closing.map((t) => ({ clause: null, ...t }))],
    lines,
  };
}

function closingRun(draft: DocumentDraft, closingLines: readonly SourceLine[]): TextRun {
  if (closingLines.length) return joinRun(closingLines.map((l) => [l.n, l.text] as const));
  const last = draft.clauses[draft.clauses.length - 1]?.lines[1];
  return joinRun([[last === undefined ? draft.lines[1] : last + 1, draft.closing ?? ""]]);
}

/** The issuer as it may name itself: "Tổng cục Hải quan", "Văn phòng Ủy ban nhân dân Thành phố". */
function issuerNames(issuer: DocumentDraft["issuer"]): string[] {
  if (!issuer?.name) return [];
  const names = [issuer.name, issuer.parent ? `${issuer.name} ${issuer.parent}` : ""].filter(Boolean);
  return names.map((n) => foldKey(normalizeAgency(n)));
}

function withTasks(clauses: readonly Clause[], inherited: string[] | null, context: TaskContext): Clause[] {
  return clauses.map((clause) => {
    const own = clauseTasks(clause, inherited, context);
    const { lines, items, ...rest } = clause;
    const itemContext: TaskContext = { ...context, quiet: own.quiet || context.quiet, support: own.support };
    return { ...rest, items: withTasks(items, own.inheritable, itemContext), tasks: own.tasks, lines };
  });
}

function flatten(clauses: readonly Clause[], parent: string | null): DocumentTask[] {
  const paths = segments(clauses);
  return clauses.flatMap((clause, i) => {
    const path = joinPath(parent, paths[i]);
    const own = (clause.tasks ?? []).map((task: Task) => ({ clause: path, ...task }));
    return [...own, ...flatten(clause.items, path)];
  });
}
