/**
 * `directive-parse batch <inputs...> -o <outdir>` (SPEC §5): the terminal side of the batch
 * engine — option checks, the worker pool, the progress line, Ctrl-C, messages, the summary.
 */
import { existsSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, resolve } from "node:path";
import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { finished } from "node:stream/promises";
import { runBatch, type BatchPlan } from "../batch/engine.js";
import { resolveOperands } from "../batch/inputs.js";
import { inThread, threadPool, type Executor } from "../batch/pool.js";
import { ProgressPainter } from "../batch/progress.js";
import { ReportWriter } from "../batch/report.js";
import { parseShard, type Shard } from "../batch/shard.js";
import type { TextStream } from "../batch/sink.js";
import { formatSummary, rate } from "../batch/summary.js";
import { describeFsError } from "../read-input.js";
import { EXIT, reportError, type CliIO, type ExitCode } from "./io.js";
import { VERSION } from "./version.js";

export interface BatchCommandOptions {
  outdir?: string;
  ndjson?: string | true;
  ext: string;
  jobs?: string;
  shard?: string;
  force?: boolean;
  report?: string;
  quiet?: boolean;
  markup?: "plain" | "markdown";
}

interface Settings {
  extensions: string[];
  lanes: number;
  shard: Shard | null;
}

export async function batchCommand(operands: string[], opts: BatchCommandOptions, io: CliIO): Promise<ExitCode> {
  const settings = checkOptions(operands, opts, io);
  if (!settings) return EXIT.usage;
  const resolved = await resolveOperands(operands, io.cwd);
  for (const p of resolved.problems) reportError(io, p.operand, p.message);
  if (resolved.problems.some((p) => p.usage) && resolved.sources.length === 0) return EXIT.usage;
  if (resolved.sources.length === 0) return EXIT.failed;

  const ndjson = await openNdjson(opts, io);
  if (ndjson === "failed") return EXIT.failed;
  const report = opts.report ? new ReportWriter(resolve(io.cwd, opts.report), { tool: "directive-parse", version: VERSION }) : null;
  if (report && !(await report.ready().then(() => true, (err) => (reportError(io, opts.report!, `cannot write the report: ${describeFsError(err)}`), false)))) {
    await ndjson?.discard();
    return EXIT.failed;
  }
  const plan: BatchPlan = {
    operands: resolved, cwd: io.cwd, outdir: opts.outdir ? resolve(io.cwd, opts.outdir) : null, ndjson: ndjson?.stream ?? null,
    extensions: settings.extensions, lanes: settings.lanes, shard: settings.shard, force: opts.force === true,
    markup: opts.markup, version: VERSION,
  };
  const started = Date.now();
  const progress = !opts.quiet && stderrIsTTY(io) ? new ProgressPainter(io.stderr as TextStream & { columns?: number }) : null;
  let total: number | null = null;
  const interrupt = listenForInterrupt(io);
  let walkFailed = false;
  let outcome;
  try {
    outcome = await runBatch(plan, executor(), {
      stop: interrupt.stop, kill: interrupt.kill, report,
      onFailure: (input, error) => {
        progress?.clear();
        reportError(io, error.line ? `${input.path}:${error.line}` : input.path, error.code === "read-error" || error.code === "write-error" || error.code === "not-a-file" ? error.message : `${error.code}: ${error.message}`);
      },
      onWalkError: (dir, err) => {
        walkFailed = true; // inputs in there were missed: the run cannot be a success
        progress?.clear();
        reportError(io, dir, `cannot list this folder: ${describeFsError(err)}`);
      },
      onTotal: progress ? (n) => (total = n) : undefined,
      onProgress: progress ? (c) => progress.update({ done: c.converted + c.failed + c.skipped, total, failed: c.failed, rate: rate(c, (Date.now() - started) / 1000) }) : undefined,
    });
  } catch (err) {
    interrupt.dispose();
    progress?.clear();
    await Promise.all([report?.discard(), ndjson?.discard()]);
    reportError(io, opts.outdir ?? null, describeFsError(err));
    return EXIT.failed;
  }
  interrupt.dispose();
  progress?.clear();
  const seconds = (Date.now() - started) / 1000;
  const { counts, found, interrupted } = outcome;
  await Promise.all([report?.finish({ ...counts, seconds, interrupted }), interrupted && interrupt.kill.aborted ? ndjson?.discard() : ndjson?.commit()]);
  if (found === 0 && !interrupted) {
    reportError(io, null, `no .${settings.extensions.join(" or .")} files found in ${operands.join(", ")}`);
    return EXIT.usage;
  }
  if (!opts.quiet) io.stderr.write(`${formatSummary(counts, seconds, interrupted)}\n`);
  if (interrupted) return EXIT.interrupted;
  if (resolved.problems.some((p) => p.usage)) return EXIT.usage;
  return counts.failed > 0 || walkFailed || resolved.problems.length > 0 ? EXIT.failed : EXIT.ok;
}

