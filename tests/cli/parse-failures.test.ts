/**
 * Inputs that do not parse, with a stand-in parser: an `error` diagnostic or a throw means exit 1,
 * a message naming the file (and line), and the other files still processed.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { runCli } from "./fake-io.js";

vi.mock("../../src/parse.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/parse.js")>();
  return {
    parse: (input: Uint8Array, options: { path?: string }) => {
      const result = real.parse(input, options);
      if (options.path?.includes("002")) throw new Error("stack overflow in clause tree");
      if (options.path?.includes("004")) {
        result.diagnostics.push({ severity: "error", code: "binary-input", message: "the input is not text", lines: [1, 1] });
        result.diagnostics.push({ severity: "warning", code: "missing-number", message: "no số hiệu", lines: [3, 3] });
      }
      return result;
    },
  };
});

const OK = "fixtures/seeds/000_874e997d141ea415.txt";
const THROWS = "fixtures/seeds/002_e02c2ff2b7f91691.txt";
const BINARY = "fixtures/seeds/004_25a654556981ec2d.txt";

describe("inputs that do not parse", () => {
  it("a parser exception: exit 1, the file named, the others still written", async () => {
    const r = await runCli([THROWS, OK, "--ndjson"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`directive-parse: ${THROWS}: the parser failed: stack overflow in clause tree\n`);
    expect(r.stdout.trim().split("\n").map((l) => JSON.parse(l).source.path)).toEqual([OK]);
  });

  it("an error diagnostic: the JSON is still written, exit 1, file and line on stderr; warnings stay in the JSON", async () => {
    const r = await runCli([BINARY, "--json"]);
    expect(r.code).toBe(1);
    const codes = JSON.parse(r.stdout).diagnostics.map((d: { code: string }) => d.code);
    expect(codes).toEqual(expect.arrayContaining(["binary-input", "missing-number"]));
    expect(r.stderr).toBe(`directive-parse: ${BINARY}:1: binary-input: the input is not text\n`);
  });

  it("a missing file outranks a failed one: exit 2", async () => {
    const r = await runCli([BINARY, "nope.txt", "--ndjson"]);
    expect(r.code).toBe(2);
  });

  it("check counts a parser exception as a failure, naming the file", async () => {
    const cwd = await mkdtemp(join(tmpdir(), "dp-fail-"));
    await mkdir(join(cwd, "fx"));
    await writeFile(join(cwd, "fx/002.txt"), "x");
    await writeFile(join(cwd, "fx/002.expected.json"), "{}");
    const r = await runCli(["check", "fx"], { cwd });
    await rm(cwd, { recursive: true });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("directive-parse: fx/002.txt: the parser threw: stack overflow in clause tree\n");
    expect(r.stdout).toBe("✗ fx/002.txt\n0 passed, 1 failed\n");
  });
});
