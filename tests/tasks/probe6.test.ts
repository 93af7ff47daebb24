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

describe("an approval with a subject assigns nothing, and the sentence after it inherits no lead (probe6 F7)", () => {
  it.each([
    ["'cơ bản thống nhất với', then narration", "Ban Thường vụ Thành ủy cơ bản thống nhất với báo cáo của Văn phòng Thành ủy. Tình hình kinh tế - xã hội tiếp tục phục hồi, thu ngân sách đạt 68,5% dự toán."],
    ["'cơ bản nhất trí với'", "Ban Thường vụ Thành ủy cơ bản nhất trí với báo cáo của Văn phòng Thành ủy. Thu ngân sách đạt 68,5% dự toán."],
    ["'thống nhất thông qua'", "Ban Thường vụ Thành ủy thống nhất thông qua báo cáo của Văn phòng Thành ủy."],
    ["'đánh giá cao'", "Ban Thường vụ Thành ủy đánh giá cao kết quả đạt được của Văn phòng Thành ủy."],
    ["'cơ bản đồng ý với'", "Thường trực Huyện ủy cơ bản đồng ý với đề xuất của Ban Tổ chức Huyện ủy."],
    ["'biểu dương'", "Ban Thường vụ Tỉnh ủy biểu dương các cấp ủy, tổ chức đảng đã hoàn thành tốt nhiệm vụ."],
  ])("no task: %s", (_, text) => {
    expect(read(text)).toEqual([]);
  });

  it.each([
    ["a task after an approval, by a trigger", "Ban Thường vụ Thành ủy cơ bản thống nhất với báo cáo; giao Văn phòng Thành ủy hoàn chỉnh báo cáo.", [["Văn phòng Thành ủy"]]],
    ["a subject's task after an approval, in a sentence of its own", "Ban Thường vụ cơ bản nhất trí với báo cáo. Văn phòng Thành ủy hoàn chỉnh báo cáo trước ngày 30/11/2025.", [["Văn phòng Thành ủy"]]],
    ["'thống nhất' as a verb of work", "Sở Tài chính thống nhất số liệu với Kho bạc Nhà nước tỉnh.", [["Sở Tài chính"]]],
    ["a sentence without a subject inherits after work", "Sở Y tế tổ chức tiêm chủng. Kiên quyết xử lý các cơ sở vi phạm.", [["Sở Y tế"], ["Sở Y tế"]]],
  ])("stays: %s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });
});

describe("a sentence whose subject is a state of things assigns nothing (probe6 F7)", () => {
  it.each([
    ["'Tình hình …' after a task", "Sở Y tế tổ chức tiêm chủng. Tình hình dịch bệnh cơ bản được kiểm soát.", [["Sở Y tế"]]],
    ["'Kết quả …' after a task", "Sở Y tế tổ chức tiêm chủng. Kết quả tiêm chủng đạt 95% kế hoạch.", [["Sở Y tế"]]],
    ["an inherited lead", "Tình hình kinh tế - xã hội tiếp tục phục hồi, thu ngân sách đạt 68,5% dự toán.", []],
  ])("%s", (_, text, expected) => {
    expect(leads(read(text, ["Ủy ban nhân dân tỉnh"]))).toEqual(expected);
  });

  it.each([
    ["results sent on", "Kết quả thực hiện gửi về Sở Nội vụ để tổng hợp.", [["Ủy ban nhân dân tỉnh"]]],
    ["results with a limit", "Kết quả thực hiện hoàn thành trước ngày 15/12/2025.", [["Ủy ban nhân dân tỉnh"]]],
    ["a duty", "Kết quả rà soát phải được công khai.", [["Ủy ban nhân dân tỉnh"]]],
  ])("stays a task: %s", (_, text, expected) => {
    expect(leads(read(text, ["Ủy ban nhân dân tỉnh"]))).toEqual(expected);
  });
});

describe("a time row with no lead row is the limit of the clause's work (probe6 F2)", () => {
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

describe("the Trade Union's bodies and the mass associations' 'chi hội' (probe6 F5)", () => {
  it.each([
    ["a union of the industrial zones", "Công đoàn các Khu công nghiệp tỉnh chỉ đạo công đoàn cơ sở tổ chức đối thoại; hoàn thành trước ngày 30/6/2025.", [["Công đoàn các Khu công nghiệp tỉnh"]]],
    ["… after 'Giao'", "Giao Công đoàn các Khu công nghiệp tỉnh tổ chức đối thoại.", [["Công đoàn các Khu công nghiệp tỉnh"]]],
    ["the civil servants' union", "Công đoàn Viên chức tỉnh chỉ đạo công đoàn cơ sở tổ chức đối thoại.", [["Công đoàn Viên chức tỉnh"]]],
    ["a branch union", "Công đoàn ngành Giáo dục tỉnh tổ chức đối thoại.", [["Công đoàn ngành Giáo dục tỉnh"]]],
    ["the grassroots unions", "Các công đoàn cơ sở tổ chức đối thoại với người sử dụng lao động.", [["Các công đoàn cơ sở"]]],
    ["the union directly above the grassroots", "Công đoàn cấp trên trực tiếp cơ sở hướng dẫn thành lập công đoàn cơ sở.", [["Công đoàn cấp trên trực tiếp cơ sở"]]],
    ["a village branch of the Women's Union", "Chi hội Phụ nữ thôn tổ chức tổng vệ sinh đường làng.", [["Chi hội Phụ nữ thôn"]]],
    ["a branch and a Youth Union cell", "Chi hội Phụ nữ, Chi đoàn Thanh niên thôn phối hợp với Ban Công tác Mặt trận thôn tổ chức tổng vệ sinh.", [["Chi hội Phụ nữ", "Chi đoàn Thanh niên thôn"]]],
    ["the union levels as one group", "Các công đoàn cơ sở, công đoàn ngành tổ chức đối thoại.", [["Các công đoàn cơ sở, công đoàn ngành"]]],
  ])("%s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });

  it("the branches as support", () => {
    const [task] = read("Ban Công tác Mặt trận thôn chủ trì, phối hợp với Trưởng thôn và các chi hội tổ chức hội nghị.");
    expect(task.support.map((a) => a.text)).toEqual(["Trưởng thôn", "các chi hội"]);
  });

  it.each([
    ["the Labour Federation", "Liên đoàn Lao động các xã, phường tổ chức đối thoại.", [["Liên đoàn Lao động các xã, phường"]]],
    ["a Youth Union cell", "Chi đoàn Thanh niên thôn tổ chức tổng vệ sinh.", [["Chi đoàn Thanh niên thôn"]]],
    ["union staff", "Cán bộ công đoàn cơ sở tổ chức đối thoại.", [["Cán bộ công đoàn cơ sở"]]],
  ])("stays: %s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });
});

describe("a subject list whose first member is unknown keeps the members read (probe6 F5)", () => {
  it.each([
    ["an unknown club, then a known cell", "Câu lạc bộ Người cao tuổi, Chi đoàn Thanh niên thôn tổ chức tổng vệ sinh.", [["Chi đoàn Thanh niên thôn"]]],
    ["… then two known bodies", "Câu lạc bộ Người cao tuổi, Chi đoàn Thanh niên thôn, Hội Nông dân xã tổ chức tổng vệ sinh.", [["Chi đoàn Thanh niên thôn", "Hội Nông dân xã"]]],
  ])("%s", (_, text, expected) => {
    expect(leads(read(text, ["Ủy ban nhân dân xã"]))).toEqual(expected);
  });

  it.each([
    ["a trigger before the list", "Đề nghị Văn phòng Đảng ủy, Văn phòng HĐND và UBND xã phối hợp chuẩn bị hội nghị.", [["Văn phòng Đảng ủy", "Văn phòng HĐND và UBND xã"]]],
    ["a verb before a comma", "Tuyên truyền, vận động cán bộ, đảng viên tham gia.", [["Ủy ban nhân dân xã"]]],
    ["a lower-case body after the comma", "Câu lạc bộ Người cao tuổi, các hộ gia đình tham gia tổng vệ sinh.", [["Ủy ban nhân dân xã"]]],
  ])("stays: %s", (_, text, expected) => {
    expect(leads(read(text, ["Ủy ban nhân dân xã"]))).toEqual(expected);
  });
});

describe("a Phòng before a provincial Party organ is that organ's department (probe6 F8)", () => {
  it.each([
    ["a department of a Ban", "Giao Phòng Tuyên truyền - Văn hóa văn nghệ, Ban Tuyên giáo và Dân vận Tỉnh ủy theo dõi, tổng hợp.", [["Phòng Tuyên truyền - Văn hóa văn nghệ, Ban Tuyên giáo và Dân vận Tỉnh ủy"]]],
    ["a department of the Văn phòng", "Giao Phòng Tổng hợp, Văn phòng Tỉnh ủy theo dõi, tổng hợp.", [["Phòng Tổng hợp, Văn phòng Tỉnh ủy"]]],
    ["… of a city Party committee, as the subject", "Phòng Tổng hợp, Văn phòng Thành ủy theo dõi, tổng hợp.", [["Phòng Tổng hợp, Văn phòng Thành ủy"]]],
  ])("%s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });

  it.each([
    ["a longer list", "Giao Phòng Tổng hợp, Văn phòng Tỉnh ủy và Ban Tổ chức Tỉnh ủy theo dõi, tổng hợp.", [["Phòng Tổng hợp", "Văn phòng Tỉnh ủy", "Ban Tổ chức Tỉnh ủy"]]],
    ["a commune office and the commune's Party office", "Giao Phòng Văn hóa - Xã hội, Văn phòng Đảng ủy xã tham mưu tổ chức hội nghị.", [["Phòng Văn hóa - Xã hội", "Văn phòng Đảng ủy xã"]]],
    ["a district office and a district Party Ban", "Giao Phòng Nội vụ, Ban Tổ chức Huyện ủy rà soát.", [["Phòng Nội vụ", "Ban Tổ chức Huyện ủy"]]],
    ["a Phòng with its own level", "Giao Phòng Kinh tế xã, Ban Tuyên giáo và Dân vận Tỉnh ủy theo dõi.", [["Phòng Kinh tế xã", "Ban Tuyên giáo và Dân vận Tỉnh ủy"]]],
    ["a State body after the comma", "Giao Phòng Tổng hợp, Sở Nội vụ theo dõi.", [["Phòng Tổng hợp", "Sở Nội vụ"]]],
    ["the dash form", "Giao Phòng Tổng hợp - Văn phòng Tỉnh ủy theo dõi.", [["Phòng Tổng hợp - Văn phòng Tỉnh ủy"]]],
  ])("stays: %s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });
});

describe("an approval without a subject assigns nothing either (probe6 F7)", () => {
  it.each([
    ["'thống nhất thông qua'", "Cơ bản thống nhất thông qua báo cáo của Văn phòng Thành ủy."],
    ["'đánh giá cao'", "Đánh giá cao kết quả đạt được của các cấp ủy."],
    ["'tán thành'", "Tán thành với đề xuất của Ban Tổ chức Tỉnh ủy."],
  ])("no task: %s", (_, text) => {
    expect(read(text, ["Ban Thường vụ Thành ủy"])).toEqual([]);
  });

  it.each([
    ["work that opens with 'thống nhất' and a verb", "Thống nhất thực hiện chế độ báo cáo định kỳ.", [["Ban Thường vụ Thành ủy"]]],
  ])("stays: %s", (_, text, expected) => {
    expect(leads(read(text, ["Ban Thường vụ Thành ủy"]))).toEqual(expected);
  });
});
