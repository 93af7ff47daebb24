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
import { rm } from "node:fs/promises";
import { build } from "esbuild";

// Loaded on demand with require() (markdown input, VN1 bytes), so kept out of the start-up code:
// remark from dist/markdown-reader.cjs (built below), iconv-lite from node_modules.
const external = ["unified", "remark-parse", "remark-gfm", "iconv-lite"];
// esbuild lowers a regex literal with a Unicode property escape outside brackets (/^\p{Lu}/u) to
// `new RegExp("^\\p{Lu}", "u")` for a node20 target, which Node 20 has no need of: the call runs
// at every evaluation (a few thousand per document, 18 M instructions at start-up) instead of once.
const supported = { "regexp-unicode-property-escapes": true };
const common = { bundle: true, platform: "node", target: "node20", supported, external, logLevel: "warning" };

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
  plugins: [unusedAtStartUp],
  entryPoints: ["src/cli/main.ts"],
  outfile: "dist/cli.cjs",
  format: "cjs",
  banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { MARKDOWN_READER: JSON.stringify("./markdown-reader.cjs"), "import.meta.url": "__importMetaUrl" },
});

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
