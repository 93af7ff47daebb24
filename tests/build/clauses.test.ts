/** The body → preamble, clause tree, closing. */
import { describe, expect, it } from "vitest";
import { readBody, type BodyLine } from "../../src/build/clauses.js";
import { lex } from "../../src/lex.js";
import { toLines } from "../../src/lines/index.js";
import type { Clause } from "../../src/types.js";

function body(text: string) {
  const lines: BodyLine[] = lex(toLines(text, "plain")).map((t) => ({
    line: t.payload,
    opensClause: t.tokenType.CATEGORIES?.some((c) => c.name === "ClauseStart") ?? false,
  }));
  return readBody(lines);
}
/** "1[a,b]" style outline of a clause tree */
const outline = (clauses: Clause[]): string =>
  clauses.map((c) => (c.number ?? c.marker) + (c.items.length ? `[${outline(c.items)}]` : "")).join(",");

describe("readBody: the clause tree", () => {
  it.each([
    ["flat numbers", "1. A\n2. B\n3. C", "1,2,3"],
    ["bullets under numbers", "1. A\n- a\n- b\n2. B", "1[-,-],2"],
    ["plus under dash", "1. A\n- a\n+ x\n+ y\n- b", "1[-[+,+],-]"],
    ["letters under numbers", "1. A\na) x\nb) y\n2. B", "1[a,b],2"],
    ["roman sections", "I. MỤC TIÊU\n1. A\n2. B\nII. NHIỆM VỤ\n1. C", "I[1,2],II[1]"],
    ["two-level numbers", "1. A\n1.1. x\n1.2. y\n2. B", "1[1.1,1.2],2"],
    ["articles", "Điều 1. Ban hành\nĐiều 2. Giao\n1. Sở Y tế\nĐiều 3. Hiệu lực", "1,2[1],3"],
    ["upper-case parts above sections", "A. KẾT QUẢ\nI. Chung\nB. NHIỆM VỤ\nI. Chung", "A[I],B[I]"],
    ["a roman section after numbered items closes them", "1. A\n- a\nII. B", "1[-],II"],
    ["bullets only", "- A\n- B", "-,-"],
    ["a Roman numeral typed with a capital only at the start", "I. Về đánh giá\n1. A\nIi. về nội dung\n1. B", "I[1],II[1]"],
  ])("%s", (_name, text, expected) => {
    expect(outline(body(text).clauses)).toBe(expected);
  });

  it("keeps the number as printed, never renumbered", () => {
    const { clauses, diagnostics } = body("1. A\n2. B\n4. D");
    expect(clauses.map((c) => c.number)).toEqual(["1", "2", "4"]);
    expect(diagnostics).toEqual([expect.objectContaining({ code: "clause-numbering-gap", lines: [3, 3] })]);
  });

  it("accepts both d → đ and d → e", () => {
    expect(body("1. A\na) w\nb) v\nc) x\nd) y\nđ) z").diagnostics).toEqual([]);
    expect(body("1. A\na) w\nb) v\nc) x\nd) y\ne) z").diagnostics).toEqual([]);
  });

  it("joins a clause's lines and mends a sentence split by a page break", () => {
    const [clause] = body("1. Ủy ban MTTQ vận động để bổ sung nguồn lực trong công\n\ntác phòng, chống dịch.\n\nTuyên truyền các đơn vị.").clauses;
    expect(clause.text).toBe("Ủy ban MTTQ vận động để bổ sung nguồn lực trong công tác phòng, chống dịch.\nTuyên truyền các đơn vị.");
    expect(clause.lines).toEqual([1, 5]);
  });

  it.each([
    ["a short title line", "3. Về ứng dụng công nghệ thông tin:\n- Công an Thành phố triển khai.", "Về ứng dụng công nghệ thông tin:", ""],
    ["an agency before a colon", "- Công an Thành phố: tiếp tục phối hợp.", "Công an Thành phố:", "tiếp tục phối hợp."],
    ["no heading in a long lead", "1. Phân công các đồng chí thành viên Ban cán sự đảng, Phó Chủ tịch UBND: quán triệt.", null, "Phân công các đồng chí thành viên Ban cán sự đảng, Phó Chủ tịch UBND: quán triệt."],
  ])("heading: %s", (_name, text, heading, own) => {
    const [clause] = body(text).clauses;
    expect(clause.heading).toBe(heading);
    expect(clause.text).toBe(own);
  });

  // A unit's statutory name is long and may hold commas: the lead before the colon is a heading
  // when the task lexicon reads it whole as bodies, whatever its length.
  it.each([
    ["a Cục's name with a comma", "a) Cục Quản lý đê điều và Phòng, chống thiên tai: tiếp thu ý kiến, trình Bộ trưởng.", "Cục Quản lý đê điều và Phòng, chống thiên tai:"],
    ["a commune office (NĐ 150/2025)", "1. Phòng Kinh tế, Hạ tầng và Đô thị: kiểm tra, chằng chống các công trình.", "Phòng Kinh tế, Hạ tầng và Đô thị:"],
    ["a Sở with commas", "1. Sở Văn hóa, Thể thao và Du lịch: tổ chức các hoạt động tuyên truyền.", "Sở Văn hóa, Thể thao và Du lịch:"],
    ["a name of seven words", "3. Ban Chỉ huy Phòng thủ dân sự tỉnh Quảng Ninh: kiểm tra công tác chuẩn bị.", "Ban Chỉ huy Phòng thủ dân sự tỉnh Quảng Ninh:"],
    ["a list of bodies", "- Sở Tài chính, Sở Nội vụ, Sở Tư pháp: rà soát, báo cáo.", "Sở Tài chính, Sở Nội vụ, Sở Tư pháp:"],
    ["a topic with a comma stays text", "2. Về công tác phòng, chống dịch bệnh trên địa bàn: tăng cường kiểm tra.", null],
    ["a case with a comma stays text", "- Trường hợp hàng hóa vận chuyển bằng nhiều phương tiện, nhiều chuyến: nhập chi tiết.", null],
    ["a sentence naming a body stays text", "1. Ủy ban nhân dân tỉnh giao Sở Tài chính, Sở Nội vụ như sau: rà soát.", null],
  ])("heading: a long lead of bodies, %s", (_name, text, heading) => {
    const [clause] = body(text).clauses;
    expect(clause.heading).toBe(heading);
    const rest = text.slice(text.indexOf(" ") + 1);
    expect(clause.text).toBe(heading ? rest.slice(heading.length + 1) : rest);
  });

  // A plural level of places before a colon and their names after it: the colon opens the names the
  // subject is made of (probe10 F4), no heading; a duty after the colon leaves the heading as it was
  it.each([
    ["must change: communes named after the colon", "1. UBND các phường: Quy Nhơn Đông, Quy Nhơn Nam tập trung vận động các hộ dân.", null],
    ["must change: two levels, names joined by 'và'", "2. Chủ tịch UBND các xã, phường: Ia Grai, Ia Hrung và Ia Pếch chủ động rà soát.", null],
    ["must change: a further level before the last name", "- UBND các phường: Quy Nhơn Đông, Quy Nhơn Nam và xã Tuy Phước phối hợp thực hiện.", null],
    ["must stay: a duty after the colon", "1. UBND các xã, phường: chủ động rà soát các hộ dân.", "UBND các xã, phường:"],
    ["must stay: a capitalised duty after the colon", "1. UBND các xã: Chủ động rà soát các hộ dân.", "UBND các xã:"],
    ["must stay: no plural level before the colon", "1. Sở Tài chính: Quy Nhơn Đông, Quy Nhơn Nam là địa bàn trọng điểm.", "Sở Tài chính:"],
  ])("colon after a plural level of places: %s", (_name, text, heading) => {
    const [clause] = body(text).clauses;
    expect(clause.heading).toBe(heading);
    const rest = text.slice(text.indexOf(" ") + 1);
    expect(clause.text).toBe(heading ? rest.slice(heading.length + 1) : rest);
  });

  it.each([
    ["must change: the names on the line under the level", "1. UBND các xã:\nIa Grai, Ia Hrung tập trung vận động các hộ dân.", null],
    ["must stay: a heading alone on its line", "1. UBND các xã:\ntập trung vận động các hộ dân.", "UBND các xã:"],
  ])("a plural level of places alone before a colon: %s", (_name, text, heading) => {
    expect(body(text).clauses[0].heading).toBe(heading);
  });
});

