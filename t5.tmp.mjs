import { parse } from "./dist/index.js";
import { readFileSync, readdirSync } from "node:fs";
const files = readdirSync("fixtures/corpus").filter(f => f.endsWith(".txt")).map(f => readFileSync("fixtures/corpus/" + f, "utf8"));
const plain = files.filter(t => !/\*\*/.test(t)).join("\n\n");
let big = ""; while (big.length < 4_000_000) big += plain + "\n\n";
const buf = Buffer.from(big);
for (let i = 0; i < 2; i++) { const t = performance.now(); const r = parse(buf, { markup: "plain" }); const ms = performance.now() - t; console.log((buf.length/1e6).toFixed(1), "MB", ms.toFixed(0), "ms", (buf.length/1e6/(ms/1000)).toFixed(1), "MB/s docs", r.documents.length); }
const md = readFileSync("fixtures/corpus/nq-cp-03-2025.md");
for (let i = 0; i < 3; i++) { const t = performance.now(); parse(md, { path: "x.md" }); console.log("md", (md.length/1e3).toFixed(0), "KB", (performance.now() - t).toFixed(0), "ms"); }
