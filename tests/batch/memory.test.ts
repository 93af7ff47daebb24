/**
 * Batch memory does not grow with the number of files: the engine keeps counts, not the outcomes
 * (with their warnings) of the files it has finished, unless a --report is asked for, and that is
 * streamed to its file. Each outcome here carries 40 warnings of ~1 kB: kept, the last 2,600 of
 * them would grow the heap by ~50 MB between the two measures.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import v8 from "node:v8";
import vm from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runBatch, type BatchPlan } from "../../src/batch/engine.js";
import { resolveOperands } from "../../src/batch/inputs.js";
import type { Executor } from "../../src/batch/pool.js";
import type { Diagnostic } from "../../src/types.js";

const FILES = 3000;
let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "dp-memory-"));
  for (let folder = 0; folder < FILES / 50; folder++) {
    const dir = join(tmp, "arc", `f${folder}`);
    await mkdir(dir, { recursive: true });
    await Promise.all(Array.from({ length: 50 }, (_, i) => writeFile(join(dir, `d${i}.txt`), "")));
  }
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

/** A fresh ~40 kB list of warnings per file, as a worker's outcome would bring. */
function warnings(seq: number): Diagnostic[] {
  return Array.from({ length: 40 }, (_, i) => ({
    severity: "warning", code: "missing-date", message: `${seq}/${i} ${"x".repeat(1000)}`, lines: null,
  }) as unknown as Diagnostic);
}

describe("batch memory", () => {
  it("stays flat over the files of a run", async () => {
    v8.setFlagsFromString("--expose-gc");
    const gc = vm.runInNewContext("gc") as () => void;
    const executor: Executor = {
      run: async (task) => ({ seq: task.seq, ok: true, documents: 1, warnings: warnings(task.seq), error: null, line: null }),
      close: async () => {},
      kill: async () => {},
    };
    const plan: BatchPlan = {
      operands: await resolveOperands(["arc"], tmp), cwd: tmp, outdir: null, ndjson: null,
      extensions: ["txt"], lanes: 2, shard: null, force: false, version: "test",
    };
    const heap: number[] = [];
    const outcome = await runBatch(plan, executor, {
      onProgress: (counts) => {
        if (counts.converted === 300 || counts.converted === FILES - 100) {
          gc();
          heap.push(process.memoryUsage().heapUsed);
        }
      },
    });
    expect(outcome.counts.converted).toBe(FILES);
    expect(outcome.counts.warnings).toBe(FILES * 40);
    expect(heap).toHaveLength(2);
    expect(heap[1] - heap[0]).toBeLessThan(10e6); // measured: ~0.1 MB; ~50 MB when the engine kept the outcomes
  }, 60_000);
});
