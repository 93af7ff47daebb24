/**
 * Second reading (A5, A6, A8, A9): the issuer that speaks, asides that inherit no lead, bodies
 * named by a "nơi …" clause or a "về …" remit, designations with duties, and the closing paragraph.
 * Each rule with the negatives that keep it narrow.
 */
import { describe, expect, it } from "vitest";
import { clauseTasks } from "../../src/tasks/clause-tasks.js";
import { closingTasks } from "../../src/tasks/closing-tasks.js";
import { isIssuer, readSentenceParts } from "../../src/tasks/sentence-parts.js";
import { toSentences } from "../../src/tasks/sentences.js";
import { joinRun } from "../../src/text-run.js";
import { clause, leads, tasksOf } from "./clause-fixture.js";

const TCHQ = ["tổng cục hải quan"];
const read = (text: string, inherited: string[] | null = null, issuer: string[] = TCHQ) => tasksOf(text, inherited, { year: 2017, issuer });

describe("the issuer speaking about itself is a speaker, not a lead (A5)", () => {
  it.each([
    ["guides", "Tổng cục Hải quan hướng dẫn bổ sung như sau:"],
    ["after a fronted phrase", "Đối với các Chi cục Hải quan đã triển khai Hệ thống, Tổng cục Hải quan hướng dẫn bổ sung như sau:"],
    ["answers", "Tổng cục Hải quan trả lời các đơn vị được biết, thực hiện."],
    ["asks without a named addressee", "Tổng cục Hải quan yêu cầu tăng cường việc thực hiện như sau:"],
  ])("%s: no task", (_, text) => {
    expect(read(text, ["Cục Hải quan các tỉnh, thành phố"])).toEqual([]);
  });
  it("its 'yêu cầu X …' assigns X", () => {
    expect(leads(read("Tổng cục Hải quan yêu cầu Cục Hải quan các tỉnh, thành phố rà soát danh sách container."))).toEqual([["Cục Hải quan các tỉnh, thành phố"]]);
  });
  it.each([
    ["the issuer unnamed in the header", "UBND tỉnh yêu cầu thủ trưởng các sở, ngành, các địa phương khẩn trương xây dựng báo cáo.", [["thủ trưởng các sở, ngành", "các địa phương"]]],
    ["another body asking", "Sở Y tế đề nghị Sở Tài chính bố trí kinh phí.", [["Sở Tài chính"]]],
  ])("a body that asks the bodies named right after it speaks (%s)", (_, text, expected) => {
    expect(leads(read(text, null, []))).toEqual(expected);
  });
  it("items under the issuer's '… như sau:' do not inherit the issuer", () => {
    const own = clauseTasks(clause("Tổng cục Hải quan hướng dẫn bổ sung như sau:", { items: [clause("Rà soát.")] }), ["Các Chi cục Hải quan"], { issuer: TCHQ });
    expect(own.inheritable).toEqual(["Các Chi cục Hải quan"]);
  });
  it.each([
    ["the issuer doing work of its own", "Tổng cục Hải quan chủ trì xây dựng quy chế phối hợp.", [["Tổng cục Hải quan"]]],
    ["another body that guides", "Cục Hải quan Thành phố Hồ Chí Minh hướng dẫn doanh nghiệp khai báo.", [["Cục Hải quan Thành phố Hồ Chí Minh"]]],
    ["no issuer known", "Tổng cục Hải quan hướng dẫn doanh nghiệp khai báo.", [["Tổng cục Hải quan"]]],
  ])("negative: %s keeps its lead", (name, text, expected) => {
    expect(leads(read(text, null, name === "no issuer known" ? [] : TCHQ))).toEqual(expected);
  });
  it.each([
    ["Tổng cục Hải quan", ["tổng cục hải quan"], true],
    ["UBND tỉnh", ["ủy ban nhân dân tỉnh tuyên quang"], true],
    ["Sở Y tế", ["ủy ban nhân dân tỉnh tuyên quang"], false],
    ["UBND tỉnh Hà Giang", ["ủy ban nhân dân tỉnh tuyên quang"], false],
    ["Cục Hải quan", ["tổng cục hải quan"], false],
  ])("isIssuer(%s)", (subject, issuer, expected) => {
    expect(isIssuer(subject, issuer)).toBe(expected);
  });
});

