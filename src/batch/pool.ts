/**
 * Where tasks run. `threadPool` keeps one worker thread per lane (each loads the bundled parser
 * once); `inThread` runs them on the main thread (used when the bundled worker is not there, as
 * when the CLI runs from its TypeScript sources in tests).
 *
 * A worker that dies (a crash, out of memory) loses nothing: its task is retried once on a fresh
 * worker, and reported as failed (`worker-crashed`) if that one dies too. The batch goes on.
 */
import { Worker } from "node:worker_threads";
import { failed, processTask, type BatchTask, type TaskOutcome } from "./task.js";

export interface Executor {
  /** run `task` in lane `lane` (0 ≤ lane < the number of lanes); one task per lane at a time */
  run(task: BatchTask, lane: number): Promise<TaskOutcome>;
  /** stop the workers once their tasks are done */
  close(): Promise<void>;
  /** stop now: running tasks end as `interrupted` */
  kill(): Promise<void>;
}

export class WorkerCrash extends Error {}
export class Interrupted extends Error {}

export function inThread(): Executor {
  return { run: (task) => processTask(task), close: async () => {}, kill: async () => {} };
}

export function threadPool(script: URL | string, options: { retries?: number } = {}): Executor {
  const slots = new Map<number, WorkerSlot>();
  const retries = options.retries ?? 1;
  const slotFor = (lane: number) => {
    let slot = slots.get(lane);
    if (!slot) slots.set(lane, (slot = new WorkerSlot(script)));
    return slot;
  };
  return {
    async run(task, lane) {
      let lastCrash = "";
      for (let attempt = 0; attempt <= retries; attempt++) {
        try {
          return await slotFor(lane).run(task);
        } catch (err) {
          if (!(err instanceof WorkerCrash)) throw err;
          lastCrash = err.message; // the slot starts a fresh worker on the next run
        }
      }
      const times = retries === 0 ? "" : ` (${retries + 1} attempts)`;
      return failed(task, { code: "worker-crashed", message: `the worker died while parsing this file${times}: ${lastCrash}` }, task.outputPath === null);
    },
    async close() {
      await Promise.all([...slots.values()].map((s) => s.stop()));
    },
    async kill() {
      await Promise.all([...slots.values()].map((s) => s.stop(new Interrupted("interrupted"))));
    },
  };
}

/** One worker thread and the task it is running. */
class WorkerSlot {
  private worker: Worker | null = null;
  private pending: { resolve: (o: TaskOutcome) => void; reject: (e: Error) => void } | null = null;

  constructor(private readonly script: URL | string) {}

  run(task: BatchTask): Promise<TaskOutcome> {
    const worker = this.worker ?? this.start();
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject };
      worker.postMessage(task);
    });
  }

  async stop(reason?: Error): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (reason) this.settle(null, reason);
    if (worker) await worker.terminate();
  }

  private start(): Worker {
    // A larger young generation: parsing allocates many short-lived objects, and fewer, larger
    // scavenges cost less than many small ones (measured: garbage collection is ~15 % of a parse).
    const worker = new Worker(this.script, { resourceLimits: { maxYoungGenerationSizeMb: 64 } });
    this.worker = worker;
    const gone = (why: string) => {
      if (this.worker !== worker) return; // an old worker's last words
      this.worker = null;
      this.settle(null, new WorkerCrash(why));
    };
    worker.on("message", (outcome: TaskOutcome) => this.settle(outcome, null));
    worker.on("error", (err) => gone(err instanceof Error ? err.message : String(err)));
    worker.on("exit", (code) => gone(`it exited with code ${code}`));
    return worker;
  }

  private settle(outcome: TaskOutcome | null, error: Error | null): void {
    const pending = this.pending;
    this.pending = null;
    if (!pending) return;
    if (outcome) pending.resolve(outcome);
    else pending.reject(error!);
  }
}
