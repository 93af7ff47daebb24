/**
 * Cơ quan ban hành (NĐ 30 Điều 8 khoản 2; HD 36 §1.2): the upper-case lines of the header's left
 * cell, grouped into bodies. A line that starts with a body noun opens a new body; a line that
 * names a place ("THÀNH PHỐ HÀ NỘI") or the organ a committee serves ("UBND THÀNH PHỐ" under "BAN
 * CÁN SỰ ĐẢNG") continues the one above.
 *
 *   ỦY BAN NHÂN DÂN / THÀNH PHỐ HÀ NỘI / VĂN PHÒNG  → parent "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", name "VĂN PHÒNG"
 *   THÀNH ỦY HÀ NỘI / BAN CÁN SỰ ĐẢNG / UBND THÀNH PHỐ → parent "THÀNH ỦY HÀ NỘI", name "BAN CÁN SỰ ĐẢNG UBND THÀNH PHỐ"
 */
import { bareKey } from "./bare-key.js";
import type { Line } from "../lines/index.js";
import type { Issuer } from "../types.js";
import { spanOfLines } from "./prose.js";

/** Words a body's name starts with (folded, without diacritics). */
const BODY_NOUN =
  /^(?:uy ban|ubnd|bo |bo$|so |van phong|ban |cuc |tong cuc|vu |phong |chinh phu|thu tuong|phu thu tuong|thanh uy|tinh uy|quan uy|huyen uy|thi uy|dang bo|dang uy|dang doan|hoi dong|hdnd|trung tam|truong |cong an|bo chi huy|toa an|vien |kiem toan|ngan hang|mat tran|uy ban mat tran|doan |tong lien doan|hoi |benh vien|chi cuc|thanh tra|cac |quoc hoi)/;
/** Committees named after the organ they serve: the next line completes them. */
const SERVES = /^(?:ban can su dang|dang doan|ban chi dao|ban thuong vu|ban chap hanh)$/;

export function readIssuer(lines: readonly Line[]): Issuer | null {
  if (!lines.length) return null;
  const bodies: Line[][] = [];
  for (const line of lines) {
    const key = bareKey(line.text);
    const previous = bodies[bodies.length - 1];
    const previousKey = previous ? bareKey(previous.map((l) => l.text).join(" ")) : "";
    if (previous && (!BODY_NOUN.test(key) || SERVES.test(previousKey))) previous.push(line);
    else bodies.push([line]);
  }
  const names = bodies.map((body) => body.map((l) => l.text).join(" "));
  return {
    parent: names.length > 1 ? names.slice(0, -1).join(" ") : null,
    name: names[names.length - 1],
    lines: spanOfLines(lines),
  };
}
