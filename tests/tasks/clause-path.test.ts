/** Clause paths of the task view (fixtures/seeds/TASKS.md). */
import { describe, expect, it } from "vitest";
import { joinPath } from "../../src/tasks/clause-path.js";

describe("joinPath", () => {
  it.each([
    [null, "1", "1"],
    ["2", "b", "2.b"],
    ["3", "-2", "3.-2"],
    ["3.-2", "+1", "3.-2.+1"],
    ["III", "3.1", "III.3.1"],
    // a dotted number already names its parent: no repetition
    ["16", "16.2", "16.2"],
    ["4.4", "4.4.1", "4.4.1"],
    ["II.4", "4.1", "II.4.1"],
    ["16.2.a", "a.1", "16.2.a.1"],
    ["1", "10.1", "1.10.1"],
  ])("%s + %s → %s", (parent, segment, path) => {
    expect(joinPath(parent, segment)).toBe(path);
  });
});
