/** src/tasks/sentences.ts: prose cut into paragraphs and sentences; a task table's header labels read as prose. */
import { describe, expect, it } from "vitest";
import { toSentences } from "../../src/tasks/sentences.js";
import { leads, readAt } from "./clause-fixture.js";

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

describe("a task table's header labels read as prose give no task (probe12 F3(d), F9)", () => {
  const read = readAt(2025);
  it.each([
    ["the labels in order, one paragraph", "STT Nội dung Cơ quan chủ trì Cơ quan phối hợp Thời gian hoàn thành"],
    ["the labels in another order", "Nội dung STT Thời gian thực hiện Đơn vị chủ trì Đơn vị phối hợp Ghi chú"],
    ["a centred header band (pdftotext -layout) with the cells flattened after it", "Cơ quan chủ Cơ quan phối Thời gian STT Nội dung trì hợp hoàn thành Rà soát, số hóa kết quả giải Văn phòng Trước ngày 1 quyết thủ tục hành chính còn HĐND và Phòng Kinh tế 30/6/2026"],
    ["no number column, two bodies' columns (raw pdftotext)", "Cơ quan chủ Cơ quan phối Thời gian trì hợp hoàn thành Rà soát, số hóa kết quả giải Văn phòng Trước ngày"],
    ["no number column, the whole sentence", "Nội dung công việc Cơ quan chủ trì Thời gian hoàn thành"],
  ])("%s", (_, text) => {
    expect(read(text, ["Ủy ban nhân dân xã"])).toEqual([]);
  });

  it.each([
    // (the readings as they were: these are prose, read as before)
    ["a lead and its support", "Cơ quan chủ trì phối hợp với các đơn vị liên quan thực hiện rà soát.", [["Cơ quan"]]],
    ["a subject with its duty", "Cơ quan chủ trì có trách nhiệm tổng hợp kết quả, báo cáo UBND xã.", [["Cơ quan"]]],
    ["labels of three columns opening prose, no number, no second body", "Nội dung, thời gian và cơ quan chủ trì do Văn phòng đề xuất.", [["Ủy ban nhân dân xã"]]],
  ])("stays: %s", (_, text, expected) => {
    expect(leads(read(text, ["Ủy ban nhân dân xã"]))).toEqual(expected);
  });
});
