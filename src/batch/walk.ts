/**
 * A streaming directory walk: yields files one at a time, depth first, entries of each folder in
 * code-point order, so memory holds one folder listing per level instead of the whole archive.
 * Dot-entries and `node_modules` are skipped, as in the parse command. A folder is always walked
 * into, even one named like an input (`2019.txt/`); symlinked folders are not. Other non-regular entries whose name matches
 * (a FIFO, a socket, a dangling symlink) are yielded, so reading them fails and is reported.
 */
import type { Dirent } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { byCodePoint } from "../resolve-inputs.js";

export interface WalkOptions {
  /** lower-case extensions without the dot: ["txt", "md"] */
  extensions: readonly string[];
  /** absolute folders not to enter (the output folder when it lies inside the input tree) */
  exclude?: readonly string[];
  /** a folder that cannot be listed: reported, the walk goes on */
  onError?: (dir: string, err: unknown) => void;
}

/** `cv-12.TXT` with ["txt"] → true; `.txt` (a dot-file) → false */
export function hasExtension(name: string, extensions: readonly string[]): boolean {
  const dot = name.lastIndexOf(".");
  return dot > 0 && extensions.includes(name.slice(dot + 1).toLowerCase());
}

/** Yields paths relative to `dir` ("/"-separated), e.g. `2019/cv-12.txt`. */
export async function* walkFiles(dir: string, options: WalkOptions, prefix = ""): AsyncGenerator<string> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    options.onError?.(dir, err);
    return;
  }
  entries.sort((a, b) => byCodePoint(a.name, b.name));
  for (const entry of entries) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const path = join(dir, entry.name);
    const rel = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
    const kind = await kindOf(entry, path);
    if (kind === "folder") {
      if (!options.exclude?.includes(path)) yield* walkFiles(path, options, rel);
    } else if (kind === "other" && hasExtension(entry.name, options.extensions)) {
      yield rel;
    }
  }
}

/**
 * Symlinks to folders are not followed (as `find` does not: no cycles); they are skipped quietly.
 * Symlinks to files are read like files.
 */
async function kindOf(entry: Dirent, path: string): Promise<"folder" | "linked-folder" | "other"> {
  if (entry.isDirectory()) return "folder";
  if (!entry.isSymbolicLink()) return "other";
  try {
    return (await stat(path)).isDirectory() ? "linked-folder" : "other";
  } catch {
    return "other"; // a dangling link: yielded if its name matches, and reported when read
  }
}
