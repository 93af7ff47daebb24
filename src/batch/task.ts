/**
 * One unit of work, the same in a worker thread and in-thread: read one input, parse it, and
 * either write its JSON atomically (temporary file in the same folder, then rename) or hand back
 * its NDJSON line. Never throws: every problem becomes a failed outcome naming the file.
 */
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { parse } from "../parse.js";
import { describeFsError } from "../read-input.js";
import type { Diagnostic } from "../types.js";

export interface BatchTask {
  seq: number;
  /** recorded in source.path and in messages */
  path: string;
  absolute: string;
  /** write here (via `tempPath`); null in NDJSON mode */
  outputPath: string | null;
  tempPath: string | null;
  markup?: "plain" | "markdown";
}

export interface TaskError {
  /** a diagnostic code (`binary-input`, `empty-input`) or read-error, not-a-file, parser-error, write-error, worker-crashed */
  code: string;
  message: string;
  /** the line of an error diagnostic, when it has one */
  line?: number;
}

export interface TaskOutcome {
  seq: number;
  ok: boolean;
  documents: number;
  /** warning-severity diagnostics of a converted file */
  warnings: Diagnostic[];
  error: TaskError | null;
  /** the NDJSON line (without "\n") in NDJSON mode */
  line: string | null;
}

export function failed(task: Pick<BatchTask, "seq" | "path">, error: TaskError, ndjson: boolean): TaskOutcome {
  const line = ndjson ? JSON.stringify({ path: task.path, ok: false, error }) : null;
  return { seq: task.seq, ok: false, documents: 0, warnings: [], error, line };
}

export async function processTask(task: BatchTask): Promise<TaskOutcome> {
  const ndjson = task.outputPath === null;
  let bytes: Uint8Array;
  try {
    const info = await stat(task.absolute);
    if (info.isDirectory()) return failed(task, { code: "read-error", message: describeFsError({ code: "EISDIR" }) }, ndjson);
    if (!info.isFile()) return failed(task, { code: "not-a-file", message: "not a regular file (a FIFO, socket or device)" }, ndjson);
    bytes = await readFile(task.absolute);
  } catch (err) {
    return failed(task, { code: "read-error", message: describeFsError(err) }, ndjson);
  }
  let result;
  try {
    result = parse(bytes, { path: task.path, markup: task.markup });
  } catch (err) {
    return failed(task, { code: "parser-error", message: `the parser failed: ${err instanceof Error ? err.message : String(err)}` }, ndjson);
  }
  const fatal = result.diagnostics.find((d) => d.severity === "error");
  if (fatal) return failed(task, { code: fatal.code, message: fatal.message, ...(fatal.lines ? { line: fatal.lines[0] } : {}) }, ndjson);
  const outcome: TaskOutcome = {
    seq: task.seq, ok: true, documents: result.documents.length,
    warnings: result.diagnostics.filter((d) => d.severity === "warning"), error: null, line: null,
  };
  if (ndjson) {
    outcome.line = JSON.stringify({ path: task.path, ok: true, result });
    return outcome;
  }
  try {
    await writeAtomic(task.outputPath!, task.tempPath!, `${JSON.stringify(result, null, 2)}\n`);
  } catch (err) {
    return failed(task, { code: "write-error", message: `cannot write ${task.outputPath}: ${describeFsError(err)}` }, false);
  }
  return outcome;
}

/** Folders known to exist: saves a mkdir per file. Only a hint: a missing folder is made on ENOENT. */
const madeDirs = new Set<string>();

async function writeAtomic(path: string, temp: string, text: string): Promise<void> {
  const dir = dirname(path);
  try {
    if (!madeDirs.has(dir)) await mkdir(dir, { recursive: true });
    await writeFile(temp, text).catch(async (err: NodeJS.ErrnoException) => {
      if (err.code !== "ENOENT") throw err;
      await mkdir(dir, { recursive: true }); // removed since we made it
      await writeFile(temp, text);
    });
    if (madeDirs.size > 10_000) madeDirs.clear(); // keep the hint bounded
    madeDirs.add(dir);
    await rename(temp, path);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}
