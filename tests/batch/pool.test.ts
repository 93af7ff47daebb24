/**
 * The worker pool with a stand-in worker that speaks the same protocol and dies on demand: a dead
 * worker's file is retried once on a fresh worker, then reported failed; the others go on. A worker
 * holds several tasks at once; Ctrl-C gives back the ones it has not started; a worker that cannot
 * start stops the batch with one error.
 */
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OrderedLines } from "../../src/batch/ordered-lines.js";
import { runBatch, type BatchPlan } from "../../src/batch/engine.js";
import { resolveOperands } from "../../src/batch/inputs.js";
import { threadPool, WorkerStartError } from "../../src/batch/pool.js";
import type { BatchTask } from "../../src/batch/task.js";

let tmp: string;
let script: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "dp-pool-"));
  script = join(tmp, "fake-worker.mjs");
  // "crash…" always kills its worker; "flaky…" kills the first worker that tries it (marker file);
  // "slow…" writes its marker file when it starts, then works for 300 ms. Like the real worker, it
  // answers "cancelled" for a task it has not started once the pool's cancel flag is up.
  await writeFile(script, `
    import { parentPort, workerData } from "node:worker_threads";
    import { existsSync, writeFileSync } from "node:fs";
    parentPort.on("message", (task) => {
      if (Atomics.load(workerData.cancel, 0) !== 0) return parentPort.postMessage({ seq: task.seq, ok: false, cancelled: true, documents: 0, warnings: [], error: null, line: null });
      if (task.path.startsWith("crash")) process.exit(3);
      if (task.path.startsWith("slow")) { writeFileSync(task.absolute, ""); const end = Date.now() + 300; while (Date.now() < end); }
      if (task.path.startsWith("flaky") && !existsSync(task.absolute)) { writeFileSync(task.absolute, ""); throw new Error("boom"); }
      parentPort.postMessage({ seq: task.seq, ok: true, documents: 1, warnings: [], error: null, line: null });
    });
    Atomics.store(workerData.loaded, 0, 1);
    parentPort.postMessage({ ready: true });`);
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

async function until(check: () => boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 5));
  }
}

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

describe("threadPool with several tasks per worker", () => {
  it("runs the tasks given to one lane in order, each answered with its own outcome", async () => {
    const pool = threadPool(script, { depth: 3 });
    expect(pool.depth).toBe(3);
    try {
      const outcomes = await Promise.all([0, 1, 2, 3, 4].map((seq) => pool.run(task(seq, `ok-${seq}`), 0)));
      expect(outcomes.map((o) => [o.seq, o.ok])).toEqual([[0, true], [1, true], [2, true], [3, true], [4, true]]);
    } finally {
      await pool.close();
    }
  });

  it("charges a worker's death to the task it was running only; the tasks queued behind it go on", async () => {
    const pool = threadPool(script, { depth: 4 });
    try {
      const outcomes = await Promise.all([task(0, "crash-q"), task(1, "ok-q1"), task(2, "flaky-q"), task(3, "ok-q2")].map((t) => pool.run(t, 0)));
      expect(outcomes[0]).toMatchObject({ seq: 0, ok: false, error: { code: "worker-crashed" } });
      expect(outcomes.slice(1).map((o) => [o.seq, o.ok])).toEqual([[1, true], [2, true], [3, true]]);
    } finally {
      await pool.close();
    }
  });

  it("on cancelQueued (Ctrl-C) finishes the running task and gives back the queued ones as cancelled", async () => {
    const pool = threadPool(script, { depth: 3 });
    try {
      const slow = task(0, "slow-c");
      const running = [slow, task(1, "ok-c1"), task(2, "ok-c2")].map((t) => pool.run(t, 0));
      await until(() => existsSync(slow.absolute)); // the slow task has started
      pool.cancelQueued!();
      const outcomes = await Promise.all(running);
      expect(outcomes[0]).toMatchObject({ seq: 0, ok: true });
      expect(outcomes.slice(1).map((o) => [o.seq, o.cancelled])).toEqual([[1, true], [2, true]]);
    } finally {
      await pool.close();
    }
  });

  it("fails fast with one clear error when a worker cannot even start (no file is charged with it)", async () => {
    const broken = join(tmp, "broken-worker.mjs");
    await writeFile(broken, `throw new Error("cannot load the parser");`);
    const pool = threadPool(broken);
    try {
      const started = Date.now();
      const results = await Promise.allSettled([pool.run(task(0, "ok-b0"), 0), pool.run(task(1, "ok-b1"), 0), pool.run(task(2, "ok-b2"), 1)]);
      for (const r of results) {
        expect(r.status).toBe("rejected");
        expect((r as PromiseRejectedResult).reason).toBeInstanceOf(WorkerStartError);
        expect((r as PromiseRejectedResult).reason.message).toMatch(/a worker thread could not start: cannot load the parser/);
      }
      expect(Date.now() - started).toBeLessThan(15_000);
      await expect(pool.run(task(3, "ok-b3"), 0)).rejects.toBeInstanceOf(WorkerStartError); // and it does not retry for every file
    } finally {
      await pool.close();
    }
  });

  it("charges a death on the first task to that task even when the ready message is never delivered", async () => {
    // the ready message can be lost when a worker exits right after it; the shared flag is not
    const quiet = join(tmp, "quiet-worker.mjs");
    await writeFile(quiet, `
      import { parentPort, workerData } from "node:worker_threads";
      Atomics.store(workerData.loaded, 0, 1);
      parentPort.on("message", (task) => {
        if (task.path.startsWith("crash")) process.exit(3);
        parentPort.postMessage({ seq: task.seq, ok: true, documents: 1, warnings: [], error: null, line: null });
      });`);
    const pool = threadPool(quiet);
    try {
      expect(await pool.run(task(0, "crash-quiet"), 0)).toMatchObject({ seq: 0, ok: false, error: { code: "worker-crashed" } });
      expect(await pool.run(task(1, "ok-quiet"), 0)).toMatchObject({ seq: 1, ok: true });
    } finally {
      await pool.close();
    }
  });

  it("makes runBatch fail (the CLI reports it, exit 1) instead of reporting every file as crashed", async () => {
    const broken = join(tmp, "broken-worker-2.mjs");
    await writeFile(broken, `throw new Error("no parser here");`);
    await mkdir(join(tmp, "arc"), { recursive: true });
    for (const name of ["a.txt", "b.txt", "c.txt"]) await writeFile(join(tmp, "arc", name), "THÔNG BÁO\n1. Họp.\n");
    const failures: string[] = [];
    const plan: BatchPlan = {
      operands: await resolveOperands(["arc"], tmp), cwd: tmp, outdir: join(tmp, "arc-out"), ndjson: null,
      extensions: ["txt"], lanes: 2, shard: null, force: false, version: "0.0.0-test",
    };
    await expect(runBatch(plan, threadPool(broken), { onFailure: (input) => failures.push(input.path) })).rejects.toThrow(/could not start: no parser here/);
    expect(failures).toEqual([]);
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
