/**
 * `pdftotext -layout` output: the two cells of the header and footer tables share lines,
 * separated by a run of spaces.
 *
 *    VĂN PHÒNG CHÍNH PHỦ                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
 *                                                Độc lập - Tự do - Hạnh phúc
 *        Số: 2739/VPCP-ĐMDN
 *     V/v quy định về quản trị doanh              Hà Nội, ngày 05 tháng 04 năm 2019
 *   nghiệp tại Luật Doanh nghiệp chưa
 *
 *   Nơi nhận:                                          BỘ TRƯỞNG, CHỦ NHIỆM
 *   - Như trên;
 *   - Ban Chỉ đạo Đổi mới và Phát triển doanh
 *   nghiệp;                                                   Mai Tiến Dũng
 *
 * A region opens at an anchor line: "Nơi nhận" followed by a gap of three spaces or more, or a
 * right-column part after such a gap (the motto, "Độc lập", "ĐẢNG CỘNG SẢN", "ĐOÀN TNCS HỒ CHÍ MINH", "<place>, ngày",
 * a signing mark, "CHỦ TỊCH", "BÍ THƯ"). The column edge is where the gaps of the region's lines
 * overlap. The region runs on, line by line, while each line fits the two columns; it ends at a
 * blank line, a form feed, or a line that runs across the edge (body prose, a centred
 * "Kính gửi: …"). Body prose is never split: it holds no anchor, and justified text has single
 * spaces.
 *
 * Word's "Save as plain text" writes a table one row per line, its cells separated by a tab:
 *
 *   ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
 *   Số: 1187/QĐ-UBND\tQuảng Bình, ngày 16 tháng 5 năm 2025
 *   Nơi nhận:\tKT. CHỦ TỊCH
 *
 * A tab between two cells is a column gap too; as the tabs of such rows do not line up, a region
 * opened at a tab-separated anchor is cut at each line's tab instead (see `tabColumnsAt`).
 */
import { NOI_NHAN } from "../footer-label.js";
import { asciiFold } from "../ascii-fold.js";
import type { Line } from "../line.js";
import type { CellPart, Table } from "./table.js";

interface Gap {
  /** column of the first space */
  start: number;
  /** column of the text after the spaces */
  end: number;
}

/** A region taller than this is cut (a footer is rarely more than 30 lines). */
const MAX_REGION = 60;
const GAP = /\S {3,}(?=\S)/g;
/**
 * Right-column parts that may follow a gap (folded text): also "ĐOÀN TNCS HỒ CHÍ MINH", the Đoàn's
 * heading where the Party motto stands (its documents follow HD 36's layout: "BCH ĐOÀN TỈNH NGHỆ
 * AN      ĐOÀN TNCS HỒ CHÍ MINH"). The place before ", ngày" holds no gap:
 * "Số:      /QĐ-UBND          Lai Châu, ngày …" (a number left blank) is cut at the second gap.
 */
const RIGHT_ANCHOR =
  /^(?:CONG HOA|DOC LAP|Doc lap|DANG CONG SAN|DOAN TNCS HO CHI MINH|(?:(?! {3})[^,]){2,40}, ?ngay\b|(?:T ?\/ ?M|T ?M\.|K ?\/ ?T|K ?T\.|T ?\/ ?L|T ?L\.|TUQ\.?|Q\.) ?[A-Z`]|(?:PHO )?CHU TICH\b|(?:PHO )?BI THU\b)/;
/**
 * A right-column part too: a head signing in the office's own name, the title alone on its row
 * ("GIÁM ĐỐC", "BỘ TRƯỞNG, CHỦ NHIỆM", "CHÁNH VĂN PHÒNG"), as CHỦ TỊCH and BÍ THƯ above — beside
 * a Nơi nhận entry (`FOOTER_ROW`), not in any table row ("1   Nguyễn Văn A   GIÁM ĐỐC").
 */
const HEAD_TITLE =
  /^(?:PHO |TONG )?(?:GIAM DOC|CHU NHIEM|BO TRUONG|THU TRUONG|VIEN TRUONG|CUC TRUONG|VU TRUONG|HIEU TRUONG|TONG CUC TRUONG|TRUONG BAN|TRUONG PHONG|CHANH VAN PHONG|CHANH THANH TRA|CHANH AN|THU TUONG)(?:, [A-Z` ]+)?\s*$/;
