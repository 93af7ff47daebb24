/**
 * One unit of work, the same in a worker thread and in-thread: check whether the output is up to
 * date (resume), read one input, parse it, and either write its JSON atomically (temporary file in
 * the same folder, then rename) or hand back its NDJSON line. Never throws: every problem becomes
 * a failed outcome naming the file.
 *
 * The file system calls are synchronous on purpose: a worker thread has nothing else to do while
 * its file is read or written, and each asynchronous call would be a round trip through libuv's
 * thread pool and the event loop (measured: the worker sat idle ~20 % of the time between them).
 */
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { parse } from "../parse.js";
import { describeFsError } from "../read-input.js";
import type { Diagnostic } from "../types.js";
import { failed, type BatchTask, type TaskOutcome } from "./outcome.js";
import { resumeDecision } from "./resume.js";

export type { BatchTask, TaskError, TaskOutcome } from "./outcome.js";
export { cancelled, failed } from "./outcome.js";

export function processTask(task: BatchTask): TaskOutcome {
  const ndjson = task.outputPath === null;
  let bytes: Uint8Array;
  try {
    const info = statSync(task.absolute);
    if (info.isDirectory()) return failed(task, { code: "read-error", message: describeFsError({ code: "EISDIR" }) }, ndjson);
    if (!info.isFile()) return failed(task, { code: "not-a-file", message: "not a regular file (a FIFO, socket or device)" }, ndjson);
    if (upToDate(task, info.mtimeMs)) return { seq: task.seq, ok: true, skipped: true, documents: 0, warnings: [], error: null, line: null };
    bytes = readFileSync(task.absolute);
  } catch (err) {
    return failed(task, { code: "read-error", message: describeFsError(err) }, ndjson);
  }
  let result;
  try {
    result = parse(bytes, { path: task.path, markup: task.markup });
  } catch (err) {
    return failed(task, { code: "parser-error", message: `the parser failed: ${err instanceof Error ? err.message : String(err)}` }, ndjson);
  }
  let fatal: Diagnostic | undefined;
  const warnings: Diagnostic[] = [];
  for (const d of result.diagnostics) {
    if (d.severity === "error") {
      fatal = d;
      break;
    }
    if (d.severity === "warning") warnings.push(d);
  }
  if (fatal) return failed(task, { code: fatal.code, message: fatal.message, ...(fatal.lines ? { line: fatal.lines[0] } : {}) }, ndjson);
  const outcome: TaskOutcome = { seq: task.seq, ok: true, documents: result.documents.length, warnings, error: null, line: null };
  if (ndjson) {
    outcome.line = JSON.stringify({ path: task.path, ok: true, result });
    return outcome;
  }
  try {
    writeAtomic(task.outputPath!, task.tempPath!, `${JSON.stringify(result, null, 2)}\n`);
  } catch (err) {
    return failed(task, { code: "write-error", message: `cannot write ${task.outputPath}: ${describeFsError(err)}` }, false);
  }
  return outcome;
}

/** Is the output of `task` up to date (resume.ts)? One stat of the output; the input's is given. */
function upToDate(task: BatchTask, inputMtimeMs: number): boolean {
  if (task.outputPath === null || task.stampMtimeMs === null || task.stampMtimeMs === undefined) return false;
  let outputMtimeMs: number | null = null;
  try {
    const out = statSync(task.outputPath, { throwIfNoEntry: false });
    if (out?.isFile()) outputMtimeMs = out.mtimeMs;
  } catch {
    // cannot tell: convert (writing will report what is wrong)
  }
  return resumeDecision({ force: false, stampMtimeMs: task.stampMtimeMs, inputMtimeMs, outputMtimeMs }) === "skip";
}

/**
 * Temporary file, then rename. The output folder is made only when the first write finds it
 * missing (ENOENT): no mkdir per file, and nothing to remember between files.
 */
function writeAtomic(path: string, temp: string, text: string): void {
  try {
    try {
      writeFileSync(temp, text);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(temp, text);
    }
    renameSync(temp, path);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
}
