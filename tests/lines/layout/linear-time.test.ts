/** The layout stage stays linear on large and hostile inputs (GUIDE §2, issue 4 "Bad input"). */
import { describe, expect, it } from "vitest";
import { toLines, unfoldLayout } from "../../../src/lines/index.js";

const timed = (text: string, markup: "plain" | "markdown") => {
  const lines = toLines(text, "plain");
  const start = performance.now();
  const out = unfoldLayout(lines, markup);
  return { ms: performance.now() - start, out, lines };
};

// A guard against quadratic layout searches, not a speed target (that is `npm run bench`): each
// input unfolds in ~1 s on a quiet machine, a quadratic search over these 100,000 lines would take
// minutes, so the bound is set far above what a loaded machine adds (5 s was exceeded at load 18).
const BOUND_MS = 30_000;

describe("unfoldLayout on large inputs", { timeout: 180_000 }, () => {
  it.each([
    ["many unclosed <table> lines", "<table>\n<tr><td>Số: 1/UB</td>\n".repeat(50_000)],
    ["a long pipe data table", "| 1 | Trẻ em mồ côi | 180.000 |\n".repeat(100_000)],
    ["many grid rows", `+---+---+\n${"| Nơi nhận: | KT. CHỦ TỊCH |\n".repeat(100_000)}+---+---+\n`],
    ["many column lines", "Nơi nhận:                  KT. CHỦ TỊCH\n".repeat(100_000)],
    ["one line of megabytes with gaps and bars", `${"Số: 12/UB      Hà Nội, ngày 1 tháng 2 năm 2020 | ".repeat(60_000)}\n`],
  ])("%s", (_name, text) => {
    const { ms, out, lines } = timed(text, "markdown");
    expect(ms).toBeLessThan(BOUND_MS);
    const nonBlank = new Set(lines.filter((l) => l.text !== "").map((l) => l.n));
    expect(new Set(out.filter((l) => l.text !== "").map((l) => l.n))).toEqual(nonBlank);
    expect(timed(text, "plain").ms).toBeLessThan(BOUND_MS);
  });
});
