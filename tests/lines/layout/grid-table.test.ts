import { describe, expect, it } from "vitest";
import { toLines, unfoldLayout } from "../../../src/lines/index.js";
import { unfolded } from "./unfold.js";

const HEADER = `+--------------------------------+-------------------------------------+
| **ĐẢNG BỘ THÀNH PHỐ HÀ NỘI**   | **ĐẢNG CỘNG SẢN VIỆT NAM**          |
|                                |                                     |
| **QUẬN ỦY HAI BÀ TRUNG**       | *Q. Hai Bà Trưng, ngày 28 tháng 7   |
|                                | năm 2021*                           |
| Số 508 -CV/QU                  |                                     |
|                                |                                     |
| *V/v thực hiện Thông báo số    |                                     |
| 428-TB/TU,\\                    |                                     |
| ngày 27/7/2021 kết luận của    |                                     |
| Thường trực\\                   |                                     |
| Thành ủy về công tác*          |                                     |
+--------------------------------+-------------------------------------+`;

describe("grid tables (pandoc -t markdown)", () => {
  it("reads a two-column header column by column; wrapped text joins, hard breaks split", () => {
    expect(unfolded(HEADER)).toEqual([
      "1: ---",
      "2: ĐẢNG BỘ THÀNH PHỐ HÀ NỘI",
      "4: QUẬN ỦY HAI BÀ TRUNG",
      "6: Số 508 -CV/QU",
      "8: V/v thực hiện Thông báo số 428-TB/TU,",
      "10: ngày 27/7/2021 kết luận của Thường trực",
      "12: Thành ủy về công tác",
      "2: ĐẢNG CỘNG SẢN VIỆT NAM",
      "4: Q. Hai Bà Trưng, ngày 28 tháng 7 năm 2021",
      "3: |", "5: |", "7: |", "9: |", "11: |", "13: ---",
    ]);
  });

  it("keeps bold and italic across a cell's paragraphs", () => {
    const lines = unfoldLayout(toLines(HEADER, "markdown"), "markdown");
    const flags = (n: number) => lines.filter((l) => l.n === n && l.text !== "|").map((l) => [l.bold, l.italic]);
    expect(flags(2)).toEqual([[true, false], [true, false]]);
    expect(flags(10)).toEqual([[false, true]]);
  });

  it.each([
    ["escapes and a bold-italic label", "+------------------+----------------+\n| ***Nơi nhận:***  | **KT. CHỦ TỊCH** |\n|                  |                |\n| \\- Như trên;     | **Lê Văn A**   |\n+------------------+----------------+",
      ["1: ---", "2: Nơi nhận:", "4: - Như trên;", "2: KT. CHỦ TỊCH", "4: Lê Văn A", "3: |", "5: ---"]],
    ["a literal star stays", "+------+----------+\n| (\\*) | ghi chú (*) |\n+------+----------+",
      ["1: ---", "2: (*)", "2: ghi chú (*)", "3: ---"]],
  ])("%s", (_name, input, expected) => {
    expect(unfolded(input)).toEqual(expected);
  });
});
