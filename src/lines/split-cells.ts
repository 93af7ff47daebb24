/**
 * Flattened layouts: web copies and some converters put a whole two-column header on one line
 * ("BỘ TÀI CHÍNH -------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc",
 * "Số: 19046/BTC-TCHQ V/v hướng dẫn …", "Hà Nội, ngày 29 tháng 12 năm 2014 Kính gửi: …"), or
 * the signer block on the end of a line ("KT. BỘ TRƯỞNG THỨ TRƯỞNG Đỗ Hoàng Anh Tuấn").
 * Such a line is cut into cells at the boundaries of the standard's header parts; each cell is a
 * Line with the same line number, so everything downstream (and `lines`) works unchanged.
 *
 * Only lines that hold two or more header parts are cut (plus the signer-name tail), so body
 * prose that merely mentions "Hà Nội, ngày …" or "V/v" is left alone.
 */
import { NAME_PREFIX } from "../../grammar/line-tokens.js";
import { asciiFold } from "./ascii-fold.js";
import { NOI_NHAN, NOI_NHAN_LABEL } from "./footer-label.js";
import type { Line } from "./line.js";

/**
 * The date of a place-date line, folded: "ngay 05 thang 01 nam 2025", and the same with the day,
 * or day and month, printed blank to be filled in by hand (NĐ 30 allows a document to be printed
 * before it is dated): "ngay thang 01 nam 2025" (spaces collapsed), "ngay ... thang ... nam 2025".
 */
const DATE = String.raw`ngay ?(?:\d{1,2}|[._]+)? ?thang ?(?:\d{1,2}|[._]+)? ?nam \d{4}`;

/** Parts of a header; a line holding two of them is a flattened header line. */
/**
 * An upper-case type name (folded) after the end of a date or a lower-case word: cut at the space
 * before it. The space comes first, the look-behind last: the scan stops only at spaces.
 */
const TYPE_NAME =
  / (?=(?:QUYET DINH|CHI THI|THONG BAO|KE HOACH|NGHI QUYET|CONG VAN|HUONG DAN|CHUONG TRINH|QUY DINH|QUY CHE|DE AN|PHUONG AN|PHU LUC|CONG DIEN|BAO CAO|TO TRINH)\b(?! ?:))(?<=(?:\d{4}|[a-z`]) )/;

const HEADER_PARTS: readonly RegExp[] = [
  /CONG HOA XA HOI CHU NGHIA/,
  /Doc lap ?[-,`] ?Tu do/i,
  /DANG CONG SAN VIET NAM/,
  /DOAN TNCS HO CHI MINH/, // the Đoàn's heading, where the Party motto stands (HD 36's layout)
  /(?:^|\s)S[Oo] ?: ?[\d/._]/, // "Số: 12/…", or blank: "Số: /UBND", "Số: …/UBND"
  /^S[Oo] \d{1,6}-[A-Z`]/, // HD 36 prints a Party number without a colon: "Số 125-CV/ĐU"
  /(?:^|\s)\*{1,5} S[Oo] \d{1,6}-[A-Z`]/, // … and the star above it (flattened: "ĐẢNG ỦY XÃ … * Số 86-QĐ/ĐU")
  /(?:^|\s)V ?\/ ?v\s/,
  new RegExp("[A-Z][\\w.`]*(?: \\d{1,2})?, ?" + DATE), // "Hà Nội, ngày …", "Quận 3, ngày …", "Đam Rông 1, ngày …"
  /(?:^|\s)K[iy]nh g[uw]i ?:/i,
  /\s(?:-{3,}|_{3,}|={3,})(?:\s|$)/,
  /^\d{1,6} ?[-/] ?[A-Z][A-Za-z`]*\s/, // "299/TTg Hà Nội, ngày …" under a "Số:" line
  TYPE_NAME, // "… năm 2015 QUYẾT ĐỊNH BAN HÀNH …"
  /\((?:Ban hanh )?kem theo\b/i, // an attachment's "(Ban hành kèm theo …)" glued to the signer
];

/**
 * Where a flattened header line is cut: at the start of a match, or (`end`) right after it.
 * A look-behind comes last, after what the scan can look for (one at the start is tried at every
 * position of the line); `needs` is text every match holds: a line without it is not scanned.
 * `afterSpace`: the cut is the white space before the match, which the pattern checks with its
 * `(?<=\s.)` — a pattern opening with `\s(?=…)` is tried at every space of the line, one opening
 * with a letter only where that letter is (on a flattened document ×2–4 as fast).
 */
interface Cut {
  re: RegExp;
  end?: true;
  needs?: string;
  afterSpace?: true;
}
const HEADER_CUTS: readonly Cut[] = [
  { re: /\s(?=CONG HOA XA HOI CHU NGHIA)/g, needs: "CONG HOA XA HOI CHU NGHIA" },
  { re: /D(?<=\s.)(?=oc lap ?[-,`] ?Tu do)/gi, afterSpace: true },
  { re: /\s(?=DANG CONG SAN VIET NAM)/g, needs: "DANG CONG SAN VIET NAM" },
  // not the Central Committee's name ("BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH", the enacting authority)
  { re: /(?<!TRUNG UONG)\s(?=DOAN TNCS HO CHI MINH)/g, needs: "DOAN TNCS HO CHI MINH" },
  { re: /\s(?=S[Oo] ?: ?[\d/._])/g, needs: ":" },
  { re: /V(?<=\s.)(?= ?\/ ?v\s)/g, needs: "/", afterSpace: true },
  // the place: up to four capitalised words, perhaps ending in a unit number (NĐ 30 Điều 8 khoản 4: the
  // unit's name — "Quận 3", "Phường 12", "Q. 10", the 2025 communes "Đam Rông 1")
  {
    re: new RegExp("(?<![A-Za-z`])(?:(?:TP|Q)\\. ?)?(?:(?:Quan|Phuong|[QP]\\.) ?\\d{1,2}|[A-Z][a-z`]*(?: [A-Z][a-z`]*){0,3}(?: \\d{1,2})?), ?" + DATE, "g"),
    needs: "thang",
  },
  { re: new RegExp(", ?" + DATE + "(?=\\s)", "g"), end: true, needs: "thang" },
  { re: new RegExp(TYPE_NAME.source, "g") },
  { re: /\((?<=\s.)(?=(?:Ban hanh )?kem theo\b)/gi, needs: "(", afterSpace: true },
  { re: /K(?<=\s.)(?=[iy]nh g[uw]i ?:)/gi, needs: ":", afterSpace: true },
  { re: /^\d{1,6} ?[-/] ?[A-Z][A-Za-z`]*(?: ?[-/] ?[A-Za-z`\d]+)*(?=\s)/g, end: true },
  { re: /\s(?=(?:-{3,}|_{3,}|={3,})(?:\s|$))/g },
  { re: /\s(?:-{3,}|_{3,}|={3,})(?=\s)/g, end: true },
  // HD 36's star under the issuer, above the number ("ĐẢNG BỘ TỈNH … ĐẢNG CỘNG SẢN VIỆT NAM *** Số: …"): a cell of its own
  { re: /\s(?=\*{1,5} S[Oo]\b)/g, needs: "*" },
  { re: /\s\*{1,5}(?= S[Oo]\b)/g, end: true, needs: "*" },
  // the end of an upper-case title run: "… TRONG CẢ NƯỚC Ngày 24 tháng 6 …"
  { re: /[A-Z`]{2}[,.]?(?= [A-Z][a-z`]+ [a-z`\d])/g, end: true },
];

/**
 * The enacting authority of a Quyết định (NĐ 30 Phụ lục I: "QUYẾT ĐỊNH / Về việc … / BỘ TRƯỞNG
 * BỘ TƯ PHÁP") flattened onto the end of the title: a head's title and a body noun closing the
 * line. Not after a word that makes it part of the subject ("… CỦA BỘ TRƯỞNG BỘ …", "PHÓ CHỦ TỊCH").
 */
const AUTHORITY_TAIL = new RegExp(
  " (?=(?:BO TRUONG|THU TUONG|CHU TICH|GIAM DOC|TONG GIAM DOC|TONG CUC TRUONG|CUC TRUONG|" +
    "VIEN TRUONG|CHANH AN|TONG KIEM TOAN|THONG DOC|TRUONG BAN|CHU NHIEM) (?:BO|UY BAN|UBND|CHINH PHU|SO|TONG CUC|CUC|NGAN HANG|KIEM TOAN|VIEN|" +
    "HOI DONG|TOA AN|BAN|DAI HOC|HOC VIEN)\\b[A-Z`&,. -]*$)(?<!\\b(?:PHO|CUA|CHO|VA|VOI|GIAO|DOI|TICH|TAI|LAM|LA) )",
);

