import { describe, expect, it } from "vitest";
import { toLines, unfoldLayout } from "../../src/lines/index.js";
import { mendOcrDigits } from "../../src/lines/ocr-digits.js";

describe("OCR digits: O (and l, I) read back as digits inside a number that stands alone", () => {
  it.each([
    ["Số: 1O4/TB-VP", "Số: 104/TB-VP"],
    ["Thanh Hóa, ngày 1O tháng 3 năm 2026", "Thanh Hóa, ngày 10 tháng 3 năm 2026"],
    ["hoàn thành trước ngày 2O/11/2025;", "hoàn thành trước ngày 20/11/2025;"],
    ["Thực hiện Hướng dẫn số O5-HD/BTCTU, ngày 02/10/2025", "Thực hiện Hướng dẫn số 05-HD/BTCTU, ngày 02/10/2025"],
    ["ngày 12 tháng 1O năm 2O25", "ngày 12 tháng 10 năm 2025"],
    ["Số:1O4/QĐ-UBND", "Số:104/QĐ-UBND"],
    ["năm 2OO8", "năm 2008"],
    ["ngày O3/2025", "ngày 03/2025"],
    ["ngày 1o4 và 20l5", "ngày 104 và 2015"],
    ["(số 1O)", "(số 10)"],
    // a padded day or month after "ngày" / "tháng" (NĐ 30 pads a day below 10 and months 1, 2)
    ["Quảng Ngãi, ngày 20 tháng O7 năm 2025", "Quảng Ngãi, ngày 20 tháng 07 năm 2025"],
    ["Quảng Ngãi, ngày O5 tháng 7 năm 2025", "Quảng Ngãi, ngày 05 tháng 7 năm 2025"],
    ["kể từ ngày O1 tháng O8 năm 2025", "kể từ ngày 01 tháng 08 năm 2025"],
    ["NGÀY O5 THÁNG O1 NĂM 2026", "NGÀY 05 THÁNG 01 NĂM 2026"],
    ["trước ngày O1/8/2025", "trước ngày 01/8/2025"],
    ["Tháng O7/2025", "Tháng 07/2025"],
  ])("%s", (input, expected) => {
    expect(mendOcrDigits(input)).toBe(expected);
  });

  it.each([
    ["a word: H2O, CO2, P2O5", "nước H2O, khí CO2, phân P2O5"],
    ["a leading O not in a number or code", "khí O2 và O3"],
    ["a leading O at a sentence's end", "bổ sung khí O2."],
    ["letters that are words", "ODA, COVID-19, Ô tô, IOT"],
    ["no digit in the run", "Phần I, O, lO, Il"],
    ["o, l, I not between two digits", "lần 2o, l5, I1 và 3l"],
    ["a Vietnamese letter beside the run", "Ô5 và 5Ô, Ơ1"],
    ["digits only", "Số: 104/TB-VP ngày 10/11/2025"],
    ["a code glued to letters", "mẫu A1O, QL1O"],
    ["O and a digit after another word than ngày, tháng", "khí O2 trong năm O3, số O5, lần O1"],
    ["O and two digits after ngày (not a day)", "ngày O12 và tháng O15"],
    ["a word ending in ngay (not the word ngày)", "hằng ngàyO5, Thangs O5"],
    ["O inside a word after ngày", "ngày OTP5"],
  ])("stays: %s", (_name, input) => {
    expect(mendOcrDigits(input)).toBe(input);
  });

  it("on the line the lexer reads (text and fold); raw keeps the source", () => {
    const [line] = toLines("Số: 1O4/TB-VP Thanh Hóa, ngày 1O tháng 3 năm 2026", "plain");
    expect(line.text).toBe("Số: 104/TB-VP Thanh Hóa, ngày 10 tháng 3 năm 2026");
    expect(line.folded).toBe("So: 104/TB-VP Thanh Hoa, ngay 10 thang 3 nam 2026");
    expect(line.raw).toBe("Số: 1O4/TB-VP Thanh Hóa, ngày 1O tháng 3 năm 2026");
  });

  it("on a line tidy rewrites, in markdown, and in a table cell", () => {
    expect(toLines("  Số:\t1O4/TB-VP  ", "plain")[0].text).toBe("Số: 104/TB-VP");
    expect(toLines("**Số: 1O4/TB-VP**", "markdown")[0].text).toBe("Số: 104/TB-VP");
    const cells = unfoldLayout(toLines("Số: 1O4/UBND\tNghệ An, ngày 1O tháng 3 năm 2026", "plain"), "plain");
    expect(cells.map((l) => [l.text, l.folded])).toEqual([
      ["Số: 104/UBND", "So: 104/UBND"],
      ["Nghệ An, ngày 10 tháng 3 năm 2026", "Nghe An, ngay 10 thang 3 nam 2026"],
    ]);
  });

  it("leaves a text without the sign as it is", () => {
    const lines = toLines("Ô tô số 5\nCO2", "plain");
    expect(lines.map((l) => l.text)).toEqual(["Ô tô số 5", "CO2"]);
  });
});
