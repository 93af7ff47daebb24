/**
 * `directive-parse batch`, in-process through the CLI factory (tasks run on the main thread here;
 * the worker pool is covered by pool.test.ts and bundle.test.ts).
 */
import { mkdir, mkdtemp, readFile, readdir, rm, stat, symlink, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { STAMP_FILE } from "../../src/batch/resume.js";
import { runCli } from "../cli/fake-io.js";

const NOTICE = "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSố: 12/TB-UBND\nHà Nội, ngày 3 tháng 4 năm 2024\nTHÔNG BÁO\nVề việc họp\n1. Các đơn vị chuẩn bị.\n2. Báo cáo kết quả.\n";

let tmp: string;
beforeEach(async () => {
  tmp = await mkdtemp(join(tmpdir(), "dp-batch-"));
  await tree({
    "arc/a.txt": NOTICE,
    "arc/a.md": `**THÔNG BÁO**\n\n${NOTICE}`,
    "arc/2019/q1/b.txt": NOTICE,
    "arc/2019/c.TXT": NOTICE,
    "arc/2019/notes.json": "{}",
    "arc/.hidden/d.txt": NOTICE,
  });
});
afterEach(() => rm(tmp, { recursive: true, force: true }));

async function tree(files: Record<string, string | Uint8Array>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(tmp, path, ".."), { recursive: true });
    await writeFile(join(tmp, path), content);
  }
}

