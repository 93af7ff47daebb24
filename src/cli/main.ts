/**
 * The process entry point bundled into dist/cli.cjs: the only place that touches `process`.
 * bin/directive-parse.js runs `main()` through the code cache (src/cli/code-cache.ts).
 */
import { run } from "./run.js";

export { run } from "./run.js";

/**
 * What a batch worker thread runs, from this same bundle (src/batch/worker-entry.ts). Loaded on
 * demand: the command itself has no use for node:worker_threads at start-up.
 */
export async function serveTasks(): Promise<void> {
  (await import("../batch/worker.js")).serveTasks();
}

export async function main(argv: string[] = process.argv.slice(2)): Promise<number> {
  // `directive-parse … | head`: the reader went away; stop quietly instead of crashing on EPIPE.
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw err;
  });
  return run(argv, {
    stdout: process.stdout,
    stderr: process.stderr,
    get stdin() {
      return process.stdin; // touched only when `-` is given: an unread TTY stdin stays untouched
    },
    cwd: process.cwd(),
    env: process.env,
    isTTY: process.stdout.isTTY === true,
  });
}
