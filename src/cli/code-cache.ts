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

/** `DIRECTIVE_PARSE_CODE_CACHE=write` rewrites the cache after this run (the build's warm-up run). */
export async function launch(bundleUrl: URL, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const bundle = fileURLToPath(bundleUrl);
  const cacheFile = `${bundle}.cache`;
  const stamp = stampOf(bundle);
  const cachedData = readCache(cacheFile, stamp);
  // The CommonJS wrapper, on the first line so that stack traces keep their line numbers.
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${readFileSync(bundle, "utf8")}\n})`;
  const script = new vm.Script(wrapped, { filename: bundle, cachedData });
  const module = { exports: {} as CliModule };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  const code = await module.exports.main();
  if (cachedData === undefined || script.cachedDataRejected === true || env.DIRECTIVE_PARSE_CODE_CACHE === "write") {
    writeCache(cacheFile, stamp, script.createCachedData());
  }
  return code;
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
