/**
 * The command line, run in-process (SPEC §2). These tests pin behaviour — streams, exit codes,
 * formats, errors — not what the parser finds, which the fixture checks cover.
 */
import { mkdtemp, mkdir, writeFile, rm, chmod } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SCHEMA_ID } from "../../src/schema.js";
import { ANSI, runCli } from "./fake-io.js";
import pkg from "../../package.json" with { type: "json" };

const SEED = "fixtures/seeds/002_e02c2ff2b7f91691.txt";
const SEED2 = "fixtures/seeds/004_25a654556981ec2d.txt";
const MD = "fixtures/corpus/qd-byt-3467-2024.md";

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "dp-cli-"));
  await mkdir(join(tmp, "archive/sub"), { recursive: true });
  await mkdir(join(tmp, "empty"));
  await writeFile(join(tmp, "archive/a.txt"), "THÔNG BÁO\n");
  await writeFile(join(tmp, "archive/sub/b.md"), "**CÔNG VĂN**\n");
  await writeFile(join(tmp, "archive/sub/C.TXT"), "CHỈ THỊ\n"); // copied from Windows
  await writeFile(join(tmp, "archive/notes.json"), "{}");
  await writeFile(join(tmp, "empty/readme.pdf"), "%PDF");
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

describe("conventions", () => {
  it.each([
    ["--help", ["--help"]],
    ["-h", ["-h"]],
    ["check --help", ["check", "--help"]],
  ])("%s prints usage on stdout and exits 0", async (_, argv) => {
    const r = await runCli(argv);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(r.stdout).toMatch(/^Usage: directive-parse/);
  });

  it.each([["--version"], ["-V"]])("%s prints the package version", async (flag) => {
    expect(await runCli([flag])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: "" });
  });

  it.each([
    ["an unknown option", [SEED, "--bogus"], /unknown option '--bogus'/],
    ["no input at all", [], /missing required argument 'inputs'/],
    ["--json with --ndjson", [SEED, "--json", "--ndjson"], /--ndjson.*cannot be used with.*--json/],
    ["a bad --markup", [SEED, "--markup", "html"], /--markup.*html.*invalid/i],
    ["an extra argument to schema", ["schema", "extra"], /too many arguments/],
    ["stdin twice", ["-", "-"], /standard input \(-\) can be read only once/],
  ])("exits 2 on %s, with the reason on stderr and nothing on stdout", async (_, argv, message) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/^directive-parse: /);
  });
});

describe("--json and --ndjson", () => {
  it("prints one pretty JSON object for one file, with the path as given", async () => {
    const r = await runCli([SEED, "--json"]);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ schema: SCHEMA_ID, source: { path: SEED } });
    expect(r.stdout).toBe(`${JSON.stringify(out, null, 2)}\n`);
  });

  it.each([
    ["two files", [SEED, SEED2], [SEED, SEED2]],
    ["a directory", ["archive"], ["archive/a.txt", "archive/sub/C.TXT", "archive/sub/b.md"]],
    ["a directory with a trailing slash", ["archive/"], ["archive/a.txt", "archive/sub/C.TXT", "archive/sub/b.md"]],
    ["a glob", ["archive/**/*.md"], ["archive/sub/b.md"]],
    ["a file named twice", ["archive/a.txt", "archive/*.txt"], ["archive/a.txt"]],
  ])("prints a JSON array for %s, in path order", async (_, inputs, paths) => {
    const r = await runCli([...inputs, "--json"], { cwd: inputs[0].startsWith("fixtures") ? undefined : tmp });
    expect(r).toMatchObject({ code: 0, stderr: "" });
    const out = JSON.parse(r.stdout) as { source: { path: string } }[];
    expect(out.map((o) => o.source.path)).toEqual(paths);
  });

  it("prints one compact object per line with --ndjson", async () => {
    const r = await runCli(["archive", "--ndjson"], { cwd: tmp });
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines.map((l) => JSON.parse(l).source.path)).toEqual(["archive/a.txt", "archive/sub/C.TXT", "archive/sub/b.md"]);
    expect(r.stdout.endsWith("\n")).toBe(true);
  });

  it("reads standard input for -, with a null path", async () => {
    const r = await runCli(["-", "--json"], { stdin: "THÔNG BÁO\nSố: 12/TB-UBND\n" });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).source).toMatchObject({ path: null, bytes: Buffer.byteLength("THÔNG BÁO\nSố: 12/TB-UBND\n") });
  });

  it("passes --markup to the parser", async () => {
    const r = await runCli([SEED, "--json", "--markup", "markdown"]);
    expect(JSON.parse(r.stdout).source.markup).toBe("markdown");
  });
});

