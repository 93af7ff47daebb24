/**
 * What passes between the engine and the place a task runs (a worker thread, or the main thread):
 * the task, its outcome, and the outcomes made without running it. Kept apart from task.ts, which
 * loads the parser: the main thread of a batch does not need it.
 */
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
  /**
   * Resume: the mtime of a stamp that matches this run. When set, an input whose output is up to
   * date (see resume.ts) is skipped; null or absent (--force, NDJSON, no stamp) converts always.
   */
  stampMtimeMs?: number | null;
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
  /** up to date (resume): nothing was read or written */
  skipped?: boolean;
  /** never started (Ctrl-C came first): neither converted nor failed */
  cancelled?: boolean;
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

export function cancelled(task: Pick<BatchTask, "seq">): TaskOutcome {
  return { seq: task.seq, ok: false, cancelled: true, documents: 0, warnings: [], error: null, line: null };
}

