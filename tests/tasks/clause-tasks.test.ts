/**
 * A clause's tasks (src/tasks/clause-tasks.ts): what assigns nothing (scope articles, approvals,
 * courtesy, an invitation's practical lines, execution formulas), the lead a heading gives and the
 * lead a sentence inherits, a weekly schedule's day as a limit, one task per limit (in a letter's preamble
 * too: src/tasks/preamble-tasks.ts). Each table holds the phrasings that must read one way and those that must stay.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";
import { leads, readAt, tasksOf } from "./clause-fixture.js";

const read = readAt(2025);

describe("scope articles assign nothing", () => {
  it.each([
    ["Đối tượng áp dụng", "Cán bộ, công chức làm việc tại Ủy ban nhân dân xã, phường, đặc khu."],
    ["Phạm vi điều chỉnh", "Thông tư này hướng dẫn việc đánh giá, xếp loại cán bộ, công chức cấp xã."],
    ["Phạm vi điều chỉnh và đối tượng áp dụng", "Các cơ quan, tổ chức có liên quan thực hiện theo quy định tại Nghị quyết này."],
    ["Giải thích từ ngữ", "Cơ quan quản lý là cơ quan có thẩm quyền quản lý cán bộ."],
    ["Hiệu lực thi hành", "Các bộ, ngành thực hiện chế độ báo cáo theo Thông tư này từ ngày 01/4/2026."],
  ])("%s", (heading, text) => {
    expect(tasksOf(text, null, { year: 2026 }, { heading })).toEqual([]);
  });

  it.each([
    ["Tổ chức thực hiện", "Các bộ, ngành báo cáo Bộ Nội vụ trước ngày 15/12/2026.", [["Các bộ, ngành"]]],
    ["Hiệu lực thi hành và trách nhiệm tổ chức thực hiện", "Sở Nội vụ hướng dẫn các xã đánh giá cán bộ.", [["Sở Nội vụ"]]],
    ["Trách nhiệm của cơ quan quản lý đối tượng áp dụng", "Sở Nội vụ hướng dẫn các xã đánh giá cán bộ.", [["Sở Nội vụ"]]],
  ])("stays: %s", (heading, text, expected) => {
    expect(leads(tasksOf(text, null, { year: 2026 }, { heading }))).toEqual(expected);
  });
});

describe("family members folded as the words are; the Party's execution formula", () => {
  const read = readAt(2026);
  it.each([
    ["'đảng đoàn' joins the Party's group (its 'oà' folds as the words do)", "Các ban cán sự đảng, đảng đoàn căn cứ chức năng, nhiệm vụ triển khai thực hiện.", [["Các ban cán sự đảng, đảng đoàn"]]],
  ])("%s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });

  it.each([
    ["a Đoàn decision's formula", "Các tỉnh, thành đoàn, đoàn trực thuộc, các ban, đơn vị thuộc Trung ương Đoàn căn cứ Quyết định thi hành./."],
    ["a Party decision's formula", "Các huyện ủy, thành ủy, đảng ủy trực thuộc căn cứ Quyết định thi hành."],
    ["… of a Quy định", "Các cấp ủy căn cứ Quy định này thực hiện."],
  ])("no task: %s", (_, text) => {
    expect(read(text)).toEqual([]);
  });

  it("stays: a remit before the work", () => {
    expect(leads(read("Các huyện ủy căn cứ Quyết định số 12 xây dựng kế hoạch thực hiện."))).toEqual([["Các huyện ủy"]]);
  });
});

describe("a Giấy mời: invitees and its practical lines assign nothing", () => {
  const read = readAt(2026);
  const letter = (leadIn: string, after: string) =>
    `UBND TỈNH NGHỆ AN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\tĐộc lập - Tự do - Hạnh phúc\nSố: 612/GM-SKHCN\tNghệ An, ngày 03 tháng 3 năm 2026\n\nGIẤY MỜI\nDự Hội nghị triển khai Đề án chuyển đổi số cấp xã năm 2026\n\n${leadIn}\n- Đại diện lãnh đạo Sở Nội vụ, Sở Tài chính;\n- Lãnh đạo Ủy ban nhân dân các xã, phường;\n- Công chức phụ trách chuyển đổi số của Văn phòng HĐND và UBND các xã, phường.\n${after}\nRất mong các đại biểu tham dự đầy đủ, đúng giờ./.\n\nNơi nhận:\tKT. GIÁM ĐỐC\n- Như thành phần mời;\tPHÓ GIÁM ĐỐC\n- Lưu: VT, CĐS.\n\n\tTrần Quốc Thành\n`;
  const logistics = "Đến dự Hội nghị triển khai Đề án chuyển đổi số cấp xã năm 2026.\nThời gian: 08 giờ 00, thứ Năm, ngày 12 tháng 3 năm 2026 (01 buổi).\nĐịa điểm: Hội trường tầng 3, Trung tâm Hội nghị tỉnh.\nThành phần: Giám đốc Sở Khoa học và Công nghệ (chủ trì); lãnh đạo các phòng chuyên môn thuộc Sở.";
  const giao = "Giao Trung tâm Chuyển đổi số tỉnh chuẩn bị tài liệu, hoàn thành trước ngày 11/3/2026.";
  const tasksOfLetter = (text: string) => parse(text).documents[0].tasks.map((t) => [t.lead.map((a) => a.text), t.deadline?.iso ?? null]);

  it.each([
    ["'trân trọng kính mời:'", "Sở Khoa học và Công nghệ trân trọng kính mời:"],
    ["a bare 'Kính mời:' label", "Kính mời:"],
  ])("only the assignment after the invitees is a task: %s", (_, leadIn) => {
    expect(tasksOfLetter(letter(leadIn, `${logistics}\n${giao}`))).toEqual([[["Trung tâm Chuyển đổi số tỉnh"], "2026-03-11"]]);
  });

  it("stays: the items of a lead-in that asks for work are tasks", () => {
    const text = letter("Sở Khoa học và Công nghệ đề nghị các đơn vị thực hiện các nội dung sau:", "").replace(/- Đại diện[^\n]*\n- Lãnh đạo[^\n]*\n- Công chức[^\n]*\n/u, "- Rà soát dữ liệu dân cư của xã;\n- Báo cáo kết quả về Sở trước ngày 20/3/2026.\n");
    expect(tasksOfLetter(text)).toEqual([[["các đơn vị"], null], [["các đơn vị"], "2026-03-20"]]);
  });

  it.each([
    ["the time", "Thời gian: 08 giờ 00, ngày 12/3/2026."],
    ["the place", "Địa điểm: Hội trường tầng 3, Trung tâm Hội nghị tỉnh."],
    ["who attends", "Thành phần: Giám đốc Sở Khoa học và Công nghệ (chủ trì); lãnh đạo các phòng chuyên môn thuộc Sở."],
    ["'Đến dự …'", "Đến dự Hội nghị triển khai Đề án chuyển đổi số."],
  ])("a practical line inherits no lead: %s", (_, text) => {
    expect(read(text, ["Sở Y tế"])).toEqual([]);
  });

  it.each([
    ["a sentence about time", "Tổ chức hội nghị sơ kết, thời gian hoàn thành trong tháng 6/2026.", [["Sở Y tế"]]],
  ])("stays: %s", (_, text, expected) => {
    expect(leads(read(text, ["Sở Y tế"]))).toEqual(expected);
  });
});

describe("courtesy assigns nothing, whoever says it", () => {
  const read = readAt(2026);
  it.each([
    ["a named subject 'rất mong'", "Bảo hiểm xã hội tỉnh Ninh Bình rất mong nhận được sự phối hợp của các cơ quan, đơn vị."],
    ["a Sở 'rất mong'", "Sở Tài chính rất mong nhận được sự phối hợp của các cơ quan, đơn vị."],
    ["'Rất mong' inheriting a lead", "Rất mong các đại biểu tham dự đầy đủ, đúng giờ."],
    ["thanks", "Sở Tài chính xin cảm ơn sự phối hợp của các đơn vị."],
    ["'Trân trọng cảm ơn'", "Trân trọng cảm ơn."],
    ["an invitation", "Sở Y tế trân trọng kính mời đại diện các đơn vị tham dự."],
  ])("%s", (_, text) => {
    expect(read(text, ["Sở Y tế"])).toEqual([]);
  });

  it.each([
    ["a task to invite", "Giao Sở Y tế mời các chuyên gia tham gia Hội đồng.", [["Sở Y tế"]]],
    ["a body asked to attend", "Đề nghị Sở Nội vụ cử đại diện tham dự.", [["Sở Nội vụ"]]],
  ])("stays: %s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });
});

describe("a heading naming the secretary's duties gives the lead", () => {
  it.each([
    ["the council's secretary", "Nhiệm vụ của thư ký Hội đồng", [["thư ký Hội đồng"]]],
    ["the secretariat", "Nhiệm vụ của Tổ thư ký", [["Tổ thư ký"]]],
  ])("%s", (_, heading, expected) => {
    expect(leads(tasksOf("Chuẩn bị tài liệu cho các phiên họp.", null, { year: 2026 }, { heading }))).toEqual(expected);
  });
});

describe("an approval with a subject assigns nothing, and the sentence after it inherits no lead", () => {
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

describe("a sentence whose subject is a state of things assigns nothing", () => {
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

describe("an approval without a subject assigns nothing either", () => {
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

describe("a note in brackets and a sentence about the act itself assign nothing (probe10 F9, probe11 F3)", () => {
  const read = readAt(2026);
  const actions = (text: string, inherited: string[] | null) => read(text, inherited).map((t) => [t.lead.map((a) => a.text), t.action]);
  it.each([
    ["an attachment note after the last sentence", "Thủ trưởng các sở, ban, ngành chịu trách nhiệm sử dụng biên chế. (Có dự thảo Quyết định kèm theo).", null, [[["Thủ trưởng các sở, ban, ngành"], "chịu trách nhiệm sử dụng biên chế"]]],
    ["… without its full stop", "Thủ trưởng các sở, ban, ngành chịu trách nhiệm sử dụng biên chế. (Có dự thảo Quyết định kèm theo)", null, [[["Thủ trưởng các sở, ban, ngành"], "chịu trách nhiệm sử dụng biên chế"]]],
    ["a report sent with the letter", "(Gửi kèm theo Báo cáo số 12/BC-SNV).", ["Sở Nội vụ"], []],
    ["a time note", "(Thời gian từ ngày 04/2 đến ngày 08/2/2026)", ["Ban Thường trực"], []],
    ["the dissemination formula of a Chỉ thị", "Ban Tổ chức Trung ương theo dõi việc thực hiện. Chỉ thị này được phổ biến đến chi bộ.", null, [[["Ban Tổ chức Trung ương"], "theo dõi việc thực hiện"]]],
    ["… inheriting no lead", "Kết luận này được phổ biến đến chi bộ.", ["Ban Tuyên giáo Trung ương"], []],
    ["a Quy định that replaces another", "Quy định này thay thế Quy định số 12-QĐ/TU.", ["Văn phòng Tỉnh ủy"], []],
  ])("%s", (_, text, inherited, expected) => {
    expect(actions(text, inherited)).toEqual(expected);
  });

  it.each([
    ["a sentence opening with a bracketed number", "(1) Họp Ban lãnh đạo dự kiến người giới thiệu.", ["Các cơ quan"], [[["Các cơ quan"], "(1) Họp Ban lãnh đạo dự kiến người giới thiệu"]]],
    ["a body that spreads the act", "Các sở, ngành tổ chức tuyên truyền Chỉ thị này đến cán bộ.", null, [[["Các sở, ngành"], "tổ chức tuyên truyền Chỉ thị này đến cán bộ"]]],
    ["'Kế hoạch' that is no subject", "Các sở xây dựng kế hoạch này và báo cáo UBND tỉnh.", null, [[["Các sở"], "xây dựng kế hoạch này và báo cáo UBND tỉnh"]]],
  ])("stays: %s", (_, text, inherited, expected) => {
    expect(actions(text, inherited)).toEqual(expected);
  });
});

describe("an office holder's own appointment in a schedule assigns nothing (probe11 F4)", () => {
  const read = readAt(2025);
  const actions = (text: string) => read(text).map((t) => [t.lead.map((a) => a.text), t.action]);
  it.each([
    ["attending a conference", "Đồng chí Bí thư Tỉnh ủy dự Hội nghị tổng kết công tác năm 2025.", []],
    ["working with a commune's Party committee", "Đồng chí Nguyễn Văn A, Phó Bí thư Thường trực Tỉnh ủy làm việc với Đảng ủy xã Mỹ Hòa Hưng.", []],
    ["receiving citizens", "Đồng chí Chủ tịch UBND tỉnh tiếp công dân định kỳ.", []],
    ["attending and directing", "Đồng chí Phó Chủ tịch UBND tỉnh dự và chỉ đạo Hội nghị triển khai nhiệm vụ năm 2026.", []],
  ])("%s", (_, text, expected) => {
    expect(actions(text)).toEqual(expected);
  });

  it.each([
    ["asked of him after 'Giao'", "Giao đồng chí Phó Chủ tịch UBND tỉnh dự Hội nghị và chỉ đạo.", [[["đồng chí Phó Chủ tịch UBND tỉnh"], "dự Hội nghị và chỉ đạo"]]],
    ["a body that works with others", "Sở Y tế làm việc với các bệnh viện để thống nhất phương án.", [[["Sở Y tế"], "làm việc với các bệnh viện để thống nhất phương án"]]],
    ["an office holder's work", "Đồng chí Chủ tịch UBND xã chủ trì kiểm tra công tác phòng cháy.", [[["Đồng chí Chủ tịch UBND xã"], "chủ trì kiểm tra công tác phòng cháy"]]],
    ["the preparation of a session", "Ban Tổ chức Tỉnh ủy chuẩn bị nội dung làm việc với Đảng ủy xã Mỹ Hòa Hưng.", [[["Ban Tổ chức Tỉnh ủy"], "chuẩn bị nội dung làm việc với Đảng ủy xã Mỹ Hòa Hưng"]]],
  ])("stays: %s", (_, text, expected) => {
    expect(actions(text)).toEqual(expected);
  });
});

describe("a weekly schedule's day dates the tasks under it that set no limit (probe11 F4)", () => {
  const schedule = (day: string, entries: string) =>
    `TỈNH ỦY AN GIANG\nVĂN PHÒNG\nSố 312-CTr/VPTU\nAn Giang, ngày 07 tháng 11 năm 2025\n\nCHƯƠNG TRÌNH LÀM VIỆC\ncủa Thường trực Tỉnh ủy\n\n${day}\n${entries}\n`;
  const limitsOf = (text: string) =>
    parse(text, { path: "doc.txt" }).documents[0].tasks.map((t) => [t.lead.map((a) => a.text), t.deadline && [t.deadline.text, t.deadline.iso]]);

  it.each([
    ["a day with its day and month", "Thứ Hai (10/11)", [[["Văn phòng Tỉnh ủy"], ["Thứ Hai (10/11)", "2025-11-10"]]]],
    ["a day with its year", "Thứ Hai, ngày 10/11/2025", [[["Văn phòng Tỉnh ủy"], ["Thứ Hai (10/11/2025)", "2025-11-10"]]]],
    ["a day in capitals", "THỨ HAI (10/11)", [[["Văn phòng Tỉnh ủy"], ["THỨ HAI (10/11)", "2025-11-10"]]]],
  ])("%s", (_, day, expected) => {
    expect(limitsOf(schedule(day, "- 7 giờ 30: Đồng chí Bí thư Tỉnh ủy dự Hội nghị giao ban. Văn phòng Tỉnh ủy chuẩn bị."))).toEqual(expected);
  });

  it("stays: a limit of the entry's own", () => {
    expect(limitsOf(schedule("Thứ Ba (11/11)", "- 8 giờ: Đảng ủy UBND tỉnh chuẩn bị báo cáo, gửi Văn phòng Tỉnh ủy trước 16 giờ ngày 10/11/2025."))).toEqual([
      [["Đảng ủy UBND tỉnh"], ["trước 16 giờ ngày 10/11/2025", "2025-11-10T16:00"]],
    ]);
  });

  it("stays: a numbered clause is no day", () => {
    const text = "ỦY BAN NHÂN DÂN TỈNH AN GIANG\nSố: 12/KH-UBND\nAn Giang, ngày 07 tháng 11 năm 2025\n\nKẾ HOẠCH\nPhòng chống dịch\n\n1. Tuyên truyền\n- Sở Y tế chuẩn bị tài liệu.\n";
    expect(limitsOf(text)).toEqual([[["Sở Y tế"], null]]);
  });
});

describe("a weekly schedule's entry: an appointment of whoever it names is no task (probe20 F6)", () => {
  const schedule = (entries: string) =>
    `TỈNH ỦY HÀ TĨNH\nVĂN PHÒNG\nHà Tĩnh, ngày 06 tháng 3 năm 2026\n\nLỊCH CÔNG TÁC TUẦN\ncủa Thường trực Tỉnh ủy\n\nThứ Hai (09/3)\n${entries}\n`;
  const entryTasks = (text: string) => parse(text, { path: "doc.txt" }).documents[0].tasks.map((t) => [t.lead.map((a) => a.text), t.action]);
  const prep = " Văn phòng Tỉnh ủy chuẩn bị nội dung.";
  const kept = [[["Văn phòng Tỉnh ủy"], "chuẩn bị nội dung"]];
  it.each([
    ["chairing a meeting", "- 8h00: Đồng chí Bí thư Tỉnh ủy chủ trì họp Ban Thường vụ Tỉnh ủy."],
    ["going to inspect", "- 14h00: Đồng chí Phó Bí thư Thường trực Tỉnh ủy đi kiểm tra công tác phòng, chống cháy rừng tại xã Hương Khê."],
    ["going on a survey", "- 14h00: Đồng chí Phó Chủ tịch UBND tỉnh đi khảo sát dự án đường ven biển."],
    ["the schedule's owner receiving citizens", "- 8h00: Thường trực Tỉnh ủy tiếp công dân định kỳ."],
    ["a body attending and speaking", "- 8h00: Ban Thường vụ Tỉnh ủy dự và phát biểu tại Hội nghị tổng kết."],
  ])("changes: %s", (_, entry) => {
    expect(entryTasks(schedule(entry + prep))).toEqual(kept);
  });

  it.each([
    ["a preparation", "- 8h00: Văn phòng Tỉnh ủy chuẩn bị nội dung.", kept],
    ["a body reporting at the meeting", "- 8h00: Ban Tổ chức Tỉnh ủy báo cáo Đề án nhân sự.", [[["Ban Tổ chức Tỉnh ủy"], "báo cáo Đề án nhân sự"]]],
    ["an office holder's work that is no appointment", "- 8h00: Đồng chí Chủ tịch UBND xã chủ trì kiểm tra công tác phòng cháy.", [[["Đồng chí Chủ tịch UBND xã"], "chủ trì kiểm tra công tác phòng cháy"]]],
  ])("stays: %s", (_, entry, expected) => {
    expect(entryTasks(schedule(entry))).toEqual(expected);
  });

  it.each([
    ["a body's inspection outside a schedule", "Sở Y tế đi kiểm tra các cơ sở khám bệnh, chữa bệnh tư nhân.", [[["Sở Y tế"], "đi kiểm tra các cơ sở khám bệnh, chữa bệnh tư nhân"]]],
    ["a body chairing a meeting outside a schedule", "Sở Nội vụ chủ trì họp với các sở, ngành để thống nhất phương án.", [[["Sở Nội vụ"], "chủ trì họp với các sở, ngành để thống nhất phương án"]]],
    ["an office holder chairing a conference outside a schedule", "Đồng chí Phó Chủ tịch UBND xã chủ trì hội nghị sơ kết.", [[["Đồng chí Phó Chủ tịch UBND xã"], "chủ trì hội nghị sơ kết"]]],
  ])("stays (no schedule): %s", (_, text, expected) => {
    expect(readAt(2026)(text).map((t) => [t.lead.map((a) => a.text), t.action])).toEqual(expected);
  });
});

describe("a Báo cáo's or Tờ trình's requests ('Đề xuất, kiến nghị') assign nothing (probe20 F7)", () => {
  const doc = (type: string, heading: string, items: string) =>
    `UBND TỈNH ĐỒNG THÁP\nSỞ XÂY DỰNG\nSố: 1126/${type === "BÁO CÁO" ? "BC" : type === "TỜ TRÌNH" ? "TTr" : "SXD-QLN"}-SXD\nĐồng Tháp, ngày 12 tháng 6 năm 2026\n\n${type}\nKết quả thực hiện Chương trình phát triển nhà ở xã hội\nKính gửi: Ủy ban nhân dân tỉnh Đồng Tháp.\nI. KẾT QUẢ THỰC HIỆN\nĐã khởi công 3 dự án.\nII. ${heading}\n${items}\n`;
  const leadsOf = (text: string) => parse(text, { path: "doc.txt" }).documents[0].tasks.map((t) => t.lead.map((a) => a.text));
  const requests = "1. Đề nghị Ủy ban nhân dân tỉnh xem xét, bố trí 50 tỷ đồng cho vay mua nhà ở xã hội.\n2. Kiến nghị Bộ Xây dựng sớm sửa đổi Thông tư số 05/2024/TT-BXD.";
  it.each([
    ["a Báo cáo's 'ĐỀ XUẤT, KIẾN NGHỊ'", doc("BÁO CÁO", "ĐỀ XUẤT, KIẾN NGHỊ", requests)],
    ["a Báo cáo's 'KIẾN NGHỊ'", doc("BÁO CÁO", "KIẾN NGHỊ", requests)],
    ["a Báo cáo's 'Một số kiến nghị'", doc("BÁO CÁO", "Một số kiến nghị", requests)],
    ["a Tờ trình's 'Kiến nghị, đề xuất'", doc("TỜ TRÌNH", "Kiến nghị, đề xuất", requests)],
    ["'Kiến nghị với Bộ Xây dựng'", doc("BÁO CÁO", "Kiến nghị với Bộ Xây dựng", requests)],
  ])("no task: %s", (_, text) => {
    expect(leadsOf(text)).toEqual([]);
  });

  it.each([
    ["a Công văn's 'Đề nghị X …' assigns", doc("CÔNG VĂN", "ĐỀ NGHỊ", requests), [["Ủy ban nhân dân tỉnh"]]],
    ["a Báo cáo's 'Nhiệm vụ' part assigns", doc("BÁO CÁO", "NHIỆM VỤ THỜI GIAN TỚI", "1. Đề nghị Phòng Quản lý nhà hoàn thiện hồ sơ các dự án."), [["Phòng Quản lý nhà"]]],
    ["a Báo cáo's heading that only opens with 'Đề xuất'", doc("BÁO CÁO", "Đề xuất giải pháp, Phòng Quản lý nhà hoàn thiện hồ sơ các dự án", "1. Phòng Quản lý nhà hoàn thiện hồ sơ các dự án."), [["Phòng Quản lý nhà"]]],
  ])("stays: %s", (_, text, expected) => {
    expect(leadsOf(text)).toEqual(expected);
  });
});

describe("a Biên bản's record assigns nothing, its conclusion does (probe20 F11)", () => {
  const minutes = (body: string) =>
    `ỦY BAN NHÂN DÂN\nXÃ PHÚ LỘC\nSố: 07/BB-UBND\nPhú Lộc, ngày 14 tháng 3 năm 2026\n\nBIÊN BẢN\nCuộc họp triển khai công tác phòng, chống hạn hán\nThời gian: 14 giờ 00 phút, ngày 14 tháng 3 năm 2026.\n${body}\n`;
  const tasksOf = (text: string) => parse(text, { path: "doc.txt" }).documents[0].tasks.map((t) => [t.clause, t.lead.map((a) => a.text)]);
  const record = "1. Phòng Kinh tế báo cáo tình hình hạn hán: khoảng 120 ha lúa có nguy cơ thiếu nước.\n2. Ý kiến thảo luận: Trưởng thôn Tân Lập đề nghị xã hỗ trợ máy bơm.";
  it.each([
    ["'Kết luận của Chủ tịch UBND xã:' over items", `${record}\n3. Kết luận của Chủ tịch UBND xã:\n- Giao Phòng Kinh tế rà soát diện tích lúa bị ảnh hưởng.\n- Trạm Y tế xã bảo đảm nước sạch cho các hộ thiếu nước.`, [["3.-1", ["Phòng Kinh tế"]], ["3.-2", ["Trạm Y tế xã"]]]],
    ["'Chủ trì kết luận' as a clause's text, then its points", `${record}\n3. Chủ trì kết luận:\na) Phòng Kinh tế rà soát diện tích lúa bị ảnh hưởng.`, [["3.a", ["Phòng Kinh tế"]]]],
    ["'Phân công nhiệm vụ:' over items", `${record}\n3. Phân công nhiệm vụ:\n- Giao Phòng Kinh tế rà soát diện tích lúa.\n- Trạm Y tế xã cấp nước sạch cho các hộ thiếu nước.`, [["3.-1", ["Phòng Kinh tế"]], ["3.-2", ["Trạm Y tế xã"]]]],
    ["a 'Giao' in the record", `${record}\n3. Giao Phòng Kinh tế tổng hợp ý kiến các thôn.`, [["3", ["Phòng Kinh tế"]]]],
    ["stays: a record point that names a direction in passing", `${record}\n3. Phòng Kinh tế báo cáo việc chỉ đạo các thôn trữ nước.`, []],
    ["no conclusion: the record alone", record, []],
  ])("%s", (_, body, expected) => {
    expect(tasksOf(minutes(body))).toEqual(expected);
  });

  it("'<chair> chỉ đạo:' over items opens the conclusion: its items assign", () => {
    expect(tasksOf(minutes(`${record}\n3. Chủ tịch UBND xã chỉ đạo:\n- Trạm Y tế xã cấp nước sạch cho các hộ thiếu nước.`))).toEqual([["3.-1", ["Trạm Y tế xã"]]]);
    expect(tasksOf(minutes(`${record}\n3. Các thôn nêu ý kiến:\n- Trạm Y tế xã cấp nước sạch cho các hộ thiếu nước.`))).toEqual([]);
  });

  it("stays: the same points in a Thông báo kết luận assign", () => {
    const text = `ỦY BAN NHÂN DÂN\nXÃ PHÚ LỘC\nSố: 07/TB-UBND\nPhú Lộc, ngày 14 tháng 3 năm 2026\n\nTHÔNG BÁO\nKết luận của Chủ tịch UBND xã\n1. Phòng Kinh tế rà soát diện tích lúa bị ảnh hưởng.\n2. Trạm Y tế xã bảo đảm nước sạch cho các hộ thiếu nước.\n`;
    expect(tasksOf(text)).toEqual([["1", ["Phòng Kinh tế"]], ["2", ["Trạm Y tế xã"]]]);
  });
});

describe("'gửi (báo cáo, kết quả, số liệu …) về X': X is whom the task reports to (probe19 W3)", () => {
  const reportsOf = (text: string) => readAt(2026)(text).map((t) => t.reportTo.map((a) => a.text));
  it.each([
    ["'gửi về X'", "Các xã tổng hợp số liệu, gửi về Phòng Nông nghiệp và Môi trường huyện trước ngày 15/3/2026.", [["Phòng Nông nghiệp và Môi trường huyện"]]],
    ["'gửi kết quả về X'", "Các phòng gửi kết quả về Ủy ban nhân dân xã trước ngày 30/3/2026.", [["Ủy ban nhân dân xã"]]],
    ["'gửi số liệu lên X'", "Các đơn vị gửi số liệu lên Sở Giáo dục và Đào tạo trước ngày 30/3/2026.", [["Sở Giáo dục và Đào tạo"]]],
  ])("changes: %s", (_, text, expected) => {
    expect(reportsOf(text)).toEqual(expected);
  });
  it.each([
    ["'gửi báo cáo về X', as before", "Các đơn vị gửi báo cáo về Sở Tài chính trước ngày 25/3/2026.", [["Sở Tài chính"]]],
    ["a dossier sent to be appraised", "Các xã gửi hồ sơ về Sở Tư pháp để thẩm định.", [[]]],
    ["guidance sent down", "Sở Y tế gửi văn bản hướng dẫn về các xã.", [[]]],
    ["pupils sent home", "Các đơn vị gửi học sinh về địa phương.", [[]]],
    // a list of delegates or attendees sent to the organiser registers them, it reports nothing
    ["a list of delegates", "Các cơ quan lập danh sách, gửi danh sách đại biểu về Sở Nội vụ trước ngày 20/3/2026.", [[]]],
    ["a submission ('trình X', README)", "Sở Nội vụ trình Ủy ban nhân dân tỉnh dự thảo Quyết định.", [[]]],
  ])("stays: %s", (_, text, expected) => {
    expect(reportsOf(text)).toEqual(expected);
  });
});

describe("two limits joined by và", () => {
  const read = readAt(2026);
  const limits = (text: string) => read(text).map((t) => t.deadline?.iso ?? t.deadline?.text ?? null);
  it.each([
    ["two dates of a half-yearly report", "Sở Dân tộc và Tôn giáo tổng hợp, báo cáo UBND tỉnh trước ngày 15/6/2026 và trước ngày 15/12/2026.", ["2026-06-15", "2026-12-15"]],
    ["the word form", "Sở Nội vụ báo cáo Chủ tịch UBND tỉnh trước ngày 10 tháng 7 năm 2026 và trước ngày 10 tháng 01 năm 2027.", ["2026-07-10", "2027-01-10"]],
  ])("%s", (_, text, expected) => {
    expect(limits(text)).toEqual(expected);
    const actions = read(text).map((t) => t.action);
    expect(actions[0]).toBe(actions[1]);
  });

  it.each([
    ["alternatives stay one task", "Sở Y tế báo cáo UBND tỉnh trước ngày 15/6/2026 hoặc trước ngày 20/6/2026.", ["2026-06-15"]],
    ["a second stretch after a semicolon, as before", "Sở Y tế báo cáo sơ kết trước ngày 15/6/2026; báo cáo tổng kết trước ngày 15/12/2026.", ["2026-06-15", "2026-12-15"]],
  ])("stays: %s", (_, text, expected) => {
    expect(limits(text)).toEqual(expected);
  });
});

describe("preamble-tasks (src/tasks/preamble-tasks.ts)", () => {
  describe("one task per limit in a one-paragraph letter too; each piece reports only where it says so (probe11 F2)", () => {
    const letter = (body: string) => `TỈNH ỦY CÀ MAU\tĐẢNG CỘNG SẢN VIỆT NAM
VĂN PHÒNG
Số 1875-CV/VPTU\tCà Mau, ngày 02 tháng 4 năm 2026
V/v triển khai Kết luận số 45-KL/TW

Kính gửi: Các đảng ủy trực thuộc Tỉnh ủy.

${body}
`;
    const rows = (text: string) => parse(text, { path: "doc.txt" }).documents[0].tasks.map((t) => [t.clause, t.deadline?.iso ?? null, t.reportTo.map((a) => a.text)]);
    const body = "Văn phòng Tỉnh ủy đề nghị các đảng ủy trực thuộc tổ chức quán triệt Kết luận đến chi bộ, hoàn thành trước ngày 30/4/2026; báo cáo kết quả về Ban Thường vụ Tỉnh ủy trước ngày 10/5/2026.";
    it.each([
      ["in the preamble", letter(body), [[null, "2026-04-30", []], [null, "2026-05-10", ["Ban Thường vụ Tỉnh ủy"]]]],
      ["in a numbered clause", letter("1. Các đảng ủy trực thuộc tổ chức quán triệt Kết luận đến chi bộ, hoàn thành trước ngày 30/4/2026; báo cáo kết quả về Ban Thường vụ Tỉnh ủy trước ngày 10/5/2026."), [["1", "2026-04-30", []], ["1", "2026-05-10", ["Ban Thường vụ Tỉnh ủy"]]]],
    ])("%s", (_, text, expected) => {
      expect(rows(text)).toEqual(expected);
    });

    it.each([
      ["one limit in the preamble", letter("Văn phòng Tỉnh ủy đề nghị các đảng ủy trực thuộc tổ chức quán triệt Kết luận, báo cáo kết quả về Ban Thường vụ Tỉnh ủy trước ngày 10/5/2026."), [[null, "2026-05-10", ["Ban Thường vụ Tỉnh ủy"]]]],
      ["a later piece that reports keeps the addressee", letter("1. Các bộ báo cáo Thủ tướng Chính phủ vào thứ Sáu hàng tuần; báo cáo tổng thể kết quả thực hiện trước ngày 05/7/2026."), [["1", null, ["Thủ tướng Chính phủ"]], ["1", "2026-07-05", ["Thủ tướng Chính phủ"]]]],
    ])("stays: %s", (_, text, expected) => {
      expect(rows(text)).toEqual(expected);
    });
  });
});

describe("a body's composition names roles, no work", () => {
  const who = (text: string) => read(text).map((t) => [t.lead.map((a) => a.text), t.action]);
  it.each([
    ["'do X làm Trưởng ban' after 'gồm N thành viên'", "Thành lập Ban chỉ đạo phổ cập giáo dục huyện gồm 09 thành viên do đồng chí Phó Chủ tịch UBND huyện làm Trưởng ban."],
    ["'do X làm Tổ trưởng' and the members", "Thành lập Tổ công tác do đồng chí Giám đốc Sở Nội vụ làm Tổ trưởng, các thành viên gồm đại diện các sở."],
    ["a composition with two roles", "Ban Chỉ đạo gồm 12 thành viên do Chủ tịch UBND tỉnh làm Trưởng ban, Giám đốc Sở Y tế làm Phó Trưởng ban."],
  ])("no task: %s", (_, text) => {
    expect(who(text)).toEqual([]);
  });

  it.each([
    ["setting up a body is work", "Giao Sở Y tế chủ trì thành lập Tổ công tác do đồng chí Giám đốc làm Tổ trưởng.", [[["Sở Y tế"], "chủ trì thành lập Tổ công tác do đồng chí Giám đốc làm Tổ trưởng"]]],
    ["a role followed by work in lower case", "Đồng chí Phó Chủ tịch UBND huyện làm Trưởng ban chỉ đạo việc triển khai.", [[["Đồng chí Phó Chủ tịch UBND huyện"], "làm Trưởng ban chỉ đạo việc triển khai"]]],
    ["'làm' as work", "Sở Nội vụ làm đầu mối tổng hợp kết quả.", [[["Sở Nội vụ"], "làm đầu mối tổng hợp kết quả"]]],
  ])("stays: %s", (_, text, expected) => {
    expect(who(text)).toEqual(expected);
  });
});

describe("dates listed after one limit word: one task each, the whole action", () => {
  it.each([
    ["by 'và'", "Sở Y tế báo cáo UBND tỉnh trước 15/01 và 15/02/2026.", ["2026-01-15", "2026-02-15"]],
    ["by commas and 'và'", "Sở Y tế báo cáo trước ngày 15/01, 15/4, 15/7 và 15/10/2026.", ["2026-01-15", "2026-04-15", "2026-07-15", "2026-10-15"]],
  ])("%s", (_, text, expected) => {
    const tasks = read(text);
    expect(tasks.map((t) => t.deadline?.iso)).toEqual(expected);
    expect(new Set(tasks.map((t) => t.action)).size).toBe(1);
  });

  it("stays: two limits of two pieces cut at ';'", () => {
    const tasks = read("Sở Y tế hoàn thành kiểm tra trước ngày 10/02/2025; báo cáo kết quả về UBND tỉnh trước ngày 20/02/2025.");
    expect(tasks.map((t) => [t.action, t.deadline?.iso])).toEqual([
      ["hoàn thành kiểm tra trước ngày 10/02/2025", "2025-02-10"],
      ["báo cáo kết quả về UBND tỉnh trước ngày 20/02/2025", "2025-02-20"],
    ]);
  });
});

describe("the desk a report goes through: 'via'", () => {
  const via = (text: string) => read(text).map((t) => [t.reportTo.map((a) => a.text), t.via?.map((a) => a.text) ?? null]);
  it.each([
    ["'(qua X)' after the addressee", "Sở Nội vụ báo cáo kết quả về UBND tỉnh (qua Sở Nội vụ) trước ngày 20/02/2025.", [[["UBND tỉnh"], ["Sở Nội vụ"]]]],
    ["'(thông qua X)'", "Các sở, ngành báo cáo Chủ tịch UBND tỉnh (thông qua Văn phòng UBND tỉnh) trước ngày 15/3/2025.", [[["Chủ tịch UBND tỉnh"], ["Văn phòng UBND tỉnh"]]]],
    ["two desks", "Sở Y tế báo cáo UBND tỉnh (qua Sở Tài chính, Sở Nội vụ).", [[["UBND tỉnh"], ["Sở Tài chính", "Sở Nội vụ"]]]],
  ])("%s", (_, text, expected) => {
    expect(via(text)).toEqual(expected);
  });

  it.each([
    ["no bracket: no key", "Sở Y tế báo cáo UBND tỉnh trước ngày 15/3/2025.", [[["UBND tỉnh"], null]]],
    ["another bracket after the addressee", "Sở Y tế báo cáo UBND tỉnh (để chỉ đạo) trước ngày 15/3/2025.", [[["UBND tỉnh"], null]]],
  ])("stays: %s", (_, text, expected) => {
    expect(via(text)).toEqual(expected);
  });

  it("a report with no '(qua …)' has no 'via' key at all (the field is optional)", () => {
    expect(Object.keys(read("Sở Y tế báo cáo UBND tỉnh trước ngày 15/3/2025.")[0])).not.toContain("via");
  });
});

it("the document's tasks keep 'via'", () => {
  const doc = parse("UBND TỈNH X\nSố: 12/UBND-VX\nX, ngày 10 tháng 12 năm 2025\nV/v báo cáo\n\n1. Sở Y tế báo cáo kết quả về UBND tỉnh (qua Sở Nội vụ) trước ngày 15/01/2026.\n", { path: "doc.txt" }).documents[0];
  expect(doc.tasks.map((t) => t.via?.map((a) => a.text))).toEqual([["Sở Nội vụ"]]);
});

describe("a piece that only reports takes no partner of another piece", () => {
  const who = (text: string) => read(text).map((t) => [t.action, t.support.map((a) => a.text)]);
  it("changes: the report piece after ';'", () => {
    expect(who("Sở Nội vụ chủ trì, phối hợp với Ủy ban MTTQ Việt Nam tỉnh tổ chức thăm hỏi, hoàn thành trước ngày 10/02/2025; báo cáo kết quả về UBND tỉnh trước ngày 20/02/2025.")).toEqual([
      ["chủ trì, phối hợp với Ủy ban MTTQ Việt Nam tỉnh tổ chức thăm hỏi, hoàn thành trước ngày 10/02/2025", ["Ủy ban MTTQ Việt Nam tỉnh"]],
      ["báo cáo kết quả về UBND tỉnh trước ngày 20/02/2025", []],
    ]);
  });

  it.each([
    ["'định kỳ 6 tháng' before the report", "Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Công an tỉnh kiểm tra phương án phòng cháy, hoàn thành trước ngày 30/11/2025; định kỳ 6 tháng báo cáo UBND tỉnh."],
    ["'định kỳ hằng quý' before the report", "Sở Tài chính chủ trì, phối hợp với Sở Nội vụ rà soát định mức, hoàn thành trước ngày 30/11/2025; định kỳ hằng quý báo cáo UBND tỉnh."],
    ["'hằng quý' before the report", "Sở Tài chính chủ trì, phối hợp với Sở Nội vụ rà soát định mức, hoàn thành trước ngày 30/11/2025; hằng quý báo cáo UBND tỉnh."],
    ["a date before the report", "Sở Tài chính chủ trì, phối hợp với Sở Nội vụ rà soát định mức, hoàn thành trước ngày 30/11/2025; trước ngày 15/12/2025 báo cáo UBND tỉnh."],
  ])("changes: the report piece opened by its limit (%s)", (_, text) => {
    const [work, report] = read(text);
    expect(work.support.length).toBe(1);
    expect(report.action).toMatch(/báo cáo UBND tỉnh$/u);
    expect(report.support).toEqual([]);
    expect(report.reportTo.map((a) => a.text)).toEqual(["UBND tỉnh"]);
  });

  it.each([
    ["a working piece keeps them", "Sở Y tế phối hợp với Sở Tài chính rà soát hồ sơ trước ngày 10/02/2025; hoàn thiện dự thảo trước ngày 20/02/2025.", [["Sở Tài chính"], ["Sở Tài chính"]]],
    ["a working piece opened by its limit keeps them", "Sở Y tế phối hợp với Sở Tài chính rà soát hồ sơ trước ngày 10/02/2025; trước ngày 20/02/2025 hoàn thiện dự thảo.", [["Sở Tài chính"], ["Sở Tài chính"]]],
    ["a periodic report piece that names its partner keeps it", "Sở Y tế phối hợp với Sở Tài chính rà soát hồ sơ trước ngày 10/02/2025; định kỳ hằng quý báo cáo UBND tỉnh cùng Sở Tài chính.", [["Sở Tài chính"], ["Sở Tài chính"]]],
    ["one limit: one task, as before", "Sở Y tế phối hợp với Sở Tài chính rà soát hồ sơ, báo cáo UBND tỉnh trước ngày 10/02/2025.", [["Sở Tài chính"]]],
  ])("stays: %s", (_, text, expected) => {
    expect(read(text).map((t) => t.support.map((a) => a.text))).toEqual(expected);
  });
});

describe("a heading 'Đề nghị X' over a plain paragraph leads the clause's own sentences", () => {
  const under = (heading: string, text: string) => tasksOf(text, null, { year: 2026 }, { heading }).map((t) => [t.lead.map((a) => a.text), t.deadline?.iso ?? null]);
  it.each([
    ["'Đề nghị X và Y'", "Đề nghị Ủy ban MTTQ Việt Nam xã và các đoàn thể", [[["Ủy ban MTTQ Việt Nam xã", "các đoàn thể"], "2026-03-23"]]],
    ["… with a colon", "Đề nghị Ủy ban MTTQ Việt Nam xã:", [[["Ủy ban MTTQ Việt Nam xã"], "2026-03-23"]]],
    ["'Giao X'", "Giao Phòng Văn hóa - Xã hội", [[["Phòng Văn hóa - Xã hội"], "2026-03-23"]]],
  ])("%s", (_, heading, expected) => {
    expect(under(heading, "Vận động đoàn viên, hội viên tham gia, gửi danh sách trước ngày 23/3/2026.")).toEqual(expected);
  });

  it.each([
    ["a heading of names alone, as before", "Ủy ban MTTQ Việt Nam xã", [[["Ủy ban MTTQ Việt Nam xã"], "2026-03-23"]]],
    ["a heading that is itself work: no lead, no task", "Đề nghị tổ chức hội nghị sơ kết", []],
    ["'Yêu cầu' as a title: no lead, no task", "Yêu cầu", []],
  ])("stays: %s", (_, heading, expected) => {
    expect(under(heading, "Vận động đoàn viên, hội viên tham gia, gửi danh sách trước ngày 23/3/2026.")).toEqual(expected);
  });
});

describe("the content's end mark './.' belongs to no action", () => {
  it.each([
    ["a clause's last sentence", "Giao Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện Công điện này./.", "theo dõi, đôn đốc việc thực hiện Công điện này"],
    ["a report piece after a work piece", "Sở Y tế rà soát hồ sơ trước ngày 10/02/2025; báo cáo UBND tỉnh trước ngày 20/02/2025./.", "báo cáo UBND tỉnh trước ngày 20/02/2025"],
  ])("a task's action: %s", (_, text, expected) => {
    expect(read(text).at(-1)!.action).toBe(expected);
  });
});

describe("a lead-in over items that only says who directs gives no task of its own: its items are the work", () => {
  const notice = (heading: string) =>
    `ỦY BAN NHÂN DÂN\nXÃ PHÚ LỘC\nSố: 07/TB-UBND\nPhú Lộc, ngày 14 tháng 3 năm 2026\n\nTHÔNG BÁO\nKết luận cuộc họp\n1. Phòng Kinh tế báo cáo tình hình.\n2. ${heading}\n- Trạm Y tế xã cấp nước sạch cho các hộ thiếu nước.\n`;
  const clausesOf = (heading: string) => parse(notice(heading), { path: "tb.txt" }).documents[0].tasks.map((t) => t.clause);
  it.each([
    ["Chủ tịch UBND xã chỉ đạo:"],
    ["Thường trực Tỉnh ủy kết luận, chỉ đạo như sau:"],
    ["Chủ tịch UBND tỉnh yêu cầu:"],
    ["Sở Y tế chủ trì:"],
  ])("changes: %s", (heading) => {
    expect(clausesOf(heading)).toEqual(["1", "2.-1"]);
  });
  it.each([
    ["a lead-in with an object", "Sở Y tế chỉ đạo các bệnh viện:"],
  ])("stays: %s", (_, heading) => {
    expect(clausesOf(heading)).toEqual(["1", "2", "2.-1"]);
  });
});
