/** What the CLI needs from the outside world; `main.ts` wires the real process, tests pass fakes. */
export interface TextSink {
  write(chunk: string): unknown;
}

export interface CliIO {
  stdout: TextSink;
  stderr: TextSink;
  /** read only when an operand is `-` */
  stdin: AsyncIterable<Uint8Array | string>;
  cwd: string;
  env: Record<string, string | undefined>;
  /** whether stdout is a terminal: decides colour, not format */
  isTTY: boolean;
}

/** Exit codes (SPEC §2); 130 = interrupted by Ctrl-C (128 + SIGINT), as shells report it. */
export const EXIT = { ok: 0, failed: 1, usage: 2, interrupted: 130 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** `directive-parse: fixtures/x.txt: no such file or directory` */
export function reportError(io: CliIO, where: string | null, message: string): void {
  io.stderr.write(`directive-parse: ${where === null ? "" : `${where}: `}${message}\n`);
}
