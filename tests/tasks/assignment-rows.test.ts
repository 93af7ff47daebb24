/**
 * A plan's rows under a task ("Đơn vị chủ trì: …", "Đơn vị phối hợp: …", "Thời gian thực hiện: …")
 * make one task of the clause above them; the rows assign nothing themselves.
 */
import { describe, expect, it } from "vitest";
import { readRow, readRows } from "../../src/tasks/assignment-rows.js";
import { parse } from "../../src/parse.js";
import { documentTasks, whoOf } from "./clause-fixture.js";

const plan = (rows: string) => `KẾ HOẠCH\nCông tác năm 2015\n1. Công tác xây dựng pháp luật\na) Rà soát các văn bản về lĩnh vực dân tộc\n${rows}\n`;
const tasksOf = (text: string) =>
  parse(text, { path: "plan.txt" }).documents[0].tasks.map((t) => ({
    clause: t.clause,
    action: t.action,
    lead: t.lead.map((a) => a.text),
    support: t.support.map((a) => a.text),
    deadline: t.deadline && { text: t.deadline.text, kind: t.deadline.kind, iso: t.deadline.iso },
  }));

describe("rows", () => {
  it.each([
    ["- Đơn vị chủ trì: Vụ Pháp chế.", { kind: "lead", value: "Vụ Pháp chế" }],
    ["a) Cơ quan chủ trì: Sở Nội vụ;", { kind: "lead", value: "Sở Nội vụ" }],
    ["Cơ quan thực hiện: Các cơ quan, đơn vị", { kind: "lead", value: "Các cơ quan, đơn vị" }],
    ["- Cơ quan phối hợp: các sở, ngành.", { kind: "support", value: "các sở, ngành" }],
    ["- Thời gian hoàn thành: Quý I/2015.", { kind: "deadline", value: "Quý I/2015" }],
    ["- Sản phẩm: Quyết định của Bộ trưởng.", { kind: "result", value: "Quyết định của Bộ trưởng" }],
  ])("%s", (text, expected) => {
    expect(readRow(text)).toEqual(expected);
  });

  it.each(["Thực hiện: theo kế hoạch.", "Sở Nội vụ chủ trì tổ chức.", "Chủ trì, phối hợp với các sở."])("%s is no row", (text) => {
    expect(readRow(text)).toBeNull();
  });
});

describe("a plan's task with its rows", () => {
  it("takes the lead, support and deadline from the rows", () => {
    const rows = "- Đơn vị chủ trì: Vụ Pháp luật hình sự - hành chính.\n- Đơn vị phối hợp: Vụ Pháp luật quốc tế, Các sở, ban, ngành.\n- Thời gian thực hiện: Hoàn thành trước ngày 30/6/2015.";
    expect(tasksOf(plan(rows))).toEqual([{
      clause: "1.a",
      action: "Rà soát các văn bản về lĩnh vực dân tộc",
      lead: ["Vụ Pháp luật hình sự - hành chính"],
      support: ["Vụ Pháp luật quốc tế", "Các sở, ban, ngành"],
      deadline: { text: "trước ngày 30/6/2015", kind: "date", iso: "2015-06-30" },
    }]);
  });

  it("keeps a time that is no date as printed", () => {
    const rows = "- Đơn vị chủ trì: Vụ Pháp chế.\n- Thời gian thực hiện: Cả năm 2015.";
    expect(tasksOf(plan(rows))[0].deadline).toEqual({ text: "Cả năm 2015", kind: "relative", iso: null });
  });

  it("reads a lead row among the task's other points; the points describe the same task", () => {
    const rows = "- Bảo đảm thống nhất với hướng dẫn của cấp trên.\n- Thời gian hoàn thành: Tháng 11/2025.\n- Đơn vị chủ trì: Đồng chí Phó Chủ tịch Thường trực, phụ trách lĩnh vực Giám sát và Phản biện xã hội\n- Đơn vị phối hợp: Vụ Pháp chế và Văn phòng Bộ.\n- Kết quả: Dự thảo Hướng dẫn.";
    expect(tasksOf(plan(rows))).toEqual([{
      clause: "1.a",
      action: "Rà soát các văn bản về lĩnh vực dân tộc",
      lead: ["Đồng chí Phó Chủ tịch Thường trực, phụ trách lĩnh vực Giám sát và Phản biện xã hội"],
      support: ["Vụ Pháp chế", "Văn phòng Bộ"],
      deadline: { text: "Tháng 11/2025", kind: "relative", iso: null },
    }]);
  });

  it("does not read a time among ordinary points as the rows of a task (no lead row)", () => {
    const rows = "- Thời gian: 14h00 ngày 20/9/2015.\n- Địa điểm: Hội trường Bộ.";
    expect(tasksOf(plan(rows)).filter((t) => t.clause === "1.a")).toEqual([]);
  });
});

