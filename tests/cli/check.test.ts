/**
 * `directive-parse check` end to end, in-process, on a temporary fixture folder. The expected files
 * are made by the CLI itself (--add), so the tests hold whatever the parser finds.
 */
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "./fake-io.js";

let cwd: string;
beforeEach(async () => {
  cwd = await mkdtemp(join(tmpdir(), "dp-check-"));
  await mkdir(join(cwd, "fx/seeds"), { recursive: true });
  await writeFile(join(cwd, "fx/seeds/a.txt"), "THÔNG BÁO\nSố: 12/TB-UBND\n");
  await writeFile(join(cwd, "fx/b.md"), "**CÔNG VĂN**\n");
  await writeFile(join(cwd, "fx/SOURCES.md"), "# notes, not a fixture\n");
});
afterEach(() => rm(cwd, { recursive: true, force: true }));

const check = (...args: string[]) => runCli(["check", ...args], { cwd });
const expectedOf = async (rel: string) => JSON.parse(await readFile(join(cwd, rel), "utf8"));

describe("check", () => {
  it("fails when no fixture has an expected file, and says how to create them", async () => {
    const r = await check("fx");
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("0 passed, 0 failed\n");
    expect(r.stderr).toContain("fx: no fixtures with an .expected.json beside them");
  });

  it("--add creates the missing expected files (not for SOURCES.md), with the base name as path", async () => {
    expect((await check("fx", "--update")).stdout).toBe("0 passed, 0 failed\n"); // --update never creates
    const r = await check("fx", "--add");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("+ fx/b.expected.json created");
    expect(r.stdout).toContain("+ fx/seeds/a.expected.json created");
    expect(r.stdout.trimEnd().split("\n").at(-1)).toBe("0 passed, 0 failed, 2 created");
    expect((await expectedOf("fx/seeds/a.expected.json")).source.path).toBe("a.txt");
    expect((await readdir(join(cwd, "fx"))).sort()).toEqual(["SOURCES.md", "b.expected.json", "b.md", "seeds"]);
  });

  it("passes once expected files exist, from any folder level", async () => {
    await check("fx", "--add");
    expect(await check("fx")).toEqual({ code: 0, stdout: "2 passed, 0 failed\n", stderr: "" });
    expect((await check("fx/seeds")).stdout).toBe("1 passed, 0 failed\n");
  });

  it("defaults to ./fixtures", async () => {
    await mkdir(join(cwd, "fixtures"));
    await writeFile(join(cwd, "fixtures/c.txt"), "x\n");
    await check("--add");
    expect((await check()).stdout).toBe("1 passed, 0 failed\n");
  });

  it("prints a per-field difference and exits 1 when output changed; --update rewrites it", async () => {
    await check("fx", "--add");
    const file = join(cwd, "fx/seeds/a.expected.json");
    const expected = await expectedOf("fx/seeds/a.expected.json");
    const actualSha = expected.source.sha256;
    await writeFile(file, JSON.stringify({ ...expected, source: { ...expected.source, sha256: "0000" } }));

    const failed = await check("fx");
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain("✗ fx/seeds/a.txt\n");
    expect(failed.stdout).toContain(`    source.sha256: expected "0000", got "${actualSha}"\n`);
    expect(failed.stdout.trimEnd().split("\n").at(-1)).toBe("1 passed, 1 failed");

    const updated = await check("fx", "--update");
    expect(updated.code).toBe(0);
    expect(updated.stdout).toContain("fx/seeds/a.expected.json updated");
    expect(updated.stdout.trimEnd().split("\n").at(-1)).toBe("1 passed, 0 failed, 1 updated");
    expect((await expectedOf("fx/seeds/a.expected.json")).source.sha256).toBe(actualSha);
    expect(await readdir(join(cwd, "fx/seeds"))).not.toContainEqual(expect.stringContaining(".tmp-"));
  });

  it("fails on an expected file that is not JSON, naming it", async () => {
    await writeFile(join(cwd, "fx/b.expected.json"), "{ not json");
    const r = await check("fx");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("directive-parse: fx/b.expected.json: invalid JSON");
    expect(r.stdout).toContain("0 passed, 1 failed");
  });

  it("warns about an expected file whose input is gone, without failing", async () => {
    await check("fx", "--add");
    await writeFile(join(cwd, "fx/gone.expected.json"), "{}");
    const r = await check("fx");
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("fx/gone.expected.json: expected file without a .txt or .md input");
  });

  it.each([
    ["a missing folder", ["nope"], "directive-parse: nope: no such file or directory"],
    ["a file instead of a folder", ["fx/b.md"], "directive-parse: fx/b.md: not a directory"],
  ])("exits 2 for %s", async (_, args, message) => {
    const r = await check(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });
});
