/** Header parts: issuer grouping, system, and the fields of a parsed header. */
import { describe, expect, it } from "vitest";
import { readHeader } from "../../src/build/header.js";
import { readIssuer } from "../../src/build/issuer.js";
import { lex } from "../../src/lex.js";
import { isListedDocument } from "../../src/build/preface.js";
import { classifySystem } from "../../src/build/system.js";
import { findTitleLine } from "../../src/build/title-line.js";
import { toLines } from "../../src/lines/index.js";
import { parse } from "../../src/parse.js";

const issuerOf = (text: string) => readIssuer(toLines(text, "plain"));

describe("readIssuer", () => {
  it.each([
    ["ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nVĂN PHÒNG", "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", "VĂN PHÒNG"],
    ["THÀNH ỦY HÀ NỘI\nBAN CÁN SỰ ĐẢNG\nUBND THÀNH PHỐ", "THÀNH ỦY HÀ NỘI", "BAN CÁN SỰ ĐẢNG UBND THÀNH PHỐ"],
    ["ĐẢNG BỘ THÀNH PHỐ HÀ NỘI\nQUẬN ỦY HAI BÀ TRUNG", "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI", "QUẬN ỦY HAI BÀ TRUNG"],
    ["BỘ TÀI CHÍNH\nTỔNG CỤC HẢI QUAN", "BỘ TÀI CHÍNH", "TỔNG CỤC HẢI QUAN"],
    ["ỦY BAN NHÂN DÂN\nTỈNH VĨNH LONG", null, "ỦY BAN NHÂN DÂN TỈNH VĨNH LONG"],
    ["THỦ TƯỚNG CHÍNH PHỦ", null, "THỦ TƯỚNG CHÍNH PHỦ"],
    // two levels on one line (NĐ 30 Điều 8 khoản 2)
    ["BỘ TÀI CHÍNH TỔNG CỤC HẢI QUAN", "BỘ TÀI CHÍNH", "TỔNG CỤC HẢI QUAN"],
    ["ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG SỞ Y TẾ", "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "SỞ Y TẾ"],
    ["BỘ TÀI CHÍNH TỔNG CỤC HẢI QUAN CỤC HẢI QUAN TỈNH LÀO CAI", "BỘ TÀI CHÍNH TỔNG CỤC HẢI QUAN", "CỤC HẢI QUAN TỈNH LÀO CAI"],
    // one body
    ["BỘ NỘI VỤ", null, "BỘ NỘI VỤ"],
    ["BỘ CÔNG AN", null, "BỘ CÔNG AN"],
    ["ỦY BAN NHÂN DÂN PHƯỜNG SỞ DẦU", null, "ỦY BAN NHÂN DÂN PHƯỜNG SỞ DẦU"],
    ["VĂN PHÒNG CHÍNH PHỦ", null, "VĂN PHÒNG CHÍNH PHỦ"],
  ])("%s", (text, parent, name) => {
    expect(issuerOf(text)).toEqual({ parent, name, lines: [1, text.split("\n").length] });
  });
});

describe("findTitleLine: a sentence-case type line at the top of a headerless copy", () => {
  const titleOf = (text: string) => findTitleLine(toLines(text, "plain"));
  it("reads the type and the subject", () => {
    expect(titleOf("Giấy mời dự Lễ phát động Tết trồng cây")).toMatchObject({ typeName: "GIẤY MỜI", subject: "dự Lễ phát động Tết trồng cây" });
  });
  it.each([["Quyết định số 291/2006/QĐ-UBDT"], ["Nghị định 30/2020/NĐ-CP năm 2020"], ["Chỉ thị số 19/CT-TTg ngày 16/7/2021"]])(
    "not a page title that only names the document: %s",
    (text) => {
      expect(titleOf(text)).toBeNull();
    },
  );
});

describe("isListedDocument: a web page's list of related documents is not the document's text", () => {
  it.each([
    ["- 1Chỉ thị 15/CT-TTg năm 2020 về quyết liệt thực hiện đợt cao điểm phòng, chống dịch COVID-19", true],
    ["- Quyết định 2194/QĐ-BCĐQG năm 2020 về Hướng dẫn phòng, chống", true],
    ["• 3 Nghị định số 30/2020/NĐ-CP về công tác văn thư", true],
    ["- Thực hiện Chỉ thị số 15/CT-TTg ngày 27/3/2020 của Thủ tướng", false],
    ["- Chỉ thị này có hiệu lực từ ngày ký", false],
    ["Chỉ thị 15/CT-TTg năm 2020", false], // no bullet: not a list entry
  ])("%s → %s", (text, listed) => {
    expect(isListedDocument(text)).toBe(listed);
  });
});

describe("classifySystem", () => {
  it.each([
    [{ motto: "ĐẢNG CỘNG SẢN VIỆT NAM", number: null, texts: [] }, "party"],
    [{ motto: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", number: null, texts: [] }, "state"],
    [{ motto: null, number: { value: "508-CV/QU" }, texts: [] }, "party"],
    [{ motto: null, number: { value: "12/UBND-VX" }, texts: [] }, "state"],
    [{ motto: null, number: null, texts: ["BAN THƯỜNG VỤ"] }, "party"],
    [{ motto: null, number: null, texts: ["", "Văn phòng UBND Thành phố thông báo kết luận"] }, "state"],
    [{ motto: null, number: null, texts: ["Căn cứ Kết luận của Bộ Chính trị"] }, "party"],
    [{ motto: null, number: null, texts: ["Hôm nay trời đẹp"] }, null],
  ])("%j → %s", (evidence, system) => {
    expect(classifySystem(evidence as Parameters<typeof classifySystem>[0])).toBe(system);
  });
});

describe("header fields of a parsed document", () => {
  const doc = (text: string) => parse(text).documents[0];

  it("reads every header part of a State letter", () => {
    const d = doc("VĂN PHÒNG CHÍNH PHỦ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nHỎA TỐC\nSố: 2739/VPCP-ĐMDN\nV/v quy định về quản trị\ndoanh nghiệp\n\nHà Nội, ngày 05 tháng 04 năm 2019\n\nKính gửi: Bộ Kế hoạch và Đầu tư.\n\nNội dung.");
    expect(d.system).toBe("state");
    expect(d.motto).toEqual({ text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc", lines: [3, 4] });
    expect(d.issuer).toEqual({ parent: null, name: "VĂN PHÒNG CHÍNH PHỦ", lines: [1, 1] });
    expect(d.priority).toEqual({ urgency: "HỎA TỐC", secrecy: null, lines: [6, 6] });
    expect(d.number).toMatchObject({ value: "2739/VPCP-ĐMDN", serial: 2739, typeCode: null, issuerCode: "VPCP-ĐMDN", lines: [7, 7] });
    expect(d.subject).toBe("V/v quy định về quản trị doanh nghiệp");
    expect(d.type).toEqual({ name: "CÔNG VĂN", code: null });
    expect(d.place).toBe("Hà Nội");
    expect(d.date).toEqual({ text: "ngày 05 tháng 04 năm 2019", iso: "2019-04-05", lines: [11, 11] });
    expect(d.addressees).toEqual([{ text: "Bộ Kế hoạch và Đầu tư", lines: [13, 13] }]);
    expect(d.preamble).toBe("Nội dung.");
  });

  it("reads a Công điện's addressees under \"<TITLE> điện:\" as Kính gửi's", () => {
    const d = doc(
      "THỦ TƯỚNG CHÍNH PHỦ\nSố: 12/CĐ-TTg\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nHà Nội, ngày 24 tháng 8 năm 2025\n\n" +
        "CÔNG ĐIỆN\nVề việc chủ động ứng phó với bão số 5\n\nTHỦ TƯỚNG CHÍNH PHỦ điện:\n- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Quảng Ninh, Hải Phòng;\n- Bộ trưởng các Bộ: Quốc phòng, Công an.\n\nTheo tin của Trung tâm Dự báo khí tượng thủy văn quốc gia, bão số 5 đang mạnh lên.",
    );
    expect(d.type).toEqual({ name: "CÔNG ĐIỆN", code: "CĐ" });
    expect(d.addressees).toEqual([
      { text: "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Quảng Ninh, Hải Phòng", lines: [13, 13] },
      { text: "Bộ trưởng các Bộ: Quốc phòng, Công an", lines: [14, 14] },
    ]);
    expect(d.preamble).toMatch(/^Theo tin của Trung tâm/);
  });

  it("reads the addressees run onto the \"<TITLE> điện:\" line (a web copy, probe10 F6)", () => {
    const d = doc(
      "THỦ TƯỚNG CHÍNH PHỦ\nSố: 143/CĐ-TTg\n\nCÔNG ĐIỆN\nVề việc ứng phó với bão số 10\n\n" +
        "THỦ TƯỚNG CHÍNH PHỦ điện: - Chủ tịch Ủy ban nhân dân các tỉnh: Quảng Ninh, Hải Phòng; - Các Bộ: Quốc phòng, Công an.\n" +
        "Để chủ động ứng phó với bão, Thủ tướng Chính phủ yêu cầu:\n1. Bộ trưởng Bộ Quốc phòng chỉ đạo các đơn vị sẵn sàng cứu hộ.",
    );
    expect(d.addressees.map((a) => a.text)).toEqual(["Chủ tịch Ủy ban nhân dân các tỉnh: Quảng Ninh, Hải Phòng", "Các Bộ: Quốc phòng, Công an"]);
    expect(d.preamble).toBe("Để chủ động ứng phó với bão, Thủ tướng Chính phủ yêu cầu:");
  });

  it.each([
    ["Kính gửi: Sở Y tế; Sở Tài chính.", ["Sở Y tế", "Sở Tài chính"]],
    ["Kính gởi: Sở Y tế; Sở Tài chính.", ["Sở Y tế", "Sở Tài chính"]], // the southern spelling
    ["Kính gứi: Sở Y tế; Sở Tài chính.", ["Sở Y tế", "Sở Tài chính"]], // OCR: a tone mark misread
    ["Kinh gui: Sở Y tế; Sở Tài chính.", ["Sở Y tế", "Sở Tài chính"]], // diacritics lost
  ])("strips the label of %j however it is spelt", (line, entries) => {
    const d = doc(`ỦY BAN NHÂN DÂN\nSố: 5/UBND-VX\nV/v báo cáo\n\n${line}\n\nNội dung.`);
    expect(d.addressees.map((a) => a.text)).toEqual(entries);
  });

  it("parts addressees whose dashes were lost (Word's automatic bullets) and joins a name wrapped over lines", () => {
    const addressees = (list: string) => doc(`ỦY BAN NHÂN DÂN\nSố: 5/UBND-VX\nV/v báo cáo\n\nKính gửi:\n${list}\n\nNội dung.`).addressees.map((a) => a.text);
    expect(addressees("Sở Tài chính\nKho bạc Nhà nước khu vực XIII")).toEqual(["Sở Tài chính", "Kho bạc Nhà nước khu vực XIII"]);
    expect(addressees("Ủy ban nhân dân tỉnh Cà Mau\nỦy ban nhân dân tỉnh Bạc Liêu")).toEqual(["Ủy ban nhân dân tỉnh Cà Mau", "Ủy ban nhân dân tỉnh Bạc Liêu"]);
    expect(addressees("Giám đốc Sở Y tế;\nGiám đốc Sở Tài chính.")).toEqual(["Giám đốc Sở Y tế", "Giám đốc Sở Tài chính"]);
    expect(addressees("- Sở Tài nguyên và\nMôi trường;\n- Sở Giáo dục và\nSở Đào tạo cũ.")).toEqual(["Sở Tài nguyên và Môi trường", "Sở Giáo dục và Sở Đào tạo cũ"]);
    expect(addressees("- Ban Thường vụ\nTỉnh ủy;\n- Chủ tịch Ủy ban nhân dân\ncác huyện.")).toEqual(["Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban nhân dân các huyện"]);
  });

  it("gives a Party công văn its CV code", () => {
    expect(doc("ĐẢNG CỘNG SẢN VIỆT NAM\nSố 508 -CV/QU\nV/v thực hiện Thông báo\n\nNội dung.").type).toEqual({ name: "CÔNG VĂN", code: "CV" });
  });

  it("reports a blank number and a blank date", () => {
    const result = parse("Số: /QĐ-UBND\nLai Châu, ngày    tháng    năm 2025\n\nQUYẾT ĐỊNH\nVề việc phê duyệt\n\nNội dung.");
    expect(result.documents[0].number).toMatchObject({ value: "/QĐ-UBND", serial: null });
    expect(result.documents[0].place).toBe("Lai Châu");
    expect(result.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(["blank-number", "blank-date"]));
  });

  it("names a headerless document by its title line", () => {
    const d = doc("In bài viết\nGiấy mời dự Lễ phát động Tết trồng cây\n\nỦy ban nhân dân tỉnh tổ chức Lễ phát động.");
    expect(d.type).toEqual({ name: "GIẤY MỜI", code: "GM" });
    expect(d.subject).toBe("dự Lễ phát động Tết trồng cây");
    expect(d.unclassified.map((e) => e.text)).toEqual(["In bài viết"]);
  });
});

describe("readHeader: a subject never holds the body a flattened copy ran on into it", () => {
  const subjectOf = (text: string) => {
    const lines = lex(toLines(text, "plain"));
    const header = readHeader([{ rule: "trichYeu", tokens: lines }]);
    return [header.subject, header.overflow.map((l) => l.text)];
  };
  it.each([
    ["the legal bases on the subject's line",
      "Về việc thành lập Tổ tiếp công dân phục vụ bầu cử nhiệm kỳ 2026 - 2031 Căn cứ Luật Bầu cử số 85/2015/QH13; Căn cứ Nghị quyết số 101/2025/UBTVQH15;",
      ["Về việc thành lập Tổ tiếp công dân phục vụ bầu cử nhiệm kỳ 2026 - 2031", ["Căn cứ Luật Bầu cử số 85/2015/QH13; Căn cứ Nghị quyết số 101/2025/UBTVQH15;"]]],
    ["the legal bases on a line of their own",
      "Về việc thành lập Tổ tiếp công dân\nCăn cứ Luật Bầu cử số 85/2015/QH13;",
      ["Về việc thành lập Tổ tiếp công dân", ["Căn cứ Luật Bầu cử số 85/2015/QH13;"]]],
    ["a proposal", "Về việc giao chỉ tiêu năm 2026 Xét đề nghị của Giám đốc Sở Nội vụ.", ["Về việc giao chỉ tiêu năm 2026", ["Xét đề nghị của Giám đốc Sở Nội vụ."]]],
    ["the first article", "Về việc công nhận kết quả Điều 1. Công nhận kết quả.", ["Về việc công nhận kết quả", ["Điều 1. Công nhận kết quả."]]],
    ["a numbered list", "Triển khai công tác bầu cử 1. Rà soát danh sách cử tri. 2. Niêm yết danh sách.",
      ["Triển khai công tác bầu cử", ["1. Rà soát danh sách cử tri. 2. Niêm yết danh sách."]]],
    // stays: "căn cứ" in lower case is the subject's own word; one "1." is no list
    ["căn cứ in lower case", "Về việc hướng dẫn xác định căn cứ tính thuế", ["Về việc hướng dẫn xác định căn cứ tính thuế", []]],
    ["a number without a list", "Về việc triển khai Chỉ thị số 1. Quyết định", ["Về việc triển khai Chỉ thị số 1. Quyết định", []]],
    ["a subject that is only a legal basis line", "Căn cứ Luật Tổ chức chính quyền địa phương", ["Căn cứ Luật Tổ chức chính quyền địa phương", []]],
  ])("%s", (_name, text, expected) => {
    expect(subjectOf(text)).toEqual(expected);
  });
});

describe("multi-mttq-luong-minh-htm-2026: web copies flattened whole", () => {
  it("every subject stops before the legal bases, which open the body's preamble", async () => {
    const { readFileSync } = await import("node:fs");
    const docs = parse(readFileSync("fixtures/corpus/multi-mttq-luong-minh-htm-2026.txt"), { path: "multi.txt" }).documents;
    expect(docs.every((d) => !/(?:^|\s)Căn cứ \p{Lu}/u.test(d.subject ?? ""))).toBe(true);
    expect(docs[0].subject).toBe("Cc cơ quan, tổ chức, đơn vị giới thiệu người ứng cử đại biểu Hội đồng nhn dn x; thời gian thực hiện từ ngy 17/12/2025 đến ngy 25/01/2026");
    expect(docs[0].preamble).toMatch(/^Căn cứ Luật Bầu cử/);
  });
});

describe("the qualifier of a joint document on its type line (Nghị quyết liên tịch, Hướng dẫn liên ngành)", () => {
  const doc = (typeLine: string, title: string) =>
    parse(`SỞ Y TẾ\nSố: 02/HDLN-SYT\nLâm Đồng, ngày 05 tháng 9 năm 2026\n\n${typeLine}\n${title}\n\n1. Các cơ sở giáo dục bố trí nhân viên y tế.\n`).documents[0];
  it.each([
    // must change: the qualifier is the type line's; the title below is the subject
    // a joint type of its own (NĐ 30 Phụ lục III lists TTLT, NQLT): the type keeps its qualifier, as the number's code does (probe8 F9)
    ["NGHỊ QUYẾT LIÊN TỊCH", "Về phối hợp tuyên truyền", "NGHỊ QUYẾT LIÊN TỊCH", "Về phối hợp tuyên truyền"],
    ["THÔNG TƯ LIÊN TỊCH", "Hướng dẫn cơ cấu tổ chức của Sở Công Thương", "THÔNG TƯ LIÊN TỊCH", "Hướng dẫn cơ cấu tổ chức của Sở Công Thương"],
    ["THÔNG TƯ LIÊN TỊCH Hướng dẫn cơ cấu tổ chức", "của Sở Công Thương", "THÔNG TƯ LIÊN TỊCH", "Hướng dẫn cơ cấu tổ chức của Sở Công Thương"],
    // no joint type of its own: the qualifier is dropped
    ["HƯỚNG DẪN LIÊN NGÀNH", "Công tác y tế trường học năm học 2026-2027", "HƯỚNG DẪN", "Công tác y tế trường học năm học 2026-2027"],
    ["HƯỚNG DẪN LIÊN BỘ", "Công tác y tế trường học", "HƯỚNG DẪN", "Công tác y tế trường học"],
    // must stay: a title glued on the type line is the subject
    ["THÔNG BÁO Kết luận của Giám đốc Sở", "tại cuộc họp giao ban", "THÔNG BÁO", "Kết luận của Giám đốc Sở tại cuộc họp giao ban"],
    ["KẾ HOẠCH LIÊN KẾT VÙNG", "năm 2026", "KẾ HOẠCH", "LIÊN KẾT VÙNG năm 2026"],
    ["THÔNG TƯ Hướng dẫn thi hành", "Luật Đất đai", "THÔNG TƯ", "Hướng dẫn thi hành Luật Đất đai"],
  ])("%s", (typeLine, title, name, subject) => {
    const d = doc(typeLine, title);
    expect(d.type?.name).toBe(name);
    expect(d.subject).toBe(subject);
  });

  it("the type's code agrees with the number's (TTLT, NQLT)", () => {
    const joint = (typeLine: string, number: string) =>
      parse(`BỘ CÔNG THƯƠNG - BỘ NỘI VỤ\nSố: ${number}\nHà Nội, ngày 26 tháng 4 năm 2024\n\n${typeLine}\nHướng dẫn A\n\nĐiều 1. B.\n`).documents[0];
    for (const [typeLine, number, code] of [["THÔNG TƯ LIÊN TỊCH", "02/2024/TTLT-BCT-BNV", "TTLT"], ["NGHỊ QUYẾT LIÊN TỊCH", "01/2024/NQLT-UBTVQH-CP", "NQLT"], ["THÔNG TƯ", "02/2024/TT-BCT", "TT"]]) {
      const d = joint(typeLine, number);
      expect([d.type?.code, d.number?.typeCode]).toEqual([code, code]);
    }
  });
});

describe("the work-form noun of a compound type line (Chương trình công tác, Kế hoạch hành động): the type line's, not the subject's", () => {
  // as pandoc writes a Word header (bold paragraphs, a blank line between): the form probe20's 09 came in
  const doc = (typeLine: string, title: string) =>
    parse(`ỦY BAN NHÂN DÂN\n\nTỈNH QUẢNG NGÃI\n\nSố: 87/UBND-VP\n\nQuảng Ngãi, ngày 28 tháng 01 năm 2026\n\n**${typeLine}**\n\n**${title}**\n\n1. Sở Nội vụ trình Đề án trước ngày 10/02/2026.\n`, { path: "ctr.md" }).documents[0];
  it.each([
    // must change: the noun (and the period word) stand alone on the type line, the title below is the subject
    ["CHƯƠNG TRÌNH CÔNG TÁC", "Tháng 02 năm 2026 của Ủy ban nhân dân tỉnh", "CHƯƠNG TRÌNH", "Tháng 02 năm 2026 của Ủy ban nhân dân tỉnh"],
    ["KẾ HOẠCH HÀNH ĐỘNG", "Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị", "KẾ HOẠCH", "Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị"],
    ["CHƯƠNG TRÌNH HÀNH ĐỘNG", "THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ TỈNH", "CHƯƠNG TRÌNH", "THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ TỈNH"],
    ["CHƯƠNG TRÌNH LÀM VIỆC", "Của Đoàn công tác Bộ Nội vụ tại tỉnh", "CHƯƠNG TRÌNH", "Của Đoàn công tác Bộ Nội vụ tại tỉnh"],
    ["CHƯƠNG TRÌNH CÔNG TÁC QUÝ", "Quý I năm 2026 của Ủy ban nhân dân tỉnh", "CHƯƠNG TRÌNH", "Quý I năm 2026 của Ủy ban nhân dân tỉnh"],
    // must stay: a title run on after the noun, a number after the period word, a title in sentence case
    ["KẾ HOẠCH CÔNG TÁC PHÒNG, CHỐNG THIÊN TAI", "năm 2026", "KẾ HOẠCH", "CÔNG TÁC PHÒNG, CHỐNG THIÊN TAI năm 2026"],
    ["CHƯƠNG TRÌNH CÔNG TÁC NĂM 2026", "của Ủy ban nhân dân tỉnh", "CHƯƠNG TRÌNH", "CÔNG TÁC NĂM 2026 của Ủy ban nhân dân tỉnh"],
    ["CHƯƠNG TRÌNH Công tác tháng 02 năm 2026", "của Ủy ban nhân dân tỉnh", "CHƯƠNG TRÌNH", "Công tác tháng 02 năm 2026 của Ủy ban nhân dân tỉnh"],
    ["KẾ HOẠCH LIÊN KẾT VÙNG", "năm 2026", "KẾ HOẠCH", "LIÊN KẾT VÙNG năm 2026"],
  ])("%s / %s", (typeLine, title, name, subject) => {
    const d = doc(typeLine, title);
    expect(d.type?.name).toBe(name);
    expect(d.subject).toBe(subject);
    // the same in plain text, the title right under the type line (the grammar reads it as the title)
    const plain = parse(`ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 87/UBND-VP\nQuảng Ngãi, ngày 28 tháng 01 năm 2026\n\n${typeLine}\n${title}\n\n1. Sở Nội vụ trình Đề án trước ngày 10/02/2026.\n`).documents[0];
    expect([plain.type?.name, plain.subject]).toEqual([name, subject]);
  });
});
