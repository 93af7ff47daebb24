// The batch part of `npm run bench` (run.js, section d); after `npm run build` it also runs alone:
//
//   node bench/batch.js
//
// Spawns the built CLI as users run it, `directive-parse batch <corpus> -o <fresh folder> --jobs N`,
// over corpora generated from the fixtures, ~40 files per folder (year/unit/), in a folder under
// bench/out/ (BENCH_BATCH_DIR to choose another): the same disk as the project, as an archive
// would be. (Not os.tmpdir(): on the machines here a new file under /tmp cost ~0.7 ms against
// ~0.03 ms under the project's folder on the same ext4 disk, ~40 % of a small letter's time.)
//   letters   small one-document plain-text letters (fixtures read as plain text, one document,
//             ≤ 12 kB): the common case of an archive of official letters
//   fixtures  every UTF-8 .txt fixture, cycled: 1–380 kB, multi-document files, some sniffed as
//             markdown (read by remark)
//   markdown  every .md fixture, cycled
// Each run writes into a new, empty output folder (as a first conversion does: no output is
// replaced) and is timed from spawn to exit, start-up included. Files/s and documents/s are the
// files and documents converted divided by that time; the document count is read from the summary
// line. Each run also reports the CPU time of the whole process (main thread and workers) per
// document, user and kernel, which a busy shared machine inflates far less than the wall time.
// Runs of the configurations are interleaved, and the medians reported. For reference, the
// same files parsed by parse() in 1 and 2 worker threads of this process, warm, with no file I/O:
// the ceiling of batch with 1 and 2 workers on this machine.
// Peak RSS (main thread + 2 workers, one process: maxRSS covers both) for 1,000 and 20,000 files.
//
// Sizes and runs: BENCH_BATCH_FILES (default 2000), BENCH_BATCH_MD_FILES (300),
// BENCH_BATCH_RSS="1000,20000" (empty: skip), BENCH_BATCH_RSS_CORPUS (letters), BENCH_BATCH_RUNS (3),
// BENCH_BATCH_CORPORA="letters,fixtures,markdown".
import { execFile, execFileSync } from "node:child_process";
import { Worker } from "node:worker_threads";
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";

const FILES = Number(process.env.BENCH_BATCH_FILES ?? 2000);
const MD_FILES = Number(process.env.BENCH_BATCH_MD_FILES ?? 300);
const RSS_SIZES = (process.env.BENCH_BATCH_RSS ?? "1000,20000").split(",").filter(Boolean).map(Number);
const RSS_CORPUS = process.env.BENCH_BATCH_RSS_CORPUS ?? "letters";
const RUNS = Number(process.env.BENCH_BATCH_RUNS ?? 3);
const CORPORA = (process.env.BENCH_BATCH_CORPORA ?? "letters,fixtures,markdown").split(",");
const PER_FOLDER = 40;
const LETTER_MAX_BYTES = 12_000;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** `count` files cycled from `files`, ~40 per folder, in year/unit/ folders. */
async function makeCorpus(dir, files, count, ext) {
  const folders = Math.max(1, Math.ceil(count / PER_FOLDER));
  const made = new Set();
  for (let i = 0; i < count; i++) {
    const f = i % folders;
    const folder = join(dir, String(2000 + (f % 25)), `unit-${Math.floor(f / 25)}`);
    if (!made.has(folder)) await mkdir(folder, { recursive: true }), made.add(folder);
    await writeFile(join(folder, `doc-${i}${ext}`), files[i % files.length]);
  }
}

/** CPU pressure (share of time some task waited for a CPU, last 10 s), or null where not available. */
function cpuPressure() {
  try {
    return Number(/some avg10=([\d.]+)/.exec(readFileSync("/proc/pressure/cpu", "utf8"))[1]);
  } catch {
    return null;
  }
}

/**
 * The child process of one run: the built CLI's main(), then its peak RSS on stderr. A script file,
 * not `node --input-type=module -e`: worker threads inherit the process's options, and until the
 * pool dropped it, `--input-type` killed every worker at start-up, so every file "failed" quickly.
 */
