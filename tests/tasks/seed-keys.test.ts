/**
 * Every seed's tasks against its reader's key (fixtures/seeds/*.tasks-key.json): per key entry,
 * the lead (clause path + agencies), support, reportTo and deadline. See task-key.ts for how a
 * key entry is matched. A new miss fails; a fixed miss must be taken off KNOWN_MISSES.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";
import type { Clause, Document } from "../../src/types.js";
import { compareTasks, fullyMatched, type TasksKeyFile } from "./task-key.js";

const DIR = "fixtures/seeds";
const keys = readdirSync(DIR).filter((n) => n.endsWith(".tasks-key.json")).sort();

/** "file#document clause" of entries known not to match; empty while every entry matches. */
const KNOWN_MISSES: string[] = [];

function load(name: string): { key: TasksKeyFile; documents: Document[] } {
  const key = JSON.parse(readFileSync(join(DIR, name), "utf8")) as TasksKeyFile;
  const path = join(DIR, key.file);
  return { key, documents: parse(readFileSync(path), { path }).documents };
}

describe.each(keys)("%s", (name) => {
  const { key, documents } = load(name);
  key.documents.forEach((expected, i) => {
    const result = compareTasks(documents[i], expected.tasks);
    it(`document ${i}: every key entry is found (lead, support, reportTo, deadline)`, () => {
      const misses = result.entries.filter((e) => !fullyMatched(e)).map((e) => `${name}#${i} ${e.entry.clause}`);
      expect(misses.filter((m) => !KNOWN_MISSES.includes(m))).toEqual([]);
    });
    it(`document ${i}: no task the reader did not find`, () => {
      expect(result.extra).toEqual([]);
    });
  });
});

describe("the share matched, over all seeds", () => {
  const all = keys.flatMap((name) => {
    const { key, documents } = load(name);
    return key.documents.map((expected, i) => ({ documents, i, result: compareTasks(documents[i], expected.tasks), expected }));
  });
  const entries = all.flatMap((a) => a.result.entries);

  it("at least 95% of key entries fully, every lead", () => {
    const share = entries.filter(fullyMatched).length / entries.length;
    expect(share).toBeGreaterThanOrEqual(0.95);
    expect(entries.filter((e) => e.lead).length).toBe(entries.length);
  });

  it("every clause the key gives a task has a task with a lead", () => {
    const clausesWithTask = (doc: Document | undefined): Set<string> => new Set((doc?.tasks ?? []).filter((t) => t.lead.length).map((t) => String(t.clause)));
    for (const { documents, i, expected } of all) {
      const found = clausesWithTask(documents[i]);
      for (const entry of expected.tasks) expect(found.has(String(entry.clause)), `${entry.clause}`).toBe(true);
    }
  });

  it("a clause's tasks are the document view's tasks for its path", () => {
    const count = (clauses: Clause[]): number => clauses.reduce((n, c) => n + (c.tasks?.length ?? 0) + count(c.items), 0);
    for (const { documents } of all) for (const doc of documents) expect(doc.tasks.filter((t) => t.clause !== null).length).toBe(count(doc.clauses));
  });
});
