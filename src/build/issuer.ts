/**
 * Cơ quan ban hành (NĐ 30 Điều 8 khoản 2; HD 36 §1.2): the upper-case lines of the header's left
 * cell, grouped into bodies. A line that starts with a body noun opens a new body; a line that
 * names a place ("THÀNH PHỐ HÀ NỘI") or the organ a committee serves ("UBND THÀNH PHỐ" under "BAN
 * CÁN SỰ ĐẢNG") continues the one above.
 *
 *   ỦY BAN NHÂN DÂN / THÀNH PHỐ HÀ NỘI / VĂN PHÒNG  → parent "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", name "VĂN PHÒNG"
 *   THÀNH ỦY HÀ NỘI / BAN CÁN SỰ ĐẢNG / UBND THÀNH PHỐ → parent "THÀNH ỦY HÀ NỘI", name "BAN CÁN SỰ ĐẢNG UBND THÀNH PHỐ"
 */
import { foldKey } from "../inline/fold.js";
import { bareKey } from "./bare-key.js";
import type { Line } from "../lines/index.js";
import type { Issuer } from "../types.js";
import { spanOfLines } from "./prose.js";

/**
 * Words a body's name starts with (folded, without diacritics). The mass organisations print
 * their own: "BCH HỘI NÔNG DÂN TỈNH …" (Ban Chấp hành), "LIÊN ĐOÀN LAO ĐỘNG TỈNH …" / "LĐLĐ …",
 * "CÔNG ĐOÀN …" / "CĐCS …", "TỔNG LĐLĐ VIỆT NAM", "UBMTTQ …"; the Party's and the associations'
 * basic units: "CHI BỘ THÔN …", "CHI HỘI …", "CHI ĐOÀN …". State enterprises (NĐ 30 Điều 1 applies
 * to them) print a two-level header too: "TẬP ĐOÀN ĐIỆN LỰC VIỆT NAM" / "TỔNG CÔNG TY ĐIỆN LỰC MIỀN
 * TRUNG", "TỔNG CÔNG TY …" / "CÔNG TY …", and "NHÀ MÁY …", "XÍ NGHIỆP …" under a company.
 * A Party congress or plenum is the issuing organ of its own resolutions (HD 36): "ĐẢNG BỘ TỈNH
 * BẮC NINH" / "ĐẠI HỘI ĐẠI BIỂU LẦN THỨ XXI", "… / HỘI NGHỊ BAN CHẤP HÀNH …" ("hoi ").
 */
const BODY_NOUN =
  /^(?:uy ban|ubnd|bo |bo$|so |van phong|ban |cuc |tong cuc|vu |phong |chinh phu|thu tuong|phu thu tuong|thanh uy|tinh uy|quan uy|huyen uy|thi uy|dang bo|dang uy|dang doan|hoi dong|hdnd|trung tam|truong |cong an|bo chi huy|toa an|vien (?!chuc)|kiem toan|ngan hang|mat tran|uy ban mat tran|ubmttq|bhxh |vksnd |tand |thue (?:tinh|thanh pho|co so)|doan |tong lien doan|tong ldld|lien doan|ldld|cong doan|cdcs|bch |chi bo|chi hoi|chi doan|hoi |benh vien|chi cuc|thanh tra|cac |quoc hoi|kho bac|bao hiem xa hoi|tap doan|tong cong ty|cong ty|nha may|xi nghiep|dai hoi )/;
/**
 * A branch opens the issuer's lower level ("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM" / "CHI NHÁNH KHU VỰC
 * 10"), not an addressee's: "Ngân hàng Nhà nước Việt Nam" / "Chi nhánh tỉnh An Giang" is one.
 */
const BRANCH = /^chi nhanh /;
/**
 * A company's legal form ending a line ("CÔNG TY CỔ PHẦN" / "TẬP ĐOÀN HOA SEN", "CÔNG TY TNHH MỘT
 * THÀNH VIÊN" / "XỔ SỐ KIẾN THIẾT …"): the next line completes its name.
 */
