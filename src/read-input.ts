/**
 * Reading one input: a file named on the command line, or standard input. Kept apart from the CLI
 * so the batch engine reads files the same way and reports the same messages.
 */
import { readFile as readFileCallback } from "node:fs";
import { resolve } from "node:path";
import { promisify } from "node:util";

// node:fs's callbacks, not node:fs/promises: loading that module (with readline, watchers and
// folder iterators behind it) is ~10 M instructions of every start-up of the command.
const readFile = promisify(readFileCallback);

/** A failure to read one input; `message` is short and lower-case, the caller adds the file name. */
export class InputError extends Error {
  constructor(
    readonly path: string,
    message: string,
    /** true when the user named something that is not there (a usage error, exit 2) */
    readonly missing = false,
  ) {
    super(message);
  }
}

/** Node's error codes as a user reads them: ENOENT → "no such file or directory". */
const FS_MESSAGES: Record<string, string> = {
  ENOENT: "no such file or directory",
  ENOTDIR: "not a directory",
  EISDIR: "is a directory, expected a file",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EMFILE: "too many open files",
  ELOOP: "too many levels of symbolic links", // a symlink loop: `a.txt -> b.txt -> a.txt`
  EIO: "input/output error",
};

export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (code && FS_MESSAGES[code]) return FS_MESSAGES[code];
  return err instanceof Error ? err.message : String(err);
}

/** The bytes of `path` (as given, resolved against `cwd`), or an InputError naming it. */
export async function readInputFile(path: string, cwd: string): Promise<Uint8Array> {
  try {
    return await readFile(resolve(cwd, path));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(path, describeFsError(err), code === "ENOENT");
  }
}

/** All of a stream (standard input) as bytes; strings are taken as UTF-8. */
export async function readStream(stream: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(chunks);
}
