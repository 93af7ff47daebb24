/**
 * Patterns added for real documents (issue 5, corpus keys): long, lower-case and OCR-glued agency
 * names, remits between a subject and its verb, conditional subjects, headings that name the
 * body whose duties follow or list powers and members, several deadlines in one action, reports
 * that are not the task's. Each with the negative that must assign nothing (or not that).
 */
import { describe, expect, it } from "vitest";
import { readAgency } from "../../src/tasks/agency.js";
import { clauseTasks } from "../../src/tasks/clause-tasks.js";
import { findDeadline, normalizeAgency } from "../../src/tasks/index.js";
import { preambleTasks } from "../../src/tasks/preamble-tasks.js";
import { toWords } from "../../src/tasks/words.js";
import { singleLineRun } from "../../src/text-run.js";
import type { Clause } from "../../src/types.js";
import { clause, leads, tasksOf } from "./clause-fixture.js";

const read = (text: string, inherited: string[] | null = null, options: Partial<Clause> = {}) => tasksOf(text, inherited, { year: 2026 }, options);

describe("agency names the lexicon alone cannot close", () => {
  it.each([
    ["'và' inside a name", "Đề nghị Ban Tuyên giáo và Dân vận Trung ương lãnh đạo công tác tuyên truyền.", [["Ban Tuyên giáo và Dân vận Trung ương"]]],
    ["'Phòng, chống' capitalised inside a name", "Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh tập trung thực hiện.", [["Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh"]]],
    ["a lower-case name before a duty", "Tổng cục thống kê có trách nhiệm phối hợp xây dựng quy trình.", [["Tổng cục thống kê"]]],
    ["a name with 'và' before a duty", "Cục đo đạc và bản đồ Nhà nước có trách nhiệm cung cấp bản đồ.", [["Cục đo đạc và bản đồ Nhà nước"]]],
    ["a body's descriptor before a duty", "Các cơ quan, tổ chức và cá nhân sử dụng đất có nhiệm vụ chấp hành đúng thủ tục.", [["Các cơ quan, tổ chức", "cá nhân sử dụng đất"]]],
    ["a scope inside the name before a duty", "Ngành Quản lý ruộng đất từ Trung ương đến địa phương có trách nhiệm quản lý sổ địa chính.", [["Ngành Quản lý ruộng đất từ Trung ương đến địa phương"]]],
    ["a lower-case name before 'chủ trì'", "Trường hợp không xác định được chủ hàng, cơ quan hải quan chủ trì xử lý.", [["cơ quan hải quan"]]],
    ["a bracket naming the executing body", "Bộ Quốc phòng (Cục Bản đồ Tổng tham mưu) có trách nhiệm cung cấp ảnh.", [["Bộ Quốc phòng (Cục Bản đồ Tổng tham mưu)"]]],
    ["a bracket of levels", "Ủy ban nhân dân các cấp (tỉnh, huyện, xã) cử một đồng chí Phó Chủ tịch chỉ đạo.", [["Ủy ban nhân dân các cấp (tỉnh, huyện, xã)"]]],
    ["a name glued by OCR", "BộCông Thương nghiên cứu giải quyết các đề xuất.", [["BộCông Thương"]]],
    ["a title of a Tổng cục head", "Tổng cục trưởng Tổng cục Hải quan quyết định việc công nhận đại lý.", [["Tổng cục trưởng Tổng cục Hải quan"]]],
    ["a legal body class", "Cơ sở khám bệnh, chữa bệnh chịu trách nhiệm về tính chính xác của chi phí.", [["Cơ sở khám bệnh, chữa bệnh"]]],
    ["'mỗi' opens a body", "Mỗi cấp cần chỉ đạo điển hình để rút kinh nghiệm.", [["Mỗi cấp"]]],
    ["a generic body named by what it does, before a verb", "Các đơn vị giám định lập hồ sơ đề nghị thanh toán.", [["Các đơn vị giám định"]]],
    ["… before a duty", "Công chức giám sát có trách nhiệm kiểm tra niêm phong.", [["Công chức giám sát"]]],
    ["… with its object, before a modal", "Doanh nghiệp kinh doanh kho bãi phải bố trí camera giám sát.", [["Doanh nghiệp kinh doanh kho bãi"]]],
    ["… as the object of 'giao'", "Giao cơ quan quản lý thuế thực hiện thu hồi.", [["cơ quan quản lý thuế"]]],
    ["the branch of a generic body", "Cơ quan hải quan giám sát, quản lý hàng hóa.", [["Cơ quan hải quan"]]],
    ["a second such verb is the predicate", "Công chức giám sát sử dụng chức năng IX.9.3 để theo dõi.", [["Công chức giám sát"]]],
    ["two such verbs joined by a comma, and a listed object", "Các đơn vị quản lý, sử dụng tài sản công, thiết bị có trách nhiệm kiểm kê.", [["Các đơn vị quản lý, sử dụng tài sản công, thiết bị"]]],
    ["a port enterprise", "Doanh nghiệp cảng gửi thông tin container.", [["Doanh nghiệp cảng"]]],
    ["the area a body covers", "Các đơn vị trên địa bàn tỉnh thực hiện nghiêm.", [["Các đơn vị trên địa bàn tỉnh"]]],
    ["the agent after 'do'", "Ở Trung ương do đồng chí Phó Thủ tướng phụ trách Nông nghiệp trực tiếp chỉ đạo.", [["đồng chí Phó Thủ tướng phụ trách Nông nghiệp"]]],
    ["… of an activity", "Việc lấy ý kiến cử tri do người đứng đầu cơ quan chủ trì.", [["người đứng đầu cơ quan"]]],
    ["an office holder's field", "Đồng chí Phó Chủ tịch phụ trách lĩnh vực Văn hóa - Xã hội chủ trì hội nghị.", [["Đồng chí Phó Chủ tịch phụ trách lĩnh vực Văn hóa - Xã hội"]]],
    ["'phụ trách' as the verb", "Sở Y tế phụ trách công tác tiêm chủng.", [["Sở Y tế"]]],
    ["a role the law names: the customs declarant", "Trường hợp khai tờ khai hải quan giấy, người khai hải quan phải nộp chứng từ.", [["người khai hải quan"]]],
    ["… a customs agent", "Đại lý làm thủ tục hải quan thực hiện quyền và nghĩa vụ theo quy định.", [["Đại lý làm thủ tục hải quan"]]],
    ["an election body", "Ủy ban bầu cử xã công bố danh sách người ứng cử.", [["Ủy ban bầu cử xã"]]],
    ["a body with a restrictive clause, closed by its duty", "Công chức đang giữ ngạch kiểm soát viên trung cấp chất lượng sản phẩm, hàng hóa có trách nhiệm hoàn thiện tiêu chuẩn.", [["Công chức đang giữ ngạch kiểm soát viên trung cấp chất lượng sản phẩm, hàng hóa"]]],
    ["a restrictive 'có' clause closed by 'chủ trì'", "Các địa phương có thực hiện các Chương trình mục tiêu quốc gia chủ trì, phối hợp với Sở Tài chính làm việc với các bộ.", [["Các địa phương có thực hiện các Chương trình mục tiêu quốc gia"]]],
    ["a later subject after a comma, closed by its duty", "Công chức chưa được bố trí vào vị trí việc làm tương ứng, cơ quan, đơn vị quản lý, sử dụng công chức có trách nhiệm rà soát.", [["cơ quan, đơn vị quản lý, sử dụng công chức"]]],
    ["'xã hội' is no commune", "Các tổ chức xã hội, cơ quan nhà nước phối hợp tuyên truyền.", [["Các tổ chức xã hội", "cơ quan nhà nước"]]],
    ["a title over the body of the Front's work", "Trưởng ban công tác Mặt trận phối hợp với các đoàn thể họp.", [["Trưởng ban công tác Mặt trận"]]],
  ])("%s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });

  it.each([
    ["'và' before another body splits the list", "Sở Y tế và Công an Thành phố phối hợp kiểm tra.", [["Sở Y tế", "Công an Thành phố"]]],
    ["a verb before the duty: no longer name", "Sở Y tế tiếp tục có trách nhiệm kiểm tra.", [["Sở Y tế"]]],
    ["a body's own action with no second verb: not its name", "Các đơn vị quản lý chặt chẽ việc cấp phép.", [["Các đơn vị"]]],
    ["a named body's action: not its name", "Chi cục Hải quan giám sát hàng hóa thực hiện chuyển cửa khẩu.", [["Chi cục Hải quan"]]],
  ])("%s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });

  it.each([
    ["a capitalised head word that is a verb, no duty after it", "Ban hành quy chế phối hợp trong tháng 10."],
    ["a lower-case name merely mentioned", "Thực hiện theo quy định của Tổng cục quản lý ruộng đất."],
    ["a bracket that is a remark", "Hoàn thành việc rà soát (theo kế hoạch của Bộ Y tế)."],
  ])("no task: %s", (_, text) => {
    expect(read(text)).toEqual([]);
  });

  it("the word reader splits a glued capital only between lower-case letters", () => {
    const text = "BộCông eKYC iPhone TPHCM";
    expect(toWords(text).map((w) => text.slice(w.start, w.end))).toEqual(["Bộ", "Công", "eKYC", "iPhone", "TPHCM"]);
    expect(normalizeAgency("BộCông Thương")).toBe("Bộ Công Thương");
  });
});

describe("a body named in lower case after its capitalised head, where a body is expected", () => {
  const objects = (text: string) => read(text).map((t) => ({ support: t.support.map((a) => a.text), reportTo: t.reportTo.map((a) => a.text) }));
  it.each([
    ["after 'phối hợp với', up to the next verb", "Tổng cục thống kê có trách nhiệm phối hợp với Tổng cục quản lý ruộng đất xây dựng quy trình.", { support: ["Tổng cục quản lý ruộng đất"], reportTo: [] }],
    ["after 'các', a research body", "Vụ Khoa học phối hợp với các Viện nghiên cứu tổ chức tập huấn.", { support: ["các Viện nghiên cứu"], reportTo: [] }],
    ["last of the bodies reported to, before what is reported", "Bộ Tài chính tổ chức thực hiện, báo cáo Chính phủ, Hội đồng quản lý bảo hiểm xã hội kết quả thực hiện.", { support: [], reportTo: ["Chính phủ", "Hội đồng quản lý bảo hiểm xã hội"] }],
    ["a head followed by a verb is no name", "Sở Y tế phối hợp với các Sở tổ chức kiểm tra.", { support: ["các Sở"], reportTo: [] }],
    ["'báo cáo và kiến nghị X'", "Bộ Y tế theo dõi, kịp thời báo cáo và kiến nghị Thủ tướng Chính phủ các biện pháp.", { support: [], reportTo: ["Thủ tướng Chính phủ"] }],
    ["a report the addressee makes in turn ('để tổng hợp và báo cáo')", "Các bộ, ngành chủ động đề xuất gửi Bộ Y tế để tổng hợp và báo cáo Thủ tướng Chính phủ.", { support: [], reportTo: [] }],
    ["… after a report of the task's own", "Các sở báo cáo UBND tỉnh để tổng hợp, báo cáo Bộ Y tế.", { support: [], reportTo: ["UBND tỉnh"] }],
  ])("%s", (_, text, expected) => {
    expect(objects(text)).toEqual([expected]);
  });
});

describe("a capitalised name ends where what is reported begins", () => {
  const objects = (text: string) => read(text).map((t) => ({ support: t.support.map((a) => a.text), reportTo: t.reportTo.map((a) => a.text) }));
  it.each([
    ["'kết quả'", "Đảng đoàn HĐND tỉnh chỉ đạo giám sát, báo cáo Ban Thường vụ Tỉnh ủy kết quả thực hiện.", ["Ban Thường vụ Tỉnh ủy"]],
    ["'tình hình'", "Sở Y tế theo dõi, báo cáo Ủy ban nhân dân Tỉnh tình hình dịch bệnh.", ["Ủy ban nhân dân Tỉnh"]],
    ["'việc'", "Văn phòng Tỉnh ủy theo dõi, báo cáo Thường trực Tỉnh ủy việc thực hiện.", ["Thường trực Tỉnh ủy"]],
    ["'số liệu'", "Cục Thống kê tổng hợp, báo cáo Bộ Kế hoạch và Đầu tư số liệu quý I.", ["Bộ Kế hoạch và Đầu tư"]],
    ["'nội dung'", "Sở Nội vụ rà soát, báo cáo Thường trực Tỉnh ủy nội dung điều chỉnh.", ["Thường trực Tỉnh ủy"]],
    ["'ý kiến'", "Sở Tư pháp rà soát, báo cáo Chủ tịch UBND Tỉnh ý kiến thẩm định.", ["Chủ tịch UBND Tỉnh"]],
  ])("%s", (_, text, reportTo) => {
    expect(objects(text)).toEqual([{ support: [], reportTo }]);
  });

  it.each([
    ["a region named after the body", "Sở Tài chính chủ trì, phối hợp với Kho bạc Nhà nước khu vực XIII tổng hợp.", ["Kho bạc Nhà nước khu vực XIII"]],
    ["… by its number", "Sở Tài chính phối hợp với Chi cục Thuế khu vực 3 kiểm tra.", ["Chi cục Thuế khu vực 3"]],
    ["'khu vực' without a name is no part of it", "Sở Y tế phối hợp với Công an các xã khu vực biên giới để kiểm tra.", ["Công an các xã"]],
  ])("%s", (_, text, support) => {
    expect(objects(text)).toEqual([{ support, reportTo: [] }]);
  });

  it("a lower-case word of the name stays ('Tổ Giúp việc', 'Hội đồng Thi đua - Khen thưởng tỉnh')", () => {
    expect(objects("Sở Nội vụ phối hợp với Tổ Giúp việc Ban Chỉ đạo tổng hợp.")).toEqual([{ support: ["Tổ Giúp việc Ban Chỉ đạo"], reportTo: [] }]);
    expect(objects("Sở Nội vụ phối hợp với Tổng cục Hải quan tổng hợp.")).toEqual([{ support: ["Tổng cục Hải quan"], reportTo: [] }]);
  });
});

describe("between a subject and its verb", () => {
  it.each([
    ["theo chức năng, nhiệm vụ được giao", "Các bộ, cơ quan ngang bộ theo chức năng, nhiệm vụ được giao, chủ động rà soát văn bản.", [["Các bộ, cơ quan ngang bộ"]]],
    ["trong phạm vi chức năng, nhiệm vụ", "Sở Tư pháp trong phạm vi chức năng, nhiệm vụ của mình hướng dẫn thực hiện.", [["Sở Tư pháp"]]],
    ["a fronted phrase with commas of its own", "Đối với các chi phí khám bệnh, chữa bệnh vượt tổng mức, Bảo hiểm xã hội Việt Nam khẩn trương thanh toán.", [["Bảo hiểm xã hội Việt Nam"]]],
    ["a fronted phrase ends before a trigger", "Đối với chi phí năm 2023, yêu cầu Bộ Tài chính, Bảo hiểm xã hội Việt Nam khẩn trương thực hiện.", [["Bộ Tài chính", "Bảo hiểm xã hội Việt Nam"]]],
  ])("%s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });

  it("a remit without a verb after it is no subject", () => {
    expect(read("Các bộ, cơ quan ngang bộ theo chức năng, nhiệm vụ được giao.")).toEqual([]);
  });
});

describe("conditional subjects", () => {
  it.each([
    ["X đã … thì", "Những tỉnh đã thành lập Ban Quản lý nhưng còn thiếu cán bộ thì cần bổ sung cho đủ.", [["Những tỉnh đã thành lập Ban Quản lý nhưng còn thiếu cán bộ"]]],
    ["X nào chưa … thì", "Các tỉnh cần rà soát, tỉnh nào chưa thành lập Ban Quản lý thì cần thành lập ngay.", [["Các tỉnh"], ["tỉnh nào chưa thành lập Ban Quản lý"]]],
  ])("%s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });

  it("the next sentence does not continue a conditional subject", () => {
    expect(leads(read("Tỉnh nào chưa thành lập Ban Quản lý thì cần thành lập ngay. Ở cấp xã cần thành lập Hội đồng.", ["các ngành"]))).toEqual([["Tỉnh nào chưa thành lập Ban Quản lý"], ["các ngành"]]);
  });

  it("'đã' without 'thì' is narration of a subject, not a condition", () => {
    expect(leads(read("Những tỉnh đã thành lập Ban Quản lý."))).toEqual([]);
  });
});

describe("headings", () => {
  const item = (text: string) => clause(text, { marker: "-", number: null });
  const under = (heading: string, items: string[], inherited: string[] | null = null) => {
    const parent = clause("", { heading, items: items.map(item) });
    const own = clauseTasks(parent, inherited, {});
    return items.map((text) => clauseTasks(item(text), own.inheritable, own.quiet ? { quiet: true } : {}).tasks);
  };

  it.each([
    ["Nhiệm vụ của Ban Chỉ đạo:", ["Ban Chỉ đạo"]],
    ["Trách nhiệm của các sở, ngành", ["các sở, ngành"]],
    ["Nhiệm vụ, quyền hạn của Sở Nội vụ:", ["Sở Nội vụ"]],
  ])("%j names the lead of its items", (heading, expected) => {
    expect(under(heading, ["Nghiên cứu, xây dựng Đề án."]).map(leads)).toEqual([[expected]]);
  });

  it.each([
    ["Quyền hạn của Ban Chỉ đạo", "Yêu cầu các Bộ, ngành cung cấp thông tin."],
    ["Thành phần mời:", "Thường trực Tổng liên đoàn lao động Việt Nam;"],
    ["Thành phần Ban Chỉ đạo gồm:", "Giám đốc Sở Y tế làm Phó Trưởng ban;"],
    ["Tiêu chuẩn về trình độ đào tạo, bồi dưỡng", "Công chức có bằng tốt nghiệp đại học trở lên;"],
    ["Điều kiện được hưởng chế độ", "Người lao động có thời gian công tác từ đủ 12 tháng trở lên;"],
  ])("%j: its items assign nothing", (heading, text) => {
    expect(under(heading, [text], ["các cấp"])).toEqual([[]]);
  });

  it("'Nhiệm vụ và quyền hạn' is no powers-only heading", () => {
    expect(under("Nhiệm vụ và quyền hạn của Ban Chỉ đạo", ["Tham mưu cho Thủ tướng."]).map(leads)).toEqual([[["Ban Chỉ đạo"]]]);
  });

  it.each([
    ["a working rule", "Ban Chỉ đạo làm việc theo nguyên tắc tập trung dân chủ."],
    ["a list introduction", "Các sở, ngành tập trung thực hiện một số công việc sau:"],
    ["a summary", "Trên đây chỉ nêu một số việc giao cho Cục đo đạc và bản đồ Nhà nước tham gia."],
    ["a composition", "Thành phần của Hội đồng gồm có: Chủ tịch UBND xã làm Chủ tịch Hội đồng."],
  ])("no task: %s", (_, text) => {
    expect(read(text, ["các cấp"], { items: [item("x")] })).toEqual([]);
  });

  it.each([
    ["a body's own end on completion (probe)", "Tổ công tác tự giải thể sau khi hoàn thành nhiệm vụ."],
    ["… without 'tự'", "Ban Chỉ đạo chấm dứt hoạt động khi hoàn thành nhiệm vụ."],
    ["… 'tự động'", "Ban Chỉ đạo tự động chấm dứt hoạt động khi kết thúc nhiệm vụ."],
  ])("no task: %s", (_, text) => {
    expect(read(text)).toEqual([]);
  });

  it.each([
    ["an order to stop something", "Các doanh nghiệp chấm dứt hoạt động kinh doanh trái phép.", [["Các doanh nghiệp"]]],
    ["dissolving something else", "Tổ công tác giải thể các nhóm không còn cần thiết.", [["Tổ công tác"]]],
    ["'tự' before other work", "Tổ công tác tự giải quyết các vướng mắc.", [["Tổ công tác"]]],
  ])("still a task: %s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });

  it("the items of an actorless list introduction inherit the clause's first task's lead", () => {
    const parent = clause("Cần tiến hành đo đạc trên toàn lãnh thổ. Các cơ quan, tổ chức có nhiệm vụ chấp hành thủ tục. Thời gian hoàn thành như sau:", { items: [item("cuối năm 1982")] });
    expect(clauseTasks(parent, ["các ngành"], {}).inheritable).toEqual(["các ngành"]);
  });
});

describe("directing after an assignment", () => {
  it("'Đề nghị X …; chỉ đạo Y …': X directs", () => {
    expect(leads(read("Đề nghị Ban Tuyên giáo Trung ương hướng dẫn tuyên truyền; chỉ đạo các cấp ủy xây dựng nội dung.", ["các bộ"]))).toEqual([["Ban Tuyên giáo Trung ương"], ["Ban Tuyên giáo Trung ương"]]);
  });
});

describe("reports", () => {
  const reports = (text: string) => read(text, ["các cấp"]).map((t) => t.reportTo.map((a) => a.text));
  it.each([
    ["an object before the addressee", "Xây dựng các tài liệu tổng hợp và báo cáo các kết quả lên Thủ tướng Chính phủ.", [["Thủ tướng Chính phủ"]]],
    ["what the addressee does with it", "Bộ Nội vụ theo dõi, báo cáo Chính phủ, Thủ tướng Chính phủ xem xét, chỉ đạo.", [["Chính phủ", "Thủ tướng Chính phủ"]]],
    ["the addressee's own report is not the task's", "Định kỳ báo cáo Thủ tướng Chính phủ để kịp thời tổng hợp báo cáo Ban Bí thư Trung ương Đảng.", [["Thủ tướng Chính phủ"]]],
    ["a submission relayed by its addressee", "Bộ Nội vụ tổng hợp, trình Đảng ủy Chính phủ để báo cáo Ban Bí thư.", [[]]],
    ["a report about a topic names nobody", "Sở Y tế báo cáo về công tác phòng, chống dịch.", [[]]],
    ["the group of the same level", "UBND các huyện xây dựng phương án, báo cáo cấp ủy cùng cấp.", [["cấp ủy cùng cấp"]]],
  ])("%s", (_, text, expected) => {
    expect(reports(text)).toEqual(expected);
  });
});

describe("deadlines", () => {
  const at = { year: 2026, lines: [3, 3] as [number, number] };
  it.each([
    ["báo cáo Thủ tướng vào thứ Sáu hàng tuần", "vào thứ Sáu hàng tuần"],
    ["Định kỳ thứ Hai hàng tuần tổng hợp tình hình", "thứ Hai hàng tuần"],
    ["gửi số liệu vào ngày 25 hằng tháng", "vào ngày 25 hằng tháng"],
    ["hoàn thiện tiêu chuẩn trong thời hạn tối đa 36 tháng kể từ ngày Thông tư này có hiệu lực", "trong thời hạn tối đa 36 tháng kể từ ngày Thông tư này có hiệu lực"],
    // a time of day with its day (probe): the whole phrase, after a report or on its own
    ["tổng hợp báo cáo Chủ tịch UBND tỉnh trước 16 giờ hằng ngày", "trước 16 giờ hằng ngày"],
    ["gửi số liệu trước 8 giờ 30 phút hằng ngày", "trước 8 giờ 30 phút hằng ngày"],
    ["báo cáo nhanh lúc 15h hằng ngày", "lúc 15h hằng ngày"],
    ["các xã cập nhật tình hình trước 16h hàng ngày", "trước 16h hàng ngày"],
    // stay
    ["báo cáo kết quả trước 24h", "trước 24h"],
    ["báo cáo UBND tỉnh hằng tháng", "hằng tháng"],
  ])("%s", (text, expected) => {
    expect(findDeadline(text, at)).toEqual({ text: expected, kind: "relative", iso: null, lines: [3, 3] });
  });

  it("a frequency without a report or a day is no deadline", () => {
    expect(findDeadline("thực hiện khai báo y tế hàng tuần", at)).toBeNull();
  });

  it.each([
    [
      "two limits after ';'",
      "Sở Nội vụ báo cáo Thủ tướng vào thứ Sáu hàng tuần; báo cáo tổng thể kết quả thực hiện trước ngày 05 tháng 7 năm 2026.",
      [["báo cáo Thủ tướng vào thứ Sáu hàng tuần", "vào thứ Sáu hàng tuần"], ["báo cáo tổng thể kết quả thực hiện trước ngày 05 tháng 7 năm 2026", "2026-07-05"]],
    ],
    [
      "two limits after ','",
      "Yêu cầu Bộ Tài chính thực hiện xong trước ngày 01 tháng 5 năm 2026 đối với chi phí năm 2023, xong trước ngày 01 tháng 8 năm 2026 đối với chi phí năm 2024.",
      [["thực hiện xong trước ngày 01 tháng 5 năm 2026 đối với chi phí năm 2023", "2026-05-01"], ["xong trước ngày 01 tháng 8 năm 2026 đối với chi phí năm 2024", "2026-08-01"]],
    ],
    ["one limit: one task", "Sở Y tế rà soát; hoàn thành trước ngày 10 tháng 6 năm 2026.", [["rà soát; hoàn thành trước ngày 10 tháng 6 năm 2026", "2026-06-10"]]],
  ])("%s", (_, text, expected) => {
    expect(read(text).map((t) => [t.action, t.deadline?.iso ?? t.deadline?.text])).toEqual(expected);
  });
});

describe("the preamble", () => {
  const preamble = (text: string) => preambleTasks(singleLineRun(5, text), 2009);
  it("the content after '… có ý kiến như sau:' assigns", () => {
    const read = preamble("Xét báo cáo của Phòng Thương mại, Phó Thủ tướng Hoàng Trung Hải có ý kiến như sau: Bộ Công Thương nghiên cứu giải quyết và báo cáo Thủ tướng Chính phủ.");
    expect(read.tasks.map((t) => [t.lead[0].text, t.reportTo.map((a) => a.text)])).toEqual([["Bộ Công Thương", ["Thủ tướng Chính phủ"]]]);
  });

  it("a lead-in whose subject is asked to work is inherited", () => {
    expect(preamble("Để công việc tiến hành thuận lợi, bảo đảm yêu cầu về chất lượng, các ngành, các cấp cần thực hiện tốt những việc sau:").leadIn).toEqual(["các ngành", "các cấp"]);
  });

  it.each([
    ["a subject that speaks", "Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:"],
    ["a subject that guides", "Bộ Tài chính hướng dẫn cụ thể một số nội dung như sau:"],
  ])("no lead-in: %s", (_, text) => {
    expect(preamble(text)).toEqual({ tasks: [], leadIn: null });
  });

  it("narration assigns nothing, even with an agency as subject", () => {
    expect(preamble("Sở Y tế đã triển khai xét nghiệm diện rộng. Kết quả bước đầu khả quan.").tasks).toEqual([]);
  });
});

describe("word-segmented text and the heads of departments, schools and firms", () => {
  it.each([
    ["syllables joined by '_' (tokenizer output)", "Trung_tâm Khuyến_ngư quốc_gia phối_hợp với các địa_phương tăng_cường công_tác khuyến_ngư .", [["Trung_tâm Khuyến_ngư quốc_gia"]]],
    ["a Vụ of a ministry", "Vụ Nuôi trồng thủy sản phối hợp với các tỉnh hình thành hệ thống kiểm soát.", [["Vụ Nuôi trồng thủy sản"]]],
    ["a school", "Trường Chính trị tỉnh chủ trì tổ chức các lớp bồi dưỡng.", [["Trường Chính trị tỉnh"]]],
    ["a bank", "Ngân hàng Chính sách xã hội tỉnh có trách nhiệm giải ngân vốn vay.", [["Ngân hàng Chính sách xã hội tỉnh"]]],
  ])("%s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });

  it.each([
    ["'vụ' as a crop season", "Vụ còn lại có thể cấy lúa hoặc nuôi các đối tượng khác."],
    ["'các trường hợp' (cases, not schools)", "Các trường hợp khác thực hiện theo quy định hiện hành."],
    ["'các vụ việc' (cases, not departments)", "Các vụ việc phức tạp cần được xử lý dứt điểm."],
    ["'_' that joins no letters", "Ghi rõ họ tên vào ô ___ và ký tên."],
  ])("%s: no task", (_, text) => {
    expect(read(text)).toEqual([]);
  });
});

describe("a request recalled from an earlier document", () => {
  it.each([
    ["'đã có Công văn … yêu cầu'", "Ban Bí thư đã có Công văn (số 18-CV/TW, ngày 16-9-2011) yêu cầu các cấp ủy và tổ chức đảng tiếp tục thực hiện Quy định số 60-QĐ/TW."],
    ["'đã giao'", "Thủ tướng Chính phủ đã giao Bộ Tài chính chủ trì xây dựng đề án."],
  ])("%s assigns nothing", (_, text) => {
    expect(read(text)).toEqual([]);
  });

  it.each([
    ["a request after the recalled one", "Thủ tướng đã có Chỉ thị số 15/CT-TTg; nay yêu cầu Bộ Y tế khẩn trương hướng dẫn.", [["Bộ Y tế"]]],
    ["'đã' in an earlier clause of the sentence", "Sau khi đã rà soát xong, đề nghị Sở Y tế tổng hợp kết quả.", [["Sở Y tế"]]],
  ])("%s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });
});

describe("groups of one family stay one group (TASKS.md: \"các quận, huyện, thị xã\")", () => {
  it.each([
    ["cơ quan, đơn vị with a descriptor", "Đề nghị các cơ quan, đơn vị có liên quan phối hợp thực hiện.", [["các cơ quan, đơn vị có liên quan"]]],
    ["bộ, ngành, địa phương", "Các bộ, ngành, địa phương kịp thời phản ánh về Bộ Nội vụ.", [["Các bộ, ngành, địa phương"]]],
    ["'ban ngành' without a comma", "Các sở, ban ngành triển khai kế hoạch.", [["Các sở, ban ngành"]]],
  ])("%s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });

  it("named bodies and a group after them stay separate", () => {
    expect(leads(read("Giao Sở Y tế, Sở Tài chính, các quận, huyện triển khai."))).toEqual([["Sở Y tế", "Sở Tài chính", "các quận, huyện"]]);
  });
});

describe("verbs that open with a function word", () => {
  it.each([
    ["theo dõi", "Sở Nội vụ theo dõi, đôn đốc việc thực hiện kế hoạch.", [["Sở Nội vụ"]]],
    ["cho ý kiến", "Sở Tư pháp cho ý kiến về dự thảo quy chế.", [["Sở Tư pháp"]]],
  ])("%s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });

  it("'theo' as a preposition after a body opens no action", () => {
    expect(read("Sở Y tế theo quy định hiện hành.")).toEqual([]);
  });
});

describe("place abbreviations, border-gate offices, topic lines and form fields (cv-tchq-778-2017)", () => {
  it.each([
    ["'TP.' before a city stays in the name", "Cục Hải quan TP. Hồ Chí Minh chủ trì kiểm tra.", [["Cục Hải quan TP. Hồ Chí Minh"]]],
    ["'TP.' glued to the city", "Cục Hải quan TP.Hồ Chí Minh hướng dẫn các Chi cục thực hiện.", [["Cục Hải quan TP.Hồ Chí Minh"]]],
    ["'Tp.' after a trigger", "Giao Công an Tp. Hà Nội tăng cường tuần tra.", [["Công an Tp. Hà Nội"]]],
    ["'TP.' after UBND", "UBND TP. Đà Nẵng chỉ đạo thực hiện.", [["UBND TP. Đà Nẵng"]]],
    ["'TT.' of a town", "UBND TT. Phú Mỹ rà soát danh sách.", [["UBND TT. Phú Mỹ"]]],
    ["a customs office at a border gate", "Căn cứ văn bản đề nghị, Chi cục Hải quan cửa khẩu xuất cũ nếu chấp nhận thì thực hiện như sau.", [["Chi cục Hải quan cửa khẩu xuất cũ"]]],
    ["a border gate with its name", "Chi cục Hải quan cửa khẩu Lao Bảo kiểm tra hồ sơ.", [["Chi cục Hải quan cửa khẩu Lao Bảo"]]],
  ])("%s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });

  it("a place abbreviation is written out", () => {
    expect(normalizeAgency("Cục Hải quan TP. Hồ Chí Minh")).toBe("Cục Hải quan Thành phố Hồ Chí Minh");
    expect(normalizeAgency("Công an Tp.Hà Nội")).toBe("Công an Thành phố Hà Nội");
    expect(normalizeAgency("UBND TP.HCM")).toBe("Ủy ban nhân dân Thành phố Hồ Chí Minh");
  });

  it("a dot after a word that is no place abbreviation still ends the name", () => {
    const name = (text: string) => {
      const words = toWords(text);
      const span = readAgency(words, 0);
      return span && text.slice(words[span.from].start, words[span.to - 1].end);
    };
    expect(name("Công an TP. Hà Nội")).toBe("Công an TP. Hà Nội");
    expect(name("Công an KV. Hà Nội")).toBe("Công an KV");
    expect(name("Công an TP. tăng cường")).toBe("Công an TP");
    expect(leads(read("Chi cục Hải quan cửa khẩu kiểm tra hàng qua cửa khẩu.", null))).toEqual([["Chi cục Hải quan cửa khẩu"]]);
  });

  const items = [clause("- Hướng dẫn người khai.", { marker: "a)", number: "a" })];
  it.each([
    ["a topic line over items", "Đối với tờ khai xuất khẩu đủ điều kiện qua KVGS, container của tờ khai đã đưa vào cảng nhưng có yêu cầu thay đổi địa điểm xếp hàng"],
    ["a topic line with its own case", "Đối với hàng nhập khẩu chưa mở tờ khai hải quan, chủ hàng từ chối nhận hàng xin xuất trả"],
  ])("no task: %s", (_, text) => {
    expect(read(text, ["Các Chi cục Hải quan"], { items })).toEqual([]);
  });

  it.each([
    ["a main clause after the fronted phrase", "Đối với các tờ khai còn lại, thực hiện hủy xác nhận get-out"],
    ["a duty in the topic", "Đối với tờ khai xuất khẩu, phải kiểm tra niêm phong"],
  ])("a task: %s", (_, text) => {
    expect(leads(read(text, ["Các Chi cục Hải quan"], { items }))).toEqual([["Các Chi cục Hải quan"]]);
  });

  it("a sentence with a full stop, or no items after it, is work even without a verb the lexicon knows", () => {
    const text = "Đối với hoạt động vận chuyển hàng hóa bằng mô tô 2 bánh giữ nguyên như quy định hiện nay.";
    expect(leads(read(text, ["Sở Công Thương"], { items }))).toEqual([["Sở Công Thương"]]);
    expect(leads(read("Đối với hoạt động vận chuyển hàng hóa bằng mô tô 2 bánh giữ nguyên như quy định hiện nay", ["Sở Công Thương"]))).toEqual([["Sở Công Thương"]]);
  });

  it.each([
    ["a form field described where it is filled in", "Tiêu chí “Phương tiện vận chuyển” chi tiết tại “Ghi chú”."],
    ["a form field shown elsewhere", "Chỉ tiêu “Số vận đơn” được ghi tại ô 5."],
  ])("no task: %s", (_, text) => {
    expect(read(text, ["Chi cục Hải quan nơi đăng ký tờ khai"])).toEqual([]);
  });

  it("a field named inside an action is still work", () => {
    expect(leads(read("Cập nhật tiêu chí “Phương tiện vận chuyển” chi tiết tại hệ thống.", ["Chi cục Hải quan"]))).toEqual([["Chi cục Hải quan"]]);
  });
});

describe("heads of Party organisations and of bodies set up for a task", () => {
  it.each([
    ["basic Party organisations, one group", "Các chi bộ, đảng bộ cơ sở tăng cường lãnh đạo công tác phòng cháy, chữa cháy.", [["Các chi bộ, đảng bộ cơ sở"]]],
    ["chi bộ trực thuộc", "Các chi bộ trực thuộc tổ chức sinh hoạt chuyên đề trong quý III/2025.", [["Các chi bộ trực thuộc"]]],
    ["after 'Đề nghị'", "Đề nghị các tổ chức cơ sở đảng quán triệt Nghị quyết.", [["các tổ chức cơ sở đảng"]]],
    ["a chi ủy", "Chi ủy chi bộ Văn phòng xây dựng kế hoạch.", [["Chi ủy chi bộ Văn phòng"]]],
    ["an đảng bộ", "Đảng bộ xã phấn đấu hoàn thành các chỉ tiêu.", [["Đảng bộ xã"]]],
    ["with the other Party bodies", "Các cấp ủy, chi bộ tổ chức kiểm điểm.", [["Các cấp ủy, chi bộ"]]],
    ["a working group", "Tổ công tác rà soát các dự án, báo cáo UBND tỉnh.", [["Tổ công tác"]]],
    ["a support group", "Tổ giúp việc giúp Ban Chỉ đạo theo dõi, tổng hợp.", [["Tổ giúp việc"]]],
    ["an office named 'Bộ phận'", "Bộ phận Một cửa cấp huyện số hóa 100% hồ sơ.", [["Bộ phận Một cửa cấp huyện"]]],
    ["'các bộ phận'", "Các bộ phận liên quan phối hợp thực hiện.", [["Các bộ phận liên quan"]]],
    ["contractors, named by what they do", "Các nhà thầu thi công tăng cường nhân lực.", [["Các nhà thầu thi công"]]],
    ["a contractor with a duty", "Nhà thầu có trách nhiệm bảo đảm an toàn lao động.", [["Nhà thầu"]]],
    ["a cooperative by name", "Hợp tác xã Nông nghiệp Tân Phú chủ động chuyển đổi cơ cấu cây trồng.", [["Hợp tác xã Nông nghiệp Tân Phú"]]],
    ["cooperatives", "Các hợp tác xã, tổ hợp tác xây dựng phương án sản xuất.", [["Các hợp tác xã", "tổ hợp tác"]]],
  ])("%s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });

  it.each([
    ["'một bộ phận' of the members", "Một bộ phận cán bộ, đảng viên còn thiếu gương mẫu."],
    ["'một bộ phận Nhân dân'", "Một bộ phận Nhân dân còn chủ quan, lơ là."],
    ["… with a duty after it", "Một bộ phận Nhân dân có trách nhiệm tham gia."],
    ["'hợp tác' as a verb", "Tăng cường hợp tác xã hội hóa đầu tư."],
    ["'chi bộ' inside an action", "Tổ chức đại hội chi bộ xong trước ngày 31/3/2025."],
  ])("no lead: %s", (_, text) => {
    expect(read(text)).toEqual([]);
  });

  it("'gửi' ends a subject's name; an agent after 'do' inside brackets is an aside", () => {
    expect(leads(read("Các đơn vị gửi báo cáo về Sở Nội vụ trước ngày 15/3/2026."))).toEqual([["Các đơn vị"]]);
    expect(leads(read("Danh sách cử tri do Ủy ban nhân dân xã gửi Ban bầu cử."))).toEqual([["Ủy ban nhân dân xã"]]);
    expect(read("Chỉ sau khi có thông tin get-out (kiểm tra thông tin container do doanh nghiệp cảng gửi get-out trên hệ thống V5) thì mới phê duyệt tờ khai.")).toEqual([]);
  });

  it("'một bộ phận' opens no body even where a list goes on", () => {
    const words = toWords("một bộ phận Nhân dân");
    expect(readAgency(words, 1, { continuation: true })).toBeNull();
    expect(readAgency(toWords("các bộ phận liên quan"), 0)).not.toBeNull();
  });
});

describe("a lower-case name after a bare head or a group, closed by the body's verb", () => {
  const objects = (text: string) => read(text).map((t) => ({ lead: t.lead.map((a) => a.text), support: t.support.map((a) => a.text) }));
  it.each([
    ["a Sở field in lower case after 'Đề nghị'", "Đề nghị các sở giáo dục và đào tạo thực hiện các nội dung sau.", [["các sở giáo dục và đào tạo"]]],
    ["a legal body type with verb-like words (Luật Xây dựng)", "Yêu cầu Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh đôn đốc các nhà thầu.", [["Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh"]]],
    ["the mass media as a subject", "Các cơ quan thông tin đại chúng tăng cường tuyên truyền.", [["Các cơ quan thông tin đại chúng"]]],
    ["a qualifier after a group", "UBND các xã ven biển tổ chức sơ tán người dân.", [["UBND các xã ven biển"]]],
    ["a plural head's qualifier", "Các ngành chức năng tăng cường kiểm tra.", [["Các ngành chức năng"]]],
    ["a verb of one word right after a field", "Các sở giáo dục và đào tạo cử cán bộ tham gia.", [["Các sở giáo dục và đào tạo"]]],
    ["a joint office serving both bodies (probe)", "Văn phòng HĐND và UBND huyện chủ trì, phối hợp với Phòng Văn hóa và Thông tin huyện hướng dẫn.", [["Văn phòng HĐND và UBND huyện"]]],
    ["… the office of the deputies and the council", "Văn phòng Đoàn ĐBQH và HĐND tỉnh tổng hợp ý kiến cử tri.", [["Văn phòng Đoàn ĐBQH và HĐND tỉnh"]]],
    ["the usual pair of levels", "Công an tỉnh, thành phố tăng cường tuần tra.", [["Công an tỉnh, thành phố"]]],
    ["levels after 'Ủy ban nhân dân'", "Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương ban hành cơ chế.", [["Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương"]]],
  ])("%s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });

  it.each([
    ["a group followed by its verb", "Các sở, ngành chủ động triển khai.", [["Các sở, ngành"]]],
    ["a group followed by its verb after UBND", "UBND các xã tăng cường kiểm tra.", [["UBND các xã"]]],
    ["an adverb opens the predicate", "Các địa phương nhanh chóng triển khai phương án.", [["Các địa phương"]]],
    ["… 'gương mẫu'", "Cán bộ, đảng viên gương mẫu thực hiện.", [["Cán bộ, đảng viên"]]],
    ["no verb before the comma", "Các đơn vị tuần tra, kiểm soát chặt chẽ.", [["Các đơn vị"]]],
    ["a verb of one syllable may end a compound ('đăng ký')", "Người khai hải quan đăng ký tờ khai xuất theo quy định.", [["Người khai hải quan"]]],
    ["… not after a term either ('xuất trình')", "Người khai hải quan xuất trình chứng từ cho doanh nghiệp cảng.", [["Người khai hải quan"]]],
    ["'và' before a second verb", "Các đơn vị tuần tra kiểm soát và xử lý vi phạm.", [["Các đơn vị"]]],
    ["a Văn phòng and a committee are two bodies", "Văn phòng UBND tỉnh và UBND các huyện triển khai.", [["Văn phòng UBND tỉnh", "UBND các huyện"]]],
    ["… a Văn phòng of the Party and a committee", "Văn phòng Tỉnh ủy và UBND tỉnh phối hợp.", [["Văn phòng Tỉnh ủy", "UBND tỉnh"]]],
    ["a named place is no pair", "UBND tỉnh Hà Tĩnh, tỉnh Quảng Bình triển khai.", [["UBND tỉnh Hà Tĩnh", "tỉnh Quảng Bình"]]],
    ["what a verb acts on ('thông tin') is no name's word", "Các doanh nghiệp tiếp cận thông tin chính thức để triển khai.", [["Các doanh nghiệp"]]],
  ])("stays: %s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });

  it("stays: a clause word ('thì') ends it", () => {
    const words = toWords("đơn vị thì cơ quan cấp trên xây dựng kế hoạch");
    expect(readAgency(words, 0)?.to).toBe(2);
  });

  it.each([
    ["after 'phối hợp với', a lower-case head", "Sở Y tế phối hợp với các cơ quan thông tin đại chúng tuyên truyền.", { lead: ["Sở Y tế"], support: ["các cơ quan thông tin đại chúng"] }],
    ["a Sở's official field is its whole name: what follows in lower case is the work", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh chủ trì, phối hợp với Sở Nông nghiệp và Môi trường kiểm đếm tàu thuyền.", { lead: ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh"], support: ["Sở Nông nghiệp và Môi trường"] }],
    ["stays: a field with its place", "Sở Y tế phối hợp với Sở Giáo dục và Đào tạo thành phố Hà Nội tổ chức.", { lead: ["Sở Y tế"], support: ["Sở Giáo dục và Đào tạo thành phố Hà Nội"] }],
    ["stays: a field whose name goes on in lower case", "Sở Y tế phối hợp với Sở Giao thông vận tải tổ chức.", { lead: ["Sở Y tế"], support: ["Sở Giao thông vận tải"] }],
    ["stays: no Sở or Bộ ('Trung tâm Y tế dự phòng')", "Sở Y tế phối hợp với Trung tâm Y tế dự phòng tỉnh tổ chức.", { lead: ["Sở Y tế"], support: ["Trung tâm Y tế dự phòng tỉnh"] }],
    ["… the pair of levels", "Sở Giáo dục và Đào tạo phối hợp với Công an tỉnh, thành phố xây dựng phương án.", { lead: ["Sở Giáo dục và Đào tạo"], support: ["Công an tỉnh, thành phố"] }],
    ["stays: an agent in a relative clause after 'do' reads no lower-case name", "Tăng cường liên kết giữa bảo hiểm y tế và bảo hiểm sức khoẻ do các doanh nghiệp bảo hiểm cung cấp.", undefined],
  ])("%s", (_, text, expected) => {
    expect(objects(text)[0]).toEqual(expected);
  });
});

describe("the bodies directed, over commas, are the object of 'chỉ đạo' / 'đôn đốc' / 'hướng dẫn'", () => {
  it.each([
    ["a lower-case qualifier before the comma", "Ủy ban nhân dân các tỉnh chỉ đạo các cơ quan chuyên môn, Ủy ban nhân dân cấp xã tăng cường kiểm tra.", [["Ủy ban nhân dân các tỉnh"]]],
    ["'đôn đốc' with 'và'", "Ban Thường trực UBMTTQ xã theo dõi, đôn đốc Ủy ban Bầu cử xã, UBND xã và các cơ quan chức năng giải quyết đơn thư.", [["Ban Thường trực UBMTTQ xã"]]],
    ["'hướng dẫn' a list of names", "Sở Y tế hướng dẫn Trung tâm Y tế huyện, UBND các xã triển khai tiêm chủng.", [["Sở Y tế"]]],
  ])("%s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });

  it.each([
    ["no object right after the verb", "Sở Y tế hướng dẫn, UBND các xã triển khai.", [["Sở Y tế"], ["UBND các xã"]]],
    ["another verb before the comma", "Sở Y tế chủ trì thực hiện, UBND các xã tăng cường kiểm tra.", [["Sở Y tế"], ["UBND các xã"]]],
    ["a semicolon ends the object", "UBND tỉnh đôn đốc Sở Y tế, Sở Tài chính thực hiện; Công an tỉnh bảo đảm an ninh.", [["UBND tỉnh"], ["Công an tỉnh"]]],
    ["a list of subjects still leads", "Các cơ quan chuyên môn, UBND cấp xã tăng cường kiểm tra.", [["Các cơ quan chuyên môn", "UBND cấp xã"]]],
  ])("stays: %s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });
});
