// Bundles the library and the CLI with esbuild, so start-up reads a few files instead of hundreds
// of modules (GUIDE §4: ~420 ms → ~90 ms).
//
// - dist/index.js (the library) is ESM.
// - dist/cli.cjs is the whole CLI as one CommonJS file, run by bin/ through V8's code cache
//   (dist/launch.cjs, src/cli/code-cache.ts): a CommonJS script is what `vm.Script` can cache on
//   Node 20. Code the CLI loads only on demand (batch, check, schema and zod) is in it but compiled
//   only when used. The build ends with a warm-up run that writes the cache (dist/cli.cjs.cache).
// - dist/batch-worker.cjs, the entry of batch's worker threads, runs that same bundle through the
//   same cache (src/batch/worker-entry.ts).
// - dist/markdown-reader.cjs is remark + remark-gfm, required on the first markdown input only.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import { build } from "esbuild";

// Loaded on demand with require() (markdown input, VN1 bytes), so kept out of the start-up code:
// remark from dist/markdown-reader.cjs (built below), iconv-lite from node_modules.
const external = ["unified", "remark-parse", "remark-gfm", "iconv-lite"];
// esbuild lowers a regex literal with a Unicode property escape outside brackets (/^\p{Lu}/u) to
// `new RegExp("^\\p{Lu}", "u")` for a node20 target, which Node 20 has no need of: the call runs
// at every evaluation (a few thousand per document, 18 M instructions at start-up) instead of once.
const supported = { "regexp-unicode-property-escapes": true };

/**
 * Chevrotain's lexer fills a 65,536-entry table at its first construction (~3 ms, 20 M
 * instructions of every start-up; its own comment calls for doing it lazily) to map a character
 * code above 255 to its bucket, `255 + ~~(code / 255)`. The arithmetic itself is what the table
 * holds, so the bundle computes it instead. The build fails if chevrotain's code changed shape.
 */
const chevrotainCharBuckets = {
  name: "chevrotain-char-buckets",
  setup(b) {
    b.onLoad({ filter: /chevrotain[\\/]lib[\\/]src[\\/]scan[\\/]lexer\.js$/ }, async (args) => {
      const source = await readFile(args.path, "utf8");
      const lookup = ": charCodeToOptimizedIdxMap[charCode];";
      const fill = "function initCharCodeToOptimizedIndexMap() {";
      if (!source.includes(lookup) || !source.includes(fill)) {
        throw new Error(`${args.path}: chevrotain's character buckets changed shape; update scripts/build.js`);
      }
      const contents = source
        .replace(lookup, ": 255 + ~~(charCode / 255);")
        .replace(fill, `${fill}\n    return;`);
      return { contents, loader: "js" };
    });
  },
};
const common = {
  bundle: true, platform: "node", target: "node20", supported, external, logLevel: "warning",
  plugins: [chevrotainCharBuckets],
};

/**
 * Rewrites a bundle in ASCII. esbuild escapes strings but leaves regex literals and comments as
 * written (the Vietnamese patterns); an ASCII file is read into a one-byte string (code-cache.ts
 * reads the CLI bundle as latin1) with no UTF-8 decoding of 1.3 MB at each start-up (~15 M
 * instructions). `\uXXXX` is the same character in a regex (with or without the u flag, in a
 * class or out), a string, a template and a comment; the `String.raw` templates of src/ are all
 * regex sources, where the escape keeps its meaning.
 */
async function asciiOnly(file) {
  const text = await readFile(file, "utf8");
  // an escaped "\–" would turn into "\\u2013", a backslash and five letters
  if (/\\[^\0-\x7f]/.test(text)) throw new Error(`${file}: a backslash before a non-ASCII character; write it unescaped`);
  const escaped = text.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  await writeFile(file, escaped);
}

// no stale files from earlier builds: chunks, the ESM CLI, the ESM launcher and worker
await rm("dist/chunks", { recursive: true, force: true });
for (const old of ["dist/cli.js", "dist/launch.js", "dist/batch-worker.js"]) await rm(old, { force: true });
await build({
  ...common,
  entryPoints: ["src/index.ts"],
  outfile: "dist/index.js",
  format: "esm",
  // CJS dependencies bundled into ESM need `require`.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  define: { MARKDOWN_READER: JSON.stringify("./markdown-reader.cjs") },
});
await asciiOnly("dist/index.js");

// The launchers of dist/cli.cjs: bin/ (the command) and the batch worker threads.
await build({
  ...common,
  entryPoints: { launch: "src/cli/code-cache.ts", "batch-worker": "src/batch/worker-entry.ts" },
  outdir: "dist",
  outExtension: { ".js": ".cjs" },
  format: "cjs",
});

/**
 * Two Node modules that the CLI's dependencies load at start-up but never use here (~7 ms of every
 * run): commander requires child_process for git-style executable subcommands, which this CLI has
 * not; chalk's supports-color probes the terminal (tty, os), but src/cli/colour.ts decides the
 * colour level itself and always gives it to chalk.
 */
const unusedAtStartUp = {
  name: "unused-at-start-up",
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) =>
      args.importer.includes("node_modules/commander/") ? { path: "child_process", namespace: "lazy" } : undefined);
    b.onLoad({ filter: /.*/, namespace: "lazy" }, () => ({
      contents: 'module.exports = new Proxy({}, { get: (_, key) => require("node:child_process")[key] });',
      loader: "js",
    }));
    b.onResolve({ filter: /^#supports-color$/ }, () => ({ path: "supports-color", namespace: "no-probe" }));
    b.onLoad({ filter: /.*/, namespace: "no-probe" }, () => ({
      contents: "export default { stdout: false, stderr: false };",
      loader: "js",
    }));
  },
};

await build({
  ...common,
  plugins: [chevrotainCharBuckets, unusedAtStartUp],
  entryPoints: ["src/cli/main.ts"],
  outfile: "dist/cli.cjs",
  format: "cjs",
  banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { MARKDOWN_READER: JSON.stringify("./markdown-reader.cjs"), "import.meta.url": "__importMetaUrl" },
});
await asciiOnly("dist/cli.cjs");

await build({
  ...common,
  external: [],
  entryPoints: ["src/lines/markdown-reader.ts"],
  outfile: "dist/markdown-reader.cjs",
  format: "cjs",
  minify: true,
});

// The warm-up run: parse a sample as a user would and keep the compiled code for the next start.
const SAMPLE = "fixtures/seeds/001_270aefc581ab2cef.txt";
await rm("dist/cli.cjs.cache", { force: true });
if (existsSync(SAMPLE)) {
  execFileSync(process.execPath, ["bin/directive-parse.js", SAMPLE, "--json"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DIRECTIVE_PARSE_CODE_CACHE: "write" },
  });
}
