/**
 * The task patterns, as a table of sentences → who leads, who supports, by when, to whom they
 * report; each pattern with the negatives that must assign nothing.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";
import { agencyHeading, clauseTasks } from "../../src/tasks/clause-tasks.js";
import { findDeadline, normalizeAgency, splitEnumeration } from "../../src/tasks/index.js";
import type { Clause } from "../../src/types.js";
import { clause, leads, tasksOf } from "./clause-fixture.js";

const read = (text: string, inherited: string[] | null = null, options: Partial<Clause> = {}) => tasksOf(text, inherited, { year: 2021 }, options);

describe("lead: who must act", () => {
  it.each([
    ["Giao X chủ trì, phối hợp Y", "Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp Sở Y tế xây dựng kế hoạch.", [["Sở Giáo dục và Đào tạo"]]],
    ["Giao cho X", "Giao cho UBND Quận phê duyệt phương án của các đơn vị.", [["UBND Quận"]]],
    ["Tiếp tục giao X", "Tiếp tục giao Công an Thành phố duy trì 23 chốt kiểm soát.", [["Công an Thành phố"]]],
    ["X chủ trì", "Sở Tài chính chủ trì thẩm định dự toán.", [["Sở Tài chính"]]],
    ["X có trách nhiệm", "Sở Tài chính có trách nhiệm thẩm định dự toán kinh phí.", [["Sở Tài chính"]]],
    ["X tiếp tục", "Công an Thành phố tiếp tục phối hợp với sở Y tế triển khai phần mềm.", [["Công an Thành phố"]]],
    ["X tổng kết", "Sở Nội vụ tổng kết công tác thi đua năm 2026.", [["Sở Nội vụ"]]],
    ["X sơ kết", "UBND các huyện sơ kết 6 tháng thực hiện Chỉ thị.", [["UBND các huyện"]]],
    ["X chuẩn bị", "Văn phòng UBND tỉnh chuẩn bị nội dung cuộc họp.", [["Văn phòng UBND tỉnh"]]],
    ["X kiện toàn", "Sở Y tế kiện toàn Ban Chỉ đạo phòng, chống dịch.", [["Sở Y tế"]]],
    ["X phổ biến", "Sở Tư pháp phổ biến Luật mới đến người dân.", [["Sở Tư pháp"]]],
    ["Đề nghị X", "Đề nghị các cấp, các ngành tập trung thực hiện tốt nhiệm vụ.", [["các cấp", "các ngành"]]],
    ["Yêu cầu X", "Yêu cầu các cơ quan, đơn vị xây dựng phương án làm việc.", [["các cơ quan, đơn vị"]]],
    ["Phân công đồng chí", "Phân công đồng chí Lê Hồng Sơn, Phó Bí thư Ban cán sự đảng, Phó Chủ tịch UBND Thành phố: chỉ đạo công tác an ninh.", [["đồng chí Lê Hồng Sơn"]]],
    ["Lưu ý X", "Lưu ý các địa phương khi thông báo cho người dân cần đảm bảo đúng thời gian.", [["các địa phương"]]],
    ["a group kept whole", "UBND các quận, huyện, thị xã chỉ đạo triển khai Trạm y tế lưu động.", [["UBND các quận, huyện, thị xã"]]],
    ["a list of bodies", "Bộ Tư lệnh Thủ đô, Sở Y tế, UBND các quận, huyện, thị xã và các đơn vị liên quan rút kinh nghiệm.", [["Bộ Tư lệnh Thủ đô", "Sở Y tế", "UBND các quận, huyện, thị xã", "các đơn vị liên quan"]]],
    ["a scope phrase passed over", "Yêu cầu các cấp ủy, chính quyền, MTTQ từ Thành phố đến cơ sở, thôn, tổ dân phố, cán bộ, đảng viên thực hiện nghiêm.", [["các cấp ủy, chính quyền", "MTTQ", "cán bộ, đảng viên"]]],
    ["a speaker assigns", "Ban Thường vụ Tỉnh ủy ủy quyền cho Thường trực Tỉnh ủy lãnh đạo, chỉ đạo giải quyết các tình huống đột xuất.", [["Thường trực Tỉnh ủy"]]],
    ["two subjects in one sentence", "Cấp uỷ, đồng chí bí thư cấp uỷ chịu trách nhiệm lãnh đạo cao nhất, đồng chí Chủ tịch Uỷ ban nhân dân các huyện chỉ đạo và chịu trách nhiệm trực tiếp.", [["Cấp uỷ", "đồng chí bí thư cấp uỷ"], ["đồng chí Chủ tịch Uỷ ban nhân dân các huyện"]]],
    ["a subject after an opening phrase", "Trên cơ sở đó các địa phương triển khai.", [["các địa phương"]]],
    ["a sentence without an actor continues the subject before it", "Ban cán sự đảng UBND Thành phố xây dựng các quy định. Kiên quyết xóa bỏ chợ tạm.", [["Ban cán sự đảng UBND Thành phố"], ["Ban cán sự đảng UBND Thành phố"]]],
  ])("%s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });

  it.each([
    ["an agency merely mentioned", "Thực hiện nghiêm Chỉ thị số 17/CT-UBND của UBND Thành phố và hướng dẫn của Bộ Y tế."],
    ["an approval", "Cơ bản nhất trí cao với Báo cáo của Ban cán sự đảng UBND Thành phố."],
    ["a vote", "Để đảm bảo kịp thời: Ban Thường vụ Thành ủy biểu quyết 100% thống nhất đối với đề xuất của Ban cán sự đảng."],
    ["a topic line", "Về công tác bảo đảm an sinh xã hội"],
    ["an observation", "Thực tế cho thấy tôm bố mẹ sống ngoài khơi sinh sản tốt hơn."],
    ["a marker left over from flattened text", "3."],
    ["a cause with 'Do … nên'", "Do Sở Y tế chậm triển khai nên kết quả thấp."],
    ["'do' with no body after it", "Kinh phí thực hiện do ngân sách nhà nước bảo đảm."],
    ["what a body is doing now, narrated", "Sở Y tế đang triển khai kế hoạch tiêm chủng."],
    ["the closing formula", "Yêu cầu thủ trưởng các sở, ban, ngành tỉnh tổ chức thực hiện nghiêm túc Chỉ thị này./."],
    ["an observation, word-segmented", "Qua kiểm_tra cho_thấy các cơ_sở chưa chấp_hành ."],
    ["'yêu cầu' as a noun", "Đảm bảo yêu cầu phòng, chống dịch theo quy định."],
    ["'giao' in a word", "Họp giao ban trực tuyến với các sở; phân luồng giao thông hợp lý."],
    ["'được giao'", "Hoàn thành nhiệm vụ được giao."],
    ["a passive description", "Công chức được bố trí vào vị trí việc làm chuyên ngành."],
    ["a member list", "Phó Thủ tướng Chính phủ Phạm Thị Thanh Trà."],
    ["a delegation without a speaker", "Tiếp tục phân cấp, ủy quyền cho đồng chí bí thư cấp ủy và chủ tịch UBND các quận, huyện, thị xã chỉ đạo trực tiếp."],
  ])("no task: %s", (_, text) => {
    expect(read(text)).toEqual([]);
  });

  it("a subject's own 'giao' is its delegation, not a second task", () => {
    expect(leads(read("UBND các quận, huyện, thị xã căn cứ điều kiện cụ thể, giao Phòng Giáo dục và Đào tạo tham mưu triển khai."))).toEqual([["UBND các quận, huyện, thị xã"]]);
  });
});

describe("inheritance", () => {
  it.each([
    ["no actor: the inherited lead", "Thần tốc truy vết, cách ly, khoanh vùng.", ["các cấp", "các ngành"], [["các cấp", "các ngành"]]],
    ["'Chỉ đạo Y': the lead directs, Y is in the action", "Chỉ đạo Trung tâm Y tế quận khẩn trương rà soát.", ["Ủy ban nhân dân Quận"], [["Ủy ban nhân dân Quận"]]],
    ["'Chỉ đạo Y' after 'X chỉ đạo': X again", "Ban cán sự đảng UBND Thành phố chỉ đạo UBND Thành phố báo cáo Chính phủ.\nChỉ đạo các cơ quan, đơn vị tăng cường ứng dụng CNTT.", ["các cấp"], [["Ban cán sự đảng UBND Thành phố"], ["Ban cán sự đảng UBND Thành phố"]]],
    ["an explicit actor wins", "Giao Công an Quận thành lập các chốt tuần tra.", ["Ủy ban nhân dân Quận"], [["Công an Quận"]]],
  ])("%s", (_, text, inherited, expected) => {
    expect(leads(read(text, inherited))).toEqual(expected);
  });

  it("a heading naming an agency leads the clause", () => {
    const tasks = read("tiếp tục hoàn thiện việc tích hợp thông tin y tế vào mã số công dân.", ["các cấp"], { heading: "Công an Thành phố:" });
    expect(leads(tasks)).toEqual([["Công an Thành phố"]]);
  });

  it.each([
    ["Công an Thành phố:", ["Công an Thành phố"]],
    ["Sở Y tế, Sở Tài chính:", ["Sở Y tế", "Sở Tài chính"]],
    ["Về ứng dụng công nghệ thông tin:", null],
    ["Chỉ đạo Sở Y tế:", null],
    ["Đối với các sở, ban, ngành:", ["các sở, ban, ngành"]],
    ["Đối với các tỉnh nuôi tôm trọng điểm:", ["các tỉnh nuôi tôm trọng điểm"]],
    ["Đối với tờ khai xuất khẩu đã đưa vào cảng:", null],
    ["Đối với Sở Y tế trong công tác phòng dịch:", null],
    // a qualifier tail belongs to the name in every heading (probe), not only after "Đối với"
    ["Chủ tịch UBND các xã, phường ven biển:", ["Chủ tịch UBND các xã, phường ven biển"]],
    ["UBND các huyện biên giới:", ["UBND các huyện biên giới"]],
    ["Các sở, ngành có liên quan:", ["Các sở, ngành có liên quan"]],
    // stay: a verb, a preposition, or two bodies
    ["Sở Y tế tổ chức triển khai:", null],
    ["Công an tỉnh trong công tác phòng dịch:", null],
    // where a commune lies is a descriptor of the level (probe3): the heading names two bodies
    ["Sở Y tế, UBND các xã ven biển:", ["Sở Y tế", "UBND các xã ven biển"]],
  ])("heading %j → %j", (heading, expected) => {
    expect(agencyHeading(heading)).toEqual(expected);
  });

  it("a heading with a qualifier tail gives its items the lead and no task of its own ('ven biển')", () => {
    const tasks = parse("KẾ HOẠCH\n\n1. Chủ tịch UBND các xã, phường ven biển:\n- Tổ chức sơ tán dân đến nơi an toàn.").documents[0].tasks;
    expect(tasks.map((t) => [t.clause, t.lead.map((a) => a.text)])).toEqual([["1.-1", ["Chủ tịch UBND các xã, phường ven biển"]]]);
  });

  describe("a line that is only a body's name heads the items below it", () => {
    const planTasks = (text: string) => parse(`KẾ HOẠCH\n\n${text}`).documents[0].tasks.map((t) => [t.clause, t.lead.map((a) => a.text), t.action]);
    it.each([
      ["a generic body and its qualifier", "3. Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội\n- Tham mưu xây dựng kế hoạch giám sát.", [["3.-1", ["Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội"], "Tham mưu xây dựng kế hoạch giám sát"]]],
      ["a plural body with 'của'", "2. Các tổ chức thành viên của MTTQ xã\n- Tuyên truyền đến đoàn viên, hội viên.", [["2.-1", ["Các tổ chức thành viên của MTTQ xã"], "Tuyên truyền đến đoàn viên, hội viên"]]],
      ["a named body with a verb: a sentence, not a name", "5. Sở Y tế triển khai kế hoạch\n- Rà soát các cơ sở y tế.", [["5", ["Sở Y tế"], "triển khai kế hoạch"], ["5.-1", ["Sở Y tế"], "Rà soát các cơ sở y tế"]]],
      ["a named body with its field after 'về'", "1. Vụ Các vấn đề chung về xây dựng pháp luật\na) Theo dõi, đôn đốc việc thực hiện.", [["1.a", ["Vụ Các vấn đề chung về xây dựng pháp luật"], "Theo dõi, đôn đốc việc thực hiện"]]],
      ["a main verb anywhere: a sentence", "7. Cán bộ, đảng viên gương mẫu thực hiện\n- Rà soát hồ sơ.", [["7", ["Cán bộ, đảng viên"], "gương mẫu thực hiện"], ["7.-1", ["Cán bộ, đảng viên"], "Rà soát hồ sơ"]]],
      ["a short item opening with a capitalised verb is work, not a name", "1. Sở Y tế:\n- Kiểm tra hồ sơ.", [["1.-1", ["Sở Y tế"], "Kiểm tra hồ sơ"]]],
    ])("%s", (_, text, expected) => {
      expect(planTasks(text)).toEqual(expected);
    });
  });

  it("a lead-in that only names who leads and who supports gives its items both, and no task of its own", () => {
    const text = "1. Sở KHĐT chủ trì, phối hợp với các sở, ngành và địa phương:\n- Xây dựng khung hướng dẫn.\n- Tổ chức làm việc với các huyện.";
    const tasks = parse(`KẾ HOẠCH\n\n${text}`).documents[0].tasks.map((t) => [t.clause, t.lead.map((a) => a.text), t.support.map((a) => a.text)]);
    expect(tasks).toEqual([
      ["1.-1", ["Sở KHĐT"], ["các sở, ngành", "địa phương"]],
      ["1.-2", ["Sở KHĐT"], ["các sở, ngành", "địa phương"]],
    ]);
  });

  it("a lead-in with work of its own keeps its task; its support stays with it", () => {
    const text = "2. Sở Y tế chủ trì, phối hợp với Sở Tài chính rà soát kinh phí:\n- Lập dự toán.";
    const tasks = parse(`KẾ HOẠCH\n\n${text}`).documents[0].tasks.map((t) => [t.clause, t.lead.map((a) => a.text), t.support.map((a) => a.text)]);
    expect(tasks).toEqual([["2", ["Sở Y tế"], ["Sở Tài chính"]], ["2.-1", ["Sở Y tế"], []]]);
  });

  it("a title over items (no full stop, no colon, no duty) is no task; its items carry the work", () => {
    const planTasks = parse("KẾ HOẠCH\n\nII. NHIỆM VỤ\nCác bộ, ngành cần cụ thể hóa và tổ chức triển khai thực hiện các nhiệm vụ sau đây:\n1. Tăng cường sự lãnh đạo, chỉ đạo của cấp ủy\n- Tổ chức quán triệt Chỉ thị.\n2. Các địa phương phải bố trí kinh phí\n- Lập dự toán.").documents[0].tasks;
    expect(planTasks.map((t) => [t.clause, t.lead.map((a) => a.text), t.action])).toEqual([
      ["II.1.-1", ["Các bộ, ngành"], "Tổ chức quán triệt Chỉ thị"],
      ["II.2", ["Các địa phương"], "phải bố trí kinh phí"],
      ["II.2.-1", ["Các địa phương"], "Lập dự toán"],
    ]);
  });

  it("an item that is only a body's name with a colon heads the flat items after it", () => {
    const text = "Điều 2.\n2 - Sở Lao động, Thương binh và Xã hội có trách nhiệm.\n- Quản lý đối tượng;\n- Uỷ ban nhân dân các huyện, thành phố:\n- Quản lý đối tượng trên địa bàn;\n- Sở Tài chính có trách nhiệm thẩm định dự toán.";
    const tasks = parse(`QUYẾT ĐỊNH\n\n${text}`).documents[0].tasks.map((t) => [t.clause, t.lead.map((a) => a.text)]);
    expect(tasks).toEqual([
      ["2.2.-1", ["Sở Lao động, Thương binh và Xã hội"]],
      ["2.2.-3", ["Uỷ ban nhân dân các huyện, thành phố"]],
      ["2.2.-4", ["Sở Tài chính"]],
    ]);
  });

  it("items inherit the actors of the sentence that introduces them", () => {
    const parent = clause("Ban Thường vụ Thành ủy giao Ban cán sự đảng UBND Thành phố rà soát phương án; giao đồng chí Chủ tịch UBND Thành phố ban hành Chỉ thị mới, trong đó lưu ý những nội dung sau:", { items: [clause("x")] });
    expect(clauseTasks(parent, ["các cấp"], {}).inheritable).toEqual(["Ban cán sự đảng UBND Thành phố", "đồng chí Chủ tịch UBND Thành phố"]);
  });

  it("a list's introduction without an actor gives no task", () => {
    expect(read("Tiếp tục các giải pháp phòng, chống dịch, trong đó:", ["các cấp"], { items: [clause("x")] })).toEqual([]);
  });

  it("'Phân công đồng chí X: Chỉ đạo Y:' only directs: the tasks are in the items", () => {
    const c = clause("Phân công đồng chí Nguyễn Mạnh Quyền, Phó Chủ tịch UBND Thành phố: Chỉ đạo Sở Giao thông vận tải, Sở Công Thương:", { items: [clause("x")] });
    const read = clauseTasks(c, null, {});
    expect(read.tasks).toEqual([]);
    expect(read.inheritable).toEqual(["đồng chí Nguyễn Mạnh Quyền"]);
  });
});

describe("support and reportTo", () => {
  it.each([
    ["phối hợp với", "Giao Sở Y tế chủ trì, phối hợp với Ban Tuyên giáo Thành ủy, Sở Thông tin và Truyền thông thông tin thống nhất.", ["Ban Tuyên giáo Thành ủy", "Sở Thông tin và Truyền thông"], []],
    ["phối hợp chặt chẽ với, no lead of its own", "Phối hợp chặt chẽ với Trung tâm Công nghệ phòng chống dịch Covid-19 quốc gia để triển khai.", ["Trung tâm Công nghệ phòng chống dịch Covid-19 quốc gia"], []],
    ["phối hợp, đôn đốc", "Giao Sở TT&TT chủ trì, phối hợp, đôn đốc các sở, ngành liên quan tăng cường thông tin.", ["các sở, ngành liên quan"], []],
    ["a name without Sở", "Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với Thông tin và Truyền thông, Sở Tài chính và đơn vị liên quan xây dựng kế hoạch.", ["Thông tin và Truyền thông", "Sở Tài chính", "đơn vị liên quan"], []],
    ["báo cáo X", "Giao Sở Lao động, Thương binh và Xã hội nghiên cứu, báo cáo UBND Thành phố.", [], ["UBND Thành phố"]],
    ["báo cáo X, Y", "Các cấp, các ngành tiếp tục kiểm tra, kịp thời báo cáo Thường trực, Ban Thường vụ Thành ủy.", [], ["Thường trực", "Ban Thường vụ Thành ủy"]],
    ["báo cáo lại X", "Giao Ban cán sự đảng chỉ đạo trình HĐND Thành phố xem xét và báo cáo lại HĐND Thành phố tại kỳ họp gần nhất.", [], ["HĐND Thành phố"]],
    ["a report with no addressee", "Giao Sở Lao động - Thương binh và Xã hội có báo cáo đánh giá tổng thể việc thực hiện an sinh xã hội.", [], []],
    ["'trình' is not 'báo cáo'", "Giao Sở Tư pháp trình UBND Thành phố ban hành quy định.", [], []],
  ])("%s", (_, text, support, reportTo) => {
    const [task] = read(text, ["các cấp"]);
    expect(task.support.map((a) => a.text)).toEqual(support);
    expect(task.reportTo.map((a) => a.text)).toEqual(reportTo);
  });

  it("the body after a report list that acts is a new subject, not an addressee", () => {
    const tasks = read("Ban cán sự đảng UBND Thành phố chỉ đạo UBND Thành phố báo cáo, đề xuất Chính phủ, Ban Chỉ đạo phòng chống dịch Covid-19 Thành phố đề xuất Ban Chỉ đạo Trung ương phân luồng các chuyến bay.");
    expect(tasks.map((t) => [t.lead[0].text, t.reportTo.map((a) => a.text)])).toEqual([
      ["Ban cán sự đảng UBND Thành phố", ["Chính phủ"]],
      ["Ban Chỉ đạo phòng chống dịch Covid-19 Thành phố", []],
    ]);
  });
});

describe("deadline", () => {
  const at = { year: 2021, lines: [3, 3] as [number, number] };
  it.each([
    ["hoàn thành trước ngày 15/9/2021", { text: "trước ngày 15/9/2021", kind: "date", iso: "2021-09-15" }],
    ["chậm nhất ngày 20/9", { text: "chậm nhất ngày 20/9", kind: "date", iso: "2021-09-20" }],
    ["báo cáo trước 17h00 ngày 14/9/2021", { text: "trước 17h00 ngày 14/9/2021", kind: "date", iso: "2021-09-14T17:00" }],
    ["hoàn thành trong tháng 10/2021", { text: "trong tháng 10/2021", kind: "relative", iso: null }],
    ["triển khai trong quý III/2021", { text: "trong quý III/2021", kind: "relative", iso: null }],
    ["tổng kết trong quý IV, báo cáo Sở", { text: "trong quý IV", kind: "relative", iso: null }],
    ["báo cáo kết quả về Sở hằng tháng", { text: "hằng tháng", kind: "relative", iso: null }],
    ["trả lời trước 24h", { text: "trước 24h", kind: "relative", iso: null }],
    ["báo cáo lại HĐND Thành phố tại kỳ họp gần nhất của HĐND Thành phố", { text: "tại kỳ họp gần nhất của HĐND Thành phố", kind: "relative", iso: null }],
  ])("%s", (text, expected) => {
    expect(findDeadline(text, at)).toEqual({ ...expected, lines: [3, 3] });
  });

  it.each([
    ["định kỳ kiểm tra, đánh giá"],
    ["thường xuyên rà soát"],
    ["thời điểm áp dụng từ ngày 01/5/2021"],
    ["trả kết quả xét nghiệm sớm (trước 24h)"],
    ["thực hiện khai báo y tế hàng ngày"],
    ["chịu trách nhiệm trước Thành phố"],
    ["sau ngày 15/9/2021 đến 21/9/2021"],
    ["rà soát kết quả thực hiện trong năm vừa qua"],
    ["tổng kết việc triển khai trong tuần vừa rồi"],
  ])("no deadline: %s", (text) => {
    expect(findDeadline(text, at)).toBeNull();
  });
});

describe("inline enumerations", () => {
  it.each([
    ["(1) nghiên cứu lộ trình; (2) sắp xếp các khu cách ly; báo cáo UBND Thành phố.", ["nghiên cứu lộ trình", "sắp xếp các khu cách ly; báo cáo UBND Thành phố"]],
    ["(i) căn cứ pháp lý; (ii) chỉ đạo của Trung ương; (iii) thực tiễn", ["căn cứ pháp lý", "chỉ đạo của Trung ương", "thực tiễn"]],
    ["a) rà soát; b) báo cáo", null],
    ["(1) chỉ một việc", null],
    ["(2) không bắt đầu từ 1; (3) …", null],
  ])("%j", (text, expected) => {
    expect(splitEnumeration(text)).toEqual(expected);
  });

  it("become separate tasks with the same lead, support and report", () => {
    const tasks = read("Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp Sở Y tế, UBND các quận, huyện, thị xã: (1) nghiên cứu lộ trình; (2) sắp xếp các khu cách ly; báo cáo UBND Thành phố theo quy định.");
    expect(tasks.map((t) => [t.action, t.lead[0].text, t.support.length, t.reportTo[0].text])).toEqual([
      ["nghiên cứu lộ trình", "Sở Giáo dục và Đào tạo", 2, "UBND Thành phố"],
      ["sắp xếp các khu cách ly; báo cáo UBND Thành phố theo quy định", "Sở Giáo dục và Đào tạo", 2, "UBND Thành phố"],
    ]);
  });
});

describe("normalizeAgency", () => {
  it.each([
    ["UBND các quận, huyện, thị xã", "Ủy ban nhân dân các quận, huyện, thị xã"],
    ["Sở TT&TT", "Sở Thông tin và Truyền thông"],
    ["sở Thông tin truyền thông", "Sở Thông tin và Truyền thông"],
    ["Sở Lao động, Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội"],
    ["Sở GD&ĐT", "Sở Giáo dục và Đào tạo"],
    ["HĐND Thành phố", "Hội đồng nhân dân Thành phố"],
    ["Ủy ban MTTQ Việt Nam thành phố Hà Nội", "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội"],
    ["BCĐ phòng, chống dịch TP", "Ban Chỉ đạo phòng, chống dịch Thành phố"],
    ["Ban cán sự đảng Uỷ ban nhân dân tỉnh", "Ban cán sự đảng Ủy ban nhân dân tỉnh"],
    ["các đoàn thể chính trị-xã hội", "các đoàn thể chính trị - xã hội"],
    ["Ban Chỉ đạo phòng chống dịch Covid-19", "Ban Chỉ đạo phòng chống dịch Covid-19"],
    ["TPHCM", "Thành phố Hồ Chí Minh"],
  ])("%s → %s", (text, expected) => {
    expect(normalizeAgency(text)).toBe(expected);
  });
});

describe("normalizeAgency keeps words it has no reason to change", () => {
  it.each([["Ban Thường vụ Tỉnh đoàn"], ["Quỹ quý"], ["Sở Khoa học và Công nghệ"]])("%s", (text) => {
    expect(normalizeAgency(text)).toBe(text);
  });
});

describe("no task from a section title", () => {
  it("a title in capitals inherits no lead", () => {
    expect(read("NGUYÊN TẮC, YÊU CẦU SẮP XẾP THÔN, TỔ DÂN PHỐ", ["các bộ", "ngành"])).toEqual([]);
  });
});
