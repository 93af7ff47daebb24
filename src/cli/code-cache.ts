/**
 * Runs the bundled CLI (a CommonJS file) through V8's code cache, the way `v8-compile-cache`
 * does and Node 22's `module.enableCompileCache()` would: the bytecode of every function the last
 * run compiled is read back instead of compiled again, which takes ~30 ms off each start-up.
 *
 * The cache sits beside the bundle (`<bundle>.cache`). Its first line is a stamp of the bundle it
 * was made from (size and modification time), because V8 itself checks only the source length:
 * a rebuilt bundle of the same length must not run on stale bytecode. A cache that is missing,
 * stale or rejected by V8 (another Node version) costs only the compile, and is written afresh
 * after the run when the folder is writable (atomically: concurrent runs never see half a file).
 * The build makes one on a sample document, so an installed package starts warm.
 */
import { createRequire } from "node:module";
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

interface CliModule {
  main(): Promise<number>;
}

/** A CommonJS bundle run through the code cache, and what is needed to refresh that cache. */
export interface LoadedBundle<Exports> {
  exports: Exports;
  /** rewrite the cache with what this run compiled (best effort) */
  saveCache(): void;
  /** the cache was missing, stale or rejected by V8: this run compiled the bundle */
  compiled: boolean;
}

/** `DIRECTIVE_PARSE_CODE_CACHE=write` rewrites the cache after this run (the build's warm-up run). */
export async function launch(bundle: URL | string, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const loaded = loadBundle<CliModule>(bundle);
  const code = await loaded.exports.main();
  if (loaded.compiled || env.DIRECTIVE_PARSE_CODE_CACHE === "write") loaded.saveCache();
  return code;
}

/**
 * Runs a CommonJS bundle (its top-level code) through the code cache beside it and gives its
 * exports. Also how batch worker threads load the parser (src/batch/worker-entry.ts): they never
 * write the cache, the command does.
 */
export function loadBundle<Exports>(bundleUrl: URL | string): LoadedBundle<Exports> {
  const bundle = bundleUrl instanceof URL ? fileURLToPath(bundleUrl) : bundleUrl;
  const cacheFile = `${bundle}.cache`;
  const stamp = stampOf(bundle);
  const cachedData = readCache(cacheFile, stamp);
  // The CommonJS wrapper, on the first line so that stack traces keep their line numbers.
  // The build writes the bundle in ASCII (scripts/build.js): read as latin1 it is a one-byte string
  // made without UTF-8 decoding.
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${readFileSync(bundle, "latin1")}\n})`;
  const script = new vm.Script(wrapped, { filename: bundle, cachedData });
  const module = { exports: {} as Exports };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  return {
    exports: module.exports,
    saveCache: () => writeCache(cacheFile, stamp, script.createCachedData()),
    compiled: cachedData === undefined || script.cachedDataRejected === true,
  };
}

function stampOf(bundle: string): string {
  const { size, mtimeMs } = statSync(bundle);
  return `${size} ${mtimeMs}`;
}

/** The cached bytecode when the file exists and was made from this very bundle. */
function readCache(cacheFile: string, stamp: string): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  const newline = bytes.indexOf(0x0a);
  if (newline < 0 || bytes.toString("latin1", 0, newline) !== stamp) return undefined;
  return bytes.subarray(newline + 1);
}

/** Best effort: a read-only install keeps working without a cache. */
function writeCache(cacheFile: string, stamp: string, data: Buffer): void {
  const temp = `${cacheFile}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, Buffer.concat([Buffer.from(`${stamp}\n`, "latin1"), data]));
    renameSync(temp, cacheFile);
  } catch {
    rmSync(temp, { force: true });
  }
}