describe("readBody: preamble and closing", () => {
  it("puts the opening paragraphs in the preamble and the last one in the closing", () => {
    const result = body("Thực hiện Thông báo số 428-TB/TU.\n\n1. Giao Sở Y tế.\n2. Giao Sở Tài chính.\n\nĐề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.");
    expect(result.preamble).toBe("Thực hiện Thông báo số 428-TB/TU.");
    expect(result.closing).toBe("Đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.");
    expect(result.clauses.map((c) => c.text)).toEqual(["Giao Sở Y tế.", "Giao Sở Tài chính."]);
  });

  it("leaves a last paragraph that is not a closing formula in the last clause", () => {
    const result = body("1. Giao Sở Y tế.\n\nGiao Sở Tài chính bố trí kinh phí.");
    expect(result.closing).toBeNull();
    expect(result.clauses[0].text).toBe("Giao Sở Y tế.\nGiao Sở Tài chính bố trí kinh phí.");
  });

  it.each([
    ["a request ending in '/.'", "Thực hiện Công văn số 12/BTC-ĐT, UBND tỉnh đề nghị Sở Tài chính chủ trì, phối hợp với Kho bạc Nhà nước khu vực XIII\ntổng hợp tình hình giải ngân, báo cáo UBND tỉnh trước ngày 15/01/2025./."],
    ["a request with a closing word in it", "Ủy ban nhân dân tỉnh đề nghị các sở, ngành triển khai thực hiện và báo cáo kết quả về Sở Nội vụ./."],
    ["a note to know", "Văn phòng Chính phủ xin thông báo ý kiến của Phó Thủ tướng để Bộ Công Thương biết, thực hiện./."],
  ])("a body of one paragraph and no clause is no closing: %s", (_name, text) => {
    const result = body(text);
    expect(result.closing).toBeNull();
    expect(result.preamble).toBe(text.replace("\n", " "));
  });

  it("keeps the closing after a one-paragraph content", () => {
    const result = body("UBND tỉnh đề nghị Sở Tài chính tổng hợp tình hình giải ngân.\n\nĐề nghị các đơn vị nghiêm túc thực hiện./.");
    expect(result.preamble).toBe("UBND tỉnh đề nghị Sở Tài chính tổng hợp tình hình giải ngân.");
    expect(result.closing).toBe("Đề nghị các đơn vị nghiêm túc thực hiện./.");
  });

  it("keeps a descriptive dash list before the first numbered clause in the preamble", () => {
    const result = body("Tồn tại:\n- Thiếu giống.\n- Chưa kiểm dịch.\n1. Chủ động nguồn giống.");
    expect(result.preamble).toBe("Tồn tại:\n- Thiếu giống.\n- Chưa kiểm dịch.".replaceAll("\n", " "));
    expect(outline(result.clauses)).toBe("1");
  });
});

