// The cheap signs of header parts (split-cells.ts): each folded part must match every line its
// cheap part matches, since a line matching one folded part and no other is taken to hold one
// part at most (`twoPartsPossible`). Checked on every line of the fixtures and on spellings that
// folding merges.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { asciiFold } from "../../src/lines/ascii-fold.js";
import { CHEAP_PARTS, FOLDED_PARTS } from "../../src/lines/split-cells.js";

const folded = FOLDED_PARTS.map((part) => new RegExp(part));

function misses(line: string): number[] {
  const f = asciiFold(line);
  return CHEAP_PARTS.flatMap((part, k) => (part.test(line) && !folded[k].test(f) ? [k] : []));
}

describe("folded header parts", () => {
  it("pair up with the cheap parts", () => {
    expect(folded.length).toBe(CHEAP_PARTS.length);
  });

  it("match every fixture line their cheap part matches", () => {
    const bad: string[] = [];
    for (const dir of ["seeds", "corpus", "derived"]) {
      for (const name of readdirSync(`fixtures/${dir}`)) {
        if (!/\.(txt|md)$/.test(name)) continue;
        for (const raw of readFileSync(`fixtures/${dir}/${name}`, "utf8").normalize("NFC").split(/\r\n|\r|\n/)) {
          const line = raw.trim();
          if (misses(line).length) bad.push(line);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it.each(["CỘNG HÒA", "CÔNG HÓA", "ĐỘC LẬP", "độc lập", "Số: 1", "SỐ 12", "* Số 3", "V/v a", "V / v\u00a0x", ", ngày …", ", ngy 1", ",ngày tháng", "Kính gửi", " --- ", "\t___\t", "12/ĐT", "1 - Ấn", " QUYẾT ĐỊNH ", "(Ban hành kèm theo", "(KÈM THEO", "(\u212aèm theo", "T/M ab", "KT\u00a0x", "TL.", "ĐOÀN TNCS"])("%j", (line) => {
    expect(misses(line)).toEqual([]);
  });
});
