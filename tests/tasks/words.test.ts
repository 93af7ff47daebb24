/** The word stream of the task readers: folded words with offsets, and the cache of recent sentences. */
import { describe, expect, it } from "vitest";
import { toWords } from "../../src/tasks/words.js";

const printed = (text: string) => toWords(text).map((w) => text.slice(w.start, w.end));
const folded = (text: string) => toWords(text).map((w) => w.f);

describe("toWords", () => {
  it("reads words and marks with their folded form", () => {
    const text = "Sở TT&TT, UBND các quận";
    expect(printed(text)).toEqual(["Sở", "TT", "&", "TT", ",", "UBND", "các", "quận"]);
    expect(folded(text)).toEqual(["sở", "tt", "&", "tt", ",", "ubnd", "các", "quận"]);
  });

  it("gives each text its own words, whatever was read before (recent texts are kept)", () => {
    // same length, different words; more texts than are kept; then the first ones again
    const texts = ["Sở Y tế chủ trì", "Bộ Y tế chủ trì", ...Array.from({ length: 20 }, (_, n) => `Phòng ${n} phối hợp`), "Sở Y tế chủ trì"];
    for (const round of [0, 1]) {
      for (const text of round ? [...texts].reverse() : texts) {
        expect(folded(text)).toEqual(text.toLowerCase().split(" "));
        expect(toWords(text)).toBe(toWords(text)); // asked again at once: the same list
      }
    }
    // an equal text held in another string is the same sentence
    const copy = ["Sở Y tế", "chủ trì"].join(" ");
    expect(printed(copy)).toEqual(["Sở", "Y", "tế", "chủ", "trì"]);
  });
});