describe("readBody: where unmarked paragraphs go", () => {
  it("a new paragraph after a run of items goes back to the clause that holds them", () => {
    const [clause] = body("3. Các cấp rà soát.\n- Bố trí chốt.\n- Huy động lực lượng.\nNgười đứng đầu chịu trách nhiệm.").clauses;
    expect(clause.text).toBe("Các cấp rà soát.\nNgười đứng đầu chịu trách nhiệm.");
    expect(clause.items.map((i) => i.text)).toEqual(["Bố trí chốt.", "Huy động lực lượng."]);
  });

  // No clause holds a top-level list (a Giấy mời's invitees, a Công văn's "… các số liệu sau:"):
  // a new paragraph, a capital after a full stop, ends the list and is the body's text after it.
  it.each([
    ["a Công văn's list, then a duty and the closing",
      "Đề nghị các đơn vị cung cấp các số liệu sau:\n- Số liệu giải ngân năm 2025;\n- Số liệu thu, chi quý I.\nVăn phòng Sở có trách nhiệm tổng hợp trước ngày 20/3/2026.\nRất mong nhận được sự phối hợp./.",
      ["Số liệu giải ngân năm 2025;", "Số liệu thu, chi quý I."], "Văn phòng Sở có trách nhiệm tổng hợp trước ngày 20/3/2026. Rất mong nhận được sự phối hợp./."],
    ["a Giấy mời's invitees, then the logistics",
      "Sở trân trọng kính mời:\n- Lãnh đạo Sở Nội vụ;\n- Lãnh đạo Ủy ban nhân dân các xã.\nThời gian: 08 giờ 00, ngày 12/3/2026.\nĐịa điểm: Hội trường tầng 3.\nRất mong các đại biểu tham dự đúng giờ./.",
      ["Lãnh đạo Sở Nội vụ;", "Lãnh đạo Ủy ban nhân dân các xã."], "Thời gian: 08 giờ 00, ngày 12/3/2026. Địa điểm: Hội trường tầng 3. Rất mong các đại biểu tham dự đúng giờ./."],
    ["a top-level lettered list",
      "Kết luận như sau:\na) Sở Y tế rà soát.\nb) Sở Tài chính bố trí kinh phí.\n\nGiao Văn phòng theo dõi, đôn đốc.\n\nĐề nghị các đơn vị thực hiện./.",
      ["Sở Y tế rà soát.", "Sở Tài chính bố trí kinh phí."], "Giao Văn phòng theo dõi, đôn đốc.\nĐề nghị các đơn vị thực hiện./."],
    // the same shapes that stay in the list
    ["a capital after ';' (an entry whose dash was lost)",
      "Kính mời:\n- Lãnh đạo Sở Nội vụ;\nLãnh đạo Sở Tài chính;\n- Lãnh đạo các xã.",
      ["Lãnh đạo Sở Nội vụ; Lãnh đạo Sở Tài chính;", "Lãnh đạo các xã."], null],
    ["a lower-case line that carries the sentence on",
      "Đề nghị:\n- Rà soát số liệu.\n- Gửi báo cáo về Sở Tài chính trước ngày\n20/3/2026 để tổng hợp.",
      ["Rà soát số liệu.", "Gửi báo cáo về Sở Tài chính trước ngày 20/3/2026 để tổng hợp."], null],
    ["a paragraph a marker follows stays with the item above it",
      "Kết luận:\n- Sở Y tế rà soát.\nSở Y tế báo cáo kết quả.\n- Sở Tài chính bố trí kinh phí.",
      ["Sở Y tế rà soát. Sở Y tế báo cáo kết quả.", "Sở Tài chính bố trí kinh phí."], null],
  ])("a top-level list: %s", (_name, text, items, closing) => {
    const result = body(text);
    expect(result.clauses.map((c) => c.text)).toEqual(items);
    expect(result.closing).toBe(closing);
  });

  it("a new paragraph after a list under a numbered clause still goes back to that clause", () => {
    const result = body("1. Các cấp rà soát.\n- Bố trí chốt.\n- Huy động lực lượng.\nNgười đứng đầu chịu trách nhiệm.\nTrên đây là kết luận của Chủ tịch./.");
    expect(result.clauses[0].text).toBe("Các cấp rà soát.\nNgười đứng đầu chịu trách nhiệm.");
    expect(result.closing).toBe("Trên đây là kết luận của Chủ tịch./.");
  });

  it("a line that carries on the item's sentence stays with the item", () => {
    const [clause] = body("1. Chủ trì:\n- Duy trì 22 chốt kiểm soát, trừ những trường hợp cho\n\nphép xe luồng xanh ra vào.").clauses;
    expect(clause.items[0].text).toBe("Duy trì 22 chốt kiểm soát, trừ những trường hợp cho phép xe luồng xanh ra vào.");
  });

  it("finds the closing after a clause in one-paragraph-per-line text", () => {
    const result = body("3. Giao Sở Tài chính.\ng) Bố trí kinh phí.\nThủ tướng Chính phủ yêu cầu các ngành tổ chức thực hiện./.");
    expect(result.closing).toBe("Thủ tướng Chính phủ yêu cầu các ngành tổ chức thực hiện./.");
  });

  it.each([
    ["an attachment note", "1. Phạm vi điều chỉnh.\n2. Mức chi: 1,5 lần mức lương cơ sở.\n(Có dự thảo Nghị quyết và hồ sơ kèm theo)\nỦy ban nhân dân tỉnh kính trình Hội đồng nhân dân tỉnh xem xét, quyết định./.",
      "Ủy ban nhân dân tỉnh kính trình Hội đồng nhân dân tỉnh xem xét, quyết định./."],
    ["a note in square brackets", "1. Phạm vi.\n2. Mức chi.\n[Gửi kèm hồ sơ]\nĐề nghị các đơn vị triển khai thực hiện./.", "Đề nghị các đơn vị triển khai thực hiện./."],
    ["a line that opens and closes two brackets is no such line", "1. Phạm vi.\n2. Mức chi.\n(1) Trưởng thôn và (2)\nĐề nghị các đơn vị triển khai thực hiện./.", null],
    ["a bracket that closes before the line's end", "1. Phạm vi.\n2. Mức chi.\n(kể cả phụ cấp) và các khoản (khác)\nĐề nghị các đơn vị triển khai thực hiện./.", null],
  ])("a line wholly in brackets is a paragraph of its own: %s", (_name, text, closing) => {
    expect(body(text).closing).toBe(closing);
  });

  it.each([
    ["an upper-case section title", "I. NHIỆM VỤ CHUNG\n1. Rà soát.", "NHIỆM VỤ CHUNG"],
    ["an article title", "Điều 3. Quyền hạn của Ban Chỉ đạo\nBan Chỉ đạo được quyền yêu cầu.", "Quyền hạn của Ban Chỉ đạo"],
    ["an assignee above its tasks", "4. Ủy ban nhân dân các tỉnh, thành phố\nChỉ đạo rà soát.", "Ủy ban nhân dân các tỉnh, thành phố"],
    ["a title above items", "5. Về công tác bảo đảm an sinh xã hội\n\n- Tiếp tục thực hiện.", "Về công tác bảo đảm an sinh xã hội"],
  ])("heading without a colon: %s", (_name, text, heading) => {
    expect(body(text).clauses[0].heading).toBe(heading);
  });

  it.each([
    ["a sentence wrapped in pdftotext", "1. Việc sắp xếp thôn, tổ dân phố phải bảo đảm phù hợp với tiêu chí, điều\nkiện theo quy định."],
    ["a full sentence", "1. Tiếp tục đẩy mạnh xét nghiệm.\nSiết chặt kỷ cương."],
  ])("no heading for %s", (_name, text) => {
    expect(body(text).clauses[0].heading).toBeNull();
  });

  it.each([
    ["a long title above items", "1. Về phẩm chất chính trị, đạo đức công vụ và đạo đức nghề nghiệp\na) Chấp hành chủ trương.\nb) Trung thực.",
      "Về phẩm chất chính trị, đạo đức công vụ và đạo đức nghề nghiệp", ""],
    ["an article title wrapped onto a second line", "Điều 2. Cơ chế, chính sách đặc thù thực hiện nhiệm vụ lấy mẫu, giám\nđịnh ADN hài cốt liệt sĩ và giám định ADN mẫu thân nhân liệt sĩ\n1. Nội dung chi.",
      "Cơ chế, chính sách đặc thù thực hiện nhiệm vụ lấy mẫu, giám định ADN hài cốt liệt sĩ và giám định ADN mẫu thân nhân liệt sĩ", ""],
    ["a wrapped title above items, verb first", "3. Thực hiện xử lý dứt điểm các vấn đề tồn đọng trước thời điểm Nghị\nquyết này có hiệu lực thi hành\na) Đối với mẫu đã tiếp nhận.",
      "Thực hiện xử lý dứt điểm các vấn đề tồn đọng trước thời điểm Nghị quyết này có hiệu lực thi hành", ""],
    ["a title line that stops short of the text under it", "1. Đối với người hưởng lương từ ngân sách nhà nước\nNgoài chế độ tiền lương, phụ cấp và các chế độ khác theo quy định của\npháp luật, người trực tiếp tham gia được hưởng thêm các chế độ sau:",
      "Đối với người hưởng lương từ ngân sách nhà nước", "Ngoài chế độ tiền lương, phụ cấp và các chế độ khác theo quy định của pháp luật, người trực tiếp tham gia được hưởng thêm các chế độ sau:"],
    // negatives: sentences
    ["no title: an article's sentence wrapped in pdftotext", "Điều 4. Ban Chỉ đạo làm việc theo nguyên tắc tập trung dân chủ, đề cao\ntrách nhiệm người đứng đầu. Các thành viên làm việc theo Quy chế.",
      null, "Ban Chỉ đạo làm việc theo nguyên tắc tập trung dân chủ, đề cao trách nhiệm người đứng đầu. Các thành viên làm việc theo Quy chế."],
    ["no title: a line that ends on a linking word", "Điều 1. Ban hành kèm theo Quyết định này Quy chế hoạt động của\nBan Chỉ đạo phòng, chống thiên tai tỉnh",
      null, "Ban hành kèm theo Quyết định này Quy chế hoạt động của Ban Chỉ đạo phòng, chống thiên tai tỉnh"],
    ["no title: a full-width line wrapped before a name", "1. Giao Sở Tài chính chủ trì, phối hợp với các cơ quan liên quan hướng dẫn\nỦy ban nhân dân các huyện triển khai thực hiện đúng quy định hiện hành.",
      null, "Giao Sở Tài chính chủ trì, phối hợp với các cơ quan liên quan hướng dẫn Ủy ban nhân dân các huyện triển khai thực hiện đúng quy định hiện hành."],
    ["no title: a paragraph that goes on past two lines", "1. Nghị quyết này quy định cơ chế, chính sách đặc thù nhằm tháo gỡ khó\nkhăn và bảo đảm việc tổ chức thực hiện lấy mẫu, giám định và xác định\ndanh tính hài cốt liệt sĩ\na) Mẫu.",
      null, "Nghị quyết này quy định cơ chế, chính sách đặc thù nhằm tháo gỡ khó khăn và bảo đảm việc tổ chức thực hiện lấy mẫu, giám định và xác định danh tính hài cốt liệt sĩ"],
  ])("long and wrapped titles: %s", (_name, text, heading, own) => {
    const [clause] = body(text).clauses;
    expect(clause.heading).toBe(heading);
    expect(clause.text).toBe(own);
  });

  it("warns when a sub-list does not open at its first number", () => {
    expect(body("2. Về Đại lý\n2.2. Điều kiện").diagnostics).toEqual([expect.objectContaining({ code: "clause-numbering-gap", lines: [2, 2] })]);
  });
});

