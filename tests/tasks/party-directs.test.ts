/**
 * A Party body "lãnh đạo" the bodies under it: they are the object of its task, over commas, as
 * with "chỉ đạo". Each table holds the phrasings that must change and those that must stay.
 */
import { describe, expect, it } from "vitest";
import { leads, tasksOf } from "./clause-fixture.js";

const read = (text: string) => tasksOf(text, null, { year: 2026 });

describe("the bodies a Party body leads are its object", () => {
  it.each([
    ["two bodies led, over a comma", "Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo Sở Tài chính, Sở Nông nghiệp và Môi trường tham mưu bố trí nguồn lực; báo cáo Ban Thường vụ Tỉnh ủy trước ngày 30/11/2026.", [["Đảng ủy Ủy ban nhân dân tỉnh"]]],
    ["a committee and the communes", "Ban cán sự đảng UBND tỉnh lãnh đạo UBND tỉnh, UBND các xã, phường tổ chức thực hiện.", [["Ban cán sự đảng UBND tỉnh"]]],
  ])("%s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });

  it.each([
    ["after Giao", "Giao Đảng đoàn HĐND tỉnh lãnh đạo HĐND tỉnh ban hành chính sách.", [["Đảng đoàn HĐND tỉnh"]]],
    ["lãnh đạo as a title opens the subject", "Lãnh đạo các sở, ngành tăng cường kiểm tra.", [["Lãnh đạo các sở, ngành"]]],
    ["lãnh đạo, chỉ đạo", "Các cấp ủy lãnh đạo, chỉ đạo UBND các xã, phường triển khai thực hiện.", [["Các cấp ủy"]]],
  ])("stays: %s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });
});