export const LEFT_ANCHOR = new RegExp(String.raw`^${NOI_NHAN}\b`, "i");
/** A row of the Nơi nhận list (folded): a list entry or the Lưu line. */
const FOOTER_ROW = /^\s*(?:[-+*]|L[uU][uU]\b)/;

/** The two-column region starting at lines[from], or null. */
export function layoutColumnsAt(lines: readonly Line[], from: number): Table | null {
  const tab = tabGap(lines[from].raw);
  if (tab && anchorGap(lines[from].raw, [tab])) return tabColumnsAt(lines, from);
  const markAbove = markAboveNoiNhan(lines, from);
  const edge = anchorGap(lines[from].raw) ?? markAbove;
  if (!edge) return null;
  let lo = edge.start;
  let hi = edge.end;
  const anchor = { start: edge.end, centre: markAbove?.centre ?? (edge.end + lines[from].raw.trimEnd().length) / 2 };
  // two signer blocks side by side (a joint document): their names under the blank signing space
  const signers = isSignerPart(asciiFold(lines[from].raw.slice(0, edge.start).trim()));
  // a footer (opened at "Nơi nhận", a list entry or a signer's part): its rows may stand a blank line apart
  const footer = markAbove !== undefined || isFooterAnchor(lines[from].raw, edge) || isSignerPart(asciiFold(lines[from].raw.slice(edge.end).trim()));
  const rows = { named: false };
  // first pass: how far the region may reach, and where the gaps of its lines overlap
  let to = from + 1;
  for (; to < lines.length && to < from + MAX_REGION; to++) {
    const raw = lines[to].raw;
    if (raw.includes("\f") || (signers && LEFT_ANCHOR.test(asciiFold(lines[to].text)))) break;
    if (lines[to].text === "") {
      const row =
        signers ? pairedRowAfterBlanks(lines, to, from + MAX_REGION, lo, hi)
        : footer ? footerRowAfterBlanks(lines, to, from + MAX_REGION, lo, hi, anchor, rows)
        : -1;
      if (row < 0) break;
      to = row;
    }
    if ((footer || signers) && opensDocument(lines[to])) break;
    const gap = edgeGap(raw, lo, hi, anchor);
    if (gap) {
      lo = Math.max(lo, gap.start);
      hi = Math.min(hi, gap.end);
    }
    if (isName(asciiFold(gap ? raw.slice(gap.end).trim() : raw.trim()))) rows.named = true;
  }
  // second pass: each line's left and right parts; stop at the first line that does not fit
  const middle = (lo + hi) / 2;
  const left: CellPart[] = [];
  const right: CellPart[] = [];
  let end = from;
  for (; end < to; end++) {
    const line = lines[end];
    if (line.text === "") continue; // row spacing in a footer, the signing space of two signer blocks (a blank line ends any other region)
    const parts = splitLine(line.raw, middle, hi) ?? (footer ? overlongEntry(line.raw, middle, anchor) : null);
    if (!parts) break;
    if (parts.left.trim()) left.push(part(line.n, parts.left));
    if (parts.right.trim()) right.push(part(line.n, parts.right));
  }
  if (footer) mendWrappedNotes(left);
  return { from, to: end, rows: [[left, right]] };
}

/**
 * A signing mark printed a row above "Nơi nhận" (the signer's cell has less top padding than the
 * list's, as NĐ 30's footer sets the two cells in different type sizes), or a row below it, alone
 * on its line:
 *
 *                                                        T/M BAN THƯỜNG VỤ
 *   Nơi nhận:
 *                                                             BÍ THƯ
 *   - Ban Bí thư Trung ương Đảng (để b/c),
 *
 * The column edge, as a gap [start, end): the right cell starts where the first of its lines
 * that stands alone right of the list's margin starts (the mark, or a longer title centred under
 * it: "TRƯỞNG PHÒNG QUẢN LÝ NGÂN SÁCH" under "TL. GIÁM ĐỐC"), the left cell ends where the list's
 * lines end; and the mark's centre. Undefined when lines[from] is not such a mark, or "Nơi nhận"
 * alone with such a mark under it.
 */