/** Usage errors (exit 2) that commander cannot see: -o vs --ndjson, --jobs, --shard, --ext. */
function checkOptions(operands: string[], opts: BatchCommandOptions, io: CliIO): Settings | null {
  const usage = (message: string) => (reportError(io, null, message), null);
  if (!opts.outdir && opts.ndjson === undefined) return usage("batch needs an output: -o <outdir>, or --ndjson [file]");
  if (opts.outdir && opts.ndjson !== undefined) return usage("-o and --ndjson cannot be combined: choose JSON files or one NDJSON stream");
  if (operands.includes("-")) return usage("batch reads files, not standard input (-); use `directive-parse - --json`");
  if (typeof opts.ndjson === "string" && opts.ndjson !== "-" && isDirectory(resolve(io.cwd, opts.ndjson))) {
    return usage(`--ndjson ${opts.ndjson}: is a directory; put the inputs before --ndjson, or write --ndjson=- or --ndjson=<file>`);
  }
  const lanes = opts.jobs === undefined ? availableParallelism() : Number(opts.jobs);
  if (!Number.isInteger(lanes) || lanes < 1 || lanes > 256) return usage(`--jobs takes a whole number from 1 to 256, got "${opts.jobs}"`);
  let shard: Shard | null = null;
  if (opts.shard !== undefined) {
    const parsed = parseShard(opts.shard);
    if ("error" in parsed) return usage(parsed.error);
    shard = parsed;
  }
  const extensions = opts.ext.split(",").map((e) => e.trim().replace(/^\*?\./, "").toLowerCase()).filter(Boolean);
  if (extensions.length === 0 || extensions.some((e) => !/^[\w.-]+$/.test(e))) return usage(`--ext takes a list like .txt,.md, got "${opts.ext}"`);
  return { extensions, lanes, shard };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Worker threads when the bundled worker sits beside this module (dist/), else in-thread (running from sources). */
function executor(): Executor {
  const worker = new URL("./batch-worker.cjs", import.meta.url);
  return existsSync(worker) ? threadPool(worker) : inThread();
}

function stderrIsTTY(io: CliIO): boolean {
  return (io.stderr as { isTTY?: boolean }).isTTY === true;
}

interface NdjsonOutput {
  stream: TextStream;
  commit(): Promise<void>;
  discard(): Promise<void>;
}

/** --ndjson or --ndjson - → stdout; --ndjson <file> → a temporary file beside it, renamed at the end. */
async function openNdjson(opts: BatchCommandOptions, io: CliIO): Promise<NdjsonOutput | null | "failed"> {
  if (opts.ndjson === undefined) return null;
  if (opts.ndjson === true || opts.ndjson === "-") return { stream: io.stdout, commit: async () => {}, discard: async () => {} };
  const name = opts.ndjson;
  const target = resolve(io.cwd, name);
  const temp = resolve(dirname(target), `.${target.slice(dirname(target).length + 1)}.${process.pid}.tmp`);
  const stream = createWriteStream(temp);
  try {
    await new Promise<void>((ok, fail) => stream.once("open", () => ok()).once("error", fail));
  } catch (err) {
    reportError(io, name, `cannot write: ${describeFsError(err)}`);
    return "failed";
  }
  return {
    stream,
    async commit() {
      stream.end();
      await finished(stream);
      await rename(temp, target);
    },
    async discard() {
      stream.destroy();
      await rm(temp, { force: true });
    },
  };
}

/** Ctrl-C once: finish the files in flight; twice: stop now. Only while the batch runs. */
function listenForInterrupt(io: CliIO): { stop: AbortSignal; kill: AbortSignal; dispose(): void } {
  const stop = new AbortController();
  const kill = new AbortController();
  const onSigint = () => {
    if (!stop.signal.aborted) {
      stop.abort();
      io.stderr.write("\ndirective-parse: interrupted: finishing the files in progress (Ctrl-C again to stop at once)\n");
    } else {
      kill.abort();
    }
  };
  process.on("SIGINT", onSigint);
  return { stop: stop.signal, kill: kill.signal, dispose: () => process.off("SIGINT", onSigint) };
}