describe("rows glued on one line or printed as the clause's own lines", () => {
  it("cuts glued rows at each label", () => {
    expect(readRows("a) Cơ quan chủ trì: Sở Nội vụ; b) Cơ quan phối hợp: các sở, ngành c) Thời gian thực hiện: Quý III/2025")).toEqual([
      { kind: "lead", value: "Sở Nội vụ" },
      { kind: "support", value: "các sở, ngành" },
      { kind: "deadline", value: "Quý III/2025" },
    ]);
  });

  it("reads rows that are the last lines of the clause's text", () => {
    const text = "KẾ HOẠCH\nCải cách hành chính\n1. Rà soát thủ tục hành chính\nCơ quan chủ trì: Sở Tư pháp\nThời gian thực hiện: Thường xuyên\n";
    expect(tasksOf(text)).toEqual([{ clause: "1", action: "Rà soát thủ tục hành chính", lead: ["Sở Tư pháp"], support: [], deadline: { text: "Thường xuyên", kind: "relative", iso: null } }]);
  });
});

describe("the value of a time row", () => {
  it.each([
    ["a lone date", "- Đơn vị chủ trì: Vụ Pháp chế.\n- Thời gian hoàn thành: 30/9/2015.", { text: "30/9/2015", kind: "date", iso: "2015-09-30" }],
    ["a date with 'ngày'", "- Đơn vị chủ trì: Vụ Pháp chế.\n- Thời hạn: ngày 15 tháng 10 năm 2015.", { text: "ngày 15 tháng 10 năm 2015", kind: "date", iso: "2015-10-15" }],
    ["a limit", "- Đơn vị chủ trì: Vụ Pháp chế.\n- Thời gian thực hiện: trước ngày 30/6/2015.", { text: "trước ngày 30/6/2015", kind: "date", iso: "2015-06-30" }],
    ["a quarter, kept as printed", "- Đơn vị chủ trì: Vụ Pháp chế.\n- Thời gian thực hiện: Quý I/2015.", { text: "Quý I/2015", kind: "relative", iso: null }],
    // a period's end is its limit, as in a sentence (probe12 F7); the period is kept as printed
    ["two dates: a span, up to its end", "- Đơn vị chủ trì: Vụ Pháp chế.\n- Thời gian: từ 01/3/2015 đến 30/6/2015.", { text: "từ 01/3/2015 đến 30/6/2015", kind: "date", iso: "2015-06-30" }],
    ["a period's start alone, kept as printed", "- Đơn vị chủ trì: Vụ Pháp chế.\n- Thời gian: từ 01/3/2015.", { text: "từ 01/3/2015", kind: "relative", iso: null }],
  ])("%s", (_, rows, expected) => {
    expect(tasksOf(plan(rows))[0].deadline).toEqual(expected);
  });
});

