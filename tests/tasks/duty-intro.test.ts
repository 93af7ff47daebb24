/** "X có trách nhiệm:" above its items: the items are the tasks, and they inherit X. */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";

const tasksOf = (text: string) => parse(`THÔNG BÁO\n\n${text}`).documents[0].tasks.map((t) => [t.clause, t.lead.map((a) => a.text), t.action]);

describe("an agency announcing its duties", () => {
  it("gives no task of its own; its items inherit the agency", () => {
    expect(tasksOf("3. Tổng cục Thống kê có trách nhiệm:\na) Hướng dẫn các địa phương thống kê đất đai.\nb) Hướng dẫn các huyện lập bản đồ.")).toEqual([
      ["3.a", ["Tổng cục Thống kê"], "Hướng dẫn các địa phương thống kê đất đai"],
      ["3.b", ["Tổng cục Thống kê"], "Hướng dẫn các huyện lập bản đồ"],
    ]);
  });

  it("still reads a duty stated in full on the clause's own line", () => {
    expect(tasksOf("3. Tổng cục Thống kê có trách nhiệm tổng hợp số liệu.")).toEqual([["3", ["Tổng cục Thống kê"], "có trách nhiệm tổng hợp số liệu"]]);
  });
});
