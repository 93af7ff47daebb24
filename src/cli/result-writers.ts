/**
 * How parse results reach stdout, one writer per output format. Results are written as they come,
 * so memory does not grow with the number of files.
 */
import type { ChalkInstance } from "chalk";
import type { ParseResult } from "../types.js";
import type { TextSink } from "./io.js";
import { formatOutline } from "./outline.js";

export interface ResultWriter {
  write(result: ParseResult): void;
  end(): void;
}

export type OutputFormat = "outline" | "json" | "json-array" | "ndjson";

/** The JSON outputs; the outline, in colour, is outlineWriter(). */
export function createWriter(format: Exclude<OutputFormat, "outline">, out: TextSink): ResultWriter {
  switch (format) {
    case "json":
      return { write: (r) => out.write(`${JSON.stringify(r, null, 2)}\n`), end: () => {} };
    case "ndjson":
      return { write: (r) => out.write(`${JSON.stringify(r)}\n`), end: () => {} };
    case "json-array":
      return jsonArrayWriter(out);
  }
}

/** `[` … `]` around pretty objects, indented one level; `[]` when nothing parsed. */
function jsonArrayWriter(out: TextSink): ResultWriter {
  let count = 0;
  return {
    write(result) {
      const body = JSON.stringify(result, null, 2).replace(/\n/g, "\n  ");
      out.write(`${count++ === 0 ? "[\n" : ",\n"}  ${body}`);
    },
    end() {
      out.write(count === 0 ? "[]\n" : "\n]\n");
    },
  };
}

export function outlineWriter(out: TextSink, chalk: ChalkInstance): ResultWriter {
  let count = 0;
  return {
    write(result) {
      out.write((count++ === 0 ? "" : "\n") + formatOutline(result, chalk));
    },
    end() {},
  };
}
