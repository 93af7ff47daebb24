/**
 * The second readers' seventh and eighth probes (/work/probe7, /work/probe8): names in table cells
 * read by the name reader, a unit's name opening with a capitalised verb-like word, "Công nghệ
 * thông tin", "được giao/được phân công" subjects, "quy định" after a lower-case tail, a number
 * after a lower-case place word, school and university units. Each table holds the phrasings that
 * must change and those that must stay.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";
import { leads, tasksOf } from "./clause-fixture.js";

const read = (text: string, inherited: string[] | null = null) => tasksOf(text, inherited, { year: 2025 });
/** The tasks of a whole document: leads, supports. */
const whoOf = (text: string) =>
  parse(text, { path: "doc.txt" }).documents[0].tasks.map((t) => [t.lead.map((a) => a.text), t.support.map((a) => a.text)]);

describe("a table cell's names are cut where the name reader cuts them, as in a sentence (probe7 N3)", () => {
  const plan = (lead: string, support: string) =>
    `KẾ HOẠCH\nChuyển đổi số\n\n1. Tổ chức tập huấn.\n- Cơ quan chủ trì: ${lead}\n- Cơ quan phối hợp: ${support}\n- Thời gian hoàn thành: Tháng 6/2026\n`;
  const table = (lead: string, support: string) =>
    `KẾ HOẠCH\nChuyển đổi số\n\nPHỤ LỤC\n\n| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n|---|---|---|---|---|\n| 1 | Số hóa hồ sơ | ${lead} | ${support} | Tháng 6/2026 |\n`;
  it.each([
    ["a commune's joint office, row form", plan("Văn phòng HĐND và UBND xã", "Phòng Kinh tế, Hạ tầng và Đô thị"), [[["Văn phòng HĐND và UBND xã"], ["Phòng Kinh tế, Hạ tầng và Đô thị"]]]],
    ["… in full words", plan("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã", "Phòng Văn hóa - Xã hội"), [[["Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã"], ["Phòng Văn hóa - Xã hội"]]]],
    ["a pipe table", table("Văn phòng HĐND và UBND xã", "Phòng Kinh tế, Hạ tầng và Đô thị"), [[["Văn phòng HĐND và UBND xã"], ["Phòng Kinh tế, Hạ tầng và Đô thị"]]]],
    ["'và' before a body whose head is also a descriptor", plan("Văn phòng HĐND và UBND xã và Công an xã", "Ban Chỉ huy Quân sự xã"), [[["Văn phòng HĐND và UBND xã", "Công an xã"], ["Ban Chỉ huy Quân sự xã"]]]],
    ["a Bộ whose field holds a comma", table("Bộ Văn hóa, Thể thao và Du lịch", "Các bộ, ngành, địa phương"), [[["Bộ Văn hóa, Thể thao và Du lịch"], ["Các bộ, ngành, địa phương"]]]],
  ])("%s", (_, text, expected) => {
    expect(whoOf(text)).toEqual(expected);
  });

  it.each([
    ["two bodies after a comma", plan("Phòng Kinh tế, Phòng Văn hóa - Xã hội", "Công an xã, Ban Chỉ huy Quân sự xã"), [[["Phòng Kinh tế", "Phòng Văn hóa - Xã hội"], ["Công an xã", "Ban Chỉ huy Quân sự xã"]]]],
    ["two bodies after 'và'", plan("Văn phòng HĐND và UBND xã và Đoàn Thanh niên xã", "Sở Tài chính, Sở Xây dựng và UBND các xã"), [[["Văn phòng HĐND và UBND xã", "Đoàn Thanh niên xã"], ["Sở Tài chính", "Sở Xây dựng", "UBND các xã"]]]],
    ["a head after a comma opens a body", table("Bộ Y tế", "Bộ Tài chính, Bộ Y tế, Cơ quan, đơn vị liên quan"), [[["Bộ Y tế"], ["Bộ Tài chính", "Bộ Y tế", "Cơ quan, đơn vị liên quan"]]]],
    ["a lower-case group stays one", table("Bộ Y tế", "Bộ, ngành, địa phương"), [[["Bộ Y tế"], ["Bộ, ngành, địa phương"]]]],
  ])("stays: %s", (_, text, expected) => {
    expect(whoOf(text)).toEqual(expected);
  });
});

