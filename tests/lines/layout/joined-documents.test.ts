/** Documents an archive joined with no blank line or form feed between them (probe18 F1). */
import { describe, expect, it } from "vitest";
import { parse } from "../../../src/parse.js";

const doc = (cells: (a: string, b: string) => string, n: string, signer: string[], name: string) => [
  cells("UBND TỈNH BẮC NINH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
  cells("SỞ NỘI VỤ", "Độc lập - Tự do - Hạnh phúc"),
  cells(`Số: ${n}/SNV-VP`, "Bắc Ninh, ngày 04 tháng 12 năm 2025"),
  "V/v đôn đốc cập nhật cơ sở dữ liệu",
  "",
  "Kính gửi: Ủy ban nhân dân các xã, phường.",
  "",
  "Sở Nội vụ đề nghị Ủy ban nhân dân các xã, phường cập nhật dữ liệu trước ngày 20/12/2025.",
  "Trân trọng./.",
  "",
  cells("Nơi nhận:", signer[0]),
  signer[1] ? cells("- Như trên;", signer[1]) : "- Như trên;",
  "- Lưu: VT.",
  "",
  cells("", name),
];
const tab = (a: string, b: string) => `${a}\t${b}`;
const columns = (a: string, b: string) => `${a.padEnd(40)}${b}`.trimEnd();

function read(text: string) {
  const { documents } = parse(new TextEncoder().encode(text), { path: "x.txt" });
  return documents.map((d) => ({ number: d.number?.value ?? null, signer: d.signatures[0]?.name ?? null, lines: d.lines }));
}

describe("documents joined with no break: each keeps its header and signer", () => {
  it.each([
    ["tab cells, nothing between", tab, ""],
    ["pdftotext columns, nothing between", columns, ""],
    // must stay: the breaks that were read already
    ["tab cells, a blank line between", tab, "\n"],
    ["tab cells, a form feed between", tab, "\f"],
  ])("%s", (_name, cells, between) => {
    const a = doc(cells, "2214", ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Ngô Thị Hương").join("\n");
    const b = doc(cells, "2230", ["GIÁM ĐỐC", ""], "Trần Quốc Văn").join("\n");
    const docs = read(`${a}\n${between}${b}\n`);
    expect(docs.map((d) => [d.number, d.signer])).toEqual([
      ["2214/SNV-VP", "Ngô Thị Hương"],
      ["2230/SNV-VP", "Trần Quốc Văn"],
    ]);
    // the line ranges of the documents do not overlap
    expect(docs[1].lines[0]).toBeGreaterThan(docs[0].lines[1]);
  });
});
