/**
 * What a batch worker thread does once the parser is loaded: it handles one task per message,
 * answering each with its outcome, in the order received. The pool keeps more than one task
 * queued here, so the next file starts as soon as the last one is written, without waiting for the
 * main thread. The thread's entry is dist/batch-worker.cjs (src/batch/worker-entry.ts), which
 * loads this from the command's own bundle.
 *
 * The first message out is `{ ready: true }`, once the parser is loaded (and `workerData.loaded[0]`
 * is set to 1): a worker that dies before it is taken as unable to start (a broken install), not
 * as a crash on a file.
 *
 * `workerData.cancel` (an Int32Array on shared memory, optional): once its first element is not 0
 * (Ctrl-C), queued tasks are answered `cancelled` instead of being started.
 */
import { parentPort, workerData } from "node:worker_threads";
import { cancelled, processTask, type BatchTask } from "./task.js";

export function serveTasks(): void {
  if (!parentPort) throw new Error("dist/batch-worker.cjs runs as a worker thread of `directive-parse batch`");
  const port = parentPort;
  const data = workerData as { cancel?: Int32Array; loaded?: Int32Array } | null;
  const cancel = data?.cancel ?? null;
  port.on("message", (task: BatchTask) => {
    port.postMessage(cancel !== null && Atomics.load(cancel, 0) !== 0 ? cancelled(task) : processTask(task));
  });
  // loaded: a death from now on is a task's, not a broken start-up (said in shared memory too, which
  // the pool reads even when the worker dies before this message is delivered)
  if (data?.loaded) Atomics.store(data.loaded, 0, 1);
  port.postMessage({ ready: true });
}
