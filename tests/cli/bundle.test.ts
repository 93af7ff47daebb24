/**
 * The built bundle, spawned as a user runs it: `node bin/directive-parse.js`. `npm test` builds
 * first; run `npm run build` before running this file alone.
 */
import { execFile, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import pkg from "../../package.json" with { type: "json" };
import { ROOT } from "./fake-io.js";

const BIN = join(ROOT, "bin/directive-parse.js");
const SEED = "fixtures/seeds/002_e02c2ff2b7f91691.txt";
const env = { PATH: process.env.PATH, NO_COLOR: "1" };

interface Spawned { code: number; stdout: string; stderr: string }

async function cli(args: string[], stdin?: string): Promise<Spawned> {
  if (stdin === undefined) {
    const r = await promisify(execFile)(process.execPath, [BIN, ...args], { cwd: ROOT, env }).catch((e) => e);
    return { code: typeof r.code === "number" ? r.code : 0, stdout: r.stdout, stderr: r.stderr };
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env });
    let stdout = "";
    child.stdout.setEncoding("utf8"); // a character split across two chunks must not break
    let stderr = "";
    child.stderr.setEncoding("utf8");
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

beforeAll(() => {
  if (!existsSync(join(ROOT, "dist/cli.cjs"))) throw new Error("dist/cli.cjs is missing: run `npm run build` first");
});

describe("the bundled CLI", () => {
  it("prints its version", async () => {
    expect(await cli(["--version"])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: "" });
  });

  // the bundle is rewritten in ASCII and read as latin1 (scripts/build.js, src/cli/code-cache.ts):
  // its Vietnamese patterns must read a document exactly as the source does
  it.each([SEED, "fixtures/seeds/001_270aefc581ab2cef.txt"])("prints the expected JSON of %s", async (seed) => {
    const r = await cli([seed, "--json"]);
    expect(r.code).toBe(0);
    const expected = JSON.parse(readFileSync(join(ROOT, seed.replace(/\.(txt|md)$/, ".expected.json")), "utf8"));
    const printed = JSON.parse(r.stdout);
    expect(printed.source.path).toBe(seed);
    expect({ ...printed, source: { ...printed.source, path: null } }).toEqual({ ...expected, source: { ...expected.source, path: null } });
  });

  it("is written in ASCII", () => {
    for (const file of ["dist/cli.cjs", "dist/index.js"]) {
      expect(readFileSync(join(ROOT, file)).findIndex((byte) => byte > 0x7f), file).toBe(-1);
    }
  });

  it("reads standard input", async () => {
    const r = await cli(["-", "--ndjson"], "THÔNG BÁO\n");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).source).toMatchObject({ path: null, bytes: Buffer.byteLength("THÔNG BÁO\n") });
  });

  it("exits 2 and names a missing file", async () => {
    const r = await cli(["missing.txt"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("directive-parse: missing.txt: no such file or directory\n");
    expect(r.stdout).toBe("");
  });
});
