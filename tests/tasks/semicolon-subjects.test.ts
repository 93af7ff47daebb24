/**
 * The addressees of a Chỉ thị's item grouped by ";" ("Giám đốc các sở, Thủ trưởng các ban, ngành;
 * Chủ tịch UBND các xã, phường tăng cường …") are one subject. Each table holds the phrasings that
 * must change and those that must stay.
 */
import { describe, expect, it } from "vitest";
import { clauseTasks } from "../../src/tasks/clause-tasks.js";
import { clause, leads, support, tasksOf } from "./clause-fixture.js";

const read = (text: string) => tasksOf(text, null, { year: 2026 });

describe("a subject grouped by semicolons", () => {
  it.each([
    ["titles over groups", "Giám đốc các sở, Thủ trưởng các ban, ngành; Chủ tịch UBND các xã, phường tăng cường tuyên truyền, phổ biến pháp luật.", [["Giám đốc các sở", "Thủ trưởng các ban, ngành", "Chủ tịch UBND các xã, phường"]], "tăng cường tuyên truyền, phổ biến pháp luật"],
    ["two groups", "Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các xã, phường, đặc khu chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết quả thực hiện.", [["Thủ trưởng các sở, ban, ngành", "Chủ tịch UBND các xã, phường, đặc khu"]], "chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết quả thực hiện"],
    ["bodies, three groups", "Các sở, ban, ngành; Mặt trận Tổ quốc và các đoàn thể; UBND các xã, phường tổ chức quán triệt Chỉ thị.", [["Các sở, ban, ngành", "Mặt trận Tổ quốc", "các đoàn thể", "UBND các xã, phường"]], "tổ chức quán triệt Chỉ thị"],
  ])("%s", (_, text, expected, action) => {
    const tasks = read(text);
    expect(leads(tasks)).toEqual(expected);
    expect(tasks[0].action).toBe(action);
  });

  it.each([
    ["a body that acts, then the next", "Sở Tài chính chủ trì thẩm định; UBND các xã, phường phối hợp thực hiện.", [["Sở Tài chính"], ["UBND các xã, phường"]]],
    ["support before a semicolon stays the support", "Sở Y tế phối hợp với Sở Tài chính; UBND các xã, phường tổ chức tiêm chủng.", [["Sở Y tế"], ["UBND các xã, phường"]]],
  ])("stays: %s", (_, text, expected) => {
    const tasks = read(text);
    expect(leads(tasks)).toEqual(expected);
    expect(support(tasks)[0]).not.toContain("UBND các xã, phường");
  });

  it("a list without a verb after it assigns nothing", () => {
    expect(read("Sở Y tế; Sở Tài chính; UBND các xã, phường.")).toEqual([]);
  });
});

describe("who executes a decision leads no item after the formula", () => {
  const item = (text: string) => ({ marker: "-", number: null, heading: null, text, items: [], lines: [12, 12] as [number, number] });
  it.each([
    ["bodies grouped by semicolons", "Chánh Văn phòng UBND tỉnh, Giám đốc Sở Tài chính; Chủ tịch UBND các xã, phường chịu trách nhiệm thi hành Quyết định này./."],
    ["one body", "Giám đốc Sở Tài chính chịu trách nhiệm thi hành Quyết định này./."],
  ])("%s", (_, text) => {
    const result = clauseTasks(clause(text, { items: [item("Chủ tịch UBND tỉnh (b/c);")] }), null, { year: 2026 });
    expect(result.tasks).toEqual([]);
    expect(result.inheritable).toBeNull();
  });

  it("stays: a subject with work of its own leads its items", () => {
    const result = clauseTasks(clause("Sở Tài chính chủ trì thực hiện các nội dung sau:", { items: [item("Rà soát dự toán.")] }), null, { year: 2026 });
    expect(result.inheritable).toEqual(["Sở Tài chính"]);
  });
});
