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
  ])("%s", (_name, input, expected) => {
    expect(unfolded(input)).toEqual(expected);
  });

  it.each([
    ["a data table", "| STT | Đối tượng | Mức |\n| --- | --- | --- |\n| 1 | Trẻ em mồ côi | 180.000 |"],
    ["lone bars between cells (web copies)", "ỦY BAN NHÂN DÂN\nTỈNH VĨNH LONG\n-------\n|\nCỘNG HÒA XÃ HỘI\n|\nSố: 07/CT-UBND"],
    ["prose with a bar", "Tổng số: 12 | trong đó nữ: 5"],
  ])("leaves %s as it is", (_name, input) => {
    expect(unfolded(input, "plain")).toEqual(input.split("\n").map((t, i) => `${i + 1}: ${t}`));
  });
});
