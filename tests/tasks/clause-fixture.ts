/** Building blocks of the task tables: a clause made from one sentence, and what to compare. */
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
