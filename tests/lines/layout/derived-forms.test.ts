/**
 * The same document converted by Word/PDF tools (fixtures/derived, see SOURCES.md) parses to the
 * same header and footer as its original. Where a form cannot match, the accepted difference is
 * listed with its reason.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sniffMarkup, toLines, unfoldLayout } from "../../../src/lines/index.js";
import { parse } from "../../../src/parse.js";
import type { Document } from "../../../src/types.js";

type Fields = ReturnType<typeof fieldsOf>;

function fieldsOf(result: { documents: Document[] }) {
  const doc = result.documents[0];
  return {
    documents: result.documents.length,
    number: doc?.number?.value ?? null,
    date: doc?.date?.iso ?? null,
    place: doc?.place ?? null,
    type: doc?.type?.name ?? null,
    issuer: doc?.issuer ? [doc.issuer.parent, doc.issuer.name] : null,
    subject: doc?.subject ?? null,
    addressees: doc?.addressees.map((a) => a.text) ?? [],
    recipients: doc?.recipients.map((r) => r.text) ?? [],
    archive: doc?.archive ?? [],
    signatures: doc?.signatures.map((s) => ({ marks: s.authority.map((a) => `${a.mark} ${a.office}`), position: s.position, name: s.name })) ?? [],
    clauses: doc?.clauses.map((c) => c.number ?? c.marker) ?? [],
  };
}

const parsed = (path: string) => fieldsOf(parse(readFileSync(path), { path }));
const original = (stem: string) => parsed(stem.startsWith("0") ? `fixtures/seeds/${stem}.txt` : `fixtures/corpus/${stem}.txt`);

/** qd-btp-173-2015's original is a flattened web copy that parses imperfectly: what a careful reader extracts. */
const QD_BTP_173: Fields = {
  documents: 1,
  number: "173/QĐ-BTP",
  date: "2015-01-29",
  place: "Hà Nội",
  type: "QUYẾT ĐỊNH",
  issuer: [null, "BỘ TƯ PHÁP"],
  subject: "BAN HÀNH KẾ HOẠCH TRIỂN KHAI THỰC HIỆN CHƯƠNG TRÌNH PHỐI HỢP CÔNG TÁC GIỮA ỦY BAN DÂN TỘC VÀ BỘ TƯ PHÁP NĂM 2015",
  addressees: [],
  recipients: ["Như Điều 3", "Hội đồng Dân tộc của Quốc hội", "Văn phòng Chính phủ", "Ủy ban Dân tộc", "Bộ trưởng", "Sở Tư pháp, Cơ quan công tác dân tộc cấp tỉnh", "Cổng thông tin điện tử Bộ Tư pháp"],
  archive: ["VT", "Vụ VĐCXDPL"],
  signatures: [{ marks: ["KT BỘ TRƯỞNG"], position: "THỨ TRƯỞNG", name: "Đinh Trung Tụng" }],
  clauses: ["1", "2", "3"],
};

const SUBJECT_002 = "V/v thực hiện Thông báo số 428-TB/TU, ngày 27/7/2021 kết luận của Thường trực Thành ủy về công tác phòng, chống dịch bệnh Covid-19 trên địa bàn Thành phố";
const SUBJECT_004 = "KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY về việc thực hiện chỉ đạo của Thường trực Ban Bí thư về tiếp tục tăng cường công tác phòng, chống dịch Covid-19";

const FORMS = ["pandoc-gfm.md", "pandoc-markdown.md", "pdftotext-layout.txt", "pdftotext.txt", "mammoth.md", "mammoth-raw.txt"];

/** Accepted differences, per stem and form: the fields that differ, with what they are instead. */
const ACCEPTED: Record<string, Partial<Fields>> = {
  // mammoth's raw text drops manual line breaks without a space: "Thường trựcThành ủy", "chốngdịch"
  "002_e02c2ff2b7f91691.mammoth-raw.txt": { subject: SUBJECT_002.replace("TU, ngày", "TU,ngày").replace("trực Thành", "trựcThành").replace("chống dịch bệnh", "chốngdịch bệnh") },
  // mammoth's raw text glues "tiếp tục" + "tăng cường" at the manual line break
  "004_25a654556981ec2d.mammoth-raw.txt": { subject: SUBJECT_004.replace("tục tăng", "tụctăng") },
};

