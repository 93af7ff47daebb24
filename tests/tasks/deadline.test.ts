/**
 * The time limit of a task (src/tasks/deadline.ts): periods, yearly and monthly limits, a day of
 * the month in a monthly regime, 'trong ngày <date>' and a period's end, a council session.
 */
import { describe, expect, it } from "vitest";
import { findDeadline, findDeadlines } from "../../src/tasks/deadline.js";
import { readAt, texts } from "./clause-fixture.js";

describe("periods and yearly limits", () => {
  const limit = (text: string) => {
    const d = findDeadline(text, { year: 2026, lines: [1, 1] });
    return d && [d.text, d.kind, d.iso];
  };
  it.each([
    ["a period beside a calendar limit", "gửi số liệu chi ngân sách 6 tháng đầu năm 2026 trước ngày 10/7/2026", ["trước ngày 10/7/2026", "date", "2026-07-10"]],
    ["a counted period alone", "báo cáo kết quả 9 tháng đầu năm 2026", null],
    ["the next year, in words", "tổng hợp báo cáo trước ngày 31 tháng 01 năm sau", ["trước ngày 31 tháng 01 năm sau", "date", "2027-01-31"]],
    ["the next year, in figures", "tổng hợp báo cáo trước ngày 31/01 năm sau", ["trước ngày 31/01 năm sau", "date", "2027-01-31"]],
    ["a yearly limit, in words", "báo cáo Bộ Nội vụ trước ngày 15 tháng 12 hằng năm", ["trước ngày 15 tháng 12 hằng năm", "relative", null]],
    ["a yearly limit, in figures", "báo cáo Bộ Nội vụ trước ngày 15/12 hằng năm", ["trước ngày 15/12 hằng năm", "relative", null]],
    ["a start of a period beside a calendar limit", "triển khai từ đầu năm 2026, báo cáo trước ngày 30/6/2026", ["trước ngày 30/6/2026", "date", "2026-06-30"]],
  ])("%s", (_, text, expected) => {
    expect(limit(text)).toEqual(expected);
  });

  it.each([
    ["a calendar limit with its year", "báo cáo Bộ Nội vụ trước ngày 15/12/2026", ["trước ngày 15/12/2026", "date", "2026-12-15"]],
    // "trước" is part of the limit, as "vào" is in "vào ngày 25 hằng tháng" (probe10 F10)
    ["a day of each month", "báo cáo trước ngày 25 hằng tháng", ["trước ngày 25 hằng tháng", "relative", null]],
    ["a quarter", "hoàn thành trong quý III/2026", ["trong quý III/2026", "relative", null]],
    ["the end of a year alone", "hoàn thành cuối năm 2026", ["cuối năm 2026", "relative", null]],
    ["a day and month alone", "báo cáo trước ngày 20/9", ["trước ngày 20/9", "date", "2026-09-20"]],
  ])("stays: %s", (_, text, expected) => {
    expect(limit(text)).toEqual(expected);
  });
});

