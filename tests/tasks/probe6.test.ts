/**
 * The second reader's sixth probe (/work/probe6): a Party committee member's title ("Chi ủy
 * viên", "Tỉnh ủy viên"), approvals with a subject, a plan's time row with no lead row, the Trade
 * Union's bodies and "chi hội", a Phần's ordinal in the clause path. Each table holds the
 * phrasings that must change and those that must stay.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";
import { leads, tasksOf } from "./clause-fixture.js";

const read = (text: string, inherited: string[] | null = null) => tasksOf(text, inherited, { year: 2025 });
/** The tasks of a whole document: clause path, leads, action, deadline text. */
const documentTasks = (text: string) =>
  parse(text, { path: "doc.txt" }).documents[0].tasks.map((t) => [t.clause, t.lead.map((a) => a.text), t.action, t.deadline?.text ?? null]);

describe("'<committee> viên' is a title, never a committee and a loose 'viên' (probe6 F3)", () => {
  it.each([
    ["a village Chi bộ's member, then the office", "Giao đồng chí Hoàng Văn Sơn, Chi ủy viên, Trưởng thôn chỉ đạo Ban Phát triển thôn thu quỹ trước ngày 20/12/2025.", [["đồng chí Hoàng Văn Sơn"]]],
    ["after 'Phân công'", "Phân công đồng chí Hoàng Văn Sơn, Chi ủy viên, Trưởng thôn chỉ đạo Ban Phát triển thôn thu quỹ.", [["đồng chí Hoàng Văn Sơn"]]],
    ["the title alone before the verb", "Giao đồng chí Hoàng Văn Sơn, Chi ủy viên chỉ đạo Ban Phát triển thôn thu quỹ.", [["đồng chí Hoàng Văn Sơn"]]],
    ["a provincial committee member and his office", "Giao đồng chí Trần Văn Nam, Tỉnh ủy viên, Giám đốc Sở Nội vụ chỉ đạo rà soát quy hoạch.", [["đồng chí Trần Văn Nam"]]],
    ["a district committee member", "Giao đồng chí Lê Văn Ba, Huyện ủy viên, Bí thư Đảng ủy xã chỉ đạo tổng kết.", [["đồng chí Lê Văn Ba"]]],
    ["a Party committee member as the subject", "Đồng chí Nguyễn Văn Tám, Đảng ủy viên, Chủ tịch UBND xã chỉ đạo rà soát.", [["Đồng chí Nguyễn Văn Tám"]]],
  ])("%s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });

  it.each([
    ["a member list of a chuẩn y decision", "Đồng chí Nguyễn Văn Tám, Chi ủy viên."],
    ["… with a Đảng ủy member", "Đồng chí Nguyễn Văn Tám, Đảng ủy viên."],
    ["… with a Thành ủy member", "Đồng chí Nguyễn Văn Tám, Thành ủy viên, Phó Chủ tịch UBND thành phố."],
  ])("no task: %s", (_, text) => {
    expect(read(text)).toEqual([]);
  });

  it.each([
    ["the committee itself", "Chi ủy Chi bộ thôn chỉ đạo thu quỹ.", [["Chi ủy Chi bộ thôn"]]],
    ["a Party committee of an institute ('Viện', not 'viên')", "Đảng ủy Viện Kiểm sát nhân dân tỉnh chỉ đạo rà soát.", [["Đảng ủy Viện Kiểm sát nhân dân tỉnh"]]],
    ["a title without '… ủy viên'", "Giao đồng chí Hoàng Văn Sơn, Phó Bí thư Chi bộ chỉ đạo thu quỹ.", [["đồng chí Hoàng Văn Sơn"]]],
    ["a Standing Committee member", "Giao đồng chí Trần Văn Nam, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Huyện ủy chỉ đạo rà soát.", [["đồng chí Trần Văn Nam"]]],
    ["the committees of a level", "Các huyện ủy, thành ủy, đảng ủy trực thuộc tổ chức quán triệt.", [["Các huyện ủy, thành ủy, đảng ủy trực thuộc"]]],
  ])("stays: %s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });
});
