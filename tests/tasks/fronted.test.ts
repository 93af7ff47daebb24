/** A sentence whose subject follows a fronted phrase: "Đối với …, X chủ trì …". */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";

const tasksOf = (clause: string) => parse(`THÔNG BÁO\n\n${clause}`).documents[0].tasks.map((t) => [t.lead.map((a) => a.text), t.action]);

describe("fronted phrases before the subject", () => {
  it.each([
    ["1. Đối với các tỉnh nuôi tôm, Sở Thủy sản chủ trì rà soát giống.", [[["Sở Thủy sản"], "chủ trì rà soát giống"]]],
    ["1. Trường hợp thiếu giống, UBND các huyện báo cáo Sở Nông nghiệp.", [[["UBND các huyện"], "báo cáo Sở Nông nghiệp"]]],
  ])("%s", (clause, tasks) => {
    expect(tasksOf(clause)).toEqual(tasks);
  });

  it("a fronted phrase without an acting agency after it assigns nothing", () => {
    expect(tasksOf("1. Đối với các tỉnh nuôi tôm, việc cung ứng giống còn khó khăn.")).toEqual([]);
  });
});