describe("readBody: OCR capitals", () => {
  it("reads an OCR 'B)' after 'a)' as the next lettered item", () => {
    const result = body("1. Mục đích\na) Đổi mới.\nB) Phát huy.\nC) Kiểm tra.\n2. Yêu cầu");
    expect(outline(result.clauses)).toBe("1[a,b,c],2");
    expect(result.clauses[0].items.map((c) => c.marker)).toEqual(["a)", "B)", "C)"]);
  });

  it("keeps real upper-case parts as parts", () => {
    expect(outline(body("A. KẾT QUẢ\n1. Chung\nB. NHIỆM VỤ\n1. Chung").clauses)).toBe("A[1],B[1]");
  });
});

describe("readBody: Phần › Chương › Mục above the articles (NĐ 30 Phụ lục I)", () => {
  const THONG_TU = "Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\nThông tư này quy định.\nĐiều 2. Đối tượng áp dụng\n1. Công chức.\nChương II\nTIÊU CHUẨN CHUYÊN MÔN\nCỦA CÔNG CHỨC\nĐiều 3. Công chức\nNội dung.";

  it("nests the articles under their chapter, the chapter's title as its heading", () => {
    const { clauses, diagnostics } = body(THONG_TU);
    expect(outline(clauses)).toBe("I[1,2[1]],II[3]");
    expect(clauses.map((c) => [c.marker, c.heading, c.text])).toEqual([
      ["Chương I", "QUY ĐỊNH CHUNG", ""],
      ["Chương II", "TIÊU CHUẨN CHUYÊN MÔN CỦA CÔNG CHỨC", ""],
    ]);
    expect(diagnostics).toEqual([]); // the articles run on across chapters
  });

  it("does not let an article swallow the next chapter", () => {
    const [, second] = body(THONG_TU).clauses;
    expect(body(THONG_TU).clauses[0].items[1].lines).toEqual([5, 6]);
    expect(second.lines).toEqual([7, 11]);
  });

  it.each([
    ["a title on the marker line", "Chương 1: NHỮNG QUY ĐỊNH CHUNG\nĐiều 1. Đối tượng", "1[1]", "NHỮNG QUY ĐỊNH CHUNG"],
    ["sections inside a chapter", "Chương II\nTHỦ TỤC\nMục 1. KIỂM TRA\nĐiều 5. Hồ sơ\nMục 2. THANH TRA\nĐiều 6. Trình tự", "II[1[5],2[6]]", "THỦ TỤC"],
  ])("%s", (_name, text, expected, heading) => {
    const { clauses } = body(text);
    expect(outline(clauses)).toBe(expected);
    expect(clauses[0].heading).toBe(heading);
  });
});

