/** normalizeAgency looks for abbreviations only in a name with two ASCII capitals in a row: each must hold two. */
import { expect, it } from "vitest";
import { ABBREVIATIONS } from "../../src/tasks/normalize-agency.js";

it("has two ASCII capitals in a row in every abbreviation", () => {
  for (const [short] of ABBREVIATIONS) expect(short, short).toMatch(/[A-Z]{2}/);
});
