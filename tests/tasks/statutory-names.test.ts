/**
 * Bodies whose whole name the laws give, though it holds a verb ("đăng ký", "phục vụ"), "các" or
 * "và" that would end a name, and the tax offices of a level ("Thuế tỉnh Nghệ An"). Each table
 * holds the phrasings that must change and those that must stay.
 */
import { describe, expect, it } from "vitest";
import type { Task } from "../../src/types.js";
import { leads, tasksOf } from "./clause-fixture.js";

const read = (text: string) => tasksOf(text, null, { year: 2026 });
const support = (tasks: Task[]) => tasks.map((t) => t.support.map((a) => a.text));

describe("a statutory name is read whole", () => {
  it.each([
    ["land registration office as support", "Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Văn phòng Đăng ký đất đai tỉnh rà soát hồ sơ.", ["Sở Nông nghiệp và Môi trường"], ["Văn phòng Đăng ký đất đai tỉnh"]],
    ["its branch of a region", "Phòng Kinh tế chủ trì, phối hợp với Chi nhánh Văn phòng Đăng ký đất đai khu vực Hương Trà rà soát hồ sơ.", ["Phòng Kinh tế"], ["Chi nhánh Văn phòng Đăng ký đất đai khu vực Hương Trà"]],
    ["public service centre as support", "Văn phòng UBND tỉnh chủ trì, phối hợp với Trung tâm Phục vụ hành chính công tỉnh tham mưu ban hành danh mục.", ["Văn phòng UBND tỉnh"], ["Trung tâm Phục vụ hành chính công tỉnh"]],
    ["public service centre after a title", "Giám đốc Trung tâm Phục vụ hành chính công cấp tỉnh, Giám đốc Sở Tài chính chịu trách nhiệm tiếp nhận hồ sơ.", ["Giám đốc Trung tâm Phục vụ hành chính công cấp tỉnh", "Giám đốc Sở Tài chính"], []],
    ["public service centre as subject", "Trung tâm Phục vụ hành chính công xã tiếp nhận hồ sơ, trả kết quả đúng hạn.", ["Trung tâm Phục vụ hành chính công xã"], []],
    ["industrial zones board as subject", "Ban Quản lý các khu công nghiệp tỉnh khẩn trương hoàn thiện hồ sơ.", ["Ban Quản lý các khu công nghiệp tỉnh"], []],
    ["economic zones board", "Ban Quản lý các khu kinh tế tỉnh chủ trì, phối hợp với Sở Xây dựng rà soát quy hoạch.", ["Ban Quản lý các khu kinh tế tỉnh"], ["Sở Xây dựng"]],
    ["the merged broadcaster as subject", "Báo và Phát thanh, Truyền hình Nghệ An tuyên truyền về kết quả chuyển đổi số.", ["Báo và Phát thanh, Truyền hình Nghệ An"], []],
    ["the merged broadcaster as support", "Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với Báo và Phát thanh, Truyền hình Lâm Đồng tuyên truyền Kết luận.", ["Ban Tuyên giáo và Dân vận Tỉnh ủy"], ["Báo và Phát thanh, Truyền hình Lâm Đồng"]],
    ["a tax office of a level in a list of subjects", "Bảo hiểm xã hội tỉnh, Thuế tỉnh Nghệ An phối hợp với Sở Khoa học và Công nghệ kết nối dữ liệu.", ["Bảo hiểm xã hội tỉnh", "Thuế tỉnh Nghệ An"], ["Sở Khoa học và Công nghệ"]],
    ["a tax office after Đề nghị", "Đề nghị Thuế tỉnh Đồng Tháp báo cáo số thu ngân sách trước ngày 16/6/2026.", ["Thuế tỉnh Đồng Tháp"], []],
    ["a tax office as support", "Bảo hiểm xã hội tỉnh chủ trì, phối hợp với Sở Y tế, Thuế tỉnh Thanh Hóa rà soát đơn vị nợ đóng.", ["Bảo hiểm xã hội tỉnh"], ["Sở Y tế", "Thuế tỉnh Thanh Hóa"]],
  ])("%s", (_, text, lead, supp) => {
    const tasks = read(text);
    expect(leads(tasks)[0]).toEqual(lead);
    expect(support(tasks)[0]).toEqual(supp);
  });

  it.each([
    ["a Ban Quản lý of a project goes on as before", "Ban Quản lý dự án đầu tư xây dựng tỉnh đôn đốc nhà thầu.", ["Ban Quản lý dự án đầu tư xây dựng tỉnh"]],
    ["a Văn phòng of a level", "Văn phòng UBND tỉnh theo dõi, đôn đốc thực hiện.", ["Văn phòng UBND tỉnh"]],
    ["a Trung tâm of a field", "Trung tâm Y tế huyện tổ chức tiêm chủng.", ["Trung tâm Y tế huyện"]],
    ["tax in lower case is a branch, not a body", "Cơ quan thuế các cấp tăng cường quản lý thu.", ["Cơ quan thuế các cấp"]],
  ])("stays: %s", (_, text, expected) => {
    expect(leads(read(text))[0]).toEqual(expected);
  });

  it.each([
    ["tax as a topic opens no task", "Thuế thu nhập cá nhân được khấu trừ theo quy định."],
  ])("no body: %s", (_, text) => {
    expect(leads(read(text)).flat()).not.toContain("Thuế");
  });
});
