/**
 * The second reader's third probe: a list of levels is whole ("các xã, phường, đặc khu"), the
 * offices of a commune since 2025 (Nghị định 150/2025/NĐ-CP), passive triggers, periods and
 * yearly limits, scope articles, the Đoàn's bodies, agency words with a tone lost by OCR. Each
 * table holds the phrasings that must change and those that must stay.
 */
import { describe, expect, it } from "vitest";
import { findDeadline } from "../../src/tasks/deadline.js";
import type { Task } from "../../src/types.js";
import { leads, tasksOf } from "./clause-fixture.js";

const read = (text: string, inherited: string[] | null = null) => tasksOf(text, inherited, { year: 2026 });
const support = (tasks: Task[]) => tasks.map((t) => t.support.map((a) => a.text));

describe("a list of levels takes no lower-case name after its last level (probe3 row 7)", () => {
  it.each([
    ["a Party secretary of the three commune levels", "Bí thư đảng ủy các xã, phường, đặc khu đối thoại trực tiếp với Nhân dân.", ["Bí thư đảng ủy các xã, phường, đặc khu"], "đối thoại trực tiếp với Nhân dân"],
    ["a chairman of the commune committees", "Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu đối thoại trực tiếp với Nhân dân.", ["Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu"], "đối thoại trực tiếp với Nhân dân"],
    ["two levels", "Chủ tịch UBND các xã, phường đối thoại trực tiếp với Nhân dân.", ["Chủ tịch UBND các xã, phường"], "đối thoại trực tiếp với Nhân dân"],
    ["the old three levels", "UBND các xã, phường, thị trấn đối thoại trực tiếp với Nhân dân.", ["UBND các xã, phường, thị trấn"], "đối thoại trực tiếp với Nhân dân"],
  ])("%s", (_, text, expected, action) => {
    const tasks = read(text);
    expect(leads(tasks)[0]).toEqual(expected);
    expect(tasks[0].action).toBe(action);
  });

  it.each([
    ["a capitalised name after 'đặc khu'", "UBND đặc khu Phú Quốc đối thoại với Nhân dân.", ["UBND đặc khu Phú Quốc"]],
    ["one level with a lower-case qualifier", "UBND các xã ven biển tổ chức di dời dân.", ["UBND các xã ven biển"]],
    ["a list of levels with where they lie", "UBND các xã, phường ven biển tổ chức di dời dân.", ["UBND các xã, phường ven biển"]],
    ["a list of levels on the border", "UBND các xã, phường biên giới tăng cường tuần tra.", ["UBND các xã, phường biên giới"]],
    ["a group of another family keeps its tail", "Các sở, ngành chức năng tổ chức kiểm tra.", ["Các sở, ngành chức năng"]],
  ])("stays: %s", (_, text, expected) => {
    expect(leads(read(text))[0]).toEqual(expected);
  });
});

