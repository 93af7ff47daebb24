/** Building blocks of the task tables: a clause made from one sentence, and what to compare. */
import { parse } from "../../src/parse.js";
import { clauseTasks, type TaskContext } from "../../src/tasks/clause-tasks.js";
import type { Clause, Task } from "../../src/types.js";

export function clause(text: string, options: Partial<Clause> = {}): Clause {
  return { marker: "1.", number: "1", heading: null, text, items: [], lines: [10, 10], ...options };
}

/** The lead agencies of each task, as printed. */
export const leads = (tasks: Task[]): string[][] => tasks.map((t) => t.lead.map((a) => a.text));

/** The tasks of a clause of `text`, in a document of `context` (its year, its issuer). */
export function tasksOf(text: string, inherited: string[] | null, context: TaskContext, options: Partial<Clause> = {}): Task[] {
  return clauseTasks(clause(text, options), inherited, context).tasks;
}

/** A reader of one clause's tasks in a document of `year`, under an inherited lead or none. */
export const readAt =
  (year: number) =>
  (text: string, inherited: string[] | null = null): Task[] =>
    tasksOf(text, inherited, { year });

/** The support or the reportTo of each task, as printed. */
export const texts = (tasks: Task[], field: "support" | "reportTo"): string[][] => tasks.map((t) => t[field].map((a) => a.text));

/** The support of each task, as printed. */
export const support = (tasks: Task[]): string[][] => texts(tasks, "support");

/** The deadline of each task: [as printed, kind, iso], or null. */
export const limits = (tasks: Task[]) => tasks.map((t) => t.deadline && [t.deadline.text, t.deadline.kind, t.deadline.iso]);

/** The tasks of a whole document: leads, supports. */
export const whoOf = (text: string) =>
  parse(text, { path: "doc.txt" }).documents[0].tasks.map((t) => [t.lead.map((a) => a.text), t.support.map((a) => a.text)]);

/** The tasks of a whole document: clause path, leads, action, deadline text. */
export const documentTasks = (text: string) =>
  parse(text, { path: "doc.txt" }).documents[0].tasks.map((t) => [t.clause, t.lead.map((a) => a.text), t.action, t.deadline?.text ?? null]);
