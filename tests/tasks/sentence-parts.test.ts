/**
 * One sentence's parts (src/tasks/sentence-parts.ts): its subject and where it ends, restrictive
 * clauses, passive and active triggers, support and report targets. Each table holds the phrasings
 * that must read one way and those that must stay.
 */
import { describe, expect, it } from "vitest";
import { leads, readAt, texts } from "./clause-fixture.js";

const read = readAt(2026);

describe("a report to a Party committee ends at the committee", () => {
  it.each([
    ["'vào tháng' after it", "Văn phòng Tỉnh ủy sơ kết, báo cáo Ban Thường vụ Tỉnh ủy vào tháng 12/2026.", [["Ban Thường vụ Tỉnh ủy"]]],
    ["'trong tháng' after it", "Văn phòng Tỉnh ủy báo cáo Ban Thường vụ Tỉnh ủy trong tháng 12/2026.", [["Ban Thường vụ Tỉnh ủy"]]],
  ])("%s", (_, text, expected) => {
    expect(texts(read(text), "reportTo")).toEqual(expected);
  });
});

describe("the task grammar's function words printed with a tone lost or misread (OCR)", () => {
  it.each([
    ["'vói' after 'phối hợp'", "Sở Y tế chủ trì, phối hợp vói Sở Tài chính rà soát.", [["Sở Tài chính"]]],
    ["'vởi'", "Vụ Giáo dục Phổ thông chủ trì, phối hợp vởi Cục Nhà giáo hướng dẫn.", [["Cục Nhà giáo"]]],
    ["'phối họp'", "Sở Y tế phối họp với Sở Tài chính rà soát.", [["Sở Tài chính"]]],
    ["… spelt right", "Sở Y tế chủ trì, phối hợp với Sở Tài chính rà soát.", [["Sở Tài chính"]]],
  ])("%s", (_, text, expected) => {
    expect(texts(read(text), "support")).toEqual(expected);
  });

  it.each([
    ["'bảo cáo'", "Sở Y tế rà soát, bảo cáo UBND tỉnh.", [["UBND tỉnh"]]],
    ["'báo cáo' spelt right", "Sở Y tế rà soát, báo cáo UBND tỉnh.", [["UBND tỉnh"]]],
  ])("%s", (_, text, expected) => {
    expect(texts(read(text), "reportTo")).toEqual(expected);
  });
});

describe("a sentence with a plural subject the lexicon cannot read inherits no lead", () => {
  it.each([
    ["an unknown plural body acting", "Các chuyên viên khác thực hiện các nhiệm vụ được phân công.", []],
    ["… under a condition", "Những cơ sở sản xuất tôm giống chưa thực hiện đầy đủ các biện pháp cần khắc phục ngay.", []],
  ])("%s", (_, text, expected) => {
    expect(leads(read(text, ["Sở Y tế"]))).toEqual(expected);
  });

  it.each([
    ["a passive sentence still inherits", "Các yêu cầu về kinh phí cần được ghi vào kế hoạch.", [["Sở Y tế"]]],
    ["a row with a colon still inherits", "Các vùng khác (phía Bắc): cuối năm 1984.", [["Sở Y tế"]]],
    ["a sentence opening with a verb inherits", "Rà soát các hồ sơ tồn đọng.", [["Sở Y tế"]]],
    ["a body the lexicon reads leads", "Các sở, ngành rà soát hồ sơ.", [["Các sở, ngành"]]],
  ])("stays: %s", (_, text, expected) => {
    expect(leads(read(text, ["Sở Y tế"]))).toEqual(expected);
  });
});

