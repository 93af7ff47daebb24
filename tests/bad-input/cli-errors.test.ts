/**
 * Bad input through the CLI, in-process (issue 4, SPEC §2): the exact user-visible outcome —
 * exit code, the stderr line naming the file (and the line where there is one) — and the other
 * files of the same run still come out.
 *
 * Exit codes: 1 an input could not be read or did not parse; 2 an operand that names nothing.
 */
import { readFileSync } from "node:fs";
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, runCli } from "../cli/fake-io.js";

const GOOD = readFileSync(join(ROOT, "fixtures/corpus/cv-vpcp-2776-2011.txt"));
let cwd: string;

const pathsOut = (stdout: string) => stdout.trim().split("\n").map((line) => JSON.parse(line).source.path as string);
const resultOf = (stdout: string, path: string) =>
  stdout.trim().split("\n").map((line) => JSON.parse(line)).find((r) => r.source.path === path);

beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), "dp-bad-input-"));
  await writeFile(join(cwd, "good.txt"), GOOD);
  await writeFile(join(cwd, "empty.txt"), "");
  await writeFile(join(cwd, "blank.txt"), "  \n\t\n \u00a0 \r\n\n");
  // a PNG header, a scanned PDF (an image stream and nothing else), a Word .docx (a zip archive)
  await writeFile(join(cwd, "scan-0001.png"), Buffer.from("89504e470d0a1a0a0000000d49484452000009b0", "hex"));
  await writeFile(
    join(cwd, "cv-2776.pdf"),
    Buffer.concat([Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /XObject /Subtype /Image /Filter /DCTDecode >>\nstream\n", "latin1"), Buffer.from("ffd8ffe000104a464946", "hex"), Buffer.from("\nendstream\nendobj\n%%EOF\n")]),
  );
  await writeFile(join(cwd, "thong-bao.docx"), Buffer.from("504b030414000600080000002100", "hex"));
  await mkdir(join(cwd, "archive.txt")); // a directory whose name looks like a file
  await writeFile(join(cwd, "archive.txt", "cv-1.txt"), GOOD);
  await mkdir(join(cwd, "archive.txt", "scans"));
  await writeFile(join(cwd, "archive.txt", "scans", "cv-2.txt"), Buffer.from("%PDF-1.4\n%\xff\xff\n", "latin1")); // a PDF saved as .txt
  await mkdir(join(cwd, "images"));
  await writeFile(join(cwd, "images", "scan.png"), "x");
  await symlink("loop-b.txt", join(cwd, "loop-a.txt"));
  await symlink("loop-a.txt", join(cwd, "loop-b.txt"));
  await writeFile(join(cwd, "locked.txt"), GOOD);
  await chmod(join(cwd, "locked.txt"), 0o000);
});

afterAll(async () => {
  await rm(cwd, { recursive: true, force: true });
});

describe("empty input", () => {
  it.each([
    ["a 0-byte file", "empty.txt", 0],
    ["a file of spaces, tabs, NBSP and line ends only", "blank.txt", 12],
  ])("%s: exit 1, `empty-input` naming the file, the JSON still written, the next file parsed", async (_, file, bytes) => {
    const r = await runCli([file, "good.txt", "--ndjson"], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`directive-parse: ${file}: empty-input: the input holds no text\n`);
    expect(pathsOut(r.stdout)).toEqual([file, "good.txt"]);
    const empty = resultOf(r.stdout, file);
    expect(empty.source).toMatchObject({ path: file, bytes, encoding: "utf-8" });
    expect(empty.documents).toEqual([]);
    expect(empty.diagnostics).toEqual([{ severity: "error", code: "empty-input", message: "the input holds no text", lines: null }]);
    expect(resultOf(r.stdout, "good.txt").documents).toHaveLength(1);
  });

  it("empty standard input is reported as <stdin>", async () => {
    const r = await runCli(["-", "--json"], { cwd, stdin: "" });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("directive-parse: <stdin>: empty-input: the input holds no text\n");
    expect(JSON.parse(r.stdout)).toMatchObject({ source: { path: null, bytes: 0 }, documents: [] });
  });
});

