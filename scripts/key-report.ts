// Prints, for every fixture with a reader's key, the fields where the parse disagrees.
// npx tsx scripts/key-report.ts [filter]
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "../src/parse.js";
import { compareToKey, type KeyFile } from "../tests/keys/key-projection.js";

const filter = process.argv[2] ?? "";
let total = 0;
for (const dir of ["fixtures/seeds", "fixtures/corpus"]) {
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".key.json") && n.includes(filter))) {
    const key = JSON.parse(readFileSync(join(dir, name), "utf8")) as KeyFile;
    const source = join(dir, key.file);
    const problems = compareToKey(parse(readFileSync(source), { path: source }), key);
    total += problems.length;
    console.log(`${problems.length ? "✗" : "✓"} ${source} (${problems.length})`);
    for (const p of problems) console.log("    " + p);
  }
}
console.log(`${total} differences`);
