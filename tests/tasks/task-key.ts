/**
 * Comparing a parse's tasks with a reader's task key (fixtures/seeds/*.tasks-key.json, format in
 * fixtures/seeds/TASKS.md).
 *
 * A key entry is one (clause, assignment); the parse gives one task per action. So the parse's
 * tasks are grouped by clause path and lead before comparing: the group's support and reportTo are
 * the union of its tasks', its deadline the first one found — or, when the key has several entries
 * for one clause and lead (one action with two time limits), any deadline of its tasks. Agency lists are compared as their
 * comma / "và" separated parts, normalized ("UBND Quận" = "Ủy ban nhân dân Quận") and folded: whether "các cấp ủy, chính quyền" is one agency or two is a
 * judgement call the key itself leaves open (TASKS.md), who is named is not.
 */
import { foldKey } from "../../src/inline/fold.js";
import { normalizeAgency } from "../../src/tasks/index.js";
import type { Document, DocumentTask } from "../../src/types.js";

export interface KeyTask {
  clause: string | null;
  lead: string[];
  support: string[];
  deadline: string | null;
  reportTo: string[];
  notes?: string;
}

export interface TasksKeyFile {
  file: string;
  documents: Array<{ tasks: KeyTask[]; notes?: string }>;
}

export interface EntryResult {
  entry: KeyTask;
  /** a group with this clause and lead was found */
  lead: boolean;
  support: boolean;
  reportTo: boolean;
  deadline: boolean;
}

export interface KeyComparison {
  entries: EntryResult[];
  /** groups of the parse that match no key entry: "clause lead" */
  extra: string[];
}

interface Group {
  clause: string | null;
  lead: string;
  support: Set<string>;
  reportTo: Set<string>;
  deadline: { iso: string | null; text: string } | null;
  /** the deadline of each task (null: none) */
  deadlines: Array<{ iso: string | null; text: string } | null>;
  used: boolean;
}

/** "các cấp ủy, chính quyền" + "MTTQ" → "các cấp ủy|chính quyền|mttq" */
export function atoms(texts: readonly string[]): string[] {
  return texts
    .flatMap((t) => foldKey(normalizeAgency(t)).split(/\s*,\s*|\s+và\s+/))
    .map((a) => a.replace(/\s*-\s*/g, " - ").trim())
    .filter(Boolean)
    .sort();
}

function groups(tasks: readonly DocumentTask[]): Group[] {
  const out = new Map<string, Group>();
  for (const t of tasks) {
    const lead = atoms(t.lead.map((a) => a.text)).join("|");
    const id = `${t.clause} ${lead}`;
    const g = out.get(id) ?? { clause: t.clause, lead, support: new Set<string>(), reportTo: new Set<string>(), deadline: null, deadlines: [], used: false };
    atoms(t.support.map((a) => a.text)).forEach((a) => g.support.add(a));
    atoms(t.reportTo.map((a) => a.text)).forEach((a) => g.reportTo.add(a));
    g.deadline ??= t.deadline ? { iso: t.deadline.iso, text: t.deadline.text } : null;
    g.deadlines.push(t.deadline ? { iso: t.deadline.iso, text: t.deadline.text } : null);
    out.set(id, g);
  }
  return [...out.values()];
}

const sameSet = (a: Set<string>, b: readonly string[]): boolean => a.size === new Set(b).size && b.every((x) => a.has(x));

function sameDeadline(found: Group["deadline"], expected: string | null): boolean {
  if (expected === null) return found === null;
  if (found === null) return false;
  if (/^\d{4}-\d{2}-\d{2}/.test(expected)) return found.iso?.slice(0, expected.length) === expected;
  return foldKey(found.text) === foldKey(expected);
}

export function compareTasks(doc: Document | undefined, key: KeyTask[]): KeyComparison {
  const found = groups(doc?.tasks ?? []);
  const id = (e: KeyTask) => `${e.clause} ${atoms(e.lead).join("|")}`;
  const entriesPerGroup = new Map<string, number>();
  for (const e of key) entriesPerGroup.set(id(e), (entriesPerGroup.get(id(e)) ?? 0) + 1);
  const entries = key.map((entry): EntryResult => {
    const lead = atoms(entry.lead).join("|");
    const g = found.find((x) => x.clause === entry.clause && x.lead === lead);
    if (!g) return { entry, lead: false, support: false, reportTo: false, deadline: false };
    g.used = true;
    return {
      entry,
      lead: true,
      support: sameSet(g.support, atoms(entry.support)),
      reportTo: sameSet(g.reportTo, atoms(entry.reportTo)),
      deadline: (entriesPerGroup.get(id(entry)) ?? 0) > 1 ? g.deadlines.some((d) => sameDeadline(d, entry.deadline)) : sameDeadline(g.deadline, entry.deadline),
    };
  });
  return { entries, extra: found.filter((g) => !g.used).map((g) => `${g.clause} ${g.lead}`) };
}

export const fullyMatched = (r: EntryResult): boolean => r.lead && r.support && r.reportTo && r.deadline;
