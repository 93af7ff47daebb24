import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fontLines } from "../../src/decode/font-text.js";

/** What fontLines finds by searching, found line by line: the definition it must match. */
const LINE = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
const byLine = (text: string): string[] =>
  (text.match(LINE) ?? []).filter((line) => /[\u00a0-\u00ff]/.test(line) && !/[ĂăĐđĨĩŨũƠơƯưẠ-ỹ]/.test(line));

function texts(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...texts(path));
    else if (/\.(txt|md)$/.test(name)) out.push(readFileSync(path, "utf8"));
  }
  return out;
}

describe("fontLines", () => {
  it("finds the lines with a Latin-1 character and no letter cp1252 lacks, with their line breaks", () => {
    const samples = [
      "",
      "Céng hßa",
      "Cộng hòa\nCéng hßa x· héi\r\nĐộc lập\rTù do\r\n\r\nHạnh phúc",
      "\r\n\n\rà\r\r\nơ à\n",
      "ASCII only\nno letters\n",
      "trailing à",
      "à\n".repeat(5) + "ư",
    ];
    for (const text of samples) expect(fontLines(text), JSON.stringify(text)).toEqual(byLine(text));
  });

  it("agrees with the line-by-line reading on every fixture", () => {
    for (const text of texts("fixtures")) expect(fontLines(text)).toEqual(byLine(text));
  });
});
