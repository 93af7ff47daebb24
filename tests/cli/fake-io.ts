/** An in-memory CliIO: what the CLI wrote, and the exit code, for in-process tests. */
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { run, type CliIO } from "../../src/cli/run.js";

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface FakeOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  isTTY?: boolean;
  stdin?: string | Uint8Array;
}

/** The repository root: tests name fixtures the way a user in the checkout would. */
export const ROOT = fileURLToPath(new URL("../..", import.meta.url)).replace(/\/$/, "");

export async function runCli(argv: string[], options: FakeOptions = {}): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    stdin: Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]),
    cwd: options.cwd ?? ROOT,
    env: options.env ?? {},
    isTTY: options.isTTY ?? false,
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

/** ANSI colour escapes */
export const ANSI = /\u001b\[[0-9;]*m/;
