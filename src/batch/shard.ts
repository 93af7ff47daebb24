/**
 * `--shard K/N`: a stable, balanced share of the inputs, so several machines (GNU parallel, a
 * Kubernetes Indexed Job) split one archive without talking to each other. A file belongs to shard
 * `1 + (first 32 bits of sha1(relative path)) mod N`: it depends only on the path relative to the
 * tree root (with "/" separators), never on the machine, the walk order or the other files.
 */
import { createHash } from "node:crypto";

/** `3/8` → { index: 3, count: 8 }; K is 1-based, like `--shard` in Jest and Playwright */
export interface Shard {
  index: number;
  count: number;
}

/** `"2/5"` → { index: 2, count: 5 }; an error message for anything else (a usage error). */
export function parseShard(text: string): Shard | { error: string } {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!m) return { error: `--shard takes K/N (for example 2/5), got "${text}"` };
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || count > 1_000_000) return { error: `--shard ${text}: N must be between 1 and 1000000` };
  if (index < 1 || index > count) return { error: `--shard ${text}: K must be between 1 and N (${count})` };
  return { index, count };
}

/** The shard (1…count) that owns `relativePath` (`2019/cv-12.txt`). */
export function shardOf(relativePath: string, count: number): number {
  const digest = createHash("sha1").update(relativePath.replace(/\\/g, "/")).digest();
  return 1 + (digest.readUInt32BE(0) % count);
}

export function inShard(relativePath: string, shard: Shard | null): boolean {
  return shard === null || shard.count === 1 || shardOf(relativePath, shard.count) === shard.index;
}
