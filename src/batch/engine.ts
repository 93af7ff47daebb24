/**
 * The batch engine (SPEC §5): stream the inputs, keep one task per lane in flight, write or emit
 * each result, count. Nothing here knows `process`, commander or the terminal; the CLI passes
 * hooks for messages and progress and an AbortSignal for Ctrl-C.
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
import { resumeDecision, serializeStamp, STAMP_FILE, stampMatches, type StampSettings } from "./resume.js";
import { inShard, type Shard } from "./shard.js";
import type { TextStream } from "./sink.js";
import { emptyCounts, type BatchCounts } from "./summary.js";
import type { BatchTask, TaskError, TaskOutcome } from "./task.js";

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

  async function lane(index: number): Promise<void> {
    while (!stopped()) {
      await lines?.admit(seq);
      if (stopped()) return;
      const next = await inputs.next();
      if (next.done || stopped()) return;
      const input = next.value;
      const task = taskFor(input, seq++, plan);
      counts.files++;
      if (task.outputPath && (await upToDate(input, task.outputPath, plan.force, stampMtimeMs))) {
        counts.skipped++;
        await lines?.finish(task.seq, null);
        hooks.onProgress?.(counts);
        continue;
      }
      if (task.tempPath) inFlight.set(task.seq, task.tempPath);
      let outcome: TaskOutcome;
      try {
        outcome = await executor.run(task, index);
      } catch {
        counts.files--; // killed: neither converted nor failed; its temporary file is removed
        return;
      } finally {
        inFlight.delete(task.seq);
      }
      await settle(input, outcome);
    }
  }

  async function settle(input: BatchInput, outcome: TaskOutcome): Promise<void> {
    if (outcome.ok) {
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
    await Promise.all(Array.from({ length: plan.lanes }, (_, i) => lane(i)));
  } finally {
    hooks.kill?.removeEventListener("abort", onKill);
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

function taskFor(input: BatchInput, seq: number, plan: BatchPlan): BatchTask {
  const outputPath = plan.outdir ? outputPathFor(plan.outdir, input.key) : null;
  return {
    seq, path: input.path, absolute: input.absolute, outputPath,
    tempPath: outputPath ? tempPathFor(outputPath, `${process.pid}-${seq}`) : null,
    markup: plan.markup,
  };
}

async function upToDate(input: BatchInput, outputPath: string, force: boolean, stampMtimeMs: number | null): Promise<boolean> {
  if (force || stampMtimeMs === null) return false;
  const [inInfo, outInfo] = await Promise.all([stat(input.absolute).catch(() => null), stat(outputPath).catch(() => null)]);
  return resumeDecision({
    force, stampMtimeMs,
    inputMtimeMs: inInfo?.mtimeMs ?? null,
    outputMtimeMs: outInfo?.isFile() ? outInfo.mtimeMs : null,
  }) === "skip";
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
