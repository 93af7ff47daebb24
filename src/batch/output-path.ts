/**
 * Where each input's JSON goes. All inputs of one run share one tree root: the deepest folder that
 * holds every operand's root (a directory operand is its own root, a file operand's root is its
 * folder, a glob's root is the part before its first wildcard). An input's relative path under
 * that root is mirrored under the output folder, extension kept, `.json` added:
 *
 *   batch archive/ -o json/                 archive/2019/cv-1.txt  → json/2019/cv-1.txt.json
 *   batch archive/2019 archive/2020 -o json archive/2019/cv-1.md   → json/2019/cv-1.md.json
 *
 * Keeping the extension means `a.txt` and `a.md` never collide; distinct files have distinct
 * relative paths under one root, so no two outputs collide, in one run or across shards.
 */
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { isDynamicPattern } from "tinyglobby";

export const OUTPUT_SUFFIX = ".json";

/** `archive/2019/*.txt` → `archive/2019`; `**\/*.md` → `.` (relative to cwd, unresolved) */
export function globBase(pattern: string): string {
  const segments = pattern.split("/");
  const fixed: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (isDynamicPattern(segment)) break;
    fixed.push(segment);
  }
  if (fixed.length === 0) return isAbsolute(pattern) ? "/" : ".";
  const base = fixed.join("/");
  return base === "" ? "/" : base;
}

/** The deepest common folder of absolute paths: `/a/b/c`, `/a/b/d/e` → `/a/b`. */
export function commonRoot(roots: readonly string[]): string {
  if (roots.length === 0) throw new Error("commonRoot() needs at least one path");
  let common = resolve(roots[0]).split(sep);
  for (const root of roots.slice(1)) {
    const parts = resolve(root).split(sep);
    let n = 0;
    while (n < common.length && n < parts.length && common[n] === parts[n]) n++;
    common = common.slice(0, n);
  }
  const joined = common.join(sep);
  return joined === "" ? sep : joined;
}

/** `/data/archive`, `/data/archive/2019/a.txt` → `2019/a.txt` (always "/"-separated). */
export function relativeKey(root: string, absolutePath: string): string {
  return relative(root, absolutePath).split(sep).join("/");
}

/** `json`, `2019/a.txt` → `json/2019/a.txt.json` */
export function outputPathFor(outdir: string, key: string): string {
  return join(outdir, ...key.split("/")) + OUTPUT_SUFFIX;
}

/** The temporary file an output is written to before the rename: same folder, hidden. */
export function tempPathFor(outputPath: string, tag: string): string {
  const name = outputPath.slice(dirname(outputPath).length + 1);
  return join(dirname(outputPath), `.${name}.${tag}.tmp`);
}

/** Is `path` the folder `dir` or inside it? (both absolute) */
export function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}
