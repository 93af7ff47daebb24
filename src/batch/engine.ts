/**
 * The batch engine (SPEC §5): stream the inputs, keep each lane (worker) supplied with up to
 * `executor.depth` tasks, so it never waits for this thread between two files; emit each NDJSON
 * line in input order, count. The workers read, check resume, parse and write by themselves.
 * Nothing here knows `process`, commander or the terminal; the CLI passes hooks for messages and
 * progress and an AbortSignal for Ctrl-C.
 */
import { mkdir, readFile, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { writeFileAtomic } from "../check/write-atomic.js";
import { SCHEMA_ID } from "../schema-id.js";
import { streamInputs, type BatchInput, type ResolvedOperands } from "./inputs.js";
import { OrderedLines } from "./ordered-lines.js";
import { outputPathFor, tempPathFor } from "./output-path.js";
import type { Executor } from "./pool.js";
import type { ReportWriter } from "./report.js";
import { serializeStamp, STAMP_FILE, stampMatches, type StampSettings } from "./resume.js";
import { inShard, type Shard } from "./shard.js";
import type { TextStream } from "./sink.js";
import { emptyCounts, type BatchCounts } from "./summary.js";
import type { BatchTask, TaskError, TaskOutcome } from "./outcome.js";

export interface BatchPlan {
  operands: ResolvedOperands;
  cwd: string;
  /** absolute output folder; null in NDJSON mode */
  outdir: string | null;
  /** NDJSON destination; null when writing files */
  ndjson: TextStream | null;
  extensions: readonly string[];
  lanes: number;
  shard: Shard | null;
  force: boolean;
  markup?: "plain" | "markdown";
  version: string;
}

export interface BatchHooks {
  /** Ctrl-C once: finish the files in flight, start no more */
  stop?: AbortSignal;
  /** Ctrl-C twice: kill the workers, delete their temporary files */
  kill?: AbortSignal;
  onFailure?(input: BatchInput, error: TaskError): void;
  onProgress?(counts: Readonly<BatchCounts>): void;
  /** called once with the number of inputs in this shard, when a counting walk ends (for a progress bar) */
  onTotal?(total: number): void;
  onWalkError?(dir: string, err: unknown): void;
  report?: ReportWriter | null;
}

export interface BatchOutcome {
  counts: BatchCounts;
  /** inputs found before sharding: 0 means nothing matched at all */
  found: number;
  interrupted: boolean;
}

export async function runBatch(plan: BatchPlan, executor: Executor, hooks: BatchHooks = {}): Promise<BatchOutcome> {
  const counts = emptyCounts();
  const stampMtimeMs = plan.outdir ? await prepareOutdir(plan) : null;
  const streamOptions = { cwd: plan.cwd, extensions: plan.extensions, exclude: plan.outdir ?? undefined };
  let found = 0;
  const inputs = (async function* () {
    for await (const input of streamInputs(plan.operands, { ...streamOptions, onWalkError: hooks.onWalkError })) {
      found++;
      if (inShard(input.key, plan.shard)) yield input;
    }
  })();
  if (hooks.onTotal) countInputs(plan, streamOptions, hooks).catch(() => {});
  const lines = plan.ndjson ? new OrderedLines(plan.ndjson) : null;
  const inFlight = new Map<number, string>(); // seq → temporary file
  let seq = 0;
  const stopped = () => hooks.stop?.aborted === true || hooks.kill?.aborted === true;

  let killed: Promise<void> = Promise.resolve();
  const onKill = () => {
    const temps = [...inFlight.values()]; // taken now: the lanes forget them as their tasks reject
    killed = executor.kill().then(() => removeTemps(temps));
  };
  hooks.kill?.addEventListener("abort", onKill, { once: true });

  // Ctrl-C once: tasks already handed to a worker but not started are given back (`cancelled`)
  const onStop = () => executor.cancelQueued?.();
  hooks.stop?.addEventListener("abort", onStop, { once: true });

  // Each worker holds up to `depth` tasks, so there are lanes × depth loops; loop i feeds worker i mod lanes.
  async function loop(index: number): Promise<void> {
    const lane = index % plan.lanes;
    while (!stopped()) {
      await lines?.admit(seq);
      if (stopped()) return;
      const next = await inputs.next();
      if (next.done || stopped()) return;
      const input = next.value;
      const task = taskFor(input, seq++, plan, stampMtimeMs);
      counts.files++;
      if (task.tempPath) inFlight.set(task.seq, task.tempPath);
      let outcome: TaskOutcome;
      try {
        outcome = await executor.run(task, lane);
      } catch (err) {
        if (hooks.kill?.aborted !== true) throw err; // a worker that cannot start: the batch cannot go on
        counts.files--; // killed: neither converted nor failed; its temporary file is removed
        await lines?.finish(task.seq, null);
        return;
      } finally {
        inFlight.delete(task.seq);
      }
      if (outcome.cancelled) {
        counts.files--; // never started
        await lines?.finish(task.seq, null);
        return;
      }
      await settle(input, outcome);
    }
  }

  async function settle(input: BatchInput, outcome: TaskOutcome): Promise<void> {
    if (outcome.skipped) {
      counts.skipped++;
    } else if (outcome.ok) {
      counts.converted++;
      counts.documents += outcome.documents;
      counts.warnings += outcome.warnings.length;
      if (outcome.warnings.length) await hooks.report?.add({ path: input.path, ok: true, warnings: outcome.warnings });
    } else {
      counts.failed++;
      hooks.onFailure?.(input, outcome.error!);
      await hooks.report?.add({ path: input.path, ok: false, error: outcome.error! });
    }
    await lines?.finish(outcome.seq, outcome.line);
    hooks.onProgress?.(counts);
  }

  try {
    await Promise.all(Array.from({ length: plan.lanes * (executor.depth ?? 1) }, (_, i) => loop(i)));
  } finally {
    hooks.kill?.removeEventListener("abort", onKill);
    hooks.stop?.removeEventListener("abort", onStop);
    await inputs.return(undefined);
    await executor.close();
    await killed;
  }
  return { counts, found, interrupted: stopped() };
}

/** After the workers are gone; once more a moment later, for a write the file system finishes late. */
async function removeTemps(temps: string[]): Promise<void> {
  const sweep = () => Promise.all(temps.map((t) => rm(t, { force: true })));
  await sweep();
  await new Promise((r) => setTimeout(r, 100));
  await sweep();
}

/** The task of one input; the worker checks resume itself (one stat of the output) when a stamp is given. */
function taskFor(input: BatchInput, seq: number, plan: BatchPlan, stampMtimeMs: number | null): BatchTask {
  const outputPath = plan.outdir ? outputPathFor(plan.outdir, input.key) : null;
  return {
    seq, path: input.path, absolute: input.absolute, outputPath,
    tempPath: outputPath ? tempPathFor(outputPath, `${process.pid}-${seq}`) : null,
    markup: plan.markup,
    stampMtimeMs: plan.force ? null : stampMtimeMs,
  };
}

/** Make the output folder and its stamp (rewritten when the settings changed); the stamp's mtime. */
async function prepareOutdir(plan: BatchPlan): Promise<number> {
  const outdir = plan.outdir!;
  await mkdir(outdir, { recursive: true });
  const path = join(outdir, STAMP_FILE);
  const settings: StampSettings = { tool: "directive-parse", version: plan.version, schema: SCHEMA_ID, markup: plan.markup ?? null };
  const found = await readFile(path, "utf8").then((t) => JSON.parse(t) as unknown, () => null);
  if (!stampMatches(found, settings)) await writeFileAtomic(path, serializeStamp(settings));
  return (await stat(path)).mtimeMs;
}

/** A second, counting-only walk, so the progress bar can show a total before the first walk ends. */
async function countInputs(plan: BatchPlan, options: { cwd: string; extensions: readonly string[]; exclude?: string }, hooks: BatchHooks): Promise<void> {
  let total = 0;
  for await (const input of streamInputs(plan.operands, options)) {
    if (hooks.stop?.aborted) return;
    if (inShard(input.key, plan.shard)) total++;
  }
  hooks.onTotal!(total);
}
