/** distinctReferences: one reference per cited number and date, in order of first mention. */
import { describe, expect, it } from "vitest";
import { distinctReferences } from "../../src/build/distinct-references.js";
import type { Reference } from "../../src/types.js";

/** a mention of `number` on `line`, dated `iso` or undated */
const ref = (number: string, line: number, iso: string | null = null): Reference => ({
  text: `số ${number}${iso ? ` ngày ${iso}` : ""}`,
  kind: null,
  number,
  date: iso ? { text: iso, iso, lines: [line, line] } : null,
  issuer: null,
  lines: [line, line],
});
const seen = (refs: Reference[]) => refs.map((r) => `${r.number}@${r.date?.iso ?? "-"}:${r.lines[0]}`);

describe("distinctReferences", () => {
  it.each<[string, Reference[], string | null, string[]]>([
    // an undated first mention takes the later dated mention's data, at its own (first) place
    ["undated first, dated later", [ref("A", 1), ref("B", 2), ref("A", 3, "2015-03-25")], null, ["A@2015-03-25:3", "B@-:2"]],
    ["the first dated mention fills the place", [ref("A", 1), ref("A", 2, "2015-03-25"), ref("A", 3, "2016-01-01")], null, ["A@2015-03-25:2", "A@2016-01-01:3"]],
    ["dated first, undated later", [ref("A", 1, "2015-03-25"), ref("B", 2), ref("A", 3)], null, ["A@2015-03-25:1", "B@-:2"]],
    ["never dated: the first mention", [ref("A", 1), ref("B", 2), ref("A", 3)], null, ["A@-:1", "B@-:2"]],
    ["two dates for one number are both kept", [ref("A", 1, "2015-03-25"), ref("A", 2, "2015-04-01")], null, ["A@2015-03-25:1", "A@2015-04-01:2"]],
    ["the document's own number is no reference", [ref("OWN", 1), ref("B", 2), ref("OWN", 3, "2020-01-01")], "OWN", ["B@-:2"]],
  ])("%s", (_, found, own, expected) => {
    expect(seen(distinctReferences(found, own))).toEqual(expected);
  });
});