async function writeRunner(root, dir) {
  const path = join(dir, "run-batch.mjs");
  // the CLI is dist/cli.cjs, run through V8's code cache as bin/ runs it (dist/launch.cjs); in older
  // builds required as it is (no launch.cjs), or dist/cli.js
  const cli = JSON.stringify(join(root, "dist/cli.cjs"));
  const launcher = JSON.stringify(join(root, "dist/launch.cjs"));
  const load = existsSync(join(root, "dist/launch.cjs"))
    ? `const { main } = (await import("node:module")).createRequire(${launcher})(${launcher}).loadBundle(${cli}).exports;`
    : existsSync(join(root, "dist/cli.cjs"))
      ? `const { main } = (await import("node:module")).createRequire(${cli})(${cli});`
      : `const { main } = await import(${JSON.stringify(pathToFileURL(join(root, "dist/cli.js")).href)});`;
  await writeFile(path, `
    ${load}
    const code = await main(process.argv.slice(2));
    const usage = process.resourceUsage(); // every thread of the process: the main thread and the workers
    process.stderr.write("maxrss " + usage.maxRSS + "\\ncpu " + usage.userCPUTime + " " + usage.systemCPUTime + "\\n");
    process.exitCode = code;\n`);
  return path;
}

/** One batch run in a child process into a fresh output folder: wall time, counts from the summary, peak RSS. */
async function runBatch(runner, input, out, jobs, { ndjson = false, keep = false } = {}) {
  await rm(out, { recursive: true, force: true });
  settleDisk();
  const t = performance.now();
  // stderr can be long (a line per failure): a large buffer; failures are refused below
  const destination = ndjson ? ["--ndjson", out] : ["-o", out];
  const stderr = await new Promise((resolve) => {
    execFile(process.execPath, [runner, "batch", input, ...destination, "--jobs", String(jobs)], { maxBuffer: 256 * 1024 * 1024 }, (_err, _stdout, err) => resolve(String(err)));
  });
  const seconds = (performance.now() - t) / 1000;
  const pressure = cpuPressure();
  if (!keep) await rm(out, { recursive: true, force: true });
  const summary = /^([\d,]+) files?: ([\d,]+) converted \(([\d,]+) documents?.*?, ([\d,]+) failed/m.exec(stderr);
  if (!summary) throw new Error(`no summary from the batch run:\n${stderr.slice(-2000)}`);
  const n = (s) => Number(s.replace(/,/g, ""));
  const failed = n(summary[4]);
  if (failed > 0) throw new Error(`${failed} inputs failed: the bench would time failures, not conversions:\n${stderr.slice(0, 2000)}`);
  return {
    seconds, pressure, files: n(summary[1]), converted: n(summary[2]), documents: n(summary[3]), failed,
    maxRssMb: Number(/maxrss (\d+)/.exec(stderr)?.[1] ?? NaN) / 1024,
    // CPU time of the whole process (main thread + workers), µs: user (JS, parse, JSON) and kernel (file calls)
    userUs: Number(/cpu (\d+) (\d+)/.exec(stderr)?.[1] ?? NaN),
    systemUs: Number(/cpu (\d+) (\d+)/.exec(stderr)?.[2] ?? NaN),
  };
}

/**
 * Write back what earlier runs left in the page cache and commit the file system's journal (the
 * deletion of the last run's 20,000 outputs, with their discards) before a run starts: otherwise
 * the kernel does it during the next run, which then measures its predecessor's clean-up (the
 * first of three runs came out ×1.6 faster than the other two).
 */
function settleDisk() {
  try {
    execFileSync("sync");
  } catch {
    // no sync(1) here: the runs are just noisier
  }
}

/**
 * What creating one output file costs on this disk, as a worker does it (write a temporary file,
 * rename), for files of `bytes`: wall and kernel time per file, over 500 files in a fresh folder.
 * On a virtual machine this varies with the hour far more than parsing does.
 */
function fileCreationCost(parent, bytes) {
  const dir = join(parent, "creation-probe");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  const text = "x".repeat(bytes);
  const n = 500;
  const cpu = process.cpuUsage();
  const t = performance.now();
  for (let i = 0; i < n; i++) {
    writeFileSync(join(dir, `${i}.tmp`), text);
    renameSync(join(dir, `${i}.tmp`), join(dir, `${i}.json`));
  }
  const wallMs = (performance.now() - t) / n;
  const kernelMs = process.cpuUsage(cpu).system / 1000 / n;
  // the same number of empty files: what the new inode costs by itself (on this VM's ext4, which has
  // no journal, the kernel checks every free inode it passes against recent deletions: the cost of
  // a new file then grows with the deletions made on the disk in the last minutes, by anyone)
  const cpuEmpty = process.cpuUsage();
  for (let i = 0; i < n; i++) closeSync(openSync(join(dir, `${i}.empty`), "w"));
  const emptyKernelMs = process.cpuUsage(cpuEmpty).system / 1000 / n;
  rmSync(dir, { recursive: true, force: true });
  return { bytes, wallMs, kernelMs, emptyKernelMs };
}

/** Mean size of the JSON files under `dir`. */
function meanFileSize(dir) {
  let total = 0;
  let count = 0;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile() && e.name.endsWith(".json") && !e.name.startsWith(".")) total += statSync(join(e.parentPath ?? e.path, e.name)).size, count++;
  }
  return count ? Math.round(total / count) : 0;
}

