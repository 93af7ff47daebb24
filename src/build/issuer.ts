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
 * basic units: "CHI BỘ THÔN …", "CHI HỘI …", "CHI ĐOÀN …".
 */
const BODY_NOUN =
  /^(?:uy ban|ubnd|bo |bo$|so |van phong|ban |cuc |tong cuc|vu |phong |chinh phu|thu tuong|phu thu tuong|thanh uy|tinh uy|quan uy|huyen uy|thi uy|dang bo|dang uy|dang doan|hoi dong|hdnd|trung tam|truong |cong an|bo chi huy|toa an|vien |kiem toan|ngan hang|mat tran|uy ban mat tran|ubmttq|doan |tong lien doan|tong ldld|lien doan|ldld|cong doan|cdcs|bch |chi bo|chi hoi|chi doan|hoi |benh vien|chi cuc|thanh tra|cac |quoc hoi|kho bac|bao hiem xa hoi)/;
/** Committees named after the organ they serve: the next line completes them. */
const SERVES = /^(?:ban can su dang|dang doan|ban chi dao|ban thuong vu|ban chap hanh|bch)$/;

/**
 * Two levels printed on one line (NĐ 30 Điều 8 khoản 2: the managing body above the issuing
 * one): a complete top-level body of three words or more, then a subordinate body noun.
 *   "BỘ TÀI CHÍNH TỔNG CỤC HẢI QUAN" → "BỘ TÀI CHÍNH" | "TỔNG CỤC HẢI QUAN"
 *   "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG SỞ Y TẾ" → … | "SỞ Y TẾ"
 * Not "BỘ NỘI VỤ" (too short to hold two bodies), nor "ỦY BAN NHÂN DÂN PHƯỜNG SỞ DẦU" (a place name).
 */
const TOP_LEVEL = /^(?:bo|uy ban nhan dan|ubnd|tong cuc|so) /;
/** Subordinate bodies: the two-word nouns may stand alone ("… VĂN PHÒNG"), the others need a name. */
const SUBORDINATE = / (?:(?:tong cuc|chi cuc|van phong|thanh tra|benh vien|trung tam)(?= |$)|(?:cuc|vu|so|vien|truong) (?=\S))/g;
/** A unit of place right before the noun: "… PHƯỜNG SỞ DẦU" names a place (with diacritics: "quan" is also "HẢI QUAN"). */
const PLACE_WORD = /(?:^| )(?:tỉnh|thành phố|huyện|quận|xã|phường|thị xã|thị trấn)$/;

function splitLevels(line: Line): Line[] {
  const key = bareKey(line.text);
  if (!TOP_LEVEL.test(key)) return [line];
  const words = line.text.trim().split(/\s+/);
  if (key.split(" ").length !== words.length) return [line]; // the key's words must map onto the line's
  for (const m of key.matchAll(SUBORDINATE)) {
    const before = key.slice(0, m.index);
    const at = before.split(" ").length;
    if (at < 3 || PLACE_WORD.test(foldKey(words.slice(0, at).join(" ")))) continue;
    const rest = { ...line, text: words.slice(at).join(" ") };
    return [{ ...line, text: words.slice(0, at).join(" ") }, ...splitLevels(rest)];
  }
  return [line];
}

/**
 * Does `text`, a line under `before` (the name read so far), open the name of another body? It
 * starts with a body noun, and `before` is not a committee waiting for its organ ("BAN THƯỜNG VỤ"
 * over "TỈNH ỦY").
 */
export function opensBody(text: string, before: string): boolean {
  return BODY_NOUN.test(bareKey(text)) && !SERVES.test(bareKey(before));
}

export function readIssuer(lines: readonly Line[]): Issuer | null {
  if (!lines.length) return null;
  const bodies: Line[][] = [];
  for (const line of lines.flatMap(splitLevels)) {
    const previous = bodies[bodies.length - 1];
    if (previous && !opensBody(line.text, previous.map((l) => l.text).join(" "))) previous.push(line);
    else bodies.push([line]);
  }
  const names = bodies.map((body) => body.map((l) => l.text).join(" "));
  return {
    parent: names.length > 1 ? names.slice(0, -1).join(" ") : null,
    name: names[names.length - 1],
    lines: spanOfLines(lines),
  };
}
