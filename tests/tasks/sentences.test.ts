/** src/tasks/sentences.ts: prose cut into paragraphs and sentences. */
import { describe, expect, it } from "vitest";
import { toSentences } from "../../src/tasks/sentences.js";

const texts = (prose: string) => toSentences(prose).map((s) => s.text);

describe("sentences", () => {
  it.each([
    ["a full stop before a capital", "Sở Y tế chủ trì. Sở Tài chính phối hợp.", ["Sở Y tế chủ trì.", "Sở Tài chính phối hợp."]],
    ["paragraphs", "A làm x.\nB làm y", ["A làm x.", "B làm y"]],
    ["a full stop before a digit", "Xong trước ngày 5. 10 đơn vị báo cáo.", ["Xong trước ngày 5.", "10 đơn vị báo cáo."]],
  ])("%s", (_, prose, expected) => {
    expect(texts(prose)).toEqual(expected);
  });

  it.each([
    ["TP. before a city", "Công an TP. Hồ Chí Minh triển khai trước ngày 30/6/2024.", ["Công an TP. Hồ Chí Minh triển khai trước ngày 30/6/2024."]],
    ["Q. and P. in an address", "Trụ sở tại P. Bến Nghé, Q. 1, thành phố Hồ Chí Minh.", ["Trụ sở tại P. Bến Nghé, Q. 1, thành phố Hồ Chí Minh."]],
    ["a degree before a name", "Giao TS. Nguyễn Văn An chủ trì.", ["Giao TS. Nguyễn Văn An chủ trì."]],
  ])("an abbreviation does not end a sentence: %s", (_, prose, expected) => {
    expect(texts(prose)).toEqual(expected);
  });

  it("a word that merely ends in the same letters does end it", () => {
    expect(texts("Gửi qua giao thức HTTP. Sở Y tế báo cáo.")).toEqual(["Gửi qua giao thức HTTP.", "Sở Y tế báo cáo."]);
  });

  it("cuts where the pattern it replaces did (a regex with lookbehinds)", () => {
    const END = /(?<=[.!?…])(?<!(?:^|[\s(])(?:TP|Tp|tp|TX|Tx|TT|Tt|Q|P|TS|ThS|Ths|PGS|GS|BS|KS|CN)\.)\s+(?=[\p{Lu}\d“"(])/gu;
    const byRegex = (paragraph: string) => {
      const out: string[] = [];
      let start = 0;
      for (const m of paragraph.matchAll(END)) {
        out.push(paragraph.slice(start, m.index));
        start = m.index + m[0].length;
      }
      out.push(paragraph.slice(start));
      return out.filter((t) => t.trim() !== "");
    };
    const pieces = ["TP.", "(TP.", "xTP.", "Q.", "PGS.", "GS.", "HTTP.", "a.", "b!", "c?", "d…", "e..", " ", "  ", "\u00a0", "\u2003", "\t", "Sở", "số", "1", "“A", '"B', "(C", "𝐀", "đ", ".", "!"];
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let n = 0; n < 3000; n++) {
      const paragraph = Array.from({ length: 2 + Math.floor(random() * 8) }, () => pieces[Math.floor(random() * pieces.length)]).join(random() < 0.5 ? " " : "");
      expect(texts(paragraph)).toEqual(byRegex(paragraph));
    }
  });
});