/**
 * parse() of the same files in 1 or 2 worker threads of this process (the pool's heap settings),
 * no file I/O, warmed up: what batch could reach with no overhead at all, on this machine.
 */
const PARSE_ALONE_WORKER = `
  const { parentPort, workerData } = require("node:worker_threads");
  (async () => {
    const { parse } = await import(workerData.index);
    const { files, count, offset, step } = workerData;
    for (const b of files) parse(b, { path: "warm-up.txt" });
    parentPort.postMessage("warm");
    parentPort.once("message", () => {
      let documents = 0;
      const t = performance.now();
      for (let i = offset; i < count; i += step) documents += parse(files[i % files.length], { path: "doc-" + i + ".txt" }).documents.length;
      parentPort.postMessage({ documents, seconds: (performance.now() - t) / 1000 });
    });
  })();`;

async function parseAlone(root, files, count, threads) {
  const index = pathToFileURL(join(root, "dist/index.js")).href;
  const times = [];
  let documents = 0;
  for (let r = 0; r < RUNS; r++) {
    const workers = Array.from({ length: threads }, (_, k) => new Worker(PARSE_ALONE_WORKER, {
      eval: true, workerData: { index, files, count, offset: k, step: threads }, resourceLimits: { maxYoungGenerationSizeMb: 64 },
    }));
    await Promise.all(workers.map((w) => new Promise((resolve) => w.once("message", resolve))));
    const t = performance.now();
    const done = await Promise.all(workers.map((w) => new Promise((resolve) => (w.once("message", resolve), w.postMessage("go")))));
    times.push((performance.now() - t) / 1000);
    documents = done.reduce((n, d) => n + d.documents, 0);
    await Promise.all(workers.map((w) => w.terminate()));
  }
  const seconds = median(times);
  return { threads, files: count, documents, seconds, filesPerSecond: count / seconds, docsPerSecond: documents / seconds };
}

const summarize = (runs) => {
  const seconds = median(runs.map((r) => r.seconds));
  const { files, documents, failed } = runs[0];
  // CPU per document, all threads: on a shared machine less sensitive to the load than wall time
  const userMsPerDoc = median(runs.map((r) => r.userUs / 1000 / r.documents));
  const kernelMsPerDoc = median(runs.map((r) => r.systemUs / 1000 / r.documents));
  return {
    files, documents, failed, seconds, filesPerSecond: files / seconds, docsPerSecond: documents / seconds, userMsPerDoc, kernelMsPerDoc,
    runs: runs.map((r) => +r.seconds.toFixed(2)), pressure: runs.map((r) => r.pressure),
  };
};
const cpuNote = (s) => `CPU ${s.userMsPerDoc.toFixed(2)} + kernel ${s.kernelMsPerDoc.toFixed(2)} ms/doc`;

