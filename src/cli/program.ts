/**
 * The command-line grammar (SPEC §2), declared with commander. Actions only record an exit code;
 * `run()` turns commander's own exits (help, version, usage errors) into exit codes.
 */
import { Command, Option } from "commander";
import { colourLevel, makeChalk } from "./colour.js";
import type { CliIO, ExitCode } from "./io.js";
import { parseCommand } from "./parse-command.js";
import { VERSION } from "./version.js";

export interface ProgramState {
  exitCode: ExitCode;
}

const EXAMPLES = `
Examples:
  directive-parse fixtures/seeds/002_e02c2ff2b7f91691.txt        outline of one document
  directive-parse letter.txt --json > letter.json                the normalized JSON
  directive-parse archive/ --ndjson | jq .documents[0].number    one JSON object per line
  directive-parse 'archive/**/*.md' --json                       a JSON array, one object per file
  pdftotext -layout cv.pdf - | directive-parse - --json          read standard input
  directive-parse batch archive/ -o json/                        convert a folder tree, all cores
  directive-parse check fixtures                                 compare fixtures with expected JSON
  directive-parse schema > directive-parse-1.json                the JSON Schema of the output
  directive-parse tasks archive/ --format csv > tasks.csv        who must do what, by when

Exit status: 0 success, 1 an input failed or a check found a difference, 2 usage error.
Colour: on a terminal; NO_COLOR=1 turns it off, FORCE_COLOR=1 on.`;

export function createProgram(io: CliIO, state: ProgramState): Command {
  const program = new Command("directive-parse");
  const chalkFor = (cmd: Command) => makeChalk(colourLevel(io.env, io.isTTY, cmd.optsWithGlobals().color));
  configure(program, io)
    .enablePositionalOptions() // `batch … --ndjson` is batch's --ndjson, not the parse command's
    .description("Parse Vietnamese administrative documents (Thông báo, Công văn, Chỉ thị…) into normalized JSON.")
    .version(VERSION, "-V, --version", "print the version")
    .argument("<inputs...>", "files, directories (walked for .txt and .md), globs, or - for standard input")
    .option("--json", "print the normalized JSON: one object for one file, an array for several")
    .addOption(new Option("--ndjson", "print one compact JSON object per line, one line per file").conflicts("json"))
    .addOption(new Option("--markup <kind>", "read the input as plain text or markdown (default: from the extension, else sniffed)").choices(["plain", "markdown"]))
    .option("--color", "force colour in the outline")
    .option("--no-color", "no colour, whatever the terminal")
    .addHelpText("after", EXAMPLES)
    .action(async (inputs: string[], opts, cmd: Command) => {
      state.exitCode = await parseCommand(inputs, opts, io, () => chalkFor(cmd));
    });

  configure(program.command("check"), io)
    .description("check that fixtures still parse to their X.expected.json (exit 1 on any difference)")
    .argument("[dir]", "folder of fixtures, walked recursively", "fixtures")
    .option("--update", "rewrite the expected files that differ")
    .option("--add", "also create X.expected.json for fixtures that have none (a new fixture)")
    .action(async (dir: string, opts, cmd: Command) => {
      // loaded on demand: the check engine (and node:crypto, for its atomic writes) is not needed to parse
      const { checkCommand } = await import("./check-command.js");
      state.exitCode = await checkCommand(dir, opts, io, await chalkFor(cmd));
    });

  configure(program.command("batch"), io)
    .description("convert archive folders: one JSON file per input under -o <outdir>, or one NDJSON stream (see README)")
    .argument("<inputs...>", "directories (walked recursively), files, globs")
    .option("-o, --outdir <dir>", "write <name.ext>.json per input here, mirroring the input tree")
    .option("--ndjson [file]", "instead of -o: one {path, ok, result|error} line per input, to stdout or <file>")
    .option("--ext <list>", "extensions to walk for in directories", ".txt,.md")
    .option("-j, --jobs <n>", "worker threads (default: the number of cores)")
    .option("--shard <K/N>", "convert only share K of N (stable hash of the relative path)")
    .option("--force", "convert every input, even when its output is up to date")
    .option("--report <file>", "write failures and warnings as JSON to <file>")
    .option("-q, --quiet", "no progress line and no summary (failures are still reported)")
    .addOption(new Option("--markup <kind>", "read inputs as plain text or markdown (default: by extension, else sniffed)").choices(["plain", "markdown"]))
    .action(async (inputs: string[], opts) => {
      const { batchCommand } = await import("./batch-command.js"); // the pool is loaded only for batch
      state.exitCode = await batchCommand(inputs, opts, io);
    });

  configure(program.command("tasks"), io)
    .description("list who must do what, by when: the tasks of every document (one row per task)")
    .argument("<inputs...>", "files, directories, globs, or - for standard input")
    .addOption(new Option("--format <format>", "table (aligned columns), csv (RFC 4180, with a header row) or json (an array)").choices(["table", "csv", "json"]).default("table"))
    .addOption(new Option("--markup <kind>", "read the input as plain text or markdown").choices(["plain", "markdown"]))
    .action(async (inputs: string[], opts) => {
      const { tasksCommand } = await import("./tasks-command.js");
      state.exitCode = await tasksCommand(inputs, opts, io);
    });

  configure(program.command("schema"), io)
    .description("print the JSON Schema (draft 2020-12) of the output")
    .action(async () => {
      // loaded on demand: it pulls in zod, which no other command needs at start-up
      const { schemaCommand } = await import("./schema-command.js");
      state.exitCode = schemaCommand(io);
    });
  return program;
}

/** Settings every command needs: no process.exit, output through the injected streams. */
function configure(cmd: Command, io: CliIO): Command {
  return cmd
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(`directive-parse: ${s.replace(/^error: /, "")}`),
    })
    .showHelpAfterError("(run directive-parse --help for usage)");
}
