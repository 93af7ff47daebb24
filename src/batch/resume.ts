/**
 * Resume (`--force` turns it off). The output JSON is the parse result and carries no tool
 * version, so the output folder holds one small stamp file, `.directive-parse-batch.json`, with
 * the settings that shape an output (tool version, schema, --markup). Its modification time marks
 * when outputs of those settings started to be written. An input is skipped when
 *
 *   - its output exists,
 *   - the output is not older than the input (mtime), and
 *   - the output is not older than the stamp, and the stamp's settings are this run's.
 *
 * When the settings change, the stamp is rewritten first, which makes every older output stale; an
 * interrupted run keeps the outputs it finished, since they are newer than the new stamp.
 */
export const STAMP_FILE = ".directive-parse-batch.json";

export interface StampSettings {
  tool: "directive-parse";
  version: string;
  schema: string;
  markup: "plain" | "markdown" | null;
}

export interface ResumeFacts {
  force: boolean;
  inputMtimeMs: number | null;
  /** null when the output does not exist */
  outputMtimeMs: number | null;
  /** mtime of a stamp whose settings match this run; null when there is none */
  stampMtimeMs: number | null;
}

export type ResumeDecision = "convert" | "skip";

export function resumeDecision(f: ResumeFacts): ResumeDecision {
  if (f.force || f.outputMtimeMs === null || f.stampMtimeMs === null || f.inputMtimeMs === null) return "convert";
  if (f.outputMtimeMs < f.inputMtimeMs) return "convert"; // the input changed since
  if (f.outputMtimeMs < f.stampMtimeMs) return "convert"; // made with other settings (older version)
  return "skip";
}

/** Do the stamp's contents (parsed JSON, or null) match this run's settings? */
export function stampMatches(found: unknown, wanted: StampSettings): boolean {
  if (typeof found !== "object" || found === null) return false;
  const f = found as Record<string, unknown>;
  return (Object.keys(wanted) as (keyof StampSettings)[]).every((k) => f[k] === wanted[k]);
}

export function serializeStamp(settings: StampSettings): string {
  return `${JSON.stringify(settings, null, 2)}\n`;
}
