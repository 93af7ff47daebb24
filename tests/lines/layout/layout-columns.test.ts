import { describe, expect, it } from "vitest";
import { parse } from "../../../src/parse.js";
import { unfolded } from "./unfold.js";

const plain = (text: string) => unfolded(text, "plain");

describe("pdftotext -layout columns", () => {
  it("splits a header: left column first, then right, wrapped V/v kept together", () => {
    const text = [
      " VĂN PHÒNG CHÍNH PHỦ                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "                                                Độc lập - Tự do - Hạnh phúc",
      "     Số: 2739/VPCP-ĐMDN",
      "  V/v quy định về quản trị doanh              Hà Nội, ngày 05 tháng 04 năm 2019",
      "nghiệp tại Luật Doanh nghiệp chưa",
      "           được thực thi",
      "",
      "                          Kính gửi: Bộ Kế hoạch và Đầu tư.",
    ].join("\n");
    expect(plain(text)).toEqual([
      "1: VĂN PHÒNG CHÍNH PHỦ",
      "3: Số: 2739/VPCP-ĐMDN",
      "4: V/v quy định về quản trị doanh",
      "5: nghiệp tại Luật Doanh nghiệp chưa",
      "6: được thực thi",
      "1: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "2: Độc lập - Tự do - Hạnh phúc",
      "4: Hà Nội, ngày 05 tháng 04 năm 2019",
      "8: Kính gửi: Bộ Kế hoạch và Đầu tư.",
    ]);
  });

  it("splits a footer: the recipient list, then the signer with its name lines below", () => {
    const text = [
      "Nơi nhận:                                                KT. BỘ TRƯỞNG",
      "- Như Điều 3 (để thực hiện);                              THỨ TRƯỞNG",
      "- Sở Tư pháp, Cơ quan công tác dân tộc cấp tỉnh",
      "                                                          Đinh Trung Tụng",
      "(để thực hiện);",
      "- Lưu: VT, Vụ VĐCXDPL.",
      "\f                              KẾ HOẠCH",
    ].join("\n");
    expect(plain(text)).toEqual([
      "1: Nơi nhận:",
      "2: - Như Điều 3 (để thực hiện);",
      "3: - Sở Tư pháp, Cơ quan công tác dân tộc cấp tỉnh",
      "5: (để thực hiện);",
      "6: - Lưu: VT, Vụ VĐCXDPL.",
      "1: KT. BỘ TRƯỞNG",
      "2: THỨ TRƯỞNG",
      "4: Đinh Trung Tụng",
      "7: KẾ HOẠCH",
    ]);
  });

  it.each([
    ["a number beside the date", "Số: 4390/UBND-NLN        Lào Cai, ngày 27 tháng 5 năm 2026", ["1: Số: 4390/UBND-NLN", "1: Lào Cai, ngày 27 tháng 5 năm 2026"]],
    ["a Party header", "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI                      ĐẢNG CỘNG SẢN VIỆT NAM\n   QUẬN ỦY HAI BÀ TRUNG",
      ["1: ĐẢNG BỘ THÀNH PHỐ HÀ NỘI", "2: QUẬN ỦY HAI BÀ TRUNG", "1: ĐẢNG CỘNG SẢN VIỆT NAM"]],
    // the Đoàn's heading stands where the Party motto does (its thể thức follows HD 36)
    ["a Đoàn header", "      BCH ĐOÀN TỈNH NGHỆ AN                              ĐOÀN TNCS HỒ CHÍ MINH\n              ***\n     Số: 415-CV/TĐTN-PT                            Nghệ An, ngày 16 tháng 3 năm 2026\n  V/v tổ chức Tháng Thanh niên năm 2026",
      ["1: BCH ĐOÀN TỈNH NGHỆ AN", "2: ***", "3: Số: 415-CV/TĐTN-PT", "4: V/v tổ chức Tháng Thanh niên năm 2026", "1: ĐOÀN TNCS HỒ CHÍ MINH", "3: Nghệ An, ngày 16 tháng 3 năm 2026"]],
    ["the Đoàn's central header", "BAN CHẤP HÀNH TRUNG ƯƠNG                  ĐOÀN TNCS HỒ CHÍ MINH\n          ***",
      ["1: BAN CHẤP HÀNH TRUNG ƯƠNG", "2: ***", "1: ĐOÀN TNCS HỒ CHÍ MINH"]],
  ])("%s", (_name, input, expected) => {
    expect(plain(input)).toEqual(expected);
  });

  // a note of the left cell set off by spaces ("(để báo cáo)") is not the column edge: the edge
  // is the gap before text centred where the anchor's right part is (NĐ 30 centres the right cell)
  const footer = (row2: string, row3 = "- Ban Tuyên giáo Thành ủy,") =>
    ["Nơi nhận:                                              T/M BAN THƯỜNG VỤ", row2, row3, "- Lưu Văn phòng Huyện ủy.", "", "                                                          Nguyễn Xuân Linh"].join("\n");
  it.each([
    [
      "a note between the entry and the signer's position",
      footer("- Thường trực Thành ủy,       (để báo cáo)                 BÍ THƯ"),
      ["1: Nơi nhận:", "2: - Thường trực Thành ủy, (để báo cáo)", "3: - Ban Tuyên giáo Thành ủy,", "4: - Lưu Văn phòng Huyện ủy.", "1: T/M BAN THƯỜNG VỤ", "2: BÍ THƯ", "6: Nguyễn Xuân Linh"],
    ],
    [
      "a note on a row of its own, the position on the next",
      footer("- Thường trực Thành ủy,       (để báo cáo)", "- Ban Tuyên giáo Thành ủy,                             BÍ THƯ"),
      ["1: Nơi nhận:", "2: - Thường trực Thành ủy, (để báo cáo)", "3: - Ban Tuyên giáo Thành ủy,", "4: - Lưu Văn phòng Huyện ủy.", "1: T/M BAN THƯỜNG VỤ", "3: BÍ THƯ", "6: Nguyễn Xuân Linh"],
    ],
    [
      "a brace and its note set off by spaces (HD 36's grouped entries)",
      ["Nơi nhận:                                         T/M BAN THƯỜNG VỤ", "- Ban Bí thư TW Đảng,     } (để báo cáo)              PHÓ BÍ THƯ", "- Văn phòng TW Đảng,      }", "- Lưu Văn phòng Tỉnh ủy.                              Đinh Thị Lụa"].join("\n"),
      ["1: Nơi nhận:", "2: - Ban Bí thư TW Đảng, } (để báo cáo)", "3: - Văn phòng TW Đảng, }", "4: - Lưu Văn phòng Tỉnh ủy.", "1: T/M BAN THƯỜNG VỤ", "2: PHÓ BÍ THƯ", "4: Đinh Thị Lụa"],
    ],
    [
      "(stays) a row whose only gap is the edge",
      footer("- Thường trực Thành ủy,                                 BÍ THƯ"),
      ["1: Nơi nhận:", "2: - Thường trực Thành ủy,", "3: - Ban Tuyên giáo Thành ủy,", "4: - Lưu Văn phòng Huyện ủy.", "1: T/M BAN THƯỜNG VỤ", "2: BÍ THƯ", "6: Nguyễn Xuân Linh"],
    ],
    [
      "(stays) a wide right part that starts left of the anchor's",
      "Nơi nhận:                                    KT. CHỦ TỊCH\n- Như trên;                        PHÓ CHỦ TỊCH THƯỜNG TRỰC\n- Lưu: VT.",
      ["1: Nơi nhận:", "2: - Như trên;", "3: - Lưu: VT.", "1: KT. CHỦ TỊCH", "2: PHÓ CHỦ TỊCH THƯỜNG TRỰC"],
    ],
  ])("footer: %s", (_name, input, expected) => {
    expect(plain(input)).toEqual(expected);
  });

  // a note set between the list and the signer's cell, wrapped over the rows of the entries it is
  // for: one note, given whole after the last entry it spans (as a note on one entry's row is)
  const wrapped = (rows: string[]) => ["Nơi nhận:                                                       T/M BAN THƯỜNG VỤ", ...rows, "- Lưu Văn phòng Tỉnh ủy.                                         Rah Lan Chung"].join("\n");
  it.each([
    [
      "over two rows",
      wrapped(["- Ban Bí thư Trung ương Đảng,        (để                           PHÓ BÍ THƯ THƯỜNG TRỰC", "- Văn phòng Trung ương Đảng,          báo cáo)", "- Các đồng chí Tỉnh ủy viên,"]),
      ["1: Nơi nhận:", "2: - Ban Bí thư Trung ương Đảng,", "3: - Văn phòng Trung ương Đảng, (để báo cáo)", "4: - Các đồng chí Tỉnh ủy viên,", "5: - Lưu Văn phòng Tỉnh ủy.", "1: T/M BAN THƯỜNG VỤ", "2: PHÓ BÍ THƯ THƯỜNG TRỰC", "5: Rah Lan Chung"],
    ],
    [
      "over three rows, the fragments centred",
      wrapped(["- Ban Tổ chức Tỉnh ủy,               (để                           PHÓ BÍ THƯ THƯỜNG TRỰC", "- Ủy ban Kiểm tra Tỉnh ủy,          phối hợp", "- Văn phòng Tỉnh ủy,               thực hiện);"]),
      ["1: Nơi nhận:", "2: - Ban Tổ chức Tỉnh ủy,", "3: - Ủy ban Kiểm tra Tỉnh ủy,", "4: - Văn phòng Tỉnh ủy, (để phối hợp thực hiện);", "5: - Lưu Văn phòng Tỉnh ủy.", "1: T/M BAN THƯỜNG VỤ", "2: PHÓ BÍ THƯ THƯỜNG TRỰC", "5: Rah Lan Chung"],
    ],
    [
      "closed on a row of its own",
      wrapped(["- Ban Bí thư Trung ương Đảng,        (để                           PHÓ BÍ THƯ THƯỜNG TRỰC", "                                       báo cáo)", "- Các đồng chí Tỉnh ủy viên,"]),
      ["1: Nơi nhận:", "2: - Ban Bí thư Trung ương Đảng,", "3: (để báo cáo)", "4: - Các đồng chí Tỉnh ủy viên,", "5: - Lưu Văn phòng Tỉnh ủy.", "1: T/M BAN THƯỜNG VỤ", "2: PHÓ BÍ THƯ THƯỜNG TRỰC", "5: Rah Lan Chung"],
    ],
    [
      "(stays) a bracket never closed",
      wrapped(["- Ban Bí thư Trung ương Đảng,        (để                           PHÓ BÍ THƯ THƯỜNG TRỰC", "- Văn phòng Trung ương Đảng,", "- Các đồng chí Tỉnh ủy viên,"]),
      ["1: Nơi nhận:", "2: - Ban Bí thư Trung ương Đảng, (để", "3: - Văn phòng Trung ương Đảng,", "4: - Các đồng chí Tỉnh ủy viên,", "5: - Lưu Văn phòng Tỉnh ủy.", "1: T/M BAN THƯỜNG VỤ", "2: PHÓ BÍ THƯ THƯỜNG TRỰC", "5: Rah Lan Chung"],
    ],
    [
      "(stays) a closing fragment far from where the note opened",
      wrapped(["- Ban Bí thư Trung ương Đảng,        (để                           PHÓ BÍ THƯ THƯỜNG TRỰC", "- Văn phòng TW Đảng,   báo cáo)", "- Các đồng chí Tỉnh ủy viên,"]),
      ["1: Nơi nhận:", "2: - Ban Bí thư Trung ương Đảng, (để", "3: - Văn phòng TW Đảng, báo cáo)", "4: - Các đồng chí Tỉnh ủy viên,", "5: - Lưu Văn phòng Tỉnh ủy.", "1: T/M BAN THƯỜNG VỤ", "2: PHÓ BÍ THƯ THƯỜNG TRỰC", "5: Rah Lan Chung"],
    ],
  ])("footer, a wrapped note: %s", (_name, input, expected) => {
    expect(plain(input)).toEqual(expected);
  });

  // the Nơi nhận list's small type takes more columns than its cell is wide: a long entry (or its
  // continuation) crosses the edge found from the signer's rows and is still left-cell text
  const LONG_ENTRY = "- Các sở, ban, ngành, đoàn thể cấp tỉnh và các cơ quan Trung ương";
  it.each([
    [
      "a long entry and its continuation",
      ["Nơi nhận:                                        TM. ỦY BAN NHÂN DÂN", "- Như Điều 3;                                          CHỦ TỊCH", LONG_ENTRY, "đóng trên địa bàn tỉnh;", "- Lưu: VT, NNMT.                                 Nguyễn Văn Hùng"],
      ["1: Nơi nhận:", "2: - Như Điều 3;", `3: ${LONG_ENTRY}`, "4: đóng trên địa bàn tỉnh;", "5: - Lưu: VT, NNMT.", "1: TM. ỦY BAN NHÂN DÂN", "2: CHỦ TỊCH", "5: Nguyễn Văn Hùng"],
    ],
    [
      "a long entry with the signer's name on its row",
      ["Nơi nhận:                                        TM. ỦY BAN NHÂN DÂN", "- Như Điều 3;                                          CHỦ TỊCH", `${LONG_ENTRY}        Nguyễn Văn Hùng`],
      ["1: Nơi nhận:", "2: - Như Điều 3;", `3: ${LONG_ENTRY}`, "1: TM. ỦY BAN NHÂN DÂN", "2: CHỦ TỊCH", "3: Nguyễn Văn Hùng"],
    ],
    [
      "(stays) a header region ends at a long dash item",
      ["ỦY BAN NHÂN DÂN                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH ĐẮK LẮK                          Độc lập - Tự do - Hạnh phúc", LONG_ENTRY],
      ["1: ỦY BAN NHÂN DÂN", "2: TỈNH ĐẮK LẮK", "1: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "2: Độc lập - Tự do - Hạnh phúc", `3: ${LONG_ENTRY}`],
    ],
    [
      "(stays) a footer region ends at a long line of prose",
      ["Nơi nhận:                                        TM. ỦY BAN NHÂN DÂN", "- Như Điều 3;                                          CHỦ TỊCH", "Các sở, ban, ngành, đoàn thể cấp tỉnh và các cơ quan Trung ương      x"],
      ["1: Nơi nhận:", "2: - Như Điều 3;", "1: TM. ỦY BAN NHÂN DÂN", "2: CHỦ TỊCH", "3: Các sở, ban, ngành, đoàn thể cấp tỉnh và các cơ quan Trung ương x"],
    ],
  ])("footer: %s", (_name, rows, expected) => {
    expect(plain(rows.join("\n"))).toEqual(expected);
  });

  // a document printed before it is numbered and dated (NĐ 30 allows it): the blank in "Số:      /…"
  // is a gap inside the left cell, not the column edge
  it.each([
    [
      "a number left blank on the place-date's row",
      ["     ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "     TỈNH LAI CHÂU                      Độc lập - Tự do - Hạnh phúc", "", "   Số:      /QĐ-UBND                 Lai Châu, ngày      tháng     năm 2025"],
      ["1: ỦY BAN NHÂN DÂN", "2: TỈNH LAI CHÂU", "1: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "2: Độc lập - Tự do - Hạnh phúc", "4: Số: /QĐ-UBND", "4: Lai Châu, ngày tháng năm 2025"],
    ],
    [
      "a number left blank under a short issuer",
      ["  BỘ Y TẾ                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "                                 Độc lập - Tự do - Hạnh phúc", "Số:       /BYT-KCB           Hà Nội, ngày      tháng    năm 2025"],
      ["1: BỘ Y TẾ", "3: Số: /BYT-KCB", "1: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "2: Độc lập - Tự do - Hạnh phúc", "3: Hà Nội, ngày tháng năm 2025"],
    ],
    [
      "(stays) a number and date filled in",
      ["  BỘ Y TẾ                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "                                 Độc lập - Tự do - Hạnh phúc", "Số: 125/BYT-KCB              Hà Nội, ngày 12 tháng 3 năm 2025"],
      ["1: BỘ Y TẾ", "3: Số: 125/BYT-KCB", "1: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "2: Độc lập - Tự do - Hạnh phúc", "3: Hà Nội, ngày 12 tháng 3 năm 2025"],
    ],
  ])("header: %s", (_name, rows, expected) => {
    expect(plain(rows.join("\n"))).toEqual(expected);
  });

  it.each([
    ["justified prose", "     Thực hiện chỉ đạo của Thường trực Ban Bí thư Trung ương Đảng tại Điện\nngày 21/7/2021, Ban Thường vụ Tỉnh ủy tổ chức Kỳ họp chuyên đề ngày"],
    ["a wide gap before no column keyword", "Tổng cộng                      12 đơn vị"],
    ["a right-only line", "                                                Độc lập - Tự do - Hạnh phúc"],
  ])("leaves %s alone", (_name, input) => {
    expect(plain(input)).toEqual(input.split("\n").map((t, i) => `${i + 1}: ${t.trim().replace(/ +/g, " ")}`));
  });

  it("ends a region at the first line that runs across the column edge", () => {
    const text = "Nơi nhận:                  KT. CHỦ TỊCH\n- Như trên;\nVăn phòng thông báo để các đơn vị biết và thực hiện theo đúng quy định hiện hành.";
    expect(plain(text)).toEqual(["1: Nơi nhận:", "2: - Như trên;", "1: KT. CHỦ TỊCH", "3: Văn phòng thông báo để các đơn vị biết và thực hiện theo đúng quy định hiện hành."]);
  });

  it("does not split markdown input", () => {
    expect(unfolded("Số: 4390/UBND-NLN        Lào Cai, ngày 27 tháng 5 năm 2026", "markdown")).toEqual(["1: Số: 4390/UBND-NLN Lào Cai, ngày 27 tháng 5 năm 2026"]);
  });
});

describe("pdftotext -layout: a long entry run up to the signer's column, two spaces before its part", () => {
  const footer = (row: string) =>
    ["Nơi nhận:                              T/L BAN THƯỜNG VỤ", row, "- Lưu Văn phòng Tỉnh ủy.", "", "                                       Nguyễn Văn Hùng"].join("\n");
  it.each([
    // must change: a signer's part (a title in capitals, a mark) after two spaces right of the edge is cut off
    ["- Các đồng chí Ủy viên Ban Thường vụ,  CHÁNH VĂN PHÒNG", "2: - Các đồng chí Ủy viên Ban Thường vụ,", "2: CHÁNH VĂN PHÒNG"],
    ["- Các đồng chí Ủy viên Ban Thường vụ,  PHÓ BÍ THƯ", "2: - Các đồng chí Ủy viên Ban Thường vụ,", "2: PHÓ BÍ THƯ"],
    ["- Các ban, sở, ngành, đoàn thể cấp tỉnh,  KT. CHỦ TỊCH", "2: - Các ban, sở, ngành, đoàn thể cấp tỉnh,", "2: KT. CHỦ TỊCH"],
    // must stay: text after two spaces that is no signer's part is the entry's own
    ["- Các đồng chí Ủy viên Ban Thường vụ,  Tỉnh ủy viên;", "2: - Các đồng chí Ủy viên Ban Thường vụ, Tỉnh ủy viên;", null],
    ["- UBND, HĐND  TP Bắc Ninh;", "2: - UBND, HĐND TP Bắc Ninh;", null],
  ])("%s", (row, left, right) => {
    const lines = plain(footer(row));
    expect(lines).toContain(left);
    if (right) expect(lines).toContain(right);
    else expect(lines.filter((l) => l.startsWith("2: "))).toEqual([left]);
  });
});

describe("Word tables saved as plain text: cells separated by a tab", () => {
  it("reads a header of tab-separated rows column by column", () => {
    const text = [
      "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "TỈNH QUẢNG BÌNH\tĐộc lập - Tự do - Hạnh phúc",
      "Số: 1187/QĐ-UBND\tQuảng Bình, ngày 16 tháng 5 năm 2025",
      "QUYẾT ĐỊNH",
    ].join("\n");
    expect(plain(text)).toEqual([
      "1: ỦY BAN NHÂN DÂN",
      "2: TỈNH QUẢNG BÌNH",
      "3: Số: 1187/QĐ-UBND",
      "1: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "2: Độc lập - Tự do - Hạnh phúc",
      "3: Quảng Bình, ngày 16 tháng 5 năm 2025",
      "4: QUYẾT ĐỊNH",
    ]);
  });

  it("reads a footer: empty cells, a row of empty cells, list entries without a tab between rows", () => {
    const text = [
      "Nơi nhận:\tKT. CHỦ TỊCH",
      "- Như Điều 3;\tPHÓ CHỦ TỊCH",
      "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);",
      "- Lưu: VT, NNMT.\t",
      "\t",
      "\tNguyễn Văn Hùng",
    ].join("\n");
    expect(plain(text)).toEqual([
      "1: Nơi nhận:",
      "2: - Như Điều 3;",
      "3: - TT Tỉnh ủy, TT HĐND tỉnh (b/c);",
      "4: - Lưu: VT, NNMT.",
      "1: KT. CHỦ TỊCH",
      "2: PHÓ CHỦ TỊCH",
      "6: Nguyễn Văn Hùng",
    ]);
  });

  it("takes the tab after a list marker for the item's, not the cell gap", () => {
    const text = "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN\n-\tNhư trên;\tCHỦ TỊCH\n-\tLưu: VT.\t";
    expect(plain(text)).toEqual(["1: Nơi nhận:", "2: - Như trên;", "3: - Lưu: VT.", "1: TM. ỦY BAN NHÂN DÂN", "2: CHỦ TỊCH"]);
  });

  it.each([
    ["Symbol bullet", "·"],
    ["Symbol bullet, private-use code", "\uf0b7"],
    ["Wingdings square", "§"],
    ["Wingdings arrow", "Ø"],
    ["Wingdings check mark", "ü"],
  ])("takes the tab after Word's list glyph (%s) for the item's, not the cell gap", (_name, glyph) => {
    const text = `Nơi nhận:\tTM. BAN THƯỜNG VỤ\n${glyph}\tTW Hội NDVN (b/c);\tKT. CHỦ TỊCH\n${glyph}\tHội ND các xã, phường;\t\n${glyph}\tLưu: VT, KT-XH.\t`;
    expect(plain(text)).toEqual([
      "1: Nơi nhận:",
      "2: - TW Hội NDVN (b/c);",
      "3: - Hội ND các xã, phường;",
      "4: - Lưu: VT, KT-XH.",
      "1: TM. BAN THƯỜNG VỤ",
      "2: KT. CHỦ TỊCH",
    ]);
  });

  it("keeps a cell's other paragraphs where they are (a cell of several paragraphs)", () => {
    const text = ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG BÌNH", "-------\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", "- Lưu: VT.\tKT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"].join("\n");
    expect(plain(text)).toEqual([
      "1: ỦY BAN NHÂN DÂN",
      "2: TỈNH QUẢNG BÌNH",
      "3: -------",
      "3: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "4: Độc lập - Tự do - Hạnh phúc",
      "6: - Lưu: VT.",
      "6: KT. CHỦ TỊCH",
      "7: PHÓ CHỦ TỊCH",
    ]);
  });

  it("ends a region at prose, so the body between header and footer stays out of it", () => {
    const text = "Số: 12/UBND-VX\tHà Nội, ngày 2 tháng 3 năm 2025\nKính gửi: Sở Y tế.\nĐề nghị Sở Y tế báo cáo.\nNơi nhận:\tCHỦ TỊCH";
    expect(plain(text)).toEqual(["1: Số: 12/UBND-VX", "1: Hà Nội, ngày 2 tháng 3 năm 2025", "2: Kính gửi: Sở Y tế.", "3: Đề nghị Sở Y tế báo cáo.", "4: Nơi nhận:", "4: CHỦ TỊCH"]);
  });

  it("runs a Nơi nhận region over entries that lost their row's tab and the name after the blank signing space", () => {
    const text = ["Nơi nhận:\tGIÁM ĐỐC", "- Như thành phần mời;", "- Lưu: VT, CCTL.", "", "", "\tPhạm Văn Hóa"].join("\n");
    expect(plain(text)).toEqual(["1: Nơi nhận:", "2: - Như thành phần mời;", "3: - Lưu: VT, CCTL.", "1: GIÁM ĐỐC", "6: Phạm Văn Hóa"]);
  });

  it.each([
    ["GIÁM ĐỐC", "- Lưu: VT.\tGIÁM ĐỐC"],
    ["BỘ TRƯỞNG, CHỦ NHIỆM", "- Lưu: VT.\tBỘ TRƯỞNG, CHỦ NHIỆM"],
    ["CHÁNH VĂN PHÒNG", "- Lưu: VT.\tCHÁNH VĂN PHÒNG"],
    ["PHÓ CỤC TRƯỞNG", "- Lưu: VT.\tPHÓ CỤC TRƯỞNG"],
    ["GIÁM ĐỐC", "- Lưu: VT.          GIÁM ĐỐC"],
  ])("takes a head's bare title (%s) after a tab for a right cell", (title, row) => {
    expect(plain(row)).toEqual(["1: - Lưu: VT.", `1: ${title}`]);
  });

  it.each([
    ["a header region: a line after its blank", ["Số: 12/UBND\tHà Nội, ngày 2 tháng 3 năm 2025", "", "\tKính gửi: Sở Y tế."], ["1: Số: 12/UBND", "1: Hà Nội, ngày 2 tháng 3 năm 2025", "3: Kính gửi: Sở Y tế."]],
    ["a footer: prose after the blank, not a row", ["Nơi nhận:\tGIÁM ĐỐC", "- Như trên;", "", "Phạm Văn Hóa"], ["1: Nơi nhận:", "2: - Như trên;", "1: GIÁM ĐỐC", "4: Phạm Văn Hóa"]],
    ["a title that goes on in a body's words", ["Ủy ban nhân dân tỉnh\tGIÁM ĐỐC SỞ Y TẾ"], ["1: Ủy ban nhân dân tỉnh GIÁM ĐỐC SỞ Y TẾ"]],
    ["a table row that ends in a title", ["1\tNguyễn Văn An\tGIÁM ĐỐC"], ["1: 1 Nguyễn Văn An GIÁM ĐỐC"]],
    ["a pdftotext table row that ends in a title", ["1      Nguyễn Văn An        GIÁM ĐỐC"], ["1: 1 Nguyễn Văn An GIÁM ĐỐC"]],
  ])("does not stretch: %s", (_name, rows, expected) => {
    expect(plain(rows.join("\n"))).toEqual(expected);
  });

  it.each([
    ["a tab after a list marker", "k)\tTrường hợp cử tri đã được ghi tên"],
    ["a tab after an article's number", "Điều 1.\tCHỦ TỊCH Ủy ban nhân dân các huyện chịu trách nhiệm"],
    ["a stamp row without a column keyword", "ĐẾN\tNgày: 24/9/2021"],
    ["stray trailing tabs", "Ban Thường trực Ủy ban MTTQ Việt Nam xã\t\t"],
  ])("leaves %s alone", (_name, input) => {
    expect(plain(input)).toEqual([`1: ${input.replace(/\s+/g, " ").trim()}`]);
  });
});

describe("pdftotext -layout: two signer blocks side by side (a joint document)", () => {
  const BLOCKS = ["KT. GIÁM ĐỐC SỞ Y TẾ                         KT. GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO", "PHÓ GIÁM ĐỐC                                 PHÓ GIÁM ĐỐC"];
  it.each([
    // must change: the names' row after the blank signing space was left whole, after both blocks
    ["the names under the signing space", [...BLOCKS, "", "", "", "Phạm Thị Lan                                 Đỗ Minh Khoa"],
      ["1: KT. GIÁM ĐỐC SỞ Y TẾ", "2: PHÓ GIÁM ĐỐC", "6: Phạm Thị Lan", "1: KT. GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO", "2: PHÓ GIÁM ĐỐC", "6: Đỗ Minh Khoa"]],
    // must change: a Nơi nhận under both blocks is no left-cell text of theirs
    ["the Nơi nhận under both blocks", [...BLOCKS, "Phạm Thị Lan                                 Đỗ Minh Khoa", "Nơi nhận:", "- UBND tỉnh;"],
      ["1: KT. GIÁM ĐỐC SỞ Y TẾ", "2: PHÓ GIÁM ĐỐC", "3: Phạm Thị Lan", "1: KT. GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO", "2: PHÓ GIÁM ĐỐC", "3: Đỗ Minh Khoa", "4: Nơi nhận:", "5: - UBND tỉnh;"]],
    // must stay: one signer beside the Nơi nhận; the name alone under the signing space
    ["one signer", ["Nơi nhận:                                   KT. GIÁM ĐỐC", "- Như trên;                                 PHÓ GIÁM ĐỐC", "", "", "                                            Phạm Thị Lan"],
      ["1: Nơi nhận:", "2: - Như trên;", "1: KT. GIÁM ĐỐC", "2: PHÓ GIÁM ĐỐC", "5: Phạm Thị Lan"]],
    // must stay: after the signing space a line that is not a pair of cells ends the region
    ["a line across the edge after the blocks", [...BLOCKS, "", "Phạm Thị Lan", "PHỤ LỤC KÈM THEO"],
      ["1: KT. GIÁM ĐỐC SỞ Y TẾ", "2: PHÓ GIÁM ĐỐC", "1: KT. GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO", "2: PHÓ GIÁM ĐỐC", "4: Phạm Thị Lan", "5: PHỤ LỤC KÈM THEO"]],
  ])("%s", (_, lines, expected) => {
    expect(plain(lines.join("\n"))).toEqual(expected);
  });
});

describe("Word tabs: two signer blocks side by side, the Nơi nhận under them (a joint document)", () => {
  const BLOCKS = ["KT. BỘ TRƯỞNG BỘ NỘI VỤ\tKT. BỘ TRƯỞNG BỘ CÔNG THƯƠNG", "THỨ TRƯỞNG\tTHỨ TRƯỞNG", "\t", "\t", "Vũ Chiến Thắng\tPhan Thị Thắng", "\t"];
  it.each([
    // must change: the Nơi nhận rows (holding tabs) were read as the blocks' table, the second signer after them
    ["the Nơi nhận with trailing tabs", [...BLOCKS, "Nơi nhận:\t", "- Văn phòng Chính phủ;\t", "- Lưu: VT BCT, VT BNV.\t"],
      ["1: KT. BỘ TRƯỞNG BỘ NỘI VỤ", "2: THỨ TRƯỞNG", "5: Vũ Chiến Thắng", "1: KT. BỘ TRƯỞNG BỘ CÔNG THƯƠNG", "2: THỨ TRƯỞNG", "5: Phan Thị Thắng", "7: Nơi nhận:", "8: - Văn phòng Chính phủ;", "9: - Lưu: VT BCT, VT BNV."]],
    ["TM. marks, a list entry without its tab", ["TM. ỦY BAN NHÂN DÂN\tTM. BAN THƯỜNG TRỰC", "CHỦ TỊCH\tCHỦ TỊCH", "\t", "Nguyễn Văn A\tTrần Thị B", "Nơi nhận:\t", "- Như trên;"],
      ["1: TM. ỦY BAN NHÂN DÂN", "2: CHỦ TỊCH", "4: Nguyễn Văn A", "1: TM. BAN THƯỜNG TRỰC", "2: CHỦ TỊCH", "4: Trần Thị B", "5: Nơi nhận:", "6: - Như trên;"]],
  ])("%s", (_, lines, expected) => {
    expect(plain(lines.join("\n"))).toEqual(expected);
  });

  it("must stay: one signer beside the Nơi nhận, the list under it in the left cell", () => {
    const text = ["Nơi nhận:\tKT. CHỦ TỊCH", "- Như Điều 3;\tPHÓ CHỦ TỊCH", "- Lưu: VT.\t", "\t", "\tNguyễn Văn Hùng"].join("\n");
    expect(plain(text)).toEqual(["1: Nơi nhận:", "2: - Như Điều 3;", "3: - Lưu: VT.", "1: KT. CHỦ TỊCH", "2: PHÓ CHỦ TỊCH", "5: Nguyễn Văn Hùng"]);
  });
});

// pdftotext -layout sets the Nơi nhận list (11–12 pt) and the signer's block (13–14 pt) at different
// line pitches: a blank line falls between most footer rows, and the signer's mark may stand a row
// above or below "Nơi nhận" (LibreOffice PDFs, probe 12 F1 / F2a)
describe("pdftotext -layout footer rows a blank line apart", () => {
  it.each([
    [
      "a blank line between every row",
      ["Nơi nhận:                KT. GIÁM ĐỐC", "", "- Như trên;             PHÓ GIÁM ĐỐC", "", "- UBND tỉnh (để b/c);", "", "- Giám đốc Sở;", "", "- Lưu: VT, TL.          Hoàng Văn Thắng", ""],
      ["1: Nơi nhận:", "3: - Như trên;", "5: - UBND tỉnh (để b/c);", "7: - Giám đốc Sở;", "9: - Lưu: VT, TL.", "1: KT. GIÁM ĐỐC", "3: PHÓ GIÁM ĐỐC", "9: Hoàng Văn Thắng"],
    ],
    [
      "an unmarked head, the name on the Lưu row",
      ["Nơi nhận:                                 CHỦ TỊCH", "", "- Như Điều 3;", "", "- Chủ tịch, các PCT UBND tỉnh;", "", "- Lưu: VT, KT.                        Phạm Quang Ngọc"],
      ["1: Nơi nhận:", "3: - Như Điều 3;", "5: - Chủ tịch, các PCT UBND tỉnh;", "7: - Lưu: VT, KT.", "1: CHỦ TỊCH", "7: Phạm Quang Ngọc"],
    ],
    [
      "the mark a row above Nơi nhận, every right line alone on its row",
      ["                                                       T/M BAN THƯỜNG VỤ", "Nơi nhận:", "                                                            BÍ THƯ", "- Ban Bí thư Trung ương Đảng (để b/c),", "", "- Các đảng ủy trực thuộc Tỉnh ủy,", "", "- Lưu Văn phòng Tỉnh ủy.", "                                                        Đặng Xuân Phong"],
      ["2: Nơi nhận:", "4: - Ban Bí thư Trung ương Đảng (để b/c),", "6: - Các đảng ủy trực thuộc Tỉnh ủy,", "8: - Lưu Văn phòng Tỉnh ủy.", "1: T/M BAN THƯỜNG VỤ", "3: BÍ THƯ", "9: Đặng Xuân Phong"],
    ],
    [
      "the mark above, a position wider than the mark",
      ["                                               TL. GIÁM ĐỐC", "Nơi nhận:", "                                    TRƯỞNG PHÒNG QUẢN LÝ NGÂN SÁCH", "- Như thành phần mời;", "", "- Giám đốc Sở (để b/c);", "", "- Lưu: VT, QLNS.", "                                              Võ Thị Diệu Linh"],
      ["2: Nơi nhận:", "4: - Như thành phần mời;", "6: - Giám đốc Sở (để b/c);", "8: - Lưu: VT, QLNS.", "1: TL. GIÁM ĐỐC", "3: TRƯỞNG PHÒNG QUẢN LÝ NGÂN SÁCH", "9: Võ Thị Diệu Linh"],
    ],
    [
      "the mark a row below Nơi nhận",
      ["Nơi nhận:", "                                      KT. CHỦ TỊCH", "- Bộ Y tế (b/c);", "                                      PHÓ CHỦ TỊCH", "- TT Tỉnh ủy, TT HĐND tỉnh;", "", "- Các sở, ban, ngành;", "                                     Đặng Xuân Trường", "- Lưu: VT, KGVX."],
      ["1: Nơi nhận:", "3: - Bộ Y tế (b/c);", "5: - TT Tỉnh ủy, TT HĐND tỉnh;", "7: - Các sở, ban, ngành;", "9: - Lưu: VT, KGVX.", "2: KT. CHỦ TỊCH", "4: PHÓ CHỦ TỊCH", "8: Đặng Xuân Trường"],
    ],
    [
      "(stays) a title centred after the footer's blank line is not the signer's",
      ["Nơi nhận:                KT. GIÁM ĐỐC", "- Như trên;             PHÓ GIÁM ĐỐC", "- Lưu: VT, TL.          Hoàng Văn Thắng", "", "                              PHỤ LỤC", "", "                           KẾ HOẠCH CHI TIẾT"],
      ["1: Nơi nhận:", "2: - Như trên;", "3: - Lưu: VT, TL.", "1: KT. GIÁM ĐỐC", "2: PHÓ GIÁM ĐỐC", "3: Hoàng Văn Thắng", "5: PHỤ LỤC", "7: KẾ HOẠCH CHI TIẾT"],
    ],
    [
      "(stays) a title in capitals after the signer's name",
      ["Nơi nhận:                KT. GIÁM ĐỐC", "", "- Như trên;             PHÓ GIÁM ĐỐC", "", "- Lưu: VT, TL.          Hoàng Văn Thắng", "", "                         TỔNG HỢP Ý KIẾN GÓP Ý"],
      ["1: Nơi nhận:", "3: - Như trên;", "5: - Lưu: VT, TL.", "1: KT. GIÁM ĐỐC", "3: PHÓ GIÁM ĐỐC", "5: Hoàng Văn Thắng", "7: TỔNG HỢP Ý KIẾN GÓP Ý"],
    ],
    [
      "(stays) prose after the footer's blank line",
      ["Nơi nhận:                KT. GIÁM ĐỐC", "- Như trên;             PHÓ GIÁM ĐỐC", "", "Văn bản này thay thế Công văn số 12/STC-QLNS."],
      ["1: Nơi nhận:", "2: - Như trên;", "1: KT. GIÁM ĐỐC", "2: PHÓ GIÁM ĐỐC", "4: Văn bản này thay thế Công văn số 12/STC-QLNS."],
    ],
    [
      "(stays) a header region still ends at its blank line",
      ["ỦY BAN NHÂN DÂN                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH ĐẮK LẮK                          Độc lập - Tự do - Hạnh phúc", "", "- Căn cứ Luật Tổ chức chính quyền địa phương;"],
      ["1: ỦY BAN NHÂN DÂN", "2: TỈNH ĐẮK LẮK", "1: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "2: Độc lập - Tự do - Hạnh phúc", "4: - Căn cứ Luật Tổ chức chính quyền địa phương;"],
    ],
    [
      "(stays) a mark alone, not beside Nơi nhận",
      ["                                              KT. GIÁM ĐỐC", "Đề nghị các đơn vị thực hiện nghiêm túc."],
      ["1: KT. GIÁM ĐỐC", "2: Đề nghị các đơn vị thực hiện nghiêm túc."],
    ],
  ])("%s", (_name, rows, expected) => {
    expect(plain(rows.join("\n"))).toEqual(expected);
  });
});

// whole documents through LibreOffice → PDF → `pdftotext -layout` (probe12: the footer's rows a blank line apart,
// the mark a row above or below "Nơi nhận"): the footer read as NĐ 30 lays it out
describe("pdftotext -layout footers of real PDFs (probe12)", () => {
  const fieldsOf = (lines: readonly string[]) => {
    const doc = parse(lines.join("\n"), { path: "x.txt" }).documents[0];
    return { recipients: doc.recipients.map((r) => r.text), archive: doc.archive, signatures: doc.signatures.map((s) => [s.authority.map((a) => `${a.mark} ${a.office}`), s.position, s.name]), appendices: doc.appendices.length };
  };
  it.each([
    ["01-cv-sonnmt-quangtri", ["    UBND TỈNH QUẢNG TRỊ                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "    SỞ NÔNG NGHIỆP VÀ MÔI                       Độc lập - Tự do - Hạnh phúc", "           TRƯỜNG", "", "       Số: 1842/SNNMT-TL", "                                          Quảng Trị, ngày 14 tháng 10 năm 2025", "V/v chủ động ứng phó mưa lũ và", "bảo đảm an toàn hồ chứa thủy lợi", "", "Kính gửi:", "- Ủy ban nhân dân các xã, phường;", "- Công ty TNHH MTV Quản lý khai thác công trình thủy lợi Quảng Trị;", "- Chi cục Thủy lợi.", "Thực hiện Công điện số 18/CĐ-UBND ngày 12/10/2025 của Ủy ban nhân dân tỉnh về", "việc chủ động ứng phó với mưa lớn, lũ, ngập lụt, Sở Nông nghiệp và Môi trường đề", "nghị các cơ quan, đơn vị triển khai ngay các nội dung sau:", "1. Ủy ban nhân dân các xã, phường chỉ đạo kiểm tra, rà soát các hồ chứa nhỏ do xã", "quản lý; bố trí lực lượng trực 24/24 giờ tại các hồ xung yếu; báo cáo kết quả về Sở", "Nông nghiệp và Môi trường trước 16 giờ ngày 17/10/2025.", "2. Công ty TNHH MTV Quản lý khai thác công trình thủy lợi Quảng Trị vận hành các", "hồ chứa đúng quy trình được phê duyệt; thông báo kế hoạch xả lũ cho chính quyền", "địa phương vùng hạ du trước ít nhất 04 giờ.", "3. Giao Chi cục Thủy lợi chủ trì, phối hợp với Công ty TNHH MTV Quản lý khai thác", "công trình thủy lợi Quảng Trị tổ chức kiểm tra hiện trường các hồ Ái Tử, Trúc Kinh,", "La Ngà trong ngày 15/10/2025; tổng hợp tình hình, báo cáo Giám đốc Sở hằng ngày.", "Đề nghị các cơ quan, đơn vị khẩn trương triển khai thực hiện./.", "Nơi nhận:                KT. GIÁM ĐỐC", "", "- Như trên;             PHÓ GIÁM ĐỐC", "", "- UBND tỉnh (để b/c);", "", "- Giám đốc Sở;", "", "- Lưu: VT, TL.          Hoàng Văn Thắng", "\f"],
      { recipients: ["Như trên", "UBND tỉnh", "Giám đốc Sở"], archive: ["VT", "TL"], signatures: [[["KT GIÁM ĐỐC"], "PHÓ GIÁM ĐỐC", "Hoàng Văn Thắng"]], appendices: 0 }],
    ["05-qd-chutich-ubnd-tinh", ["  ỦY BAN NHÂN DÂN           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "", "    TỈNH NINH BÌNH                Độc lập - Tự do - Hạnh phúc", "", "  Số: 2156/QĐ-UBND           Ninh Bình, ngày 22 tháng 9 năm 2025", "", "                                     QUYẾT ĐỊNH", "", "   Về việc thành lập Tổ công tác rà soát, xử lý vướng mắc các dự án đầu tư", "                              ngoài ngân sách", "", "                 CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH BÌNH", "", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;", "Căn cứ Luật Đầu tư ngày 17 tháng 6 năm 2020;", "Theo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 905/TTr-STC ngày 15 tháng 9", "năm 2025.", "                                    QUYẾT ĐỊNH:", "", "Điều 1. Thành lập Tổ công tác rà soát, xử lý vướng mắc các dự án đầu tư ngoài ngân", "sách trên địa bàn tỉnh (sau đây gọi là Tổ công tác), gồm các thành viên sau:", "1. Ông Trần Quốc Bảo, Phó Chủ tịch UBND tỉnh - Tổ trưởng;", "2. Ông Đinh Văn Hùng, Giám đốc Sở Tài chính - Tổ phó thường trực;", "3. Bà Phạm Thu Trang, Phó Giám đốc Sở Nông nghiệp và Môi trường - Thành viên.", "Điều 2. Nhiệm vụ của Tổ công tác", "1. Rà soát toàn bộ các dự án chậm tiến độ, hoàn thành trước ngày 31/10/2025.", "2. Đề xuất Chủ tịch UBND tỉnh biện pháp xử lý đối với từng dự án; báo cáo kết quả", "trước ngày 30/11/2025.", "Sở Tài chính là cơ quan thường trực của Tổ công tác, có trách nhiệm bố trí kinh phí", "hoạt động từ nguồn ngân sách tỉnh năm 2025.", "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng UBND tỉnh, Giám", "đốc các Sở: Tài chính, Nông nghiệp và Môi trường; Chủ tịch UBND các xã, phường và", "các ông, bà có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.", "Nơi nhận:                                 CHỦ TỊCH", "", "- Như Điều 3;", "", "- Chủ tịch, các PCT UBND tỉnh;", "", "- Lưu: VT, KT.                        Phạm Quang Ngọc", "\f"],
      { recipients: ["Như Điều 3", "Chủ tịch, các PCT UBND tỉnh"], archive: ["VT", "KT"], signatures: [[[], "CHỦ TỊCH", "Phạm Quang Ngọc"]], appendices: 0 }],
    ["06-ct-ubnd-tinh-antoanthucpham", ["   ỦY BAN NHÂN DÂN            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "", "  TỈNH THÁI NGUYÊN                   Độc lập - Tự do - Hạnh phúc", "", "    Số: 09/CT-UBND            Thái Nguyên, ngày 03 tháng 12 năm 2025", "", "                                          CHỈ THỊ", "", "Về tăng cường bảo đảm an toàn thực phẩm dịp Tết Nguyên đán Bính Ngọ và", "                      mùa Lễ hội Xuân năm 2026", "", "Thời gian qua, công tác bảo đảm an toàn thực phẩm trên địa bàn tỉnh đã đạt được", "nhiều kết quả; tuy nhiên, tình trạng sản xuất, kinh doanh thực phẩm không bảo đảm", "an toàn vẫn còn diễn biến phức tạp.", "Để chủ động phòng ngừa ngộ độc thực phẩm, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:", "1. Sở Y tế chủ trì, phối hợp với Sở Công Thương, Sở Nông nghiệp và Môi trường", "thành lập các đoàn kiểm tra liên ngành, tổ chức kiểm tra từ ngày 15/12/2025 đến", "ngày 15/3/2026.", "2. Công an tỉnh chỉ đạo lực lượng chức năng tăng cường đấu tranh, xử lý nghiêm các", "hành vi vi phạm pháp luật về an toàn thực phẩm.", "3. Ủy ban nhân dân các xã, phường:", "a) Kiện toàn Ban Chỉ đạo liên ngành về an toàn thực phẩm cấp xã trước ngày", "20/12/2025;", "b) Tổ chức kiểm tra các cơ sở kinh doanh thức ăn đường phố trên địa bàn.", "4. Báo Thái Nguyên, Đài Phát thanh - Truyền hình tỉnh tăng cường thông tin, tuyên", "truyền về an toàn thực phẩm.", "Giám đốc các sở, Thủ trưởng các ban, ngành, Chủ tịch Ủy ban nhân dân các xã,", "phường nghiêm túc thực hiện Chỉ thị này; báo cáo kết quả về Sở Y tế trước ngày", "25/3/2026 để tổng hợp, báo cáo Ủy ban nhân dân tỉnh./.", "Nơi nhận:", "                                      KT. CHỦ TỊCH", "- Bộ Y tế (b/c);", "                                      PHÓ CHỦ TỊCH", "- TT Tỉnh ủy, TT HĐND tỉnh;", "", "- Các sở, ban, ngành;", "", "- UBND các xã, phường;", "                                     Đặng Xuân Trường", "- Lưu: VT, KGVX.", "\f"],
      { recipients: ["Bộ Y tế", "TT Tỉnh ủy, TT HĐND tỉnh", "Các sở, ban, ngành", "UBND các xã, phường"], archive: ["VT", "KGVX"], signatures: [[["KT CHỦ TỊCH"], "PHÓ CHỦ TỊCH", "Đặng Xuân Trường"]], appendices: 0 }],
    ["08-ct-tinhuy-laocai", ["ĐẢNG BỘ TỈNH LÀO CAI", "", "         TỈNH ỦY                         ĐẢNG CỘNG SẢN VIỆT NAM", "", "             *", "", "      Số 12-CT/TU               Lào Cai, ngày 08 tháng 01 năm 2026", "", "                                            CHỈ THỊ", "", " của Ban Thường vụ Tỉnh ủy về lãnh đạo cuộc bầu cử đại biểu Quốc hội khóa", "      XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031", "", "                                               -----", "", "Cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp", "nhiệm kỳ 2026 - 2031 được tổ chức vào ngày 15/3/2026. Để lãnh đạo cuộc bầu cử", "thành công, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng thực hiện tốt", "các nhiệm vụ sau:", "1. Các cấp ủy, tổ chức đảng tập trung lãnh đạo, chỉ đạo công tác bầu cử; xây dựng kế", "hoạch triển khai, hoàn thành trong tháng 01/2026.", "2. Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo Ủy ban bầu cử tỉnh hướng dẫn nghiệp", "vụ bầu cử cho các tổ bầu cử trước ngày 20/02/2026.", "3. Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc", "Việt Nam tỉnh hướng dẫn công tác tuyên truyền về cuộc bầu cử.", "4. Đảng ủy Công an tỉnh lãnh đạo bảo đảm an ninh, trật tự trước, trong và sau ngày", "bầu cử.", "5. Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện Chỉ thị; định kỳ báo cáo", "Thường trực Tỉnh ủy.", "Chỉ thị này được phổ biến đến chi bộ./.", "                                                       T/M BAN THƯỜNG VỤ", "Nơi nhận:", "                                                            BÍ THƯ", "- Ban Bí thư Trung ương Đảng (để b/c),", "", "- Các đảng ủy trực thuộc Tỉnh ủy,", "", "- Lưu Văn phòng Tỉnh ủy.", "                                                        Đặng Xuân Phong", "\f"],
      { recipients: ["Ban Bí thư Trung ương Đảng", "Các đảng ủy trực thuộc Tỉnh ủy"], archive: ["Văn phòng Tỉnh ủy"], signatures: [[["TM BAN THƯỜNG VỤ"], "BÍ THƯ", "Đặng Xuân Phong"]], appendices: 0 }],
  ])("%s", (_name, lines, expected) => {
    expect(fieldsOf(lines)).toEqual(expected);
  });
});

describe("a mark a row above Nơi nhận: the edge is found from the footer's own rows", () => {
  it("(stays) a title centred after the footer does not move the edge", () => {
    const rows = ["                                               TL. GIÁM ĐỐC", "Nơi nhận:", "                                    TRƯỞNG PHÒNG QUẢN LÝ NGÂN SÁCH", "- Như thành phần mời;", "", "- Lưu: VT, QLNS.", "                                              Võ Thị Diệu Linh", "", "                         PHỤ LỤC", "", "                   DANH SÁCH ĐẠI BIỂU THAM DỰ"];
    expect(plain(rows.join("\n"))).toEqual(["2: Nơi nhận:", "4: - Như thành phần mời;", "6: - Lưu: VT, QLNS.", "1: TL. GIÁM ĐỐC", "3: TRƯỞNG PHÒNG QUẢN LÝ NGÂN SÁCH", "7: Võ Thị Diệu Linh", "9: PHỤ LỤC", "11: DANH SÁCH ĐẠI BIỂU THAM DỰ"]);
  });
});

describe("documents joined with no break: the next header ends a footer region (probe18 F1)", () => {
  // tab cells (Word "Save as text") and pdftotext -layout columns of one footer, then the next document's header
  const TAB_FOOTER = ["Nơi nhận:\tKT. GIÁM ĐỐC", "- Như trên;\tPHÓ GIÁM ĐỐC", "- Lưu: VT, CCVC.", "", "\tNgô Thị Hương"];
  const SPACE_FOOTER = [
    "Nơi nhận:                                              KT. GIÁM ĐỐC",
    "- Như trên;                                            PHÓ GIÁM ĐỐC",
    "- Lưu: VT, CCVC.",
    "",
    "                                                       Ngô Thị Hương",
  ];
  const SIGNER = ["1: Nơi nhận:", "2: - Như trên;", "3: - Lưu: VT, CCVC.", "1: KT. GIÁM ĐỐC", "2: PHÓ GIÁM ĐỐC", "5: Ngô Thị Hương"];
  it.each([
    ["tab: the Quốc hiệu row", TAB_FOOTER, ["UBND TỈNH BẮC NINH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SỞ NỘI VỤ\tĐộc lập - Tự do - Hạnh phúc"],
      ["6: UBND TỈNH BẮC NINH", "7: SỞ NỘI VỤ", "6: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "7: Độc lập - Tự do - Hạnh phúc"]],
    ["tab: the Party motto row", TAB_FOOTER, ["ĐẢNG BỘ TỈNH BẮC NINH\tĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG ỦY XÃ TIÊN DU\t"],
      ["6: ĐẢNG BỘ TỈNH BẮC NINH", "7: ĐẢNG ỦY XÃ TIÊN DU", "6: ĐẢNG CỘNG SẢN VIỆT NAM"]],
    ["tab: a number row (the motto lost)", TAB_FOOTER, ["Số: 2230/SNV-VP\tBắc Ninh, ngày 04 tháng 12 năm 2025"],
      ["6: Số: 2230/SNV-VP", "6: Bắc Ninh, ngày 04 tháng 12 năm 2025"]],
    ["columns: the Quốc hiệu row", SPACE_FOOTER, ["    UBND TỈNH BẮC NINH                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "        SỞ NỘI VỤ                           Độc lập - Tự do - Hạnh phúc"],
      ["6: UBND TỈNH BẮC NINH", "7: SỞ NỘI VỤ", "6: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "7: Độc lập - Tự do - Hạnh phúc"]],
    ["columns: a number row", SPACE_FOOTER, ["  Số: 2230/SNV-VP                      Bắc Ninh, ngày 04 tháng 12 năm 2025"],
      ["6: Số: 2230/SNV-VP", "6: Bắc Ninh, ngày 04 tháng 12 năm 2025"]],
  ])("changes: %s after the signer's name opens a region of its own", (_name, footer, header, rest) => {
    expect(plain([...footer, ...header].join("\n"))).toEqual([...SIGNER, ...rest]);
  });

  it.each([
    // a list entry naming a body in capitals is a row of the list, not a header
    ["tab: an entry naming the Đoàn", ["Nơi nhận:\tBÍ THƯ", "- BCH ĐOÀN TNCS HỒ CHÍ MINH tỉnh;\t", "- Lưu: VP.\t", "", "\tNguyễn Văn An"],
      ["1: Nơi nhận:", "2: - BCH ĐOÀN TNCS HỒ CHÍ MINH tỉnh;", "3: - Lưu: VP.", "1: BÍ THƯ", "5: Nguyễn Văn An"]],
    ["columns: an entry naming the Party", ["Nơi nhận:                                       T/M BAN THƯỜNG VỤ", "- ĐẢNG CỘNG SẢN VIỆT NAM (b/c),                  BÍ THƯ", "- Lưu VP."],
      ["1: Nơi nhận:", "2: - ĐẢNG CỘNG SẢN VIỆT NAM (b/c),", "3: - Lưu VP.", "1: T/M BAN THƯỜNG VỤ", "2: BÍ THƯ"]],
    // a header region keeps its number row
    ["a header: the number row under the motto", ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 12/UBND\tHà Nội, ngày 2 tháng 3 năm 2025"],
      ["1: ỦY BAN NHÂN DÂN", "2: Số: 12/UBND", "1: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "2: Hà Nội, ngày 2 tháng 3 năm 2025"]],
  ])("stays: %s", (_name, rows, expected) => {
    expect(plain(rows.join("\n"))).toEqual(expected);
  });
});