describe("binary and scanned-PDF bytes", () => {
  it.each([
    ["scan-0001.png", "it is a PNG image"],
    ["cv-2776.pdf", "it is a PDF file (%PDF-)"],
    ["thong-bao.docx", "it is a zip archive (docx, xlsx and odt files are zip archives)"],
  ])("%s: exit 1, rejected with a message naming the file", async (file, reason) => {
    const r = await runCli([file, "--json"], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`directive-parse: ${file}: binary-input: the input is not text: ${reason}\n`);
    const result = JSON.parse(r.stdout);
    expect(result.source.encoding).toBe("binary");
    expect(result.documents).toEqual([]);
    expect(result.diagnostics.map((d: { code: string }) => d.code)).toEqual(["binary-input"]);
  });

  it("every binary file of a run is reported, and the text files still come out", async () => {
    // regression: `failed ||= report(…)` in parse-command.ts reported only the first failed file
    const r = await runCli(["scan-0001.png", "cv-2776.pdf", "good.txt", "thong-bao.docx", "--ndjson"], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr.split("\n").filter(Boolean)).toEqual([
      "directive-parse: scan-0001.png: binary-input: the input is not text: it is a PNG image",
      "directive-parse: cv-2776.pdf: binary-input: the input is not text: it is a PDF file (%PDF-)",
      "directive-parse: thong-bao.docx: binary-input: the input is not text: it is a zip archive (docx, xlsx and odt files are zip archives)",
    ]);
    expect(pathsOut(r.stdout)).toEqual(["scan-0001.png", "cv-2776.pdf", "good.txt", "thong-bao.docx"]);
    expect(resultOf(r.stdout, "good.txt").documents).toHaveLength(1);
  });

  it("a PDF saved as .txt inside a walked folder is reported; its neighbour comes out", async () => {
    const r = await runCli(["archive.txt", "--ndjson"], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("directive-parse: archive.txt/scans/cv-2.txt: binary-input: the input is not text: it is a PDF file (%PDF-)\n");
    expect(pathsOut(r.stdout)).toEqual(["archive.txt/cv-1.txt", "archive.txt/scans/cv-2.txt"]);
  });
});

describe("paths that cannot be read", () => {
  it("a missing path: exit 2 (usage), `no such file or directory`, the other files still parsed", async () => {
    const r = await runCli(["good.txt", "nope.txt", "--ndjson"], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("directive-parse: nope.txt: no such file or directory\n");
    expect(pathsOut(r.stdout)).toEqual(["good.txt"]);
  });

  it("a missing path with --json and one operand: exit 2, nothing on stdout", async () => {
    const r = await runCli(["nope.txt", "--json"], { cwd });
    expect(r).toEqual({ code: 2, stdout: "", stderr: "directive-parse: nope.txt: no such file or directory\n" });
  });

  it.skipIf(process.getuid?.() === 0)("an unreadable file: exit 1, `permission denied`, the other files still parsed", async () => {
    const r = await runCli(["locked.txt", "good.txt", "--ndjson"], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("directive-parse: locked.txt: permission denied\n");
    expect(pathsOut(r.stdout)).toEqual(["good.txt"]);
  });

  it("a symlink loop (a read error root also gets): exit 1, a short message naming the file", async () => {
    const r = await runCli(["loop-a.txt", "good.txt", "--ndjson"], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("directive-parse: loop-a.txt: too many levels of symbolic links\n");
    expect(pathsOut(r.stdout)).toEqual(["good.txt"]);
  });
});

describe("a directory where a file is expected (README: a directory operand is walked)", () => {
  it("a directory named like a file is walked for .txt and .md; --json gives an array", async () => {
    const r = await runCli(["archive.txt", "--json"], { cwd });
    const out = JSON.parse(r.stdout);
    expect(Array.isArray(out)).toBe(true);
    expect(out.map((x: { source: { path: string } }) => x.source.path)).toEqual(["archive.txt/cv-1.txt", "archive.txt/scans/cv-2.txt"]);
  });

  it("a directory without .txt or .md files: exit 2, named, the other files still parsed", async () => {
    const r = await runCli(["images", "good.txt", "--ndjson"], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("directive-parse: images: no .txt or .md files in this directory\n");
    expect(pathsOut(r.stdout)).toEqual(["good.txt"]);
  });
});