function markAboveNoiNhan(lines: readonly Line[], from: number): (Gap & { centre: number }) | undefined {
  const next = (i: number): number => (i + 1 < lines.length && lines[i + 1].text === "" ? i + 2 : i + 1);
  const isMark = (i: number): boolean => {
    const raw = lines[i].raw;
    return raw.search(/\S/) >= MARK_INDENT && !raw.includes("\t") && !gapsOf(raw).length && isSignerPart(asciiFold(raw.trim()));
  };
  const isNoiNhan = (i: number): boolean => LEFT_ANCHOR.test(asciiFold(lines[i].raw.trimStart())) && !gapsOf(lines[i].raw).length;
  let mark = from;
  let k = next(from);
  if (k >= lines.length) return undefined;
  if (!(isMark(from) && isNoiNhan(k))) {
    [mark, k] = [k, from];
    if (!(isNoiNhan(from) && isMark(mark))) return undefined;
  }
  const start = lines[mark].raw.search(/\S/);
  if (lines[k].raw.search(/\S/) >= start / 3) return undefined;
  // the footer's rows (blank lines between them skipped), up to the first that is none: a list
  // entry, "Nơi nhận", an entry's continuation on the left; a signer's part, a title in capitals,
  // the name or a bracketed note alone on the right
  let right = start;
  let left = lines[k].raw.trimEnd().length;
  for (let i = from + 1; i < lines.length && i < from + MAX_REGION; i++) {
    const line = lines[i].raw;
    if (line.includes("\f")) break;
    const at = line.search(/\S/);
    if (at < 0) continue;
    const gaps = gapsOf(line);
    const text = line.trim();
    const folded = asciiFold(text);
    if (at >= start / 3) {
      if (gaps.length || !isSignerSide(text, folded, true)) break;
      right = Math.min(right, at);
    } else if (!(isListSide(text, folded) || LEFT_ANCHOR.test(folded))) break;
    else if (gaps.length) {
      left = Math.max(left, gaps[gaps.length - 1].start);
      right = Math.min(right, gaps[gaps.length - 1].end);
    } else left = Math.max(left, line.trimEnd().length);
  }
  return left < right ? { start: left, end: right, centre: (start + lines[mark].raw.trimEnd().length) / 2 } : undefined;
}

/** A mark alone on its line this far in (or further) stands in the right cell. */
const MARK_INDENT = 20;

/**
 * A footer's rows a blank line apart: pdftotext -layout sets the list's rows (11–12 pt) and the
 * signer's (13–14 pt) at different pitches, so a blank line falls between most rows; OCR does the
 * same. The row after the blank lines from `i` goes on with the footer when each of its parts is
 * one: on the left a list entry, the Lưu line or an entry's continuation; on the right a signer's
 * part (a mark, a title in capitals — until the signer's name is read), the name, a bracketed
 * note ("(Đã ký)"). A title centred across the page ("PHỤ LỤC", "KẾ HOẠCH" after the name), a
 * new header, prose or a page number end the footer. The index of that row, or -1.
 */
function footerRowAfterBlanks(
  lines: readonly Line[],
  i: number,
  limit: number,
  lo: number,
  hi: number,
  anchor: { start: number; centre: number },
  rows: { named: boolean },
): number {
  let j = i;
  while (j < lines.length && j < limit && j - i < SIGNING_SPACE && lines[j].text === "" && !lines[j].raw.includes("\f")) j++;
  if (j >= lines.length || j >= limit || lines[j].text === "" || lines[j].raw.includes("\f")) return -1;
  const raw = lines[j].raw;
  const gap = edgeGap(raw, lo, hi, anchor);
  const start = raw.search(/\S/);
  const middle = (lo + hi) / 2;
  const leftText = gap ? raw.slice(0, gap.start).trim() : start < middle ? raw.trim() : "";
  const rightText = gap ? raw.slice(gap.end).trim() : start < middle ? "" : raw.trim();
  if (leftText && !isListSide(leftText, asciiFold(leftText))) return -1;
  if (rightText && !isSignerSide(rightText, asciiFold(rightText), !rows.named)) return -1;
  return j;
}

/** A footer row's left part (as printed, and folded): a list entry, the Lưu line or an entry's continuation. */
const isListSide = (text: string, folded: string): boolean => FOOTER_ROW.test(folded) || CONTINUATION.test(text);
const CONTINUATION = /^[•\p{Ll}]/u;

/**
 * A footer row's right part (as printed, and folded): a signer's part, a title in capitals (while
 * `titles`: before the signer's name is read), the name, a bracketed note ("(Đã ký)").
 */
