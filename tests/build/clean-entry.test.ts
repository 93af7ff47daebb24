import { describe, expect, it } from "vitest";
import { cleanEntry } from "../../src/build/header.js";

/** The patterns the scans replaced, kept here as the reference. */
const byPattern = (text: string): string =>
  text
    .replace(/^[-–+•*\s]+/, "")
    .replace(/[\s,;.]*(?:\.\/\.)?[\s,;.]*$/, "")
    .trim();

describe("cleanEntry", () => {
  it("drops the bullet, the end punctuation and one ./. end mark", () => {
    expect(cleanEntry("- Sở Y tế;")).toBe("Sở Y tế");
    expect(cleanEntry("- Lưu: VT, VP./.")).toBe("Lưu: VT, VP");
    expect(cleanEntry("x./..")).toBe("x");
    expect(cleanEntry("a./. ./.")).toBe("a./");
  });

  it("reads as the pattern it replaced, on every short text of its characters", () => {
    const alphabet = ["a", ".", "/", ",", " ", ";", "\u00a0", "-"];
    const texts = [""];
    for (let n = 0; n < 5; n++) for (const t of texts.splice(0)) for (const c of alphabet) texts.push(t + c, t);
    for (const text of new Set(texts)) expect(cleanEntry(text), JSON.stringify(text)).toBe(byPattern(text));
  });
});
