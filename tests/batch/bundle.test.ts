/**
 * `directive-parse batch` as users run it: the built bundle (bin/ → dist/cli.cjs), with its worker
 * threads (dist/batch-worker.cjs, which run the same bundle through the same code cache). Run
 * `npm run build` before this file alone.
 */
import { spawn } from "node:child_process";
import { cpSync, existsSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../cli/fake-io.js";

const BIN = join(ROOT, "bin/directive-parse.js");
const SEEDS = join(ROOT, "fixtures/seeds");
let tmp: string;
let count = 0;

beforeAll(async () => {
  if (!existsSync(join(ROOT, "dist/batch-worker.cjs"))) throw new Error("dist/batch-worker.cjs is missing: run `npm run build` first");
  tmp = await mkdtemp(join(tmpdir(), "dp-batch-bundle-"));
  const seeds = (await readdir(SEEDS)).filter((f) => f.endsWith(".txt"));
  for (let i = 0; i < 24; i++) {
    await mkdir(join(tmp, `arc/${2000 + (i % 3)}/u${i % 2}`), { recursive: true });
    for (const seed of seeds) {
      await writeFile(join(tmp, `arc/${2000 + (i % 3)}/u${i % 2}/${i}-${seed}`), await readFile(join(SEEDS, seed)));
      count++;
    }
  }
  await writeFile(join(tmp, "arc/bad.txt"), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0, 1, 2]));
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

interface Spawned { code: number | null; signal: string | null; stdout: string; stderr: string }

function cli(args: string[], onSpawn?: (child: ReturnType<typeof spawn>) => void, nodeArgs: string[] = [BIN]): Promise<Spawned> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, ...args], { cwd: tmp, env: { PATH: process.env.PATH, NO_COLOR: "1" } });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8"); // a character split across two chunks must not be decoded in halves
    child.stderr.setEncoding("utf8");
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
    onSpawn?.(child);
  });
}

async function outputs(dir: string): Promise<string[]> {
  if (!existsSync(join(tmp, dir))) return [];
  return (await readdir(join(tmp, dir), { recursive: true })).map(String).sort();
}

describe("the bundled batch command, with worker threads", () => {
  it("converts the tree with 2 workers, reports the bad file, exits 1", async () => {
    const r = await cli(["batch", "arc", "-o", "out", "--jobs", "2"]);
    expect(r.stderr).toContain("directive-parse: arc/bad.txt: binary-input: the input is not text");
    expect(r.stderr).toMatch(new RegExp(`^${count + 1} files: ${count} converted .*, 1 failed, 0 up to date`, "m"));
    expect(r.code).toBe(1);
    const written = (await outputs("out")).filter((f) => f.endsWith(".txt.json"));
    expect(written).toHaveLength(count);
    expect((await outputs("out")).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  }, 120_000);

  it("skips up-to-date outputs on a re-run (the workers check), and --force redoes them", async () => {
    expect((await cli(["batch", "arc/2001", "-o", "re", "--jobs", "2"])).code).toBe(0);
    const n = (await outputs("re")).filter((f) => f.endsWith(".txt.json")).length;
    expect(n).toBeGreaterThan(0);
    const again = await cli(["batch", "arc/2001", "-o", "re", "--jobs", "2"]);
    expect(again.stderr).toMatch(new RegExp(`^${n} files: 0 converted .*, 0 failed, ${n} up to date`, "m"));
    const forced = await cli(["batch", "arc/2001", "-o", "re", "--jobs", "2", "--force"]);
    expect(forced.stderr).toMatch(new RegExp(`^${n} files: ${n} converted .*, 0 failed, 0 up to date`, "m"));
  }, 120_000);

  it("runs its workers from `node --input-type=module -e` too (they do not inherit that option)", async () => {
    const bundle = join(ROOT, "dist/cli.cjs");
    const script = `import { createRequire } from "node:module"; const { main } = createRequire(${JSON.stringify(bundle)})(${JSON.stringify(bundle)}); process.exitCode = await main(process.argv.slice(1));`;
    const r = await cli(["batch", "arc/2002", "-o", "eval", "--jobs", "2"], undefined, ["--input-type=module", "-e", script]);
    expect(r.stderr).not.toContain("worker-crashed");
    expect(r.stderr).toMatch(/^\d+ files: \d+ converted .*, 0 failed/m);
    expect(r.code).toBe(0);
  }, 120_000);

  it("runs workers on the bundle as it is, not on a stale code cache of the same length", async () => {
    // A copy of the package whose bundle changed after its cache was made, keeping its length: V8
    // alone would accept the cached bytecode (it checks the length) and print the old schema id.
    const pkg = join(tmp, "pkg");
    for (const part of ["bin", "dist", "package.json"]) cpSync(join(ROOT, part), join(pkg, part), { recursive: true });
    symlinkSync(join(ROOT, "node_modules"), join(pkg, "node_modules"));
    const bundle = join(pkg, "dist/cli.cjs");
    const source = readFileSync(bundle, "utf8");
    expect(source).toContain('"directive-parse/1"');
    writeFileSync(bundle, source.replaceAll('"directive-parse/1"', '"directive-parse/9"'));
    utimesSync(bundle, new Date(), new Date(Date.now() + 5_000));
    const r = await cli(["batch", "arc/2000", "--ndjson", "-j", "2"], undefined, [join(pkg, "bin/directive-parse.js")]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.map((l) => l.result.schema)).toEqual(lines.map(() => "directive-parse/9"));
  }, 120_000);

  it("gives the same NDJSON bytes with 1 and 2 workers", async () => {
    const [one, two] = [await cli(["batch", "arc/2000", "--ndjson", "-j", "1"]), await cli(["batch", "arc/2000", "--ndjson", "-j", "2"])];
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout.trimEnd().split("\n").every((l) => JSON.parse(l).ok === true)).toBe(true);
  }, 120_000);

  it("on Ctrl-C finishes the files in flight, leaves no temporary file, prints the summary, exits 130", async () => {
    const r = await cli(["batch", "arc", "-o", "int", "--jobs", "2", "--force"], (child) => {
      const poll = setInterval(async () => {
        if ((await outputs("int")).some((f) => f.endsWith(".txt.json"))) {
          clearInterval(poll);
          child.kill("SIGINT");
        }
      }, 20);
    });
    expect(r.code).toBe(130);
    expect(r.stderr).toMatch(/interrupted: finishing the files in progress/);
    // "1 file …" when the interrupt lands after the first output (a loaded machine)
    const summary = r.stderr.match(/^(\d+) files? before the interruption: (\d+) converted/m);
    expect(summary).not.toBeNull();
    const written = (await outputs("int")).filter((f) => f.endsWith(".txt.json"));
    expect(written.length).toBe(Number(summary![2]));
    expect(written.length).toBeLessThan(count);
    expect((await outputs("int")).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    const resumed = await cli(["batch", "arc", "-o", "int", "--jobs", "2"]);
    expect(resumed.stderr).toMatch(new RegExp(`, ${written.length} up to date`));
  }, 120_000);
});