/** A dash entry: not "Số: 367 - QĐ/…", nor the motto's dashes ("Độc lập - Tự do - Hạnh phúc", also in capitals). */
const ENTRY_DASH: Cut = { re: /-(?<=\s.)(?= ?[A-Z`])(?<!\d\s.)(?<!(?:[Dd]oc [Ll]ap|DOC LAP|[Tt]u [Dd]o|TU DO)\s.)/g, needs: "-", afterSpace: true };
/** "(đã ký)": a cell of its own */
const SIGNED: readonly Cut[] = [{ re: /\s(?=[([] ?da ky ?[)\]])/gi }, { re: /[([] ?da ky ?[)\]]/gi, end: true }];
/** A signing mark — TM, TL, T/M, T/L, KT, K/T — its first letter first (see `afterSpace`). */
const SIGNING_MARK_CUT: Cut = { re: /(?:T(?=\/?[ML]\.)|K(?=\/?T\.))(?<=\s.)(?=\/?[MLT]\. ?[A-Z`]{2})/g, needs: ".", afterSpace: true };

/**
 * A footer flattened onto one line (a web copy): "Nơi nhận: - Như trên; - Văn phòng Chính phủ; -
 * Lưu: VT, ĐĐ. KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Hoàng Hiệp": the label, entries and a signing mark
 * or the Lưu entry, at any length. It is cut as a flattened document's footer is (the name is cut
 * off its title as any signer's line's is).
 */
const FLAT_FOOTER_LABEL = new RegExp(`^(?:${NOI_NHAN}|NOI NHAN) ?:`);
/** A signing mark, or the Lưu entry (folded; three tests, each one scan: no backtracking over a long line). */
const FLAT_FOOTER_END = /(?:\b(?:TM|KT|TL|TUQ|Q)|\bT\/M|\bK\/T|\bT\/L)\. ?[A-Z`]{2}|\b(?:T\/M|K\/T|T\/L) [A-Z`]{2}|- L[uU][uU]\b/;
const FOOTER_CUTS: readonly Cut[] = [ENTRY_DASH, ...SIGNED, SIGNING_MARK_CUT];

/**
 * A whole document flattened onto one line (a web copy): besides the header cuts, it is cut where
 * the body and footer parts of NĐ 30 / HD 36 begin — an article, a dash item, Nơi nhận, a signing
 * mark, a "***" decoration — and where a capitalised word is glued to an upper-case run
 * ("QUYẾT ĐỊNHVề việc …", "TRUNG ƯƠNG***Số: 367").
 */
