/**
 * Differences as lines a person reads in a CI log:
 *   documents[0].number.value: expected "508-CV/QU", got null
 *   documents[0].clauses[4]: expected nothing, got {"marker":"5.","number":"5",…}
 */
import type { Difference, Json } from "./diff-json.js";

/** Longer values are cut: the line must fit a log, `--update` + `git diff` shows the rest. */
export const PREVIEW_LENGTH = 72;
/** Per fixture; a grammar change that moves every line number would otherwise flood the log. */
export const MAX_DIFFERENCES = 25;

export function previewValue(value: Json | undefined, max = PREVIEW_LENGTH): string {
  if (value === undefined) return "nothing";
  const text = JSON.stringify(value);
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function formatDifference(d: Difference): string {
  const path = d.path === "" ? "(root)" : d.path;
  return `${path}: expected ${previewValue(d.expected)}, got ${previewValue(d.actual)}`;
}

/** The first MAX_DIFFERENCES lines, then a count of the rest. */
export function formatDifferences(differences: readonly Difference[], max = MAX_DIFFERENCES): string[] {
  const lines = differences.slice(0, max).map(formatDifference);
  const rest = differences.length - max;
  if (rest > 0) lines.push(`… and ${rest} more difference${rest === 1 ? "" : "s"}`);
  return lines;
}

export function summaryLine(counts: { passed: number; failed: number; updated?: number; created?: number }): string {
  const parts = [`${counts.passed} passed`, `${counts.failed} failed`];
  if (counts.updated) parts.push(`${counts.updated} updated`);
  if (counts.created) parts.push(`${counts.created} created`);
  return parts.join(", ");
}
