/**
 * NDJSON lines in input order, whatever order the workers finish in, so the same archive gives the
 * same bytes. Finished lines wait only for earlier ones; `admit()` holds back new work while more
 * than `window` inputs are between the oldest unfinished one and the newest, which bounds memory
 * when one file is slow.
 */
import { writeText, type TextStream } from "./sink.js";

export class OrderedLines {
  private next = 0;
  private readonly done = new Map<number, string | null>();
  private waiting: Array<{ seq: number; resolve: () => void }> = [];
  private flushing: Promise<void> = Promise.resolve();

  constructor(private readonly out: TextStream, private readonly window = 256) {}

  /** Resolves when input number `seq` may start. */
  admit(seq: number): Promise<void> {
    if (seq < this.next + this.window) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push({ seq, resolve }));
  }

  /** Input `seq` is finished: its line, or null when it has none. Resolves once written. */
  finish(seq: number, line: string | null): Promise<void> {
    this.done.set(seq, line);
    const ready: string[] = [];
    while (this.done.has(this.next)) {
      const l = this.done.get(this.next)!;
      this.done.delete(this.next++);
      if (l !== null) ready.push(`${l}\n`);
    }
    this.wake();
    if (ready.length === 0) return this.flushing;
    this.flushing = this.flushing.then(() => writeText(this.out, ready.join("")));
    return this.flushing;
  }

  /** How many finished lines wait for an earlier input. */
  get held(): number {
    return this.done.size;
  }

  private wake(): void {
    const limit = this.next + this.window;
    for (const w of this.waiting) if (w.seq < limit) w.resolve();
    this.waiting = this.waiting.filter((w) => w.seq >= limit);
  }
}
