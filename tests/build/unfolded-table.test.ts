/**
 * build/unfolded-table.ts: a task table whose cells were unfolded one per line (pdftotext, an
 * HTML or grid table of a Word export) read row by row into the rows of a pipe table; rows that
 * do not fit are left unread (their number alone), and tables without a lead column are not read.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { parse } from "../../src/parse.js";
import { cellsOfRow, headerCells } from "../../src/build/unfolded-table.js";
import { tasksOf } from "../helpers/tasks.js";

/** A Quyết định that issues a plan; its Phụ lục is the table. */
const decision = (table: readonly string[]): string =>
  [
    "THỦ TƯỚNG CHÍNH PHỦ",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Số: 84/QĐ-TTg",
    "Hà Nội, ngày 13 tháng 5 năm 2026",
    "QUYẾT ĐỊNH",
    "Ban hành Kế hoạch hành động về bảo hiểm y tế",
    "THỦ TƯỚNG CHÍNH PHỦ",
    "QUYẾT ĐỊNH:",
    "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch hành động về bảo hiểm y tế.",
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    "Nơi nhận:",
    "- Như Điều 2;",
    "- Lưu: VT.",
    "KT. THỦ TƯỚNG",
    "PHÓ THỦ TƯỚNG",
    "Lê Thành Long",
    "PHỤ LỤC",
    "DANH MỤC CÁC NHIỆM VỤ",
    "(Kèm theo Quyết định số 84/QĐ-TTg ngày 13 tháng 5 năm 2026 của Thủ tướng Chính phủ)",
    ...table,
  ].join("\n");

const HEADER = ["STT", "Tên nhiệm vụ cụ thể", "Cơ quan", "chủ trì", "Cơ quan", "phối hợp", "Kết quả", "Thời gian hoàn", "thành"];

describe("the header of an unfolded table", () => {
  it.each([
    [HEADER, ["STT", "Tên nhiệm vụ cụ thể", "Cơ quan chủ trì", "Cơ quan phối hợp", "Kết quả", "Thời gian hoàn thành"]],
    [["TT", "Nội dung", "Đơn vị chủ trì", "Thời hạn"], ["TT", "Nội dung", "Đơn vị chủ trì", "Thời hạn"]],
  ])("%j → its cells (a line in lower case goes on with the cell above)", (lines, cells) => {
    expect(headerCells(lines)).toEqual(cells);
  });
});

describe("a row's lines are cut into cells at a capital after a line that leaves nothing open", () => {
  it.each([
    ["a new cell: capital after a full stop, after a name",
      ["Tăng cường lãnh đạo, chỉ đạo", "thực hiện chính sách.", "Bộ Tài chính", "Bộ Y tế, cơ quan liên quan", "Thường xuyên"],
      ["Tăng cường lãnh đạo, chỉ đạo thực hiện chính sách.", "Bộ Tài chính", "Bộ Y tế, cơ quan liên quan", "Thường xuyên"]],
    ["a comma leaves the agency list open",
      ["Các", "bộ", "ở", "Trung ương,", "Ủy ban nhân", "dân cấp tỉnh", "Các cơ quan, tổ", "chức liên quan."],
      ["Các bộ ở Trung ương, Ủy ban nhân dân cấp tỉnh", "Các cơ quan, tổ chức liên quan."]],
    ["a linking word leaves the cell open",
      ["Nghị quyết của", "Chính phủ", "Quý IV/2028"],
      ["Nghị quyết của Chính phủ", "Quý IV/2028"]],
    ["a name cut after its first word",
      ["Bộ Tài chính, Bộ", "Tư pháp, các bộ", "Luật Bảo hiểm y tế"],
      ["Bộ Tài chính, Bộ Tư pháp, các bộ", "Luật Bảo hiểm y tế"]],
    ["a line in lower case goes on with the cell", ["Xây dựng Nghị quyết về", "thí điểm", "Bộ Y tế"], ["Xây dựng Nghị quyết về thí điểm", "Bộ Y tế"]],
    ["a time word waits for its number", ["Các văn bản sửa đổi", "Từ", "quý", "III/2026", "đến", "quý III/2030"], ["Các văn bản sửa đổi", "Từ quý III/2026 đến quý III/2030"]],
  ])("%s", (_, lines, cells) => {
    expect(cellsOfRow(lines)).toEqual(cells);
  });

  // LibreOffice's Text export of a Party plan (probe12 F4): "trực thuộc" ends an agency name, and a
  // time cell in capitals opens the time column after a line that would leave its cell open
  it.each([
    ["must change: \"trực thuộc\" ends the support cell", ["Tổ chức họp mặt kỷ niệm", "Ban Xây dựng Đảng", "Các chi bộ trực thuộc", "Ngày 02/02/2026"],
      ["Tổ chức họp mặt kỷ niệm", "Ban Xây dựng Đảng", "Các chi bộ trực thuộc", "Ngày 02/02/2026"]],
    ["must change: \"các đảng ủy trực thuộc\" before a name in capitals", ["Quán triệt Chỉ thị", "Ban Tuyên giáo", "Các đảng ủy trực thuộc", "Văn phòng Đảng ủy"],
      ["Quán triệt Chỉ thị", "Ban Tuyên giáo", "Các đảng ủy trực thuộc", "Văn phòng Đảng ủy"]],
    ["must change: a time cell after a linking word", ["Báo cáo kết quả", "Văn phòng", "Các phòng thuộc", "Trước ngày 10/02/2026"],
      ["Báo cáo kết quả", "Văn phòng", "Các phòng thuộc", "Trước ngày 10/02/2026"]],
    ["must change: a quarter after a linking word", ["Rà soát văn bản", "Sở Tư pháp", "Các sở và", "Quý II/2026"],
      ["Rà soát văn bản", "Sở Tư pháp", "Các sở và", "Quý II/2026"]],
    ["stays: \"thuộc\" waits for its name", ["Các phòng thuộc", "Sở Tài chính"], ["Các phòng thuộc Sở Tài chính"]],
    ["stays: \"Từ\" waits for its time", ["Rà soát văn bản", "Từ", "Tháng 3/2026"], ["Rà soát văn bản", "Từ Tháng 3/2026"]],
    ["stays: a period's dash waits for its end", ["Rà soát văn bản", "Giai đoạn 2026 -", "Năm 2030"], ["Rà soát văn bản", "Giai đoạn 2026 - Năm 2030"]],
    ["stays: a date inside an action after \"của\"", ["Triển khai Kết luận của", "Ngày hội Đại đoàn kết"], ["Triển khai Kết luận của Ngày hội Đại đoàn kết"]],
  ])("%s", (_, lines, cells) => {
    expect(cellsOfRow(lines)).toEqual(cells);
  });
});