describe("inputs that fail", () => {
  it.each([
    ["a missing file", ["nope.txt"], 2, "directive-parse: nope.txt: no such file or directory"],
    ["a glob matching nothing", ["nothing/*.txt"], 2, "directive-parse: nothing/*.txt: no files match this pattern"],
    ["a directory without .txt/.md", ["empty"], 2, "directive-parse: empty: no .txt or .md files in this directory"],
  ])("%s: exit %i and the message names it", async (_, inputs, code, message) => {
    const r = await runCli([...inputs, "--json"], { cwd: tmp });
    expect(r.code).toBe(code);
    expect(r.stderr).toContain(message);
  });

  it("goes on with the other files and still exits 2 for a missing one", async () => {
    const r = await runCli(["archive/a.txt", "nope.txt", "archive/sub/b.md", "--ndjson"], { cwd: tmp });
    expect(r.code).toBe(2);
    expect(r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l).source.path)).toEqual(["archive/a.txt", "archive/sub/b.md"]);
    expect(r.stderr).toBe("directive-parse: nope.txt: no such file or directory\n");
  });

  it.runIf(process.getuid?.() !== 0)("exits 1 for an unreadable file, naming it", async () => {
    const locked = join(tmp, "locked.txt");
    await writeFile(locked, "x");
    await chmod(locked, 0o000);
    const r = await runCli(["locked.txt", "archive/a.txt", "--ndjson"], { cwd: tmp });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("directive-parse: locked.txt: permission denied");
    expect(r.stdout.trim().split("\n")).toHaveLength(1);
  });
});

describe("the outline and colour", () => {
  it("prints an outline naming the file when no format is asked for", async () => {
    const r = await runCli([SEED, MD]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(SEED);
    expect(r.stdout).toContain(MD);
    expect(r.stdout).not.toMatch(ANSI);
  });

  it.each([
    ["a terminal", { isTTY: true, env: { TERM: "xterm" } }, true],
    ["a pipe", { isTTY: false, env: {} }, false],
    ["a terminal with NO_COLOR=1", { isTTY: true, env: { NO_COLOR: "1" } }, false],
    ["a terminal with NO_COLOR empty (ignored)", { isTTY: true, env: { NO_COLOR: "" } }, true],
    ["a pipe with FORCE_COLOR=1", { isTTY: false, env: { FORCE_COLOR: "1" } }, true],
    ["a terminal with FORCE_COLOR=0", { isTTY: true, env: { FORCE_COLOR: "0" } }, false],
    ["FORCE_COLOR and NO_COLOR (FORCE wins, as in Node)", { isTTY: false, env: { FORCE_COLOR: "1", NO_COLOR: "1" } }, true],
    ["a terminal with TERM=dumb", { isTTY: true, env: { TERM: "dumb" } }, false],
  ])("on %s: coloured = %s", async (_, options, coloured) => {
    const r = await runCli([SEED], options);
    expect(ANSI.test(r.stdout)).toBe(coloured);
  });

  it.each([
    ["--no-color beats FORCE_COLOR", ["--no-color"], { FORCE_COLOR: "1" }, false],
    ["--color beats NO_COLOR", ["--color"], { NO_COLOR: "1" }, true],
  ])("%s", async (_, flags, env, coloured) => {
    const r = await runCli([SEED, ...flags], { env, isTTY: false });
    expect(ANSI.test(r.stdout)).toBe(coloured);
  });

  it("never colours JSON, even when forced", async () => {
    const r = await runCli([SEED, "--json"], { env: { FORCE_COLOR: "3" }, isTTY: true });
    expect(r.stdout).not.toMatch(ANSI);
  });
});

describe("schema", () => {
  it("prints the JSON Schema on stdout", async () => {
    const r = await runCli(["schema"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ title: SCHEMA_ID, $schema: expect.stringContaining("2020-12") });
  });
});
