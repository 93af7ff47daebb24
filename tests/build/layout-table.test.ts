/**
 * build/layout-table.ts: a task table through `pdftotext -layout` (cells side by side at fixed
 * offsets, wrapped cells going on under an empty number column) read row by row from the offsets
 * of its header's labels.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";
import { readFileSync } from "node:fs";
import { cutAt } from "../../src/build/layout-table.js";
import { tasksOf } from "../helpers/tasks.js";

const HEADER = "   STT   Nội dung công việc               Đơn vị chủ trì        Đơn vị phối hợp         Thời gian hoàn thành";
const STARTS = [3, 9, 42, 64, 88];

const letter = (table: readonly string[], after: readonly string[] = []): string =>
  [
    "       UBND TỈNH LÀO CAI                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "   SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH                    Độc lập - Tự do - Hạnh phúc",
    "",
    "      Số: 836/SVHTTDL-QLDL                      Lào Cai, ngày 16 tháng 3 năm 2026",
    "  V/v phân công nhiệm vụ tổ chức Tuần Văn hóa - Du lịch",
    "",
    "                    Kính gửi: Các phòng, đơn vị thuộc Sở.",
    "",
    "      Thực hiện Kế hoạch số 95/KH-UBND ngày 02/3/2026 của UBND tỉnh Lào Cai, Giám đốc Sở phân",
    "  công nhiệm vụ cho các phòng, đơn vị như sau:",
    ...table,
    ...after,
    "",
    "  Nơi nhận:                                                    GIÁM ĐỐC",
    "  - Như trên;",
    "  - Lưu: VT, QLDL.",
    "",
    "                                                            Hoàng Quốc Khánh",
  ].join("\n");

/** Some clause of the document reads a row's lead cell under its label: the table was read. */
const readAsTable = (text: string): boolean => parse(text, { path: "x.txt" }).documents[0].clauses.some((c) => /(?:Đơn vị|Cơ quan) chủ trì: /u.test(c.text));

describe("a line cut at the header's offsets", () => {
  it.each([
    ["a name with single spaces that runs up to the next column",
      "    2    Tổ chức Hội chợ du lịch          Phòng Quản lý Du lịch UBND phường Sa Pa       Trước ngày 20/4/2026",
      ["2", "Tổ chức Hội chợ du lịch", "Phòng Quản lý Du lịch", "UBND phường Sa Pa", "Trước ngày 20/4/2026"]],
    ["a wrapped line: the number column empty, a cell left empty",
      "         quyết thủ tục hành chính         hành chính công                               ",
      ["", "quyết thủ tục hành chính", "hành chính công", "", ""]],
    ["a cell that starts a column early (centred): the cut moves to its word",
      "    1    Xây dựng kịch bản               Văn phòng Sở          Trung tâm Văn hóa      Trước ngày 10/4/2026",
      ["1", "Xây dựng kịch bản", "Văn phòng Sở", "Trung tâm Văn hóa", "Trước ngày 10/4/2026"]],
  ])("%s", (_, raw, cells) => {
    expect(cutAt(raw, STARTS)).toEqual(cells);
  });

  it("must stay: a cut inside a word that began well before the column: no cells", () => {
    expect(cutAt("    1    Xây dựng kịch bản của chương trình  Văn phòng Sở", STARTS)).toBeNull();
  });
});

