/** src/repeated-documents.ts: a document printed twice in one file is flagged on its later copy. */
import { describe, expect, it } from "vitest";
import { parse } from "../src/parse.js";

const letter = (number: string, task: string): string =>
  [
    "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "XÃ TÂN PHÚ\tĐộc lập - Tự do - Hạnh phúc",
    `Số: ${number}/UBND-VP\tTân Phú, ngày 05 tháng 3 năm 2026`,
    "V/v rà soát hộ nghèo",
    "",
    "Kính gửi: Các thôn trên địa bàn xã.",
    "",
    `${task}./.`,
    "",
    "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN",
    "- Như trên;\tCHỦ TỊCH",
    "- Lưu: VT.",
    "\tNguyễn Văn An",
    "",
  ].join("\n");

const repeats = (text: string) => parse(text, { path: "x.txt" }).diagnostics.filter((d) => d.code === "duplicate-document");

describe("repeatedDocuments", () => {
  it("flags the later copy of a document pasted twice, with its lines", () => {
    const once = letter("12", "Đề nghị các thôn rà soát, báo cáo trước ngày 15/3/2026");
    // the letter's 13 lines, a blank line, the same 13 lines again
    expect(repeats(`${once}\n${once}`)).toEqual([
      { severity: "warning", code: "duplicate-document", message: "the document of lines 1–13 is printed again here", lines: [15, 27] },
    ]);
  });

  it.each([
    ["two letters with other numbers", letter("12", "Đề nghị các thôn rà soát"), letter("13", "Đề nghị các thôn rà soát")],
    ["the same header, another task", letter("12", "Đề nghị các thôn rà soát"), letter("12", "Đề nghị các thôn báo cáo")],
  ])("stays silent on %s", (_, a, b) => {
    expect(repeats(`${a}\n${b}`)).toEqual([]);
  });

  it("stays silent on one document", () => {
    expect(repeats(letter("12", "Đề nghị các thôn rà soát"))).toEqual([]);
  });
});