describe("readBody: the last article's text is no closing", () => {
  it("keeps the paragraph under a marker alone as that clause's text, even ending in '/.'", () => {
    const result = body("Điều 2.\nQuyết định này có hiệu lực kể từ ngày ký.\nĐiều 3.\nChánh Văn phòng chịu trách nhiệm thi hành Quyết định này./.");
    expect(result.closing).toBeNull();
    expect(result.clauses[1].text).toBe("Chánh Văn phòng chịu trách nhiệm thi hành Quyết định này./.");
  });

  it("keeps the paragraph under a heading-only clause in it", () => {
    const result = body("III. TỔ CHỨC THỰC HIỆN\n\nĐề nghị các đơn vị triển khai thực hiện./.");
    expect(result.closing).toBeNull();
    expect(result.clauses[0].text).toBe("Đề nghị các đơn vị triển khai thực hiện./.");
  });

  it.each([
    ["Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ chịu trách nhiệm thi hành Quyết định này./."],
    ["Các ông (bà): Chánh Văn phòng UBND tỉnh, Thủ trưởng các cơ quan có liên quan chịu trách nhiệm thi hành Quyết định này./."],
    ["Các sở, ngành chịu trách nhiệm tổ chức thực hiện Chỉ thị này./."],
  ])("keeps the execution sentence in the last article, even in a paragraph of its own (NĐ 30: no closing): %s", (execution) => {
    const result = body(`Điều 2. Giao Sở Nội vụ hướng dẫn.\n\nĐiều 3. Quyết định này có hiệu lực kể từ ngày ký.\n\n${execution}`);
    expect(result.closing).toBeNull();
    expect(result.clauses[1].text).toBe(`Quyết định này có hiệu lực kể từ ngày ký.\n${execution}`);
  });

  it("still finds the closing after a clause that ends its sentence", () => {
    const result = body("Điều 3. Chánh Văn phòng chịu trách nhiệm thi hành.\n\nĐề nghị các đơn vị triển khai thực hiện./.");
    expect(result.closing).toBe("Đề nghị các đơn vị triển khai thực hiện./.");
  });
});

