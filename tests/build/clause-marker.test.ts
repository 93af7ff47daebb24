/** readMarker: the marker printed at a clause line's start, OCR noise before it set aside. */
import { describe, expect, it } from "vitest";
import { readMarker } from "../../src/build/clause-marker.js";
import { parse } from "../../src/parse.js";

describe("readMarker: an OCR rule glued before a numbered marker is noise (probe18 F11)", () => {
  it.each([
    // must change: dashes and underscores run into "N."
    ["—_2. Giao Ban cán sự đảng", "2.", "2", "Giao Ban cán sự đảng"],
    ["——2. Giao Đảng ủy xã", "2.", "2", "Giao Đảng ủy xã"],
    ["-_ 3. Đề nghị Ủy ban Mặt trận", "3.", "3", "Đề nghị Ủy ban Mặt trận"],
    ["__4) Các chi bộ trực thuộc", "4)", "4", "Các chi bộ trực thuộc"],
    // must stay: a plain numbered marker
    ["2. Giao Ban cán sự đảng", "2.", "2", "Giao Ban cán sự đảng"],
  ])("%s → %s", (text, marker, number, rest) => {
    expect(readMarker(text)).toMatchObject({ marker, number, rest });
  });
  it.each([
    // must stay a dash item: a single dash before a number, a dash list of dashes with words
    ["- 2. Giao", "-"],
    ["— 2023 là năm bản lề", "—"],
    ["-- nội dung", "-"],
  ])("stays a dash item: %s", (text, marker) => {
    expect(readMarker(text)?.marker).toBe(marker);
  });
});

describe("an OCR rule glued to a clause or the trích yếu in a parsed document (probe18 F11)", () => {
  const text = (clause: string, subject: string) =>
    "HUYỆN ỦY YÊN THÀNH\nSố 214-TB/HU\nYên Thành, ngày 18 tháng 6 năm 2025\n\nTHÔNG BÁO\n" +
    `${subject}\n\nBan Thường vụ Huyện ủy kết luận như sau:\n1. Cơ bản thống nhất với báo cáo.\n` +
    `${clause} Giao Ban cán sự đảng UBND huyện hoàn thiện hồ sơ trong quý III.\n3. Giao Đảng ủy xã Công Thành hoàn thành các tiêu chí.\n`;
  it.each([
    ["—_2.", "—— kết luận của Ban Thường vụ Huyện ủy"],
    ["——2.", "——kết luận của Ban Thường vụ Huyện ủy"],
    ["2.", "kết luận của Ban Thường vụ Huyện ủy"],
  ])("%s / %s → clauses 1, 2, 3 and the subject without the rule", (clause, subject) => {
    const d = parse(text(clause, subject)).documents[0];
    expect(d.clauses.map((c) => c.number)).toEqual(["1", "2", "3"]);
    expect(d.subject).toBe("kết luận của Ban Thường vụ Huyện ủy");
  });
});
