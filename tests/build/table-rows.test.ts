/**
 * build/table-rows.ts: a task table read row by row — the pipe form of a markdown export and the
 * tab-separated rows of Word's "Save as plain text" (the cells read on the source line, whose
 * text has its tabs tidied to spaces).
 */
import { describe, expect, it } from "vitest";
import { NUMBER_CELL } from "../../src/build/table-rows.js";
import { parse } from "../../src/parse.js";
import { tasksOf } from "../helpers/tasks.js";

const plan = (table: readonly string[]): string =>
  [
    "UBND TỈNH LÂM ĐỒNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "SỞ DÂN TỘC VÀ TÔN GIÁO\tĐộc lập - Tự do - Hạnh phúc",
    "Số: 145/KH-SDTTG\tLâm Đồng, ngày 02 tháng 3 năm 2026",
    "",
    "KẾ HOẠCH",
    "Triển khai công tác tôn giáo năm 2026",
    "",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Bảo đảm quyền tự do tín ngưỡng, tôn giáo của Nhân dân.",
    "",
    "II. NHIỆM VỤ CỤ THỂ",
    ...table,
    "",
  ].join("\n");

describe("a task table in tab-separated rows (Word's plain text)", () => {
  it.each([
    ["header and rows, 5 cells",
      ["STT\tNội dung công việc\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành",
        "1\tRà soát cơ sở tôn giáo\tPhòng Tôn giáo\tỦy ban nhân dân các xã, phường\tTrước ngày 30/4/2026",
        "2\tTập huấn nghiệp vụ\tThanh tra Sở\tCông an tỉnh\tQuý III/2026"],
      [["II.1", "Rà soát cơ sở tôn giáo", ["Phòng Tôn giáo"], ["Ủy ban nhân dân các xã, phường"], "Trước ngày 30/4/2026"],
        ["II.2", "Tập huấn nghiệp vụ", ["Thanh tra Sở"], ["Công an tỉnh"], "Quý III/2026"]]],
    ["an empty cell (no support), 'Đơn vị thực hiện', 'TT', a number with its dot",
      ["TT\tNhiệm vụ\tĐơn vị thực hiện\tĐơn vị phối hợp\tThời hạn",
        "1.\tXây dựng quy chế\tVăn phòng Sở\t\tTháng 6/2026",
        "2.\tKiểm tra định kỳ\tThanh tra Sở\tCông an tỉnh\tTháng 9/2026"],
      null],
  ])("%s", (_, table, expected) => {
    const tasks = tasksOf(plan(table as string[]));
    if (expected) expect(tasks).toEqual(expected);
    else expect(tasks.map((t) => [t[0], t[2]])).toEqual([["II.1", ["Văn phòng Sở"]], ["II.2", ["Thanh tra Sở"]]]);
  });

  it.each([
    ["a cell of two paragraphs (the row goes on at the next line)",
      ["STT\tNội dung công việc\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành",
        "1\tRà soát cơ sở tôn giáo\tPhòng Tôn giáo\tỦy ban nhân dân",
        "các xã, phường\tTrước ngày 30/4/2026",
        "2\tTập huấn nghiệp vụ\tThanh tra Sở\tCông an tỉnh\tQuý III/2026"],
      [["II.1", "Rà soát cơ sở tôn giáo", ["Phòng Tôn giáo"], ["Ủy ban nhân dân các xã, phường"], "Trước ngày 30/4/2026"],
        ["II.2", "Tập huấn nghiệp vụ", ["Thanh tra Sở"], ["Công an tỉnh"], "Quý III/2026"]]],
    ["an action of two paragraphs (a line without a tab inside the row)",
      ["STT\tNội dung công việc\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành",
        "1\tRà soát cơ sở tôn giáo;",
        "lập danh sách cơ sở\tPhòng Tôn giáo\tCông an tỉnh\tTháng 6/2026"],
      [["II.1", "Rà soát cơ sở tôn giáo; lập danh sách cơ sở", ["Phòng Tôn giáo"], ["Công an tỉnh"], "Tháng 6/2026"]]],
  ])("rows over several lines: %s", (_, table, expected) => {
    expect(tasksOf(plan(table))).toEqual(expected);
  });

  it("a header line without rows stays a line of text", () => {
    const table = ["STT\tNội dung công việc\tCơ quan chủ trì\tThời gian hoàn thành", "", "Các phòng thực hiện theo kế hoạch."];
    const doc = parse(Buffer.from(plan(table)), { path: "x.txt" }).documents[0];
    expect(doc.clauses[1].text).toContain("Cơ quan chủ trì");
  });

  it.each([
    ["a table without a lead column (indicators)",
      ["STT\tChỉ tiêu\tĐơn vị tính\tKết quả", "1\tTỷ lệ hồ sơ trực tuyến\t%\t80", "2\tSố cơ sở được kiểm tra\tcơ sở\t40"]],
    ["a single tab row (no run)",
      ["STT\tNội dung công việc\tCơ quan chủ trì\tThời gian hoàn thành", "Các phòng thực hiện theo kế hoạch."]],
    ["list items with a tab after the marker (two cells)",
      ["-\tPhòng Tôn giáo rà soát cơ sở tôn giáo;", "-\tThanh tra Sở kiểm tra việc chấp hành pháp luật."]],
  ])("no table rows: %s", (_, table) => {
    const text = plan(table);
    const spaced = plan(table.map((l) => l.replaceAll("\t", " ")));
    // read as the same lines with spaces for tabs
    expect(tasksOf(text)).toEqual(tasksOf(spaced));
  });
});

