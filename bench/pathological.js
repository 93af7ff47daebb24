// Size scaling of parse() on pathological inputs (issue 4): how the time grows when the input
// doubles. Tests assert only that these inputs finish and give the right shape
// (tests/bad-input/pathological.test.ts); time is measured here, never asserted.
//   - one line of N MB, plain text and markdown (remark reads markdown: no blank line to cut at)
//   - N clause lines "1. …", N "- x" bullets, N lines of alternating markers (I. 1. a) - +)
// Each size is parsed BENCH_PATHO_RUNS times (default 3); the median is kept. A growth factor near
// 2.0 per doubling is linear, near 4.0 quadratic. Run alone with `node bench/pathological.js`
// (after `npm run build`), or as part of `npm run bench`.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { parse } from "../dist/index.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const RUNS = Number(process.env.BENCH_PATHO_RUNS ?? 3);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const HEAD = "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSố: 12/UBND-VX\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 5 tháng 3 năm 2024\nKính gửi: Các sở, ban, ngành.\n\n";
const TAIL = "\nNơi nhận:\n- Như trên;\n- Lưu: VT, VX.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn A\n";
const letter = (lines) => HEAD + lines.join("\n") + TAIL;

/** a whole document with its line breaks made spaces, repeated to `mb` megabytes on one line */
const flattened = (path) => `${readFileSync(join(ROOT, path), "utf8").replace(/\s+/g, " ").trim()} `;
const PLAIN_UNIT = flattened("fixtures/corpus/cv-vpcp-2776-2011.txt");
const MARKDOWN_UNIT = flattened("fixtures/seeds/002_e02c2ff2b7f91691.txt"); // **bold** runs: remark's emphasis pass
const oneLine = (unit, mb) => Buffer.from(unit.repeat(Math.ceil((mb * 1e6) / Buffer.byteLength(unit))));
const CYCLE = ["I.", "1.", "a)", "-", "+"];

/** name, sizes (each twice the one before), input of a size, parse options */
const CASES = [
  ["one line, plain", [1, 2, 4], "MB", (mb) => oneLine(PLAIN_UNIT, mb), { path: "bench.txt", markup: "plain" }],
  ["one line, markdown", [0.5, 1, 2], "MB", (mb) => oneLine(PLAIN_UNIT, mb), { path: "bench.md", markup: "markdown" }],
  ["one line, md + **bold**", [0.5, 1, 2], "MB", (mb) => oneLine(MARKDOWN_UNIT, mb), { path: "bench.md", markup: "markdown" }],
  ['"1." clause lines', [2500, 5000, 10000], "lines", (n) => letter(Array.from({ length: n }, (_, i) => `1. Nhiệm vụ thứ ${i + 1}.`)), { path: "bench.txt" }],
  ['"- x" bullets', [5000, 10000, 20000], "lines", (n) => letter(Array.from({ length: n }, () => "- x")), { path: "bench.txt" }],
  ["alternating markers", [2500, 5000, 10000], "lines", (n) => letter(Array.from({ length: n }, (_, i) => `${CYCLE[i % 5]} mục ${i}`)), { path: "bench.txt" }],
];

function timeParse(input, options) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    parse(input, options);
    runs.push(performance.now() - t);
  }
  return median(runs);
}

export function pathologicalBench() {
  parse(letter(["1. x"]), { path: "warm.txt" }); // JIT and lazy loading
  parse("**x**", { path: "warm.md" });
  const out = {};
  for (const [name, sizes, unitName, make, options] of CASES) {
    const points = sizes.map((size) => ({ size, ms: timeParse(make(size), options) }));
    const growth = points.slice(1).map((p, i) => p.ms / points[i].ms);
    out[name] = { unit: unitName, points, growthPerDoubling: growth };
    const cells = points.map((p) => `${p.size} ${unitName}: ${p.ms.toFixed(0)} ms`).join(", ");
    console.log(`${name.padEnd(24)} ${cells}  (×${growth.map((g) => g.toFixed(2)).join(", ×")} per doubling; ×2 is linear)`);
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) pathologicalBench();
