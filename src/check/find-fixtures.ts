/**
 * Fixture discovery for `directive-parse check` (SPEC §6): every `X.txt` / `X.md` under a folder,
 * paired with the `X.expected.json` beside it when there is one.
 */
import { join, resolve } from "node:path";
import { walkDirectory } from "../resolve-inputs.js";

export const EXPECTED_SUFFIX = ".expected.json";

export interface Fixture {
  /** the input as the user names it: the checked folder as given + the file under it */
  input: string;
  /** where its expected output lives (or would live): "fixtures/seeds/002_e02c.expected.json" */
  expected: string;
  hasExpected: boolean;
}

export interface FixtureSet {
  fixtures: Fixture[];
  /** expected files whose input is gone: reported, not failed */
  orphans: string[];
}

const INPUT = /\.(txt|md)$/;
/** README.md, SOURCES.md, TASKS.md: notes kept beside fixtures, not documents to parse. */
const NOTE = /(^|\/)[A-Z][A-Z0-9_-]*\.md$/;

/** `seeds/x.txt` → `seeds/x.expected.json` */
export function expectedPathFor(input: string): string {
  return input.replace(INPUT, "") + EXPECTED_SUFFIX;
}

export function isFixtureInput(file: string): boolean {
  return INPUT.test(file) && !NOTE.test(file);
}

/** Pure: pair up a sorted list of relative file paths. */
export function pairFixtures(files: readonly string[]): FixtureSet {
  const present = new Set(files);
  const fixtures = files.filter(isFixtureInput).map((input) => {
    const expected = expectedPathFor(input);
    return { input, expected, hasExpected: present.has(expected) };
  });
  const claimed = new Set(fixtures.map((f) => f.expected));
  const orphans = files.filter((f) => f.endsWith(EXPECTED_SUFFIX) && !claimed.has(f));
  return { fixtures, orphans };
}

/**
 * All fixtures under `dir` (as given, resolved against `cwd`), in code-point order; their paths
 * start with `dir` as given, so messages name files the way the user wrote them.
 */
export async function findFixtures(dir: string, cwd: string): Promise<FixtureSet> {
  const files = await walkDirectory(resolve(cwd, dir), ["txt", "md", "json"]);
  return pairFixtures(files.map((f) => toPosix(join(dir, f))));
}

function toPosix(path: string): string {
  return path.split("\\").join("/");
}