describe("readBody: dash lines that are no list", () => {
  it.each([
    ["a dashed legal basis with nothing after it", "- Căn cứ Điều lệ Đảng và Quy định số 24-QĐ/TW;", ""],
    ["dashed legal bases above the articles", "- Căn cứ Điều lệ Đảng;\n- Xét đề nghị của Văn phòng,\nĐiều 1. Ban hành", "1"],
  ])("%s stays in the preamble", (_name, text, expected) => {
    const result = body(text);
    expect(outline(result.clauses)).toBe(expected);
    expect(result.preamble).toMatch(/^- /);
  });

  it.each([
    ["a list of two", "- Giao Sở Y tế.\n- Giao Sở Tài chính.", "-,-"],
    ["a single task", "- Công an Thành phố tiếp tục phối hợp.", "-"],
    ["one dash after the opening paragraph", "Văn phòng đề nghị:\n- Sở Y tế chủ trì.", "-"],
    ["a dash that is not a legal basis", "- Tiếp tục thực hiện Chỉ thị.\n- Căn cứ kết quả, báo cáo.", "-,-"],
  ])("%s is a list", (_name, text, expected) => {
    expect(outline(body(text).clauses)).toBe(expected);
  });
});

describe("readBody: OCR capitals with no 'a)' list open", () => {
  it("reads 'C)' inside a numbered clause as its lettered item", () => {
    const result = body("II. NỘI DUNG\n4. Tiếp tục triển khai\n- a) Cơ quan chủ trì: Sở Nội vụ\nC) Thời gian thực hiện: Thường xuyên\n5. Nâng cao hiệu quả\nIII. KINH PHÍ\n1. Ngân sách");
    expect(outline(result.clauses)).toBe("II[4[a,c],5],III[1]");
  });

  it.each([
    ["parts after the preamble", "A. KẾT QUẢ\n1. Chung\nB. NHIỆM VỤ\n1. Chung", "A[1],B[1]"],
    ["a part with a full stop after numbered clauses", "I. CHUNG\n1. Mục đích\nB. NHIỆM VỤ", "I[1],B"],
  ])("keeps %s", (_name, text, expected) => {
    expect(outline(body(text).clauses)).toBe(expected);
  });
});

describe("readBody: a closing formula after a clause line cut short", () => {
  it.each([
    ["'Trên đây là …' after a numbered line without its full stop",
      "IV. TỔ CHỨC THỰC HIỆN\n\n3. Sở Nội vụ theo dõi.\n\n4. Đề nghị Ủy ban Mặt trận Tổ quốc và các sở, ngành, địa\n\nTrên đây là Kế hoạch thực hiện công tác dân vận của thành phố.",
      "Trên đây là Kế hoạch thực hiện công tác dân vận của thành phố."],
    ["'Trong quá trình thực hiện, nếu có khó khăn …' after a cut line",
      "1. Giao Sở Tài chính bố trí kinh phí cho các cơ quan, đơn\n\nTrong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Sở Nội vụ.",
      "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Sở Nội vụ."],
    ["'… để biết, thực hiện' after a cut line",
      "2. Sở Y tế hướng dẫn các cơ sở khám chữa bệnh trên địa\n\nVăn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện.",
      "Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện."],
    ["a long 'Trên đây là …' that goes on with whom to contact",
      "1. Giao Sở Y tế.\n\nTrên đây là Hướng dẫn quy trình hiệp thương. " + "Trong quá trình triển khai thực hiện, nếu có vướng mắc, đề nghị liên hệ với Ban Thường trực (qua Ban Dân chủ, số điện thoại 0936.828.858). ".repeat(5),
      null],
  ])("%s stays the closing", (_name, text, closing) => {
    const result = body(text);
    const expected = closing ?? text.slice(text.indexOf("Trên đây")).trimEnd();
    expect(result.closing).toBe(expected);
    const last = result.clauses.at(-1)!;
    expect(JSON.stringify(last)).not.toContain(expected.slice(0, 20));
  });

  it.each([
    ["a marker alone", "Điều 3.\n\nTrên đây là nội dung hướng dẫn, đề nghị các đơn vị thực hiện./."],
    ["a heading before ':'", "3. Tổ chức thực hiện:\n\nĐề nghị các đơn vị biết, thực hiện./."],
    ["a title in capitals", "III. TỔ CHỨC THỰC HIỆN\n\nVăn phòng thông báo để các đơn vị biết, thực hiện."],
    ["a cut line before a paragraph that is no formula", "4. Giao Sở Y tế chủ trì, phối hợp với các sở, ngành, địa\n\nChánh Văn phòng chịu trách nhiệm thi hành Quyết định này./."],
  ])("the paragraph under %s is still that clause's text", (_name, text) => {
    const result = body(text);
    expect(result.closing).toBeNull();
    expect(result.clauses[0].text).not.toBe("");
  });
});

