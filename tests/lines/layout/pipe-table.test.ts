import { describe, expect, it } from "vitest";
import { unfolded } from "./unfold.js";

describe("pipe tables and lone bars", () => {
  it.each([
    ["a two-column header with <br> inside cells",
      "| VĂN PHÒNG CHÍNH PHỦ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc |\n|---|---|\n| Số: 2739/VPCP-ĐMDN | Hà Nội, ngày 05 tháng 04 năm 2019 |",
      ["1: VĂN PHÒNG CHÍNH PHỦ", "3: Số: 2739/VPCP-ĐMDN", "1: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "1: Độc lập - Tự do - Hạnh phúc", "3: Hà Nội, ngày 05 tháng 04 năm 2019", "2: ---"]],
    ["a header row without a delimiter row", "| **BỘ TƯ PHÁP** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |",
      ["1: BỘ TƯ PHÁP", "1: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]],
    ["a footer row flattened without outer bars", "- Như trên; - Lưu: VT, NN (2). | KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Văn A",
      ["1: - Như trên; - Lưu: VT, NN (2).", "1: KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Văn A"]],
    ["header rows that lost their opening bar (the second row's bar too)",
      "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 41/2019/QĐ-UBND | Quảng Trị, ngày 22 tháng 10 năm 2019 |\nBAN HÀNH QUY ĐỊNH",
      ["1: ỦY BAN NHÂN DÂN", "2: Số: 41/2019/QĐ-UBND", "1: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "2: Quảng Trị, ngày 22 tháng 10 năm 2019", "3: BAN HÀNH QUY ĐỊNH"]],
    ["a Đoàn header row (its heading where the Party motto stands)", "| BCH ĐOÀN TỈNH NGHỆ AN | ĐOÀN TNCS HỒ CHÍ MINH |\n|---|---|\n| *** | |",
      ["1: BCH ĐOÀN TỈNH NGHỆ AN", "3: ***", "1: ĐOÀN TNCS HỒ CHÍ MINH", "2: ---"]],
    ["a lone second row that lost its opening bar", "Số: 08/CT-CTUBND | Vĩnh Phúc, ngày 21 tháng 5 năm 2021 |",
      ["1: Số: 08/CT-CTUBND", "1: Vĩnh Phúc, ngày 21 tháng 5 năm 2021"]],
  ])("%s", (_name, input, expected) => {
    expect(unfolded(input)).toEqual(expected);
  });

  it("reads header rows that lost their opening bar in plain text too, no bar left over", () => {
    const lines = unfolded("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 08/CT-CTUBND | Vĩnh Phúc, ngày 21 tháng 5 năm 2021 |", "plain");
    expect(lines).toEqual(["1: ỦY BAN NHÂN DÂN", "2: Số: 08/CT-CTUBND", "1: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "2: Vĩnh Phúc, ngày 21 tháng 5 năm 2021"]);
  });

  it.each([
    ["a data table", "| STT | Đối tượng | Mức |\n| --- | --- | --- |\n| 1 | Trẻ em mồ côi | 180.000 |"],
    ["lone bars between cells (web copies)", "ỦY BAN NHÂN DÂN\nTỈNH VĨNH LONG\n-------\n|\nCỘNG HÒA XÃ HỘI\n|\nSố: 07/CT-UBND"],
    ["prose with a bar", "Tổng số: 12 | trong đó nữ: 5"],
    ["data rows that lost their opening bar", "1 | Trẻ em mồ côi |\n2 | Người cao tuổi |"],
    ["prose ending in a bar", "Tổng số: 12 | trong đó nữ: 5 |\nSố liệu | đến ngày 30/6 | năm nay |"],
  ])("leaves %s as it is", (_name, input) => {
    expect(unfolded(input, "plain")).toEqual(input.split("\n").map((t, i) => `${i + 1}: ${t}`));
  });
});

describe("pandoc's headerless pipe table: the empty header row and its delimiter are markup", () => {
  it.each([
    // must change: a Word table without a header row (the footer "Nơi nhận | signer") leaves no "|" or "---"
    ["a footer under an empty header row",
      "|   |   |\n|---|---|\n| ***Nơi nhận:***<br>- Như trên;<br>- Lưu: VT. | **KT. CHỦ TỊCH**<br>**PHÓ CHỦ TỊCH**<br><br>**Nguyễn Văn A** |",
      ["3: Nơi nhận:", "3: - Như trên;", "3: - Lưu: VT.", "3: KT. CHỦ TỊCH", "3: PHÓ CHỦ TỊCH", "3: Nguyễn Văn A"]],
    ["a header under an empty header row, aligned delimiters",
      "|                 |                                    |\n|:----------------|:----------------------------------:|\n| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |",
      ["3: ỦY BAN NHÂN DÂN", "3: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]],
    // must stay: a delimiter under a header with text (a data table's rows are read under it)
    ["a data table's delimiter", "| STT | Nội dung |\n|---|---|\n| 1 | Rà soát |", ["1: | STT | Nội dung |", "2: |---|---|", "3: | 1 | Rà soát |"]],
  ])("%s", (_name, input, expected) => {
    expect(unfolded(input)).toEqual(expected);
  });
});
