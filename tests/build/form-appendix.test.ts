/** A form attached after the signer, titled "Mẫu số NN" in mixed case (probe8 F8). */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";

const decision = (footer: string, attached: string) =>
  [
    "ỦY BAN NHÂN DÂN",
    "TỈNH TÂY NINH",
    "Số: 1320/QĐ-UBND",
    "Tây Ninh, ngày 22 tháng 9 năm 2025",
    "QUYẾT ĐỊNH",
    "Ban hành mẫu Phiếu khảo sát",
    "",
    "Điều 1. Ban hành kèm theo Quyết định này mẫu Phiếu khảo sát (Mẫu số 01)./.",
    "",
    footer,
    "",
    attached,
  ].join("\n");
const FOOTER = "Nơi nhận:\n- Lưu: VT.\nCHỦ TỊCH\n\nNguyễn Hồng Thanh";
const NOTE = "(Ban hành kèm theo Quyết định số 1320/QĐ-UBND ngày 22/9/2025 của Chủ tịch UBND tỉnh)";
const FORM = "PHIẾU KHẢO SÁT\n1. Họ và tên: ……………";

const read = (text: string) => {
  const doc = parse(text).documents[0];
  return {
    signers: doc.signatures.map((s) => s.name),
    recipients: doc.recipients.map((r) => r.text),
    appendices: doc.appendices.map((a) => [a.title, a.text.split("\n")[0]]),
  };
};

describe("an attached form titled 'Mẫu số NN'", () => {
  it.each([
    // must change: the signer and the title were read as a recipient, the note as the appendix's title
    ["Mẫu số 01", "Mẫu số 01"],
    ["Mẫu số 02/PKS", "Mẫu số 02/PKS"],
    ["Biểu mẫu số 03", "Biểu mẫu số 03"],
  ])("%s, its note under it: one appendix, the signer kept", (title, expected) => {
    expect(read(decision(FOOTER, `${title}\n${NOTE}\n\n${FORM}`))).toEqual({
      signers: ["Nguyễn Hồng Thanh"],
      recipients: [],
      appendices: [[expected, NOTE]],
    });
  });

  it("must stay: a PHỤ LỤC title, and an upper-case MẪU SỐ title", () => {
    for (const title of ["PHỤ LỤC I", "MẪU SỐ 01"]) {
      const got = read(decision(FOOTER, `${title}\n${NOTE}\n\n${FORM}`));
      expect(got.signers).toEqual(["Nguyễn Hồng Thanh"]);
      expect(got.appendices.map((a) => a[0])).toEqual([title]);
    }
  });
});

describe("a web page's share line after the signer", () => {
  it("is unplaced debris, not an appendix", () => {
    const doc = parse(decision(FOOTER, "Chia sẻ: Facebook | Zalo | In trang")).documents[0];
    expect([doc.signatures.map((s) => s.name), doc.appendices, doc.unclassified.map((u) => u.text)]).toEqual([["Nguyễn Hồng Thanh"], [], ["Chia sẻ: Facebook | Zalo | In trang"]]);
  });
});