describe("the offices of a commune or ward since 1/7/2025 (probe3 row 1)", () => {
  it.each([
    ["an office with a comma in its field, as a subject", "Phòng Kinh tế, Hạ tầng và Đô thị chủ trì, phối hợp với Công an phường kiểm tra trật tự xây dựng.", [["Phòng Kinh tế, Hạ tầng và Đô thị"]], [["Công an phường"]]],
    ["… as support", "Phòng Văn hóa - Xã hội phối hợp với Phòng Kinh tế, Hạ tầng và Đô thị tuyên truyền.", [["Phòng Văn hóa - Xã hội"]], [["Phòng Kinh tế, Hạ tầng và Đô thị"]]],
    ["a level word after a dash opening a field", "Giao Phòng Văn hóa - Xã hội hướng dẫn các thôn.", [["Phòng Văn hóa - Xã hội"]], [[]]],
    ["the economic office", "Phòng Kinh tế tổng hợp kết quả.", [["Phòng Kinh tế"]], [[]]],
  ])("%s", (_, text, expected, supported) => {
    const tasks = read(text);
    expect(leads(tasks)).toEqual(expected);
    expect(support(tasks)).toEqual(supported);
  });

  it.each([
    ["a dash field of a district office", "Phòng Tài chính - Kế hoạch phân bổ kinh phí.", [["Phòng Tài chính - Kế hoạch"]]],
    ["a commune named after its level", "UBND xã Tân Phú báo cáo UBND huyện.", [["UBND xã Tân Phú"]]],
    ["a Sở field with a dash", "Sở Lao động - Thương binh và Xã hội chủ trì thực hiện.", [["Sở Lao động - Thương binh và Xã hội"]]],
    ["a level printed in capitals stays whole", "UBND Xã tổ chức tuyên truyền.", [["UBND Xã"]]],
  ])("stays: %s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });
});

describe("a remit closed by a passive trigger (probe3 row 9)", () => {
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

describe("periods and yearly limits (probe3 rows 4, 5)", () => {
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
    ["a day of each month", "báo cáo trước ngày 25 hằng tháng", ["ngày 25 hằng tháng", "relative", null]],
    ["a quarter", "hoàn thành trong quý III/2026", ["trong quý III/2026", "relative", null]],
    ["the end of a year alone", "hoàn thành cuối năm 2026", ["cuối năm 2026", "relative", null]],
    ["a day and month alone", "báo cáo trước ngày 20/9", ["trước ngày 20/9", "date", "2026-09-20"]],
  ])("stays: %s", (_, text, expected) => {
    expect(limit(text)).toEqual(expected);
  });
});

describe("scope articles assign nothing (probe3 row 10)", () => {
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

describe("the Youth Union's bodies (probe3 row 6)", () => {
  it.each([
    ["its units", "Các đoàn trực thuộc triển khai thực hiện, báo cáo Ban Thường vụ Tỉnh đoàn trước ngày 22/3/2026.", [["Các đoàn trực thuộc"]]],
    ["its levels, a family", "Đề nghị các huyện đoàn, thành đoàn, đoàn trực thuộc triển khai thực hiện.", [["các huyện đoàn, thành đoàn, đoàn trực thuộc"]]],
    ["four levels", "Đề nghị các huyện đoàn, thành đoàn, thị đoàn, đoàn trực thuộc triển khai thực hiện.", [["các huyện đoàn, thành đoàn, thị đoàn, đoàn trực thuộc"]]],
    ["a cell", "Chi đoàn tổ chức sinh hoạt chuyên đề.", [["Chi đoàn"]]],
    ["its base units", "Các cơ sở đoàn tổ chức ra quân.", [["Các cơ sở đoàn"]]],
  ])("%s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });

  it.each([
    ["the Party's committees", "Các huyện ủy, thành ủy, đảng ủy trực thuộc triển khai thực hiện.", [["Các huyện ủy, thành ủy, đảng ủy trực thuộc"]]],
    ["a level list", "UBND các huyện, thành phố triển khai thực hiện.", [["UBND các huyện, thành phố"]]],
    ["an inspection team is no Youth body", "Đoàn kiểm tra làm việc với các xã.", []],
  ])("stays: %s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });
});

describe("a group of bodies and persons; tones lost by OCR; a Cục's staff field (probe3 row 10, part A)", () => {
  it.each([
    ["bodies and persons one group", "Đề nghị các cơ quan, tổ chức, cá nhân phản ánh về Bộ Nội vụ để hướng dẫn.", [["các cơ quan, tổ chức, cá nhân"]]],
    ["a level with its tone lost", "Đề nghị UBND các huyện, thi xã, thành phố triển khai trong quý III/2025.", [["UBND các huyện, thi xã, thành phố"]]],
  ])("%s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });

  it.each([
    ["a Cục named by staff", "Sở Giáo dục chủ trì, phối hợp với Cục Nhà giáo và Cán bộ quản lý giáo dục tổ chức tập huấn.", [["Cục Nhà giáo và Cán bộ quản lý giáo dục"]]],
  ])("%s", (_, text, expected) => {
    expect(support(read(text))).toEqual(expected);
  });

  it.each([
    ["two bodies after 'và'", "Sở Y tế phối hợp với Cục Nhà giáo và Sở Nội vụ tổ chức tập huấn.", [["Cục Nhà giáo", "Sở Nội vụ"]]],
    ["a Vụ and a Cục", "Sở Y tế phối hợp với Vụ Pháp chế và Cục Thuế tỉnh rà soát.", [["Vụ Pháp chế", "Cục Thuế tỉnh"]]],
    ["staff as a body after a comma", "Sở Y tế phối hợp với Vụ Tổ chức cán bộ và Cán bộ, công chức các đơn vị rà soát.", [["Vụ Tổ chức cán bộ", "Cán bộ, công chức các đơn vị"]]],
  ])("stays: %s", (_, text, expected) => {
    expect(support(read(text))).toEqual(expected);
  });

  it("stays: a tone-less word that is no level ends the group", () => {
    expect(leads(read("Đề nghị UBND các huyện, thi đua lập thành tích."))[0]?.[0]).not.toContain("thi đua");
  });
});

describe("family members folded as the words are; the Party's execution formula", () => {
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

describe("the closing formula's verdict in an article (probe3 row 10)", () => {
  it.each([
    ["a request to report problems, in the last article", "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị các cơ quan, tổ chức, cá nhân phản ánh về Bộ Nội vụ để xem xét, giải quyết./."],
    ["… 'tổ chức thực hiện'", "Trong quá trình tổ chức thực hiện, nếu có khó khăn, vướng mắc, đề nghị các đơn vị kịp thời phản ánh về Sở Y tế để tổng hợp."],
  ])("no task: %s", (_, text) => {
    expect(read(text)).toEqual([]);
  });

  it.each([
    ["a subject with a duty (as the keys keep it in a closing)", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các bộ, ngành, địa phương kịp thời phản ánh, gửi báo cáo về Bộ Nội vụ.", [["các bộ, ngành, địa phương"]]],
    ["a request with a time limit of its own", "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị các đơn vị báo cáo về Sở Y tế trước ngày 15/3/2026.", [["các đơn vị"]]],
    ["a request outside the formula", "Đề nghị các đơn vị phản ánh về Sở Y tế những khó khăn, vướng mắc.", [["các đơn vị"]]],
  ])("stays: %s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });
});
