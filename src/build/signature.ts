/**
 * Chữ ký (NĐ 30 Điều 8 khoản 7; HD 36): signing marks outermost first, the signer's title, the
 * name. "TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG / Phạm Thị Thu Huyền" →
 * authority [TL CHỦ TỊCH, KT CHÁNH VĂN PHÒNG], position "PHÓ CHÁNH VĂN PHÒNG".
 *
 * Flattened copies glue the titles: "KT. BỘ TRƯỞNG THỨ TRƯỞNG", "TL." / "BỘ TRƯỞNG CHÁNH VĂN
 * PHÒNG", "K/T THỦ TƯỚNG CHÍNH PHỦ PHÓ THỦ TƯỚNG"; they are cut where the signer's own title
 * begins (a deputy's "PHÓ"/"THỨ TRƯỞNG", else the last head-of-body title).
 */
import type { Authority, Signature, SigningMark } from "../types.js";
import { signerTokens, type Signer } from "../structure.js";
import { opensBody } from "./issuer.js";
import { asciiFold } from "../lines/ascii-fold.js";

/** T/M, TM., T.M, TM  |  K/T, KT.  |  T/L, TL.  |  TUQ.  |  Q. */
const MARK = /^(T\s*[/.]?\s*M|K\s*[/.]?\s*T|T\s*[/.]?\s*L|TUQ|Q)\s*[.:]?\s*/;
const DEPUTY = /\s(?=(?:PHÓ|THỨ TRƯỞNG)(?:\s|$))/u;
// before a head-of-body title: a space, or an upper-case word it was glued to ("… ĐOÀNBÍ THƯ THƯỜNG TRỰC")
const HEAD =
  /(?:\s|(?<=\p{Lu}))(?=(?:CHÁNH VĂN PHÒNG|CHÁNH THANH TRA|CHỦ TỊCH|BÍ THƯ|GIÁM ĐỐC|VỤ TRƯỞNG|CỤC TRƯỞNG|TỔNG CỤC TRƯỞNG|CHỦ NHIỆM|TRƯỞNG BAN|TRƯỞNG PHÒNG|BỘ TRƯỞNG|THỦ TƯỚNG|VIỆN TRƯỞNG)(?:\s|,|$))/gu;

/**
 * A collective named after its members' title (NĐ 30 Điều 8 khoản 7.a: TM. names a collective;
 * HD 36): "BAN BÍ THƯ", "BAN CHỦ NHIỆM", "BAN GIÁM ĐỐC", "ĐOÀN CHỦ TỊCH", "HỘI ĐỒNG BỘ TRƯỞNG". A
 * bare collective noun before a title is that body's name, unless the title is the one heading
 * such a body ("HỘI ĐỒNG" / "CHỦ TỊCH": a mark's office and its signer run together).
 */
const COLLECTIVE: Readonly<Record<string, RegExp>> = { "BAN": /^TRƯỞNG BAN/u, "ĐOÀN": /^TRƯỞNG ĐOÀN/u, "HỘI ĐỒNG": /^CHỦ TỊCH/u };

/** A signer's own title opening a line: a head's, or a deputy's ("PHÓ …", "THỨ TRƯỞNG"). */
const TITLE_START =
  /^(?:PHÓ|THỨ TRƯỞNG|ỦY VIÊN|CHÁNH VĂN PHÒNG|CHÁNH THANH TRA|CHỦ TỊCH|BÍ THƯ|GIÁM ĐỐC|TỔNG GIÁM ĐỐC|VỤ TRƯỞNG|CỤC TRƯỞNG|TỔNG CỤC TRƯỞNG|CHỦ NHIỆM|TRƯỞNG BAN|TRƯỞNG PHÒNG|BỘ TRƯỞNG|THỦ TƯỚNG|VIỆN TRƯỞNG|HIỆU TRƯỞNG)(?:\s|,|$)/u;

/** A place completing a body's name ("TM. ỦY BAN NHÂN DÂN" / "XÃ TÂN LẬP"). */
const PLACE_START = /^(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|XÃ|PHƯỜNG|THỊ XÃ|THỊ TRẤN|ĐẶC KHU)\s/u;