describe("the bodies a row names", () => {
  it.each([
    ["'và' inside a field name", "- Cơ quan thực hiện: Sở Lao động - Thương binh và Xã hội.", ["Sở Lao động - Thương binh và Xã hội"]],
    ["'và' between two bodies", "- Đơn vị chủ trì: Vụ Pháp chế và Văn phòng Bộ.", ["Vụ Pháp chế", "Văn phòng Bộ"]],
    ["what the body does, after its name", "- Cơ quan thực hiện: Sở Thông tin và Truyền thông đôn đốc, hướng dẫn các đơn vị triển khai thực hiện.", ["Sở Thông tin và Truyền thông"]],
    ["a verb inside a name stays", "- Đơn vị chủ trì: Cục Trợ giúp pháp lý.", ["Cục Trợ giúp pháp lý"]],
  ])("%s", (_, rows, expected) => {
    expect(tasksOf(plan(rows))[0].lead).toEqual(expected);
  });
});

describe("a time row with no lead row is the limit of the clause's work", () => {
  const plan = (body: string) => `KẾ HOẠCH\ntổ chức học tập nghị quyết\n\nII. NỘI DUNG\n${body}\n`;
  const point = "1. Tổ chức hội nghị học tập\n- Văn phòng Đảng ủy chuẩn bị tài liệu, hội trường.\n";
  it.each([
    ["'*' row after a point", `${point}* Thời gian thực hiện: Hoàn thành trước ngày 25/9/2025.`, [["II.1.-1", ["Văn phòng Đảng ủy"], "chuẩn bị tài liệu, hội trường", "trước ngày 25/9/2025"]]],
    ["'-' row after a point", `${point}- Thời gian thực hiện: Trong tháng 10/2025.`, [["II.1.-1", ["Văn phòng Đảng ủy"], "chuẩn bị tài liệu, hội trường", "Trong tháng 10/2025"]]],
    ["'+' row under the point", `${point}+ Thời gian thực hiện: Hoàn thành trước ngày 25/9/2025.`, [["II.1.-1", ["Văn phòng Đảng ủy"], "chuẩn bị tài liệu, hội trường", "trước ngày 25/9/2025"]]],
    ["an unmarked row after the point", `${point}Thời gian thực hiện: Trong tháng 10/2025.`, [["II.1.-1", ["Văn phòng Đảng ủy"], "chuẩn bị tài liệu, hội trường", "Trong tháng 10/2025"]]],
    ["the task in the clause's own text", "1. Tổ chức hội nghị học tập\nVăn phòng Đảng ủy chuẩn bị tài liệu, hội trường.\n- Thời gian thực hiện: Hoàn thành trước ngày 25/9/2025.", [["II.1", ["Văn phòng Đảng ủy"], "chuẩn bị tài liệu, hội trường", "trước ngày 25/9/2025"]]],
    ["two points share the row", "3. Tuyên truyền sâu rộng trong Nhân dân\n- Ủy ban MTTQ Việt Nam xã tuyên truyền Nghị quyết đến hội viên.\n- Trung tâm Văn hóa - Thể thao và Truyền thông xã mở chuyên mục.\n* Thời gian thực hiện: Trong quý IV/2025.", [
      ["II.3.-1", ["Ủy ban MTTQ Việt Nam xã"], "tuyên truyền Nghị quyết đến hội viên", "Trong quý IV/2025"],
      ["II.3.-2", ["Trung tâm Văn hóa - Thể thao và Truyền thông xã"], "mở chuyên mục", "Trong quý IV/2025"],
    ]],
    ["a point's own limit stays", "1. Tổ chức hội nghị học tập\n- Văn phòng Đảng ủy chuẩn bị tài liệu trước ngày 20/9/2025.\n* Thời gian thực hiện: Hoàn thành trước ngày 25/9/2025.", [["II.1.-1", ["Văn phòng Đảng ủy"], "chuẩn bị tài liệu trước ngày 20/9/2025", "trước ngày 20/9/2025"]]],
  ])("%s", (_, body, expected) => {
    expect(documentTasks(plan(body))).toEqual(expected);
  });

  it.each([
    ["a lead row and a time row", "1. Tổ chức hội nghị học tập\n- Đơn vị chủ trì: Văn phòng Đảng ủy.\n- Thời gian thực hiện: Hoàn thành trước ngày 25/9/2025.", [["II.1", ["Văn phòng Đảng ủy"], "Tổ chức hội nghị học tập", "trước ngày 25/9/2025"]]],
    ["a row with sentences of its own is text", "1. Tổ chức tiếp công dân\n- Văn phòng Đảng ủy bố trí phòng tiếp.\n- Thời gian: Duy trì thường xuyên trong giờ hành chính. Đặc biệt, Văn phòng Đảng ủy phân công cán bộ trực ngày thứ Bảy.", [
      ["II.1.-1", ["Văn phòng Đảng ủy"], "bố trí phòng tiếp", null],
      ["II.1.-2", ["cán bộ"], "trực ngày thứ Bảy", null],
    ]],
  ])("stays: %s", (_, body, expected) => {
    expect(documentTasks(plan(body))).toEqual(expected);
  });

  it("a time row under a task with an inherited lead and no actor of its own stays the row form", () => {
    const text = "KẾ HOẠCH\nCông tác năm 2015\n1. Văn phòng Bộ thực hiện các nhiệm vụ sau:\na) Rà soát các văn bản về lĩnh vực dân tộc.\n- Thời gian thực hiện: Quý I/2015.\n";
    expect(documentTasks(text)).toEqual([["1.a", ["Văn phòng Bộ"], "Rà soát các văn bản về lĩnh vực dân tộc", "Quý I/2015"]]);
  });
});