describe("a day of the month in a monthly regime", () => {
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
    // the frequency right before "báo cáo" is that report's regime (probe11 F9); the day in the other clause stays no limit
    ["the regime in another clause", "Định kỳ hằng tháng báo cáo tiến độ; hoàn thành đề án trước ngày 25.", [["hằng tháng", "relative", null]]],
    ["a day and a month", "Định kỳ hằng tháng báo cáo; tổng kết trước ngày 25/12.", [["hằng tháng", "relative", null], ["trước ngày 25/12", "date", "2025-12-25"]]],
    ["the day with its frequency and its 'trước'", "Phòng 7 báo cáo kết quả trước ngày 25 hằng tháng.", [["trước ngày 25 hằng tháng", "relative", null]]],
    ["a report's frequency alone, as before", "Phòng 7 báo cáo kết quả hằng tháng về Viện kiểm sát tỉnh.", [["hằng tháng", "relative", null]]],
  ])("stays: %s", (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("a limit's function words printed with a tone lost or misread (OCR), and 'vào' before a date", () => {
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


describe("'cùng ngày' takes the date of the limit before it; 'hằng quý' is a limit as printed", () => {
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

describe("a long date with its hour; a frequency printed before the report verb (probe10 F7, F10; probe11 F9)", () => {
  const limit = (text: string) => {
    const d = findDeadline(text, { year: 2025, lines: [1, 1] });
    return d && [d.text, d.kind, d.iso];
  };
  it.each([
    ["an hour before a long date", "chỉ đạo kêu gọi tàu thuyền, hoàn thành trước 17 giờ ngày 27 tháng 9 năm 2025", ["trước 17 giờ ngày 27 tháng 9 năm 2025", "date", "2025-09-27T17:00"]],
    ["'17h' before a long date", "báo cáo trước 17h ngày 27 tháng 9 năm 2025", ["trước 17h ngày 27 tháng 9 năm 2025", "date", "2025-09-27T17:00"]],
    ["'vào' an hour of a long date", "tổ chức họp vào 8 giờ ngày 03 tháng 10 năm 2025", ["vào 8 giờ ngày 03 tháng 10 năm 2025", "date", "2025-10-03T08:00"]],
    ["'định kỳ hằng quý' before the report verb", "xây dựng kế hoạch; định kỳ hằng quý báo cáo kết quả về Sở Khoa học và Công nghệ", ["hằng quý", "relative", null]],
    ["'hằng quý' before the report verb", "xây dựng kế hoạch; hằng quý báo cáo kết quả về Sở", ["hằng quý", "relative", null]],
    ["'định kỳ hằng năm' before 'báo cáo'", "tiếp tục lãnh đạo thực hiện Chỉ thị; định kỳ hằng năm báo cáo Ban Bí thư", ["hằng năm", "relative", null]],
    ["'hằng tháng' before 'gửi'", "rà soát; hằng tháng gửi Sở Tài chính", ["hằng tháng", "relative", null]],
    ["'trước ngày 20 hằng tháng' after the report", "báo cáo kết quả về Sở Tài chính trước ngày 20 hằng tháng", ["trước ngày 20 hằng tháng", "relative", null]],
  ])("changes: %s", (_, text, expected) => {
    expect(limit(text)).toEqual(expected);
  });

  it.each([
    ["an hour before a numeric date", "hoàn thành trước 17 giờ ngày 27/9/2025", ["trước 17 giờ ngày 27/9/2025", "date", "2025-09-27T17:00"]],
    ["a long date without an hour", "hoàn thành trước ngày 27 tháng 9 năm 2025", ["trước ngày 27 tháng 9 năm 2025", "date", "2025-09-27"]],
    ["'hằng ngày' that is no report regime", "thực hiện khai báo y tế hằng ngày", null],
    ["'hằng tháng' before a verb that is no report", "hằng tháng kiểm tra việc thực hiện", null],
    ["'vào ngày 25 hằng tháng'", "gửi số liệu vào ngày 25 hằng tháng", ["vào ngày 25 hằng tháng", "relative", null]],
    ["the report's own day after the frequency", "định kỳ hằng năm báo cáo kết quả thực hiện về Bộ Y tế trước ngày 31 tháng 12 để tổng hợp", ["trước ngày 31 tháng 12", "date", "2025-12-31"]],
  ])("stays: %s", (_, text, expected) => {
    expect(limit(text)).toEqual(expected);
  });
});

describe("a part of the day or a weekday between 'vào' and the date (probe10 F14)", () => {
  const limit = (text: string) => {
    const d = findDeadline(text, { year: 2025, lines: [1, 1] });
    return d && [d.text, d.kind, d.iso];
  };
  it.each([
    ["a morning of a Sunday", "vận động Nhân dân tổng vệ sinh môi trường vào sáng Chủ nhật ngày 26/10/2025", ["vào sáng Chủ nhật ngày 26/10/2025", "date", "2025-10-26"]],
    ["an afternoon of a weekday, with a comma", "tổ chức họp vào chiều thứ Sáu, ngày 24/10/2025", ["vào chiều thứ Sáu, ngày 24/10/2025", "date", "2025-10-24"]],
    ["a weekday alone", "ra quân vào thứ Bảy ngày 25/10/2025", ["vào thứ Bảy ngày 25/10/2025", "date", "2025-10-25"]],
  ])("changes: %s", (_, text, expected) => {
    expect(limit(text)).toEqual(expected);
  });

  it.each([
    ["'vào ngày' as before", "tổ chức tiêm phòng vào ngày 15/11/2025", ["vào ngày 15/11/2025", "date", "2025-11-15"]],
    ["a weekly day stays relative", "báo cáo vào thứ Sáu hằng tuần", ["vào thứ Sáu hằng tuần", "relative", null]],
    ["a morning without a date is no limit", "tổ chức họp vào sáng thứ Hai", null],
  ])("stays: %s", (_, text, expected) => {
    expect(limit(text)).toEqual(expected);
  });
});

describe("'trong ngày <date>' and a period's end are limits (probe12 F7)", () => {
  const read = readAt(2025);
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

describe("a session of the council as a limit", () => {
  const at = { year: 2026, lines: [3, 3] as [number, number] };
  it.each([
    ["mid-year with its year", "ban hành chính sách hỗ trợ hợp tác xã tại kỳ họp giữa năm 2026", "tại kỳ họp giữa năm 2026"],
    ["the regular year-end session", "trình HĐND tỉnh tại kỳ họp thường lệ cuối năm 2026", "tại kỳ họp thường lệ cuối năm 2026"],
    ["the nearest session, as before", "báo cáo lại HĐND tỉnh tại kỳ họp gần nhất", "tại kỳ họp gần nhất"],
  ])("%s", (_, text, expected) => {
    expect(findDeadline(text, at)).toEqual({ text: expected, kind: "relative", iso: null, lines: [3, 3] });
  });

  it.each([
    ["a session without a time", "trình bày tại kỳ họp các nội dung liên quan"],
    ["a session's topic", "thảo luận tại kỳ họp về kinh tế - xã hội"],
  ])("no deadline: %s", (_, text) => {
    expect(findDeadline(text, at)).toBeNull();
  });
});

describe("a regular meeting named by its period as a limit", () => {
  const at = { year: 2026, lines: [3, 3] as [number, number] };
  it.each([
    ["a giao ban meeting of a month", "tổng hợp, báo cáo UBND tỉnh tại cuộc họp giao ban tháng 3/2026", "tại cuộc họp giao ban tháng 3/2026"],
    ["a regular session of a month", "báo cáo Ban Thường vụ tại phiên họp thường kỳ tháng 3/2026", "tại phiên họp thường kỳ tháng 3/2026"],
    ["a conference of a quarter", "báo cáo kết quả tại hội nghị giao ban quý II/2026", "tại hội nghị giao ban quý II/2026"],
  ])("%s", (_, text, expected) => {
    expect(findDeadline(text, at)).toEqual({ text: expected, kind: "relative", iso: null, lines: [3, 3] });
  });

  it.each([
    ["a meeting without its period", "báo cáo tại cuộc họp giao ban"],
    ["a conference as a place", "phổ biến tại hội nghị tỉnh"],
    ["a meeting that is not regular", "trình bày tại cuộc họp tháng 3/2026"],
  ])("no deadline: %s", (_, text) => {
    expect(findDeadline(text, at)).toBeNull();
  });
});

describe("a weekly regime with its day", () => {
  const limit = (text: string) => findDeadline(text, { year: 2026, lines: [1, 1] })?.text ?? null;
  it.each([
    ["a part of the day before the weekday", "báo cáo tiến độ vào chiều thứ Năm hằng tuần", "vào chiều thứ Năm hằng tuần"],
    ["the morning", "gửi số liệu vào sáng thứ Hai hàng tuần", "vào sáng thứ Hai hàng tuần"],
    ["the day set off by commas before the report", "Định kỳ hằng tuần, vào chiều thứ Năm, báo cáo tiến độ giải ngân về UBND tỉnh", "hằng tuần, vào chiều thứ Năm"],
    ["an hour set off by commas before the report", "Hằng tuần, trước 16 giờ, báo cáo số liệu về Sở Y tế", "Hằng tuần, trước 16 giờ"],
  ])("%s", (_, text, expected) => {
    expect(limit(text)).toBe(expected);
  });

  it.each([
    ["the weekday alone, as before", "báo cáo vào thứ Sáu hàng tuần", "vào thứ Sáu hàng tuần"],
    ["a frequency right before the report, as before", "định kỳ hằng quý báo cáo kết quả", "hằng quý"],
    ["a set-off day before no report", "Định kỳ hằng tuần, vào chiều thứ Năm, họp giao ban", null],
  ])("stays: %s", (_, text, expected) => {
    expect(limit(text)).toBe(expected);
  });
});

describe("an immediacy limit: 'ngay (sau) khi …'", () => {
  const limit = (text: string) => findDeadline(text, { year: 2026, lines: [1, 1] })?.text ?? null;
  it.each([
    ["after receiving a file", "thẩm định, trình UBND tỉnh ngay sau khi nhận được hồ sơ đầy đủ, hợp lệ", "ngay sau khi nhận được hồ sơ đầy đủ"],
    ["after the plan is issued", "tổ chức thực hiện ngay sau khi Kế hoạch được ban hành", "ngay sau khi Kế hoạch được ban hành"],
    ["fronted, without 'sau'", "Ngay khi có sự cố, báo cáo Sở Công Thương", "Ngay khi có sự cố"],
    ["up to the 'thì' of the main clause", "ngay sau khi doanh nghiệp hoàn thành việc rút hàng thì gửi thông tin", "ngay sau khi doanh nghiệp hoàn thành việc rút hàng"],
  ])("%s", (_, text, expected) => {
    expect(limit(text)).toBe(expected);
  });

  it.each([
    ["a bare condition (README known miss)", "khai báo khi đăng ký tờ khai hải quan"],
    ["'ngay' apart from 'sau khi'", "xử lý ngay, sau khi có kết quả thì báo cáo"],
    ["'ngay' inside a word's run, not the adverb", "thực hiện ngay sau khi"],
  ])("no deadline: %s", (_, text) => {
    expect(limit(text)).toBeNull();
  });
});

describe("dates listed after one limit word", () => {
  const all = (text: string) => findDeadlines(text, { year: 2025, lines: [1, 1] }).map((d) => [d.deadline.text, d.deadline.iso]);
  it.each([
    ["two dates, the year on the last", "báo cáo UBND tỉnh trước 15/01 và 15/02/2026", [["trước 15/01", "2026-01-15"], ["15/02/2026", "2026-02-15"]]],
    ["… with 'ngày' before each", "báo cáo trước ngày 15/01 và ngày 15/02/2026", [["trước ngày 15/01", "2026-01-15"], ["ngày 15/02/2026", "2026-02-15"]]],
    ["both with their year", "báo cáo trước ngày 15/01/2026 và 15/02/2026", [["trước ngày 15/01/2026", "2026-01-15"], ["15/02/2026", "2026-02-15"]]],
    ["four, by commas and 'và'", "báo cáo trước ngày 15/01, 15/4, 15/7 và 15/10/2026", [["trước ngày 15/01", "2026-01-15"], ["15/4", "2026-04-15"], ["15/7", "2026-07-15"], ["15/10/2026", "2026-10-15"]]],
  ])("%s", (_, text, expected) => {
    expect(all(text)).toEqual(expected);
  });

  it.each([
    ["the limit word repeated, as before", "báo cáo trước ngày 15/6 và trước ngày 01/12", [["trước ngày 15/6", "2025-06-15"], ["trước ngày 01/12", "2025-12-01"]]],
    ["a fraction after a comma is no date", "trước ngày 30/6/2026, 2/3 số xã hoàn thành", [["trước ngày 30/6/2026", "2026-06-30"]]],
    ["a count after 'và' is no date", "trước ngày 15/01/2026 và 100 hồ sơ", [["trước ngày 15/01/2026", "2026-01-15"]]],
    ["a yearly limit, as before", "báo cáo trước ngày 15/12 hằng năm", [["trước ngày 15/12 hằng năm", null]]],
  ])("stays: %s", (_, text, expected) => {
    expect(all(text)).toEqual(expected);
  });
});

describe("a count of time from an event: 'chậm nhất / không quá N ngày (làm việc) sau / kể từ …' (probe18 F4)", () => {
  const limit = (text: string) => {
    const d = findDeadline(text, { year: 2025, lines: [1, 1] });
    return d && [d.text, d.kind, d.iso];
  };
  it.each([
    ["'chậm nhất N ngày làm việc sau khi'", "báo cáo Ủy ban nhân dân huyện chậm nhất 05 ngày làm việc sau khi kết thúc khung thời vụ.", ["chậm nhất 05 ngày làm việc sau khi kết thúc khung thời vụ", "relative", null]],
    ["'chậm nhất N ngày sau khi'", "báo cáo chậm nhất 10 ngày sau khi kết thúc đợt kiểm tra.", ["chậm nhất 10 ngày sau khi kết thúc đợt kiểm tra", "relative", null]],
    ["'chậm nhất sau N ngày làm việc kể từ'", "báo cáo chậm nhất sau 05 ngày làm việc kể từ ngày kết thúc đợt kiểm tra.", ["chậm nhất sau 05 ngày làm việc kể từ ngày kết thúc đợt kiểm tra", "relative", null]],
    ["'không quá N giờ làm việc kể từ' (a README known miss)", "báo cáo UBND xã không quá 02 giờ làm việc kể từ khi phát hiện ca bệnh.", ["không quá 02 giờ làm việc kể từ khi phát hiện ca bệnh", "relative", null]],
    ["'tối đa N ngày kể từ', to the clause's end", "trả lời tối đa 07 ngày kể từ ngày nhận văn bản, gửi Sở Tài chính.", ["tối đa 07 ngày kể từ ngày nhận văn bản", "relative", null]],
    ["'chậm nhất N ngày trước' an event", "gửi hồ sơ chậm nhất 10 ngày trước ngày khai giảng.", ["chậm nhất 10 ngày trước ngày khai giảng", "relative", null]],
  ])("changes: %s", (_, text, expected) => {
    expect(limit(text)).toEqual(expected);
  });

  it.each([
    ["a span with no event is no limit", "lưu giữ hồ sơ không quá 10 ngày.", null],
    ["'không quá' a count of things", "mỗi đoàn không quá 05 người.", null],
    ["'trong thời hạn … kể từ' as before", "giải quyết trong thời hạn 10 ngày kể từ ngày nhận đủ hồ sơ.", ["trong thời hạn 10 ngày kể từ ngày nhận đủ hồ sơ", "relative", null]],
    ["'chậm nhất ngày …' a date as before", "báo cáo chậm nhất ngày 20/9/2025.", ["chậm nhất ngày 20/9/2025", "date", "2025-09-20"]],
    ["'sau' glued to a longer word is no event", "nộp chậm nhất 05 ngày sauna.", null],
  ])("stays: %s", (_, text, expected) => {
    expect(limit(text)).toEqual(expected);
  });
});

describe("'định kỳ N tháng' is a frequency wherever 'hằng X' is one (probe18 F5)", () => {
  const found = (text: string) => findDeadlines(text, { year: 2025, lines: [1, 1] }).map((d) => [d.deadline.text, d.deadline.kind, d.deadline.iso]);
  it.each([
    ["before the report verb, after ';'", "tổ chức đào tạo kỹ năng số cho cán bộ, công chức; định kỳ 6 tháng báo cáo Ủy ban nhân dân huyện.", [["định kỳ 6 tháng", "relative", null]]],
    ["'một lần'", "tổ chức đào tạo kỹ năng số, định kỳ 06 tháng một lần báo cáo Ủy ban nhân dân huyện.", [["định kỳ 06 tháng một lần", "relative", null]]],
    ["after the report and its addressee, a list of periods is one phrase", "báo cáo Ủy ban nhân dân huyện định kỳ 6 tháng, hằng năm.", [["định kỳ 6 tháng, hằng năm", "relative", null]]],
    ["… 'và cuối năm'", "báo cáo UBND tỉnh định kỳ 6 tháng và cuối năm.", [["định kỳ 6 tháng và cuối năm", "relative", null]]],
    ["beside a calendar limit in the clause before: two limits", "hoàn thành trước ngày 30 tháng 11 năm 2025; định kỳ 6 tháng báo cáo Ủy ban nhân dân tỉnh.", [["trước ngày 30 tháng 11 năm 2025", "date", "2025-11-30"], ["định kỳ 6 tháng", "relative", null]]],
    ["a quarter counted", "định kỳ 01 quý báo cáo Sở Tài chính", [["định kỳ 01 quý", "relative", null]]],
  ])("changes: %s", (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ["a frequency of work that is no report", "tổ chức kiểm tra định kỳ 6 tháng một lần.", []],
    ["the period a report covers", "báo cáo kết quả định kỳ 6 tháng đầu năm về Bộ Y tế.", []],
    ["a year after the list's comma is no period of it", "báo cáo UBND tỉnh định kỳ 6 tháng, năm 2025 theo mẫu.", [["định kỳ 6 tháng", "relative", null]]],
    ["'định kỳ hằng quý' as before (without 'định kỳ')", "xây dựng kế hoạch; định kỳ hằng quý báo cáo kết quả về Sở", [["hằng quý", "relative", null]]],
    ["the report's own day after the period", "định kỳ 6 tháng báo cáo kết quả về Bộ Y tế trước ngày 15/6/2025", [["trước ngày 15/6/2025", "date", "2025-06-15"]]],
  ])("stays: %s", (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
