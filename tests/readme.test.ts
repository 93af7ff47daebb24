/** The README documents every diagnostic code, and only those (SPEC §3: codes are documented). */
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { DIAGNOSTIC_CODES } from "../src/diagnostics.js";

const readme = await readFile(new URL("../README.md", import.meta.url), "utf8");
const block = readme.match(/<!-- diagnostic-codes:start -->\n([\s\S]*?)\n<!-- diagnostic-codes:end -->/)?.[1] ?? "";
const rows = block.split("\n").flatMap((line) => {
  const m = line.match(/^\| `([a-z0-9-]+)` \| (error|warning|info) \|/);
  return m ? [[m[1], m[2]] as const] : [];
});

describe("README diagnostic table (regenerate with `npm run gen`)", () => {
  it("lists exactly the codes in DIAGNOSTIC_CODES, in order, with their severity", () => {
    expect(rows).toEqual(Object.entries(DIAGNOSTIC_CODES).map(([code, [severity]]) => [code, severity]));
  });
});
