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

describe("a letter of one paragraph (the commonest công văn)", () => {
  const letter = (paragraph: string) =>
    parse(`ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK\nSố: 77/UBND-TH\nV/v báo cáo tình hình giải ngân\nĐắk Lắk, ngày 05 tháng 01 năm 2025\n\nKính gửi: Sở Tài chính.\n\n${paragraph}\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn A\n`).documents[0];
  it.each([
    ["a request with support, report and date",
      "Để có cơ sở báo cáo Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh đề nghị Sở Tài chính chủ trì, phối hợp với Cục Thuế tỉnh tổng hợp tình hình giải ngân vốn đầu tư công năm 2024, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/01/2025./.",
      ["Sở Tài chính"], ["Cục Thuế tỉnh"], ["Ủy ban nhân dân tỉnh"], "2025-01-15"],
    ["'Thực hiện …, UBND tỉnh yêu cầu X …'",
      "Thực hiện Công văn số 12/BTC-ĐT ngày 02/01/2025 của Bộ Tài chính, Ủy ban nhân dân tỉnh yêu cầu các sở, ngành rà soát các dự án chậm giải ngân, báo cáo Sở Tài chính trước ngày 20/01/2025./.",
      ["các sở, ngành"], [], ["Sở Tài chính"], "2025-01-20"],
  ])("%s: the paragraph is the body and gives its task", (_name, paragraph, lead, support, reportTo, iso) => {
    const doc = letter(paragraph);
    expect(doc.closing).toBeNull();
    expect(doc.preamble).toBe(paragraph);
    const [task] = doc.tasks;
    expect([task.lead.map((a) => a.text), task.support.map((a) => a.text), task.reportTo.map((a) => a.text), task.deadline?.iso]).toEqual([lead, support, reportTo, iso]);
  });

  it("a closing formula at the end of the paragraph gives no task", () => {
    const doc = letter("Ủy ban nhân dân tỉnh đề nghị Sở Tài chính tổng hợp tình hình giải ngân, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/01/2025. Đề nghị các đơn vị nghiêm túc thực hiện./.");
    expect(doc.tasks.map((t) => t.lead.map((a) => a.text))).toEqual([["Sở Tài chính"]]);
  });
});
