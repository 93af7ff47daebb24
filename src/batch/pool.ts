/**
 * Where tasks run. `threadPool` keeps one worker thread per lane (each loads the bundled parser
 * once); `inThread` runs them on the main thread (used when the bundled worker is not there, as
 * when the CLI runs from its TypeScript sources in tests).
 *
 * A worker may hold several tasks at once (`depth`): it works through them in order, so it never
 * waits for the main thread between two files. Only the task at the head of its queue is running.
 *
 * A worker that dies (a crash, out of memory) loses nothing: the task it was running is retried
 * once on a fresh worker, and reported as failed (`worker-crashed`) if that one dies too; the
 * tasks queued behind it go to the fresh worker untouched. The batch goes on.
 */
import { Worker } from "node:worker_threads";
import { cancelled, failed, type BatchTask, type TaskOutcome } from "./outcome.js";

export interface Executor {
  /**
   * Run `task` in lane `lane` (0 ≤ lane < the number of lanes). Up to `depth` tasks may be given
   * to one lane before the first is done; they run in the order given.
   */
  run(task: BatchTask, lane: number): Promise<TaskOutcome>;
  /** how many tasks a lane may hold at once (1 when absent) */
  readonly depth?: number;
  /** Ctrl-C: tasks given but not started yet end as `cancelled`; running ones finish */
  cancelQueued?(): void;
  /** stop the workers once their tasks are done */
  close(): Promise<void>;
  /** stop now: running tasks end as `interrupted` */
  kill(): Promise<void>;
}

export class WorkerCrash extends Error {}
export class Interrupted extends Error {}
/** A worker thread died before it was ready (a broken bundle, a bad Node option): fatal for the batch. */
export class WorkerStartError extends Error {}

export function inThread(): Executor {
  let cancel = false;
  return {
    run: async (task) => (cancel ? cancelled(task) : (await import("./task.js")).processTask(task)), // the parser is loaded only here
    cancelQueued: () => void (cancel = true),
    close: async () => {},
    kill: async () => {},
  };
}

export interface PoolOptions {
  /** attempts after a worker died on a task (default 1) */
  retries?: number;
  /** tasks held per worker (default 2: one running, one ready) */
  depth?: number;
}

export function threadPool(script: URL | string, options: PoolOptions = {}): Executor {
  const slots = new Map<number, WorkerSlot>();
  const retries = options.retries ?? 1;
  const cancel = new Int32Array(new SharedArrayBuffer(4));
  const slotFor = (lane: number) => {
    let slot = slots.get(lane);
    if (!slot) slots.set(lane, (slot = new WorkerSlot(script, cancel)));
    return slot;
  };
  return {
    depth: Math.max(1, options.depth ?? 2),
    async run(task, lane) {
      let lastCrash = "";
      for (let attempt = 0; attempt <= retries; attempt++) {
        try {
          return await slotFor(lane).run(task);
        } catch (err) {
          if (!(err instanceof WorkerCrash)) throw err;
          lastCrash = err.message; // the slot has started a fresh worker for the tasks behind this one
        }
      }
      const times = retries === 0 ? "" : ` (${retries + 1} attempts)`;
      return failed(task, { code: "worker-crashed", message: `the worker died while parsing this file${times}: ${lastCrash}` }, task.outputPath === null);
    },
    cancelQueued() {
      Atomics.store(cancel, 0, 1); // read by each worker before it starts a task
    },
    async close() {
      await Promise.all([...slots.values()].map((s) => s.stop()));
    },
    async kill() {
      await Promise.all([...slots.values()].map((s) => s.stop(new Interrupted("interrupted"))));
    },
  };
}

interface Pending {
  task: BatchTask;
  resolve: (o: TaskOutcome) => void;
  reject: (e: Error) => void;
}

/**
 * Node options a worker thread cannot take but inherits from the process: `--input-type` (as in
 * `node --input-type=module -e "…"`) makes every worker die at start-up. Given one, workers get none.
 */
const workerExecArgv = process.execArgv.some((a) => a.startsWith("--input-type")) ? [] : undefined;

/** One worker thread and the tasks it holds, oldest (running) first. */
class WorkerSlot {
  private worker: Worker | null = null;
  private queue: Pending[] = [];
  private broken: WorkerStartError | null = null;

  constructor(private readonly script: URL | string, private readonly cancel: Int32Array) {}

  run(task: BatchTask): Promise<TaskOutcome> {
    if (this.broken) return Promise.reject(this.broken);
    const worker = this.worker ?? this.start();
    return new Promise((resolve, reject) => {
      this.queue.push({ task, resolve, reject });
      worker.postMessage(task);
    });
  }

  async stop(reason?: Error): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (reason) for (const p of this.queue.splice(0)) p.reject(reason);
    if (worker) await worker.terminate();
  }

  private start(): Worker {
    // A larger young generation: parsing allocates many short-lived objects, and fewer, larger
    // scavenges cost less than many small ones (measured: garbage collection is ~15 % of a parse).
    // "loaded" in shared memory as well as in the ready message: a worker that dies on its first
    // task can exit before that message is delivered, and must not pass for one that never started
    const loaded = new Int32Array(new SharedArrayBuffer(4));
    const worker = new Worker(this.script, {
      workerData: { cancel: this.cancel, loaded },
      execArgv: workerExecArgv,
      resourceLimits: { maxYoungGenerationSizeMb: 64 },
    });
    this.worker = worker;
    let ready = false; // the worker says so once its parser is loaded, before its first task
    const gone = (why: string) => {
      if (this.worker !== worker) return; // an old worker's last words
      this.worker = null;
      if (!ready && Atomics.load(loaded, 0) === 0) {
        // it never got to a task: every fresh worker would die the same way, so stop here
        this.broken = new WorkerStartError(`a worker thread could not start: ${why}`);
        for (const p of this.queue.splice(0)) p.reject(this.broken);
        return;
      }
      const [running, ...queued] = this.queue;
      this.queue = [];
      // the tasks that never started go to a fresh worker, in order; the one it died on is retried by the pool
      for (const p of queued) {
        const fresh = this.worker ?? this.start();
        this.queue.push(p);
        fresh.postMessage(p.task);
      }
      running?.reject(new WorkerCrash(why));
    };
    worker.on("message", (outcome: TaskOutcome | { ready: true }) => {
      if (this.worker !== worker) return;
      if (!("seq" in outcome)) return void (ready = true);
      const i = this.queue.findIndex((p) => p.task.seq === outcome.seq); // the head, unless something is very wrong
      if (i < 0) return;
      const [done] = this.queue.splice(i, 1);
      done.resolve(outcome);
    });
    worker.on("error", (err) => gone(err instanceof Error ? err.message : String(err)));
    worker.on("exit", (code) => gone(`it exited with code ${code}`));
    return worker;
  }
}
