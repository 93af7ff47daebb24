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
 * right-column part after such a gap (the motto, "Độc lập", "ĐẢNG CỘNG SẢN", "<place>, ngày",
 * a signing mark, "CHỦ TỊCH", "BÍ THƯ"). The column edge is where the gaps of the region's lines
 * overlap. The region runs on, line by line, while each line fits the two columns; it ends at a
 * blank line, a form feed, or a line that runs across the edge (body prose, a centred
 * "Kính gửi: …"). Body prose is never split: it holds no anchor, and justified text has single
 * spaces.
 */
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
/** Right-column parts that may follow a gap (folded text). */
const RIGHT_ANCHOR =
  /^(?:CONG HOA|DOC LAP|Doc lap|DANG CONG SAN|[^,]{2,40}, ?ngay\b|(?:T ?\/ ?M|T ?M\.|K ?\/ ?T|K ?T\.|T ?\/ ?L|T ?L\.|TUQ\.?|Q\.) ?[A-Z`]|(?:PHO )?CHU TICH\b|(?:PHO )?BI THU\b)/;
const LEFT_ANCHOR = /^N[oe]i nh[ao]n\b/i;

/** The two-column region starting at lines[from], or null. */
export function layoutColumnsAt(lines: readonly Line[], from: number): Table | null {
  const edge = anchorGap(lines[from].raw);
  if (!edge) return null;
  let lo = edge.start;
  let hi = edge.end;
  // first pass: how far the region may reach, and where the gaps of its lines overlap
  let to = from + 1;
  for (; to < lines.length && to < from + MAX_REGION; to++) {
    const raw = lines[to].raw;
    if (lines[to].text === "" || raw.includes("\f")) break;
    const gap = gapsOf(raw).find((g) => g.start < hi && g.end > lo);
    if (gap) {
      lo = Math.max(lo, gap.start);
      hi = Math.min(hi, gap.end);
    }
  }
  // second pass: each line's left and right parts; stop at the first line that does not fit
  const middle = (lo + hi) / 2;
  const left: CellPart[] = [];
  const right: CellPart[] = [];
  let end = from;
  for (; end < to; end++) {
    const line = lines[end];
    const parts = splitLine(line.raw, middle, hi);
    if (!parts) break;
    if (parts.left.trim()) left.push(part(line.n, parts.left));
    if (parts.right.trim()) right.push(part(line.n, parts.right));
  }
  return { from, to: end, rows: [[left, right]] };
}

/** The anchor's gap: after "Nơi nhận", or before a right-column part. */
function anchorGap(raw: string): Gap | undefined {
  const gaps = gapsOf(raw);
  if (!gaps.length) return undefined;
  const text = asciiFold(raw);
  if (LEFT_ANCHOR.test(text.trimStart())) return gaps[0];
  return gaps.find((gap) => RIGHT_ANCHOR.test(text.slice(gap.end)));
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