const DOCUMENT_CUTS: readonly Cut[] = [
  { re: /\s(?=Dieu \d{1,3}\. )/g, needs: "Dieu " },
  ENTRY_DASH,
  { re: /-{3,}|_{3,}|={3,}/g },
  ...SIGNED,
  { re: / (?=[A-Z`]{2,} [A-Z`]{2,})(?<=[a-z`] )/g }, // a signer's name, then the next upper-case part
  { re: /(?=DOAN TNCS HO CHI MINH)(?<=[A-Z`])/g, needs: "DOAN TNCS HO CHI MINH" }, // the Đoàn's heading (its "motto"), glued to the number
  { re: /N(?<=\s.)(?=[oe]i nh[ao]n ?:)/gi, needs: ":", afterSpace: true },
  SIGNING_MARK_CUT,
  { re: /\s(?=QUYET DINH ?:?\s+Dieu \d)/g, needs: "QUYET DINH" },
  { re: /\*{3,}/g, needs: "***" },
  { re: /(?=[A-Z][a-z`])(?<=[A-Z`]{2})/g },
];
/** How long a line must be, and that it must name Nơi nhận, to be read as a flattened document. */
const FLATTENED_DOCUMENT = 1000;

/** Inside a "Kính gửi: X" cell: the first paragraph starts at one of these openers. */
const AFTER_ADDRESSEE = /\s(?=(?:Phuc dap|Thuc hien|Can cu|Tra loi|Tiep nhan|Vua qua|Sau khi|Xet de nghi|Theo de nghi|Ngay \d)\b)/g;

/**
 * A signer's name (folded): two to five capitalised words, a word's capital perhaps joined to it
 * by an apostrophe as in the names of the Cơ Ho, Ê Đê, Gia Rai … ("H'Hen Niê", "Ksor H'Ble"), or
 * one such word alone ("K'Bình", "Y'Mơi"). ’ folds to '. A rank or degree may come first, as the
 * lexer's `HoTen` reads it ("Đại tá Lê Văn Hải", "PGS.TS. Nguyễn Văn A").
 */
const NAME_WORD = "[A-Z](?:'[A-Z])?[a-z`]*";
const NAME = `(?:${NAME_PREFIX})?(?:${NAME_WORD}(?: ${NAME_WORD}){1,4}|[A-Z]'[A-Z][a-z\`]+)`;
/** Not right after an academic degree ("PGS.TS."), which belongs to the name after it. */
const NOT_AFTER_DEGREE = String.raw`(?<!(?:^|[\s.])(?:P?GS|TSKH|TS|ThS|BS|DS|KS|CKI{1,2})\.?)`;
/**
 * "… KT. BỘ TRƯỞNG THỨ TRƯỞNG Đỗ Hoàng Anh Tuấn": an upper-case title run (two words or more)
 * and a name closing the line.
 */
const SIGNER_TAIL = new RegExp(`\\s(?=[A-Z\`][A-Z\`.,]*(?: [A-Z\`][A-Z\`.,]*)+${NOT_AFTER_DEGREE} ${NAME} *$)`);
const SIGNING_MARK = /^(?:T ?[/.]? ?M|K ?[/.]? ?T|T ?[/.]? ?L|TUQ|Q)\.?$/;
/** … and a name after a title in capitals (the degree before a name is the name's: not "PGS.TS. | Nguyễn Văn An"). */
const NAME_TAIL = new RegExp(`(?<=[A-Z\`]{2,}[,.]?)${NOT_AFTER_DEGREE}\\s(?=${NAME} *$)`);

export function splitCells(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  // a Nơi nhận list whose rows hold the signer's cell after one space: the signer's parts, kept
  // until the list ends, then given in reading order (left cell, then right), as a table's are
  const footer: Footer = { open: false, carried: false, right: [], archived: false, named: false, held: 0 };
  for (const line of lines) {
    const cells = cellsOf(line);
    if (cells === null) footerCell(line, footer, out);
    else for (const cell of cells) footerCell(cell, footer, out);
  }
  flush(footer, out);
  return out;
}

interface Footer {
  /** in a Nơi nhận list */
  open: boolean;
  /** its last line is not closed: the next one carries it on */
  carried: boolean;
  /** right-cell parts cut off its rows, not given yet */
  right: Line[];
  /** the list's Lưu entry was read: it ends the list (NĐ 30 Điều 15), so no signer part is held past it */
  archived: boolean;
  /** the signer's name was held: it ends the signer's cell */
  named: boolean;
  /** the signer's lines held whole (a mark, a title, "(Đã ký)") */
  held: number;
}

/**
 * A reading-order copy of the footer table (raw pdftotext, OCR) gives its two cells' lines by
 * height, interleaved: "Nơi nhận:" / "- Ban Bí thư … (để b/c)," / "T/M BAN THƯỜNG VỤ" / "PHÓ BÍ
 * THƯ" / "- Các đồng chí Tỉnh ủy viên," / … / "- Lưu Văn phòng Tỉnh ủy." / "Rơ Mah Tuân", and the
 * mark may stand a row above the label ("TL. GIÁM ĐỐC" / "Nơi nhận:"). A whole signer's line —
 * a signing mark, a title in capitals (`TITLE_WORD`, or the wrap of one), "(Đã ký)" — read inside
 * the list before its Lưu entry is the right cell's, held as the cut ones are and given after the list.
 */
