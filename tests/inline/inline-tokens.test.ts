import { readdirSync, readFileSync } from "node:fs";
import { createToken, Lexer, type TokenType } from "chevrotain";
import { describe, expect, it, vi } from "vitest";
import { allInlineTokens, Filler, lexInline } from "../../grammar/inline-tokens.js";
import { parseNumberLine } from "../../src/inline/document-number.js";
import { findDates, parsePlaceDate } from "../../src/inline/dates.js";
import { findReferences } from "../../src/inline/references.js";
import { singleLineRun } from "../../src/text-run.js";

const kinds = (text: string) => lexInline(text).map((t) => [t.tokenType.name, t.image]);

describe("inline tokens", () => {
  it("pass Chevrotain's validations and first-char optimizations", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const lexer = new Lexer(allInlineTokens, { ensureOptimizations: true, positionTracking: "onlyOffset" });
    expect(lexer.lexerDefinitionErrors).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
    warn.mockRestore();
    error.mockRestore();
  });

  it("give Filler the start characters that Chevrotain's analysis of its pattern finds", () => {
    // The same lexer with a Filler that has no hint: Chevrotain works the start characters out.
    const analysed = createToken({ name: "Filler", pattern: Filler.PATTERN, group: Lexer.SKIPPED, line_breaks: true });
    const tokens = allInlineTokens.map((t) => (t === Filler ? analysed : t));
    const table = (lexer: Lexer) =>
      (lexer as unknown as { charCodeToPatternIdxToConfig: { defaultMode: Array<Array<{ tokenType: TokenType }> | undefined> } })
        .charCodeToPatternIdxToConfig.defaultMode.map((configs) => configs?.map((c) => c.tokenType.name));
    const options = { ensureOptimizations: true, positionTracking: "onlyOffset" } as const;
    expect(table(new Lexer(allInlineTokens, options))).toEqual(table(new Lexer(tokens, options)));
  });

  it.each([
    ["Thông báo số 428-TB/TU, ngày 27/7/2021", [["DocNumber", "428-TB/TU"], ["DateNumeric", "27/7/2021"]]],
    ["Nghị định số 30/2020/NĐ-CP", [["DocNumber", "30/2020/NĐ-CP"]]],
    ["Số 788 - CV/BCSD", [["DocNumber", "788 - CV/BCSD"]]],
    ["Hà Nội, ngày 24 tháng 9 năm 2021", [["DateWords", "ngày 24 tháng 9 năm 2021"]]],
    ["Hồi 17h00 ngày 14/9/2021", [["TimeOfDay", "17h00"], ["DateNumeric", "14/9/2021"]]],
    ["Ngày ký: 21/09/2021 18:49:48 +07:00", [["DateNumeric", "21/09/2021 18:49:48 +07:00"]]],
    ["Ngày ký: 2026-06-15 17:34:34 +07:00", [["DateIso", "2026-06-15 17:34:34 +07:00"]]],
    ["ĐẾN Ngày: 20/9", [["DateShort", "20/9"]]],
    ["2-3 ngày/lần, 0912-345-678, 1.250.000 đồng, 100%", []],
    ["những người trong cùng ngành ngay", []],
  ])("%s", (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it("lexes every character of real documents without errors", () => {
    for (const dir of ["fixtures/seeds", "fixtures/corpus"]) {
      for (const f of readdirSync(dir).filter((name) => /\.(txt|md)$/.test(name))) {
        const text = readFileSync(`${dir}/${f}`, "utf8").normalize("NFC");
        expect(() => lexInline(text)).not.toThrow();
      }
    }
  });
});

// A guard against catastrophic backtracking, not a speed target (that is `npm run bench`): each
// input reads in ~0.5 s; a reading that is quadratic in these 0.4 MB lines would take minutes,
// so the bound is set far above what a loaded machine adds (3 s was once exceeded under load).
describe("linear time on hostile input", { timeout: 60_000 }, () => {
  const hostile: Array<[string, string]> = [
    ["slashes", "1/".repeat(200_000)],
    ["numbers", "12 - AB ".repeat(50_000)],
    ["long code", `12/${"AB-".repeat(130_000)}x`],
    ["spaced codes", `12/${"AB - ".repeat(80_000)}x`],
    ["glued code", `12/${"ABCDEFGH".repeat(50_000)}à`],
    ["ngày", "ngày ".repeat(80_000)],
    ["half dates", "ngày 1 tháng ".repeat(30_000)],
    ["spaces", `Số:${" ".repeat(400_000)}x`],
    ["dots", `Hà Nội, ngày${" .".repeat(200_000)}`],
    ["times", "1 h ".repeat(100_000)],
    ["digits", "1".repeat(400_000)],
  ];
  it.each(hostile)("%s", (_name, text) => {
    const start = performance.now();
    const run = singleLineRun(1, text);
    findDates(run, { year: 2021 });
    findReferences(run, { year: 2021 });
    parsePlaceDate(text);
    parseNumberLine(text);
    expect(performance.now() - start).toBeLessThan(15_000);
  });
});
