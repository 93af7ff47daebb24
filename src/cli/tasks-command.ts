/**
 * `directive-parse tasks <file|dir|glob|->... [--format table|csv|json]`: the tasks of every
 * document, one row per task, for pasting into a tracker or a spreadsheet.
 *
 *   table  aligned columns for a terminal (long cells cut with "…")
 *   csv    RFC 4180: a header row, CRLF line ends, fields quoted when they hold , " or a line break
 *   json   one array of { file, document, clause, action, lead, support, deadline, reportTo, via?, lines }
 */
import { parse } from "../parse.js";
import { InputError, readInputFile, readStream } from "../read-input.js";
import { resolveInputs, type InputRef } from "../resolve-inputs.js";
import type { Agency, DocumentTask } from "../types.js";
import { EXIT, reportError, type CliIO, type ExitCode } from "./io.js";

export type TasksFormat = "table" | "csv" | "json";
export const TASKS_FORMATS: readonly TasksFormat[] = ["table", "csv", "json"];

export interface TasksCommandOptions {
  format?: TasksFormat;
  markup?: "plain" | "markdown";
}

/** One task with where it came from. */
export interface TaskRow extends DocumentTask {
  file: string;
  /** index of the document in its file (a file can hold several) */
  document: number;
}

export async function tasksCommand(operands: string[], opts: TasksCommandOptions, io: CliIO): Promise<ExitCode> {
  if (operands.filter((op) => op === "-").length > 1) {
    reportError(io, null, "standard input (-) can be read only once");
    return EXIT.usage;
  }
  const { inputs, problems } = await resolveInputs(operands, io.cwd);
  for (const p of problems) reportError(io, p.operand, p.message);
  const rows: TaskRow[] = [];
  let failed = false;
  for (const input of inputs) {
    const found = await taskRows(input, opts, io);
    if (found) rows.push(...found);
    else failed = true;
  }
  io.stdout.write(formatRows(rows, opts.format ?? "table"));
  if (problems.some((p) => p.usage)) return EXIT.usage;
  return failed || problems.length > 0 ? EXIT.failed : EXIT.ok;
}

async function taskRows(input: InputRef, opts: TasksCommandOptions, io: CliIO): Promise<TaskRow[] | null> {
  const name = input.kind === "stdin" ? "-" : input.path;
  try {
    const bytes = input.kind === "stdin" ? await readStream(io.stdin) : await readInputFile(input.path, io.cwd);
    const result = parse(bytes, { path: input.kind === "file" ? input.path : undefined, markup: opts.markup });
    const errors = result.diagnostics.filter((d) => d.severity === "error");
    for (const d of errors) reportError(io, d.lines ? `${name}:${d.lines[0]}` : name, `${d.code}: ${d.message}`);
    if (errors.length) return null;
    return result.documents.flatMap((doc, document) => doc.tasks.map((task) => ({ file: name, document, ...task })));
  } catch (err) {
    reportError(io, name, err instanceof InputError ? err.message : `the parser failed: ${err instanceof Error ? err.message : String(err)}`);
    return null;
  }
}

export function formatRows(rows: readonly TaskRow[], format: TasksFormat): string {
  if (format === "json") return `${JSON.stringify(rows.map(jsonRow), null, 2)}\n`;
  if (format === "csv") return csv(rows);
  return table(rows);
}

/** Key order of the JSON rows: where, then who does what by when. */
function jsonRow(row: TaskRow): object {
  const { file, document, clause, action, lead, support, deadline, reportTo, via, lines } = row;
  // `via` only where "(qua …)" is printed, as in the document's own tasks
  return { file, document, clause, action, lead, support, deadline, reportTo, ...(via ? { via } : {}), lines };
}

const names = (agencies: readonly Agency[]): string => agencies.map((a) => a.text).join("; ");
const deadlineText = (row: TaskRow): string => row.deadline?.text ?? "";

const CSV_HEADER = ["file", "document", "clause", "lead", "support", "deadline", "deadline_iso", "report_to", "action", "first_line", "last_line"];

function csv(rows: readonly TaskRow[]): string {
  const records = rows.map((r) => [
    r.file, String(r.document), r.clause ?? "", names(r.lead), names(r.support), deadlineText(r), r.deadline?.iso ?? "",
    names(r.reportTo), r.action, String(r.lines[0]), String(r.lines[1]),
  ]);
  return [CSV_HEADER, ...records].map((fields) => fields.map(csvField).join(",") + "\r\n").join("");
}

/** RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Column title, cell, widest cell before it is cut. */
const COLUMNS: ReadonlyArray<readonly [string, (r: TaskRow) => string, number]> = [
  // the path names the clause: wide enough for an appendix's ("PL1/II.8.b.-1") before it is cut
  ["CLAUSE", (r) => r.clause ?? "—", 24],
  ["LEAD", (r) => names(r.lead), 40],
  ["SUPPORT", (r) => names(r.support), 28],
  ["DEADLINE", deadlineText, 22],
  ["REPORT TO", (r) => names(r.reportTo), 22],
  ["ACTION", (r) => r.action, 70],
];

function table(rows: readonly TaskRow[]): string {
  const out: string[] = [];
  const files = [...new Set(rows.map((r) => `${r.file}\u0000${r.document}`))];
  const several = files.length > 1 || rows.some((r) => r.document > 0);
  for (const id of files) {
    const group = rows.filter((r) => `${r.file}\u0000${r.document}` === id);
    if (several) out.push(`${group[0].file}${group[0].document > 0 ? ` (document ${group[0].document + 1})` : ""}`);
    const cells = group.map((r) => COLUMNS.map(([, cell, max]) => cut(cell(r).replace(/\s+/g, " "), max)));
    const widths = COLUMNS.map(([title], c) => Math.max(title.length, ...cells.map((row) => row[c].length)));
    const line = (row: string[]) => row.map((cell, c) => (c === row.length - 1 ? cell : cell.padEnd(widths[c]))).join("  ").trimEnd();
    out.push(line(COLUMNS.map(([title]) => title)), ...cells.map(line), "");
  }
  if (!rows.length) out.push("no tasks found", "");
  return out.join("\n");
}

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
