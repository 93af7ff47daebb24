// Benchmarks (npm run bench, after the build). Prints medians over several runs and writes
// bench/out/latest.json. Numbers depend on the machine: compare runs on the same one.
//   (a) CLI start-up: `node bin/directive-parse.js <file> --json` against bare `node -e 0`
//   (b) parse() throughput on plain text: one ~8 MB file, and a corpus of fixture-sized files
//   (c) parse() on markdown against remark-parse + remark-gfm alone on the same files
//   (d) batch (bench/batch.js); (e) pathological inputs: time growth per doubling (bench/pathological.js)
import { execFileSync } from "node:child_process";
import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { cpus, platform, release } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { parse } from "../dist/index.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const PLAIN_SEED = "fixtures/seeds/001_270aefc581ab2cef.txt";
const MARKDOWN_SEED = "fixtures/seeds/002_e02c2ff2b7f91691.txt";
/** Which sections to run: BENCH_SECTIONS="abc" skips batch (d) and pathological inputs (e). */
const SECTIONS = process.env.BENCH_SECTIONS ?? "abcde";
const STARTUP_RUNS = Number(process.env.BENCH_STARTUP_RUNS ?? 15);
const THROUGHPUT_RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PLAIN_TARGET = 8e6;
const MARKDOWN_TARGET = 2e6; // remark slows down past ~1 MB per input; files stay fixture-sized

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Median wall time (ms) of spawning each command, the commands taking turns, so that a change in
 * the machine's load (it is shared) falls on all of them alike.
 */
function timeSpawns(commands) {
  const runs = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (let i = 0; i < STARTUP_RUNS; i++) {
    for (const [name, args] of Object.entries(commands)) {
      const t = performance.now();
      execFileSync(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "ignore", "ignore"] });
      runs[name].push(performance.now() - t);
    }
  }
  return Object.fromEntries(Object.entries(runs).map(([name, times]) => [name, median(times)]));
}

/** Median MB/s of `fn` over the inputs (each run handles all of them). */
function throughput(inputs, fn) {
  const bytes = inputs.reduce((n, b) => n + b.byteLength, 0);
  fn(inputs[0]); // warm-up: lazy loading (remark) and JIT
  const rates = [];
  for (let i = 0; i < THROUGHPUT_RUNS; i++) {
    const t = performance.now();
    for (const input of inputs) fn(input);
    rates.push(bytes / 1e6 / ((performance.now() - t) / 1000));
  }
  return { mb: bytes / 1e6, files: inputs.length, mbPerSecond: median(rates) };
}

async function fixtureFiles(ext) {
  const out = [];
  for (const dir of ["seeds", "corpus", "derived"]) {
    for (const name of (await readdir(join(ROOT, "fixtures", dir))).sort()) {
      if (!name.endsWith(ext) || /^[A-Z]/.test(name)) continue;
      const bytes = await readFile(join(ROOT, "fixtures", dir, name));
      // UTF-8 only: legacy encodings measure the decoder, not the parser
      if (Buffer.from(bytes.toString("utf8")).equals(bytes)) out.push(bytes);
    }
  }
  return out;
}

/** Repeat the files until they reach `target` bytes. */
function corpusOf(files, target) {
  const out = [];
  for (let n = 0, i = 0; n < target; i++) {
    out.push(files[i % files.length]);
    n += files[i % files.length].byteLength;
  }
  return out;
}

async function remarkParser() {
  const [{ unified }, { default: remarkParse }, { default: remarkGfm }] = await Promise.all([
    import("unified"), import("remark-parse"), import("remark-gfm"),
  ]);
  const processor = unified().use(remarkParse).use(remarkGfm);
  return (bytes) => processor.parse(bytes.toString("utf8"));
}