describe("readBody: closing formulas", () => {
  it.each([
    ["trả lời … được biết, thực hiện", "Tổng cục Hải quan trả lời các đơn vị được biết, thực hiện."],
    ["trả lời để … được biết", "Tổng cục Hải quan trả lời để Công ty được biết."],
    ["hướng dẫn … để biết", "Sở Tài chính hướng dẫn để các đơn vị biết và thực hiện."],
    ["phúc đáp … được biết", "Bộ Tài chính phúc đáp để Ủy ban nhân dân tỉnh được biết."],
    ["thông báo … biết, thực hiện", "Văn phòng Thành ủy thông báo để các cơ quan, đơn vị biết, thực hiện."],
    ["Trong quá trình thực hiện Kế hoạch, nếu có …", "Trong quá trình thực hiện Kế hoạch, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Sở Nội vụ."],
  ])("%s", (_name, closing) => {
    const result = body(`1. Giao Sở Y tế chủ trì.\n\n2. Giao Sở Tài chính phối hợp.\n\n${closing}`);
    expect(result.closing).toBe(closing);
  });

  it.each([
    ["a reply verb without anyone told to know", "Sở Tài chính hướng dẫn các địa phương lập dự toán năm sau."],
    ["'biết' in a task", "Các đơn vị cần được biết rõ quy trình tiếp nhận hồ sơ trước khi triển khai."],
    ["a long last paragraph of a task", "Sở Y tế chủ trì " + "kiểm tra, giám sát các cơ sở khám bệnh, chữa bệnh trên địa bàn tỉnh; ".repeat(12) + "báo cáo kết quả."],
  ])("not a closing: %s", (_name, last) => {
    const result = body(`1. Giao Sở Y tế chủ trì.\n\n2. Giao Sở Tài chính phối hợp.\n\n${last}`);
    expect(result.closing).toBeNull();
  });
});

describe("readBody: a closing paragraph above a courtesy line", () => {
  it.each([
    ["a contact paragraph", "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ Cục Chính quyền địa phương để được hướng dẫn.", "Trân trọng./."],
    ["a request to cooperate", "Bộ Nội vụ đề nghị Ủy ban nhân dân các tỉnh, thành phố quan tâm, phối hợp thực hiện.", "Trân trọng./."],
    ["a thanks line", "Sở Tài chính thông báo để các đơn vị biết, thực hiện.", "Xin trân trọng cảm ơn!"],
    ["a courtesy line without the end mark", "Đề nghị các đơn vị nghiêm túc triển khai thực hiện.", "Trân trọng."],
  ])("%s is closing with the courtesy line", (_name, paragraph, courtesy) => {
    const result = body(`1. Rà soát việc phân cấp cho cấp xã.\n2. Báo cáo gửi về Bộ Nội vụ trước ngày 20/11/2025.\n${paragraph}\n${courtesy}`);
    expect(result.closing).toBe(`${paragraph} ${courtesy}`);
    expect(result.clauses[1].text).toBe("Báo cáo gửi về Bộ Nội vụ trước ngày 20/11/2025.");
  });

  it.each([
    ["a duty of the last clause", "2. Báo cáo gửi về Bộ Nội vụ.\nSở Y tế tổ chức kiểm tra các cơ sở khám bệnh.\nTrân trọng./.",
      "Báo cáo gửi về Bộ Nội vụ. Sở Y tế tổ chức kiểm tra các cơ sở khám bệnh.", "Trân trọng./."],
    ["the paragraph under a heading alone", "2. Về kinh phí:\nĐề nghị các đơn vị bố trí kinh phí thực hiện.\nTrân trọng./.",
      "Đề nghị các đơn vị bố trí kinh phí thực hiện.", "Trân trọng./."],
    ["a last line that says more than the courtesy", "2. Báo cáo gửi về Bộ Nội vụ.\nSở Y tế tổ chức kiểm tra các cơ sở khám bệnh.\nTrân trọng cảm ơn sự quan tâm của Quý cơ quan./.",
      "Báo cáo gửi về Bộ Nội vụ. Sở Y tế tổ chức kiểm tra các cơ sở khám bệnh.", "Trân trọng cảm ơn sự quan tâm của Quý cơ quan./."],
  ])("stays: %s", (_name, last, clauseText, closing) => {
    const result = body(`1. Rà soát việc phân cấp cho cấp xã.\n${last}`);
    expect(result.clauses[1].text).toBe(clauseText);
    expect(result.closing).toBe(closing);
  });

  it("a one-paragraph content above the courtesy line stays the content", () => {
    const result = body("Ủy ban nhân dân tỉnh đề nghị Sở Tài chính chủ trì, phối hợp thực hiện.\nTrân trọng./.");
    expect(result.preamble).toBe("Ủy ban nhân dân tỉnh đề nghị Sở Tài chính chủ trì, phối hợp thực hiện.");
    expect(result.closing).toBe("Trân trọng./.");
  });
});

