/**
 * People named with their titles in apposition ("Đồng chí X, Phó Giám đốc Sở, chỉ đạo …", "Ông X, …"), the
 * object of a personnel decision ("Bổ nhiệm ông X, Trưởng phòng …"), rows of an awardee list, a body named in a
 * role with no duty ("X là cơ quan thường trực của Y."), and a role after plural bodies ("các cơ quan chủ trì").
 * Each table holds the phrasings that read one way now and those that must stay.
 */
import { describe, expect, it } from "vitest";
import { leads, limits, readAt } from "./clause-fixture.js";

const read = readAt(2026);

describe("a person with titles in apposition, closed by a comma, is the subject (TB kết luận, Biên bản)", () => {
  it.each([
    ["đồng chí", "Đồng chí Nguyễn Văn Thắng, Phó Giám đốc Sở, chỉ đạo Ban Quản lý dự án đẩy nhanh tiến độ giải ngân trước ngày 31/01/2026.", [["Đồng chí Nguyễn Văn Thắng"]], "chỉ đạo Ban Quản lý dự án đẩy nhanh tiến độ giải ngân trước ngày 31/01/2026"],
    ["Ông", "Ông Lê Hữu Phước, Phó Chủ tịch UBND xã, trực tiếp chỉ đạo việc đắp đập tạm.", [["Ông Lê Hữu Phước"]], "trực tiếp chỉ đạo việc đắp đập tạm"],
    ["Bà", "Bà Trần Thị Mai, Trưởng phòng Văn hóa - Xã hội, chủ trì tổ chức Hội nghị.", [["Bà Trần Thị Mai"]], "chủ trì tổ chức Hội nghị"],
    ["Đ/c, two titles", "Đ/c Lê Văn Bình, Chủ tịch UBND xã, Trưởng Ban Chỉ đạo, chỉ đạo các thôn rà soát.", [["Đ/c Lê Văn Bình"]], "chỉ đạo các thôn rà soát"],
    ["after 'Giao', ông", "Giao ông Phạm Văn Nam, Chánh Văn phòng, theo dõi, đôn đốc.", [["ông Phạm Văn Nam"]], "theo dõi, đôn đốc"],
    ["a title ending in a numbered village group", "Bà Lê Thị Mai, Trưởng thôn số 3, chủ trì họp dân.", [["Bà Lê Thị Mai"]], "chủ trì họp dân"],
  ])("%s", (_, text, expected, action) => {
    const tasks = read(text);
    expect(leads(tasks)).toEqual(expected);
    expect(tasks[0].action).toBe(action);
  });

  it("keeps the deadline", () => {
    expect(limits(read("Đồng chí Nguyễn Văn Thắng, Phó Giám đốc Sở, chỉ đạo Ban Quản lý dự án đẩy nhanh giải ngân trước ngày 31/01/2026."))).toEqual([["trước ngày 31/01/2026", "date", "2026-01-31"]]);
  });

  it.each([
    ["no closing comma", "Đồng chí Nguyễn Văn Thắng, Phó Giám đốc Sở chỉ đạo Ban Quản lý dự án.", [["Đồng chí Nguyễn Văn Thắng"]]],
    ["the title before the name", "Phó Giám đốc Sở Nguyễn Văn Thắng chỉ đạo Ban Quản lý dự án.", [["Phó Giám đốc Sở Nguyễn Văn Thắng"]]],
    ["'bà con' is no person", "Bà con nhân dân chủ động phòng tránh.", []],
    ["'Bà Rịa' is a province", "Các tỉnh Bà Rịa - Vũng Tàu, Đồng Nai tăng cường kiểm tra.", [["Các tỉnh Bà Rịa - Vũng Tàu", "Đồng Nai"]]],
    ["'bà' before a title alone", "Ông, bà Phó Chủ tịch MTTQ xã có trách nhiệm theo dõi.", []],
    ["a members list row", "Bà Khúc Thị Hòa, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội Nông dân xã - Thành viên;", []],
    ["a person and titles, no verb", "Đồng chí Lê Văn A, Phó Chủ tịch UBND xã, Trưởng ban.", []],
  ])("stays: %s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });
});

describe("the person a decision acts on is no subject (Quyết định cá biệt)", () => {
  it.each([
    ["bổ nhiệm", "Bổ nhiệm ông Hoàng Minh Đức, Trưởng phòng Nghiệp vụ Y, Sở Y tế giữ chức vụ Phó Giám đốc Sở Y tế tỉnh Lào Cai."],
    ["… and the term after it inherits nothing", "Bổ nhiệm ông Hoàng Minh Đức, Trưởng phòng Nghiệp vụ Y, Sở Y tế giữ chức vụ Phó Giám đốc Sở Y tế. Thời hạn giữ chức vụ là 05 năm kể từ ngày Quyết định này có hiệu lực thi hành."],
    ["an honorific in the first member", "Tiếp nhận bà Nguyễn Thị Lan, Sở Nội vụ nhận công tác tại Sở Tư pháp."],
    ["the bodies an award decision names", "Khen thưởng Chi đoàn Thôn Một, Công an xã tổ chức tốt phong trào."],
    ["an awardee row", "Ông Nguyễn Văn Hòa, Tổ trưởng Tổ dân phố số 12"],
    ["awardee rows flattened", "Tổ trưởng Tổ dân phố số 12; Tổ phó Tổ dân phố số 3."],
  ])("%s", (_, text) => {
    expect(leads(read(text))).toEqual([]);
  });

  it.each([
    ["an unknown first member, then a known one", "Câu lạc bộ Người cao tuổi, Chi đoàn Thanh niên thôn tổ chức văn nghệ.", [["Chi đoàn Thanh niên thôn"]]],
    ["a numbered group's head", "Tổ trưởng Tổ dân phố số 12 vận động nhân dân.", [["Tổ trưởng Tổ dân phố số 12"]]],
    ["'số hóa' is a verb", "Sở Y tế số hóa hồ sơ bệnh án.", [["Sở Y tế"]]],
  ])("stays: %s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });
});

describe("a body named in a role with no duty after it assigns nothing, and passes no lead on", () => {
  it.each([
    ["standing body", "Phòng Văn hóa - Xã hội là cơ quan thường trực của Ban Chỉ đạo.", []],
    ["after a task in its paragraph", "Trưởng ban phân công nhiệm vụ cụ thể cho các thành viên. Phòng Văn hóa - Xã hội là cơ quan thường trực của Ban Chỉ đạo.", [["Trưởng ban"]]],
    ["focal point", "Văn phòng UBND tỉnh là cơ quan đầu mối của Tổ công tác.", []],
  ])("%s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });

  it.each([
    ["a duty after the role", "Bộ Nội vụ là cơ quan đầu mối giúp Chính phủ theo dõi, đôn đốc.", [["Bộ Nội vụ"]]],
    ["a duty after a comma", "Sở Y tế là cơ quan thường trực, có trách nhiệm tổng hợp, báo cáo.", [["Sở Y tế"]]],
  ])("stays: %s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });
});

describe("a role after plural bodies, before an adverb of the predicate, names them", () => {
  it.each([
    ["after 'Đề nghị'", "Đề nghị các cơ quan chủ trì chủ động chuẩn bị nội dung.", [["các cơ quan chủ trì"]], "chủ động chuẩn bị nội dung"],
    ["a subject", "Các đơn vị phối hợp có trách nhiệm cung cấp thông tin.", [["Các đơn vị phối hợp"]], "có trách nhiệm cung cấp thông tin"],
  ])("%s", (_, text, expected, action) => {
    const tasks = read(text);
    expect(leads(tasks)).toEqual(expected);
    expect(tasks[0].action).toBe(action);
  });

  it.each([
    ["the role is the verb", "Các cơ quan chủ trì xây dựng đề án.", [["Các cơ quan"]], "chủ trì xây dựng đề án"],
    ["a single body", "Sở Y tế chủ trì, phối hợp với Sở Tài chính rà soát.", [["Sở Y tế"]], "chủ trì, phối hợp với Sở Tài chính rà soát"],
  ])("stays: %s", (_, text, expected, action) => {
    const tasks = read(text);
    expect(leads(tasks)).toEqual(expected);
    expect(tasks[0].action).toBe(action);
  });
});
