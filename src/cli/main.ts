/**
 * The process entry point bundled into dist/cli.cjs: the only place that touches `process`.
 * bin/directive-parse.js runs `main()` through the code cache (src/cli/code-cache.ts).
 */
import { writeSync } from "node:fs";
import type { TextStream } from "../batch/sink.js";
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
  return run(argv, {
    stdout: stdoutSink(),
    // process.stdout/stderr are made on first use: each is a stream (net, tty or fs modules),
    // ~10 M instructions that a run printing one JSON object and no error has no need of.
    get stderr() {
      return process.stderr;
    },
    get stdin() {
      return process.stdin; // touched only when `-` is given: an unread TTY stdin stays untouched
    },
    cwd: process.cwd(),
    env: process.env,
    get isTTY() {
      return stdoutStream().isTTY === true; // asked only for the outline's colour
    },
  });
}

/** process.stdout, with `… | head` handled: the reader went away; stop quietly instead of crashing on EPIPE. */
function stdoutStream(): NodeJS.WriteStream {
  if (!stdoutWatched) {
    stdoutWatched = true;
    process.stdout.on("error", (err: NodeJS.ErrnoException) => {
      if (err.code === "EPIPE") readerGone();
      throw err;
    });
  }
  return process.stdout;
}
let stdoutWatched = false;

function readerGone(): never {
  process.exit(process.exitCode ?? 0);
}

/**
 * Standard output written synchronously to fd 1, as process.stdout itself does for files, pipes
 * and terminals on Linux, without making that stream. When fd 1 will not take a blocking write
 * (EAGAIN: a non-blocking pipe), this write and all later ones go through process.stdout, in order,
 * and a writer that waits for `drain` (batch --ndjson) waits on that stream.
 */
function stdoutSink(): TextStream {
  let stream: NodeJS.WriteStream | null = null;
  return {
    write(chunk: string) {
      if (stream) return stream.write(chunk);
      const bytes = Buffer.from(chunk, "utf8");
      let done = 0;
      try {
        while (done < bytes.length) done += writeSync(1, bytes, done);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === "EPIPE") readerGone();
        if (code !== "EAGAIN") throw err;
        stream = stdoutStream();
        return stream.write(bytes.subarray(done));
      }
      return true;
    },
    // write() returns false only from the stream: the synchronous writes block instead
    once(event: "drain", listener: () => void) {
      return stdoutStream().once(event, listener);
    },
  };
}
