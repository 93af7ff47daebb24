/**
 * Checks one fixture: parse the input, compare with its expected JSON. File access and the parser
 * are passed in, so the engine is tested without a disk and the CLI decides how to report.
 */
import { diffJson, type Difference, type Json } from "./diff-json.js";
import { fixtureSourcePath } from "./fixture-path.js";
import type { Fixture } from "./find-fixtures.js";

export interface CheckDeps {
  /** reads a path relative to the checked folder; rejects with an Error whose message is shown */
  readFile(path: string): Promise<Uint8Array>;
  parse(input: Uint8Array, options: { path: string }): unknown;
}

export type FixtureStatus =
  | "pass" // output equals the expected file
  | "fail" // output differs: `differences` says where
  | "missing" // no expected file yet (created only with --update)
  | "error"; // the input or the expected file could not be read, or the parser threw

export interface FixtureReport {
  fixture: Fixture;
  status: FixtureStatus;
  differences: Difference[];
  /** for "error": what went wrong, naming the file */
  message: string | null;
  /** the expected file as it should be written (for --update); null when parsing failed */
  actualText: string | null;
  /** the expected file as it is on disk; null when missing */
  expectedText: string | null;
}

/** How expected files are written: pretty, two spaces, final newline — stable across runs. */
export function serializeExpected(result: unknown): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

export async function checkFixture(fixture: Fixture, deps: CheckDeps): Promise<FixtureReport> {
  const report = (status: FixtureStatus, rest: Partial<FixtureReport> = {}): FixtureReport => ({
    fixture, status, differences: [], message: null, actualText: null, expectedText: null, ...rest,
  });
  const actual = await produce(fixture, deps);
  if ("message" in actual) return report("error", { message: actual.message });
  if (!fixture.hasExpected) return report("missing", { actualText: actual.text });
  const expected = await readExpected(fixture, deps);
  if ("message" in expected) return report("error", { message: expected.message, actualText: actual.text });
  const differences = diffJson(expected.json, actual.json);
  return report(differences.length === 0 ? "pass" : "fail", {
    differences, actualText: actual.text, expectedText: expected.text,
  });
}

type Produced = { json: Json; text: string } | { message: string };

async function produce(fixture: Fixture, deps: CheckDeps): Promise<Produced> {
  let bytes: Uint8Array;
  try {
    bytes = await deps.readFile(fixture.input);
  } catch (err) {
    return { message: `${fixture.input}: ${errorMessage(err)}` };
  }
  try {
    const text = serializeExpected(deps.parse(bytes, { path: fixtureSourcePath(fixture.input) }));
    return { json: JSON.parse(text) as Json, text };
  } catch (err) {
    return { message: `${fixture.input}: the parser threw: ${errorMessage(err)}` };
  }
}

async function readExpected(fixture: Fixture, deps: CheckDeps): Promise<Produced> {
  try {
    const text = Buffer.from(await deps.readFile(fixture.expected)).toString("utf8");
    return { json: JSON.parse(text) as Json, text };
  } catch (err) {
    const what = err instanceof SyntaxError ? `invalid JSON: ${err.message}` : errorMessage(err);
    return { message: `${fixture.expected}: ${what}` };
  }
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