describe("a task table unfolded one cell per line (pdftotext)", () => {
  it.each([
    ["a row under a section row; its cells over several lines",
      [...HEADER, "I. Đổi mới tư duy trong lãnh đạo, chỉ đạo", "1.", "Tăng cường lãnh đạo, chỉ đạo thực hiện", "chính sách bảo hiểm y tế.", "Các", "bộ", "ở", "Trung ương,", "Ủy ban nhân", "dân cấp tỉnh", "Các cơ quan, tổ", "chức có liên quan.", "Văn bản chỉ đạo", "Thường xuyên"],
      [["PL1/I.1", "Tăng cường lãnh đạo, chỉ đạo thực hiện chính sách bảo hiểm y tế", ["Các bộ ở Trung ương", "Ủy ban nhân dân cấp tỉnh"], ["Các cơ quan, tổ chức có liên quan"], "Thường xuyên"]]],
    ["a number with the action on its line; a result 'của' + name; a name cut at 'Bộ'",
      [...HEADER, "1.  Xây dựng Luật Bảo hiểm y tế sửa đổi.", "Bộ Y tế", "Bộ Tài chính, Bộ", "Tư pháp, các bộ, ngành", "Nghị quyết của", "Chính phủ", "Quý I/2029",
        "2.  Xây dựng Nghị quyết về giá dịch vụ y tế", "Bộ Y tế", "Bộ Tài chính, cơ quan liên quan", "Nghị quyết", "Tháng 3/2027"],
      [["PL1/1", "Xây dựng Luật Bảo hiểm y tế sửa đổi", ["Bộ Y tế"], ["Bộ Tài chính", "Bộ Tư pháp", "các bộ, ngành"], "Quý I/2029"],
        ["PL1/2", "Xây dựng Nghị quyết về giá dịch vụ y tế", ["Bộ Y tế"], ["Bộ Tài chính, cơ quan liên quan"], "Tháng 3/2027"]]],
    ["a cell that opens with the next number is no row ('2 tháng …')",
      [...HEADER, "1.", "Rà soát hồ sơ tồn đọng.", "Bộ Tư pháp", "Bộ Nội vụ", "Báo cáo", "Trong", "2 tháng",
        "2.", "Kiểm tra việc thực hiện.", "Bộ Tài chính", "Bộ Y tế", "Báo cáo", "Quý II/2027"],
      [["PL1/1", "Rà soát hồ sơ tồn đọng", ["Bộ Tư pháp"], ["Bộ Nội vụ"], "Trong 2 tháng"],
        ["PL1/2", "Kiểm tra việc thực hiện", ["Bộ Tài chính"], ["Bộ Y tế"], "Quý II/2027"]]],
    ["a time glued to the end of the result's line",
      [...HEADER, "1.", "Phối hợp chặt chẽ giữa các cơ quan.", "Bộ Y tế", "Bộ Tài chính, các", "cơ quan có liên quan", "Các hoạt động,", "văn bản phối hợp Thường xuyên"],
      [["PL1/1", "Phối hợp chặt chẽ giữa các cơ quan", ["Bộ Y tế"], ["Bộ Tài chính", "các cơ quan có liên quan"], "Thường xuyên"]]],
    ["a lead cell with a verb after the names: the verb goes on with the action",
      [...HEADER, "1.", "Xây dựng giá dịch vụ y tế mới", "Cơ sở khám", "bệnh, chữa", "bệnh trình cấp", "có thẩm quyền", "Sở Y tế, cơ quan liên quan", "Quyết định phê duyệt giá", "Từ tháng 5/2026"],
      [["PL1/1", "Xây dựng giá dịch vụ y tế mới, trình cấp có thẩm quyền", ["Cơ sở khám bệnh, chữa bệnh"], ["Sở Y tế, cơ quan liên quan"], "Từ tháng 5/2026"]]],
    ["a row over a page break (the header repeated, the cells go on under it): left unread, the next row read",
      [...HEADER, "1.", "Xây dựng Nghị định về mức đóng", "Bộ Y tế", "Bộ Tài chính, các", "Nghị định", "Tháng 3/2027", "CÔNG BÁO/Số 286/Ngày 27-05-2026", "96", ...HEADER,
        "theo lộ trình phù hợp", "bộ, ngành liên quan", "2.", "Kiểm soát chi phí khám, chữa bệnh.", "Bộ Tài chính", "Bộ Y tế, Sở Y tế", "Các hoạt động", "Thường xuyên"],
      [["PL1/2", "Kiểm soát chi phí khám, chữa bệnh", ["Bộ Tài chính"], ["Bộ Y tế", "Sở Y tế"], "Thường xuyên"]]],
    ["a row numbering the columns under the header ('(1)' … '(6)')",
      [...HEADER, "(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "1.", "Kiểm soát chi phí khám, chữa bệnh.", "Bộ Tài chính", "Bộ Y tế, Sở Y tế", "Các hoạt động", "Thường xuyên"],
      [["PL1/1", "Kiểm soát chi phí khám, chữa bệnh", ["Bộ Tài chính"], ["Bộ Y tế", "Sở Y tế"], "Thường xuyên"]]],
    ["the same, numbered without brackets",
      [...HEADER, "1", "2", "3", "4", "5", "6", "1.", "Kiểm soát chi phí khám, chữa bệnh.", "Bộ Tài chính", "Bộ Y tế, Sở Y tế", "Các hoạt động", "Thường xuyên"],
      [["PL1/1", "Kiểm soát chi phí khám, chữa bệnh", ["Bộ Tài chính"], ["Bộ Y tế", "Sở Y tế"], "Thường xuyên"]]],
    ["a cell too many, one cut after a line of one word (a name wrapped word by word): that cut is undone",
      [...HEADER, "1.", "Bố trí ngân sách địa phương cho người tham gia bảo hiểm y tế", "Ủy ban nhân", "dân cấp tỉnh", "trình", "Hội", "đồng nhân dân", "Các cơ quan liên quan.", "Nghị quyết", "Hằng năm"],
      [["PL1/1", "Bố trí ngân sách địa phương cho người tham gia bảo hiểm y tế, trình Hội đồng nhân dân", ["Ủy ban nhân dân cấp tỉnh"], ["Các cơ quan liên quan"], "Hằng năm"]]],
    ["a row whose action alone a page break cuts: the lines under the repeated header end the action",
      [...HEADER, "1.", "Xây dựng Nghị quyết về hỗ trợ trực tiếp cho", "người tham gia bảo hiểm y tế, ưu tiên người", "Bộ Y tế", "Bộ Tài chính, cơ quan liên quan", "Nghị quyết", "Quý III/2027",
        "CÔNG BÁO/Số 286/Ngày 27-05-2026", "96", ...HEADER, "bệnh thuộc hộ nghèo, cận nghèo, đối tượng", "chính sách xã hội."],
      [["PL1/1", "Xây dựng Nghị quyết về hỗ trợ trực tiếp cho người tham gia bảo hiểm y tế, ưu tiên người bệnh thuộc hộ nghèo, cận nghèo, đối tượng chính sách xã hội", ["Bộ Y tế"], ["Bộ Tài chính, cơ quan liên quan"], "Quý III/2027"]]],
    ["a row between two pages (the header repeated after its last cell) is read",
      [...HEADER, "1.", "Kiểm soát chi phí khám, chữa bệnh.", "Bộ Tài chính", "Bộ Y tế, Sở Y tế", "Các hoạt động", "Thường xuyên", "CÔNG BÁO/Số 286/Ngày 27-05-2026", "96", ...HEADER,
        "2.", "Ban hành cơ chế quản lý.", "Ủy ban nhân", "dân cấp tỉnh", "Sở Y tế, Sở Nội vụ", "Quyết định", "Quý III/2026"],
      [["PL1/1", "Kiểm soát chi phí khám, chữa bệnh", ["Bộ Tài chính"], ["Bộ Y tế", "Sở Y tế"], "Thường xuyên"],
        ["PL1/2", "Ban hành cơ chế quản lý", ["Ủy ban nhân dân cấp tỉnh"], ["Sở Y tế", "Sở Nội vụ"], "Quý III/2026"]]],
  ])("%s", (_, table, expected) => {
    expect(tasksOf(decision(table))).toEqual(expected);
  });

  it.each([
    // a cell too many, two cuts after a line of one word: which one is no cut is not known, no cell is misread
    ["a row with a cell too many, two uncertain cuts", [...HEADER, "1.", "Giao chỉ tiêu phát triển đối tượng.", "Bộ Y tế", "Bộ Tài chính, cơ sở khám", "bệnh", "Quyết định của", "Thủ", "tướng", "Chính phủ về giao chỉ tiêu", "Quý II/2026"]],
    ["a time column that holds no time", [...HEADER, "1.", "Xây dựng Đề án.", "Bộ Y tế", "Bộ Tài chính", "Đề án", "Bộ Nội vụ"]],
    ["an action column that names no work (procedures, with who handles each)", ["STT", "Tên thủ tục", "Cơ quan thực hiện", "Thời hạn giải quyết", "1.", "Thủ tục cấp phép", "Sở Y tế", "Quý I/2027"]],
    ["no lead column (a list of procedures)", ["STT", "Tên thủ tục", "Thời hạn giải quyết", "1.", "Thủ tục cấp phép", "Bộ Y tế", "Quý I/2027"]],
    // the rest under the header is not the action's: the action ended, or the rest ends no sentence (an agency cell's)
    ["a row cut by a page break after a finished action",
      [...HEADER, "1.", "Xây dựng Nghị quyết về hỗ trợ.", "Bộ Y tế", "Bộ Tài chính, cơ quan", "Nghị quyết", "Quý III/2027", "CÔNG BÁO/Số 286/Ngày 27-05-2026", "96", ...HEADER, "liên quan khác."]],
    ["a row cut by a page break, its rest ending no sentence",
      [...HEADER, "1.", "Xây dựng Nghị quyết về hỗ trợ cho", "Bộ Y tế", "Bộ Tài chính, cơ quan", "Nghị quyết", "Quý III/2027", "CÔNG BÁO/Số 286/Ngày 27-05-2026", "96", ...HEADER, "người bệnh nghèo", "liên quan"]],
    ["rows out of sequence (no row 1)", [...HEADER, "3.", "Xây dựng Đề án.", "Bộ Y tế", "Bộ Tài chính", "Đề án", "Quý I/2027"]],
  ])("%s: not read", (_, table) => {
    expect(tasksOf(decision(table))).toEqual([]);
  });

  it("keeps the numbering of a row left unread: its number alone", () => {
    const [appendix] = parse(decision([...HEADER, "1.", "Giao chỉ tiêu.", "Bộ Y tế", "Bộ Tài chính, cơ sở khám", "bệnh", "Quyết định của", "Thủ", "tướng", "Chính phủ về giao chỉ tiêu", "Quý II/2026",
      "2.", "Kiểm soát chi phí.", "Bộ Tài chính", "Bộ Y tế", "Các hoạt động", "Thường xuyên"]), { path: "x.txt" }).documents[0].appendices;
    expect(appendix.clauses.map((c) => [c.marker, c.text.split("\n")[0]])).toEqual([["1.", ""], ["2.", "Kiểm soát chi phí."]]);
  });
});

describe("a pipe table's lead cell", () => {
  const pipe = (lead: string): string =>
    decision(["| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |", "|---|---|---|---|", `| 1 | Xây dựng Đề án hợp tác | ${lead} | Quý I/2027 |`]);
  it.each([
    ["Bộ Ngoại giao", ["Bộ Ngoại giao"], "Xây dựng Đề án hợp tác"],
    ["Ủy ban nhân dân cấp tỉnh trình Hội đồng nhân dân", ["Ủy ban nhân dân cấp tỉnh"], "Xây dựng Đề án hợp tác, trình Hội đồng nhân dân"],
  ])("%s", (lead, leads, action) => {
    const [task] = parse(pipe(lead), { path: "x.md", markup: "markdown" }).documents[0].tasks;
    expect([task.lead.map((a) => a.text), task.action]).toEqual([leads, action]);
  });
});

describe("an HTML or grid task table (its cells keep their places through the unfolding)", () => {
  const tasksOfMarkdown = (table: string, inBody = false) => {
    const text = inBody
      ? ["ỦY BAN NHÂN DÂN TỈNH LÀO CAI", "", "Số: 15/KH-UBND", "", "Lào Cai, ngày 10 tháng 3 năm 2026", "", "KẾ HOẠCH", "", "Phòng, chống dịch năm 2026", "", "I. NHIỆM VỤ", "", table, ""].join("\n")
      : `${decision([]).split("\n").join("\n\n")}\n\n${table}\n`;
    return tasksOf(text, { path: "x.md", markup: "markdown" });
  };
  const td = (cells: readonly string[], span?: number) => `<tr>${cells.map((c, i) => (span && i === 1 ? `<td colspan="${span}">${c}</td>` : `<td>${c}</td>`)).join("")}</tr>`;
  const HTML_HEADER = td(["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]);

  it.each([
    ["an empty cell stays in its column (no support)",
      `<table>${HTML_HEADER}${td(["1", "Xây dựng Đề án tuyên truyền", "Bộ Y tế", "", "Quý I/2027"])}${td(["2", "Kiểm tra việc thực hiện", "Bộ Tài chính", "Bộ Y tế", "Thường xuyên"])}</table>`,
      [["PL1/1", "Xây dựng Đề án tuyên truyền", ["Bộ Y tế"], [], "Quý I/2027"], ["PL1/2", "Kiểm tra việc thực hiện", ["Bộ Tài chính"], ["Bộ Y tế"], "Thường xuyên"]]],
    ["a section row over the columns, the columns' numbers under the header",
      `<table>${HTML_HEADER}${td(["(1)", "(2)", "(3)", "(4)", "(5)"])}${td(["I", "Công tác tuyên truyền"], 4)}${td(["1", "Xây dựng Đề án tuyên truyền", "Bộ Y tế", "Bộ Tài chính", "Quý I/2027"])}</table>`,
      [["PL1/I.1", "Xây dựng Đề án tuyên truyền", ["Bộ Y tế"], ["Bộ Tài chính"], "Quý I/2027"]]],
    ["a grid table, cells wrapped over its lines",
      ["+-----+------------------+-----------------+-----------------+-------------+",
        "| STT | Nội dung         | Cơ quan chủ trì | Cơ quan phối    | Thời gian   |",
        "|     |                  |                 | hợp             | hoàn thành  |",
        "+=====+==================+=================+=================+=============+",
        "| 1   | Xây dựng Đề án   | Bộ Y tế         |                 | Quý I/2027  |",
        "|     | tuyên truyền     |                 |                 |             |",
        "+-----+------------------+-----------------+-----------------+-------------+"].join("\n"),
      [["PL1/1", "Xây dựng Đề án tuyên truyền", ["Bộ Y tế"], [], "Quý I/2027"]]],
  ])("%s", (_, table, expected) => {
    expect(tasksOfMarkdown(table)).toEqual(expected);
  });

  it("in a document's own body too", () => {
    const table = `<table>${HTML_HEADER}${td(["1", "Xây dựng Đề án tuyên truyền", "Bộ Y tế", "", "Quý I/2027"])}</table>`;
    expect(tasksOfMarkdown(table, true)).toEqual([["I.1", "Xây dựng Đề án tuyên truyền", ["Bộ Y tế"], [], "Quý I/2027"]]);
  });

  it("must stay: an HTML table without a lead column gives no task", () => {
    const table = `<table>${td(["STT", "Tên thủ tục", "Thời hạn giải quyết"])}${td(["1", "Thủ tục cấp phép", "05 ngày"])}</table>`;
    expect(tasksOfMarkdown(table)).toEqual([]);
  });
});

describe("an unfolded table in a document's own body (a Kế hoạch printed with its table)", () => {
  const plan = (after: readonly string[]) =>
    [
      "ỦY BAN NHÂN DÂN TỈNH LÀO CAI",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Số: 15/KH-UBND",
      "Lào Cai, ngày 10 tháng 3 năm 2026",
      "KẾ HOẠCH",
      "Phòng, chống dịch năm 2026",
      "I. MỤC ĐÍCH",
      "Bảo đảm sức khỏe của Nhân dân.",
      "II. NHIỆM VỤ CỤ THỂ",
      "STT", "Nội dung", "Cơ quan", "chủ trì", "Cơ quan", "phối hợp", "Thời gian hoàn", "thành",
      "1.", "Xây dựng Đề án tuyên truyền.", "Sở Y tế", "Sở Tài chính", "Quý I/2027",
      "2.", "Kiểm tra việc thực hiện.", "Sở Tài chính", "Sở Y tế", "Thường xuyên",
      ...after,
      "Nơi nhận:",
      "- Như trên;",
      "- Lưu: VT.",
      "KT. CHỦ TỊCH",
      "PHÓ CHỦ TỊCH",
      "Nguyễn Văn Nam",
    ].join("\n");
  const tasks = (after: readonly string[]) =>
    parse(plan(after), { path: "x.txt" }).documents[0].tasks.map((t) => [t.clause, t.lead.map((a) => a.text), t.deadline?.text ?? null]);

  it("reads it when it runs to the body's end (its last row read whole)", () => {
    expect(tasks([])).toEqual([["II.1", ["Sở Y tế"], "Quý I/2027"], ["II.2", ["Sở Tài chính"], "Thường xuyên"]]);
  });

  // probe12 F4: the last row's support cell "Các chi bộ trực thuộc" glued to its time left the whole table unread
  it.each([
    ["Các chi bộ trực thuộc", "Trước ngày 10/02/2026", "2026-02-10"],
    ["Các đơn vị trực thuộc", "Quý II/2026", "Quý II/2026"],
    ["Các đơn vị có liên quan", "Ngày 02/02/2026", "2026-02-02"],
  ])("reads a last row whose support cell is %j", (support, time, deadline) => {
    const doc = parse(plan([]).replace("\"Sở Y tế\", \"Thường xuyên\"", "").replace("Sở Y tế\nThường xuyên", `${support}\n${time}`), { path: "x.txt" }).documents[0];
    expect(doc.tasks.map((t) => [t.clause, t.lead.map((a) => a.text), t.support.map((a) => a.text), t.deadline?.iso ?? t.deadline?.text ?? null])).toEqual([
      ["II.1", ["Sở Y tế"], ["Sở Tài chính"], "Quý I/2027"],
      ["II.2", ["Sở Tài chính"], [support], deadline],
    ]);
  });

  it.each([
    ["a section after it", ["III. TỔ CHỨC THỰC HIỆN", "Các sở, ngành triển khai thực hiện Kế hoạch này."]],
    ["a paragraph after it (a sentence with a full stop)", ["Ngoài các nhiệm vụ trên, Sở Y tế có trách nhiệm tổng hợp, báo cáo kết quả trước ngày 25 hằng tháng."]],
    ["the closing formula", ["Đề nghị các đơn vị quan tâm, phối hợp thực hiện./."]],
    ["a one-word closing", ["Trân trọng./."]],
  ])("ends it where the text after it begins: %s", (_, after) => {
    const doc = parse(plan(after), { path: "x.txt" }).documents[0];
    // the rows read whole, the text after them no cell of the last row (it goes on the clause
    // the table hangs under, "II.", or on the closing)
    expect(doc.clauses[1].items.map((i) => i.text.split("\n").slice(0, 4))).toEqual([
      ["Xây dựng Đề án tuyên truyền.", "Cơ quan chủ trì: Sở Y tế", "Cơ quan phối hợp: Sở Tài chính", "Thời gian hoàn thành: Quý I/2027"],
      ["Kiểm tra việc thực hiện.", "Cơ quan chủ trì: Sở Tài chính", "Cơ quan phối hợp: Sở Y tế", "Thời gian hoàn thành: Thường xuyên"],
    ]);
    expect(doc.tasks.find((t) => t.clause === "II.1")).toMatchObject({ clause: "II.1", lead: [{ text: "Sở Y tế" }] });
    expect(doc.clauses[1].items.map((i) => i.text.split("\n").length)).toEqual([4, 4]);
    if (after[0].endsWith("./.")) expect(doc.closing).toBe(after[0]);
  });

  // the paragraph after a table (not the closing) is no cell of its last row: it goes on the
  // clause the table hangs under, or, for a table at the top level, on the text after the clauses
  // (probe7 doc 02: the last row's limit was read from it)
  const AFTER = "Ngoài các nhiệm vụ trên, Sở Y tế có trách nhiệm tổng hợp, báo cáo kết quả trước ngày 25 hằng tháng.";
  it.each([
    ["must change: under a section, another section after it", [AFTER, "III. TỔ CHỨC THỰC HIỆN", "Các sở, ngành triển khai thực hiện Kế hoạch này."], "II"],
    ["must change: under a section, the closing after it", [AFTER, "Đề nghị các đơn vị quan tâm, phối hợp thực hiện./."], "II"],
  ])("%s", (_, after, clause) => {
    const doc = parse(plan(after), { path: "x.txt" }).documents[0];
    expect(doc.clauses[1].text).toBe(AFTER);
    const read = doc.tasks.map((t) => [t.clause, t.lead.map((a) => a.text), t.deadline?.text ?? null]);
    expect(read).toContainEqual(["II.2", ["Sở Tài chính"], "Thường xuyên"]);
    expect(read).toContainEqual([clause, ["Sở Y tế"], "trước ngày 25 hằng tháng"]);
  });

  it("must change: a table at the top level, a paragraph and the closing after it (the real copy from a PDF, probe7 doc 02)", () => {
    const doc = parse(readFileSync("tests/build/inputs/probe7-02-cv-snnmt-bangnv.pdfcopy.txt", "utf8"), { path: "x.txt" }).documents[0];
    expect(doc.tasks.map((t) => [t.clause, t.lead.map((a) => a.text), t.deadline?.text ?? null])).toEqual([
      ["1", ["Chi cục Thủy lợi"], "Trước ngày 30/11/2025"],
      ["2", ["Công ty TNHH MTV Khai thác công trình thủy lợi Quảng Ngãi"], "Trước ngày 15/12/2025"],
      ["3", ["Ủy ban nhân dân các xã, phường"], "Trong mùa khô 2025 - 2026"],
      [null, ["Chi cục Thủy lợi"], "trước ngày 25 hằng tháng"],
    ]);
    expect(doc.unclassified.map((l) => l.text)).toEqual(["2"]); // the page number between rows 2 and 3
  });

  const rows = (numbers: readonly string[], after: readonly string[]) =>
    plan([]).replace("1.\nXây dựng", `${numbers[0]}\nXây dựng`).replace("2.\nKiểm tra", `${numbers[1]}\nKiểm tra`).replace("Nơi nhận:", [...after, "Nơi nhận:"].join("\n"));
  it("reads rows numbered by a number alone (no page numbers), up to the closing", () => {
    const doc = parse(rows(["1", "2"], ["Đề nghị các đơn vị quan tâm, phối hợp thực hiện./."]), { path: "x.txt" }).documents[0];
    expect(doc.tasks.slice(0, 2).map((t) => [t.clause, t.lead.map((a) => a.text), t.deadline?.text ?? null])).toEqual([["II.1", ["Sở Y tế"], "Quý I/2027"], ["II.2", ["Sở Tài chính"], "Thường xuyên"]]);
    expect(doc.unclassified.map((l) => l.text)).toEqual([]);
  });

  // a copy from a PDF leaves the page's number between two rows, between blank lines, with no form
  // feed (probe7 doc 02): page debris, no word of the last cell above it
  const paged = (between: string) => rows(["1", "2"], ["Đề nghị các đơn vị quan tâm, phối hợp thực hiện./."]).replace("Quý I/2027\n2\n", `Quý I/2027\n${between}\n2\n`);
  it.each([
    ["must change: a page number between blank lines", "\n3\n", "Quý I/2027", ["3"]],
    ["must stay: a number with no blank line around it (a cell)", "3", "Quý I/2027 3", []],
  ])("%s", (_, between, time, unplaced) => {
    const doc = parse(paged(between), { path: "x.txt" }).documents[0];
    expect(doc.clauses[1].items[0].text.split("\n")[3]).toBe(`Thời gian hoàn thành: ${time}`);
    expect(doc.unclassified.map((l) => l.text)).toEqual(unplaced);
  });

  it.each([
    ["a last row whose cells never fit (no time)", ["Ban hành văn bản.", "Sở Y tế", "Sở Tài chính", "Bộ Y tế"]],
    ["a short line after the last row (no sentence): it would run on in the row", ["Sở Nội vụ"]],
  ])("must stay: %s leaves the table unread", (_, last) => {
    const text = plan([]).replace("Kiểm tra việc thực hiện.\nSở Tài chính\nSở Y tế\nThường xuyên", last.join("\n"));
    const doc = parse(text, { path: "x.txt" }).documents[0];
    expect(doc.tasks.some((t) => t.clause === "II.2" && t.lead.some((a) => a.text === "Sở Tài chính"))).toBe(false);
  });
});

describe("a table of figures unfolded one cell per line in a body (no lead column)", () => {
  const report = (table: readonly string[]) =>
    [
      "UBND TỈNH BÌNH ĐỊNH",
      "SỞ TÀI CHÍNH",
      "Số: 12/BC-STC",
      "Bình Định, ngày 02 tháng 6 năm 2026",
      "BÁO CÁO",
      "Kết quả 6 tháng",
      "1. Một số chỉ tiêu đạt được như sau:",
      ...table,
      "2. Sở Tài chính tổng hợp báo cáo trước ngày 30/6/2026.",
      "Nơi nhận:",
      "- Lưu: VT.",
      "GIÁM ĐỐC",
      "Lê Văn A",
    ].join("\n");
  const FIGURES = ["TT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện", "1", "Chi bộ đạt trong sạch, vững mạnh", "Chi bộ", "18", "12", "2", "Ủy ban nhân dân xã thu ngân sách", "Triệu đồng", "12.500", "6.830"];

  it.each([
    ["STT, numbers alone", FIGURES],
    ["TT, numbers with a dot", FIGURES.map((t) => (t === "1" || t === "2" ? `${t}.` : t))],
  ])("gives no task, as the same pipe table: %s", (_, table) => {
    const doc = parse(report(table), { path: "x.txt" }).documents[0];
    expect(doc.tasks.map((t) => [t.clause, t.lead.map((a) => a.text)])).toEqual([["2", ["Sở Tài chính"]]]);
    expect(doc.clauses[0].text.split("\n")).toEqual(["| TT | Chỉ tiêu | Đơn vị tính | Kế hoạch | Thực hiện |", "| 1 | Chi bộ đạt trong sạch, vững mạnh | Chi bộ | 18 | 12 |", "| 2 | Ủy ban nhân dân xã thu ngân sách | Triệu đồng | 12.500 | 6.830 |"]);
    expect(doc.unclassified).toEqual([]);
  });

  it("must stay: a line 'TT' with no numbered row under its header is no table", () => {
    const doc = parse(report(["TT", "Chỉ tiêu", "Đơn vị tính", "Ủy ban nhân dân xã chỉ đạo thu ngân sách trước ngày 30/6/2026."]), { path: "x.txt" }).documents[0];
    expect(doc.clauses[0].text).not.toContain("|");
  });
});

// Word's and LibreOffice's "Save as text": a table one cell per line, a group row's cells each on
// its own line ("I" / "Lĩnh vực …"), an empty cell an empty line, sub-rows "3.1" under a row "3"
// (probe17 F3, F4, F6)
describe("a task table in Word's or LibreOffice's text export (one cell per line)", () => {
  const LO = ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"];
  const ROW1 = ["1", "Nâng cấp Trung tâm dữ liệu tỉnh", "Sở Khoa học và Công nghệ", "Công an tỉnh", "Quý III/2026"];
  const ROW2 = ["2", "Phủ sóng di động tại các thôn", "Sở Thông tin", "Viễn thông tỉnh", "Trước ngày 30/9/2026"];
  it.each([
    ["must change: a group row's number alone, its title on the next line",
      [...LO, "I", "Lĩnh vực hạ tầng số", ...ROW1, "II", "Lĩnh vực chính quyền số", ...ROW2],
      [["PL1/I.1", ["Sở Khoa học và Công nghệ"], ["Công an tỉnh"], "Quý III/2026"], ["PL1/II.2", ["Sở Thông tin"], ["Viễn thông tỉnh"], "Trước ngày 30/9/2026"]]],
    ["must change: the same with its dot ('I.')",
      [...LO, "I.", "Lĩnh vực hạ tầng số", ...ROW1, ...ROW2],
      [["PL1/I.1", ["Sở Khoa học và Công nghệ"], ["Công an tỉnh"], "Quý III/2026"], ["PL1/I.2", ["Sở Thông tin"], ["Viễn thông tỉnh"], "Trước ngày 30/9/2026"]]],
    ["must stay: a group row on one line ('I. Lĩnh vực …')",
      [...LO, "I. Lĩnh vực hạ tầng số", ...ROW1],
      [["PL1/I.1", ["Sở Khoa học và Công nghệ"], ["Công an tỉnh"], "Quý III/2026"]]],
    ["must change: sub-rows 3.1, 3.2 under a row whose other cells are empty (blank lines)",
      [...LO, ...ROW1, ...ROW2, "3", "Số hóa hồ sơ thủ tục hành chính", "", "", "", "3.1", "Số hóa hồ sơ cấp tỉnh", "Văn phòng UBND tỉnh", "Các sở, ban, ngành", "Trước ngày 30/6/2026",
        "3.2", "Số hóa hồ sơ cấp xã", "UBND các xã", "Sở Khoa học và Công nghệ", "Trước ngày 31/10/2026", "4", "Xây dựng cơ sở dữ liệu cán bộ", "Sở Nội vụ", "Sở Tài chính", "Năm 2026"],
      [["PL1/1", ["Sở Khoa học và Công nghệ"], ["Công an tỉnh"], "Quý III/2026"], ["PL1/2", ["Sở Thông tin"], ["Viễn thông tỉnh"], "Trước ngày 30/9/2026"],
        ["PL1/3.1", ["Văn phòng UBND tỉnh"], ["Các sở, ban, ngành"], "Trước ngày 30/6/2026"], ["PL1/3.2", ["UBND các xã"], ["Sở Khoa học và Công nghệ"], "Trước ngày 31/10/2026"],
        ["PL1/4", ["Sở Nội vụ"], ["Sở Tài chính"], "Năm 2026"]]],
    ["must change: an empty support cell (a blank line) in a row",
      [...LO, ...ROW1, "2", "Đo lường sự hài lòng của người dân", "Trung tâm Phục vụ hành chính công", "", "Tháng 11/2026"],
      [["PL1/1", ["Sở Khoa học và Công nghệ"], ["Công an tỉnh"], "Quý III/2026"], ["PL1/2", ["Trung tâm Phục vụ hành chính công"], [], "Tháng 11/2026"]]],
    ["must stay: a blank line that leaves the row a cell too many: the row is unread",
      [...LO, ...ROW1, "2", "Đo lường sự hài lòng", "", "Trung tâm Phục vụ", "", "Tháng 11/2026"],
      [["PL1/1", ["Sở Khoa học và Công nghệ"], ["Công an tỉnh"], "Quý III/2026"]]],
    ["must stay: a sub-row out of sequence (3.2 with no 3.1, 2.1 after row 3) is no row",
      [...LO, ...ROW1, "1.2", ...ROW2.slice(1), ...ROW2],
      [["PL1/2", ["Sở Thông tin"], ["Viễn thông tỉnh"], "Trước ngày 30/9/2026"]]],
    ["must stay: a Roman number out of sequence ('II' first) is a cell",
      [...LO, "II", "Lĩnh vực hạ tầng số", ...ROW1],
      []],
  ])("%s", (_, table, expected) => {
    const text = decision([]) + "\n" + table.join("\n");
    expect(parse(text, { path: "x.txt" }).documents[0].tasks.map((t) => [t.clause, t.lead.map((a) => a.text), t.support.map((a) => a.text), t.deadline?.text ?? null])).toEqual(expected);
  });

  it("must change: the text after the table in an appendix ('III. TỔ CHỨC THỰC HIỆN') ends its last row, its clauses read", () => {
    const text = decision([]) + "\n" + ["II. NHIỆM VỤ", ...LO, ...ROW1, ...ROW2, "III. TỔ CHỨC THỰC HIỆN", "1. Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch trước ngày 15/12/2026."].join("\n");
    expect(parse(text, { path: "x.txt" }).documents[0].tasks.map((t) => [t.clause, t.lead.map((a) => a.text), t.deadline?.text ?? null])).toEqual([
      ["PL1/II.1", ["Sở Khoa học và Công nghệ"], "Quý III/2026"],
      ["PL1/II.2", ["Sở Thông tin"], "Trước ngày 30/9/2026"],
      ["PL1/III.1", ["Sở Tài chính"], "trước ngày 15/12/2026"],
    ]);
  });
});
