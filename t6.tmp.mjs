import { parse } from "./dist/index.js";
import { readFileSync, readdirSync } from "node:fs";
const files = readdirSync("fixtures/corpus").filter(f => f.endsWith(".txt")).map(f => readFileSync("fixtures/corpus/" + f, "utf8"));
const plain = files.filter(t => !/\*\*/.test(t)).join("\n\n");
let big = ""; while (big.length < 2_000_000) big += plain + "\n\n";
const buf = Buffer.from(big);
for (let i = 0; i < 3; i++) parse(buf, { markup: "plain" });