const MARK_LINE = /^(?:T ?\/ ?M|TM|K ?\/ ?T|KT|T ?\/ ?L|TL|TUQ|Q)\.? ?[A-Z`]{2}[^a-z]*$/;
const CAPITALS_LINE = /^[A-Z`]{2,}(?:[ ,][A-Z`]{2,})*$/;
const SIGNED_LINE = /^[([] ?[Dd]a ky ?[)\]]$/;
const MAX_HELD = 3;
const BARE_ARCHIVE = /^[-+*]? ?Luu ?:?$/i;

function signerLine(folded: string, footer: Footer): boolean {
  if (footer.archived || footer.named || footer.held >= MAX_HELD) return false;
  if (MARK_LINE.test(folded) || SIGNED_LINE.test(folded)) return true;
  return CAPITALS_LINE.test(folded) && (TITLE_WORD.test(folded) || /^PHO /.test(folded) || footer.held > 0);
}

/**
 * A line in or out of a Nơi nhận list. The list opens at "Nơi nhận" and runs over its entries
 * ("- …", "+ …", "Lưu …") and their carried-on lines (lower case); a row that ends in the
 * signer's cell joined by one space ("Nơi nhận: KT. CHÁNH VĂN PHÒNG", "- Như trên, PHÓ BÍ THƯ",
 * "- Các sở GDĐT; (Đã ký)") is cut before it (OCR and web copies join a footer row's cells so).
 */
function footerCell(cell: Line, footer: Footer, out: Line[]): void {
  let line = cell;
  let folded = line.folded;
  const first = folded.charCodeAt(0);
  // OCR's lone dash between the label and the signer's cell, cut off by `cellsOf` ("Nơi nhận: -" |
  // "CHỦ TỊCH", or "Nơi nhận:" | "-" | "KT. CHỦ TỊCH"): no entry, dropped
  if (first === DASH && folded === "-" && footer.open && out.at(-1)?.n === line.n && FOOTER_LABEL.test(out.at(-1)!.folded)) return;
  if (first === 0x4e && folded.endsWith(" -") && LABEL_LONE_DASH.test(folded)) {
    line = cutAt(line, [folded.length - 1])[0];
    folded = line.folded;
  }
  if (footer.open && footer.right.length > 0 && NAME_LINE.test(folded)) {
    // the signer's name on a row of its own beside the list's later entries (pdftotext): the signer's cell too
    footer.right.push(line);
    footer.named = true;
    return;
  }
  // a blank line between the list's rows (the two cells' line pitches differ): the list goes on
  if (footer.open && folded === "") {
    out.push(line);
    return;
  }
  // the archive's abbreviations cut off a bare "Lưu:" (a layout cell): joined back to it
  const last = out.at(-1);
  if (footer.open && folded !== "" && last !== undefined && last.n === line.n && BARE_ARCHIVE.test(last.folded)) {
    out[out.length - 1] = { ...last, text: `${last.text} ${line.text}`, folded: `${last.folded} ${folded}` };
    footer.carried = false;
    return;
  }
  const entry = isEntry(folded, first);
  // (a mark is never an entry's wrap, though "T/M …" does not open with two capitals)
  if (footer.open && !entry && signerLine(folded, footer)) {
    footer.right.push(line);
    footer.held++;
    return;
  }
  if (footer.open && !(entry || (footer.carried && carriedOn(folded)))) flush(footer, out);
  const label = first === 0x4e && FOOTER_LABEL.test(folded);
  if (label) {
    footer.open = true;
    // the signer's mark printed a row above the label: the right cell's first line
    const above = out.at(-1);
    if (above !== undefined && MARK_LINE.test(above.folded)) footer.right.push(out.pop()!);
  }
  if (!footer.open) {
    out.push(line);
    return;
  }
  const ends = mayEndInSignerCell(line.text);
  // the signer's cell is short: looked for in the row's last characters (the patterns end at "$")
  const from = Math.max(0, folded.length - TAIL);
  const end = ends ? folded.slice(from) : "";
  let tail = ends ? SIGNER_CELL_TAIL.exec(end) : null;
  if (tail !== null && !(tail[1] || tail[2] || TITLE_WORD.test(tail[3]))) tail = null;
  // once the signer's title is cut off, a name after the row's punctuation is the signer's too
  if (tail === null && ends && footer.right.length > 0) tail = NAME_AFTER_ENTRY.exec(end);
  // OCR's "Nơi nhận: - PHÓ GIÁM ĐỐC": a lone dash (the first entry's, its words a row below) before the signer's cell
  const dashed = tail === null && label && ends ? LABEL_DASH_SIGNER.exec(folded) : null;
  if (dashed !== null && (dashed[1] === undefined || TITLE_WORD.test(dashed[1]))) {
    const at = dashed[0].length;
    const cells = cutAt(line, [at - 2, at]);
    footer.carried = true;
    out.push(cells[0]);
    footer.right.push(...nameCells(cells.at(-1)!));
    return;
  }
  if (tail === null) {
    footer.carried = carriesOn(line.text);
    if (/^[-+*]? ?Luu\b/i.test(folded)) footer.archived = true;
    out.push(line);
    return;
  }
  let at = from + tail.index;
  // "BỘ TRƯỞNG, CHỦ NHIỆM": a title before the run, after a comma, is the signer's cell too (two at most)
  for (let k = 0, m = TITLE_BEFORE.exec(folded.slice(from, at)); k < 2 && m !== null && TITLE_WORD.test(m[1]); k++, m = TITLE_BEFORE.exec(folded.slice(from, at))) at = from + m.index;
  const [left, ...right] = cutAt(line, [at]);
  footer.carried = carriesOn(left.text);
  out.push(left);
  for (const cell of right) footer.right.push(...nameCells(cell));
}

/** A line of the list: a dash entry, a carried-on line (lower case), Lưu, or an entry whose dash was lost ("Vụ TH; Cổng TTĐT;"). */
function isEntry(folded: string, first: number): boolean {
  if (first === DASH || first === PLUS || first === STAR || (first >= 0x61 && first <= 0x7a) || /^Luu\b/i.test(folded)) return true;
  const last = folded.charCodeAt(folded.length - 1);
  return last === 0x3b || last === 0x2c;
}

/** A line that may carry an open entry on: not blank, not the signer's (a mark or title in capitals, a name alone). */
function carriedOn(folded: string): boolean {
  return folded !== "" && !/^[A-Z`]{2}/.test(folded) && !NAME_LINE.test(folded);
}

