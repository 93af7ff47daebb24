/**
 * Turns command-line operands (`file`, `dir`, `glob`, `-`) into the list of inputs to parse, in a
 * deterministic order, and the operands that resolved to nothing. Nothing here reads file contents.
 */
import { stat as statCallback } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import { promisify } from "node:util";
import { describeFsError } from "./read-input.js";

const stat = promisify(statCallback); // not node:fs/promises: see read-input.ts

export type InputRef = { kind: "stdin" } | { kind: "file"; path: string };

export interface OperandProblem {
  operand: string;
  message: string;
  /** the operand names nothing (missing file, empty glob): a usage error, exit 2 */
  usage: boolean;
}

export interface ResolvedInputs {
  inputs: InputRef[];
  problems: OperandProblem[];
  /** some operand was a directory or a glob, so it could stand for any number of files */
  expanded: boolean;
}

/** Extensions read when walking a directory (SPEC §2, §5). */
export const WALK_EXTENSIONS = ["txt", "md"] as const;

export async function resolveInputs(operands: readonly string[], cwd: string): Promise<ResolvedInputs> {
  const inputs: InputRef[] = [];
  const problems: OperandProblem[] = [];
  const seen = new Set<string>();
  let expanded = false;
  for (const operand of operands) {
    const found = await resolveOperand(operand, cwd);
    expanded ||= !("message" in found) && !(found.length === 1 && isLiteral(found[0], operand));
    if ("message" in found) {
      problems.push(found);
      continue;
    }
    for (const input of found) {
      const key = input.kind === "stdin" ? "-" : resolve(cwd, input.path);
      if (seen.has(key)) continue; // a file named twice (by path and by glob) is parsed once
      seen.add(key);
      inputs.push(input);
    }
  }
  return { inputs, problems, expanded };
}

function isLiteral(input: InputRef, operand: string): boolean {
  return input.kind === "stdin" || input.path === operand;
}

async function resolveOperand(operand: string, cwd: string): Promise<InputRef[] | OperandProblem> {
  if (operand === "-") return [{ kind: "stdin" }];
  const absolute = resolve(cwd, operand);
  try {
    const info = await stat(absolute);
    if (!info.isDirectory()) return [{ kind: "file", path: operand }]; // files, FIFOs, /dev/stdin
    const files = await walkDirectory(absolute);
    if (files.length === 0) return problem(operand, `no .${WALK_EXTENSIONS.join(" or .")} files in this directory`, true);
    return files.map((rel) => ({ kind: "file", path: join(operand, rel) }));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== "ENOENT" && code !== "ENOTDIR") return problem(operand, describeFsError(err), false);
    const { isDynamicPattern } = await tinyglobby();
    if (!isDynamicPattern(operand)) return problem(operand, "no such file or directory", true);
    const matches = await expandGlob(operand, cwd);
    if (matches.length === 0) return problem(operand, "no files match this pattern", true);
    return matches.map((path) => ({ kind: "file", path }));
  }
}

function problem(operand: string, message: string, usage: boolean): OperandProblem {
  return { operand, message, usage };
}

/**
 * Relative paths of the .txt/.md files under `dir`, sorted; dot-folders and node_modules skipped.
 * The extension in any case: archives copied from Windows hold "CV-123.TXT" (as `batch --ext` does).
 */
export async function walkDirectory(dir: string, extensions: readonly string[] = WALK_EXTENSIONS): Promise<string[]> {
  const ext = extensions.length === 1 ? extensions[0] : `{${extensions.join(",")}}`;
  const { glob } = await tinyglobby();
  const files = await glob(`**/*.${ext}`, {
    cwd: dir,
    ignore: ["**/node_modules/**"],
    dot: false,
    expandDirectories: false,
    caseSensitiveMatch: false,
  });
  return files.sort(byCodePoint);
}

/** Glob matches as paths relative to `cwd` (absolute when the pattern is), sorted. */
async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  const { glob } = await tinyglobby();
  const files = await glob(pattern, { cwd, absolute: isAbsolute(pattern), expandDirectories: false, dot: false });
  return files.sort(byCodePoint);
}

/** The globber, loaded when an operand is a directory or a pattern: one named file needs none. */
const tinyglobby = (): Promise<typeof import("tinyglobby")> => import("tinyglobby");

/** Code-point order, not locale order, so output order is the same on every machine. */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
