/** A hand-made, fully populated result: for the outline and for checking the schema accepts it. */
import type { Document, ParseResult } from "../../src/types.js";

export function doc(overrides: Partial<Document> = {}): Document {
  return {
    system: "state", motto: null, issuer: { parent: "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", name: "VĂN PHÒNG", lines: [1, 2] },
    number: { text: "Số: 10227/VP-KGVX", value: "10227/VP-KGVX", serial: 10227, year: null, typeCode: null, issuerCode: "VP-KGVX", lines: [3, 3] },
    place: "Hà Nội", date: { text: "ngày 21 tháng 9 năm 2021", iso: "2021-09-21", lines: [4, 4] },
    type: { name: "CÔNG VĂN", code: null }, priority: null, subject: "V/v tăng cường phòng, chống dịch",
    addressees: [{ text: "Sở Y tế", lines: [6, 6] }], preamble: null,
    clauses: [{
      marker: "1.", number: "1", heading: "Về ứng dụng công nghệ thông tin:", text: "Sở Thông tin và Truyền thông chủ trì", lines: [8, 9],
      items: [{ marker: "a)", number: "a", heading: null, text: "triển khai", items: [], tasks: [], lines: [10, 10] }],
      tasks: [{
        action: "chủ trì", lead: [{ text: "Sở TT&TT", normalized: "Sở Thông tin và Truyền thông" }], support: [],
        deadline: { text: "trước ngày 30/9/2021", kind: "date", iso: "2021-09-30", lines: [9, 9] }, reportTo: [{ text: "UBND TP", normalized: "Ủy ban nhân dân Thành phố" }], lines: [8, 9],
      }],
    }],
    closing: null, recipients: [{ text: "Như trên", purpose: null, lines: [12, 12] }, { text: "Chủ tịch UBND TP", purpose: "để báo cáo", lines: [13, 13] }],
    archive: ["VT", "KGVX"],
    signatures: [{ authority: [{ mark: "TL", text: "TL. CHỦ TỊCH", office: "CHỦ TỊCH" }, { mark: "KT", text: "KT. CHÁNH VĂN PHÒNG", office: "CHÁNH VĂN PHÒNG" }], position: "PHÓ CHÁNH VĂN PHÒNG", name: "Phạm Thị Thu Huyền", lines: [14, 18] }],
    references: [], dates: [],
    appendices: [{
      title: "KẾ HOẠCH", text: "1. Sở Y tế chủ trì.", lines: [19, 20],
      clauses: [{ marker: "1.", number: "1", heading: null, text: "Sở Y tế chủ trì.", items: [], tasks: [], lines: [20, 20] }],
    }],
    stamps: [], unclassified: [],
    tasks: [{ clause: "1", action: "chủ trì", lead: [{ text: "Sở TT&TT", normalized: "Sở Thông tin và Truyền thông" }], support: [], deadline: null, reportTo: [], lines: [8, 9] }],
    lines: [1, 18],
    ...overrides,
  };
}

export function result(documents: Document[]): ParseResult {
  return {
    schema: "directive-parse/1",
    source: { path: "cv.txt", bytes: 2048, sha256: "0", encoding: "utf-8", markup: "plain" },
    documents,
    diagnostics: [{ severity: "warning", code: "clause-numbering-gap", message: "clause 3 follows clause 1", lines: [11, 11] }],
  };
}
