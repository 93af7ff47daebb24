/** The human-readable outline, on a hand-made result (the parser's own output is checked elsewhere). */
import { Chalk } from "chalk";
import { describe, expect, it } from "vitest";
import { formatOutline, preview } from "../../src/cli/outline.js";
import { doc, result } from "./sample-result.js";

const plain = new Chalk({ level: 0 });

describe("formatOutline", () => {
  const text = formatOutline(result([doc()]), plain);

  it.each([
    ["the file and its facts", "cv.txt  plain · utf-8 · 2.0 kB · 1 document"],
    ["type, number, date, place, system and span", "CÔNG VĂN 10227/VP-KGVX · 2021-09-21 · Hà Nội · state  lines 1–18"],
    ["the issuer chain", "issuer      ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI › VĂN PHÒNG"],
    ["the subject", "subject     V/v tăng cường phòng, chống dịch"],
    ["the clause tree with numbers and first words", "clauses     1. Về ứng dụng công nghệ thông tin: Sở Thông tin và Truyền thông c…"],
    ["nested items, indented", "               a) triển khai"],
    ["recipients with their purpose", "recipients  Như trên; Chủ tịch UBND TP (để báo cáo) (2)"],
    ["the signer chain", "signed      TL. CHỦ TỊCH › KT. CHÁNH VĂN PHÒNG › PHÓ CHÁNH VĂN PHÒNG · Phạm Thị Thu Huyền"],
    ["diagnostics with their line", "line 11     warning  clause-numbering-gap  clause 3 follows clause 1"],
  ])("shows %s", (_, line) => {
    expect(text).toContain(line);
  });

  it("numbers documents when a file holds several", () => {
    expect(formatOutline(result([doc(), doc()]), plain)).toContain("document 2 of 2");
  });

  it("says so when no document was found", () => {
    expect(formatOutline(result([]), plain)).toContain("(no document found)");
  });

  it("cuts long text to its first words", () => {
    expect(preview("một hai ba bốn năm sáu", 12)).toBe("một hai ba…");
  });
});
