import { describe, expect, it } from "vitest";
import { NFC_SAFE_CLASS, toNfc } from "../../src/decode/nfc.js";

describe("toNfc", () => {
  it("leaves alone only characters that NFC cannot touch, whatever surrounds them", () => {
    // Characters that compose with the one before them appear after the first character of some
    // canonical decomposition ("ậ" → a U+0323 U+0302; "각" → U+1100 U+1161 U+11A8).
    const composesBack = new Set<number>();
    for (let c = 0; c <= 0x10ffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const nfd = String.fromCodePoint(c).normalize("NFD");
      for (const ch of [...nfd].slice(1)) composesBack.add(ch.codePointAt(0)!);
    }
    const safe = new RegExp(`^[${NFC_SAFE_CLASS}]$`);
    const bad: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (!safe.test(ch)) continue;
      const first = ch.normalize("NFD").codePointAt(0)!;
      if (ch.normalize("NFC") !== ch || /\p{M}/u.test(ch) || composesBack.has(c) || composesBack.has(first)) bad.push(c.toString(16));
    }
    expect(bad).toEqual([]);
  });

  it("is NFC of the whole text", () => {
    const pieces = ["a", "e", "ê", "ạ", "Ô", "o", "\u0300", "\u0301", "\u0302", "\u0303", "\u0309", "\u0323", "\u031b",
      "\u212b", "\u2126", "\u1100", "\u1161", "\u11a8", " ", "\n", "đ", "😀", "\u0344", "x"];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let n = 0; n < 3000; n++) {
      let text = "";
      for (let i = next() % 12; i > 0; i--) text += pieces[next() % pieces.length];
      expect(toNfc(text)).toBe(text.normalize("NFC"));
    }
    const plain = "Cộng hòa xã hội chủ nghĩa Việt Nam — “Độc lập”";
    expect(toNfc(plain)).toBe(plain);
    expect(toNfc("Co\u0302\u0323ng ho\u0300a")).toBe("Cộng hòa");
  });
});