describe("readBody: the days of a weekly schedule head their entries", () => {
  it.each([
    ["day lines in title case", "Thứ Hai (10/11)\n- 14 giờ: Ban Tổ chức Tỉnh ủy chuẩn bị nội dung.\nThứ Ba (11/11)\n- 8 giờ: Văn phòng Tỉnh ủy chuẩn bị báo cáo.", "10/11[-],11/11[-]", ["Thứ Hai", "Thứ Ba"]],
    ["in capitals, with \", ngày\" and the year", "THỨ HAI, NGÀY 10/11/2025\n- 14 giờ: Họp.\nTHỨ BA, NGÀY 11/11/2025\n- 8 giờ: Họp.", "10/11/2025[-],11/11/2025[-]", ["THỨ HAI", "THỨ BA"]],
    ["Chủ nhật with a colon, after a blank line", "Thứ Bảy 15/11:\n- Trực lãnh đạo.\n\nChủ nhật 16/11:\n- Trực lãnh đạo.", "15/11[-],16/11[-]", ["Thứ Bảy", "Chủ nhật"]],
    ["days under a numbered part", "1. Lịch làm việc\nThứ Hai (10/11)\n- Họp giao ban.\nThứ Ba (11/11)\n- Tiếp dân.\n2. Lịch trực", "1[10/11[-],11/11[-]],2", null],
  ])("%s", (_name, text, tree, markers) => {
    const result = body(text);
    expect(outline(result.clauses)).toBe(tree);
    if (markers) expect(result.clauses.map((c) => c.marker)).toEqual(markers);
    expect(result.clauses.flatMap((c) => c.items).map((c) => c.text).join(" ")).not.toMatch(/Thứ|THỨ|Chủ nhật/);
  });

  it.each([
    ["the enumerator 'secondly'", "1. Mục đích\nThứ hai, tăng cường công tác kiểm tra.\n- Rà soát."],
    ["a weekday in a sentence", "1. Mục đích\nThứ Hai (10/11) Ban Tổ chức họp.\n- Rà soát."],
    ["a web banner with a time", "1. Mục đích\nThứ hai - 04/07/2022 04:34 288 0\n- Rà soát."],
  ])("no day line: %s", (_name, text) => {
    expect(outline(body(text).clauses)).toBe("1[-]");
  });
});

describe("readBody: OCR noise before markers", () => {
  it.each([
    ["a dash before a lettered marker", "1. Mục đích\n- a) Đổi mới.\nb) Phát huy.", "1[a,b]", ["a)", "b)"]],
    ["a stray number before the next letter", "1. Nội dung\na) Cơ quan chủ trì: Sở Nội vụ;\n6 b) Cơ quan phối hợp: các sở;\nc) Thời gian: năm 2025.", "1[a,b,c]", ["a)", "b)", "c)"]],
    ["a two-digit stray number after a page number", "6. Giáo dục\na) Cơ quan chủ trì: sở nội vụ;\n\n4\n\n16 b) Cơ quan phối hợp: các cơ quan.", "6[a,b]", ["a)", "b)"]],
    ["a doubled marker", "5. Nâng cao\na) a) Cơ quan chủ trì: Thanh tra;\nb) Cơ quan phối hợp: Sở Nội vụ.", "5[a,b]", ["a)", "b)"]],
    ["a doubled Roman number", "II. II. NHIỆM VỤ\n1. Giao Sở Y tế.", "II[1]", null],
  ])("%s", (_name, text, expected, markers) => {
    const result = body(text);
    expect(outline(result.clauses)).toBe(expected);
    if (markers) expect(result.clauses[0].items.map((c) => c.marker)).toEqual(markers);
    expect(JSON.stringify(result.clauses)).not.toMatch(/"(?:text|heading)":"(?:\d+ )?[a-z]\) |"(?:text|heading)":"1\. /);
  });

  it("keeps a marker that differs from the one before it", () => {
    const [clause] = body("1. Nội dung\na) a. Giá trị hợp đồng.").clauses;
    expect(clause.items.map((c) => c.text)).toEqual(["a. Giá trị hợp đồng."]);
  });

  it("reads the item's text without the noise", () => {
    const [clause] = body("5. Nâng cao\na) a) Cơ quan chủ trì: Thanh tra thành phố\n6 b) Cơ quan phối hợp: Sở Nội vụ").clauses;
    expect(clause.items.map((c) => [c.heading, c.text])).toEqual([
      ["Cơ quan chủ trì:", "Thanh tra thành phố"],
      ["Cơ quan phối hợp:", "Sở Nội vụ"],
    ]);
  });

  it.each([
    ["a stray number before a letter that does not continue the list", "1. Nội dung\na) Cơ quan chủ trì;\n6 d) Cơ quan phối hợp.", "1[a]"],
    ["a stray number before 'a)' (no list to continue)", "1. Nội dung chính của kế hoạch\n6 a) Cơ quan chủ trì.", "1"],
    ["a stray number before a letter when no lettered list is open", "1. Nội dung\n- Cơ quan chủ trì;\n6 b) Cơ quan phối hợp.", "1[-]"],
  ])("keeps %s as text", (_name, text, expected) => {
    expect(outline(body(text).clauses)).toBe(expected);
  });
});
