/**
 * The worker pool with a stand-in worker that speaks the same protocol and dies on demand: a dead
 * worker's file is retried once on a fresh worker, then reported failed; the others go on.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OrderedLines } from "../../src/batch/ordered-lines.js";
import { threadPool } from "../../src/batch/pool.js";
import type { BatchTask } from "../../src/batch/task.js";

let tmp: string;
let script: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "dp-pool-"));
  script = join(tmp, "fake-worker.mjs");
  // "crash…" always kills its worker; "flaky…" kills the first worker that tries it (marker file).
  await writeFile(script, `
    import { parentPort } from "node:worker_threads";
    import { existsSync, writeFileSync } from "node:fs";
    parentPort.on("message", (task) => {
      if (task.path.startsWith("crash")) process.exit(3);
      if (task.path.startsWith("flaky") && !existsSync(task.absolute)) { writeFileSync(task.absolute, ""); throw new Error("boom"); }
      parentPort.postMessage({ seq: task.seq, ok: true, documents: 1, warnings: [], error: null, line: null });
    });`);
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

const task = (seq: number, path: string): BatchTask => ({ seq, path, absolute: join(tmp, `${path}.marker`), outputPath: "x.json", tempPath: "x.tmp" });

describe("threadPool", () => {
  it("retries a file whose worker died on a fresh worker, and reports it failed if that dies too", async () => {
    const pool = threadPool(script);
    try {
      expect(await pool.run(task(0, "ok-1"), 0)).toMatchObject({ seq: 0, ok: true });
      expect(await pool.run(task(1, "flaky-1"), 0)).toMatchObject({ seq: 1, ok: true });
      const dead = await pool.run(task(2, "crash-1"), 0);
      expect(dead).toMatchObject({ seq: 2, ok: false, error: { code: "worker-crashed", message: expect.stringMatching(/2 attempts.*exited with code 3/) } });
      expect(await pool.run(task(3, "ok-2"), 0)).toMatchObject({ seq: 3, ok: true }); // the batch goes on
    } finally {
      await pool.close();
    }
  });

  it("runs lanes in parallel on separate workers", async () => {
    const pool = threadPool(script);
    try {
      const outcomes = await Promise.all([0, 1, 2].map((lane) => pool.run(task(lane, `ok-${lane}`), lane)));
      expect(outcomes.map((o) => o.seq)).toEqual([0, 1, 2]);
    } finally {
      await pool.close();
    }
  });
});

describe("OrderedLines (NDJSON in input order)", () => {
  it("writes lines in input order whatever order they finish in", async () => {
    let out = "";
    const lines = new OrderedLines({ write: (s: string) => (out += s) }, 4);
    await lines.finish(2, "c");
    await lines.finish(1, null);
    expect(out).toBe("");
    await lines.finish(0, "a");
    await lines.finish(3, "d");
    expect(out).toBe("a\nc\nd\n");
  });

  it("holds new work back while the window is full", async () => {
    const lines = new OrderedLines({ write: () => true }, 2);
    let admitted = false;
    const waiting = lines.admit(2).then(() => (admitted = true));
    await lines.finish(1, "b");
    await Promise.resolve();
    expect(admitted).toBe(false);
    await lines.finish(0, "a");
    await waiting;
    expect(admitted).toBe(true);
  });
});
