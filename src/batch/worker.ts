/**
 * The worker-thread entry, bundled by scripts/build.js into dist/batch-worker.js: it loads the
 * parser once and then handles one task per message, answering with its outcome.
 */
import { parentPort } from "node:worker_threads";
import { processTask, type BatchTask } from "./task.js";

if (!parentPort) throw new Error("dist/batch-worker.js runs as a worker thread of `directive-parse batch`");
const port = parentPort;
port.on("message", async (task: BatchTask) => {
  port.postMessage(await processTask(task));
});
