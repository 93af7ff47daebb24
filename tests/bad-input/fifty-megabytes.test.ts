/**
 * A 50 MB file through the built CLI, spawned as a user runs it (`npm test` builds first; run
 * `npm run build` before this file alone): `node bin/directive-parse.js big.txt --ndjson` must
 * exit 0 and print one JSON line that parses. The file is plain text (real documents from the
 * corpus, repeated) generated in os.tmpdir() and deleted afterwards; stdout goes to a file there
 * too, so the ~150 MB of JSON never sits in this process as a pipe buffer.
 * The timeout is a limit for a hung or crashed run, not a performance claim.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, open, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../cli/fake-io.js";

const BIN = join(ROOT, "bin/directive-parse.js");
const SOURCES = ["cv-vpcp-2776-2011.txt", "qd-ttg-798-2026.txt", "ct-ttg-21-2026.txt", "cv-btc-19046-2014.txt"];
const TARGET = 50 * 1024 * 1024;

let dir: string;
let unitCount = 0;
let unitLines = 0;
let size = 0;

beforeAll(async () => {
  if (!existsSync(join(ROOT, "dist/cli.cjs"))) throw new Error("dist/cli.cjs is missing: run `npm run build` first");
  dir = await mkdtemp(join(tmpdir(), "dp-50mb-"));
  const texts = await Promise.all(SOURCES.map((f) => readFile(join(ROOT, "fixtures/corpus", f), "utf8")));
  const unit = Buffer.from(texts.map((t) => `${t.trimEnd()}\n\n`).join(""));
  unitCount = Math.ceil(TARGET / unit.length);
  unitLines = unit.toString().split("\n").length - 1;
  const big = Buffer.alloc(unit.length * unitCount);
  for (let i = 0; i < unitCount; i++) unit.copy(big, i * unit.length);
  size = big.length;
  await writeFile(join(dir, "big.txt"), big);
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

function runToFile(args: string[], stdoutPath: string): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    open(stdoutPath, "w").then((out) => {
      const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, env: { PATH: process.env.PATH, NO_COLOR: "1" }, stdio: ["ignore", out.fd, "pipe"] });
      let stderr = "";
      child.stderr!.setEncoding("utf8").on("data", (d) => (stderr += d));
      child.on("error", reject);
      child.on("close", (code) => void out.close().then(() => resolve({ code: code ?? -1, stderr })));
    }, reject);
  });
}

describe("a 50 MB file", () => {
  it("`directive-parse big.txt --ndjson` exits 0 and prints one JSON object that parses", { timeout: 300_000 }, async () => {
    expect(size).toBeGreaterThanOrEqual(TARGET);
    const outPath = join(dir, "big.ndjson");
    const { code, stderr } = await runToFile(["big.txt", "--ndjson"], outPath);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const out = await readFile(outPath, "utf8");
    expect(out.endsWith("\n")).toBe(true);
    expect(out.indexOf("\n")).toBe(out.length - 1); // one line: one file
    const result = JSON.parse(out);
    expect(result.schema).toBe("directive-parse/1");
    expect(result.source).toMatchObject({ path: "big.txt", bytes: size, encoding: "utf-8", markup: "plain" });
    // each repetition holds four documents; spans are in file order and inside the file
    expect(result.documents.length).toBeGreaterThanOrEqual(4 * unitCount);
    const spans: [number, number][] = result.documents.map((d: { lines: [number, number] }) => d.lines);
    spans.forEach(([first, last], i) => {
      expect(first).toBeLessThanOrEqual(last);
      if (i > 0) expect(first).toBeGreaterThan(spans[i - 1][1]);
    });
    expect(spans.at(-1)![1]).toBeLessThanOrEqual(unitLines * unitCount);
  });
});