const CASES = ["002_e02c2ff2b7f91691", "004_25a654556981ec2d", "cv-vpcp-2739-2019", "qd-btp-173-2015"].flatMap((stem) => FORMS.map((form) => [stem, form] as const));

describe("derived forms parse to the same header and footer as the original", () => {
  it.each(CASES)("%s.%s", (stem, form) => {
    const expected = stem === "qd-btp-173-2015" ? QD_BTP_173 : original(stem);
    const file = `${stem}.${form}`;
    expect(parsed(`fixtures/derived/${file}`)).toEqual({ ...expected, ...ACCEPTED[file] });
  });

  // Word's "Save as plain text" (its header and footer tables one row per line, cells separated by a tab; made by hand, see SOURCES.md)
  it("cv-vpcp-2739-2019.word-txt.txt", () => {
    expect(parsed("fixtures/derived/cv-vpcp-2739-2019.word-txt.txt")).toEqual(original("cv-vpcp-2739-2019"));
  });

  // pdftotext -layout of cv-vpcp-2776-2011 written by hand (see SOURCES.md): rules in both cells on
  // one row, a V/v of three lines beside the date, Kính gửi with its list on its row, the name beside Lưu
  it("cv-vpcp-2776-2011.pdftotext-layout-hand.txt", () => {
    expect(parsed("fixtures/derived/cv-vpcp-2776-2011.pdftotext-layout-hand.txt")).toEqual(original("cv-vpcp-2776-2011"));
    expect(original("cv-vpcp-2776-2011")).toMatchObject({ number: "2776/VPCP-QHQT", addressees: ["Ủy ban nhân dân tỉnh Khành Hòa", "Bộ Ngoại giao", "Bộ Công an"], signatures: [{ position: "BỘ TRƯỞNG, CHỦ NHIỆM", name: "Nguyễn Xuân Phúc" }] });
  });

  it("reads the originals' header and footer (so the comparison is not vacuous)", () => {
    expect(original("cv-vpcp-2739-2019")).toMatchObject({ number: "2739/VPCP-ĐMDN", recipients: expect.arrayContaining(["Như trên"]), signatures: [{ name: "Mai Tiến Dũng" }] });
    expect(original("002_e02c2ff2b7f91691")).toMatchObject({ number: "508-CV/QU", subject: SUBJECT_002, archive: ["VPQU"] });
  });

  it.each(FORMS)("qd-btp-173-2015.%s: the attached plan is one appendix whose rows give the original's tasks", (form) => {
    const rows = (path: string) => {
      const [doc] = parse(readFileSync(path), { path }).documents;
      const tasks = doc.tasks.filter((t) => t.clause?.startsWith("PL1/II."));
      return { appendices: doc.appendices.length, tasks: tasks.map((t) => [t.clause, t.lead.map((a) => a.text), t.deadline?.text ?? null]) };
    };
    const original = rows("fixtures/corpus/qd-btp-173-2015.txt");
    expect(original.tasks).toHaveLength(28);
    expect(rows(`fixtures/derived/qd-btp-173-2015.${form}`)).toEqual(original);
  });

  it.each([...CASES, ["cv-vpcp-2776-2011", "pdftotext-layout-hand.txt"] as const])("accounts for every non-blank line of %s.%s", (stem, form) => {
    const text = readFileSync(`fixtures/derived/${stem}.${form}`, "utf8");
    const markup = sniffMarkup(text, form);
    const lines = toLines(text, markup);
    const unfolded = unfoldLayout(lines, markup);
    const seen = new Set(unfolded.filter((l) => l.text !== "").map((l) => l.n));
    expect([...seen].sort((a, b) => a - b)).toEqual(lines.filter((l) => l.text !== "").map((l) => l.n));
  });
});