/** An entry not closed by ";" or "." (nor the label by ":"): the next line carries it on, whatever its case ("Trịnh Đình" / "Dũng;"). */
function carriesOn(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return c !== 0x3b && c !== 0x2e;
}

function flush(footer: Footer, out: Line[]): void {
  for (const cell of footer.right) out.push(cell);
  footer.right = [];
  footer.open = false;
  footer.carried = false;
  footer.archived = false;
  footer.named = false;
  footer.held = 0;
}

const DASH = 0x2d;
const PLUS = 0x2b;
const STAR = 0x2a;
/** "Nơi nhận:" (or the label alone on its line), not "Nơi nhận hồ sơ: …" (folded). */
const FOOTER_LABEL = new RegExp(`^${NOI_NHAN} ?(?::|$)`, "i");
/**
 * The signer's cell at the end of a footer row (folded), after the row's own punctuation: a
 * signing mark and its title, "(đã ký)", or a title run in capitals (words of two letters or
 * more) that holds a head's title (`TITLE_WORD`), and the name after it if any. Groups: the mark,
 * "(đã ký)", the run.
 */
const SIGNER_CELL_TAIL = new RegExp(
  String.raw`(?<=[;,.:)] )(?:((?:T ?\/ ?M|TM|K ?\/ ?T|KT|T ?\/ ?L|TL|TUQ|Q)\. ?[A-Z\`]{2}|T\/M [A-Z\`]{2}|K\/T [A-Z\`]{2}|T\/L [A-Z\`]{2})[^a-z]*|([([] ?[Dd]a ky ?[)\]])|([A-Z\`]{2,}(?: [A-Z\`]{2,})*))(?: ${NAME})?$`,
);
/** The label and a lone dash, the rest of its row cut off (folded). */
const LABEL_LONE_DASH = new RegExp(`^${NOI_NHAN_LABEL}-$`, "i");
/**
 * The label, a lone dash, and the signer's cell to the end of the row (folded): a signing mark and
 * its title, or a title run in capitals (group 1: it must hold a head's title), perhaps the name.
 * Anchored: tried at the label's line start only. A real first entry ("- Như trên;", "- UBND
 * tỉnh (để b/c);") has lower case or its punctuation, and does not match.
 */
const LABEL_DASH_SIGNER = new RegExp(
  String.raw`^${NOI_NHAN_LABEL}- (?=(?:(?:T ?\/ ?M|TM|K ?\/ ?T|KT|T ?\/ ?L|TL|TUQ|Q)\. ?[A-Z\`]{2}[^a-z]*|([A-Z\`]{2,}(?: [A-Z\`]{2,})*))(?: ${NAME})?$)`,
);
/** A full name (three to five words: not a drafter's "Trung Anh", not half a name the next line ends) closing a footer row after its punctuation or a number ("- Lưu: VT, QHQT (3b).12 Nguyễn Xuân Phúc"). */
const NAME_AFTER_ENTRY = new RegExp(`(?<=[;,.)\\d] )(?:${NAME_PREFIX})?${NAME_WORD}(?: ${NAME_WORD}){2,4}$`);
/** A capitals run before ", " at the end of a text, after the row's punctuation (folded). */
const TITLE_BEFORE = /(?<=[;,.:] )([A-Z`]{2,}(?: [A-Z`]{2,})*), $/;
/**
 * A signer's name alone on its line: two to five capitalised words (folded), a word's capital
 * perhaps joined by an apostrophe ("H'Hen Niê"), or one such word alone ("K'Bình").
 */
const NAME_LINE = new RegExp(`^${NAME}$`);
/** A head's title in a capitals run: BỘ TRƯỞNG, GIÁM ĐỐC, CHÁNH VĂN PHÒNG, PHÓ BÍ THƯ … */
const TITLE_WORD = /\b(?:CHU TICH|BI THU|GIAM DOC|TRUONG|CHANH|CHU NHIEM|THU TUONG|THONG DOC|TONG KIEM TOAN)\b/;

/** The line ends as a signer's cell may: in a letter (a title in capitals, a name) or a bracket ("(Đã ký)"). */
function mayEndInSignerCell(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return c === 0x29 || c === 0x5d || caseOf(c) === UPPER_CASE || isLower(c);
}

