/**
 * The second reader's fifth probe: fronted time adverbials, passive triggers inside a restrictive
 * clause, monthly day limits. Each table holds the phrasings that must change and those that must stay.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";
import { findDeadlines } from "../../src/tasks/deadline.js";
import type { Task } from "../../src/types.js";
import { leads, tasksOf } from "./clause-fixture.js";

const read = (text: string, inherited: string[] | null = null) => tasksOf(text, inherited, { year: 2026 });
const limits = (tasks: Task[]) => tasks.map((t) => t.deadline && [t.deadline.text, t.deadline.kind, t.deadline.iso]);

describe("a fronted time adverbial before the subject (probe5 row 2)", () => {
  it.each([
    ["a monthly report", "Hằng tháng, Phòng 7 báo cáo kết quả về Viện kiểm sát nhân dân tỉnh.", [["Phòng 7"]], [["Hằng tháng", "relative", null]]],
    ["'hàng' spelling", "Hàng tuần, Sở Y tế báo cáo tình hình dịch bệnh về UBND tỉnh.", [["Sở Y tế"]], [["Hàng tuần", "relative", null]]],
    ["every six months", "Định kỳ 6 tháng, Sở Tài chính báo cáo kết quả về UBND tỉnh.", [["Sở Tài chính"]], [["Định kỳ 6 tháng", "relative", null]]],
    ["a quarterly regime with a plural subject", "Định kỳ hằng quý, các đơn vị báo cáo kết quả về UBND tỉnh.", [["các đơn vị"]], [["hằng quý", "relative", null]]],
    ["a month", "Trong tháng 3/2026, Sở Tài chính báo cáo kết quả về UBND tỉnh.", [["Sở Tài chính"]], [["Trong tháng 3/2026", "relative", null]]],
    ["a calendar limit fronted", "Trước ngày 15/4/2026, UBND các xã rà soát hồ sơ đất đai.", [["UBND các xã"]], [["Trước ngày 15/4/2026", "date", "2026-04-15"]]],
    ["a monthly regime and a day of the month", "Định kỳ hằng tháng, Phòng 7 báo cáo kết quả về Viện kiểm sát tỉnh trước ngày 25.", [["Phòng 7"]], [["trước ngày 25", "relative", null]]],
    ["the action's own limit wins", "Trong quý II/2026, Sở Nội vụ trình UBND tỉnh đề án trước ngày 30/5/2026.", [["Sở Nội vụ"]], [["trước ngày 30/5/2026", "date", "2026-05-30"]]],
  ])("%s", (_, text, expected, deadline) => {
    const tasks = read(text);
    expect(leads(tasks)).toEqual(expected);
    expect(limits(tasks)).toEqual(deadline);
  });

  it.each([
    ["a frequency before work that is no report", "Hằng tháng, Sở Y tế kiểm tra các cơ sở.", [["Sở Y tế"]], [null]],
    ["a condition with a date is no limit of the action", "Đối với hồ sơ nộp trước ngày 01/7/2025, Sở Tư pháp tiếp tục giải quyết.", [["Sở Tư pháp"]], [null]],
    ["the same sentence without the fronted time", "Sở Tài chính báo cáo kết quả về UBND tỉnh.", [["Sở Tài chính"]], [null]],
  ])("stays: %s", (_, text, expected, deadline) => {
    const tasks = read(text);
    expect(leads(tasks)).toEqual(expected);
    expect(limits(tasks)).toEqual(deadline);
  });

  it.each([
    ["no subject after it: the inherited lead reports monthly", "Hằng tháng, báo cáo kết quả về Viện kiểm sát nhân dân tỉnh.", [["Hằng tháng", "relative", null]]],
    ["… quarterly", "Định kỳ hằng quý, tổng hợp báo cáo UBND tỉnh.", [["hằng quý", "relative", null]]],
    ["… work that is no report keeps no frequency", "Hằng tháng, kiểm tra các cơ sở.", [null]],
  ])("an inherited lead: %s", (_, text, deadline) => {
    expect(limits(read(text, ["Phòng 7"]))).toEqual(deadline);
  });

  it.each([
    ["no agency after the comma", "Hằng tháng, việc tổng hợp số liệu còn chậm."],
    ["no verb after the body", "Trong năm 2025, Nhân dân ta trong sự nghiệp đổi mới."],
  ])("assigns nothing: %s", (_, text) => {
    expect(read(text)).toEqual([]);
  });
});

describe("a day of the month in a monthly regime (probe5 row 14)", () => {
  const found = (text: string) => findDeadlines(text, { year: 2025, lines: [1, 1] }).map((d) => [d.deadline.text, d.deadline.kind, d.deadline.iso]);
  it.each([
    [
      "'hằng tháng' earlier in the clause, and a yearly limit after the ';'",
      "Định kỳ hằng tháng báo cáo kết quả về Viện kiểm sát nhân dân tỉnh (qua Phòng 2) truớc ngày 25; báo cáo tổng hợp năm 2025 gửi trước ngày 05/12/2025.",
      [["truớc ngày 25", "relative", null], ["trước ngày 05/12/2025", "date", "2025-12-05"]],
    ],
    [
      "'hằng tháng' after the report",
      "Phòng 7 báo cáo kết quả hằng tháng về Viện kiểm sát nhân dân tỉnh trước ngày 25; báo cáo năm gửi trước ngày 05/12/2025.",
      [["trước ngày 25", "relative", null], ["trước ngày 05/12/2025", "date", "2025-12-05"]],
    ],
  ])("%s", (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ["no regime: a day alone is no limit", "Sở Y tế báo cáo kết quả trước ngày 25.", []],
    ["the regime in another clause", "Định kỳ hằng tháng báo cáo tiến độ; hoàn thành đề án trước ngày 25.", []],
    ["a day and a month", "Định kỳ hằng tháng báo cáo; tổng kết trước ngày 25/12.", [["trước ngày 25/12", "date", "2025-12-25"]]],
    ["the day with its frequency, as before", "Phòng 7 báo cáo kết quả trước ngày 25 hằng tháng.", [["ngày 25 hằng tháng", "relative", null]]],
    ["a report's frequency alone, as before", "Phòng 7 báo cáo kết quả hằng tháng về Viện kiểm sát tỉnh.", [["hằng tháng", "relative", null]]],
  ])("stays: %s", (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("a passive trigger inside a restrictive clause (probe5 row 5)", () => {
  it.each([
    ["'được phân công chủ trì'", "Các phòng, đơn vị được phân công chủ trì có trách nhiệm xây dựng kế hoạch chi tiết, báo cáo Giám đốc Sở trước ngày 25/3/2026.", [["Các phòng, đơn vị được phân công chủ trì"]], "có trách nhiệm xây dựng kế hoạch chi tiết, báo cáo Giám đốc Sở trước ngày 25/3/2026"],
    ["'được giao chủ trì'", "Các cơ quan, đơn vị được giao chủ trì có trách nhiệm báo cáo UBND tỉnh.", [["Các cơ quan, đơn vị được giao chủ trì"]], "có trách nhiệm báo cáo UBND tỉnh"],
    ["'được giao nhiệm vụ chủ trì'", "Các đơn vị được giao nhiệm vụ chủ trì có trách nhiệm xây dựng kế hoạch.", [["Các đơn vị được giao nhiệm vụ chủ trì"]], "có trách nhiệm xây dựng kế hoạch"],
    ["'được giao phối hợp'", "Các sở được giao phối hợp chịu trách nhiệm cung cấp số liệu.", [["Các sở được giao phối hợp"]], "chịu trách nhiệm cung cấp số liệu"],
    ["a passive of another verb", "Công chức được bố trí vào vị trí kế toán có trách nhiệm báo cáo.", [["Công chức được bố trí vào vị trí kế toán"]], "có trách nhiệm báo cáo"],
  ])("%s", (_, text, expected, action) => {
    const tasks = read(text);
    expect(leads(tasks)).toEqual(expected);
    expect(tasks[0].action).toBe(action);
  });

  it.each([
    ["a body that was given the lead, no duty after it", "Sở Y tế được giao chủ trì xây dựng kế hoạch."],
    ["a request recalled from before", "Thủ tướng Chính phủ đã giao Bộ Tài chính chủ trì xây dựng đề án."],
    ["a passive description", "Các đơn vị được giao chủ trì xây dựng kế hoạch."],
  ])("assigns nothing: %s", (_, text) => {
    expect(read(text)).toEqual([]);
  });
});

describe("a Giấy mời: invitees and its practical lines assign nothing (probe5 row 3b)", () => {
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

describe("courtesy assigns nothing, whoever says it (probe5 row 10)", () => {
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

describe("courts and procuracies with their level or region (probe5 row 6)", () => {
  it.each([
    ["a procuracy of a numbered region", "Viện kiểm sát nhân dân khu vực 1 chủ trì tổng hợp số liệu.", [["Viện kiểm sát nhân dân khu vực 1"]], "chủ trì tổng hợp số liệu"],
    ["a court of a numbered region", "Tòa án nhân dân khu vực 2 phối hợp cung cấp hồ sơ.", [["Tòa án nhân dân khu vực 2"]], "phối hợp cung cấp hồ sơ"],
    ["abbreviated", "Viện KSND khu vực 3 chủ trì rà soát hồ sơ.", [["Viện KSND khu vực 3"]], "chủ trì rà soát hồ sơ"],
    ["TAND", "TAND khu vực 5 báo cáo TAND tỉnh.", [["TAND khu vực 5"]], "báo cáo TAND tỉnh"],
    ["the head of the regional procuracies", "Yêu cầu Viện trưởng Viện kiểm sát nhân dân khu vực rà soát hồ sơ.", [["Viện trưởng Viện kiểm sát nhân dân khu vực"]], "rà soát hồ sơ"],
    ["all the regions", "Chánh án Tòa án nhân dân các khu vực báo cáo kết quả xét xử.", [["Chánh án Tòa án nhân dân các khu vực"]], "báo cáo kết quả xét xử"],
    ["the supreme procuracy", "Giao VKSND tối cao hướng dẫn nghiệp vụ.", [["VKSND tối cao"]], "hướng dẫn nghiệp vụ"],
    ["a numbered department of a procuracy", "Phòng 2 Viện kiểm sát nhân dân tỉnh có trách nhiệm theo dõi.", [["Phòng 2 Viện kiểm sát nhân dân tỉnh"]], "có trách nhiệm theo dõi"],
  ])("%s", (_, text, expected, action) => {
    const tasks = read(text);
    expect(leads(tasks)).toEqual(expected);
    expect(tasks[0].action).toBe(action);
  });

  it.each([
    ["a provincial court, as before", "Tòa án nhân dân tỉnh An Giang phối hợp cung cấp bản án.", [["Tòa án nhân dân tỉnh An Giang"]]],
    ["a Treasury region", "Kho bạc Nhà nước khu vực XIII chủ trì tổng hợp số liệu.", [["Kho bạc Nhà nước khu vực XIII"]]],
    ["a numbered department alone", "Phòng 7 chủ trì tổng hợp kết quả.", [["Phòng 7"]]],
    ["the people of an area: 'khu vực' is no level there", "Nhân dân khu vực biên giới tham gia bảo vệ.", [["Nhân dân"]]],
    ["a provincial committee", "Ủy ban nhân dân tỉnh chỉ đạo các sở.", [["Ủy ban nhân dân tỉnh"]]],
  ])("stays: %s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });
});

describe("the secretary of a council and its secretariat (probe5 row 12)", () => {
  it.each([
    ["a secretary of a council", "Thư ký Hội đồng ghi biên bản các phiên họp, tổng hợp ý kiến của các thành viên.", [["Thư ký Hội đồng"]], "ghi biên bản các phiên họp, tổng hợp ý kiến của các thành viên"],
    ["… with a duty", "Thư ký Hội đồng có trách nhiệm gửi hồ sơ về Phòng Giáo dục phổ thông.", [["Thư ký Hội đồng"]], "có trách nhiệm gửi hồ sơ về Phòng Giáo dục phổ thông"],
    ["the head of a secretariat ('ký' is no verb there)", "Tổ trưởng Tổ thư ký chủ trì tổng hợp hồ sơ.", [["Tổ trưởng Tổ thư ký"]], "chủ trì tổng hợp hồ sơ"],
    ["a secretariat asked", "Giao Tổ thư ký tổng hợp ý kiến.", [["Tổ thư ký"]], "tổng hợp ý kiến"],
    ["a secretariat unit", "Bộ phận thư ký có trách nhiệm ghi biên bản.", [["Bộ phận thư ký"]], "có trách nhiệm ghi biên bản"],
  ])("%s", (_, text, expected, action) => {
    const tasks = read(text);
    expect(leads(tasks)).toEqual(expected);
    expect(tasks[0].action).toBe(action);
  });

  it.each([
    ["the chairman, as before", "Chủ tịch Hội đồng chủ trì các phiên họp.", [["Chủ tịch Hội đồng"]]],
    ["a council's members, as before", "Các thành viên Hội đồng có trách nhiệm nghiên cứu tài liệu.", [["Các thành viên Hội đồng"]]],
    ["a lower-case council name still closed by its verb", "Ban Quản lý dự án đầu tư xây dựng tỉnh chủ trì.", [["Ban Quản lý dự án đầu tư xây dựng tỉnh"]]],
  ])("stays: %s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });
});

describe("the commune-level tax offices and a region's province (probe5 row 13)", () => {
  const support = (tasks: Task[]) => tasks.map((t) => t.support.map((a) => a.text));
  it.each([
    ["a numbered tax office of a province", "Thuế cơ sở 2 tỉnh An Giang chủ trì đối chiếu số liệu.", [["Thuế cơ sở 2 tỉnh An Giang"]], [[]]],
    ["… asked", "Giao Thuế cơ sở 5 thành phố Hà Nội hướng dẫn người nộp thuế.", [["Thuế cơ sở 5 thành phố Hà Nội"]], [[]]],
    ["as support, before a verb that opens with a function word", "Bảo hiểm xã hội cơ sở chủ trì, phối hợp với Thuế cơ sở đối chiếu dữ liệu.", [["Bảo hiểm xã hội cơ sở"]], [["Thuế cơ sở"]]],
    ["a regional court with its province after a dash", "Tòa án nhân dân khu vực 1 - An Giang phối hợp cung cấp hồ sơ.", [["Tòa án nhân dân khu vực 1 - An Giang"]], [[]]],
  ])("%s", (_, text, expected, supported) => {
    const tasks = read(text);
    expect(leads(tasks)).toEqual(expected);
    expect(support(tasks)).toEqual(supported);
  });

  it.each([
    ["a provincial tax office, as before", "Thuế tỉnh Nghệ An chủ trì kiểm tra.", [["Thuế tỉnh Nghệ An"]]],
    ["a lower-case tax body, as before", "Cơ quan thuế cơ sở chủ trì.", [["Cơ quan thuế cơ sở"]]],
  ])("stays: %s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });

  it("stays: 'thuế' in lower case is no head", () => {
    expect(read("Các doanh nghiệp nộp thuế cơ sở 2 đúng hạn.").map((t) => t.lead.map((a) => a.text))).not.toContainEqual(["thuế cơ sở 2"]);
  });
});

describe("the departments of a Công an tỉnh are whole names (probe5 row 16)", () => {
  const support = (tasks: Task[]) => tasks.map((t) => t.support.map((a) => a.text));
  it.each([
    ["traffic police ('giao' is no verb there)", "Phòng Cảnh sát giao thông triển khai kế hoạch tuần tra, kiểm soát.", [["Phòng Cảnh sát giao thông"]], [[]], "triển khai kế hoạch tuần tra, kiểm soát"],
    ["a field with 'về'", "Phòng Cảnh sát quản lý hành chính về trật tự xã hội hướng dẫn Công an các xã, phường.", [["Phòng Cảnh sát quản lý hành chính về trật tự xã hội"]], [[]], "hướng dẫn Công an các xã, phường"],
    ["as support, a verb of one word after it", "Phòng Cảnh sát hình sự chủ trì, phối hợp với Phòng Cảnh sát điều tra tội phạm về ma túy mở các đợt tấn công.", [["Phòng Cảnh sát hình sự"]], [["Phòng Cảnh sát điều tra tội phạm về ma túy"]], "chủ trì, phối hợp với Phòng Cảnh sát điều tra tội phạm về ma túy mở các đợt tấn công"],
    ["a field with commas and 'và'", "Giao Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ kiểm tra các cơ sở.", [["Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ"]], [[]], "kiểm tra các cơ sở"],
    ["a numbered team", "Đội Cảnh sát giao thông số 2 tuần tra trên tuyến.", [["Đội Cảnh sát giao thông số 2"]], [[]], "tuần tra trên tuyến"],
    ["with its code", "Phòng Cảnh sát hình sự (PC02) chủ trì xác minh.", [["Phòng Cảnh sát hình sự (PC02)"]], [[]], "chủ trì xác minh"],
  ])("%s", (_, text, expected, supported, action) => {
    const tasks = read(text);
    expect(leads(tasks)).toEqual(expected);
    expect(support(tasks)).toEqual(supported);
    expect(tasks[0].action).toBe(action);
  });

  it.each([
    ["a department of a named Công an", "Phòng Cảnh sát giao thông Công an tỉnh chủ trì.", [["Phòng Cảnh sát giao thông Công an tỉnh"]]],
    ["… of its level", "Phòng Cảnh sát giao thông tỉnh chủ trì.", [["Phòng Cảnh sát giao thông tỉnh"]]],
    ["a Sở field that starts alike", "Sở Giao thông vận tải chủ trì.", [["Sở Giao thông vận tải"]]],
    ["a verb after a Sở is still its action", "Sở Y tế tham mưu UBND tỉnh ban hành kế hoạch.", [["Sở Y tế"]]],
    ["a code as the name", "Phòng PC08 chủ trì tuần tra.", [["Phòng PC08"]]],
  ])("stays: %s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });
});

describe("'… do X trình / xây dựng.' closing a noun phrase names an author (probe5 row 9)", () => {
  it.each([
    ["a draft submitted", "Hoàn thiện dự thảo Kế hoạch phòng, chống thiên tai năm 2026 do Cục Quản lý đê điều và Phòng, chống thiên tai trình.", ["Vụ Kế hoạch"], [["Vụ Kế hoạch"]]],
    ["a scheme drafted", "Tiếp tục hoàn thiện dự thảo Đề án do Cục Thủy lợi xây dựng.", ["Vụ Kế hoạch"], [["Vụ Kế hoạch"]]],
    ["no lead to inherit: no task", "Tiếp tục hoàn thiện dự thảo Đề án do Cục Thủy lợi xây dựng.", null, []],
    ["the author before a comma", "Nghiên cứu báo cáo do Sở Y tế trình, đề xuất giải pháp.", null, []],
  ])("%s", (_, text, inherited, expected) => {
    expect(leads(read(text, inherited))).toEqual(expected);
  });

  it.each([
    ["who leads a consultation", "Việc lấy ý kiến cử tri do người đứng đầu cơ quan chủ trì.", [["người đứng đầu cơ quan"]]],
    ["who directs", "Ở Trung ương do đồng chí Phó Thủ tướng phụ trách Nông nghiệp trực tiếp chỉ đạo.", [["đồng chí Phó Thủ tướng phụ trách Nông nghiệp"]]],
    ["an authoring verb with work after it", "Việc tổng hợp do Sở Tài chính xây dựng và trình UBND tỉnh trước ngày 30/6/2026.", [["Sở Tài chính"]]],
    ["a plan to be made, no draft named", "Kế hoạch chi tiết do Sở Y tế xây dựng.", [["Sở Y tế"]]],
    ["who advises", "Việc theo dõi do Văn phòng UBND tỉnh tham mưu.", [["Văn phòng UBND tỉnh"]]],
  ])("stays: %s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });
});

describe("'là' after a plural noun phrase ends its subject (probe5 row 17)", () => {
  it.each([
    ["a legal role narrowed by 'là'", "Các chủ rừng là tổ chức xây dựng phương án phòng cháy, chữa cháy rừng, trình cơ quan có thẩm quyền phê duyệt trước ngày 10/3/2026."],
    ["… households", "Các chủ rừng là hộ gia đình, cá nhân thực hiện các biện pháp phòng cháy."],
  ])("does not take the inherited lead: %s", (_, text) => {
    expect(read(text, ["Giám đốc các sở"])).toEqual([]);
  });

  it.each([
    ["an object after the verb", "Tổ chức tập huấn cho các chủ rừng là hộ gia đình.", [["Giám đốc các sở"]]],
    ["a passive, as before", "Các yêu cầu về hồ sơ cần được ghi đầy đủ.", [["Giám đốc các sở"]]],
  ])("stays: %s", (_, text, expected) => {
    expect(leads(read(text, ["Giám đốc các sở"]))).toEqual(expected);
  });
});

describe("'còn' opens a restrictive clause, urgency closes it; 'doanh nghiệp' joins the group (probe5 row 18)", () => {
  it.each([
    ["'còn nợ' + 'khẩn trương'", "Các cơ quan, đơn vị, doanh nghiệp còn nợ đóng bảo hiểm xã hội khẩn trương chuyển đủ số tiền còn nợ, hoàn thành trước ngày 25/12/2025.", [["Các cơ quan, đơn vị, doanh nghiệp còn nợ đóng bảo hiểm xã hội"]], "khẩn trương chuyển đủ số tiền còn nợ, hoàn thành trước ngày 25/12/2025"],
    ["'còn' + a duty", "Các đơn vị còn tồn đọng hồ sơ có trách nhiệm giải quyết dứt điểm.", [["Các đơn vị còn tồn đọng hồ sơ"]], "có trách nhiệm giải quyết dứt điểm"],
    ["'chưa' + 'kịp thời' before a verb", "Các đơn vị chưa nộp báo cáo kịp thời gửi về Sở Tài chính.", [["Các đơn vị chưa nộp báo cáo"]], "kịp thời gửi về Sở Tài chính"],
    ["the group with 'doanh nghiệp'", "Các cơ quan, doanh nghiệp, cá nhân phải chấp hành.", [["Các cơ quan, doanh nghiệp, cá nhân"]], "phải chấp hành"],
  ])("%s", (_, text, expected, action) => {
    const tasks = read(text);
    expect(leads(tasks)).toEqual(expected);
    expect(tasks[0].action).toBe(action);
  });

  it.each([
    ["narration with 'đã' and a manner adverb", "Các đơn vị đã triển khai kịp thời các biện pháp."],
    ["'đã khẩn trương'", "Các đơn vị đã khẩn trương triển khai."],
    ["a manner adverb before an object", "Các cơ quan, đơn vị chưa thực hiện nghiêm túc các quy định."],
  ])("assigns nothing: %s", (_, text) => {
    expect(read(text)).toEqual([]);
  });
});

describe("the secretary of a meeting, and a head holding a verb in lower case (probe5 row 12, corpus)", () => {
  it.each([
    ["the secretary of a meeting", "Thư ký hội nghị đọc tiểu sử tóm tắt của từng người ứng cử.", [["Thư ký hội nghị"]], "đọc tiểu sử tóm tắt của từng người ứng cử"],
    ["two secretaries", "Thư ký hội nghị hoặc thư ký tổ phát phiếu.", [["Thư ký hội nghị", "thư ký tổ"]], "phát phiếu"],
    ["a title before a body whose name holds a verb", "Thư ký Tổ giúp việc có trách nhiệm ghi biên bản.", [["Thư ký Tổ giúp việc"]], "có trách nhiệm ghi biên bản"],
    ["… another title", "Tổ trưởng Tổ giúp việc có trách nhiệm ghi biên bản.", [["Tổ trưởng Tổ giúp việc"]], "có trách nhiệm ghi biên bản"],
    ["a numbered election group", "Thư ký Tổ bầu cử số 3 ghi biên bản kiểm phiếu.", [["Thư ký Tổ bầu cử số 3"]], "ghi biên bản kiểm phiếu"],
  ])("%s", (_, text, expected, action) => {
    const tasks = read(text);
    expect(leads(tasks)).toEqual(expected);
    expect(tasks[0].action).toBe(action);
  });

  it.each([
    ["a capitalised head is read as a name", "Trưởng Ban Chỉ đạo tỉnh chủ trì.", [["Trưởng Ban Chỉ đạo tỉnh"]]],
    ["a capitalised title over a whole head", "Thư ký Tổ công tác chủ trì tổng hợp.", [["Thư ký Tổ công tác"]]],
    ["a document's number is no unit's", "Sở Y tế số 123/SYT-KHTC chủ trì.", [["Sở Y tế"]]],
  ])("stays: %s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });
});

describe("a heading naming the secretary's duties gives the lead (probe5 row 12)", () => {
  it.each([
    ["the council's secretary", "Nhiệm vụ của thư ký Hội đồng", [["thư ký Hội đồng"]]],
    ["the secretariat", "Nhiệm vụ của Tổ thư ký", [["Tổ thư ký"]]],
  ])("%s", (_, heading, expected) => {
    expect(leads(tasksOf("Chuẩn bị tài liệu cho các phiên họp.", null, { year: 2026 }, { heading }))).toEqual(expected);
  });
});
