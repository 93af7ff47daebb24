/**
 * `directive-parse check [dir] [--update]` (SPEC §6): parse every fixture that has an
 * `X.expected.json` beside it and print where the output differs. The report and the summary line
 * ("12 passed, 1 failed", read by CI) go to stdout; read errors go to stderr.
 */
import type { ChalkInstance } from "chalk";
import { stat, readFile } from "node:fs/promises";
import { resolve } from "node:path";
import {
  checkFixture, findFixtures, formatDifferences, summaryLine, writeFileAtomic,
  type Fixture, type FixtureReport,
} from "../check/index.js";
import { parse } from "../parse.js";
import { describeFsError } from "../read-input.js";
import { EXIT, reportError, type CliIO, type ExitCode } from "./io.js";

export interface CheckCommandOptions {
  /** rewrite expected files that differ */
  update?: boolean;
  /** create expected files for fixtures without one */
  add?: boolean;
}

export const DEFAULT_FIXTURES_DIR = "fixtures";

interface Tally { passed: number; failed: number; updated: number; created: number }

export async function checkCommand(dirArg: string | undefined, opts: CheckCommandOptions, io: CliIO, chalk: ChalkInstance): Promise<ExitCode> {
  const dir = dirArg ?? DEFAULT_FIXTURES_DIR;
  const problem = await directoryProblem(dir, io.cwd);
  if (problem) {
    reportError(io, dir, problem);
    return EXIT.usage;
  }
  const { fixtures, orphans } = await findFixtures(dir, io.cwd);
  for (const orphan of orphans) reportError(io, orphan, "expected file without a .txt or .md input beside it (ignored)");
  const selected = opts.add ? fixtures : fixtures.filter((f) => f.hasExpected);
  if (selected.length === 0) {
    io.stdout.write(`${summaryLine({ passed: 0, failed: 0 })}\n`);
    reportError(io, dir, "no fixtures with an .expected.json beside them (create them with --add)");
    return EXIT.failed;
  }
  const tally: Tally = { passed: 0, failed: 0, updated: 0, created: 0 };
  for (const fixture of selected) {
    const report = await checkFixture(fixture, { readFile: (p) => readFile(resolve(io.cwd, p)), parse });
    await settle(report, opts, io, chalk, tally);
  }
  io.stdout.write(`${summaryLine(tally)}\n`);
  return tally.failed > 0 ? EXIT.failed : EXIT.ok;
}

async function directoryProblem(dir: string, cwd: string): Promise<string | null> {
  try {
    const info = await stat(resolve(cwd, dir));
    return info.isDirectory() ? null : "not a directory (check takes a folder of fixtures)";
  } catch (err) {
    return describeFsError(err);
  }
}

/** Print one fixture's outcome and, with --update, write its expected file. */
async function settle(report: FixtureReport, opts: CheckCommandOptions, io: CliIO, chalk: ChalkInstance, tally: Tally): Promise<void> {
  const { fixture } = report;
  if (report.status === "error") {
    tally.failed++;
    io.stdout.write(`${chalk.red("✗")} ${fixture.input}\n`);
    reportError(io, null, report.message ?? "failed");
    return;
  }
  if (report.status === "fail") {
    io.stdout.write(`${chalk.red("✗")} ${fixture.input}\n`);
    for (const line of formatDifferences(report.differences)) io.stdout.write(`    ${line}\n`);
  }
  const write = report.status === "missing" ? opts.add : opts.update;
  if (!write || report.actualText === null) {
    if (report.status === "pass") tally.passed++;
    else tally.failed++;
    return;
  }
  await update(report, fixture, io, chalk, tally);
}

async function update(report: FixtureReport, fixture: Fixture, io: CliIO, chalk: ChalkInstance, tally: Tally): Promise<void> {
  if (report.status === "pass") tally.passed++;
  // A passing file is still rewritten when its bytes differ (key order, spacing): expected files
  // stay in the one canonical format, so `git diff` after --update shows only real changes.
  if (report.expectedText === report.actualText) return;
  try {
    await writeFileAtomic(resolve(io.cwd, fixture.expected), report.actualText!);
  } catch (err) {
    tally.failed++;
    reportError(io, fixture.expected, `cannot write: ${describeFsError(err)}`);
    return;
  }
  if (report.status === "missing") {
    tally.created++;
    io.stdout.write(`${chalk.green("+")} ${fixture.expected} created\n`);
  } else if (report.status === "fail") {
    tally.updated++;
    io.stdout.write(`    ${chalk.yellow("→")} ${fixture.expected} updated\n`);
  }
}
