/**
 * `--report <file>`: the failures and warnings of a run as one JSON document, streamed while the
 * batch runs (memory stays flat) into a temporary file that is renamed when the run ends.
 *
 * { "tool": "directive-parse", "version": "0.1.0",
 *   "files": [ { "path": "a/x.txt", "ok": false, "error": { "code": "binary-input", "message": "…" } },
 *              { "path": "a/y.md", "ok": true, "warnings": [ { "severity": "warning", "code": "missing-date", … } ] } ],
 *   "summary": { "files": 12, "converted": 11, …, "seconds": 1.2, "interrupted": false } }
 *
 * Only files with a failure or a warning are listed, in the order they finished.
 */
import { createWriteStream, type WriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { finished } from "node:stream/promises";
import type { Diagnostic } from "../types.js";
import { writeText } from "./sink.js";
import type { BatchCounts } from "./summary.js";
import type { TaskError } from "./outcome.js";

export type ReportEntry =
  | { path: string; ok: false; error: TaskError }
  | { path: string; ok: true; warnings: Diagnostic[] };

export class ReportWriter {
  private count = 0;
  private readonly temp: string;
  private readonly stream: WriteStream;
  private opened: Promise<void>;

  constructor(private readonly path: string, header: { tool: string; version: string }) {
    this.temp = `${path}.${process.pid}.tmp`;
    this.stream = createWriteStream(this.temp);
    this.opened = new Promise((resolve, reject) => {
      this.stream.once("open", () => resolve());
      this.stream.once("error", reject);
    });
    this.stream.write(`{\n  "tool": ${JSON.stringify(header.tool)},\n  "version": ${JSON.stringify(header.version)},\n  "files": [`);
  }

  /** Fails (rejects) when the report file cannot be created. */
  ready(): Promise<void> {
    return this.opened;
  }

  add(entry: ReportEntry): Promise<void> {
    return writeText(this.stream, `${this.count++ === 0 ? "\n" : ",\n"}    ${JSON.stringify(entry)}`);
  }

  async finish(summary: BatchCounts & { seconds: number; interrupted: boolean }): Promise<void> {
    const body = JSON.stringify(summary, null, 2).replace(/\n/g, "\n  ");
    this.stream.end(`${this.count === 0 ? "" : "\n  "}],\n  "summary": ${body}\n}\n`);
    await finished(this.stream);
    await rename(this.temp, this.path);
  }

  async discard(): Promise<void> {
    this.stream.destroy();
    await rm(this.temp, { force: true });
  }
}
