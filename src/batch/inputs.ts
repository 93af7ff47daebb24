/**
 * The inputs of a batch: operands (directories, files, globs) resolved up front — cheap, one stat
 * each — and then the files streamed one at a time, so the list of a 100,000-file archive is never
 * held in memory. Each input carries its path as the user would name it (`archive/2019/a.txt`,
 * recorded in `source.path`) and its key: the path relative to the common tree root
 * (`2019/a.txt`), which decides its output path and its shard.
 */
import { stat } from "node:fs/promises";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { glob, isDynamicPattern } from "tinyglobby";
import { describeFsError } from "../read-input.js";
import { byCodePoint } from "../resolve-inputs.js";
import { commonRoot, globBase, isInside, relativeKey } from "./output-path.js";
import { walkFiles } from "./walk.js";

export interface BatchInput {
  /** as the user would name it, relative to cwd when the operand was */
  path: string;
  absolute: string;
  /** relative to the tree root, "/"-separated */
  key: string;
}

export interface OperandProblem {
  operand: string;
  message: string;
  /** names nothing (missing, empty glob): a usage error */
  usage: boolean;
}

type Source =
  | { kind: "dir"; operand: string; absolute: string }
  | { kind: "files"; paths: string[]; root: string };

export interface ResolvedOperands {
  sources: Source[];
  /** the deepest folder holding every operand's root; null when nothing resolved */
  root: string | null;
  problems: OperandProblem[];
}

export async function resolveOperands(operands: readonly string[], cwd: string): Promise<ResolvedOperands> {
  const sources: Source[] = [];
  const problems: OperandProblem[] = [];
  for (const operand of operands) {
    const found = await resolveOperand(operand, cwd);
    if ("message" in found) problems.push(found);
    else sources.push(found);
  }
  const roots = sources.map((s) => (s.kind === "dir" ? s.absolute : s.root));
  return { sources, root: roots.length ? commonRoot(roots) : null, problems };
}

async function resolveOperand(operand: string, cwd: string): Promise<Source | OperandProblem> {
  const absolute = resolve(cwd, operand);
  try {
    const info = await stat(absolute);
    if (info.isDirectory()) return { kind: "dir", operand, absolute };
    return { kind: "files", paths: [operand], root: dirname(absolute) };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== "ENOENT" && code !== "ENOTDIR") return { operand, message: describeFsError(err), usage: false };
    if (!isDynamicPattern(operand)) return { operand, message: "no such file or directory", usage: true };
    const paths = (await glob(operand, { cwd, absolute: isAbsolute(operand), expandDirectories: false, dot: false })).sort(byCodePoint);
    if (paths.length === 0) return { operand, message: "no files match this pattern", usage: true };
    return { kind: "files", paths, root: resolve(cwd, globBase(operand)) };
  }
}

export interface StreamOptions {
  cwd: string;
  extensions: readonly string[];
  /** absolute output folder, not walked into */
  exclude?: string;
  onWalkError?: (dir: string, err: unknown) => void;
}

/**
 * Every input once, in a deterministic order. A directory inside another directory operand is
 * walked once (as part of the outer one); files named by a path or a glob that a walked directory
 * already covers, or named twice, are yielded once.
 */
export async function* streamInputs(resolved: ResolvedOperands, options: StreamOptions): AsyncGenerator<BatchInput> {
  const root = resolved.root;
  if (root === null) return;
  const dirs = outermostDirs(resolved.sources);
  const covered = (abs: string) => dirs.some((d) => isInside(abs, d.absolute));
  for (const dir of dirs) {
    const walk = walkFiles(dir.absolute, { extensions: options.extensions, exclude: options.exclude ? [options.exclude] : [], onError: options.onWalkError });
    for await (const rel of walk) {
      const absolute = join(dir.absolute, rel);
      yield { path: join(dir.operand, rel), absolute, key: relativeKey(root, absolute) };
    }
  }
  const seen = new Set<string>(); // only named files and glob matches, which are held anyway
  for (const source of resolved.sources) {
    if (source.kind !== "files") continue;
    for (const path of source.paths) {
      const absolute = resolve(options.cwd, path);
      if (covered(absolute) || seen.has(absolute)) continue;
      seen.add(absolute);
      yield { path, absolute, key: relativeKey(root, absolute) };
    }
  }
}

function outermostDirs(sources: readonly Source[]): Array<Extract<Source, { kind: "dir" }>> {
  const dirs = sources.filter((s): s is Extract<Source, { kind: "dir" }> => s.kind === "dir");
  return dirs.filter((d, i) => !dirs.some((o, j) => (o.absolute === d.absolute ? j < i : isInside(d.absolute, o.absolute))));
}
