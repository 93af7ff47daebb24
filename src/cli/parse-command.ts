/**
 * The default command: `directive-parse <file|dir|glob|->... [--json | --ndjson]`.
 * A file that cannot be read or parsed is reported on stderr and the others go on.
 */
import type { ChalkInstance } from "chalk";
import { parse } from "../parse.js";
import { InputError, readInputFile, readStream } from "../read-input.js";
import { resolveInputs, type InputRef } from "../resolve-inputs.js";
import type { ParseResult } from "../types.js";
import { EXIT, reportError, type CliIO, type ExitCode } from "./io.js";
import { createWriter, outlineWriter, type OutputFormat } from "./result-writers.js";

export interface ParseCommandOptions {
  json?: boolean;
  ndjson?: boolean;
  markup?: "plain" | "markdown";
}

/** `chalk` is asked for only by the outline, the one output in colour. */
export async function parseCommand(
  operands: string[],
  opts: ParseCommandOptions,
  io: CliIO,
  chalk: () => Promise<ChalkInstance>,
): Promise<ExitCode> {
  if (operands.filter((op) => op === "-").length > 1) {
    reportError(io, null, "standard input (-) can be read only once");
    return EXIT.usage;
  }
  const { inputs, problems, expanded } = await resolveInputs(operands, io.cwd);
  for (const p of problems) reportError(io, p.operand, p.message);
  const format = outputFormat(opts, expanded || operands.length > 1);
  const writer = format === "outline" ? outlineWriter(io.stdout, await chalk()) : createWriter(format, io.stdout);
  let failed = false;
  for (const input of inputs) {
    const result = await parseInput(input, opts, io);
    if (result) writer.write(result);
    // every failed file is reported, not only the first: `failed ||= report(…)` would skip the rest
    const bad = !result || reportFailure(result, io);
    failed ||= bad;
  }
  writer.end();
  if (problems.some((p) => p.usage)) return EXIT.usage;
  return failed || problems.length > 0 ? EXIT.failed : EXIT.ok;
}

/** One input, one JSON object; several possible inputs (dir, glob, many operands), an array. */
function outputFormat(opts: ParseCommandOptions, several: boolean): OutputFormat {
  if (opts.ndjson) return "ndjson";
  if (opts.json) return several ? "json-array" : "json";
  return "outline";
}

async function parseInput(input: InputRef, opts: ParseCommandOptions, io: CliIO): Promise<ParseResult | null> {
  const name = input.kind === "stdin" ? "<stdin>" : input.path;
  let bytes: Uint8Array;
  try {
    bytes = input.kind === "stdin" ? await readStream(io.stdin) : await readInputFile(input.path, io.cwd);
  } catch (err) {
    reportError(io, name, err instanceof InputError ? err.message : String(err));
    return null;
  }
  try {
    return parse(bytes, { path: input.kind === "file" ? input.path : undefined, markup: opts.markup });
  } catch (err) {
    // parse() collects problems as diagnostics; a throw is a bug, reported against the file.
    reportError(io, name, `the parser failed: ${err instanceof Error ? err.message : String(err)}`);
    return null;
  }
}

/**
 * Error-severity diagnostics (empty or binary input) mean the input did not parse: exit 1, and say
 * so on stderr with the line, since the JSON on stdout may be going to a file.
 */
function reportFailure(result: ParseResult, io: CliIO): boolean {
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  const name = result.source.path ?? "<stdin>";
  for (const d of errors) reportError(io, d.lines ? `${name}:${d.lines[0]}` : name, `${d.code}: ${d.message}`);
  return errors.length > 0;
}
