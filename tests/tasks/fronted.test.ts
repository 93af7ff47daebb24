/** A sentence whose subject follows a fronted phrase: "Đối với …, X chủ trì …". */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";

const tasksOf = (clause: string) => parse(`THÔNG BÁO\n\n${clause}`).documents[0].tasks.map((t) => [t.lead.map((a) => a.text), t.action]);

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
