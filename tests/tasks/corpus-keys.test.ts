/**
 * The corpus documents' tasks against a second reader's keys (fixtures/corpus/*.tasks-key.json).
 * Unlike the seeds, the parse does not match these yet (README, "Tasks": known misses); this test
 * records how far it gets, so a change that loses ground fails and one that gains must raise the
 * floor. cv-btc-19046-2014 is keyed for clauses 1–6 only: its later clauses are not counted.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";
import { compareTasks, fullyMatched, type TasksKeyFile } from "./task-key.js";

const DIR = "fixtures/corpus";
const KEYED_ONLY: Record<string, (clause: string) => boolean> = {
  "cv-btc-19046-2014.txt": (clause) => /^(?:[1-6])(?:\.|$)/.test(clause) || clause === "null",
};
/**
 * The agreement reached so far: 261 key entries over 25 documents. Ten documents were keyed as a
 * held-out set while the extractor was being improved on the first eleven (on them it first found
 * 5 of 26 leads); four more (qd-btp-173-2015's attached plan, ct-ubnd-longan-sn-2009,
 * qd-ct-ubnd-tuyenquang-1056-2010, qd-ttg-844-2026 with its plan and task table: 142 entries)
 * were keyed later by a reader who had not seen the output (and checked, all 142 entries, by a
 * second reader), where it found 91 leads (75 in full) before the fixes they prompted.
 */
const FLOOR = { leads: 240, full: 220, extraAtMost: 12 };

const results = readdirSync(DIR)
  .filter((n) => n.endsWith(".tasks-key.json"))
  .sort()
  .flatMap((name) => {
    const key = JSON.parse(readFileSync(join(DIR, name), "utf8")) as TasksKeyFile;
    const path = join(DIR, key.file);
    const documents = parse(readFileSync(path), { path }).documents;
    return key.documents.map((d, i) => {
      const result = compareTasks(documents[i], d.tasks);
      const counted = KEYED_ONLY[key.file] ?? (() => true);
      return { file: key.file, result, extra: result.extra.filter((e) => counted(e.split(" ")[0])) };
    });
  });

describe("tasks of the read corpus documents", () => {
  it("covers at least ten documents", () => {
    expect(new Set(results.map((r) => r.file)).size).toBeGreaterThanOrEqual(10);
  });

  it(`finds the lead of at least ${FLOOR.leads} key entries, ${FLOOR.full} in full, with at most ${FLOOR.extraAtMost} extra groups`, () => {
    const entries = results.flatMap((r) => r.result.entries);
    const leads = entries.filter((e) => e.lead).length;
    const full = entries.filter(fullyMatched).length;
    const extra = results.reduce((n, r) => n + r.extra.length, 0);
    expect({ leads: leads >= FLOOR.leads, full: full >= FLOOR.full, extra: extra <= FLOOR.extraAtMost }).toEqual({ leads: true, full: true, extra: true });
  });

  it("invents nothing on documents that assign nothing (a Giấy mời's invitees, an approval)", () => {
    const empty = results.filter((r) => r.result.entries.length === 0);
    expect(empty.length).toBeGreaterThan(0);
    expect(empty.filter((r) => r.file !== "gm-ubnd-haiduong-sn-2018.txt").flatMap((r) => r.extra)).toEqual([]);
  });
});