/** Every file under `dir`, relative, sorted. */
async function files(dir: string): Promise<string[]> {
  const entries = await readdir(join(tmp, dir), { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(join(tmp, dir), join(e.parentPath, e.name))).sort();
}

const batch = (...argv: string[]) => runCli(["batch", ...argv], { cwd: tmp });
const MIRRORED = [STAMP_FILE, "2019/c.TXT.json", "2019/q1/b.txt.json", "a.md.json", "a.txt.json"];

describe("batch -o: one JSON file per input, mirroring the tree", () => {
  it("mirrors the input tree, keeps the extension in the name, skips dot-folders and other extensions", async () => {
    const r = await batch("arc", "-o", "out");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(await files("out")).toEqual(MIRRORED.sort());
    const json = JSON.parse(await readFile(join(tmp, "out/2019/q1/b.txt.json"), "utf8"));
    expect(json).toMatchObject({ schema: "directive-parse/1", source: { path: "arc/2019/q1/b.txt" } });
    expect(r.stderr).toMatch(/^4 files: 4 converted \(\d+ documents?, \d+ warnings?\), 0 failed, 0 up to date — .* files\/s\n$/);
  });

  it("writes exactly what `directive-parse <file> --json` prints", async () => {
    await batch("arc", "-o", "out");
    const single = await runCli(["arc/a.txt", "--json"], { cwd: tmp });
    expect(await readFile(join(tmp, "out/a.txt.json"), "utf8")).toBe(single.stdout);
  });

  it("replaces an output by renaming a complete new file over it, never by writing into it (atomic)", async () => {
    await batch("arc", "-o", "out");
    const target = join(tmp, "out/2019/q1/b.txt.json");
    const before = await stat(target);
    await writeFile(join(tmp, "arc/2019/q1/b.txt"), NOTICE.replace("Về việc họp", "Về việc họp giao ban"));
    const r = await batch("arc", "-o", "out", "--force");
    expect(r.code).toBe(0);
    // a new inode: written beside the target and renamed over it, so a reader of the old file
    // never saw a half-written one (writing in place would keep the inode)
    expect((await stat(target)).ino).not.toBe(before.ino);
    expect(await readFile(target, "utf8")).toBe((await runCli(["arc/2019/q1/b.txt", "--json"], { cwd: tmp })).stdout);
    expect((await readdir(join(tmp, "out/2019/q1"))).sort()).toEqual(["b.txt.json"]);
  });

  it("roots several operands at their common folder", async () => {
    await tree({ "arc/2020/e.md": NOTICE });
    expect((await batch("arc/2019", "arc/2020", "-o", "out")).code).toBe(0);
    expect(await files("out")).toEqual([STAMP_FILE, "2019/c.TXT.json", "2019/q1/b.txt.json", "2020/e.md.json"].sort());
  });

  it("roots a glob at its folder before the first wildcard, and a file at its folder", async () => {
    expect((await batch("arc/**/*.txt", "-o", "g")).code).toBe(0);
    expect(await files("g")).toEqual([STAMP_FILE, "2019/q1/b.txt.json", "a.txt.json"].sort());
    expect((await batch("arc/2019/q1/b.txt", "-o", "f")).code).toBe(0);
    expect(await files("f")).toEqual([STAMP_FILE, "b.txt.json"].sort());
  });

  it("converts a file named twice (a folder and a file inside it) once", async () => {
    const r = await batch("arc", "arc/a.txt", "arc/2019", "-o", "out");
    expect(r.stderr).toMatch(/^4 files: 4 converted/m);
  });

  it("takes --ext for directory walks", async () => {
    expect((await batch("arc", "-o", "out", "--ext", "md")).code).toBe(0);
    expect(await files("out")).toEqual([STAMP_FILE, "a.md.json"].sort());
  });

  it("walks into a folder named like an input (2019.txt/)", async () => {
    await tree({ "arc/x.txt/y.txt": NOTICE });
    expect((await batch("arc", "-o", "out")).code).toBe(0);
    expect(await files("out")).toContain("x.txt/y.txt.json");
  });

  it("does not walk into its own output folder", async () => {
    expect((await batch("arc", "-o", "arc/json", "--ext", "txt,json")).code).toBe(0);
    expect(await files("arc/json")).not.toContain("json/a.txt.json.json");
    expect((await batch("arc", "-o", "arc/json", "--ext", "txt,json")).stderr).toMatch(/ 0 converted/);
  });
});

describe("bad inputs are reported with their path; the batch goes on (exit 1)", () => {
  beforeEach(() => tree({ "arc/empty.txt": "", "arc/scan.txt": Buffer.from("%PDF-1.4\n\u0000\u0001"), "arc/zz.txt": NOTICE }));

  it("reports each bad file on stderr, converts the rest, writes no output for the bad ones", async () => {
    await symlink(join(tmp, "nowhere.txt"), join(tmp, "arc/dangling.txt"));
    const r = await batch("arc", "-o", "out");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("directive-parse: arc/empty.txt: empty-input: the input holds no text\n");
    expect(r.stderr).toMatch(/directive-parse: arc\/scan\.txt: binary-input: the input is not text/);
    expect(r.stderr).toContain("directive-parse: arc/dangling.txt: no such file or directory\n");
    expect(r.stderr).toMatch(/^8 files: 5 converted .*, 3 failed, 0 up to date/m);
    expect(await files("out")).toEqual([...MIRRORED, "zz.txt.json"].sort());
  });

  it.skipIf(process.getuid?.() === 0)("reports a file it may not read", async () => {
    const { chmod } = await import("node:fs/promises");
    await chmod(join(tmp, "arc/zz.txt"), 0o000);
    const r = await batch("arc", "-o", "out");
    expect(r.stderr).toContain("directive-parse: arc/zz.txt: permission denied\n");
    expect(r.code).toBe(1);
  });

  it("leaves no temporary file behind", async () => {
    await batch("arc", "-o", "out");
    expect((await files("out")).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("--report lists failures and warnings as JSON, with the summary", async () => {
    const r = await batch("arc", "-o", "out", "--report", "report.json");
    const report = JSON.parse(await readFile(join(tmp, "report.json"), "utf8"));
    expect(report).toMatchObject({ tool: "directive-parse", summary: { files: 7, converted: 5, failed: 2, skipped: 0, interrupted: false } });
    const failures = report.files.filter((f: { ok: boolean }) => !f.ok);
    expect(failures).toEqual([
      { path: "arc/empty.txt", ok: false, error: { code: "empty-input", message: "the input holds no text" } },
      { path: "arc/scan.txt", ok: false, error: { code: "binary-input", message: expect.stringMatching(/not text/) } },
    ]);
    for (const f of report.files.filter((f: { ok: boolean }) => f.ok)) {
      expect(f.warnings.length).toBeGreaterThan(0);
      for (const w of f.warnings) expect(w).toMatchObject({ severity: "warning", code: expect.any(String), message: expect.any(String) });
    }
    expect(report.summary.warnings).toBe(report.files.reduce((n: number, f: { warnings?: unknown[] }) => n + (f.warnings?.length ?? 0), 0));
    expect(r.code).toBe(1);
  });
});

describe("exit 2 on usage errors, nothing written", () => {
  it.each([
    ["no -o and no --ndjson", ["arc"], /batch needs an output: -o <outdir>, or --ndjson/],
    ["-o with --ndjson", ["arc", "-o", "out", "--ndjson"], /cannot be combined/],
    ["an unknown option", ["arc", "-o", "out", "--bogus"], /unknown option '--bogus'/],
    ["no inputs", ["-o", "out"], /missing required argument 'inputs'/],
    ["a missing folder", ["nope", "-o", "out"], /nope: no such file or directory/],
    ["a glob matching nothing", ["arc/**/*.doc", "-o", "out"], /no files match this pattern/],
    ["a folder without inputs", ["arc/2019/q1", "-o", "out", "--ext", "rtf"], /no \.rtf files found in arc\/2019\/q1/],
    ["a bad --shard", ["arc", "-o", "out", "--shard", "3/2"], /--shard 3\/2: K must be between 1 and N/],
    ["a bad --jobs", ["arc", "-o", "out", "--jobs", "0"], /--jobs takes a whole number/],
    ["standard input", ["-", "-o", "out"], /batch reads files, not standard input/],
    ["--ndjson swallowing a folder", ["--ndjson", "arc", "arc"], /--ndjson arc: is a directory/],
  ])("%s", async (_, argv, message) => {
    const r = await batch(...argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe("");
  });

  it("still converts the inputs it found when another operand names nothing (exit 2)", async () => {
    const r = await batch("arc", "nope", "-o", "out");
    expect(r.code).toBe(2);
    expect(await files("out")).toEqual(MIRRORED.sort());
  });
});

describe("resume", () => {
  it("a re-run skips up-to-date outputs; --force redoes them; a changed input is redone", async () => {
    await batch("arc", "-o", "out");
    const before = (await stat(join(tmp, "out/a.txt.json"))).mtimeMs;
    const again = await batch("arc", "-o", "out");
    expect(again.stderr).toMatch(/^4 files: 0 converted .*, 0 failed, 4 up to date/m);
    expect((await stat(join(tmp, "out/a.txt.json"))).mtimeMs).toBe(before);

    const future = new Date(Date.now() + 5000);
    await utimes(join(tmp, "arc/a.txt"), future, future);
    expect((await batch("arc", "-o", "out")).stderr).toMatch(/^4 files: 1 converted .*, 3 up to date/m);

    const forced = await batch("arc", "-o", "out", "--force");
    expect(forced.stderr).toMatch(/^4 files: 4 converted .*, 0 up to date/m);
  });

  it("redoes everything when the outputs were made by another version", async () => {
    await batch("arc", "-o", "out");
    const stamp = join(tmp, "out", STAMP_FILE);
    await writeFile(stamp, (await readFile(stamp, "utf8")).replace(/"version": "[^"]*"/, '"version": "0.0.1"'));
    expect((await batch("arc", "-o", "out")).stderr).toMatch(/^4 files: 4 converted/m);
    expect(JSON.parse(await readFile(stamp, "utf8")).version).not.toBe("0.0.1");
    expect((await batch("arc", "-o", "out")).stderr).toMatch(/^4 files: 0 converted/m);
  });

  it("redoes everything when the stamp is gone, then skips again", async () => {
    await batch("arc", "-o", "out");
    await rm(join(tmp, "out", STAMP_FILE));
    expect((await batch("arc", "-o", "out")).stderr).toMatch(/^4 files: 4 converted .*, 0 up to date/m);
    expect((await batch("arc", "-o", "out")).stderr).toMatch(/^4 files: 0 converted .*, 4 up to date/m);
  });

  it("remakes an output folder that was deleted (nested tree), with only its outputs converted", async () => {
    await batch("arc", "-o", "out");
    await rm(join(tmp, "out/2019"), { recursive: true });
    const r = await batch("arc", "-o", "out");
    expect(r.stderr).toMatch(/^4 files: 2 converted .*, 2 up to date/m);
    expect(await files("out")).toEqual(MIRRORED.sort());
  });

  it("redoes a file whose output is missing, and failed files on every run", async () => {
    await tree({ "arc/empty.txt": "" });
    await batch("arc", "-o", "out");
    await rm(join(tmp, "out/a.md.json"));
    const r = await batch("arc", "-o", "out");
    expect(r.stderr).toMatch(/^5 files: 1 converted .*, 1 failed, 3 up to date/m);
  });
});

describe("--ndjson", () => {
  it("prints one {path, ok, result|error} line per input, in input order, on stdout", async () => {
    await tree({ "arc/empty.txt": "" });
    const r = await batch("arc", "--ndjson");
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.path, l.ok])).toEqual([
      ["arc/2019/c.TXT", true], ["arc/2019/q1/b.txt", true], ["arc/a.md", true], ["arc/a.txt", true], ["arc/empty.txt", false],
    ]);
    expect(lines[0].result).toMatchObject({ schema: "directive-parse/1", source: { path: "arc/2019/c.TXT" } });
    expect(lines[4]).toEqual({ path: "arc/empty.txt", ok: false, error: { code: "empty-input", message: "the input holds no text" } });
    expect(r.stderr).toMatch(/^directive-parse: arc\/empty\.txt: empty-input/);
  });

  it("writes to a file with --ndjson <file> (atomically), nothing on stdout", async () => {
    const r = await batch("arc", "--ndjson", "all.ndjson");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    const lines = (await readFile(join(tmp, "all.ndjson"), "utf8")).trimEnd().split("\n");
    expect(lines.map((l) => JSON.parse(l).path)).toHaveLength(4);
    expect((await readdir(tmp)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("--quiet leaves only failures on stderr", async () => {
    const r = await batch("arc", "--ndjson", "-", "--quiet");
    expect(r.stderr).toBe("");
    expect(r.stdout.split("\n").filter(Boolean)).toHaveLength(4);
  });
});

describe("--shard K/N", () => {
  beforeEach(async () => {
    const more: Record<string, string> = {};
    for (let i = 0; i < 30; i++) more[`arc/${2000 + (i % 4)}/n-${i}.txt`] = NOTICE;
    await tree(more);
  });

  it.each([1, 2, 3, 4, 5])("N=%i: the shards' outputs partition the inputs exactly, with no collisions", async (n) => {
    const all = (await files("arc")).filter((f) => /\.(txt|md)$/i.test(f) && !f.startsWith(".")).map((f) => `${f}.json`).sort();
    const seen: string[] = [];
    for (let k = 1; k <= n; k++) {
      const r = await batch("arc", "-o", `out-${k}`, "--shard", `${k}/${n}`);
      expect(r.code).toBe(0);
      seen.push(...(await files(`out-${k}`)).filter((f) => f !== STAMP_FILE));
    }
    expect(seen.sort()).toEqual(all);
  });

  it("shards write into one shared output folder without collisions, and resume there", async () => {
    for (const k of [1, 2, 3]) expect((await batch("arc", "-o", "out", "--shard", `${k}/3`)).code).toBe(0);
    const again = await batch("arc", "-o", "out");
    expect(again.stderr).toMatch(/ 0 converted .* 34 up to date/);
  });
});
