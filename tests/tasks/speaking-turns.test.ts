/**
 * A speaker's turn at a meeting is a record, a "… là <span>" statement sets no duty, and a
 * "DANH SÁCH …" appendix names people: none of them assigns work. Each rule with the cases that
 * must stay tasks.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";
import { listAppendix } from "../../src/tasks/index.js";
import { leads, tasksOf } from "./clause-fixture.js";

const read = (text: string, inherited: string[] | null = null) => tasksOf(text, inherited, { year: 2026 });

describe("a speaker's turn at a meeting gives no task", () => {
  it.each([
    ["a comrade in apposition", "Đồng chí Nguyễn Văn Thắng, Phó Giám đốc Sở, phát biểu đánh giá cao kết quả đạt được của các phòng."],
    ["ông in apposition", "Ông Trần Văn Bình, Trưởng phòng Quy hoạch, trình bày dự thảo quy hoạch."],
    ["a body's representative", "Đại diện Sở Y tế nêu ý kiến về công tác phòng dịch."],
    ["the delegates", "Các đại biểu thảo luận sôi nổi về dự thảo."],
    ["phát biểu ý kiến", "Đồng chí Lê Văn C, Chủ tịch UBND huyện, phát biểu ý kiến về giải phóng mặt bằng."],
    ["góp ý at a meeting", "Sở Tài chính góp ý tại hội nghị về dự toán năm 2026."],
    ["a body presenting", "Phòng Kinh tế trình bày báo cáo tình hình thu ngân sách."],
  ])("%s", (_, text) => {
    expect(read(text, ["Sở Xây dựng"])).toEqual([]);
  });
  it("the sentence after a turn inherits no lead from it", () => {
    expect(read("Các đại biểu thảo luận về dự thảo. Nhiều ý kiến tán thành phương án.", ["Sở Xây dựng"])).toEqual([]);
  });
  it.each([
    ["asked to send comments by a date", "Đề nghị các phòng góp ý dự thảo Quy chế gửi về Sở Xây dựng trước ngày 20/5/2026.", [["các phòng"]]],
    ["a subject sending comments by a date", "Sở Tài chính góp ý dự thảo Quy chế, gửi về Văn phòng Sở trước ngày 20/5/2026.", [["Sở Tài chính"]]],
    ["góp ý asked without a meeting", "Sở Tài chính góp ý dự thảo Quy chế.", [["Sở Tài chính"]]],
    ["asked to present", "Giao Phòng Kinh tế trình bày báo cáo tại cuộc họp.", [["Phòng Kinh tế"]]],
    ["discussing, then a report with a limit", "Giao Phòng Quản lý nhà chủ trì, thảo luận với các đơn vị để thống nhất phương án, báo cáo Giám đốc Sở trước ngày 30/5/2026.", [["Phòng Quản lý nhà"]]],
    ["a turn with a limit", "Sở Y tế trình bày phương án trước ngày 15/6/2026.", [["Sở Y tế"]]],
    ["other work of a body", "Sở Y tế rà soát hồ sơ.", [["Sở Y tế"]]],
  ])("stays a task: %s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });
});

describe("a heading over the record of what was said at a meeting is quiet", () => {
  const TURN = "Ông Trần Văn Bình, Trưởng phòng Quản lý nhà, báo cáo tình hình giải ngân vốn. Phòng Kinh tế rà soát hồ sơ dự án.";
  it.each(["Ý kiến tại cuộc họp", "Ý kiến thảo luận", "Ý kiến phát biểu của các đại biểu", "Ý kiến của các đại biểu", "Ý kiến nhận xét của cử tri đối với từng người ứng cử"])("%s", (heading) => {
    expect(tasksOf(TURN, null, { year: 2026 }, { heading })).toEqual([]);
  });
  it.each(["Ý kiến chỉ đạo", "Ý kiến kết luận của Giám đốc Sở", "Kết luận", "Nội dung cuộc họp"])("stays: %s", (heading) => {
    expect(leads(tasksOf(TURN, null, { year: 2026 }, { heading }))).toEqual([["Ông Trần Văn Bình"], ["Phòng Kinh tế"]]);
  });
});

describe("a '… là <span>' statement gives no task and takes no lead", () => {
  it.each([
    ["term of office after the work", "Sở Nội vụ tham mưu bổ nhiệm. Thời hạn giữ chức vụ là 05 năm kể từ ngày bổ nhiệm."],
    ["a probation", "Sở Nội vụ tham mưu bổ nhiệm. Thời gian tập sự là 12 tháng."],
    ["a count", "Ban Thường trực tổ chức tiếp xúc cử tri. Đối với người ứng cử đại biểu Quốc hội ít nhất là 12 cuộc."],
    ["a time span in words", "Sở Nội vụ tham mưu bổ nhiệm. Thời gian thử thách là hai năm."],
  ])("%s", (_, text) => {
    expect(read(text).map((t) => t.action)).toEqual([text.split(". ")[0].replace(/^(?:Giao )?(?:Sở Nội vụ|Văn phòng Sở|Ban Thường trực) /u, "")]);
  });
  it("alone under an inherited lead", () => {
    expect(read("Thời hạn giữ chức vụ là 05 năm kể từ ngày Quyết định này có hiệu lực thi hành.", ["Trưởng phòng Nghiệp vụ Y"])).toEqual([]);
  });
  it.each([
    ["a duty", "Thời hạn hoàn thành là 30 ngày, các đơn vị phải báo cáo kết quả.", [["Sở Y tế"]]],
    ["a topic phrase that is no span", "Nhiệm vụ trọng tâm là đẩy mạnh cải cách hành chính.", [["Sở Y tế"]]],
    ["a body that is designated", "Sở Y tế là cơ quan thường trực, giúp Ban Chỉ đạo theo dõi, đôn đốc.", [["Sở Y tế"]]],
  ])("stays: %s", (_, text, expected) => {
    expect(leads(read(text, ["Sở Y tế"]))).toEqual(expected);
  });
});

const DECISION = `ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHƯỜNG HẢI CHÂU\tĐộc lập - Tự do - Hạnh phúc
Số: 418/QĐ-UBND\tHải Châu, ngày 26 tháng 12 năm 2025
QUYẾT ĐỊNH
Về việc thành lập Ban Chỉ đạo
CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG HẢI CHÂU
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
QUYẾT ĐỊNH:
Điều 1. Thành lập Ban Chỉ đạo (có danh sách kèm theo).
Điều 2. Chánh Văn phòng và các thành viên có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:\tKT. CHỦ TỊCH
- Như Điều 2;\tPHÓ CHỦ TỊCH
- Lưu: VT.\tPhan Văn Tuấn
`;
const ROWS = `(Kèm theo Quyết định số 418/QĐ-UBND ngày 26/12/2025 của Chủ tịch UBND phường Hải Châu)
1. Ông Nguyễn Văn Hòa, Chủ tịch UBND phường, Trưởng ban, phụ trách chung, chỉ đạo công tác tuyên truyền.
2. Phòng Kinh tế, Hạ tầng và Đô thị chủ trì kiểm tra công tác phòng cháy.
3. Công an phường theo dõi, đôn đốc thực hiện.
`;
const appendixTasks = (title: string): string[] =>
  parse(Buffer.from(`${DECISION}${title}\n${ROWS}`), { path: "t.txt" }).documents[0].tasks.filter((t) => t.clause?.startsWith("PL")).map((t) => t.action);

describe("a 'DANH SÁCH …' appendix assigns nothing", () => {
  it.each(["DANH SÁCH THÀNH VIÊN BAN CHỈ ĐẠO", "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN", "DANH SÁCH CÁC THÀNH VIÊN TỔ CÔNG TÁC"])("%s", (title) => {
    expect(appendixTasks(title)).toEqual([]);
  });
  it.each(["DANH SÁCH NHIỆM VỤ TRỌNG TÂM NĂM 2026", "DANH MỤC CÁC ĐỀ ÁN, DỰ ÁN", "PHÂN CÔNG NHIỆM VỤ", "DANH SÁCH CÁC ĐỀ ÁN TRÌNH UBND TỈNH"])("a list of work keeps its tasks: %s", (title) => {
    expect(appendixTasks(title).length).toBe(3);
  });
});

describe("listAppendix reads the title", () => {
  it.each([
    ["Danh sách thành viên Tổ công tác (Kèm theo Quyết định số 12/QĐ-UBND)", true],
    ["  DANH SÁCH ĐỐI TƯỢNG ĐƯỢC HỖ TRỢ", true],
    ["DANH SÁCH NHIỆM VỤ (Kèm theo Quyết định số 12/QĐ-UBND)", false],
    ["Danh sách các công trình, dự án trọng điểm", false],
    ["DANH SÁCH THÀNH VIÊN (Kèm theo Kế hoạch thực hiện nhiệm vụ năm 2026)", true],
    ["PHỤ LỤC", false],
    [null, false],
  ])("%s → %s", (title, quiet) => {
    expect(listAppendix(title)).toBe(quiet);
  });
});
