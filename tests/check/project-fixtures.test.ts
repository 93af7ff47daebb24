/**
 * The project's own fixtures still parse to their expected JSON (SPEC §6): `directive-parse check
 * fixtures`, run in-process. Never updates: CI does not create or rewrite expected files.
 */
import { describe, expect, it } from "vitest";
import { findFixtures } from "../../src/check/index.js";
import { runCli, ROOT } from "../cli/fake-io.js";

const { fixtures } = await findFixtures("fixtures", ROOT);
const withExpected = fixtures.filter((f) => f.hasExpected).length;

describe("fixtures/", () => {
  it(`all ${withExpected} fixtures with an .expected.json still match`, async () => {
    expect(withExpected).toBeGreaterThanOrEqual(22); // the seeds and the read corpus documents
    const r = await runCli(["check", "fixtures"], { cwd: ROOT });
    const summary = r.stdout.trimEnd().split("\n").at(-1);
    expect(summary, r.stdout + r.stderr).toBe(`${withExpected} passed, 0 failed`);
    expect(r.code).toBe(0);
  }, 120_000);
});