describe("a task table laid out in columns (pdftotext -layout)", () => {
  it.each([
    ["one line per row; a lead cell running up to the support column",
      [HEADER,
        "    1    Xây dựng kịch bản chương trình   Văn phòng Sở          Trung tâm Văn hóa       Trước ngày 10/4/2026",
        "    2    Tổ chức Hội chợ du lịch          Phòng Quản lý Du lịch UBND phường Sa Pa       Trước ngày 20/4/2026"],
      [["1", "Xây dựng kịch bản chương trình", ["Văn phòng Sở"], ["Trung tâm Văn hóa"], "Trước ngày 10/4/2026"],
        ["2", "Tổ chức Hội chợ du lịch", ["Phòng Quản lý Du lịch"], ["UBND phường Sa Pa"], "Trước ngày 20/4/2026"]]],
    ["cells wrapped onto lines whose number column is empty; the header wrapped too",
      [" STT   Nội dung công việc             Đơn vị chủ trì      Đơn vị phối hợp        Thời gian hoàn",
        "                                                                                 thành",
        " 1     Số hóa hồ sơ, kết quả giải     Trung tâm Phục vụ   Phòng Văn hóa - Xã     Tháng 6/2026",
        "       quyết thủ tục hành chính       hành chính công     hội",
        " 2     Triển khai nền tảng bản đồ     Văn phòng Sở        Công an phường         30/9/2026",
        "       số phường"],
      [["1", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", ["Trung tâm Phục vụ hành chính công"], ["Phòng Văn hóa - Xã hội"], "Tháng 6/2026"],
        ["2", "Triển khai nền tảng bản đồ số phường", ["Văn phòng Sở"], ["Công an phường"], "30/9/2026"]]],
  ])("%s", (_, table, expected) => {
    expect(tasksOf(letter(table))).toEqual(expected);
  });

  it("a header whose labels wrap over the line above the number's (a taller header row, labels centred)", () => {
    const table = ["                                         Đơn vị chủ            Đơn vị phối             Thời gian",
      "   STT   Nội dung công việc               trì                   hợp                     hoàn thành",
      "    1    Xây dựng kịch bản chương trình   Văn phòng Sở          Trung tâm Văn hóa       Trước ngày 10/4/2026"];
    expect(tasksOf(letter(table))).toEqual([["1", "Xây dựng kịch bản chương trình", ["Văn phòng Sở"], ["Trung tâm Văn hóa"], "Trước ngày 10/4/2026"]]);
  });

  // pandoc -t plain writes a Word table as a multiline table, its columns one space apart: two labels
  // may stand one space apart on a header line, told apart by the line under it (probe12 F5)
  it.each([
    ["must change: labels one space apart, the wrapped label's start parts them",
      ["  ----- ------------------------------ ------------ ------------ ------------",
        "  STT   Nội dung                       Cơ quan chủ  Cơ quan phối Thời gian",
        "                                       trì          hợp          hoàn thành",
        "",
        "  1     Treo cờ Đảng, cờ Tổ quốc, băng Ủy ban nhân  Các khu phố  Từ ngày",
        "        rôn, khẩu hiệu tại trụ sở      dân phường                25/01/2026",
        "",
        "  2     Báo cáo kết quả tổ chức các    Ban Xây dựng Các chi bộ   Trước ngày",
        "        hoạt động                      Đảng         trực thuộc   10/02/2026",
        "  ----- ------------------------------ ------------ ------------ ------------"],
      [["1", "Treo cờ Đảng, cờ Tổ quốc, băng rôn, khẩu hiệu tại trụ sở", ["Ủy ban nhân dân phường"], ["Các khu phố"], "Từ ngày 25/01/2026"],
        ["2", "Báo cáo kết quả tổ chức các hoạt động", ["Ban Xây dựng Đảng"], ["Các chi bộ trực thuộc"], "Trước ngày 10/02/2026"]]],
    ["stays: a label centred under its first line starts inside its word (no column there)",
      ["   STT   Nội dung công việc               Đơn vị chủ trì        Đơn vị phối hợp         Thời gian hoàn",
        "                                                                                            thành",
        "    1    Xây dựng kịch bản chương trình   Văn phòng Sở          Trung tâm Văn hóa       Trước ngày 10/4/2026"],
      [["1", "Xây dựng kịch bản chương trình", ["Văn phòng Sở"], ["Trung tâm Văn hóa"], "Trước ngày 10/4/2026"]]],
  ])("a multiline header: %s", (_, table, expected) => {
    expect(tasksOf(letter(table)).filter((t) => t[0] !== null)).toEqual(expected);
  });

  const ROW1 = ["    1    Xây dựng kịch bản chương trình   Văn phòng Sở          Trung tâm Văn hóa       Trước ngày 10/4/2026",
    "         nghệ thuật                                             tỉnh"];
  const ROW2 = "    2    Tổ chức Hội chợ du lịch          Phòng Quản lý Du lịch UBND phường Sa Pa       Trước ngày 20/4/2026";
  it.each([
    ["a row between two pages", [HEADER, ...ROW1, "\f", "                                        2", "", HEADER, ROW2],
      [["1", "Xây dựng kịch bản chương trình nghệ thuật", ["Văn phòng Sở"], ["Trung tâm Văn hóa tỉnh"], "Trước ngày 10/4/2026"],
        ["2", "Tổ chức Hội chợ du lịch", ["Phòng Quản lý Du lịch"], ["UBND phường Sa Pa"], "Trước ngày 20/4/2026"]]],
    ["a row cut by the page: its cells go on under the repeated header", [HEADER, ROW1[0], "\f", "                                        2", "", HEADER, ROW1[1], ROW2],
      [["1", "Xây dựng kịch bản chương trình nghệ thuật", ["Văn phòng Sở"], ["Trung tâm Văn hóa tỉnh"], "Trước ngày 10/4/2026"],
        ["2", "Tổ chức Hội chợ du lịch", ["Phòng Quản lý Du lịch"], ["UBND phường Sa Pa"], "Trước ngày 20/4/2026"]]],
  ])("over a page break: %s", (_, table, expected) => {
    expect(tasksOf(letter(table)).filter((t) => t[0] !== null)).toEqual(expected);
  });

  it("must stay: lines under a repeated header that do not fit leave the whole table unread", () => {
    const table = [HEADER, ...ROW1, "\f", "                                        2", "", HEADER, "    2    Tổ chức Hội chợ du lịch của chương trình Phòng Quản lý Du lịch         Trước ngày 20/4/2026"];
    expect(readAsTable(letter(table))).toBe(false);
  });

  it("a section row: its title spans the columns, uncut (a word across a column start), the rows under it its clauses", () => {
    const table = [HEADER, "    I    CÔNG TÁC CHUẨN BỊ CHO CHƯƠNG TRÌNH LỄ HỘI",
      "    1    Xây dựng kịch bản chương trình   Văn phòng Sở          Trung tâm Văn hóa       Trước ngày 10/4/2026",
      "    II   TỔ CHỨC CÁC HOẠT ĐỘNG",
      "    2    Tổ chức Hội chợ du lịch          Phòng Quản lý Du lịch UBND phường Sa Pa       Trước ngày 20/4/2026"];
    expect(tasksOf(letter(table)).map((t) => [t[0], t[2]])).toEqual([["I.1", ["Văn phòng Sở"]], ["II.2", ["Phòng Quản lý Du lịch"]]]);
  });

  it("ends at the text after it (a blank line, prose in the number column)", () => {
    const after = ["", "      Các phòng, đơn vị được phân công có trách nhiệm báo cáo Giám đốc Sở trước ngày 25/3/2026./."];
    const doc = parse(letter([HEADER, "    1    Xây dựng kịch bản chương trình   Văn phòng Sở          Trung tâm Văn hóa       Trước ngày 10/4/2026"], after), { path: "x.txt" }).documents[0];
    expect(doc.clauses.map((c) => [c.heading ?? "", ...c.text.split("\n")])).toEqual([
      ["Xây dựng kịch bản chương trình", "Đơn vị chủ trì: Văn phòng Sở", "Đơn vị phối hợp: Trung tâm Văn hóa", "Thời gian hoàn thành: Trước ngày 10/4/2026"],
    ]);
    expect(doc.closing).toBe(after[1].trim());
    expect(doc.tasks[0]).toMatchObject({ clause: "1", lead: [{ text: "Văn phòng Sở" }] });
  });

  it("in an appendix too", () => {
    const text = letter([]).replace("  Nơi nhận:", "  Nơi nhận:") + "\n\n" + ["                                  PHỤ LỤC", "            (Kèm theo Công văn số 836/SVHTTDL-QLDL ngày 16/3/2026)", "", HEADER,
      "    1    Xây dựng kịch bản chương trình   Văn phòng Sở          Trung tâm Văn hóa       Trước ngày 10/4/2026"].join("\n");
    expect(tasksOf(text)).toEqual([["PL1/1", "Xây dựng kịch bản chương trình", ["Văn phòng Sở"], ["Trung tâm Văn hóa"], "Trước ngày 10/4/2026"]]);
  });

  it.each([
    ["no lead column", ["   STT   Chỉ tiêu                         Đơn vị tính           Kế hoạch                Thực hiện",
      "    1    Chi bộ đạt trong sạch, vững mạnh Chi bộ                18                      12"]],
    ["a row without its lead", [HEADER, "    1    Xây dựng kịch bản chương trình                         Trung tâm Văn hóa       Trước ngày 10/4/2026"]],
    ["a line cut inside a word", [HEADER, "    1    Xây dựng kịch bản của chương trình Văn phòng Sở Trung tâm Văn hóa         Trước ngày 10/4/2026"]],
  ])("must stay: %s: not read as a table", (_, table) => {
    expect(readAsTable(letter(table))).toBe(false);
  });
});

// LibreOffice's PDFs centre a table's cells vertically: through pdftotext -layout a row's number
// stands on its row's middle line (alone when the row's lines are even), the header's labels lie
// over three lines around "STT", and a cell may stand one space after the one before (probe12 F3)
const CENTRED = [
  "                                      Cơ quan chủ Cơ quan phối       Thời gian",
  "STT                  Nội dung",
  "                                           trì             hợp      hoàn thành",
  "      Rà soát, số hóa kết quả giải   Văn phòng",
  "                                                                    Trước ngày",
  "1     quyết thủ tục hành chính còn HĐND và         Phòng Kinh tế",
  "                                                                    30/6/2026",
  "      hiệu lực                       UBND xã",
  "      Tuyên truyền, hướng dẫn                      Tổ công nghệ số",
  "2     người dân cài đặt, sử dụng ứng Công an xã    cộng đồng các    Quý II/2026",
  "      dụng VNeID                                   thôn",
];

describe("a task table whose cells are centred vertically (pdftotext -layout of a LibreOffice PDF)", () => {
  /** cells set at the columns' offsets of CENTRED */
  const at = (cells: string[]): string => cells.map((c, i) => c.padEnd([6, 31, 14, 17, 0][i])).join("").trimEnd();
  const ROWS = [
    ["1", "Rà soát, số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực", ["Văn phòng HĐND và UBND xã"], ["Phòng Kinh tế"], "Trước ngày 30/6/2026"],
    ["2", "Tuyên truyền, hướng dẫn người dân cài đặt, sử dụng ứng dụng VNeID", ["Công an xã"], ["Tổ công nghệ số cộng đồng các thôn"], "Quý II/2026"],
  ];
  it.each([
    ["must change: numbers on the middle line, labels one space apart", CENTRED, ROWS],
    ["must change: a table of one row (a cell's start on one line only)", CENTRED.slice(0, 8), [ROWS[0]]],
    ["must change: a row of even lines, its number alone between them",
      [...CENTRED.slice(0, 8), at(["", "Hướng dẫn cài đặt ứng dụng", "Công an xã", "Tổ công nghệ số", "Quý II/2026"]), "2",
        at(["", "VNeID cho người dân", "", "các thôn", ""])],
      [ROWS[0], ["2", "Hướng dẫn cài đặt ứng dụng VNeID cho người dân", ["Công an xã"], ["Tổ công nghệ số các thôn"], "Quý II/2026"]]],
  ])("%s", (_, table, expected) => {
    expect(tasksOf(letter(table)).filter((t) => t[0] !== null)).toEqual(expected);
  });

  it.each([
    ["a row's lines that do not come out even around its number (a line missing under row 2)", CENTRED.slice(0, -1)],
    ["no lead column", CENTRED.map((l) => l.replace("Cơ quan chủ", "Kinh phí ở").replace("trì", "đâu"))],
    ["rows set at their top, the header centred (number 1 right under it): row 1's second line is no row 2's",
      [CENTRED[0], CENTRED[1], CENTRED[2],
        at(["1", "Rà soát hồ sơ thủ tục", "Văn phòng", "Phòng Kinh tế", "Trước ngày"]),
        at(["", "hành chính", "UBND xã", "", "30/6/2026"]),
        at(["2", "Hướng dẫn cài đặt VNeID", "Công an xã", "Các thôn", "Quý II/2026"]),
        at(["", "cho người dân", "", "", ""])]],
  ])("must stay: %s: not read as a table", (_, table) => {
    expect(readAsTable(letter(table))).toBe(false);
  });
});

// pandoc -t plain sets a table's columns by a rule of dash runs (a simple table: under its header;
// a multiline table: over it): the runs are the columns, labels one space apart or not (probe12 F5)
describe("a task table under or over a rule of dash runs (pandoc -t plain)", () => {
  const HEAD = "  STT   Nội dung                       Cơ quan chủ trì Cơ quan phối hợp Thời gian";
  const RULE = "  ----- ------------------------------ --------------- ---------------- --------------------";
  const ROWS = ["  1     Rà soát hồ sơ thủ tục          Văn phòng Sở    Phòng Kinh tế    Trước ngày 30/6/2026",
    "  2     Hướng dẫn cài đặt VNeID        Công an tỉnh    Các huyện        Quý II/2026"];
  const READ = [["1", "Rà soát hồ sơ thủ tục", ["Văn phòng Sở"], ["Phòng Kinh tế"], "Trước ngày 30/6/2026"],
    ["2", "Hướng dẫn cài đặt VNeID", ["Công an tỉnh"], ["Các huyện"], "Quý II/2026"]];
  it.each([
    ["must change: a simple table, labels one space apart, the rule under them", ["", HEAD, RULE, ...ROWS, ""]],
    ["must change: the rule over the header", ["", RULE, HEAD, "", ...ROWS, RULE, ""]],
  ])("%s", (_, table) => {
    expect(tasksOf(letter(table)).filter((t) => t[0] !== null)).toEqual(READ);
  });

  it.each([
    ["no rule: the labels one space apart are one label", ["", HEAD, ...ROWS, ""]],
    ["a rule whose runs do not match the labels: no task table", ["", HEAD, RULE.replace("--------------- ----------------", "----------- --------------------"), ...ROWS, ""]],
  ])("must stay: %s: not read as a table", (_, table) => {
    expect(readAsTable(letter(table))).toBe(false);
  });
});

/** The plan of probe12 04's task rows (clause, lead, partners, time), whichever converter printed it. */
const PROBE12_04 = [
  ["II.1", ["Ủy ban nhân dân phường"], ["Các khu phố"], "Từ ngày 25/01/2026"],
  ["II.2", ["Ban Xây dựng Đảng"], ["Văn phòng Đảng ủy"], "Ngày 02/02/2026"],
  ["II.3", ["Văn phòng Đảng ủy"], ["Đoàn Thanh niên phường"], "Ngày 03/02/2026"],
  ["II.4", ["Ban Xây dựng Đảng"], ["Các chi bộ trực thuộc"], "Trước ngày 10/02/2026"],
];

describe("the real converters' output (probe12): a centred table (pdftotext -layout), a multiline one (pandoc -t plain)", () => {
  const rowsOf = (text: string) => tasksOf(text).filter((t) => String(t[0]).startsWith("II.")).map((t) => [t[0], t[2], t[3], t[4]]);
  it.each([
    ["probe12-03-kh-ubnd-xa.pdftotext-layout.txt", [
      ["II.1", ["Văn phòng HĐND và UBND xã"], ["Phòng Kinh tế"], "Trước ngày 30/6/2026"],
      ["II.2", ["Công an xã"], ["Tổ công nghệ số cộng đồng các thôn"], "Quý II/2026"],
      ["II.3", ["Phòng Kinh tế"], ["Ban Quản lý chợ", "Bưu điện xã"], "Tháng 9/2026"],
      ["II.4", ["Văn phòng HĐND và UBND xã"], ["Các cơ quan, đơn vị liên quan"], "Trước ngày 05/12/2026"]]],
    ["probe12-04-kh-danguy-phuong.pdftotext-layout.txt", PROBE12_04],
    ["probe12-04-kh-danguy-phuong.pandoc-plain.txt", PROBE12_04],
  ])("%s", (file, expected) => {
    const text = readFileSync(`tests/build/inputs/${file}`, "utf8");
    expect(rowsOf(text)).toEqual(expected);
    // must change: a page break after row 1, the header repeated on the next page: the rows go on
    // (the page is pdftotext's: its header band over "STT" at the line's start)
    if (!file.includes("pdftotext-layout")) return;
    const lines = text.split("\n");
    const band = lines.findIndex((l) => /^STT\s/u.test(l)) - 1;
    const row2 = lines.findIndex((l) => /^2(?:\s|$)/u.test(l)) - 1;
    const paged = [...lines.slice(0, row2), "\f                                        2", "", ...lines.slice(band, band + 3), ...lines.slice(row2)].join("\n");
    expect(rowsOf(paged)).toEqual(expected);
  });
});

describe("a centred task table in an appendix", () => {
  it("must change: read as in a body", () => {
    const table = [
      ...CENTRED.slice(0, 8), // the header band and row 1
      "      Hướng dẫn cài đặt ứng dụng                   Tổ công nghệ số",
      "2     VNeID cho người dân            Công an xã    các thôn         Quý II/2026",
      "      và tổ chức                                   cộng đồng",
    ];
    // (a row's number alone on its line is left out of an appendix's lines: appendix.ts)
    const text = letter([]) + "\n\n" + ["                                  PHỤ LỤC", "            (Kèm theo Công văn số 836/SVHTTDL-QLDL ngày 16/3/2026)", "", ...table].join("\n");
    expect(tasksOf(text).map((t) => [t[0], t[2], t[4]])).toEqual([
      ["PL1/1", ["Văn phòng HĐND và UBND xã"], "Trước ngày 30/6/2026"],
      ["PL1/2", ["Công an xã"], "Quý II/2026"],
    ]);
  });

  // probe17 04 rows 1 and 5: a row of even lines has its number alone on its line, between them
  const appendix = (body: string[]): string =>
    letter([]) + "\n\n" + ["                                  PHỤ LỤC", "            (Kèm theo Công văn số 836/SVHTTDL-QLDL ngày 16/3/2026)", "", ...body].join("\n");
  const EVEN = [
    "      Hướng dẫn cài đặt ứng dụng     Công an xã    Tổ công nghệ số  Quý II/2026",
    "2",
    "      VNeID cho người dân                          các thôn",
  ];
  it("must change: a row of even lines, its number alone on its line: read as in a body", () => {
    expect(tasksOf(appendix([...CENTRED.slice(0, 8), ...EVEN])).map((t) => [t[0], t[2], t[3], t[4]])).toEqual([
      ["PL1/1", ["Văn phòng HĐND và UBND xã"], ["Phòng Kinh tế"], "Trước ngày 30/6/2026"],
      ["PL1/2", ["Công an xã"], ["Tổ công nghệ số các thôn"], "Quý II/2026"],
    ]);
  });
  it("must stay: a number alone on its line outside a table is no text of the appendix's clauses", () => {
    const doc = parse(appendix(["I. NHIỆM VỤ", "1. Công an xã hướng dẫn cài đặt ứng dụng VNeID cho người dân.", "", "7", "", "2. Phòng Kinh tế rà soát hồ sơ."]), { path: "x.txt" }).documents[0];
    const texts = doc.appendices[0].clauses.flatMap(function all(c): string[] {
      return [c.text, ...c.items.flatMap(all)];
    });
    expect(texts.some((t) => /(?:^|\s)7(?:\s|$)/u.test(t))).toBe(false);
    expect(texts).toContain("Phòng Kinh tế rà soát hồ sơ.");
  });
});

// probe17 F7: pdftotext sets a centred lead cell one space after a long action line, its first
// word (two letters) before the column's start: the cut falls on the space after that word
describe("a centred cell's short first word set before its column's start (`lean`)", () => {
  // the lead column starts at 38; "Ủy" at 36–37
  const starts = [0, 6, 38, 53];
  it.each([
    ["must change: the word ends on the cut, its cell's text one space after",
      "      Kiểm tra, giám sát việc chuẩn Ủy ban Kiểm      Ban Xây dựng", true, ["", "Kiểm tra, giám sát việc chuẩn", "Ủy ban Kiểm", "Ban Xây dựng"]],
    ["must stay: not lean (a header's starts, cells set at their left): the cut stays",
      "      Kiểm tra, giám sát việc chuẩn Ủy ban Kiểm      Ban Xây dựng", false, ["", "Kiểm tra, giám sát việc chuẩn Ủy", "ban Kiểm", "Ban Xây dựng"]],
    ["must stay: nothing after the word (the action's last word ends there)",
      "      Kiểm tra, giám sát việc chuẩn bị", true, ["", "Kiểm tra, giám sát việc chuẩn bị", "", ""]],
    ["must stay: two spaces after the word (the next cell is set apart)",
      "      Kiểm tra, giám sát việc chuẩn bị  Ban Kiểm     Ban Xây dựng", true, ["", "Kiểm tra, giám sát việc chuẩn bị", "Ban Kiểm", "Ban Xây dựng"]],
    ["must stay: a word longer than the slack before the cut",
      "      Kiểm tra, giám sát việc chu hoàn ban Kiểm      Ban Xây dựng", true, ["", "Kiểm tra, giám sát việc chu hoàn", "ban Kiểm", "Ban Xây dựng"]],
  ])("%s", (_, raw, lean, cells) => {
    expect(cutAt(raw, starts, lean)).toEqual(cells);
  });
});

// probe17 F1, F2: a LibreOffice table's number column is narrow, pdftotext prints "STT Nội dung"
// one space apart; a header label one space before the next is parted where the label under it starts
describe("a task table whose 'STT' stands one space before the next label (LibreOffice PDF)", () => {
  const pad = (cells: string[], at = [0, 4, 30, 48, 67]): string => cells.map((c, i) => c.padEnd((at[i + 1] ?? 0) - at[i])).join("").trimEnd();
  const ONE_LINE_HEADER = pad(["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"]);
  const rows = [
    pad(["", "Rà soát hồ sơ thủ tục", "Văn phòng", "", "Trước ngày"]),
    pad(["1", "hành chính còn hiệu lực", "HĐND và UBND xã", "Phòng Kinh tế", "30/6/2026"]),
    pad(["", "cấp xã", "", "", ""]),
    pad(["2", "Hướng dẫn cài đặt VNeID", "Công an xã", "Các thôn", "Quý II/2026"]),
  ];
  const expected = [
    ["1", ["Văn phòng HĐND và UBND xã"], ["Phòng Kinh tế"], "Trước ngày 30/6/2026"],
    ["2", ["Công an xã"], ["Các thôn"], "Quý II/2026"],
  ];
  // (the letter's prose line "… như sau:" right above it is no header line above "STT")
  const read = (table: string[]) => tasksOf(letter(table)).filter((t) => t[0] !== null).map((t) => [t[0], t[2], t[3], t[4]]);
  it.each([
    ["must change: a one-line header, rows centred (row 1's upper half under the header is no header line)", [ONE_LINE_HEADER, ...rows], expected],
    ["must change: a one-line header, rows set at their top", [ONE_LINE_HEADER, pad(["1", "Rà soát hồ sơ thủ tục", "Văn phòng UBND xã", "Phòng Kinh tế", "Trước ngày"]), pad(["", "hành chính", "", "", "30/6/2026"]), rows[3]],
      [["1", ["Văn phòng UBND xã"], ["Phòng Kinh tế"], "Trước ngày 30/6/2026"], expected[1]]],
    ["must stay: two spaces after STT (read as before)", [ONE_LINE_HEADER.replace("STT ", "STT  ").replace("Nội dung công việc ", "Nội dung công việc"), ...rows], expected],
  ])("%s", (_, table, want) => {
    expect(read(table as string[])).toEqual(want);
  });

  it.each([
    ["a line that opens with 'TT' and a name (Trung tâm), no header", ["TT Phục vụ hành chính công xã tiếp nhận    hồ sơ    trực tuyến", ...rows]],
    ["a one-space 'STT' header without a lead column", [ONE_LINE_HEADER.replace("Cơ quan chủ trì", "Kinh phí       "), ...rows]],
  ])("must stay: %s: not read as a table", (_, table) => {
    expect(parse(letter(table), { path: "x.txt" }).documents[0].clauses.some((c) => /Cơ quan chủ trì: /u.test(c.text))).toBe(false);
  });

  it("must change: a label one space before the next, parted at the second label under it ('Cơ quan chủ Cơ quan phối' over 'trì' / 'hợp', a tie between 'quan' and 'Cơ')", () => {
    // the real converter's output (probe17 07): the column starts are [0, 6, 38, 53, 71]; "quan" (41) and "Cơ" (50) are both 3 from a start
    const table = [
      "                                      Cơ quan chủ Cơ quan phối",
      "STT Nội dung                                                           Thời gian",
      "                                      trì         hợp",
      "      Rà soát, bổ sung quy hoạch cấp Ban Xây dựng    Các chi bộ trực   Trước ngày",
      "2",
      "      ủy nhiệm kỳ 2026 - 2031         Đảng           thuộc             30/5/2026",
      "      Kiểm tra, giám sát việc chuẩn Ủy ban Kiểm      Ban Xây dựng      Tháng",
      "4",
      "      bị nhân sự tại các chi bộ       tra Đảng ủy    Đảng              7/2026",
    ];
    expect(read([...table.map((l) => l.replace(/^2$/, "1").replace(/^4$/, "2"))])).toEqual([
      ["1", ["Ban Xây dựng Đảng"], ["Các chi bộ trực thuộc"], "Trước ngày 30/5/2026"],
      ["2", ["Ủy ban Kiểm tra Đảng ủy"], ["Ban Xây dựng Đảng"], "Tháng 7/2026"],
    ]);
  });
});

// probe17 F4: group rows ("I     Lĩnh vực …", a Roman number and its title on one line) and
// sub-rows ("3.1" under a row 3 that holds only its action) in a centred table
describe("group rows and sub-rows in a centred task table", () => {
  const pad = (cells: string[], at = [0, 6, 32, 50, 68]): string => cells.map((c, i) => c.padEnd((at[i + 1] ?? 0) - at[i])).join("").trimEnd();
  const HEAD = ["", pad(["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"])];
  const R1 = [pad(["", "Nâng cấp Trung tâm", "Sở Khoa học", "Công an tỉnh", "Quý III/2026"]), pad(["1", "dữ liệu tỉnh", "và Công nghệ", "", ""]), pad(["", "đáp ứng yêu cầu", "", "", ""])];
  const R2 = [pad(["2", "Phủ sóng di động 4G", "Sở Công Thương", "Viễn thông tỉnh", "Năm 2026"])];
  const R3 = [pad(["3", "Số hóa hồ sơ thủ tục", "", "", ""])];
  const R31 = [pad(["", "Số hóa cấp tỉnh", "Văn phòng", "Các sở, ngành", "Trước ngày"]), pad(["3.1", "còn hiệu lực", "UBND tỉnh", "", "30/6/2026"])];
  const read = (table: string[]) => tasksOf(letter(table)).filter((t) => t[0] !== null).map((t) => [t[0], t[2], t[4]]);
  it.each([
    ["must change: a group row right under the header and between rows",
      [...HEAD, pad(["I", "Lĩnh vực hạ tầng số"]), ...R1, pad(["II", "Lĩnh vực chính quyền số"]), ...R2],
      [["I.1", ["Sở Khoa học và Công nghệ"], "Quý III/2026"], ["II.2", ["Sở Công Thương"], "Năm 2026"]]],
    ["must change: a group row one space after its number (a narrow number column)",
      [...HEAD, "I Lĩnh vực hạ tầng số", ...R1, ...R2],
      [["I.1", ["Sở Khoa học và Công nghệ"], "Quý III/2026"], ["I.2", ["Sở Công Thương"], "Năm 2026"]]],
    ["must change: sub-rows under a row that holds only its action",
      [...HEAD, ...R1, ...R2, ...R3, ...R31.slice(0, 2), pad(["", "cấp tỉnh", "", "", ""])],
      [["1", ["Sở Khoa học và Công nghệ"], "Quý III/2026"], ["2", ["Sở Công Thương"], "Năm 2026"], ["3.1", ["Văn phòng UBND tỉnh"], "Trước ngày 30/6/2026"]]],
    ["must stay: a Roman number after the last row is the text after the table (not a group row)",
      [...HEAD, ...R1, ...R2, "III. TỔ CHỨC THỰC HIỆN", "1. Sở Tài chính bảo đảm kinh phí thực hiện."],
      [["1", ["Sở Khoa học và Công nghệ"], "Quý III/2026"], ["2", ["Sở Công Thương"], "Năm 2026"], ["III.1", ["Sở Tài chính"], null]]],
  ])("%s", (_, table, expected) => {
    expect(read(table)).toEqual(expected);
  });

  // probe19 W1: one row that does not fit left the whole table unread
  const clauses = (table: string[]) => parse(letter(table), { path: "x.txt" }).documents[0].clauses.flatMap(function all(c): Array<[string | null, string]> {
    return [[c.number, c.text], ...c.items.flatMap(all)];
  });
  const CROSSING = [pad(["", "Số hóa hồ sơ thủ tục", "Văn phòng", "Các sở, ngành", "Năm 2026"]), "3     Số hóa hồ sơ thủ tục hànhchínhcònhiệu UBND tỉnh", pad(["", "cấp tỉnh", "", "", ""])];
  it.each([
    ["must change: a row that holds only its action with no sub-row after it: the rows that fit are read, it is kept with its action",
      [...HEAD, ...R1, ...R2, ...R3], "Số hóa hồ sơ thủ tục"],
    ["must change: a row with a word across a column's start (no cut): the rows that fit are read, it is kept with its lines' text (its action does not cut either)",
      [...HEAD, ...R1, ...R2, ...CROSSING], "Số hóa hồ sơ thủ tục Văn phòng Các sở, ngành Năm 2026 Số hóa hồ sơ thủ tục hànhchínhcònhiệu UBND tỉnh cấp tỉnh"],
  ])("%s", (_, table, text) => {
    expect(read(table)).toEqual([["1", ["Sở Khoa học và Công nghệ"], "Quý III/2026"], ["2", ["Sở Công Thương"], "Năm 2026"]]);
    expect(clauses(table).find(([n]) => n === "3")?.[1]).toBe(text);
  });

  it.each([
    ["no row fits (every row without its lead)", [...HEAD, pad(["1", "Số hóa hồ sơ thủ tục", "", "", "Năm 2026"]), pad(["2", "Phủ sóng di động 4G", "", "", "Năm 2026"])]],
    ["the only row's line has a word across a column's start", [...HEAD, ...CROSSING.map((l) => l.replace(/^3/u, "1"))]],
  ])("must stay: %s: not read as a table", (_, table) => {
    expect(readAsTable(letter(table))).toBe(false);
  });
});

// probe17 01 (LibreOffice PDF → pdftotext -layout): the converter places each row's cells a little
// differently; a column's cells start where the row's own lines show
describe("a centred table whose columns waver from row to row", () => {
  const pad = (cells: string[], at: number[]): string => cells.map((c, i) => c.padEnd((at[i + 1] ?? 0) - at[i])).join("").trimEnd();
  const LABELS = [0, 6, 32, 52, 70];
  const HEAD = ["", pad(["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"], LABELS)];
  const row = (n: string, at: number[]) => [
    pad(["", "Nâng cấp Trung tâm", "Sở Khoa học", "Công an tỉnh", "Trước"], at),
    pad([n, "dữ liệu tỉnh", "và Công nghệ", "", "ngày"], at),
    pad(["", "đáp ứng yêu cầu", "", "", "30/6/2026"], at),
  ];
  const read = (table: string[]) => tasksOf(letter(table)).filter((t) => t[0] !== null).map((t) => [t[0], t[2], t[3], t[4]]);
  const ROW = [["Sở Khoa học và Công nghệ"], ["Công an tỉnh"], "Trước ngày 30/6/2026"];
  it.each([
    ["must change: the time cells at 68 in row 1, at 72 in row 2 (more cell starts than labels: each goes to the label over it)",
      [...HEAD, ...row("1", [0, 6, 32, 52, 68]), ...row("2", [0, 6, 32, 52, 72])], [["1", ...ROW], ["2", ...ROW]]],
    ["must stay: the cells at one offset in every row",
      [...HEAD, ...row("1", [0, 6, 32, 52, 70]), ...row("2", [0, 6, 32, 52, 70])], [["1", ...ROW], ["2", ...ROW]]],
  ])("%s", (_, table, expected) => {
    expect(read(table)).toEqual(expected);
  });

  // the real converter's lines (probe17 01, rows 3.1 and 3.2 renumbered 1 and 2, the header band above them)
  const BAND = [
    "",
    "                                                        Thời gian",
    "                              Cơ quan      Cơ quan phối",
    "STT Nội dung công việc                                  hoàn      Sản phẩm",
    "                              chủ trì      hợp",
    "                                                        thành",
  ];
  const ROW31 = [
    "      Số hóa kết quả giải",
    "                                                           Trước",
    "      quyết thủ tục hành      Văn phòng Các sở, ban,                 Dữ liệu",
    "1                                                          ngày",
    "      chính còn hiệu lực cấp UBND tỉnh ngành                         được số hóa",
    "                                                           30/6/2026",
    "      tỉnh",
  ];
  const ROW32 = [
    "                                                       Trước",
    "      Số hóa kết quả giải     UBND các",
    "                                          Sở Khoa học  ngày      Dữ liệu",
    "2     quyết thủ tục hành      xã, phường,",
    "                                          và Công nghệ 31/10/202 được số hóa",
    "      chính cấp xã            đặc khu",
    "                                                       6",
  ];
  it.each([
    ["must change: a lead and a partner cell one space apart ('Văn phòng Các sở, ban,' / 'UBND tỉnh ngành'): parted where a line of the row puts the partner's first word",
      [...BAND, ...ROW32.map((l) => l.replace(/^2/u, "1")), ...ROW31.map((l) => l.replace(/^1/u, "2"))],
      [["1", ["UBND các xã, phường, đặc khu"], ["Sở Khoa học và Công nghệ"], "Trước ngày 31/10/2026"], ["2", ["Văn phòng UBND tỉnh"], ["Các sở, ban, ngành"], "Trước ngày 30/6/2026"]]],
    ["must change: a year broken over two lines ('31/10/202' / '6') is one date; cells at 55 and 65 in this row, at 59 and 69 in the row above",
      [...BAND, ...ROW31, ...ROW32], [["1", ["Văn phòng UBND tỉnh"], ["Các sở, ban, ngành"], "Trước ngày 30/6/2026"], ["2", ["UBND các xã, phường, đặc khu"], ["Sở Khoa học và Công nghệ"], "Trước ngày 31/10/2026"]]],
  ])("%s", (_, table, expected) => {
    expect(read(table)).toEqual(expected);
  });
});

describe("probe17's real converter outputs (LibreOffice)", () => {
  // the rows' clause paths, support and deadlines (the lead names are the agency reader's)
  const rows = (file: string) =>
    parse(readFileSync(`tests/build/inputs/${file}`, "utf8"), { path: "x.txt" }).documents[0].tasks
      .filter((t) => String(t.clause).startsWith("PL1/"))
      .map((t) => [t.clause, t.support.map((a) => a.text), t.deadline?.text ?? null]);
  it("pdftotext -layout, a one-line header 'STT Nhiệm vụ …', rows centred under it: all 5 rows (probe17 F1)", () => {
    expect(rows("probe17-10-tb-syt-danhmuc.pdftotext-layout.txt")).toEqual([
      ["PL1/1", ["Phòng Nghiệp vụ Y"], "Trước ngày 30/6/2026"],
      ["PL1/2", ["Trung tâm Y tế các khu vực"], "Tháng 5 - tháng 10/2026"],
      ["PL1/3", ["Thanh tra Sở"], "Trước ngày 10/02/2026"],
      ["PL1/4", ["Trung tâm Y tế các khu vực", "UBND các xã, phường"], "Quý I/2026"],
      ["PL1/5", ["Các đơn vị trực thuộc"], "Trước ngày 28/02/2026"],
    ]);
  });
  it("LibreOffice Text: group rows 'I' / title, row 3 with four empty cells and its sub-rows 3.1, 3.2, the text after the table (probe17 F3, F4, F6)", () => {
    expect(rows("probe17-02-qd-ubndtinh-kh.lo-text.txt")).toEqual([
      ["PL1/II.I.1", ["Công an tỉnh", "Sở Tài chính"], "Quý III/2026"],
      ["PL1/II.I.2", ["Viễn thông Quảng Ngãi", "UBND các xã miền núi"], "Trước ngày 30/9/2026"],
      ["PL1/II.II.3.1", ["Các sở, ban, ngành"], "Trước ngày 30/6/2026"],
      ["PL1/II.II.3.2", ["Sở Khoa học và Công nghệ"], "Trước ngày 31/10/2026"],
      ["PL1/II.II.4", ["Sở Khoa học và Công nghệ"], "Năm 2026"],
      ["PL1/II.III.5", ["Tỉnh Đoàn", "UBND các xã, phường, đặc khu"], "Quý II/2026"],
      ["PL1/II.III.6", ["Hiệp hội Doanh nghiệp tỉnh"], "Thường xuyên"],
      ["PL1/III.1", [], "trước ngày 05/12/2026"],
      ["PL1/III.2", [], null],
    ]);
  });
});
