import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lexInline } from "../../grammar/inline-tokens.js";
import { candidates } from "../../src/inline/candidates.js";

const byLexer = (text: string) => lexInline(text).map((t) => [t.tokenType.name, t.image, t.startOffset]);
const byScan = (text: string) => candidates(text).map((t) => [t.tokenType.name, t.image, t.startOffset]);

describe("candidates: the inline lexer's tokens, found by a scan", () => {
  it("on every fixture", () => {
    for (const dir of ["fixtures/seeds", "fixtures/corpus", "fixtures/derived"]) {
      for (const f of readdirSync(dir).filter((name) => /\.(txt|md)$/.test(name))) {
        const text = readFileSync(`${dir}/${f}`, "utf8").normalize("NFC");
        expect(byScan(text), f).toEqual(byLexer(text));
      }
    }
  });

  it("on every short text of the characters that start, end or glue candidates", () => {
    const pieces = ["1", "20", "/", "-", " ", "ngày", "NGAY", "ng", "y", "QĐ", "h", ":", ".", "tháng", "năm", "2021"];
    let texts = [""];
    for (let n = 0; n < 4; n++) texts = texts.flatMap((t) => pieces.map((p) => t + p));
    for (const text of texts) expect(byScan(text), JSON.stringify(text)).toEqual(byLexer(text));
  });
});
