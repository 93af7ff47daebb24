/**
 * The closing summary on standard error:
 *   `1,204 files: 1,190 converted (1,301 documents, 2,870 warnings), 4 failed, 10 up to date — 12.3 s, 96.7 files/s`
 */
export interface BatchCounts {
  /** inputs of this run (in this shard) */
  files: number;
  converted: number;
  documents: number;
  warnings: number;
  failed: number;
  /** up to date (resume) */
  skipped: number;
}

export function emptyCounts(): BatchCounts {
  return { files: 0, converted: 0, documents: 0, warnings: 0, failed: 0, skipped: 0 };
}

const grouped = new Intl.NumberFormat("en-US");

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${grouped.format(n)} ${n === 1 ? one : many}`;
}

/** 0.4 → "0.4 s", 75 → "1 min 15 s", 3725 → "1 h 2 min" */
export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${seconds < 10 ? seconds.toFixed(1) : Math.round(seconds)} s`;
  const s = Math.round(seconds);
  if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60} s`;
  return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
}

/** Converted (parsed) files per second; skipped files do not count. */
export function rate(counts: BatchCounts, seconds: number): number {
  const parsed = counts.converted + counts.failed;
  return seconds > 0 ? parsed / seconds : 0;
}

export function formatSummary(counts: BatchCounts, seconds: number, interrupted = false): string {
  const parts = [
    `${plural(counts.converted, "converted", "converted")} (${plural(counts.documents, "document")}, ${plural(counts.warnings, "warning")})`,
    `${grouped.format(counts.failed)} failed`,
    `${grouped.format(counts.skipped)} up to date`,
  ];
  const speed = rate(counts, seconds);
  const head = `${plural(counts.files, "file")}${interrupted ? " before the interruption" : ""}`;
  return `${head}: ${parts.join(", ")} — ${formatDuration(seconds)}, ${speed.toFixed(speed < 10 ? 1 : 0)} files/s`;
}