const startup = timeSpawns({
  cli: [join("bin", "directive-parse.js"), PLAIN_SEED, "--json"],
  cliMarkdown: [join("bin", "directive-parse.js"), MARKDOWN_SEED, "--json"],
  node: ["-e", "0"],
});
const txt = await fixtureFiles(".txt");
const md = await fixtureFiles(".md");
const plainFiles = corpusOf(txt, PLAIN_TARGET);
const plainOne = [Buffer.concat(plainFiles)];
const mdFiles = corpusOf(md, MARKDOWN_TARGET);
const parsePlain = (b) => parse(b, { path: "bench.txt", markup: "plain" });
const parseMarkdown = (b) => parse(b, { path: "bench.md", markup: "markdown" });
const remark = await remarkParser();

const results = {
  date: new Date().toISOString(),
  machine: { node: process.version, platform: `${platform()} ${release()}`, cpu: cpus()[0]?.model, cores: cpus().length },
  startupMs: { ...startup, ratio: startup.cli / startup.node },
  plainOneFile: throughput(plainOne, parsePlain),
  plainCorpus: throughput(plainFiles, parsePlain),
  markdown: throughput(mdFiles, parseMarkdown),
  remark: throughput(mdFiles, remark),
};
results.markdownVsRemark = results.markdown.mbPerSecond / results.remark.mbPerSecond;

const f = (x, d = 1) => x.toFixed(d);
const rows = [
  ["CLI start-up, 1 file --json", `${f(startup.cli)} ms`, `node -e 0: ${f(startup.node)} ms (×${f(results.startupMs.ratio, 2)}), plain text`],
  ["  the same, markdown file", `${f(startup.cliMarkdown)} ms`, `×${f(startup.cliMarkdown / startup.node, 2)} (loads remark)`],
  ["parse(), plain, one file", `${f(results.plainOneFile.mbPerSecond)} MB/s`, `${f(results.plainOneFile.mb)} MB`],
  ["parse(), plain, corpus", `${f(results.plainCorpus.mbPerSecond)} MB/s`, `${results.plainCorpus.files} files, ${f(results.plainCorpus.mb)} MB`],
  ["parse(), markdown, corpus", `${f(results.markdown.mbPerSecond)} MB/s`, `${results.markdown.files} files, ${f(results.markdown.mb)} MB`],
  ["remark-parse + gfm, same", `${f(results.remark.mbPerSecond)} MB/s`, `parse() is ×${f(results.markdownVsRemark, 2)} remark's speed`],
];
const width = [0, 1].map((c) => Math.max(...rows.map((r) => r[c].length)));
console.log(`${results.machine.cores} cores · ${results.machine.cpu} · node ${process.version} · medians of ${THROUGHPUT_RUNS} runs (start-up: ${STARTUP_RUNS})`);
for (const [a, b, c] of rows) console.log(`${a.padEnd(width[0])}  ${b.padStart(width[1])}  ${c}`);

await mkdir(join(ROOT, "bench/out"), { recursive: true });
await writeFile(join(ROOT, "bench/out/latest.json"), `${JSON.stringify(results, null, 2)}\n`);
console.error("written bench/out/latest.json");

// (d) batch: `directive-parse batch` over a corpus generated from the fixtures (nested folders,
// plain-text and markdown variants) in os.tmpdir(): 1 worker against 2, and peak RSS for a small
// and a large archive (the main thread and its workers are one process: maxRSS covers both).
// Sizes: BENCH_BATCH_FILES (throughput, default 2000), BENCH_BATCH_MD_FILES (default 300),
// BENCH_BATCH_RSS="1000,20000"; runs: BENCH_BATCH_RUNS (default 3).
if (SECTIONS.includes("d")) {
  const { batchBench } = await import("./batch.js");
  results.batch = await batchBench({ root: ROOT, median, txt: await fixtureFiles(".txt"), md: await fixtureFiles(".md") });
  await writeFile(join(ROOT, "bench/out/latest.json"), `${JSON.stringify(results, null, 2)}\n`);
}

// (e) pathological inputs: growth of parse() time when the input doubles (bench/pathological.js).
if (SECTIONS.includes("e")) {
  console.log("pathological inputs (medians; ×2 per doubling is linear):");
  const { pathologicalBench } = await import("./pathological.js");
  results.pathological = pathologicalBench();
  await writeFile(join(ROOT, "bench/out/latest.json"), `${JSON.stringify(results, null, 2)}\n`);
}