/** "4. Thời hạn nộp hồ sơ hải quan 4.1. Thời hạn nộp tờ khai …": the first sub-clause glued to its parent. */
const SUBCLAUSE = /^(\d{1,2})\. .*?\s(?=\1\.1\.? [A-Z`])/;
/** Its cheap sign, before any folding (a constant: the build turns a `\p{…}` literal into a `new RegExp(…)` made at every call). */
const FIRST_SUBCLAUSE = /\s\d{1,2}\.1\.? \p{Lu}/u;

/** Cheap signs of header parts, tested on the text before any folding; most lines have none. */
export const CHEAP_PARTS: readonly RegExp[] = [
  /C[ỘÔO]NG H[ÒOÓ]A|CỘNG HOÀ/,
  /Độc lập|Doc lap/i,
  /ĐẢNG C[ỘÔO]NG SẢN|ĐOÀN TNCS/,
  /S[ốôoỐÔO] ?:|^S[ốôoỐÔO] \d|\* S[ốôoỐÔO] \d/,
  /V ?\/ ?v\s/,
  /, ?ng[àa]?y (?:\d|[.…_]|th[áa]ng)/, // a date, or one with a blank day: "ngày   tháng 01 năm 2025"
  /[Kk][íi]nh g[ửu]i/,
  /\s(?:-{3,}|_{3,}|={3,})(?:\s|$)/,
  /^\d{1,6} ?[-/] ?\p{Lu}/u,
  // no `u`: these two have only BMP letters and no `\p{…}`, so they match alike without it
  / (?:QUYẾT ĐỊNH|CHỈ THỊ|THÔNG BÁO|KẾ HOẠCH|NGHỊ QUYẾT|CÔNG VĂN|HƯỚNG DẪN|CHƯƠNG TRÌNH|QUY ĐỊNH|QUY CHẾ|ĐỀ ÁN|PHƯƠNG ÁN|PHỤ LỤC) /,
  /\((?:Ban hành )?kèm theo/iu,
  /^(?:T ?[/.] ?M|K ?[/.] ?T|T ?[/.] ?L|TM|KT|TL)[.\s]/, // a signer's line with more after it
];
/**
 * The same parts as they look on the folded line, loosened where folding merges letters ("Ộ",
 * "Ô", "O" → "O"; a letter without an ASCII fold → "`"): each matches every line the cheap part
 * at its place matches (tests/lines/folded-parts.test.ts), and most lines match none. One scan of the one-byte folded text rules them out faster than
 * the parts on the text, and without their compile cost at start-up (`iu` case folding).
 * The words of types are upper-case, as in the part ("quyết định" in prose does not pass).
 */
export const FOLDED_PARTS: readonly string[] = [
  "CONG HOA",
  "[Dd][Oo][Cc] [Ll][Aa][Pp]",
  "DANG CONG SAN|DOAN TNCS",
  "S[oO] ?:|^S[oO] \\d|\\* S[oO] \\d",
  "V ?\\/ ?v[\\s`]",
  ", ?nga?y (?:\\d|[._]|thang)",
  "[Kk]inh gui",
  "-{3}|_{3}|={3}",
  "^\\d{1,6} ?[-/] ?[A-Z`]",
  "(?:QUYET DINH|CHI THI|THONG BAO|KE HOACH|NGHI QUYET|CONG VAN|HUONG DAN|CHUONG TRINH|QUY DINH|QUY CHE|DE AN|PHUONG AN|PHU LUC) ",
  "\\((?:[Bb][Aa][Nn] [Hh][Aa][Nn][Hh] )?[Kk`][Ee][Mm] [Tt][Hh][Ee][Oo]", // `iu`: "k" also matches the Kelvin sign (folded "`")
  "^(?:T ?[/.] ?M|K ?[/.] ?T|T ?[/.] ?L|TM|KT|TL)[.\\s`]",
];
const MAY_HOLD_PART = new RegExp(FOLDED_PARTS.join("|"));
/** The same, each in a group of its own: which one a line holds first (a capture costs on every line, so only where one matched). */
const WHICH_PART = new RegExp(FOLDED_PARTS.map((part) => `(${part})`).join("|"));
/** All but one of them, made on first need. */
const OTHER_PARTS = new Map<number, RegExp>();

/**
 * Can a line that holds a cheap part hold two? Each folded part matches every line its cheap part
 * does, so a line that matches one folded part and none of the others (most often a date ", ngày
 * 5/3" or "Số:" in prose) holds one cheap part at most: two scans of the one-byte folded text
 * instead of each cheap part tried on the text.
 */
function twoPartsPossible(folded: string): boolean {
  const found = WHICH_PART.exec(folded)!;
  let first = 0; // the part found: its group holds the match
  while (found[first + 1] === undefined) first++;
  let others = OTHER_PARTS.get(first);
  if (others === undefined) {
    others = new RegExp(FOLDED_PARTS.filter((_, k) => k !== first).join("|"));
    OTHER_PARTS.set(first, others);
  }
  return others.test(folded);
}

/** The tail of a line that may be a signer's title and name: "… BỘ TRƯỞNG Đỗ Hoàng Anh Tuấn". */
const MAY_END_WITH_NAME = /\p{Lu}{2,}[,.]? (?:(?:Đại|Thượng|Trung|Thiếu) (?:tướng|tá|úy|uý) )?(?:(?:\p{Lu}(?:['’]\p{Lu})?\p{Ll}* ?){2,5}|\p{Lu}['’]\p{Lu}\p{Ll}+ ?)$/u;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;

/**
 * `MAY_END_WITH_NAME` only where it can match: the last word is capitalised ("… Tuấn", not "…
 * thực hiện"). A pattern anchored at the end is tried from every position of the text, so this
 * look at the last word saves most of its cost (most lines of plain text end in a lower-case word).
 */
function mayEndWithName(text: string): boolean {
  let i = text.length - 1;
  if (text[i] === " ") i--;
  while (i >= 0 && caseOf(text.charCodeAt(i)) === LOWER_CASE) i--;
  // a surrogate: a letter outside the BMP, left to the pattern
  const endsCapitalised = i >= 0 && (caseOf(text.charCodeAt(i)) === UPPER_CASE || (text.charCodeAt(i) & 0xf800) === 0xd800);
  return endsCapitalised && MAY_END_WITH_NAME.test(nameTailOf(text));
}

/**
 * The end of `text` that holds a match of `MAY_END_WITH_NAME` if the whole text does, so that the
 * pattern (tried from every position) reads a few words, not a whole cell. A match holds only
 * letters, spaces, apostrophes, "," and "."; with its upper-case run cut to two letters (still a
 * match) it holds at most thirteen capitals (two in a word joined by an apostrophe, "H'Hen"; one
 * in a rank, "Đại tá"). So the text from the thirteenth capital from the end, or after the last
 * other character, will do.
 */
function nameTailOf(text: string): string {
  let capitals = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if ((c & 0xf800) === 0xd800) return text; // a letter outside the BMP: the whole text, to the pattern
    const kind = caseOf(c);
    if (kind === UPPER_CASE) {
      if (++capitals === 13) return text.slice(i);
    } else if (kind !== LOWER_CASE && c !== 0x20 && c !== 0x2c && c !== 0x2e && c !== 0x27 && c !== 0x2019) return text.slice(i + 1);
  }
  return text;
}

/**
 * `\p{Ll}` / `\p{Lu}` of a UTF-16 unit (a lone surrogate is neither), tested once per unit and
 * kept: the words at the ends of lines are read letter by letter.
 */
const CASES = new Uint8Array(0x10000);
const OTHER_CASE = 1;
const LOWER_CASE = 2;
const UPPER_CASE = 3;
function caseOf(c: number): number {
  let kind = CASES[c];
  if (kind === 0) {
    const ch = String.fromCharCode(c);
    kind = CASES[c] = LOWER.test(ch) ? LOWER_CASE : UPPER.test(ch) ? UPPER_CASE : OTHER_CASE;
  }
  return kind;
}
const TAIL = 100;
/**
 * A signer block with the next upper-case title glued after the name, as web copies flatten a
 * signature and the form or attachment that follows: "TỔNG CỤC TRƯỞNG PHÓ TỔNG CỤC TRƯỞNG Vũ
 * Ngọc Anh TÊN ĐƠN VỊ CUNG CẤP:…" → title run | name | the rest. Folded text; the title run has
 * two upper-case words or more, the name two to five capitalised words, the rest two upper-case words.
 */
const SIGNER_THEN_TITLE = /^((?:[A-Z`]{2,}[.,]? )+?[A-Z`]{2,}[.,]? )([A-Z][a-z`]+(?: [A-Z][a-z`]+){1,4}) (?=[A-Z`]{2,}[ :,.][^a-z]{0,3}[A-Z`]{2,})/;
/**
 * A header row joined by one space (OCR, or Word's lost column gap): the motto, always the right
 * cell and the end of its row, after the left cell's capitals ("TỈNH THANH HÓA Độc lập - Tự do -
 * Hạnh phúc", "VĂN PHÒNG Độc lập – Tự do – Hạnh phúc"). Folded text; the capitals hold a word of
 * two letters or more and nothing in lower case. The match is what comes before the motto.
 */
const MOTTO_AFTER_CAPITALS = /^(?=[^a-z]*[A-Z`]{2})[A-Z`][A-Z`\d.,&/() -]*(?<=[A-Z`.)]) (?=D(?:oc|OC) (?:lap|LAP) ?[-,`] ?T(?:u|U) (?:do|DO))/;
/** Cheap sign of it, before any folding: the line opens with two upper-case letters. */
const OPENS_UPPER = /^\p{Lu}\p{Lu}/u;

/**
 * "… triển khai thực hiện./. Nơi nhận: - Như trên; …": NĐ 30 closes the content with "./." (or
 * "/."), and the footer follows; a web copy that strips the paragraphs glues them. Folded text.
 */
const CLOSING_THEN_FOOTER = new RegExp(String.raw`\/\.\s*(?=${NOI_NHAN} ?:)`, "i");
/** The label and its colon anywhere in a line (folded): a flattened document's footer. */
const LABEL_ANYWHERE = new RegExp(`${NOI_NHAN} ?:`, "i");

/** The cells of a line, or null for the line as it is (most: no array made for them). */
function cellsOf(line: Line): Line[] | null {
  const text = line.text;
  if (text.length < 12) return null;
  const folded = line.folded;
  // the footer glued after the content's "./.": two lines, each read as a line of its own (a
  // flattened document, cut at its Nơi nhận with its other parts, is left to DOCUMENT_CUTS)
  const closing = text.length <= FLATTENED_DOCUMENT && folded.includes("/.") ? CLOSING_THEN_FOOTER.exec(folded) : null;
  if (closing !== null && closing.index > 0) {
    const [head, tail] = cutAt(line, [closing.index + closing[0].length]);
    if (tail) return [...(cellsOf(head) ?? [head]), ...(cellsOf(tail) ?? [tail])];
  }
  const mayHoldPart = MAY_HOLD_PART.test(folded);
  const headerish = mayHoldPart && twoPartsPossible(folded) && countMatching(CHEAP_PARTS, text) >= 2;
  // "TỈNH THANH HÓA Độc lập - Tự do - Hạnh phúc": one header part, after the issuer's capitals
  const motto = mayHoldPart && !headerish ? MOTTO_AFTER_CAPITALS.exec(folded) : null;
  const tailStart = Math.max(0, text.length - TAIL);
  // a name ends in a lower-case letter ("… Tuấn"); most lines end in punctuation and stop here
  const nameTail = isLower(text.charCodeAt(text.length - 1)) && mayEndWithName(text.slice(tailStart));
  const trailingSeparator = endsInRule(text) && /\s(?:-{3,}|_{3,}|={3,})\s*$/.test(text.slice(tailStart));
  const subclause = /^\d{1,2}\. /.test(text) && FIRST_SUBCLAUSE.test(text);
  const upperStart = OPENS_UPPER.test(text);
  const flatFooter = text.charCodeAt(0) === 0x4e && FLAT_FOOTER_LABEL.test(folded) && folded.includes(" - ") && FLAT_FOOTER_END.test(folded);
  if (!headerish && !nameTail && !trailingSeparator && !subclause && !upperStart && !motto && !flatFooter) return null;
  const cuts = new Set<number>();
  if (flatFooter) for (const cut of FOOTER_CUTS) eachCut(cut, folded, (start, stop) => (cut.end ? cuts.add(stop) : cuts.add(start).add(stop)));
  if (motto) cuts.add(motto[0].length);
  const signer = upperStart ? SIGNER_THEN_TITLE.exec(folded) : null;
  if (signer) cuts.add(signer[1].length).add(signer[0].length);
  const separator = /\s(?:-{3,}|_{3,}|={3,})\s*$/.exec(folded);
  if (separator) cuts.add(separator.index);
  const flattened = headerish && text.length > FLATTENED_DOCUMENT && LABEL_ANYWHERE.test(folded);
  // a document cut is a cut at both ends of its match (or only after it: `end`)
  if (flattened) for (const cut of DOCUMENT_CUTS) eachCut(cut, folded, (start, stop) => (cut.end ? cuts.add(stop) : cuts.add(start).add(stop)));
  if (headerish && (flattened || countMatching(HEADER_PARTS, folded) >= 2)) {
    for (const cut of HEADER_CUTS) eachCut(cut, folded, (start, stop) => cuts.add(cut.end ? stop : start));
    addressCuts(folded, cuts);
    const authority = TYPE_NAME.test(folded) ? AUTHORITY_TAIL.exec(folded) : null;
    if (authority) cuts.add(authority.index);
  }
  // a flattened footer: its signing mark is cut, and each cell's name off its title below
  if (nameTail && !flatFooter) tailCuts(folded, tailStart, cuts);
  const sub = subclause ? SUBCLAUSE.exec(folded) : null;
  if (sub && folded.startsWith(sub[1] + ".")) cuts.add(sub.index);
  if (cuts.size === 0) return null;
  // a cell may itself end in a signer's name: "KT. BỘ TRƯỞNG THỨ TRƯỞNG Đinh Trung Tụng" | "KẾ HOẠCH …"
  // (a flattened footer's entries are left whole here: a signer's cell after one is cut by `footerCell`)
  return cutAt(line, [...cuts].sort((a, b) => a - b)).flatMap((cell) => (cell.text === text || (flatFooter && cell.folded.charCodeAt(0) === DASH) ? [cell] : nameCells(cell)));
}

/**
 * Each match of a cut's global pattern, as [start, end) (none when the text lacks what the cut
 * `needs`): an exec loop, since `matchAll` clones the pattern at every call, a cost larger than
 * the scan itself on a line. An empty match steps on by one character, as `matchAll` does (the
 * folded text is ASCII).
 */
function eachCut({ re, needs, afterSpace }: Cut, text: string, visit: (start: number, end: number) => void): void {
  if (needs !== undefined && !text.includes(needs)) return;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (afterSpace) visit(m.index - 1, m.index);
    else visit(m.index, m.index + m[0].length);
    if (m[0] === "") re.lastIndex++;
  }
}

function nameCells(cell: Line): Line[] {
  // the last characters only, as for a whole line: the patterns anchored at the end are tried from every position
  const tailStart = Math.max(0, cell.text.length - TAIL);
  if (!mayEndWithName(cell.text.slice(tailStart))) return [cell];
  const cuts = new Set<number>();
  tailCuts(cell.folded, tailStart, cuts);
  return cuts.size ? cutAt(cell, [...cuts].sort((a, b) => a - b)) : [cell];
}

/** Cut a signer's title and name off the end of a line (looked for in the last characters only). */
function tailCuts(folded: string, tailStart: number, cuts: Set<number>): void {
  const end = folded.slice(tailStart);
  const tail = SIGNER_TAIL.exec(end);
  const at = tail ? tailStart + tail.index : -1;
  if (at > 0 && !SIGNING_MARK.test(folded.slice(0, at).trim())) cuts.add(at);
  const name = NAME_TAIL.exec(end);
  if (!name) return;
  const nameAt = tailStart + name.index;
  if (cuts.size > 0 || /^(?:[A-Z`]{1,4} ?[/.]){1,2}/.test(folded) || isUpperRun(folded.slice(0, nameAt))) cuts.add(nameAt);
}