describe("a task table's rows hang one level under the clause it stands in", () => {
  const doc = (body: readonly string[]) =>
    ["UBND TỈNH AN GIANG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SỞ GIÁO DỤC VÀ ĐÀO TẠO\tĐộc lập - Tự do - Hạnh phúc",
      "Số: 2215/HD-SGDĐT\tAn Giang, ngày 22 tháng 8 năm 2025", "", "HƯỚNG DẪN", "Thực hiện nhiệm vụ năm học", "", ...body, ""].join("\n");
  const parsed = (text: string, path: string) => parse(Buffer.from(text), { path }).documents[0];
  const paths = (text: string, path = "x.txt") => parsed(text, path).tasks.map((t) => t.clause);
  const PIPE = ["| TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |", "|----|----|----|----|----|",
    "| 1 | Tập huấn cán bộ quản lý | Phòng Giáo dục phổ thông | Trường Đại học An Giang | Tháng 9/2025 |",
    "| 2 | Kiểm tra công tác tuyển sinh | Thanh tra Sở | UBND các xã, phường | Tháng 10/2025 |"];
  const TABS = ["TT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian",
    "1\tTập huấn cán bộ quản lý\tPhòng Giáo dục phổ thông\tTrường Đại học An Giang\tTháng 9/2025",
    "2\tKiểm tra công tác tuyển sinh\tThanh tra Sở\tUBND các xã, phường\tTháng 10/2025"];

  it.each([
    ["a pipe table under an Arabic clause's heading", ["1. Lịch thực hiện các nhiệm vụ", "", ...PIPE], "x.md", ["1.1", "1.2"]],
    ["a pipe table under the second Arabic clause", ["1. Nhiệm vụ chung", "Các đơn vị thực hiện nghiêm túc.", "", "2. Lịch thực hiện", "", ...PIPE], "x.md", ["1", "2.1", "2.2"]],
    ["a tab table under an Arabic clause", ["3. Lịch thực hiện", ...TABS], "x.txt", ["3.1", "3.2"]],
    ["a table under a dash of a clause", ["2. Lịch thực hiện", "- Các đơn vị thực hiện theo bảng sau:", ...TABS], "x.txt", ["2.-1", "2.1", "2.2"]],
  ])("%s", (_name, body, path, expected) => {
    expect(paths(doc(body), path)).toEqual(expected);
    expect(parse(Buffer.from(doc(body)), { path }).diagnostics.filter((d) => d.code === "clause-numbering-gap")).toEqual([]);
  });

  it.each([
    ["under a Roman section, as before", ["II. LỊCH THỰC HIỆN", ...TABS], "x.txt", ["II.1", "II.2"]],
    ["no clause before the table: the rows are the clauses", TABS, "x.txt", ["1", "2"]],
    ["a row whose number goes on from the clause above is its sibling (a row read apart)", ["1. Tổ chức lớp học", ...TABS.slice(0, 1), TABS[2]], "x.txt", ["2"]], // not "1.2"
  ])("stays: %s", (_name, body, path, expected) => {
    expect(paths(doc(body), path)).toEqual(expected);
  });
});

describe("NUMBER_CELL: the number column's label, one pattern for every table form", () => {
  it.each(["STT", "TT", "Stt", "TT.", "Số TT", "So TT", "Số thứ tự", "số thứ tự", "Thứ tự", "Số STT"])("%s is the label", (cell) => {
    expect(NUMBER_CELL.test(cell)).toBe(true);
  });
  it.each(["STT Nội dung", "Số", "Thứ tự ưu tiên", "TTg", "Số: 12/KH"])("%s is not", (cell) => {
    expect(NUMBER_CELL.test(cell)).toBe(false);
  });
});
