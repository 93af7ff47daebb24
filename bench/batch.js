// The batch part of `npm run bench` (see run.js, section d). Spawns the built CLI as users run it.
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

const FILES = Number(process.env.BENCH_BATCH_FILES ?? 2000);
const MD_FILES = Number(process.env.BENCH_BATCH_MD_FILES ?? 300);
const RSS_SIZES = (process.env.BENCH_BATCH_RSS ?? "1000,20000").split(",").map(Number);
const RUNS = Number(process.env.BENCH_BATCH_RUNS ?? 3);

/** `count` files cycled from `files`, in folders year/unit/ (≈ 40 files per folder). */
async function makeCorpus(dir, files, count, ext) {
  for (let i = 0; i < count; i++) {
    const folder = join(dir, String(2000 + (i % 25)), `unit-${Math.floor(i / 25) % 20}`);
    if (i < 500) await mkdir(folder, { recursive: true });
    await writeFile(join(folder, `doc-${i}${ext}`), files[i % files.length]);
  }
}

/** One batch run in a child process: wall time and its peak RSS (main thread + workers). */
function runBatch(root, input, out, jobs) {
  const script = `
    import { createRequire } from "node:module";
    const { main } = createRequire(${JSON.stringify(join(root, "dist/cli.cjs"))})("./cli.cjs");
    const code = await main(${JSON.stringify(["batch", input, "-o", out, "--force", "--quiet", "--jobs", String(jobs)])});
    process.stderr.write("maxrss " + process.resourceUsage().maxRSS + "\\n");
    process.exitCode = code;`;
  const t = performance.now();
  let stderr;
  try {
    // large maxBuffer: the failures of a 20,000-file run are reported on stderr
    stderr = execFileSync(process.execPath, ["--input-type=module", "-e", script], { stdio: ["ignore", "ignore", "pipe"], maxBuffer: 256 * 1024 * 1024 }).toString();
  } catch (err) {
    stderr = err.stderr?.toString() ?? ""; // exit 1: some fixture-derived inputs fail (that is counted, not fatal)
  }
  const seconds = (performance.now() - t) / 1000;
  return { seconds, maxRssMb: Number(/maxrss (\d+)/.exec(stderr)?.[1] ?? NaN) / 1024 };
}

function throughput(root, input, out, jobs, count, median) {
  const runs = Array.from({ length: RUNS }, () => runBatch(root, input, out, jobs));
  const seconds = median(runs.map((r) => r.seconds));
  return { jobs, files: count, seconds, docsPerSecond: count / seconds };
}

export async function batchBench({ root, median, txt, md }) {
  const base = await mkdtemp(join(tmpdir(), "dp-bench-batch-"));
  try {
    await makeCorpus(join(base, "plain"), txt, FILES, ".txt");
    await makeCorpus(join(base, "markdown"), md, MD_FILES, ".md");
    const out = join(base, "out");
    const plain1 = throughput(root, join(base, "plain"), out, 1, FILES, median);
    const plain2 = throughput(root, join(base, "plain"), out, 2, FILES, median);
    const md1 = throughput(root, join(base, "markdown"), out, 1, MD_FILES, median);
    const md2 = throughput(root, join(base, "markdown"), out, 2, MD_FILES, median);
    const rss = [];
    for (const size of RSS_SIZES) {
      const dir = join(base, `rss-${size}`);
      await makeCorpus(dir, txt, size, ".txt");
      const r = runBatch(root, dir, join(base, `rss-out-${size}`), 2);
      rss.push({ files: size, maxRssMb: r.maxRssMb, seconds: r.seconds });
      await rm(dir, { recursive: true, force: true });
      await rm(join(base, `rss-out-${size}`), { recursive: true, force: true });
    }
    const result = {
      plain: { one: plain1, two: plain2, ratio: plain2.docsPerSecond / plain1.docsPerSecond },
      markdown: { one: md1, two: md2, ratio: md2.docsPerSecond / md1.docsPerSecond },
      rss,
    };
    const f = (x, d = 1) => x.toFixed(d);
    console.log(`batch (medians of ${RUNS} runs; corpus generated from the fixtures, nested folders):`);
    for (const [name, r] of [["plain", result.plain], ["markdown", result.markdown]]) {
      console.log(`  ${name.padEnd(8)} ${r.one.files} files: 1 worker ${f(r.one.docsPerSecond)} docs/s, 2 workers ${f(r.two.docsPerSecond)} docs/s (×${f(r.ratio, 2)})`);
    }
    for (const r of rss) console.log(`  peak RSS, ${r.files} files, 2 workers: ${f(r.maxRssMb, 0)} MB (${f(r.seconds)} s)`);
    return result;
  } finally {
    await rm(base, { recursive: true, force: true });
  }
}