const isSignerSide = (text: string, folded: string, titles: boolean): boolean =>
  isSignerPart(folded) || (titles && CAPS_TITLE.test(text) && !NOT_SIGNER.test(folded)) || isName(folded) || BRACKETED.test(text);
const BRACKETED = /^\(.*\)$/;

/**
 * A row that opens the next document, never a footer's (NĐ 30 Điều 8, HD 36: the Quốc hiệu or the
 * Party's motto heads a document, the số hiệu stands in its header): a cell holding the motto
 * ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM", "ĐOÀN TNCS HỒ CHÍ MINH") or
 * a row opening with "Số:" / "Số 214-TB/HU". Archives join documents with no blank line or form
 * feed between them ("Save as text" of a folder, a merged PDF), so the footer region of one must
 * end there, or the next header's cells are read into the signer's column. A list entry naming
 * such a body ("- BCH ĐOÀN TNCS HỒ CHÍ MINH tỉnh;") is no such row. Read on the folded text, only
 * for the rows of a footer region.
 */
function opensDocument(line: Line): boolean {
  const text = line.folded;
  if (/^[-+•*]/.test(text)) return false;
  return /^S[Oo] ?(?::|\d)/.test(text) || /\b(?:CONG HOA XA HOI|DANG CONG SAN VIET NAM|DOAN TNCS HO CHI MINH)\b/.test(text);
}

/** A line in capitals (a signer's position: "TRƯỞNG PHÒNG QUẢN LÝ NGÂN SÁCH", "PHÓ BÍ THƯ"). */
const CAPS_TITLE = /^(?=.*\p{Lu})[\p{Lu}\s,.()-]{2,80}$/u;
/** Capitals that open an attached text, not a signer's title (folded). */
const NOT_SIGNER = /^(?:PHU LUC|DANH SACH|BIEU|MAU|KE HOACH|QUY CHE|QUY DINH|DE AN|CHUONG TRINH|HUONG DAN)\b/;
/** A person's name (folded): two to six words, each a capital and lower case ("Hoàng Văn Thắng"). */
const isName = (text: string): boolean => /^[A-Z][a-z]*(?: [A-Z][a-z]*){1,5}$/.test(text);

