/**
 * The progress line on a terminal (standard error only). A pure renderer plus a throttled painter;
 * no dependency (cli-progress would pull in its own terminal handling for one line).
 *
 *   [██████████░░░░░░░░░░]  52%  6,240/12,000 · 1 failed · 412 files/s · ETA 14 s
 *   ⠋ 1,200 files · 412 files/s        (while the walk has not counted the inputs yet)
 */
import { formatDuration } from "./summary.js";

export interface ProgressState {
  done: number;
  /** null until the walk has counted every input */
  total: number | null;
  failed: number;
  /** files per second since the start */
  rate: number;
}

const grouped = new Intl.NumberFormat("en-US");

export function renderProgress(s: ProgressState, width = 80): string {
  const tail = [`${s.failed > 0 ? ` · ${grouped.format(s.failed)} failed` : ""}`, ` · ${s.rate.toFixed(0)} files/s`];
  if (s.total === null || s.total === 0) return `${grouped.format(s.done)} files${tail.join("")}`.slice(0, width - 1);
  const fraction = Math.min(1, s.done / s.total);
  const eta = s.rate > 0 && s.done < s.total ? ` · ETA ${formatDuration((s.total - s.done) / s.rate)}` : "";
  const text = ` ${String(Math.floor(fraction * 100)).padStart(3)}%  ${grouped.format(s.done)}/${grouped.format(s.total)}${tail.join("")}${eta}`;
  const barWidth = width >= 60 ? 20 : 10;
  const filled = Math.round(fraction * barWidth);
  return `[${"█".repeat(filled)}${"░".repeat(barWidth - filled)}]${text}`.slice(0, width - 1);
}

export interface ProgressSink {
  write(chunk: string): unknown;
  columns?: number;
}

/** Repaints at most every `intervalMs`; `clear()` before writing a message, `done()` at the end. */
export class ProgressPainter {
  private last = 0;
  private shown = false;

  constructor(private readonly out: ProgressSink, private readonly intervalMs = 100) {}

  update(state: ProgressState, now = Date.now()): void {
    if (now - this.last < this.intervalMs) return;
    this.last = now;
    this.out.write(`\r${renderProgress(state, this.out.columns ?? 80)}\u001b[K`);
    this.shown = true;
  }

  /** Wipe the line so a message can be printed; the next update repaints. */
  clear(): void {
    if (!this.shown) return;
    this.out.write("\r\u001b[K");
    this.shown = false;
    this.last = 0;
  }
}