const LEGAL_FORM_END = / (?:co phan|tnhh|mot thanh vien|trach nhiem huu han)$/;
/**
 * Committees named after the organ they serve, and a congress or plenum of one ("ĐẠI HỘI ĐẠI
 * BIỂU" / "ĐẢNG BỘ TỈNH LẦN THỨ XXI", "HỘI NGHỊ BAN CHẤP HÀNH" / "ĐẢNG BỘ TỈNH …"): the next line completes them.
 */
const SERVES = /^(?:(?:hoi nghi )?(?:ban can su dang|dang doan|ban chi dao|ban thuong vu|ban thuong truc|ban chap hanh|bch|uy ban kiem tra|ban kiem tra|doan chu tich)|dai hoi(?: dai bieu)?|hoi nghi)$/;

/**
 * Two levels printed on one line (NĐ 30 Điều 8 khoản 2: the managing body above the issuing
 * one; a web copy or OCR runs the two lines into one):
 * - a national body, its name ending in "VIỆT NAM" or "TỐI CAO", then a body noun:
 *   "BẢO HIỂM XÃ HỘI VIỆT NAM BẢO HIỂM XÃ HỘI TỈNH NINH BÌNH", "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM CHI
 *   NHÁNH KHU VỰC 10", "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO VIỆN KIỂM SÁT NHÂN DÂN TỈNH AN GIANG";
 * - a sector's body repeated at the level below (the vertical systems name each level alike):
 *   "CÔNG AN TỈNH THANH HÓA CÔNG AN XÃ ĐÔNG SƠN", "TÒA ÁN NHÂN DÂN TỈNH … TÒA ÁN NHÂN DÂN KHU VỰC 2";
 * - a complete top-level body of three words or more, then a subordinate body noun:
 *   "BỘ TÀI CHÍNH TỔNG CỤC HẢI QUAN" → "BỘ TÀI CHÍNH" | "TỔNG CỤC HẢI QUAN"
 *   "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG SỞ Y TẾ" → … | "SỞ Y TẾ"; "BỘ CÔNG AN CÔNG AN TỈNH …",
 *   "BỘ TÀI CHÍNH THUẾ TỈNH …", "THUẾ TỈNH AN GIANG THUẾ CƠ SỞ 2".
 * Not "BỘ NỘI VỤ" (too short to hold two bodies), nor "ỦY BAN NHÂN DÂN PHƯỜNG SỞ DẦU" (a place name).
 */
const TOP_LEVEL = /^(?:bo|uy ban nhan dan|ubnd|tong cuc|so|thue tinh|thue thanh pho) /;
/** Subordinate bodies: the two-word nouns may stand alone ("… VĂN PHÒNG"), the others need a name. */
const SUBORDINATE =
  / (?:(?:tong cuc|chi cuc|van phong|thanh tra|benh vien|trung tam)(?= |$)|(?:cuc|vu|so|vien|truong|cong an|kho bac|bo chi huy|bao hiem xa hoi|thue (?:tinh|thanh pho|co so))(?= \S))/g;
/**
 * HD 36's Party header run onto one line: a party committee, then the committee or unit under it
 * (or one of its boards): "ĐẢNG BỘ TỈNH LÂM ĐỒNG ĐẢNG ỦY XÃ ĐAM RÔNG 1", "THÀNH ỦY HÀ NỘI QUẬN ỦY
 * HAI BÀ TRƯNG", "ĐẢNG BỘ XÃ TÂN LẬP CHI BỘ THÔN ĐỒNG CHÈ", "TỈNH ỦY THANH HÓA BAN TỔ CHỨC".
 */
const PARTY_TOP = /^(?:dang bo|dang uy|tinh uy|thanh uy|quan uy|huyen uy|thi uy) /;
const PARTY_SUB =
  / (?:(?:dang uy|dang bo|chi bo|(?:tinh|thanh|quan|huyen|thi) uy|dai hoi)(?= \S)|(?:ban (?:to chuc|tuyen giao|dan van|tuyen giao va dan van|noi chinh|kiem tra|xay dung dang)|uy ban kiem tra|van phong)(?= |$))/g;
