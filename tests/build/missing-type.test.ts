/** `missing-type`: no type line, whether or not the number's code names the type. */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";

const HEADER = "ỦY BAN NHÂN DÂN\nTỈNH VĨNH PHÚC\n{number}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nVĩnh Phúc, ngày 21 tháng 5 năm 2021\n";
const BODY = "\n1. Các sở, ngành triển khai thực hiện.\n2. Giao Sở Y tế theo dõi.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nLê Duy Thành\n";
const doc = (number: string, middle: string) => parse(HEADER.replace("{number}", number) + middle + BODY);

describe("missing-type", () => {
  it.each([
    ["the type read from the number's code", "Số: 08/CT-CTUBND", "Về tăng cường phòng, chống dịch\n", "CHỈ THỊ", true],
    ["no type line and a code that names none", "Số: 08/UBND-VX", "", null, true],
    // negatives: a type line is printed; a công văn has none by design (NĐ 30)
    ["a type line", "Số: 08/CT-CTUBND", "CHỈ THỊ\nVề tăng cường phòng, chống dịch\n", "CHỈ THỊ", false],
    ["a công văn's V/v subject", "Số: 08/UBND-VX", "V/v tăng cường phòng, chống dịch\n", "CÔNG VĂN", false],
  ])("%s", (_name, number, middle, type, flagged) => {
    const result = doc(number, middle);
    expect(result.documents[0].type?.name ?? null).toBe(type);
    const found = result.diagnostics.filter((d) => d.code === "missing-type");
    expect(found.map((d) => d.severity)).toEqual(flagged ? ["info"] : []);
  });

  it("says where the type came from", () => {
    const [found] = doc("Số: 08/CT-CTUBND", "").diagnostics.filter((d) => d.code === "missing-type");
    expect(found.message).toContain('"CT"');
    expect(found.lines).toEqual([3, 3]);
  });
});
