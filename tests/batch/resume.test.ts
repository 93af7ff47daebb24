/** When a re-run skips an input (resume), as a table. */
import { describe, expect, it } from "vitest";
import { resumeDecision, stampMatches, type ResumeFacts, type StampSettings } from "../../src/batch/resume.js";

const facts = (f: Partial<ResumeFacts>): ResumeFacts => ({ force: false, inputMtimeMs: 100, outputMtimeMs: 200, stampMtimeMs: 50, ...f });

describe("resumeDecision", () => {
  it.each([
    ["output newer than input and stamp", facts({}), "skip"],
    ["output as new as the input (same clock tick)", facts({ outputMtimeMs: 100 }), "skip"],
    ["output as new as the stamp", facts({ outputMtimeMs: 100, stampMtimeMs: 100 }), "skip"],
    ["--force", facts({ force: true }), "convert"],
    ["no output yet", facts({ outputMtimeMs: null }), "convert"],
    ["input changed after the output", facts({ inputMtimeMs: 300 }), "convert"],
    ["output older than the stamp (made by another version)", facts({ stampMtimeMs: 250 }), "convert"],
    ["no matching stamp", facts({ stampMtimeMs: null }), "convert"],
    ["input gone (cannot stat)", facts({ inputMtimeMs: null }), "convert"],
  ])("%s → %s", (_, f, decision) => {
    expect(resumeDecision(f)).toBe(decision);
  });
});

describe("stampMatches", () => {
  const wanted: StampSettings = { tool: "directive-parse", version: "0.1.0", schema: "directive-parse/1", markup: null };
  it.each([
    ["the same settings", { ...wanted }, true],
    ["extra keys", { ...wanted, note: "x" }, true],
    ["another version", { ...wanted, version: "0.0.9" }, false],
    ["another --markup", { ...wanted, markup: "plain" }, false],
    ["not an object", "0.1.0", false],
    ["nothing", null, false],
  ])("%s → %s", (_, found, matches) => {
    expect(stampMatches(found, wanted)).toBe(matches);
  });
});
