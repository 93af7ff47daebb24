/** "truớc" restored as "trước" at the edges of a word only, as the `\p{…}` lookarounds it replaced read them. */
import fc from "fast-check";
import { expect, it } from "vitest";
import { restoreTrước } from "../../src/tasks/deadline.js";
import { ODD as NEIGHBOURS } from "../helpers/odd-characters.js";

const REFERENCE = /(?<![\p{L}\p{M}])tr[uưúứ][oơóớòờọợ]c(?![\p{L}\p{M}])/gu;
const reference = (folded: string): string => folded.replace(REFERENCE, "trước");

const WORDS = ["trước", "truớc", "trứơc", "truoc", "trưoc", "tr", "truo", "trươc", "trúoc"];

it("restores 'trước' where the lookaround pattern did, whatever stands next to it", () => {
  for (const before of NEIGHBOURS) for (const word of WORDS) for (const after of NEIGHBOURS) {
    const text = `${before}${word}${after} ${word}`;
    expect(restoreTrước(text), JSON.stringify(text)).toBe(reference(text));
  }
  fc.assert(fc.property(fc.array(fc.constantFrom(...NEIGHBOURS, ...WORDS), { maxLength: 8 }), (parts) => {
    const text = parts.join("");
    expect(restoreTrước(text)).toBe(reference(text));
  }), { numRuns: 3000 });
});