/** A signer's part (folded): a signing mark, "CHỦ TỊCH", "BÍ THƯ", a head's bare title. */
const isSignerPart = (text: string): boolean =>
  /^(?:T ?\/ ?M|T ?M\.|K ?\/ ?T|K ?T\.|T ?\/ ?L|T ?L\.|TUQ\.?|Q\.) ?[A-Z`]|^(?:PHO )?(?:CHU TICH|BI THU)\b/.test(text) || HEAD_TITLE.test(text);

/** At most this many blank lines of signing space above the signers' names. */
const SIGNING_SPACE = 8;

/**
 * Two signer blocks side by side (a joint document, each issuer's head signing):
 *
 *   KT. GIÁM ĐỐC SỞ Y TẾ              KT. GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO
 *   PHÓ GIÁM ĐỐC                      PHÓ GIÁM ĐỐC
 *
 *   Phạm Thị Lan                      Đỗ Minh Khoa
 *
 * After the blank signing space, the row that holds both names, one each side of the column edge
 * [lo, hi), goes on with the region, so that each name is read under its own block. The index of
 * that row, or -1.
 */
function pairedRowAfterBlanks(lines: readonly Line[], i: number, limit: number, lo: number, hi: number): number {
  let j = i;
  while (j < lines.length && j < limit && j - i < SIGNING_SPACE && lines[j].text === "" && !lines[j].raw.includes("\f")) j++;
  if (j >= lines.length || j >= limit || lines[j].text === "") return -1;
  const raw = lines[j].raw;
  const gap = gapsOf(raw).find((g) => g.start < hi && g.end > lo);
  return gap && raw.slice(0, gap.start).trim() && raw.slice(gap.end).trim() ? j : -1;
}

/** How far (in columns) a note's next fragment may stand from where the note opened: pdftotext centres each fragment. */
const NOTE_DRIFT = 6;
/** How many rows a note may wrap over. */
const NOTE_ROWS = 4;

/**
 * A purpose note set between the Nơi nhận column and the signer's, wrapped over the rows of the
 * entries it is for (HD 36: the note beside a group of entries):
 *
 *   - Ban Bí thư Trung ương Đảng,        (để                 PHÓ BÍ THƯ
 *   - Văn phòng Trung ương Đảng,          báo cáo)
 *
 * The bracket opened in a middle fragment and closed on a later row is one note: it is taken off
 * the rows and given whole after the last entry it spans ("- Văn phòng Trung ương Đảng, (để báo
 * cáo)"), as a note on the row of one entry is; the build gives it to the group above it. Rows
 * whose fragments do not line up, or a bracket never closed, are left as they are.
 */
function mendWrappedNotes(left: CellPart[]): void {
  for (let i = 0; i < left.length; i++) {
    const open = openedNote(left[i].text);
    if (!open) continue;
    const { column } = open;
    const entries = [open.entry];
    const note = [open.note];
    let closed = -1;
    for (let j = i + 1; j < left.length && j <= i + NOTE_ROWS && left[j].n === left[j - 1].n + 1; j++) {
      const fragment = noteFragment(left[j].text, column);
      if (!fragment) break;
      note.push(fragment.text);
      entries.push(fragment.entry);
      if (fragment.text.includes(")")) {
        closed = j;
        break;
      }
      if (!fragment.entry.trim()) break; // a row holding only a middle fragment: left as it is
    }
    if (closed < 0) continue;
    for (let k = i; k <= closed; k++) left[k] = { ...left[k], text: entries[k - i] };
    const last = left[closed];
    left[closed] = { ...last, text: last.text.trim() ? `${last.text.trimEnd()} ${note.join(" ")}` : note.join(" ") };
    i = closed;
  }
}

/**
 * An entry, a gap, and a note opened in the middle of the row but not closed there ("- Ban Bí thư
 * Trung ương Đảng,      (để"): the entry, the note's first fragment and its column; else null.
 */
function openedNote(text: string): { entry: string; note: string; column: number } | null {
  const column = text.lastIndexOf("(");
  if (column < 0 || text.includes(")", column)) return null;
  const entry = text.slice(0, column);
  if (!entry.endsWith("   ") || !entry.trim()) return null;
  return { entry: entry.trimEnd(), note: text.slice(column).trim(), column };
}

/** The fragment of a wrapped note on a row, and the entry before it: text after the row's last gap (or the row's only text) starting near `column`. */
function noteFragment(text: string, column: number): { entry: string; text: string } | null {
  const start = text.search(/\S/);
  if (start < 0) return null;
  let at = -1;
  for (const gap of gapsOf(text)) at = gap.end;
  if (at < 0 && Math.abs(start - column) <= NOTE_DRIFT) at = start;
  if (at < 0 || Math.abs(at - column) > NOTE_DRIFT) return null;
  const fragment = text.slice(at).trim();
  if (fragment.includes("(") || fragment.length > 30) return null;
  return { entry: at === start ? "" : text.slice(0, at).trimEnd(), text: fragment };
}

/**
 * The gap of a line that is the column edge: one that overlaps the edge found so far [lo, hi)
 * and is followed by right-cell text. NĐ 30 centres every line of the right cell (motto,
 * place-date, signing authority, position, name) in that cell, as the anchor's right part is: so
 * a right part is centred right of where the anchor's begins (`start`), and when several gaps
 * qualify ("- Thường trực Thành ủy,      (để báo cáo)          BÍ THƯ") the edge is the one whose
 * right part is centred nearest the anchor's (`centre`). A note of the left cell ("(để báo
 * cáo)", set off by spaces after its entry) is centred inside the left cell: not an edge.
 */
function edgeGap(raw: string, lo: number, hi: number, anchor: { start: number; centre: number }): Gap | undefined {
  let best: Gap | undefined;
  let bestOff = Infinity;
  let end = -1; // the line's printed end, found at the first gap that overlaps
  for (const gap of gapsOf(raw)) {
    if (gap.start >= hi || gap.end <= lo) continue;
    if (end < 0) end = raw.trimEnd().length;
    const centre = (gap.end + end) / 2;
    const off = Math.abs(centre - anchor.centre);
    if (centre >= anchor.start && off < bestOff) {
      best = gap;
      bestOff = off;
    }
  }
  return best;
}

/** A footer's anchor: "Nơi nhận" or a list entry ("- Như trên;") before the gap. */
function isFooterAnchor(raw: string, edge: Gap): boolean {
  const left = raw.slice(0, edge.start).trimStart();
  return /^[-+•]/.test(left) || LEFT_ANCHOR.test(asciiFold(left));
}

/**
 * A line of the Nơi nhận list that runs past the column edge: pdftotext sets the list's small
 * type in more columns than the cell is wide, so a long entry ("- Các sở, ban, ngành, đoàn thể
 * cấp tỉnh và các cơ quan Trung ương") or its continuation ("đóng trên địa bàn tỉnh;") may cross
 * the edge found from the signer's rows. It is left-cell text (cut before a right part on its
 * row, as `edgeGap` finds one); any other line (prose, a title) still ends the region.
 */
function overlongEntry(raw: string, middle: number, anchor: { start: number; centre: number }): { left: string; right: string } | null {
  const start = raw.search(/\S/);
  if (start < 0 || start >= middle || !/^[-+•\p{Ll}]/u.test(raw.slice(start))) return null;
  const gap = edgeGap(raw, middle, Infinity, anchor) ?? signerPartAfterNarrowGap(raw, middle);
  return gap ? { left: raw.slice(0, gap.start), right: raw.slice(gap.end) } : { left: raw, right: "" };
}

/** Two spaces, the narrowest gap pdftotext leaves when an entry runs up to the signer's column. */
const NARROW_GAP = /\S {2}(?=\S)/g;

/**
 * A long entry pushed up to the signer's column leaves only two spaces before the signer's part on
 * its row ("- Các đồng chí Ủy viên Ban Thường vụ,  CHÁNH VĂN PHÒNG"): cut there when the text after
 * the gap lies right of the column edge and is a signer's part (a mark, a title in capitals),
 * which no Nơi nhận entry continues with.
 */
function signerPartAfterNarrowGap(raw: string, middle: number): Gap | undefined {
  NARROW_GAP.lastIndex = 0;
  for (let m = NARROW_GAP.exec(raw); m !== null; m = NARROW_GAP.exec(raw)) {
    const gap = { start: m.index + 1, end: m.index + 3 };
    if (gap.end < middle) continue;
    const right = asciiFold(raw.slice(gap.end));
    if (RIGHT_ANCHOR.test(right) || HEAD_TITLE.test(right)) return gap;
  }
  return undefined;
}

/** The anchor's gap: after "Nơi nhận", or before a right-column part. */
function anchorGap(raw: string, gaps = gapsOf(raw)): Gap | undefined {
  if (!gaps.length) return undefined;
  const text = asciiFold(raw);
  if (LEFT_ANCHOR.test(text.trimStart())) return gaps[0];
  return gaps.find((gap) => RIGHT_ANCHOR.test(text.slice(gap.end)) || (HEAD_TITLE.test(text.slice(gap.end)) && FOOTER_ROW.test(text)));
}

/** Runs of three spaces or more between two pieces of text. */
function gapsOf(raw: string): Gap[] {
  if (!raw.includes("   ")) return [];
  const gaps: Gap[] = [];
  // an exec loop: matchAll clones the pattern at every call
  GAP.lastIndex = 0;
  for (let m = GAP.exec(raw); m !== null; m = GAP.exec(raw)) gaps.push({ start: m.index + 1, end: m.index + m[0].length });
  return gaps;
}

/**
 * A region of Word table rows: from the anchor to the last line holding a tab before a blank line
 * (a row of empty cells, "\t", does not end it) or a line that is neither a row nor a list entry
 * (the body's prose, "Kính gửi: …", "QUYẾT ĐỊNH"). A region that opens on two signers' marks side
 * by side (a joint document, NĐ 30 Phụ lục I) ends before "Nơi nhận", printed under both blocks. A line cut at its tab gives a left and a right
 * part; a line opening with a tab ("\tNguyễn Văn Hùng") is right-cell text, a list entry without a
 * tab between two rows ("- TT Tỉnh ủy, TT HĐND tỉnh;") left-cell text.
 */
function tabColumnsAt(lines: readonly Line[], from: number): Table {
  const anchor = lines[from].raw;
  const gap0 = tabGap(anchor) as Gap;
  const footer = isFooterAnchor(anchor, gap0);
  // two signer blocks side by side (a joint document): its Nơi nhận is printed under them, a table of its own
  const signers = isSignerPart(asciiFold(anchor.slice(0, gap0.start).trim())) && isSignerPart(asciiFold(anchor.slice(gap0.end).trim()));
  let last = from;
  for (let i = from + 1; i < lines.length && i < from + MAX_REGION; i++) {
    const raw = lines[i].raw;
    if (raw.includes("\f") || (signers && LEFT_ANCHOR.test(asciiFold(lines[i].text)))) break;
    if ((footer || signers) && opensDocument(lines[i])) break;
    if (lines[i].text === "" && !raw.includes("\t")) {
      // a footer's blank signing space: the signer's name under it is a row whose left cell is empty
      const next = footer ? nameRowAfterBlanks(lines, i, from + MAX_REGION) : -1;
      if (next < 0) break;
      last = i = next;
      continue;
    }
    if (raw.includes("\t")) last = i;
    else if (!/^\s*[-+•–]/.test(raw)) break;
    // a footer's list entries are its left cell, whether or not a row's tab follows them
    // (an editor or a copy strips a row's trailing tab: "- Như trên;" under "Nơi nhận:⇥GIÁM ĐỐC")
    else if (footer) last = i;
  }
  const left: CellPart[] = [];
  const right: CellPart[] = [];
  for (let i = from; i <= last; i++) {
    const { n, raw } = lines[i];
    const gap = tabGap(raw);
    const opensRight = !gap && /^ *\t/.test(raw);
    const l = gap ? raw.slice(0, gap.start) : opensRight ? "" : raw;
    const r = gap ? raw.slice(gap.end) : opensRight ? raw : "";
    if (l.trim()) left.push(part(n, l));
    if (r.trim()) right.push(part(n, r));
  }
  return { from, to: last + 1, rows: [[left, right]] };
}

/**
 * The line after the blank lines from `i` when it opens with a tab and holds no other ("⇥Phạm Văn
 * Hóa": a row of the footer table, left cell empty), else -1.
 */
function nameRowAfterBlanks(lines: readonly Line[], i: number, limit: number): number {
  let j = i;
  while (j < lines.length && j < limit && lines[j].text === "" && !lines[j].raw.includes("\f")) j++;
  return j < lines.length && j < limit && /^ *\t+[^\t]+$/.test(lines[j].raw) ? j : -1;
}

/**
 * The tab between a row's two cells: the last run of tabs between two pieces of text, not the one
 * after a list marker Word writes before an item's text ("-\tNhư trên;", "1.\tRà soát …", "Điều 1.\t…").
 */
function tabGap(raw: string): Gap | undefined {
  for (let at = raw.lastIndexOf("\t"); at > 0; ) {
    let start = at;
    let end = at + 1;
    while (start > 0 && isBlank(raw.charCodeAt(start - 1))) start--;
    while (end < raw.length && isBlank(raw.charCodeAt(end))) end++;
    if (start > 0 && end < raw.length) return LIST_MARKER.test(raw.slice(0, start)) ? undefined : { start, end };
    at = start > 0 ? raw.lastIndexOf("\t", start - 1) : -1;
  }
  return undefined;
}
const isBlank = (c: number): boolean => c === 0x20 || c === 0x09;
/** A list marker before a tab: also Word's list glyphs and the bullet symbols ("·⇥", "o⇥", "§⇥", "●⇥" …; see WORD_BULLET in ../tidy.ts). */
const LIST_MARKER = /^\s*(?:[-+*•o·●▪■◆♦❖►▸➢➤✓✔❑○◦\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf06c\uf06e\uf071\uf0a8§vØü]|\d{1,3}(?:\.\d{1,2})*[.)]|[a-zđ][.)]|[IVXL]{1,6}[.)]|(?:Điều|Chương|Mục|Phần) [\dIVXL]{1,4}[.:]?)$/;

/** A line cut at the column edge; null when its text runs across the edge. */
function splitLine(raw: string, middle: number, hi: number): { left: string; right: string } | null {
  const start = raw.search(/\S/);
  if (start < 0) return null;
  const gap = gapsOf(raw).find((g) => g.start <= middle && g.end >= middle);
  if (gap) return { left: raw.slice(0, gap.start), right: raw.slice(gap.end) };
  if (start >= middle) return { left: "", right: raw };
  return raw.trimEnd().length <= hi + 2 ? { left: raw, right: "" } : null;
}

function part(n: number, text: string): CellPart {
  return { n, text, bold: false, italic: false };
}
