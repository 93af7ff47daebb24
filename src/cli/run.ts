/** The CLI as a function: arguments and IO in, exit code out. Tests call it in-process. */
import { CommanderError } from "commander";
import { EXIT, type CliIO } from "./io.js";
import { createProgram, type ProgramState } from "./program.js";

export type { CliIO } from "./io.js";

export async function run(argv: string[], io: CliIO): Promise<number> {
  const state: ProgramState = { exitCode: EXIT.ok };
  const program = createProgram(io, state); // a fresh program per run: commander keeps parse state
  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (err) {
    // --help and --version exit with 0; every other commander exit is a usage error (SPEC §2: 2).
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    io.stderr.write(`directive-parse: internal error: ${err instanceof Error ? err.stack : String(err)}\n`);
    return EXIT.failed;
  }
  return state.exitCode;
}