describe("right after a unit's head a capitalised word opens its name, though it reads as a verb (probe7 N5)", () => {
  it.each([
    ["'Đăng ký' after Phòng", "Phòng Đăng ký kinh doanh chủ trì tổ chức tập huấn.", [["Phòng Đăng ký kinh doanh"]]],
    ["a police team, name with a comma", "Đội Đăng ký, quản lý cư trú hướng dẫn việc cập nhật địa chỉ.", [["Đội Đăng ký, quản lý cư trú"]]],
    ["a police team's field with 'về'", "Đội Quản lý hành chính về trật tự xã hội theo dõi, tổng hợp kết quả.", [["Đội Quản lý hành chính về trật tự xã hội"]]],
    ["'Quản lý' after Trung tâm", "Trung tâm Quản lý đất đai thực hiện đo đạc.", [["Trung tâm Quản lý đất đai"]]],
    ["'Tổ chức' after Phòng", "Phòng Tổ chức cán bộ chủ trì rà soát.", [["Phòng Tổ chức cán bộ"]]],
  ])("%s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });

  it("a heading that names the unit", () => {
    const text = "CÔNG VĂN\nV/v hướng dẫn\n\n1. Các đơn vị rà soát hồ sơ.\n2. Đội Đăng ký, quản lý cư trú: hướng dẫn việc cập nhật địa chỉ.\n";
    expect(whoOf(text)).toEqual([[["Các đơn vị"], []], [["Đội Đăng ký, quản lý cư trú"], []]]);
  });

  it.each([
    ["a one-word name before a verb", "Cục Thuế có trách nhiệm hướng dẫn.", [["Cục Thuế"]]],
    ["a field name", "Sở Xây dựng hướng dẫn các xã.", [["Sở Xây dựng"]]],
    ["a title is no unit", "Giám đốc Sở Y tế chỉ đạo rà soát.", [["Giám đốc Sở Y tế"]]],
    ["a lower-case verb after the name", "Phòng Tài chính quản lý nguồn vốn.", [["Phòng Tài chính"]]],
  ])("stays: %s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });
});

describe("'Công nghệ thông tin' is a field inside a name, 'thông tin' alone still a verb (probe8 F2)", () => {
  it.each([
    ["a hospital's IT department", "Phòng Công nghệ thông tin đăng tải Thông báo này trước ngày 09/3/2026.", [["Phòng Công nghệ thông tin"]]],
    ["… and 'Truyền thông'", "Trung tâm Công nghệ thông tin và Truyền thông cập nhật phần mềm.", [["Trung tâm Công nghệ thông tin và Truyền thông"]]],
    ["… of a province", "Trung tâm Công nghệ thông tin và Truyền thông tỉnh Nghệ An cập nhật phần mềm.", [["Trung tâm Công nghệ thông tin và Truyền thông tỉnh Nghệ An"]]],
  ])("%s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });

  it("a finance office's lower-case second part (probe8 F2, related)", () => {
    expect(read("Phòng Tổ chức cán bộ chủ trì, phối hợp với Phòng Tài chính kế toán tiếp nhận hồ sơ.").map((t) => t.support.map((a) => a.text))).toEqual([["Phòng Tài chính kế toán"]]);
  });

  it("a support after 'phối hợp với'", () => {
    expect(read("Phòng Tài chính chủ trì, phối hợp với Trung tâm Công nghệ thông tin triển khai.").map((t) => t.support.map((a) => a.text))).toEqual([["Trung tâm Công nghệ thông tin"]]);
  });

  it.each([
    ["'thông tin' as the verb", "Sở Y tế thông tin cho báo chí về tình hình dịch bệnh.", [["Sở Y tế"]]],
    ["the Sở's field", "Sở Thông tin và Truyền thông hướng dẫn các xã.", [["Sở Thông tin và Truyền thông"]]],
  ])("stays: %s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });
});

describe("after 'được phân công' / 'được giao nhiệm vụ' (and a role), the first verb is the predicate (probe8 F3)", () => {
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

describe("'quy định' after a lower-case tail is the verb, not part of the name (probe8 F7)", () => {
  it.each([
    ["after 'trực thuộc Trung ương'", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương quy định cụ thể chức năng của Sở.", [["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]]],
    ["after 'các xã'", "Ủy ban nhân dân các xã quy định cụ thể chức năng của công chức.", [["Ủy ban nhân dân các xã"]]],
    ["after 'cấp tỉnh'", "UBND cấp tỉnh quy định cụ thể mức chi.", [["UBND cấp tỉnh"]]],
  ])("%s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });

  it.each([
    ["a capitalised name", "Sở Nội vụ quy định cụ thể chức năng của phòng.", [["Sở Nội vụ"]]],
  ])("stays: %s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });

  it.each([
    ["who sets a number ('do … quy định')", "Số lượng do Ban Thường trực Ủy ban MTTQ Việt Nam xã quy định."],
    ["who set a rate", "Tăng hỗ trợ thêm 70% so với mức hiện nay do Chính phủ và HĐND Thành phố quy định; thời điểm áp dụng từ ngày 01/5/2021."],
  ])("no task: %s", (_, text) => {
    expect(read(text)).toEqual([]);
  });
});

describe("a number after a lower-case place word is the place's name (probe7 N6)", () => {
  it.each([
    ["a khu phố's branch", "Chi hội khu phố 3 chủ trì tổ chức Ngày hội Cựu chiến binh, hoàn thành trước ngày 30/6/2024.", [["Chi hội khu phố 3"]]],
    ["an ấp's branch", "Chi hội ấp 3 chủ trì tổ chức Ngày hội Cựu chiến binh.", [["Chi hội ấp 3"]]],
    ["a numbered ward", "UBND phường 12 chủ trì rà soát hộ nghèo.", [["UBND phường 12"]]],
    ["after 'Giao'", "Giao Chi hội khu phố 3 chủ trì tổ chức Ngày hội Cựu chiến binh.", [["Chi hội khu phố 3"]]],
    ["two branches", "Chi hội khu phố 3, Chi hội ấp 4 tổ chức ra quân.", [["Chi hội khu phố 3", "Chi hội ấp 4"]]],
  ])("%s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });

  it.each([
    ["capitalised", "Chi hội Khu phố 3 chủ trì tổ chức Ngày hội Cựu chiến binh.", [["Chi hội Khu phố 3"]]],
    ["no number", "Chi hội khu phố chủ trì tổ chức Ngày hội Cựu chiến binh.", [["Chi hội khu phố"]]],
    ["a count after the place is no name", "UBND xã 3 tháng một lần báo cáo kết quả.", []],
  ])("stays: %s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });
});

describe("school and university units are bodies; a point with a subject of its own inherits no lead (probe8 F11)", () => {
  it.each([
    ["a university's faculties", "Các khoa phổ biến kế hoạch đến sinh viên trước ngày 18/8/2025.", [["Các khoa"]]],
    ["a faculty by name", "Khoa Công nghệ thông tin tổ chức đăng ký học phần.", [["Khoa Công nghệ thông tin"]]],
    ["the schools of a commune", "Các trường học trên địa bàn xã bảo đảm an toàn thực phẩm.", [["Các trường học trên địa bàn xã"]]],
    ["students", "Sinh viên chủ động đăng ký học phần.", [["Sinh viên"]]],
    ["teachers and students, one group", "Các giảng viên, sinh viên tham gia đầy đủ.", [["Các giảng viên, sinh viên"]]],
    ["'mở' after a capitalised name", "Phòng Đào tạo mở hệ thống đăng ký.", [["Phòng Đào tạo"]]],
  ])("%s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });

  it.each([
    ["the Bộ's field is no faculty", "Bộ Khoa học và Công nghệ hướng dẫn các địa phương.", [["Bộ Khoa học và Công nghệ"]]],
    ["a university named 'Mở'", "Trường Đại học Mở Hà Nội tổ chức tuyển sinh.", [["Trường Đại học Mở Hà Nội"]]],
    ["a verb opening the point still inherits", "Tổ chức tập huấn cho cán bộ.", [["các đơn vị"]]],
    ["'Đồng thời' opens no subject", "Đồng thời tiếp tục tổ chức các chốt kiểm soát.", [["các đơn vị"]]],
    ["'Ở' opens no subject", "Ở cấp xã cần thành lập Hội đồng đăng ký ruộng đất.", [["các đơn vị"]]],
  ])("stays: %s", (_, text, expected) => {
    expect(leads(read(text, ["các đơn vị"]))).toEqual(expected);
  });

  it.each([
    ["a noun the lexicon does not know, then 'chủ động'", "Nhà trường chủ động bố trí phòng học."],
    ["… then 'phải'", "Nhà trường phải bảo đảm an ninh trật tự."],
  ])("no inherited lead: %s", (_, text) => {
    expect(leads(read(text, ["các đơn vị"]))).not.toContainEqual(["các đơn vị"]);
  });
});