describe("a table cell's names are cut where the name reader cuts them, as in a sentence", () => {
  const plan = (lead: string, support: string) =>
    `KẾ HOẠCH\nChuyển đổi số\n\n1. Tổ chức tập huấn.\n- Cơ quan chủ trì: ${lead}\n- Cơ quan phối hợp: ${support}\n- Thời gian hoàn thành: Tháng 6/2026\n`;
  const table = (lead: string, support: string) =>
    `KẾ HOẠCH\nChuyển đổi số\n\nPHỤ LỤC\n\n| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n|---|---|---|---|---|\n| 1 | Số hóa hồ sơ | ${lead} | ${support} | Tháng 6/2026 |\n`;
  it.each([
    ["a commune's joint office, row form", plan("Văn phòng HĐND và UBND xã", "Phòng Kinh tế, Hạ tầng và Đô thị"), [[["Văn phòng HĐND và UBND xã"], ["Phòng Kinh tế, Hạ tầng và Đô thị"]]]],
    ["… in full words", plan("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã", "Phòng Văn hóa - Xã hội"), [[["Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã"], ["Phòng Văn hóa - Xã hội"]]]],
    ["a pipe table", table("Văn phòng HĐND và UBND xã", "Phòng Kinh tế, Hạ tầng và Đô thị"), [[["Văn phòng HĐND và UBND xã"], ["Phòng Kinh tế, Hạ tầng và Đô thị"]]]],
    ["'và' before a body whose head is also a descriptor", plan("Văn phòng HĐND và UBND xã và Công an xã", "Ban Chỉ huy Quân sự xã"), [[["Văn phòng HĐND và UBND xã", "Công an xã"], ["Ban Chỉ huy Quân sự xã"]]]],
    ["a Bộ whose field holds a comma", table("Bộ Văn hóa, Thể thao và Du lịch", "Các bộ, ngành, địa phương"), [[["Bộ Văn hóa, Thể thao và Du lịch"], ["Các bộ, ngành, địa phương"]]]],
  ])("%s", (_, text, expected) => {
    expect(whoOf(text)).toEqual(expected);
  });

  it.each([
    ["two bodies after a comma", plan("Phòng Kinh tế, Phòng Văn hóa - Xã hội", "Công an xã, Ban Chỉ huy Quân sự xã"), [[["Phòng Kinh tế", "Phòng Văn hóa - Xã hội"], ["Công an xã", "Ban Chỉ huy Quân sự xã"]]]],
    ["two bodies after 'và'", plan("Văn phòng HĐND và UBND xã và Đoàn Thanh niên xã", "Sở Tài chính, Sở Xây dựng và UBND các xã"), [[["Văn phòng HĐND và UBND xã", "Đoàn Thanh niên xã"], ["Sở Tài chính", "Sở Xây dựng", "UBND các xã"]]]],
    ["a head after a comma opens a body", table("Bộ Y tế", "Bộ Tài chính, Bộ Y tế, Cơ quan, đơn vị liên quan"), [[["Bộ Y tế"], ["Bộ Tài chính", "Bộ Y tế", "Cơ quan, đơn vị liên quan"]]]],
    ["a lower-case group stays one", table("Bộ Y tế", "Bộ, ngành, địa phương"), [[["Bộ Y tế"], ["Bộ, ngành, địa phương"]]]],
  ])("stays: %s", (_, text, expected) => {
    expect(whoOf(text)).toEqual(expected);
  });
});