/** The last printed character is "-", "_" or "=" (`trimEnd` removes what `\s` matches). */
function endsInRule(text: string): boolean {
  const end = text.trimEnd();
  const c = end.charCodeAt(end.length - 1);
  return c === 0x2d || c === 0x5f || c === 0x3d;
}

/** a-z and the lower-case Vietnamese letters (precomposed, NFC); the others found once and kept */
function isLower(c: number): boolean {
  if (c >= 97 && c <= 122) return true;
  if (c < 0xdf || c > 0x1ef9) return false;
  let lower = LOWER_LETTERS[c - 0xdf];
  if (lower === 0) lower = LOWER_LETTERS[c - 0xdf] = String.fromCharCode(c) !== String.fromCharCode(c).toUpperCase() ? 1 : 2;
  return lower === 1;
}
const LOWER_LETTERS = new Uint8Array(0x1efa - 0xdf);

function countMatching(parts: readonly RegExp[], text: string): number {
  let n = 0;
  for (const part of parts) if (part.test(text)) n++;
  return n;
}

/** Cut a "Kính gửi: X Phúc đáp Công văn số …" cell before the first paragraph's opener. */
function addressCuts(folded: string, cuts: Set<number>): void {
  const at = folded.search(/K[iy]nh g[uw]i ?:/i);
  if (at < 0) return;
  AFTER_ADDRESSEE.lastIndex = at;
  const m = AFTER_ADDRESSEE.exec(folded);
  if (m) cuts.add(m.index);
}

function isUpperRun(s: string): boolean {
  return /^[A-Z`][A-Z`.,/ -]*$/.test(s.trim()) && /[A-Z`]{2,} [A-Z`]{2,}/.test(s);
}

function cutAt(line: Line, cuts: number[]): Line[] {
  const cells: Line[] = [];
  let start = 0;
  for (const cut of [...cuts, line.text.length]) {
    const text = line.text.slice(start, cut).trim();
    if (text) cells.push({ ...line, text, folded: cellFold(line, text, line.text.indexOf(text, start)), blankBefore: cells.length === 0 ? line.blankBefore : false });
    start = cut;
  }
  return cells.length ? cells : [line];
}

/**
 * The fold of a cell at `at` in its line: the same cut of the line's fold (one character for one),
 * unless the cell begins or ends with "_" — read as a space between letters in the line, but kept
 * at the edge of a text of its own.
 */
function cellFold(line: Line, text: string, at: number): string {
  return text[0] === "_" || text[text.length - 1] === "_" ? asciiFold(text) : line.folded.slice(at, at + text.length);
}
