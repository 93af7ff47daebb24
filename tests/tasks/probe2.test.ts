/**
 * The second reader's probe (round 2): names that end where the body's own name is whole, the
 * commune-level bodies and village heads, the commune level "đặc khu", Party committees read
 * before a descriptor, OCR slips on the task grammar's function words, closing formulas of a
 * report or a submission. Each table holds the phrasings that must change and those that must stay.
 */
import { describe, expect, it } from "vitest";
import { closingTasks } from "../../src/tasks/closing-tasks.js";
import { findDeadline, findDeadlines } from "../../src/tasks/deadline.js";
import { joinRun } from "../../src/text-run.js";
import type { Task } from "../../src/types.js";
import { leads, tasksOf } from "./clause-fixture.js";

const read = (text: string, inherited: string[] | null = null) => tasksOf(text, inherited, { year: 2026 });
const texts = (tasks: Task[], field: "support" | "reportTo") => tasks.map((t) => t[field].map((a) => a.text));

describe("a whole name takes no lower-case words after it (probe2 row 1)", () => {
  it.each([
    ["a level printed in capitals", "Đề nghị UBND Thành phố bổ sung kinh phí.", [["UBND Thành phố"]], "bổ sung kinh phí"],
    ["… as a subject", "UBND Tỉnh bổ sung kinh phí cho các xã.", [["UBND Tỉnh"]], "bổ sung kinh phí cho các xã"],
    ["a proper name of two capitalised syllables", "Viễn thông Quảng Trị nâng cấp mạng.", [], null],
    ["the Front's committee of a commune", "Ủy ban Mặt trận Tổ quốc Việt Nam xã phát động phong trào thi đua.", [["Ủy ban Mặt trận Tổ quốc Việt Nam xã"]], "phát động phong trào thi đua"],
    ["an abbreviation", "Sở NN&PTNT phân bổ vắc xin cho các xã.", [["Sở NN&PTNT"]], "phân bổ vắc xin cho các xã"],
    ["a number after an abbreviation stays", "Chi cục HQCK cảng SGKV 1 phối hợp rà soát.", [["Chi cục HQCK cảng SGKV 1"]], "phối hợp rà soát"],
    ["a Party committee of a level", "Văn phòng Tỉnh ủy tổng hợp kết quả.", [["Văn phòng Tỉnh ủy"]], "tổng hợp kết quả"],
    ["a name of one capitalised syllable, closed by a verb the name reader knows", "Trung tâm Y tế bổ sung thuốc.", [["Trung tâm Y tế"]], "bổ sung thuốc"],
    ["… after a dash", "Phòng Tài chính - Kế hoạch phân bổ kinh phí.", [["Phòng Tài chính - Kế hoạch"]], "phân bổ kinh phí"],
  ])("%s", (_, text, expected, action) => {
    const tasks = read(text);
    expect(leads(tasks).slice(0, expected.length)).toEqual(expected);
    if (action) expect(tasks[0].action).toBe(action);
  });

  it.each([
    ["the support of a proper name", "Sở Xây dựng chủ trì, phối hợp với Viễn thông Quảng Trị nâng cấp mạng.", [["Viễn thông Quảng Trị"]]],
    ["a level's name goes on in capitals", "Sở Y tế phối hợp với UBND Thành phố Hà Nội tổ chức.", [["UBND Thành phố Hà Nội"]]],
  ])("%s", (_, text, expected) => {
    expect(texts(read(text), "support")).toEqual(expected);
  });

  it.each([
    ["a name of one capitalised syllable goes on in lower case", "Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh đôn đốc nhà thầu.", [["Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh"]]],
    ["… 'Cục Quản lý …'", "Cục Quản lý đê điều chủ trì kiểm tra.", [["Cục Quản lý đê điều"]]],
    ["a head inside a name does not close it", "Cục Bản đồ Bộ Tổng Tham mưu có trách nhiệm cung cấp bản đồ.", [["Cục Bản đồ Bộ Tổng Tham mưu"]]],
    ["an abbreviation's name goes on with a term", "Ban QLDA đầu tư xây dựng công trình giao thông tỉnh đôn đốc nhà thầu.", [["Ban QLDA đầu tư xây dựng công trình giao thông tỉnh"]]],
    ["a level after a whole name", "Ủy ban MTTQ Việt Nam cấp trên khen thưởng.", [["Ủy ban MTTQ Việt Nam cấp trên"]]],
    ["a body named by what it does", "Hội đồng thẩm định có trách nhiệm xem xét hồ sơ.", [["Hội đồng thẩm định"]]],
    ["a descriptor after a whole name", "Ngân hàng Nhà nước chi nhánh tỉnh hướng dẫn các ngân hàng.", [["Ngân hàng Nhà nước chi nhánh tỉnh"]]],
  ])("stays: %s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });
});

describe("commune-level bodies, village heads, 'đặc khu', Party committees, deputies, universities (rows 2, 3, 16, 20)", () => {
  it.each([
    ["a commune health station", "Trạm Y tế xã tổ chức phun hóa chất.", [["Trạm Y tế xã"]]],
    ["a forest ranger office", "Giao Hạt Kiểm lâm khu vực Đức Trọng chuẩn bị báo cáo.", [["Hạt Kiểm lâm khu vực Đức Trọng"]]],
    ["a border post", "Đồn Biên phòng Cửa Việt phối hợp tuần tra.", [["Đồn Biên phòng Cửa Việt"]]],
    ["a market control team", "Đội Quản lý thị trường tăng cường kiểm tra.", [["Đội Quản lý thị trường"]]],
    ["a village head", "Trưởng thôn vận động Nhân dân thu gom rác thải.", [["Trưởng thôn"]]],
    ["the heads of the villages", "Trưởng các thôn, bản, tổ dân phố vận động Nhân dân.", [["Trưởng các thôn, bản, tổ dân phố"]]],
    ["a residential group head", "Tổ trưởng tổ dân phố lập danh sách cử tri.", [["Tổ trưởng tổ dân phố"]]],
    ["the commune level with 'đặc khu'", "Ủy ban nhân dân các xã, phường, đặc khu xây dựng kế hoạch chuyển đổi số, ban hành trước ngày 31/01/2026.", [["Ủy ban nhân dân các xã, phường, đặc khu"]]],
    ["… without it", "Ủy ban nhân dân các xã, phường xây dựng kế hoạch chuyển đổi số, ban hành trước ngày 31/01/2026.", [["Ủy ban nhân dân các xã, phường"]]],
    ["a Party committee after 'trực thuộc'", "Các đảng ủy trực thuộc Tỉnh ủy xây dựng kế hoạch cụ thể.", [["Các đảng ủy trực thuộc Tỉnh ủy"]]],
    ["… in lower case", "Các đảng ủy trực thuộc tỉnh ủy xây dựng kế hoạch cụ thể.", [["Các đảng ủy trực thuộc tỉnh ủy"]]],
    ["deputies and their groups", "Thường trực HĐND tỉnh, các Ban HĐND tỉnh, Tổ đại biểu và đại biểu HĐND tỉnh giám sát việc thực hiện.", [["Thường trực HĐND tỉnh", "các Ban HĐND tỉnh", "Tổ đại biểu", "đại biểu HĐND tỉnh"]]],
    ["universities and academies, one group", "Các đại học, học viện, trường đại học đẩy mạnh tự chủ.", [["Các đại học, học viện, trường đại học"]]],
  ])("%s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });

  it.each([
    ["'trực thuộc tỉnh' stays a descriptor", "Các đơn vị trực thuộc tỉnh rà soát hồ sơ.", [["Các đơn vị trực thuộc tỉnh"]]],
    ["bare 'trưởng' heads nothing else", "Trưởng Ban Tuyên giáo chủ trì hội nghị.", [["Trưởng Ban Tuyên giáo"]]],
    ["a verb that opens with a head's word is no body", "Các xã, phường xây dựng kế hoạch, ban hành trước ngày 31/01/2026.", [["Các xã, phường"]]],
    ["a team of staff is no body", "Đội ngũ cán bộ được nâng cao trình độ.", []],
  ])("stays: %s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });
});

describe("a report to a Party committee ends at the committee (row 17)", () => {
  it.each([
    ["'vào tháng' after it", "Văn phòng Tỉnh ủy sơ kết, báo cáo Ban Thường vụ Tỉnh ủy vào tháng 12/2026.", [["Ban Thường vụ Tỉnh ủy"]]],
    ["'trong tháng' after it", "Văn phòng Tỉnh ủy báo cáo Ban Thường vụ Tỉnh ủy trong tháng 12/2026.", [["Ban Thường vụ Tỉnh ủy"]]],
  ])("%s", (_, text, expected) => {
    expect(texts(read(text), "reportTo")).toEqual(expected);
  });
});

describe("the task grammar's function words printed with a tone lost or misread (OCR, row 14)", () => {
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

  it.each([
    ["'truớc ngày'", "hoàn thành truớc ngày 30/9/2025", "2025-09-30"],
    ["'trứơc ngày'", "hoàn thành trứơc ngày 30/9/2025", "2025-09-30"],
    ["'trước ngày' spelt right", "hoàn thành trước ngày 30/9/2025", "2025-09-30"],
    ["'vào ngày' (row 17)", "tổ chức tiêm phòng vào ngày 15/11/2025", "2025-11-15"],
  ])("%s", (_, text, iso) => {
    expect(findDeadline(text, { year: 2025, lines: [1, 1] })?.iso).toBe(iso);
  });

  it.each([
    ["'vào tháng' is a limit kept as printed", "báo cáo Ban Thường vụ Tỉnh ủy vào tháng 12/2026", "vào tháng 12/2026"],
    ["'vào quý'", "hoàn thành vào quý III/2026", "vào quý III/2026"],
    ["'trúc' is no 'trước'", "xây dựng kiến trúc 30/9/2025", undefined],
    ["'vào' without a date", "đưa vào sử dụng", undefined],
  ])("%s", (_, text, printed) => {
    expect(findDeadline(text, { year: 2025, lines: [1, 1] })?.text).toBe(printed);
  });
});

describe("a report's or a submission's closing formula, and the execution formula at a sentence's tail (rows 8a, 20)", () => {
  const closing = (text: string) => closingTasks(joinRun([[191, text]]), { issuer: [] });
  it.each([
    ["a report's closing", "Sở Nông nghiệp và Môi trường kính báo cáo UBND Thành phố xem xét, chỉ đạo./."],
    ["… without 'kính'", "Sở Nông nghiệp và Môi trường báo cáo UBND Thành phố xem xét, chỉ đạo./."],
    ["a submission's closing", "Ủy ban nhân dân tỉnh kính trình Hội đồng nhân dân tỉnh xem xét, quyết định./."],
    ["a request for a decision", "Sở Tài chính đề nghị Bộ Tài chính xem xét, cho ý kiến./."],
    ["the execution formula after a list of subjects", "Bộ trưởng yêu cầu Thủ trưởng các đơn vị thuộc Bộ, Giám đốc các đại học, học viện, Hiệu trưởng các trường đại học tổ chức thực hiện nghiêm túc Chỉ thị này./."],
  ])("no task: %s", (_, text) => {
    expect(closing(text)).toEqual([]);
  });

  it.each([
    ["a duty in the closing", "Trong quá trình thực hiện, nếu có vướng mắc, các sở, ngành kịp thời báo cáo UBND tỉnh để xem xét, giải quyết./.", [["các sở, ngành"]]],
    ["a report with a limit of its own", "Sở Tài chính tổng hợp, báo cáo UBND tỉnh trước ngày 15/3/2025./.", [["Sở Tài chính"]]],
  ])("stays: %s", (_, text, expected) => {
    expect(leads(closing(text))).toEqual(expected);
  });
});

describe("a field with its comma after 'và' inside a name (row 19)", () => {
  it.each([
    ["as a subject", "Cục Quản lý đê điều và Phòng, chống thiên tai tổ chức trực ban.", [["Cục Quản lý đê điều và Phòng, chống thiên tai"]]],
    ["'Phòng, chống' right after the head stays", "Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh tổ chức trực ban.", [["Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh"]]],
    ["a body after 'và' is the next of a list", "Cục Thủy lợi và Cục Quản lý đê điều tổ chức trực ban.", [["Cục Thủy lợi", "Cục Quản lý đê điều"]]],
  ])("%s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });
});

describe("a project board's statutory name, 'cùng ngày', 'hằng quý', a restrictive 'có …' clause (rows 21, 22)", () => {
  it.each([
    ["a specialised project board, after 'phối hợp với'", "Sở Xây dựng chủ trì, phối hợp với Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp thành phố đẩy nhanh tiến độ.", [["Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp thành phố"]]],
    ["… ending at its level", "Sở Xây dựng phối hợp với Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh triển khai.", [["Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh"]]],
  ])("%s", (_, text, expected) => {
    expect(texts(read(text), "support")).toEqual(expected);
  });

  it.each([
    ["a restrictive 'có' clause before 'chịu trách nhiệm'", "Chủ tịch UBND các xã có dự án đi qua chịu trách nhiệm trước Chủ tịch UBND tỉnh về tiến độ.", [["Chủ tịch UBND các xã có dự án đi qua"]]],
    ["'có trách nhiệm' is the duty itself", "Các xã có trách nhiệm bàn giao mặt bằng.", [["Các xã"]]],
    ["no duty after 'có …': no restrictive clause", "Các xã có dự án đi qua cần bàn giao mặt bằng.", [["Các xã"]]],
  ])("%s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });

  it.each([
    ["'cùng ngày' takes the date of the limit before it", "hoàn thành trước 17 giờ ngày 27/10/2025; báo cáo kết quả trước 20 giờ cùng ngày", ["2025-10-27T17:00", "2025-10-27T20:00"]],
    ["… none before it: kept as printed", "báo cáo kết quả trước 20 giờ cùng ngày", [null]],
    ["'hằng quý' after a report's object", "báo cáo Ban Thường vụ Thành ủy kết quả giải ngân hằng quý", [null]],
    ["'hằng tháng' stays", "báo cáo kết quả hằng tháng", [null]],
  ])("%s", (_, text, isos) => {
    expect(findDeadlines(text, { year: 2025, lines: [1, 1] }).map((d) => d.deadline.iso)).toEqual(isos);
  });

  it("'hằng quý' is the printed limit", () => {
    expect(findDeadline("báo cáo kết quả giải ngân hằng quý", { year: 2025, lines: [1, 1] })?.text).toBe("hằng quý");
  });
});

describe("a sentence with a plural subject the lexicon cannot read inherits no lead (row 20)", () => {
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
