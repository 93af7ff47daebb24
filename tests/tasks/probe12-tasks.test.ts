/**
 * probe12 F6, F7 (tasks side): a company's name in sentence case after its legal form; "trong ngày
 * <date>" and a period's end as limits; a frequency after a report's addressee. Each table holds
 * the phrasings that must change and those that must stay.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";
import { findDeadline } from "../../src/tasks/deadline.js";
import { leads, readAt, support, texts } from "./clause-fixture.js";

const read = readAt(2025);

describe("a company's name after its legal form runs to its place or its verb (probe12 F6)", () => {
  it.each([
    ["TNHH MTV, a verb opening the name, a place in capitals", "Công ty TNHH MTV Quản lý khai thác công trình thủy lợi Quảng Trị vận hành các hồ chứa đúng quy trình.", "Công ty TNHH MTV Quản lý khai thác công trình thủy lợi Quảng Trị", "vận hành các hồ chứa đúng quy trình"],
    ["another first word", "Công ty TNHH MTV Khai thác công trình thủy lợi Quảng Trị vận hành các hồ chứa.", "Công ty TNHH MTV Khai thác công trình thủy lợi Quảng Trị", "vận hành các hồ chứa"],
    ["Cổ phần in full", "Công ty Cổ phần Môi trường đô thị Đông Hà tăng cường thu gom rác.", "Công ty Cổ phần Môi trường đô thị Đông Hà", "tăng cường thu gom rác"],
    ["a verb of the lexicon inside the name", "Công ty CP Tư vấn xây dựng Quảng Trị phối hợp với Sở Xây dựng kiểm tra.", "Công ty CP Tư vấn xây dựng Quảng Trị", "phối hợp với Sở Xây dựng kiểm tra"],
    ["a level in lower case ends it", "Công ty TNHH MTV Xổ số kiến thiết tỉnh chủ trì, phối hợp với Sở Tài chính.", "Công ty TNHH MTV Xổ số kiến thiết tỉnh", "chủ trì, phối hợp với Sở Tài chính"],
    ["no place: the duty ends it", "Công ty TNHH MTV Khai thác thủy lợi chủ trì, phối hợp với Sở Tài chính.", "Công ty TNHH MTV Khai thác thủy lợi", "chủ trì, phối hợp với Sở Tài chính"],
    ["after Giao", "Giao Công ty TNHH MTV Quản lý khai thác công trình thủy lợi Quảng Trị vận hành hồ chứa.", "Công ty TNHH MTV Quản lý khai thác công trình thủy lợi Quảng Trị", "vận hành hồ chứa"],
    ["no place, a capitalised object ending the sentence: the verb ends the name", "Công ty TNHH MTV Khai thác thủy lợi kiểm tra Hồ Ái Tử.", "Công ty TNHH MTV Khai thác thủy lợi", "kiểm tra Hồ Ái Tử"],
    ["… its object in lower case first", "Công ty TNHH MTV Khai thác thủy lợi kiểm tra hồ Ái Tử.", "Công ty TNHH MTV Khai thác thủy lợi", "kiểm tra hồ Ái Tử"],
  ])("%s", (_, text, lead, action) => {
    const tasks = read(text);
    expect(leads(tasks)).toEqual([[lead]]);
    expect(tasks[0].action).toBe(action);
  });

  it.each([
    ["a term holding a verb ('công trình')", "Sở Xây dựng phối hợp với Công ty TNHH MTV Quản lý khai thác công trình thủy lợi Quảng Trị.", "Công ty TNHH MTV Quản lý khai thác công trình thủy lợi Quảng Trị"],
    ["a field holding a verb ('xây dựng')", "Sở Xây dựng phối hợp với Công ty CP Tư vấn xây dựng Quảng Trị.", "Công ty CP Tư vấn xây dựng Quảng Trị"],
  ])("the support ending the sentence: %s", (_, text, expected) => {
    expect(support(read(text))).toEqual([[expected]]);
  });

  it("… and as the support", () => {
    const tasks = read("Sở Nông nghiệp và Môi trường phối hợp với Công ty TNHH MTV Quản lý khai thác công trình thủy lợi Quảng Trị kiểm tra.");
    expect(support(tasks)).toEqual([["Công ty TNHH MTV Quản lý khai thác công trình thủy lợi Quảng Trị"]]);
  });

  it.each([
    ["no legal form: a name of two capitalised syllables is whole", "Công ty Điện lực Quảng Trị bảo đảm cung cấp điện.", "Công ty Điện lực Quảng Trị", "bảo đảm cung cấp điện"],
    ["no legal form, a Tổng công ty", "Tổng công ty Điện lực miền Trung bảo đảm cấp điện.", "Tổng công ty Điện lực miền Trung", "bảo đảm cấp điện"],
    ["a Ban's name in sentence case, as before", "Ban Quản lý dự án đầu tư xây dựng tỉnh vận hành các hồ chứa đúng quy trình.", "Ban Quản lý dự án đầu tư xây dựng tỉnh", "vận hành các hồ chứa đúng quy trình"],
  ])("stays: %s", (_, text, lead, action) => {
    const tasks = read(text);
    expect(leads(tasks)).toEqual([[lead]]);
    expect(tasks[0].action).toBe(action);
  });
});

describe("'trong ngày <date>' and a period's end are limits (probe12 F7)", () => {
  const limit = (text: string) => {
    const d = findDeadline(text, { year: 2025, lines: [1, 1] });
    return d && [d.text, d.kind, d.iso];
  };
  it.each([
    ["trong ngày", "kiểm tra hiện trường trong ngày 15/10/2025", ["trong ngày 15/10/2025", "date", "2025-10-15"]],
    ["trong ngày, a long date", "báo cáo kết quả trong ngày 15 tháng 10 năm 2025", ["trong ngày 15 tháng 10 năm 2025", "date", "2025-10-15"]],
    ["từ … đến ngày", "tổ chức kiểm tra từ ngày 15/12/2025 đến ngày 15/3/2026", ["từ ngày 15/12/2025 đến ngày 15/3/2026", "date", "2026-03-15"]],
    ["từ … đến hết ngày", "tổ chức kiểm tra từ ngày 15/12/2025 đến hết ngày 15/3/2026", ["từ ngày 15/12/2025 đến hết ngày 15/3/2026", "date", "2026-03-15"]],
    ["the year printed on the end only", "tổ chức đợt cao điểm từ ngày 04/2 đến ngày 08/2/2026", ["từ ngày 04/2 đến ngày 08/2/2026", "date", "2026-02-08"]],
    ["an hour on the end", "vận động bầu cử từ ngày 26/02/2026 đến 05 giờ 00 ngày 14/3/2026", ["từ ngày 26/02/2026 đến 05 giờ 00 ngày 14/3/2026", "date", "2026-03-14T05:00"]],
    ["đến hết ngày alone", "thực hiện song song 2 quy trình đến hết ngày 26/3/2026", ["đến hết ngày 26/3/2026", "date", "2026-03-26"]],
  ])("%s", (_, text, expected) => {
    expect(limit(text)).toEqual(expected);
  });

  it.each([
    ["a period's start alone", "tổ chức kiểm tra từ ngày 01/5/2026", null],
    ["đến ngày without từ or hết (a state at a date)", "đến ngày 30/9/2025, toàn tỉnh đã tiêm 90%", null],
    ["the span a count covers", "tổng hợp số liệu tính từ ngày 01/01/2026 đến ngày 30/6/2026", null],
    ["a period beside a calendar limit", "báo cáo số liệu từ ngày 01/01/2026 đến ngày 30/6/2026 trước ngày 10/7/2026", ["trước ngày 10/7/2026", "date", "2026-07-10"]],
    ["trong ngày with no date", "kiểm tra hiện trường trong ngày", null],
    ["trong ngày làm việc", "giải quyết trong 05 ngày làm việc", ["trong 05 ngày làm việc", "relative", null]],
  ])("stays: %s", (_, text, expected) => {
    expect(limit(text)).toEqual(expected);
  });

  it("a period and a calendar limit in two clauses: two tasks, each with its limit", () => {
    const tasks = read("Sở Y tế tổ chức kiểm tra từ ngày 01/3/2026 đến ngày 31/3/2026; báo cáo kết quả về UBND tỉnh trước ngày 05/4/2026.");
    expect(tasks.map((t) => t.deadline?.iso)).toEqual(["2026-03-31", "2026-04-05"]);
  });

  it("the day's limit and the daily report are two tasks; the frequency is no word of the addressee", () => {
    const tasks = read("Chi cục Thủy lợi kiểm tra hiện trường trong ngày 15/10/2025; tổng hợp tình hình, báo cáo Giám đốc Sở hằng ngày.");
    expect(tasks.map((t) => t.deadline?.text)).toEqual(["trong ngày 15/10/2025", "hằng ngày"]);
    expect(texts(tasks, "reportTo")).toEqual([[], ["Giám đốc Sở"]]);
  });

  it.each([
    ["a bare head", "Sở Y tế tổng hợp, báo cáo Sở hằng quý.", [["Sở"]]],
    ["a whole name, as before", "Sở Y tế tổng hợp, báo cáo Bộ Y tế hằng tháng.", [["Bộ Y tế"]]],
    ["a level, as before", "Các xã báo cáo UBND tỉnh hằng tháng.", [["UBND tỉnh"]]],
  ])("a frequency after the addressee: %s", (_, text, expected) => {
    expect(texts(read(text), "reportTo")).toEqual(expected);
  });
});

describe("a task table's header labels read as prose give no task (probe12 F3(d), F9)", () => {
  it.each([
    ["the labels in order, one paragraph", "STT Nội dung Cơ quan chủ trì Cơ quan phối hợp Thời gian hoàn thành"],
    ["the labels in another order", "Nội dung STT Thời gian thực hiện Đơn vị chủ trì Đơn vị phối hợp Ghi chú"],
    ["a centred header band (pdftotext -layout) with the cells flattened after it", "Cơ quan chủ Cơ quan phối Thời gian STT Nội dung trì hợp hoàn thành Rà soát, số hóa kết quả giải Văn phòng Trước ngày 1 quyết thủ tục hành chính còn HĐND và Phòng Kinh tế 30/6/2026"],
    ["no number column, two bodies' columns (raw pdftotext)", "Cơ quan chủ Cơ quan phối Thời gian trì hợp hoàn thành Rà soát, số hóa kết quả giải Văn phòng Trước ngày"],
    ["no number column, the whole sentence", "Nội dung công việc Cơ quan chủ trì Thời gian hoàn thành"],
  ])("%s", (_, text) => {
    expect(read(text, ["Ủy ban nhân dân xã"])).toEqual([]);
  });

  it.each([
    // (the readings as they were: these are prose, read as before)
    ["a lead and its support", "Cơ quan chủ trì phối hợp với các đơn vị liên quan thực hiện rà soát.", [["Cơ quan"]]],
    ["a subject with its duty", "Cơ quan chủ trì có trách nhiệm tổng hợp kết quả, báo cáo UBND xã.", [["Cơ quan"]]],
    ["labels of three columns opening prose, no number, no second body", "Nội dung, thời gian và cơ quan chủ trì do Văn phòng đề xuất.", [["Ủy ban nhân dân xã"]]],
  ])("stays: %s", (_, text, expected) => {
    expect(leads(read(text, ["Ủy ban nhân dân xã"]))).toEqual(expected);
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

describe("a day of a month the period names (probe10 F14 remainder)", () => {
  const limit = (text: string) => {
    const d = findDeadline(text, { year: 2025, lines: [1, 1] });
    return d && [d.text, d.kind, d.iso];
  };
  it.each([
    ["the last month of the quarter", "báo cáo kết quả về Sở Nội vụ trước ngày 05 của tháng cuối quý", ["trước ngày 05 của tháng cuối quý", "relative", null]],
    ["the first month of the next quarter", "báo cáo Sở Nội vụ chậm nhất ngày 10 của tháng đầu quý sau", ["chậm nhất ngày 10 của tháng đầu quý sau", "relative", null]],
    ["the next month", "báo cáo Sở Nội vụ trước ngày 15 tháng sau", ["trước ngày 15 tháng sau", "relative", null]],
  ])("%s", (_, text, expected) => {
    expect(limit(text)).toEqual(expected);
  });

  it.each([
    ["a day of the month alone, no regime", "báo cáo Sở Nội vụ trước ngày 25", null],
    ["a calendar date", "báo cáo Sở Nội vụ trước ngày 15/12/2025", ["trước ngày 15/12/2025", "date", "2025-12-15"]],
    ["a month named by its number, kept as before", "báo cáo hằng tháng trước ngày 25 hằng tháng", ["trước ngày 25 hằng tháng", "relative", null]],
  ])("stays: %s", (_, text, expected) => {
    expect(limit(text)).toEqual(expected);
  });
});