describe("a remit closed by a passive trigger", () => {
  it.each([
    ["'được phân công' after the remit", "Các phòng, đơn vị thuộc Sở căn cứ nhiệm vụ được phân công tổ chức thực hiện; báo cáo Giám đốc Sở trước ngày 05/12/2026.", [["Các phòng, đơn vị thuộc Sở"]]],
    ["'được phân cấp'", "Các sở, ngành theo chức năng, nhiệm vụ được phân cấp chủ động triển khai.", [["Các sở, ngành"]]],
    ["'được giao' as before", "Các sở, ngành căn cứ nhiệm vụ được giao tổ chức thực hiện.", [["Các sở, ngành"]]],
    ["the passive after the action", "Các sở, ngành tổ chức thực hiện nhiệm vụ được phân công.", [["Các sở, ngành"]]],
  ])("%s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });

  it.each([
    ["a body described by its assignment", "Công chức được phân công theo dõi địa bàn."],
  ])("stays no task: %s", (_, text) => {
    expect(read(text)).toEqual([]);
  });
});

describe("a passive trigger inside a restrictive clause", () => {
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

describe("'… do X trình / xây dựng.' closing a noun phrase names an author", () => {
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

describe("'là' after a plural noun phrase ends its subject", () => {
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

describe("'còn' opens a restrictive clause, urgency closes it; 'doanh nghiệp' joins the group", () => {
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

describe("a subject list whose first member is unknown keeps the members read", () => {
  const read = readAt(2025);
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

describe("after 'được phân công' / 'được giao nhiệm vụ' (and a role), the first verb is the predicate", () => {
  const read = readAt(2025);
  it.each([
    ["'được phân công' + an adverb verb", "Các đơn vị được phân công chủ động triển khai, báo cáo kết quả về Ủy ban nhân dân phường trước ngày 10/12/2026.", [["Các đơn vị được phân công"]]],
    ["'được giao nhiệm vụ'", "Các sở, ngành được giao nhiệm vụ chủ động triển khai, báo cáo kết quả về Sở Nội vụ trước ngày 10/12/2025.", [["Các sở, ngành được giao nhiệm vụ"]]],
    ["'được phân công chủ trì' + a verb", "Các cơ quan, đơn vị được phân công chủ trì xây dựng kế hoạch chi tiết trước ngày 10/12/2025.", [["Các cơ quan, đơn vị được phân công chủ trì"]]],
    ["'được giao chủ trì' + a verb", "Các sở, ngành được giao chủ trì triển khai các nhiệm vụ trên, hoàn thành trong tháng 6/2026.", [["Các sở, ngành được giao chủ trì"]]],
  ])("%s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });

  it.each([
    ["with a duty after it", "Các phòng, đơn vị được phân công chủ trì có trách nhiệm xây dựng kế hoạch chi tiết.", [["Các phòng, đơn vị được phân công chủ trì"]]],
    ["a duty after what was assigned", "Các đơn vị được phân công thực hiện nhiệm vụ tại Phụ lục có trách nhiệm báo cáo kết quả.", [["Các đơn vị được phân công thực hiện nhiệm vụ tại Phụ lục"]]],
  ])("stays: %s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });

  it.each([
    ["a bare 'được giao' names what was given", "Các đơn vị được giao quản lý tài sản công."],
    ["a description", "Công chức được bố trí theo vị trí việc làm."],
    ["a remit and a verb, no limit: who was given the lead", "Các đơn vị được giao chủ trì xây dựng kế hoạch."],
    ["… with 'được phân công'", "Công chức được phân công theo dõi địa bàn."],
  ])("no task: %s", (_, text) => {
    expect(read(text)).toEqual([]);
  });
});

describe("a restrictive 'có …' clause before a duty", () => {
  it.each([
    ["a restrictive 'có' clause before 'chịu trách nhiệm'", "Chủ tịch UBND các xã có dự án đi qua chịu trách nhiệm trước Chủ tịch UBND tỉnh về tiến độ.", [["Chủ tịch UBND các xã có dự án đi qua"]]],
    ["'có trách nhiệm' is the duty itself", "Các xã có trách nhiệm bàn giao mặt bằng.", [["Các xã"]]],
    ["no duty after 'có …': no restrictive clause", "Các xã có dự án đi qua cần bàn giao mặt bằng.", [["Các xã"]]],
  ])("%s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });
});

describe("the work a body was given, located in the document, stays in its description (probe17 F9)", () => {
  it.each([
    ["'… chủ trì nhiệm vụ tại Mục II' + a verb", "Các cơ quan, đơn vị được giao chủ trì nhiệm vụ tại Mục II xây dựng kế hoạch chi tiết, báo cáo kết quả thực hiện về Sở Khoa học và Công nghệ trước ngày 05/12/2026.", [["Các cơ quan, đơn vị được giao chủ trì nhiệm vụ tại Mục II"]], "xây dựng kế hoạch chi tiết, báo cáo kết quả thực hiện về Sở Khoa học và Công nghệ trước ngày 05/12/2026"],
    ["'được giao nhiệm vụ tại Kế hoạch này'", "Các đơn vị được giao nhiệm vụ tại Kế hoạch này xây dựng kế hoạch chi tiết trước ngày 05/12/2026.", [["Các đơn vị được giao nhiệm vụ tại Kế hoạch này"]], "xây dựng kế hoạch chi tiết trước ngày 05/12/2026"],
    ["'được giao thực hiện nhiệm vụ tại Mục III'", "Các đơn vị được giao thực hiện nhiệm vụ tại Mục III tổ chức triển khai, báo cáo Sở Nội vụ trước ngày 15/12/2026.", [["Các đơn vị được giao thực hiện nhiệm vụ tại Mục III"]], "tổ chức triển khai, báo cáo Sở Nội vụ trước ngày 15/12/2026"],
    ["'các nội dung nêu trên' + an adverb", "Các sở, ngành được phân công chủ trì các nội dung nêu trên chủ động triển khai thực hiện.", [["Các sở, ngành được phân công chủ trì các nội dung nêu trên"]], "chủ động triển khai thực hiện"],
  ])("changes: %s", (_, text, expected, action) => {
    const tasks = read(text);
    expect(leads(tasks)).toEqual(expected);
    expect(tasks[0].action).toBe(action);
  });

  it.each([
    ["with a duty after the place, as before", "Các cơ quan, đơn vị được giao chủ trì nhiệm vụ tại Phụ lục kèm theo có trách nhiệm báo cáo kết quả về Sở Tài chính trước ngày 10/12/2026.", [["Các cơ quan, đơn vị được giao chủ trì nhiệm vụ tại Phụ lục kèm theo"]], "có trách nhiệm báo cáo kết quả về Sở Tài chính trước ngày 10/12/2026"],
    ["the work named by its verb, no place: as before", "Các đơn vị được giao chủ trì nhiệm vụ xây dựng đề án báo cáo UBND tỉnh trước ngày 05/12/2026.", [["Các đơn vị được giao chủ trì"]], "nhiệm vụ xây dựng đề án báo cáo UBND tỉnh trước ngày 05/12/2026"],
    ["a role and its verb, as before", "Các đơn vị được giao chủ trì xây dựng kế hoạch trước ngày 05/12/2026.", [["Các đơn vị được giao chủ trì"]], "xây dựng kế hoạch trước ngày 05/12/2026"],
  ])("stays: %s", (_, text, expected, action) => {
    const tasks = read(text);
    expect(leads(tasks)).toEqual(expected);
    expect(tasks[0].action).toBe(action);
  });
});
