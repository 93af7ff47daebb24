/**
 * A place of issue whose name ends in a unit number (NĐ 30 Điều 8 khoản 4: the unit's name):
 * "Quận 3", "Phường 1", "Q.3", the 2025 communes "Đam Rông 1" … — read as the place-date, in a
 * State header and in HD 36's "*⇥place, ngày" row, where the file stays one document.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";

const party = (place: string) =>
  [
    "ĐẢNG BỘ TỈNH LÂM ĐỒNG\tĐẢNG CỘNG SẢN VIỆT NAM",
    "ĐẢNG ỦY XÃ ĐAM RÔNG 1\t",
    `*\t${place}, ngày 20 tháng 10 năm 2025`,
    "Số 86-QĐ/ĐU\t",
    "",
    "QUYẾT ĐỊNH",
    "chuẩn y kết quả bầu cử",
    "",
    "Điều 1. Chuẩn y kết quả bầu cử Chi ủy Chi bộ thôn Liêng Trang.",
    "Điều 2. Quyết định có hiệu lực từ ngày ký.",
  ].join("\n");

const state = (place: string) =>
  [
    "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "QUẬN 3\tĐộc lập - Tự do - Hạnh phúc",
    `Số: 86/UBND-VP\t${place}, ngày 20 tháng 10 năm 2024`,
    "",
    "V/v họp",
    "",
    "Ủy ban nhân dân quận đề nghị các phòng dự họp.",
  ].join("\n");

describe("a place name that ends in a unit number", () => {
  it.each(["Đam Rông 1", "Bảo Lâm 3", "Đam Rông"])("HD 36 star row: %s", (place) => {
    const { documents } = parse(party(place));
    expect(documents).toHaveLength(1);
    const [d] = documents;
    expect([d.place, d.date?.iso, d.issuer?.parent, d.issuer?.name, d.number?.value]).toEqual([
      place,
      "2025-10-20",
      "ĐẢNG BỘ TỈNH LÂM ĐỒNG",
      "ĐẢNG ỦY XÃ ĐAM RÔNG 1",
      "86-QĐ/ĐU",
    ]);
  });

  it.each(["Quận 3", "Q.3", "Phường 12", "Q. 10"])("State header: %s", (place) => {
    const [d] = parse(state(place)).documents;
    expect([d.place, d.date?.iso, d.preamble]).toEqual([place, "2024-10-20", "Ủy ban nhân dân quận đề nghị các phòng dự họp."]);
  });

  it.each([
    ["a number", "Số 12, ngày 5 tháng 3 năm 2025 của Ủy ban nhân dân quận, các phòng dự họp."],
    ["a list item", "3, ngày 5 tháng 3 năm 2025 các phòng dự họp."],
  ])("a body line that opens with %s stays in the body", (_name, line) => {
    const text = state("Quận 3").replace("Ủy ban nhân dân quận đề nghị các phòng dự họp.", line);
    const [d] = parse(text).documents;
    expect([d.place, d.date?.iso, d.preamble]).toEqual(["Quận 3", "2024-10-20", line]);
  });
});

describe("a numbered place in the other carriers", () => {
  it.each([
    ["a pandoc pipe header", "| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n| **PHƯỜNG 1** | **Độc lập - Tự do - Hạnh phúc** |\n| Số: 86/UBND-VP | *Phường 1, ngày 20 tháng 10 năm 2025* |\n\nV/v họp giao ban\n\nỦy ban nhân dân phường đề nghị các bộ phận dự họp./.\n", "Phường 1", "2025-10-20"],
    ["pdftotext -layout", "   ỦY BAN NHÂN DÂN                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n       QUẬN 3                             Độc lập - Tự do - Hạnh phúc\n\n   Số: 86/UBND-VP                   Quận 3, ngày 20 tháng 10 năm 2024\n   V/v họp giao ban\n\n       Ủy ban nhân dân quận đề nghị các phòng dự họp./.\n", "Quận 3", "2024-10-20"],
  ])("%s", (_name, text, place, iso) => {
    const [d] = parse(text).documents;
    expect([d.place, d.date?.iso]).toEqual([place, iso]);
  });
});
