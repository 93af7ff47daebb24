/**
 * The launcher of the bundled CLI (src/cli/code-cache.ts): it runs a CommonJS bundle through V8's
 * code cache, and a missing, stale, foreign or unwritable cache never changes what runs.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { launch } from "../../src/cli/code-cache.js";

let dir: string;
let bundle: string;
const env = {};

/** A bundle whose main() returns `code`, through a function so that there is code to cache. */
function writeBundle(code: number): void {
  writeFileSync(bundle, `"use strict";\nfunction answer() { return ${code}; }\nexports.main = async () => answer();\n`);
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "dp-code-cache-"));
  bundle = join(dir, "cli.cjs");
  writeBundle(3);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const run = () => launch(pathToFileURL(bundle), env);
const cache = () => readFileSync(`${bundle}.cache`);
const stampLine = () => cache().toString("latin1").split("\n")[0];

describe("launching the bundle through the code cache", () => {
  it("runs the bundle and writes a cache stamped with the bundle's size and time", async () => {
    expect(await run()).toBe(3);
    const { size, mtimeMs } = statSync(bundle);
    expect(stampLine()).toBe(`${size} ${mtimeMs}`);
    expect(cache().length).toBeGreaterThan(stampLine().length + 1);
  });

  it("uses an accepted cache as it is", async () => {
    await run();
    const written = statSync(`${bundle}.cache`).mtimeMs;
    expect(await run()).toBe(3);
    expect(statSync(`${bundle}.cache`).mtimeMs).toBe(written);
  });

  it("ignores the cache of an earlier bundle of the same length, and replaces it", async () => {
    await run();
    writeBundle(4); // same length, new code
    utimesSync(bundle, new Date(), new Date(Date.now() + 5_000));
    expect(await run()).toBe(4);
    expect(stampLine()).toBe(`${statSync(bundle).size} ${statSync(bundle).mtimeMs}`);
  });

  it("runs when V8 rejects the cached bytes, and writes a good cache", async () => {
    const { size, mtimeMs } = statSync(bundle);
    writeFileSync(`${bundle}.cache`, `${size} ${mtimeMs}\nnot bytecode at all`);
    expect(await run()).toBe(3);
    expect(cache().toString("latin1")).not.toContain("not bytecode");
  });

  it("runs when the cache cannot be written", async () => {
    mkdirSync(`${bundle}.cache`); // a directory where the file should go
    expect(await run()).toBe(3);
    expect(statSync(`${bundle}.cache`).isDirectory()).toBe(true);
  });
});