/** The end of a national body's name. */
const NATIONAL_END = / (?:viet nam|toi cao)(?= )/g;
/** A unit of place right before the noun: "… PHƯỜNG SỞ DẦU" names a place (with diacritics: "quan" is also "HẢI QUAN"). */
const PLACE_WORD = /(?:^| )(?:tỉnh|thành phố|tp\.?|huyện|quận|xã|phường|thị xã|tx\.?|thị trấn)$/;

function splitLevels(line: Line): Line[] {
  const key = bareKey(line.text);
  const words = line.text.trim().split(/\s+/);
  if (words.length < 4 || key.split(" ").length !== words.length) return [line]; // the key's words must map onto the line's
  const at = levelCut(key, words);
  if (at === null) return [line];
  const rest = { ...line, text: words.slice(at).join(" ") };
  return [{ ...line, text: words.slice(0, at).join(" ") }, ...splitLevels(rest)];
}

/** The word where the second body of a one-line issuer begins, or null. */
function levelCut(key: string, words: readonly string[]): number | null {
  const opensAt = (at: number): boolean => at >= 3 && !PLACE_WORD.test(foldKey(words.slice(0, at).join(" ")));
  for (const m of key.matchAll(NATIONAL_END)) {
    const end = m.index + m[0].length;
    const at = key.slice(0, end).split(" ").length;
    const rest = key.slice(end + 1);
    if (opensAt(at) && (BODY_NOUN.test(rest) || BRANCH.test(rest))) return at;
  }
  if (BODY_NOUN.test(key)) {
    // the head's first two words ("CÔNG AN", "VIỆN KIỂM", "BẢO HIỂM"): one would also find the
    // "PHÒNG" of "PHÒNG CẢNH SÁT PHÒNG CHÁY …" and the "HỘI" of "… XÃ HỘI …"
    const head = key.split(" ", 2).join(" ");
    for (let again = key.indexOf(` ${head} `); again > 0; again = key.indexOf(` ${head} `, again + 1)) {
      const at = key.slice(0, again).split(" ").length;
      if (opensAt(at) && BODY_NOUN.test(key.slice(again + 1))) return at;
    }
  }
  if (PARTY_TOP.test(key)) {
    for (const m of key.matchAll(PARTY_SUB)) {
      const at = key.slice(0, m.index).split(" ").length;
      if (opensAt(at)) return at;
    }
  }
  if (!TOP_LEVEL.test(key)) return null;
  for (const m of key.matchAll(SUBORDINATE)) {
    const at = key.slice(0, m.index).split(" ").length;
    if (opensAt(at)) return at;
  }
  return null;
}

/**
 * Does `text`, a line under `before` (the name read so far), open the name of another body? It
 * starts with a body noun, and `before` is not a committee waiting for its organ ("BAN THƯỜNG VỤ"
 * over "TỈNH ỦY").
 */
export function opensBody(text: string, before: string): boolean {
  const above = bareKey(before);
  return BODY_NOUN.test(bareKey(text)) && !SERVES.test(above) && !LEGAL_FORM_END.test(above);
}

export function readIssuer(lines: readonly Line[]): Issuer | null {
  if (!lines.length) return null;
  const bodies: Line[][] = [];
  for (const line of lines.flatMap(splitLevels)) {
    const previous = bodies[bodies.length - 1];
    const opens = previous && (opensBody(line.text, previous.map((l) => l.text).join(" ")) || BRANCH.test(bareKey(line.text)));
    if (previous && !opens) previous.push(line);
    else bodies.push([line]);
  }
  const names = bodies.map((body) => body.map((l) => l.text).join(" "));
  return {
    parent: names.length > 1 ? names.slice(0, -1).join(" ") : null,
    name: names[names.length - 1],
    lines: spanOfLines(lines),
  };
}
