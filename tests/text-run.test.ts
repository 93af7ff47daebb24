import { describe, expect, it } from "vitest";
import { prose } from "../src/build/prose.js";
import { toLines } from "../src/lines/index.js";
import { isCutWord, joinRun } from "../src/text-run.js";

describe("isCutWord: a word cut by a fixed-column hard wrap is glued back", () => {
  it.each([
    ["2. Trung tâm Văn hóa huyện phối h", "ợp với Ban Tuyên giáo"],
    ["báo cáo kết qu", "ả về Ban Tuyên giáo Huyện ủy"],
    ["đề nghị các đơn vị tr", "iển khai thực hiện"],
    ["tổ chức th", "ực hiện."],
    ["khẩn tr", "ương rà soát"],
    ["CỘNG H", "ÒA XÃ HỘI"],
  ])("glued: %s | %s", (previous, next) => {
    expect(isCutWord(previous, next)).toBe(true);
  });

  it.each([
    ["both halves are words", "Trung tâm phối", "hợp với"],
    ["the end is a syllable (ngư / ời)", "của người dân và ngư", "ời"],
    ["a unit after a number", "diện tích 500 m", "ở khu vực trung tâm"],
    ["a point's letter", "theo quy định tại điểm b", "ở trên"],
    ["the end has punctuation", "báo cáo kết qu.", "ả về"],
    ["the glued word is no syllable", "UBND", "ủy ban"],
    ["lower-case end, capital start", "giao cho Ph", "Ông Nguyễn"],
    ["an abbreviation ending a line", "ý kiến của HĐND", "và UBND tỉnh"],
    ["the end is a number", "năm 2025", "ủy ban"],
  ])("kept apart: %s", (_name, previous, next) => {
    expect(isCutWord(previous, next)).toBe(false);
  });
});

describe("joining lines: no space inside a cut word, offsets still right", () => {
  it("joinRun glues the cut and keeps each line's start", () => {
    const run = joinRun([[9, "Trung tâm phối h"], [10, "ợp với Ban Tuyên giáo"], [11, "Huyện ủy."]]);
    expect(run.text).toBe("Trung tâm phối hợp với Ban Tuyên giáo Huyện ủy.");
    expect(run.starts).toEqual([0, 16, 38]);
    expect(run.lineNumbers).toEqual([9, 10, 11]);
  });

  it("prose glues the cut within a paragraph", () => {
    expect(prose(toLines("báo cáo kết qu\nả về Sở trước ngày 10/02/2025.", "plain"))).toBe("báo cáo kết quả về Sở trước ngày 10/02/2025.");
    expect(prose(toLines("Trung tâm phối\nhợp với Sở.", "plain"))).toBe("Trung tâm phối hợp với Sở.");
  });
});
