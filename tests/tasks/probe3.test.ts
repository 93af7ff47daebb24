/**
 * The second reader's third probe: a list of levels is whole ("các xã, phường, đặc khu"), the
 * offices of a commune since 2025 (Nghị định 150/2025/NĐ-CP), passive triggers, periods and
 * yearly limits, scope articles, the Đoàn's bodies, agency words with a tone lost by OCR. Each
 * table holds the phrasings that must change and those that must stay.
 */
import { describe, expect, it } from "vitest";
import type { Task } from "../../src/types.js";
import { leads, tasksOf } from "./clause-fixture.js";

const read = (text: string, inherited: string[] | null = null) => tasksOf(text, inherited, { year: 2026 });
const support = (tasks: Task[]) => tasks.map((t) => t.support.map((a) => a.text));

describe("a list of levels takes no lower-case name after its last level (probe3 row 7)", () => {
  it.each([
    ["a Party secretary of the three commune levels", "Bí thư đảng ủy các xã, phường, đặc khu đối thoại trực tiếp với Nhân dân.", ["Bí thư đảng ủy các xã, phường, đặc khu"], "đối thoại trực tiếp với Nhân dân"],
    ["a chairman of the commune committees", "Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu đối thoại trực tiếp với Nhân dân.", ["Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu"], "đối thoại trực tiếp với Nhân dân"],
    ["two levels", "Chủ tịch UBND các xã, phường đối thoại trực tiếp với Nhân dân.", ["Chủ tịch UBND các xã, phường"], "đối thoại trực tiếp với Nhân dân"],
    ["the old three levels", "UBND các xã, phường, thị trấn đối thoại trực tiếp với Nhân dân.", ["UBND các xã, phường, thị trấn"], "đối thoại trực tiếp với Nhân dân"],
  ])("%s", (_, text, expected, action) => {
    const tasks = read(text);
    expect(leads(tasks)[0]).toEqual(expected);
    expect(tasks[0].action).toBe(action);
  });

  it.each([
    ["a capitalised name after 'đặc khu'", "UBND đặc khu Phú Quốc đối thoại với Nhân dân.", ["UBND đặc khu Phú Quốc"]],
    ["one level with a lower-case qualifier", "UBND các xã ven biển tổ chức di dời dân.", ["UBND các xã ven biển"]],
    ["a list of levels with where they lie", "UBND các xã, phường ven biển tổ chức di dời dân.", ["UBND các xã, phường ven biển"]],
    ["a list of levels on the border", "UBND các xã, phường biên giới tăng cường tuần tra.", ["UBND các xã, phường biên giới"]],
    ["a group of another family keeps its tail", "Các sở, ngành chức năng tổ chức kiểm tra.", ["Các sở, ngành chức năng"]],
  ])("stays: %s", (_, text, expected) => {
    expect(leads(read(text))[0]).toEqual(expected);
  });
});

describe("the offices of a commune or ward since 1/7/2025 (probe3 row 1)", () => {
  it.each([
    ["an office with a comma in its field, as a subject", "Phòng Kinh tế, Hạ tầng và Đô thị chủ trì, phối hợp với Công an phường kiểm tra trật tự xây dựng.", [["Phòng Kinh tế, Hạ tầng và Đô thị"]], [["Công an phường"]]],
    ["… as support", "Phòng Văn hóa - Xã hội phối hợp với Phòng Kinh tế, Hạ tầng và Đô thị tuyên truyền.", [["Phòng Văn hóa - Xã hội"]], [["Phòng Kinh tế, Hạ tầng và Đô thị"]]],
    ["a level word after a dash opening a field", "Giao Phòng Văn hóa - Xã hội hướng dẫn các thôn.", [["Phòng Văn hóa - Xã hội"]], [[]]],
    ["the economic office", "Phòng Kinh tế tổng hợp kết quả.", [["Phòng Kinh tế"]], [[]]],
  ])("%s", (_, text, expected, supported) => {
    const tasks = read(text);
    expect(leads(tasks)).toEqual(expected);
    expect(support(tasks)).toEqual(supported);
  });

  it.each([
    ["a dash field of a district office", "Phòng Tài chính - Kế hoạch phân bổ kinh phí.", [["Phòng Tài chính - Kế hoạch"]]],
    ["a commune named after its level", "UBND xã Tân Phú báo cáo UBND huyện.", [["UBND xã Tân Phú"]]],
    ["a Sở field with a dash", "Sở Lao động - Thương binh và Xã hội chủ trì thực hiện.", [["Sở Lao động - Thương binh và Xã hội"]]],
    ["a level printed in capitals stays whole", "UBND Xã tổ chức tuyên truyền.", [["UBND Xã"]]],
  ])("stays: %s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });
});