describe("a time label takes any qualifier (probe20 F2: 'Thời gian trình', a UBND's Chương trình công tác)", () => {
  const table = (header: string, cell: string) =>
    `CHƯƠNG TRÌNH CÔNG TÁC\nTháng 02 năm 2026\n\n| STT | Nội dung | Cơ quan chủ trì | ${header} |\n|---|---|---|---|\n| 1 | Đề án sắp xếp các đơn vị sự nghiệp công lập | Sở Nội vụ | ${cell} |\n`;
  const deadlineOf = (text: string) => tasksOf(text).map((t) => t.deadline?.text ?? null);
  it.each([
    ["'Thời gian trình' column", table("Thời gian trình", "Trước ngày 10/02/2026"), ["Trước ngày 10/02/2026"]],
    ["'Thời hạn trình' column", table("Thời hạn trình", "Ngày 25/02/2026"), ["Ngày 25/02/2026"]],
    ["'Thời hạn trình UBND tỉnh' column", table("Thời hạn trình UBND tỉnh", "Tháng 02/2026"), ["Tháng 02/2026"]],
    ["'Tiến độ triển khai' column", table("Tiến độ triển khai", "Tháng 02/2026"), ["Tháng 02/2026"]],
    ["'Thời gian hoàn thành', as before", table("Thời gian hoàn thành", "Tháng 02/2026"), ["Tháng 02/2026"]],
    ["'Thời gian', as before", table("Thời gian", "Tháng 02/2026"), ["Tháng 02/2026"]],
  ])("%s", (_, text, expected) => {
    expect(deadlineOf(text)).toEqual(expected);
  });

  it.each([
    ["- Thời gian trình: Tháng 02/2026.", { kind: "deadline", value: "Tháng 02/2026" }],
    ["- Thời hạn gửi báo cáo: trước ngày 15/3/2026", { kind: "deadline", value: "trước ngày 15/3/2026" }],
    ["Tiến độ dự kiến: Quý II/2026", { kind: "deadline", value: "Quý II/2026" }],
  ])("row %s", (text, expected) => {
    expect(readRow(text)).toEqual(expected);
  });

  it.each([
    "Thời gian thực hiện dự án như sau: …",
    "Thời gian qua, Sở Nội vụ đã: …",
    "Thời gian tới cần tập trung vào các nội dung sau đây nhất là:",
  ])("%s is no row", (text) => {
    expect(readRow(text)).toBeNull();
  });

  it("a later label on the line takes the usual qualifiers only", () => {
    expect(readRows("- Cơ quan chủ trì: Sở Nội vụ, bố trí trong thời gian nghỉ: trưa")).toEqual([{ kind: "lead", value: "Sở Nội vụ, bố trí trong thời gian nghỉ: trưa" }]);
    expect(readRows("- Cơ quan chủ trì: Sở Nội vụ; Thời gian trình: Tháng 3/2026")).toEqual([{ kind: "lead", value: "Sở Nội vụ" }, { kind: "deadline", value: "Tháng 3/2026" }]);
  });
});