export function readSignature(signer: Signer): Signature {
  const authority = signer.marks.map((t) => readMark(t.payload.text));
  let positions = signer.positions.map((t) => t.payload.text);
  // a mark's office printed over two lines, the body's name on the second ("TM. BAN THƯỜNG TRỰC" /
  // "ỦY BAN MTTQ VIỆT NAM TỈNH" / "CHỦ TỊCH"): the lines before the signer's title are the office's
  const last = authority.at(-1);
  const title = positions.findIndex((p) => TITLE_START.test(p));
  if (last?.office && title > 0 && positions.slice(0, title).every((p, i) => !TITLE_START.test(p) && (i > 0 || opensBody(p, "") || PLACE_START.test(p)))) {
    const more = positions.slice(0, title).join(" ");
    authority[authority.length - 1] = { ...last, text: `${last.text} ${more}`, office: `${last.office} ${more}` };
    positions = positions.slice(title);
  }
  // a head's title over its deputy's ("CHỦ TỊCH" / "PHÓ CHỦ TỊCH"), no mark between: the deputy signs
  // for the head, so the head's title is the office of a KT. mark that OCR lost or left in the list
  // column (NĐ 30 Điều 13, Phụ lục I: "KT." before the head's title, the deputy's title below). Not
  // under a mark whose office is yet to come ("KT." / "CHỦ TỊCH" / "PHÓ CHỦ TỊCH") or is that title.
  if (positions.length > 1 && headOverDeputy(positions) && authority.every((a) => a.office !== null && asciiFold(a.office) !== asciiFold(positions[0]))) {
    const office = positions[0];
    authority.push({ mark: "KT", text: `KT. ${office}`, office });
    positions = positions.slice(1);
  }
  let position: string | null = positions.join(" ") || null;
  const officeless = authority.find((a) => a.office === null);
  if (officeless && position) [officeless.office, position] = cutTitles(position);
  else if (!position && authority.length) {
    const mark = authority[authority.length - 1];
    if (mark.office) [mark.office, position] = cutTitles(mark.office);
    // the mark's text ends with its office: "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC" → "KT. GIÁM ĐỐC"
    if (position && mark.text.endsWith(position)) authority[authority.length - 1] = { ...mark, text: mark.text.slice(0, -position.length).trimEnd() };
  }
  const lines = signerTokens(signer).map((t) => t.payload.n);
  return {
    authority,
    position: position || null,
    name: signer.name?.payload.text ?? null,
    lines: [Math.min(...lines), Math.max(...lines)],
  };
}

/**
 * The block's first title line directly over its deputy's ("CHỦ TỊCH" / "PHÓ CHỦ TỊCH", "GIÁM ĐỐC"
 * / "PHO GIAM ĐÓC" as OCR reads it, "BỘ TRƯỞNG" / "THỨ TRƯỞNG"), compared folded.
 */
function headOverDeputy(positions: readonly string[]): boolean {
  const below = positions[1];
  // cheap sign first: the second line opens a deputy's title
  if (!/^(?:PH[OÓ]|TH[UỨ] TR)/iu.test(below)) return false;
  const [head, deputy] = [asciiFold(positions[0]).toUpperCase(), asciiFold(below).toUpperCase()];
  return deputy === `PHO ${head}` || (head === "BO TRUONG" && deputy === "THU TRUONG");
}

/** "BỘ TRƯỞNG THỨ TRƯỞNG" → ["BỘ TRƯỞNG", "THỨ TRƯỞNG"]; one title → [title, null]. */
function cutTitles(text: string): [string, string | null] {
  const deputy = DEPUTY.exec(text);
  const heads = [...text.matchAll(HEAD)].filter((m) => m.index > 0 && !namesCollective(text.slice(0, m.index).trim(), text.slice(m.index).trim()));
  const at = deputy && deputy.index > 0 ? deputy.index : heads.length ? heads[heads.length - 1].index : -1;
  return at > 0 ? [text.slice(0, at).trim(), text.slice(at).trim()] : [text, null];
}

/** "BAN" + "BÍ THƯ": the title completes a collective's name, it is no signer's title. */
function namesCollective(before: string, title: string): boolean {
  const own = COLLECTIVE[before];
  return own !== undefined && !own.test(title);
}

function readMark(text: string): Authority {
  const m = MARK.exec(text);
  const mark = m ? canonicalMark(m[1]) : "TM";
  const office = m ? text.slice(m[0].length).trim() : text;
  return { mark, text, office: office || null };
}

function canonicalMark(printed: string): SigningMark {
  const letters = printed.replace(/[\s/.]/g, "").toUpperCase();
  return (["TM", "KT", "TL", "TUQ", "Q"] as const).find((m) => m === letters) ?? "TM";
}
