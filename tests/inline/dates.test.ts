import { describe, expect, it } from "vitest";
import { findDates, firstDate, parsePlaceDate } from "../../src/inline/dates.js";
import { joinRun, singleLineRun } from "../../src/text-run.js";

/** [text as printed, iso] of every date found in one line. */
const datesOf = (line: string, year?: number) =>
  findDates(singleLineRun(1, line), year === undefined ? {} : { year }).dates.map((d) =>
    d.yearInferred ? [d.text, d.iso, "inferred"] : [d.text, d.iso],
  );

describe("findDates", () => {
  it.each([
    ["Hà Nội, ngày 24 tháng 9 năm 2021", [["ngày 24 tháng 9 năm 2021", "2021-09-24"]]],
    ["KẾ HOẠCH SỐ 119-KH/TU NGÀY 18 THÁNG 12 NĂM 2019 CỦA", [["NGÀY 18 THÁNG 12 NĂM 2019", "2019-12-18"]]],
    ["Luật Bảo hiểm y tế ngày 13 tháng 6 năm 2014;", [["ngày 13 tháng 6 năm 2014", "2014-06-13"]]],
    ["Thông báo số 428-TB/TU, ngày 27/7/2021 kết luận", [["27/7/2021", "2021-07-27"]]],
    ["Ngày 20/9/2021, Ban Thường vụ Thành ủy họp", [["20/9/2021", "2021-09-20"]]],
    ["ngày 26/05/2021", [["26/05/2021", "2021-05-26"]]],
    ["sinh ngày 01-10-1997 tại", [["01-10-1997", "1997-10-01"]]],
    ["sinh ngày 01.10.1997 tại", [["01.10.1997", "1997-10-01"]]],
    ["ngày 21/ 9/2021", [["21/ 9/2021", "2021-09-21"]]],
    ["Hồi 17h00 ngày 14/9/2021, đồng chí", [["17h00 ngày 14/9/2021", "2021-09-14T17:00"]]],
    ["thực hiện từ 6h00 ngày 21/9/2021 theo", [["6h00 ngày 21/9/2021", "2021-09-21T06:00"]]],
    ["từ 18h00’ ngày 13/9/2021 đến 16h00’ ngày 14/9/2021", [
      ["18h00’ ngày 13/9/2021", "2021-09-13T18:00"],
      ["16h00’ ngày 14/9/2021", "2021-09-14T16:00"],
    ]],
    ["vào hồi 8 giờ 30 phút, ngày 20/9/2021", [["8 giờ 30 phút, ngày 20/9/2021", "2021-09-20T08:30"]]],
    ["Chậm nhất là 17 giờ 00 ngày 01 tháng 2 năm 2026, người", [["17 giờ 00 ngày 01 tháng 2 năm 2026", "2026-02-01T17:00"]]],
    ["Ngày ký: 21/09/2021 18:49:48 +07:00", [["21/09/2021 18:49:48 +07:00", "2021-09-21T18:49"]]],
    ["Ngày ký: 2026-06-15 17:34:34 +07:00", [["2026-06-15 17:34:34 +07:00", "2026-06-15T17:34"]]],
    ["sau ngày 15/9/2021 đến 21/9/2021 và", [["15/9/2021", "2021-09-15"], ["21/9/2021", "2021-09-21"]]],
    ["Công văn số 1033/PTM-SMEngày 15 tháng 4 năm 2009", [["ngày 15 tháng 4 năm 2009", "2009-04-15"]]],
    ["ngày 29/02/2020", [["29/02/2020", "2020-02-29"]]],
  ])("%s", (line, expected) => {
    expect(datesOf(line)).toEqual(expected);
  });

  it.each([
    ["ĐẾN Ngày: 20/9 về tăng cường", [["20/9", "2021-09-20", "inferred"]]],
    ["phấn đấu đến ngày 15/9 đảm bảo", [["15/9", "2021-09-15", "inferred"]]],
    ["từ 15/9 đến 21/9", [["15/9", "2021-09-15", "inferred"], ["21/9", "2021-09-21", "inferred"]]],
    ["trước ngày 15 tháng 6 và trước ngày 01 tháng 12", [
      ["ngày 15 tháng 6", "2021-06-15", "inferred"],
      ["ngày 01 tháng 12", "2021-12-01", "inferred"],
    ]],
    ["Hồi 17h00 20/9", [["17h00 20/9", "2021-09-20T17:00", "inferred"]]],
  ])("year-less, with the document's year: %s", (line, expected) => {
    expect(datesOf(line, 2021)).toEqual(expected);
  });

  it.each([
    ["Nghị định số 30/2020/NĐ-CP của Chính phủ"],
    ["xét nghiệm tầm soát 2-3 ngày/lần ở các điểm"],
    ["biểu quyết 100% (14/14/16 đồng chí có mặt)"],
    ["chiếm 1/5 số hộ"],
    ["trực 24/7 tại chốt"],
    ["trong tháng 7 năm 2021"],
    ["trong năm 2021"],
    ["Lai Châu, ngày    tháng    năm 2025"],
    ["ngày .... tháng .... năm ..."],
    ["hạn nộp trước ngày 30 tháng 11 hằng năm"],
    ["điện thoại 0912-345-678"],
    ["giá 1.250.000 đồng"],
    ["kế hoạch 5 năm (1981-1985)"],
    ["mã F14/9"],
    ["Ngày: 20/9 (no year given)"], // year-less dates need the document's year
    ["tại 2 hộ gia đình"],
  ])("not a date: %s", (line) => {
    expect(datesOf(line)).toEqual([]);
  });

  it("does not count a year-less form inside a full date twice", () => {
    expect(datesOf("ngày 24/7/2021", 2021)).toEqual([["24/7/2021", "2021-07-24"]]);
  });

  it.each([
    ["ngày 31/02/2021", "31/02/2021"],
    ["ngày 32 tháng 13", "ngày 32 tháng 13"],
    ["ngày 31 tháng 4 năm 2021", "ngày 31 tháng 4 năm 2021"],
    ["29/02/2021", "29/02/2021"],
  ])("invalid: %s", (line, text) => {
    const found = findDates(singleLineRun(7, line), { year: 2021 });
    expect(found.dates).toEqual([]);
    expect(found.invalid).toEqual([{ text, lines: [7, 7] }]);
  });

  it("gives the source lines of a date split over two lines", () => {
    const run = joinRun([
      [12, "V/v thực hiện Thông báo số 428-TB/TU,"],
      [13, "ngày 27/7/2021 kết luận của Thường trực"],
      [61, "Ngày ký: 21/09/2021"],
      [62, "18:49:48 +07:00"],
    ]);
    expect(findDates(run).dates).toEqual([
      { text: "27/7/2021", iso: "2021-07-27", lines: [13, 13] },
      { text: "21/09/2021 18:49:48 +07:00", iso: "2021-09-21T18:49", lines: [61, 62] },
    ]);
  });

  it("marks inferred years in the value", () => {
    expect(findDates(singleLineRun(3, "Ngày: 20/9"), { year: 2021 }).dates).toEqual([
      { text: "20/9", iso: "2021-09-20", yearInferred: true, lines: [3, 3] },
    ]);
  });
});