async function fixtureFiles(root, ext) {
  const out = [];
  for (const dir of ["seeds", "corpus", "derived"]) {
    for (const name of (await readdir(join(root, "fixtures", dir))).sort()) {
      if (!name.endsWith(ext) || /^[A-Z]/.test(name)) continue;
      const bytes = await readFile(join(root, "fixtures", dir, name));
      if (Buffer.from(bytes.toString("utf8")).equals(bytes)) out.push(bytes); // UTF-8 only
    }
  }
  return out;
}

/** Fixtures that are small one-document letters read as plain text. */
async function letterFiles(root, txt) {
  const { parse } = await import(pathToFileURL(join(root, "dist/index.js")).href);
  return txt.filter((b) => {
    if (b.byteLength > LETTER_MAX_BYTES) return false;
    const r = parse(b, { path: "letter.txt" });
    return r.source.markup === "plain" && r.documents.length === 1 && !r.diagnostics.some((d) => d.severity === "error");
  });
}

export async function batchBench({ root, txt, md }) {
  const parent = process.env.BENCH_BATCH_DIR ?? join(root, "bench", "out");
  await mkdir(parent, { recursive: true });
  const base = await mkdtemp(join(parent, "batch-"));
  const f = (x, d = 0) => x.toLocaleString("en-US", { minimumFractionDigits: d, maximumFractionDigits: d });
  try {
    const letters = await letterFiles(root, txt);
    const corpora = {
      letters: { files: letters, count: FILES, ext: ".txt", note: `${letters.length} fixture letters ≤ ${LETTER_MAX_BYTES / 1000} kB, plain text, 1 document each` },
      fixtures: { files: txt, count: FILES, ext: ".txt", note: `${txt.length} UTF-8 .txt fixtures` },
      markdown: { files: md, count: MD_FILES, ext: ".md", note: `${md.length} .md fixtures` },
    };
    const chosen = CORPORA.filter((c) => corpora[c]);
    for (const name of chosen) await makeCorpus(join(base, name), corpora[name].files, corpora[name].count, corpora[name].ext);
    const out = join(base, "out");
    const runner = await writeRunner(root, base);
    const runs = Object.fromEntries(chosen.flatMap((c) => [[`${c}/1`, []], [`${c}/2`, []]]));
    for (let r = 0; r < RUNS; r++) {
      for (const c of chosen) for (const jobs of [1, 2]) runs[`${c}/${jobs}`].push(await runBatch(runner, join(base, c), out, jobs));
    }
    // one output file per input is the batch's own cost beyond parsing: the same corpora into one
    // NDJSON file, and the cost of creating one file of the mean output size on this disk
    const outputSize = {};
    for (const c of chosen) {
      await runBatch(runner, join(base, c), out, 2, { keep: true });
      outputSize[c] = meanFileSize(out);
      await rm(out, { recursive: true, force: true });
      runs[`${c}/ndjson`] = [];
      for (let r = 0; r < RUNS; r++) runs[`${c}/ndjson`].push(await runBatch(runner, join(base, c), join(base, "out.ndjson"), 2, { ndjson: true }));
    }
    const result = { corpora: {}, rss: [] };
    console.log(`batch: \`directive-parse batch <corpus> -o <new folder>\`, spawned; medians of ${RUNS} runs, start-up included`);
    for (const c of chosen) {
      const one = summarize(runs[`${c}/1`]);
      const two = summarize(runs[`${c}/2`]);
      const alone = [await parseAlone(root, corpora[c].files, corpora[c].count, 1), await parseAlone(root, corpora[c].files, corpora[c].count, 2)];
      result.corpora[c] = { note: corpora[c].note, one, two, ratio: two.filesPerSecond / one.filesPerSecond, parseAlone: alone };
      console.log(`  ${c} (${f(one.files)} files, ${f(one.documents)} documents; ${corpora[c].note}):`);
      console.log(`    1 worker   ${f(one.filesPerSecond).padStart(5)} files/s ${f(one.docsPerSecond).padStart(5)} docs/s   (${one.runs.join(", ")} s; ${cpuNote(one)})`);
      console.log(`    2 workers  ${f(two.filesPerSecond).padStart(5)} files/s ${f(two.docsPerSecond).padStart(5)} docs/s   (${two.runs.join(", ")} s; ${cpuNote(two)})  ×${(two.filesPerSecond / one.filesPerSecond).toFixed(2)}`);
      const ndjson = summarize(runs[`${c}/ndjson`]);
      const creation = fileCreationCost(base, outputSize[c]);
      result.corpora[c].ndjson = ndjson;
      result.corpora[c].fileCreation = creation;
      console.log(`    2 workers, --ndjson <file> instead of -o: ${f(ndjson.filesPerSecond).padStart(5)} files/s ${f(ndjson.docsPerSecond).padStart(5)} docs/s   (${ndjson.runs.join(", ")} s; ${cpuNote(ndjson)})`);
      console.log(`    creating one ${f(creation.bytes / 1000, 1)} kB output file here (the mean size; write + rename): ${f(creation.wallMs, 2)} ms, of which kernel ${f(creation.kernelMs, 2)} ms; an empty file alone (the new inode): kernel ${f(creation.emptyKernelMs, 2)} ms`);
      for (const [a, b] of [[alone[0], one], [alone[1], two]]) {
        console.log(`    parse() alone, ${a.threads} thread${a.threads > 1 ? "s" : ""}, no I/O, warm: ${f(a.filesPerSecond).padStart(5)} files/s ${f(a.docsPerSecond).padStart(5)} docs/s  (batch reaches ${f((100 * b.filesPerSecond) / a.filesPerSecond)} % of it)`);
      }
    }
    if (RSS_SIZES.length) {
      const corpus = corpora[RSS_CORPUS];
      for (const size of RSS_SIZES) {
        const dir = join(base, `rss-${size}`);
        await makeCorpus(dir, corpus.files, size, corpus.ext);
        const r = await runBatch(runner, dir, join(base, `rss-out-${size}`), 2);
        result.rss.push({ corpus: RSS_CORPUS, files: size, maxRssMb: r.maxRssMb, seconds: r.seconds, filesPerSecond: r.files / r.seconds, docsPerSecond: r.documents / r.seconds });
        await rm(dir, { recursive: true, force: true });
      }
      for (const r of result.rss) console.log(`  peak RSS, ${f(r.files)} files (${r.corpus}), 2 workers: ${f(r.maxRssMb)} MB (${f(r.seconds, 1)} s, ${f(r.filesPerSecond)} files/s)`);
    }
    const pressures = Object.values(runs).flat().map((r) => r.pressure).filter((p) => p !== null);
    if (pressures.length) {
      result.cpuPressure = median(pressures);
      console.log(`  CPU pressure during the runs (median of /proc/pressure/cpu "some avg10"): ${f(result.cpuPressure)} %${result.cpuPressure > 10 ? " — the machine was busy: figures are low and noisy" : ""}`);
    }
    return result;
  } finally {
    await rm(base, { recursive: true, force: true });
  }
}

// `node bench/batch.js`: this section alone
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = fileURLToPath(new URL("..", import.meta.url));
  if (!existsSync(join(root, "dist/batch-worker.cjs")) && !existsSync(join(root, "dist/batch-worker.js"))) throw new Error("run `npm run build` first");
  const result = await batchBench({ root, txt: await fixtureFiles(root, ".txt"), md: await fixtureFiles(root, ".md") });
  await mkdir(join(root, "bench/out"), { recursive: true });
  await writeFile(join(root, "bench/out/batch.json"), `${JSON.stringify({ date: new Date().toISOString(), node: process.version, ...result }, null, 2)}\n`);
  console.error("written bench/out/batch.json");
}
