// Bundles the library and the CLI with esbuild, so start-up reads a few modules instead of
// hundreds (GUIDE §4: ~420 ms → ~90 ms). One build with code splitting: code the CLI loads only
// on demand (the `schema` command and zod behind it) sits in its own chunk under dist/chunks/, and
// the parser shared by dist/index.js and dist/cli.js is bundled once. dist/batch-worker.js is the
// worker-thread entry of `directive-parse batch`: each worker loads the same parser chunk once.
import { rm } from "node:fs/promises";
import { build } from "esbuild";

const banner = {
  // CJS dependencies bundled into ESM need `require`.
  js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
};

await rm("dist/chunks", { recursive: true, force: true }); // no stale chunks from earlier builds
await build({
  entryPoints: { index: "src/index.ts", cli: "src/cli/main.ts", "batch-worker": "src/batch/worker.ts" },
  outdir: "dist",
  chunkNames: "chunks/[name]-[hash]",
  splitting: true,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  banner,
  // Loaded on demand with require() (markdown input, VN1 bytes), so kept out of the start-up bundle:
  // remark from dist/markdown-reader.cjs (built below), iconv-lite from node_modules.
  external: ["unified", "remark-parse", "remark-gfm", "iconv-lite"],
  define: { MARKDOWN_READER: JSON.stringify("../markdown-reader.cjs") },
  logLevel: "warning",
});

// remark + remark-gfm as one CommonJS file: required on the first markdown input only.
await build({
  entryPoints: ["src/lines/markdown-reader.ts"],
  outfile: "dist/markdown-reader.cjs",
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  minify: true,
  logLevel: "warning",
});