describe("parsePlaceDate", () => {
  const dated = (place: string, text: string, iso: string) => ({ place, date: { text, iso }, blank: false });

  it.each([
    ["Hà Nội, ngày 24 tháng 9 năm 2021", dated("Hà Nội", "ngày 24 tháng 9 năm 2021", "2021-09-24")],
    ["Q. Hai Bà Trưng, ngày 28 tháng 7 năm 2021", dated("Q. Hai Bà Trưng", "ngày 28 tháng 7 năm 2021", "2021-07-28")],
    ["*Q. Hai Bà Trưng, ngày 28 tháng 7 năm 2021*", dated("Q. Hai Bà Trưng", "ngày 28 tháng 7 năm 2021", "2021-07-28")],
    ["TP. Hồ Chí Minh, ngày 05 tháng 01 năm 2024", dated("TP. Hồ Chí Minh", "ngày 05 tháng 01 năm 2024", "2024-01-05")],
    ["Thành phố Hồ Chí Minh, ngày 05 tháng 01 năm 2024", dated("Thành phố Hồ Chí Minh", "ngày 05 tháng 01 năm 2024", "2024-01-05")],
    ["Lào Cai, ngày 27 tháng 5 năm 2026", dated("Lào Cai", "ngày 27 tháng 5 năm 2026", "2026-05-27")],
    ["Quận 1, ngày 02 tháng 3 năm 2022", dated("Quận 1", "ngày 02 tháng 3 năm 2022", "2022-03-02")],
    // a place name that ends in a unit number
    ["Q.3, ngày 20 tháng 10 năm 2024", dated("Q.3", "ngày 20 tháng 10 năm 2024", "2024-10-20")],
    ["Phường 12, ngày 20 tháng 10 năm 2024", dated("Phường 12", "ngày 20 tháng 10 năm 2024", "2024-10-20")],
    ["Đam Rông 1, ngày 20 tháng 10 năm 2025", dated("Đam Rông 1", "ngày 20 tháng 10 năm 2025", "2025-10-20")],
    ["* Đam Rông 1, ngày 20 tháng 10 năm 2025", dated("Đam Rông 1", "ngày 20 tháng 10 năm 2025", "2025-10-20")],
    ["Số: 86/UBND-VP Phường 1, ngày 20 tháng 10 năm 2025", dated("Phường 1", "ngày 20 tháng 10 năm 2025", "2025-10-20")],
    ["Số 86-QĐ/ĐU Bảo Lâm 3, ngày 2 tháng 7 năm 2025", dated("Bảo Lâm 3", "ngày 2 tháng 7 năm 2025", "2025-07-02")],
    ["Hà Nội, ngày 24/9/2021", dated("Hà Nội", "ngày 24/9/2021", "2021-09-24")],
    ["Hà Nội ngày 24 tháng 9 năm 2021", dated("Hà Nội", "ngày 24 tháng 9 năm 2021", "2021-09-24")],
    ["HÀ NỘI, NGÀY 24 THÁNG 9 NĂM 2021", dated("HÀ NỘI", "NGÀY 24 THÁNG 9 NĂM 2021", "2021-09-24")],
    ["H Nội, ngy 12 tháng 3 năm 2026", dated("H Nội", "ngy 12 tháng 3 năm 2026", "2026-03-12")],
    ["Hà Nội, ngay 12 thang 3 nam 2026", dated("Hà Nội", "ngay 12 thang 3 nam 2026", "2026-03-12")],
    // junk before the place (pdftotext columns, flattened headers)
    ["Số: 4390/UBND-NLN        Lào Cai, ngày 27 tháng 5 năm 2026", dated("Lào Cai", "ngày 27 tháng 5 năm 2026", "2026-05-27")],
    ["Số: 1056/QĐ-CT Tuyên Quang, ngày 16 tháng 8 năm 2010 QUYẾT ĐỊNH", dated("Tuyên Quang", "ngày 16 tháng 8 năm 2010", "2010-08-16")],
    ["ĐTN-VPĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày 29 tháng 10 năm 2013", dated("Hà Nội", "ngày 29 tháng 10 năm 2013", "2013-10-29")],
    ["| V/v quy định về quản trị | *Hà Nội, ngày 05 tháng 04 năm 2019*       |", dated("Hà Nội", "ngày 05 tháng 04 năm 2019", "2019-04-05")],
  ])("%s", (line, expected) => {
    expect(parsePlaceDate(line)).toEqual(expected);
  });

  it.each([
    ["Lai Châu, ngày    tháng    năm 2025", "Lai Châu"],
    ["Lương Minh, ngày    tháng    năm 2025", "Lương Minh"],
    ["Hà Nội, ngày ... tháng ... năm 20..", "Hà Nội"],
  ])("blank date: %s", (line, place) => {
    expect(parsePlaceDate(line)).toEqual({ place, date: null, blank: true });
  });

  it("an impossible date keeps the place", () => {
    expect(parsePlaceDate("Hà Nội, ngày 31 tháng 2 năm 2021")).toEqual({ place: "Hà Nội", date: null, blank: false });
  });

  it.each([
    ["Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;"],
    ["Ban Thường vụ Thành ủy họp ngày 26/5/2021, nghe Ban cán sự đảng"],
    ["…, ngày ... tháng... năm ..."],
    ["ngày 24 tháng 9 năm 2021"],
    ["Chủ nhật, ngày 01 tháng 02 năm 2026, Tiểu ban Nhân sự"],
    ["Hà Nội"],
    ["được tổ chức trong khoảng thời gian từ ngày 01 tháng 12 năm 2025"],
    ["Số: 10227/VP-KGVX"],
    // a number of another kind before the date
    ["Số 12, ngày 5 tháng 3 năm 2025 của Ủy ban nhân dân tỉnh"],
    ["3, ngày 5 tháng 3 năm 2025"],
    ["Điều 5, ngày 5 tháng 3 năm 2025"],
    ["Thực hiện Kế hoạch số 12, ngày 5/3/2025 của UBND tỉnh"],
    ["Lớp 1, ngày 15/9/2025"],
    ["Thứ 5, ngày 12 tháng 3 năm 2026"],
    ["Kỳ Họp Thứ 5, ngày 12 tháng 3 năm 2026"],
    ["Hội Nghị Lần 2, ngày 12 tháng 3 năm 2026"],
  ])("not a place-date line: %s", (line) => {
    expect(parsePlaceDate(line)).toBeNull();
  });
});

describe("firstDate", () => {
  it.each([
    ["ngày 31/02/2021 (sai), sau đó ngày 15/3/2021 và 20/4/2022", "2021-03-15"], // an impossible day is passed over
    ["từ 15/9 đến ngày 10 tháng 10 năm 2021", "2021-10-10"], // no year to give "15/9"
    ["không có ngày nào", null],
  ])("%s → %s, the first of findDates", (line, iso) => {
    const run = singleLineRun(1, line);
    expect(firstDate(run)?.iso ?? null).toBe(iso);
    expect(firstDate(run)).toEqual(findDates(run).dates[0] ?? null);
  });
});