describe("sentences that inherit no lead (A6)", () => {
  const inherited = ["Các đơn vị giám định"];
  it.each([
    ["an activity as subject, passive", "Việc thanh toán được thực hiện theo hồ sơ thực tế và không vượt mức chi tối đa cho phép."],
    ["an activity as subject", "Việc quản lý, sử dụng và quyết toán thực hiện theo quy định của pháp luật."],
    ["a note", "Lưu ý: chỉ sau khi doanh nghiệp cảng gửi thông tin thì công chức hải quan mới thực hiện phê duyệt."],
    ["an example", "Ví dụ minh họa trường hợp cụ thể:"],
    ["a form box", "Ô 1: Đối với tờ khai đầu tiên: nhập vào chữ “F”."],
    ["a form box, no colon", "Cột 3 ghi số lượng hàng hóa."],
    ["a form field", "Tiêu chí “Ghi chú 1”: Nhập chi tiết tên các phương tiện vận tải."],
    ["an address list", "thuydttl@customs.gov.vn; hoangnc@customs.gov.vn."],
    ["a URL", "https://www.customs.gov.vn/"],
  ])("%s: no task", (_, text) => {
    expect(read(text, inherited)).toEqual([]);
  });
  it.each([
    ["an activity with a duty", "Việc sắp xếp thôn, tổ dân phố phải bảo đảm phù hợp với tiêu chí."],
    ["an actorless action", "Lập hồ sơ đề nghị thanh toán trên cơ sở hóa đơn hợp lệ."],
    ["'lưu ý X' assigns X", "Lưu ý các địa phương khi thông báo cho người dân cần đảm bảo đúng thời gian."],
    ["an action that gives an address", "Gửi danh sách về địa chỉ thư điện tử ninhpt@customs.gov.vn."],
    ["a word starting like a note", "Ôn định tổ chức bộ máy."],
  ])("negative: %s is a task", (_, text) => {
    expect(read(text, inherited).length).toBe(1);
  });
  it("an activity's time limit goes to the task before it", () => {
    const tasks = read("Thiết lập danh sách số fax tiếp nhận thông tin. Việc thiết lập và thông báo thực hiện trước ngày 15/02/2017.", ["Cục Hải quan các tỉnh, thành phố"]);
    expect(tasks.map((t) => t.deadline?.iso)).toEqual(["2017-02-15"]);
  });
  it("negative: a task with its own limit keeps it", () => {
    const tasks = read("Báo cáo trước ngày 10/02/2017. Việc tổng hợp thực hiện trước ngày 15/02/2017.", ["Sở Y tế"]);
    expect(tasks.map((t) => t.deadline?.iso)).toEqual(["2017-02-10"]);
  });
  it.each([
    ["an e-mail address", "Gửi về địa chỉ thuydttl@customs.gov.vn. Chi tiết tại Biên bản.", 2],
    ["a URL", "Xem tại www.chinhphu.vn. Sở Y tế thực hiện.", 2],
    ["dots inside an address", "Gửi thuy.dttl@customs.gov.vn trước ngày 15/2.", 1],
  ])("sentences: %s is not cut at its dots", (_, text, count) => {
    expect(toSentences(text).length).toBe(count);
  });
});

