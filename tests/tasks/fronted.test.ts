/** A sentence whose subject follows a fronted phrase: "Đối với …, X chủ trì …". */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";
import { leads, limits, readAt } from "./clause-fixture.js";

const tasksOf = (clause: string) => parse(`THÔNG BÁO\n\n${clause}`).documents[0].tasks.map((t) => [t.lead.map((a) => a.text), t.action]);
const read = readAt(2026);

describe("fronted phrases before the subject", () => {
  it.each([
    ["1. Đối với các tỉnh nuôi tôm, Sở Thủy sản chủ trì rà soát giống.", [[["Sở Thủy sản"], "chủ trì rà soát giống"]]],
    ["1. Trường hợp thiếu giống, UBND các huyện báo cáo Sở Nông nghiệp.", [[["UBND các huyện"], "báo cáo Sở Nông nghiệp"]]],
    ["1. Nhằm đạt được mục tiêu trên, bên cạnh các nhiệm vụ thường xuyên, các bộ, ngành xây dựng kế hoạch.", [[["các bộ, ngành"], "xây dựng kế hoạch"]]],
    ["1. Trên cơ sở Kế hoạch này, các sở, ngành xây dựng kế hoạch.", [[["các sở, ngành"], "xây dựng kế hoạch"]]],
    ["1. Khi tiếp nhận container, Chi cục Hải quan cửa khẩu xuất kiểm tra niêm phong.", [[["Chi cục Hải quan cửa khẩu xuất"], "kiểm tra niêm phong"]]],
    ["1. Nếu phát hiện vi phạm thì Chi cục Hải quan lập biên bản.", [[["Chi cục Hải quan"], "lập biên bản"]]],
    ["1. Trường hợp viên chức chưa đáp ứng tiêu chuẩn thì cơ quan quản lý, sử dụng viên chức có trách nhiệm xây dựng kế hoạch.", [[["cơ quan quản lý, sử dụng viên chức"], "có trách nhiệm xây dựng kế hoạch"]]],
  ])("%s", (clause, tasks) => {
    expect(tasksOf(clause)).toEqual(tasks);
  });

  it.each([
    ["no acting agency after it", "1. Đối với các tỉnh nuôi tôm, việc cung ứng giống còn khó khăn."],
    ["a body named inside a purpose, no verb after it", "1. Nhằm tôn vinh công lao của đồng chí Võ Văn Kiệt, Nhân dân ta trong sự nghiệp cách mạng."],
    ["a rule for a case, passive after 'thì'", "1. Trường hợp công chức đáp ứng tiêu chuẩn thì được xem xét bố trí vào vị trí cao hơn."],
    ["a case that only sets the scope of what follows", "1. Trường hợp Hệ thống của cảng đã gửi thông tin:"],
    ["an observation", "1. Qua kiểm tra cho thấy các cơ sở chưa chấp hành quy định."],
    ["the last member of a group is no subject", "1. Trên cơ sở ý kiến của cử tri, ban lãnh đạo cơ quan, tổ chức, đơn vị tổ chức hội nghị."],
  ])("assigns nothing: %s", (_, clause) => {
    expect(tasksOf(clause)).toEqual([]);
  });
});

describe("a fronted time adverbial before the subject", () => {
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
