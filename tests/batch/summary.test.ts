/** The closing summary and the progress line, as tables. */
import { describe, expect, it } from "vitest";
import { renderProgress } from "../../src/batch/progress.js";
import { emptyCounts, formatDuration, formatSummary, type BatchCounts } from "../../src/batch/summary.js";

const counts = (c: Partial<BatchCounts>): BatchCounts => ({ ...emptyCounts(), ...c });

describe("formatSummary", () => {
  it.each([
    [counts({}), 0, false, "0 files: 0 converted (0 documents, 0 warnings), 0 failed, 0 up to date — 0.0 s, 0.0 files/s"],
    [counts({ files: 1, converted: 1, documents: 1, warnings: 1 }), 0.5, false, "1 file: 1 converted (1 document, 1 warning), 0 failed, 0 up to date — 0.5 s, 2.0 files/s"],
    [
      counts({ files: 12040, converted: 11900, documents: 13010, warnings: 28700, failed: 40, skipped: 100 }), 12.34, false,
      "12,040 files: 11,900 converted (13,010 documents, 28,700 warnings), 40 failed, 100 up to date — 12 s, 968 files/s",
    ],
    [counts({ files: 3, converted: 3, documents: 3 }), 1, true, "3 files before the interruption: 3 converted (3 documents, 0 warnings), 0 failed, 0 up to date — 1.0 s, 3.0 files/s"],
  ])("%o in %s s (interrupted: %s)", (c, seconds, interrupted, text) => {
    expect(formatSummary(c, seconds, interrupted)).toBe(text);
  });
});

describe("formatDuration", () => {
  it.each([
    [0.42, "0.4 s"],
    [12.6, "13 s"],
    [75, "1 min 15 s"],
    [3725, "1 h 2 min"],
  ])("%s → %s", (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});

describe("renderProgress", () => {
  it.each([
    [{ done: 1200, total: null, failed: 0, rate: 412.4 }, "1,200 files · 412 files/s"],
    [{ done: 50, total: 100, failed: 2, rate: 10 }, "[██████████░░░░░░░░░░]  50%  50/100 · 2 failed · 10 files/s · ETA 5.0 s"],
    [{ done: 100, total: 100, failed: 0, rate: 10 }, "[████████████████████] 100%  100/100 · 10 files/s"],
  ])("%o", (state, line) => {
    expect(renderProgress(state, 100)).toBe(line);
  });

  it("never exceeds the terminal width", () => {
    expect(renderProgress({ done: 123456, total: 999999, failed: 12345, rate: 1234 }, 40).length).toBeLessThan(40);
  });
});