describe("bodies named by a 'nơi …' clause (A8)", () => {
  it.each([
    ["nơi đăng ký", "Chi cục Hải quan nơi đăng ký tờ khai thực hiện xem xét, phê duyệt khai sửa đổi.", [["Chi cục Hải quan nơi đăng ký tờ khai"]]],
    ["nơi lưu giữ", "Chi cục Hải quan nơi lưu giữ hàng hóa hướng dẫn người khai hải quan.", [["Chi cục Hải quan nơi lưu giữ hàng hóa"]]],
    ["nơi đang lưu giữ", "Chi cục Hải quan nơi đang lưu giữ hàng hóa thực hiện việc kiểm tra.", [["Chi cục Hải quan nơi đang lưu giữ hàng hóa"]]],
    ["nơi quản lý", "Chi cục Hải quan nơi quản lý kho CFS hướng dẫn doanh nghiệp.", [["Chi cục Hải quan nơi quản lý kho CFS"]]],
    ["nơi ban hành", "Chi cục Hải quan nơi ban hành Quyết định dừng đưa hàng qua KVGS thực hiện việc thông báo.", [["Chi cục Hải quan nơi ban hành Quyết định dừng đưa hàng qua KVGS"]]],
    ["a short clause, then the verb", "Chi cục Hải quan nơi lưu giữ thực hiện kiểm tra.", [["Chi cục Hải quan nơi lưu giữ"]]],
  ])("%s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });
  it("a heading 'X nơi … (nơi đi):' names the clause's lead and gives no task", () => {
    const own = clauseTasks(clause("", { heading: "Chi cục Hải quan nơi đăng ký tờ khai (nơi đi):", items: [clause("Hướng dẫn người khai.")] }), null, {});
    expect(own.tasks).toEqual([]);
    expect(own.inheritable).toEqual(["Chi cục Hải quan nơi đăng ký tờ khai (nơi đi)"]);
  });
  it("negative: 'nơi' after an action is not part of the name", () => {
    expect(leads(read("Sở Y tế bố trí nơi cách ly tập trung."))).toEqual([["Sở Y tế"]]);
  });
});

describe("long official names and designations (5.1.a, 5.1.b)", () => {
  it("a 'Ban Chỉ đạo … về …' name runs to the verb", () => {
    expect(leads(read("Ban Chỉ đạo quốc gia về tìm kiếm, quy tập và xác định danh tính hài cốt liệt sĩ ban hành quy trình phối hợp.", null, []))).toEqual([
      ["Ban Chỉ đạo quốc gia về tìm kiếm, quy tập và xác định danh tính hài cốt liệt sĩ"],
    ]);
  });
  it.each([
    ["'về' after the verb", "Ban Chỉ đạo báo cáo về kết quả thực hiện.", [["Ban Chỉ đạo"]]],
    ["another head", "Sở Y tế về việc phòng dịch thực hiện kiểm tra.", []],
  ])("negative: %s", (_, text, expected) => {
    expect(leads(read(text, null, []))).toEqual(expected);
  });
  it("'X là cơ quan đầu mối …' carries duties", () => {
    expect(leads(read("Bộ Nội vụ là cơ quan đầu mối giúp Chính phủ theo dõi, đôn đốc việc thực hiện Nghị quyết này.", null, []))).toEqual([["Bộ Nội vụ"]]);
  });
  it("negative: 'X là …' that describes assigns nothing", () => {
    expect(read("Bộ Nội vụ là cơ quan của Chính phủ.", null, [])).toEqual([]);
  });
});

describe("the closing paragraph (A9)", () => {
  const closing = (text: string, issuer: string[] = []) => closingTasks(joinRun([[191, text]]), { issuer });
  it("a subject with a duty is a task", () => {
    const tasks = closing("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các bộ, ngành, địa phương kịp thời phản ánh, gửi báo cáo về Bộ Nội vụ để tổng hợp, trình Chính phủ xem xét, quyết định./.");
    expect(leads(tasks)).toEqual([["các bộ, ngành, địa phương"]]);
    expect(tasks[0].reportTo.map((a) => a.text)).toEqual(["Bộ Nội vụ"]);
    expect(tasks[0].lines).toEqual([191, 191]);
  });
  it.each([
    ["'để … biết, thực hiện'", "Văn phòng Chính phủ thông báo để Bộ Kế hoạch và Đầu tư biết, thực hiện./."],
    ["a speaker that asks", "Văn_phòng Bộ Thuỷ_sản xin thông_báo kết_luận của Thứ_trưởng để các Sở Thuỷ_sản biết./."],
    ["the issuer answering", "Tổng cục Hải quan trả lời các đơn vị được biết, thực hiện."],
    ["'Trên đây là …'", "Trên đây là Kế hoạch của Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh./."],
    ["a request to carry out the document", "Đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện./."],
    ["the execution formula", "Chánh Văn phòng UBND tỉnh, Giám đốc Sở Tài chính chịu trách nhiệm thi hành Quyết định này./."],
    ["a subject that only implements", "Các bộ, ngành tổ chức thực hiện Nghị quyết này./."],
  ])("negative: %s", (_, text) => {
    expect(closing(text, ["tổng cục hải quan"])).toEqual([]);
  });
  it.each([
    ["a report by a date", "Đề nghị Sở Tài chính gửi báo cáo về Ủy ban nhân dân tỉnh trước ngày 15/3/2025./.", ["Sở Tài chính"], ["Ủy ban nhân dân tỉnh"], "2025-03-15"],
    ["'Yêu cầu X …' with a limit in words", "Yêu cầu các đơn vị báo cáo kết quả về Sở Nội vụ trong tháng 10/2025./.", ["các đơn vị"], ["Sở Nội vụ"], null],
    ["'Giao X …' by a date", "Giao Văn phòng UBND tỉnh theo dõi, báo cáo Chủ tịch UBND tỉnh trước ngày 30/6/2025./.", ["Văn phòng UBND tỉnh"], ["Chủ tịch UBND tỉnh"], "2025-06-30"],
  ])("a request with a time limit of its own is a task: %s", (_, text, lead, reportTo, iso) => {
    const tasks = closing(text);
    expect(leads(tasks)).toEqual([lead]);
    expect(tasks[0].reportTo.map((a) => a.text)).toEqual(reportTo);
    expect(tasks[0].deadline).not.toBeNull();
    expect(tasks[0].deadline!.iso).toBe(iso);
  });
  it.each([
    ["a request without a time limit", "Đề nghị các đồng chí khẩn trương, tập trung chỉ đạo triển khai thực hiện đảm bảo kịp thời, hiệu quả./."],
    ["a formula with a date", "Đề nghị các đơn vị biết, thực hiện trước ngày 15/3/2025./."],
  ])("negative: %s", (_, text) => {
    expect(closing(text)).toEqual([]);
  });
  it("the parts of a sentence are read with the issuer", () => {
    expect(readSentenceParts("Tổng cục Hải quan thông báo để các đơn vị biết.", { issuer: TCHQ }).map((p) => p.kind)).toEqual(["speaker"]);
  });
});
