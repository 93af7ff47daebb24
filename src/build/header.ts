/**
 * The header parts (phanDau) → motto, issuer lines, number, place, date, type name, priority,
 * subject, addressees. Stamps and debris found among them are handed back, not mixed in.
 */
import type { Line } from "../lines/index.js";
import { asciiFold } from "../lines/ascii-fold.js";
import { WORK_FORM_NOUNS, WORK_PERIODS } from "../../grammar/work-form.js";
import { parseNumberLine } from "../inline/document-number.js";
import { parsePlaceDate } from "../inline/place-date.js";
import { typeNameOf } from "../inline/type-codes.js";
import type { Diagnostic, DocumentNumber, Entry, Motto, Priority } from "../types.js";
import { diagnostic } from "../diagnostics.js";
import type { Part } from "../structure.js";
import { isSpace } from "../chars.js";
import { bareKey } from "./bare-key.js";
import { opensBody } from "./issuer.js";
import { spanOfLines } from "./prose.js";

export interface Header {
  motto: Motto | null;
  /** left-cell lines naming the issuing bodies, in order */
  issuerLines: Line[];
  number: DocumentNumber | null;
  place: string | null;
  date: { text: string; iso: string; lines: [number, number] } | null;
  typeName: string | null;
  priority: Priority | null;
  subject: string | null;
  subjectLines: Line[];
  /** the body a flattened copy ran on into the subject's line ("… năm 2026 Căn cứ Luật …"): the body's first lines */
  overflow: Line[];
  addressees: Entry[];
  stamps: Part[];
  unclassified: Line[];
  diagnostics: Diagnostic[];
}

export function readHeader(parts: readonly Part[]): Header {
  const header: Header = {
    motto: null, issuerLines: [], number: null, place: null, date: null, typeName: null, priority: null,
    subject: null, subjectLines: [], overflow: [], addressees: [], stamps: [], unclassified: [], diagnostics: [],
  };
  const mottoLines: Line[] = [];
  const titleLines: Line[] = [];
  const vvLines: Line[] = [];
  for (const part of parts) {
    const lines = part.tokens.map((t) => t.payload);
    switch (part.rule) {
      case "quocHieu":
        mottoLines.push(...lines.map((l) => splitMottoCell(l, header.issuerLines)));
        break;
      case "coQuanBanHanh":
        header.issuerLines.push(...lines);
        break;
      case "soKyHieu":
        readNumber(joined(lines), header);
        break;
      case "diaDanhThoiGian":
        readPlaceDate(joined(lines), header);
        break;
      case "DoKhan":
        header.priority = readPriority(lines, header.priority);
        break;
      case "tenLoaiTrichYeu":
        titleLines.push(...readType(lines, header));
        break;
      case "trichYeu":
        vvLines.push(...lines);
        break;
      case "kinhGui":
        header.addressees.push(...readAddressees(lines));
        break;
      case "dau":
        header.stamps.push(part);
        break;
      default:
        header.unclassified.push(...lines);
    }
  }
  if (mottoLines.length) header.motto = { text: mottoLines.map((l) => l.text).join(" "), lines: spanOfLines(mottoLines) };
  [header.subjectLines, header.overflow] = boundSubject([...titleLines, ...vvLines]);
  // "—— kết luận của …": OCR glued the rule under the type line (HD 36) to the trích yếu as dashes
  const subject = header.subjectLines.map((l, i) => (i === 0 && RULE_LEAD.test(l.text) ? l.text.replace(RULE_LEAD, "") : l.text)).filter(Boolean).join(" ");
  header.subject = subject || null;
  return header;
}

/**
 * Where a subject that a flattened copy ran on into the body ends: a trích yếu (NĐ 30 Điều 8
 * khoản 5) names the matter in a phrase; it never holds the legal bases ("Căn cứ Luật …", "Xét đề
 * nghị …", "Theo đề nghị …"), the first article ("Điều 1. …") or a numbered list ("1. … 2. …").
 */
const BODY_START = /(?:^|\s)(?=(?:Căn cứ(?: vào)?\s+\p{Lu}|Xét (?:đề nghị|Tờ trình)\s|Theo đề nghị\s|Điều 1[.:]\s))/u;
const NUMBERED_LIST = /(?:^|\s)(?=(?:1|I)[.)]\s+\p{Lu}.*?\s(?:2|II)[.)]\s+\p{Lu})/u;

/** A run of two or more dashes and underscores (a rule read by OCR) opening a line, and the space after it. */
const RULE_LEAD = /^[-–—‐_]{2,}\s*/u;

/** The subject's lines, cut where the body begins; the rest (that line's tail, the lines after) is the body's. */
function boundSubject(lines: readonly Line[]): [Line[], Line[]] {
  for (const [k, line] of lines.entries()) {
    // each pattern (`\p{Lu}`: ~1 ms to compile at start-up) only after the words it cannot match without
    const text = line.text;
    const bodyStart = text.includes("Căn cứ") || text.includes("Xét ") || text.includes("Theo đề nghị") || text.includes("Điều 1") ? BODY_START.exec(text) : null;
    const list = text.includes("1.") || text.includes("1)") || text.includes("I.") || text.includes("I)") ? NUMBERED_LIST.exec(text) : null;
    const at = Math.min(bodyStart?.index ?? Infinity, list?.index ?? Infinity);
    if (at === Infinity) continue;
    const head = line.text.slice(0, at).trim();
    const subject = head ? [...lines.slice(0, k), { ...line, text: head }] : lines.slice(0, k);
    if (!subject.length) return [[...lines], []]; // nothing before it: no subject to bound
    const rest = head ? { ...line, text: line.text.slice(at).trim(), blankBefore: false } : line;
    return [subject, [rest, ...lines.slice(k + 1)]];
  }
  return [[...lines], []];
}

/** A part wrapped over two lines read as one ("Vĩnh Long, ngày" / "30 tháng 3 năm 2015"). */
function joined(lines: Line[]): Line & { last: number } {
  return { ...lines[0], text: lines.map((l) => l.text).join(" "), last: lines[lines.length - 1].n };
}

/** "CHÍNH PHỦ CỘNG HÒA XÃ HỘI …" on one line: the part before the motto is an issuer cell. */
function splitMottoCell(line: Line, issuerLines: Line[]): Line {
  const bare = bareKey(line.text);
  const at = Math.max(bare.indexOf("cong hoa xa hoi"), bare.indexOf("dang cong san viet"));
  if (at <= 0) return line;
  const cell = line.text.slice(0, at).trim();
  if (cell) issuerLines.push({ ...line, text: cell });
  return { ...line, text: line.text.slice(at).trim() };
}

function readNumber(line: Line & { last: number }, header: Header): void {
  const parts = parseNumberLine(line.text);
  if (!parts || header.number) {
    header.unclassified.push(line);
    return;
  }
  header.number = { ...parts, lines: [line.n, line.last] };
  if (parts.serial === null)
    header.diagnostics.push(diagnostic("blank-number", `the number is printed blank: "${parts.text}"`, [line.n, line.n]));
}

function readPlaceDate(line: Line & { last: number }, header: Header): void {
  const found = parsePlaceDate(line.text);
  if (!found || header.date || header.place) {
    header.unclassified.push(line);
    return;
  }
  header.place = found.place;
  if (found.date) header.date = { text: found.date.text, iso: found.date.iso, lines: [line.n, line.last] };
  else if (found.blank) header.diagnostics.push(diagnostic("blank-date", `the date is printed blank: "${line.text}"`, [line.n, line.n]));
  else header.diagnostics.push(diagnostic("invalid-date", `no such date: "${line.text}"`, [line.n, line.n]));
}

const URGENCY = [["thuong khan", "THƯỢNG KHẨN"], ["hoa toc", "HỎA TỐC"], ["khan", "KHẨN"]] as const;
const SECRECY = [["tuyet mat", "TUYỆT MẬT"], ["toi mat", "TỐI MẬT"], ["mat", "MẬT"]] as const;

/** HỎA TỐC / KHẨN / TỐI MẬT lines */
function readPriority(lines: Line[], previous: Priority | null): Priority {
  const key = bareKey(lines.map((l) => l.text).join(" "));
  const find = <T extends string>(table: ReadonlyArray<readonly [string, T]>): T | null =>
    table.find(([k]) => new RegExp(`\\b${k}\\b`).test(key))?.[1] ?? null;
  const first = previous?.lines[0] ?? lines[0].n;
  return {
    urgency: find(URGENCY) ?? previous?.urgency ?? null,
    secrecy: find(SECRECY) ?? previous?.secrecy ?? null,
    lines: [first, lines[lines.length - 1].n],
  };
}

const JOINT_QUALIFIER = /^LI[ÊE]N (?:T[ỊI]CH|NG[ÀA]NH|B[ỘO])(?:\s+|$)/u;

/**
 * The work-form noun of a compound type line, in capitals and alone after the type name
 * (folded): "CHƯƠNG TRÌNH CÔNG TÁC", "KẾ HOẠCH HÀNH ĐỘNG", "CHƯƠNG TRÌNH LÀM VIỆC", "LỊCH CÔNG TÁC
 * TUẦN". NĐ 30 Phụ lục III names the type (Chương trình, CTr; Kế hoạch, KH); the noun says which
 * form of it, as the period word (TUẦN, THÁNG, QUÝ, NĂM) says how often. The trích yếu is the
 * title printed below it ("Tháng 02 năm 2026 của Ủy ban nhân dân tỉnh", "Thực hiện Nghị quyết số
 * 57-NQ/TW …"), not "CÔNG TÁC Tháng 02 …". A title run on after the noun ("KẾ HOẠCH CÔNG TÁC PHÒNG,
 * CHỐNG THIÊN TAI", "CÔNG TÁC NĂM 2026") or in sentence case ("CHƯƠNG TRÌNH Công tác …") stays the subject's.
 */
const WORK_FORM = new RegExp(`^(?:${WORK_FORM_NOUNS.map(asciiFold).join("|")})(?: (?:${WORK_PERIODS.map(asciiFold).join("|")}))?$`);

/** "THÔNG BÁO" + title lines; "THÔNG BÁO Kết luận của …" glued on one line is split. */
function readType(lines: Line[], header: Header): Line[] {
  const [first, ...rest] = lines;
  const words = first.text.split(/\s+/);
  // the longest name first: "THÔNG TƯ LIÊN TỊCH" (TTLT) and "NGHỊ QUYẾT LIÊN TỊCH" (NQLT) are types
  // of their own (NĐ 30 Phụ lục III; the number's code says so), not "THÔNG TƯ" / "NGHỊ QUYẾT"
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    const name = typeNameOf(words.slice(0, n).join(" "));
    if (!name) continue;
    if (header.typeName) return [first, ...rest];
    header.typeName = name;
    // "HƯỚNG DẪN LIÊN NGÀNH", "KẾ HOẠCH LIÊN TỊCH": the qualifier of a joint document without a type of its own is the type line's, not the subject
    const remainder = words.slice(n).join(" ").replace(/^[:\-–\s]+/, "").replace(JOINT_QUALIFIER, "");
    // "CHƯƠNG TRÌNH CÔNG TÁC" over its title: the work-form noun is the type line's
    if (rest.length && WORK_FORM.test(asciiFold(remainder.replace(/[*_]/g, "").trim()))) return rest;
    return remainder ? [{ ...first, text: remainder }, ...rest] : rest;
  }
  return [first, ...rest];
}

/**
 * Where addressees printed on the "Kính gửi:" line itself part: "Kính gửi: Sở Y tế; Sở Tài chính".
 * (A constant: the build turns a `\p{…}` literal into a `new RegExp(…)` made at every call.)
 */
const ENTRY_BREAK = /;\s*-?\s*|\s+-\s+(?=\p{Lu})/u;

/** "Kính gửi:" + "- Sở Y tế;" lines → entries; an entry wrapped over lines is joined. */
function readAddressees(lines: Line[]): Entry[] {
  const [label, ...entryLines] = lines;
  const entries: Array<{ texts: string[]; first: number; last: number }> = [];
  const inline = label.text.slice(labelLength(label.text)).trim();
  const add = (text: string, n: number, continues: boolean): void => {
    const open = entries[entries.length - 1];
    if (continues && open) {
      open.texts.push(text);
      open.last = n;
    } else entries.push({ texts: [text], first: n, last: n });
  };
  if (inline) for (const piece of inline.split(ENTRY_BREAK)) add(piece, label.n, false);
  for (const line of entryLines) add(line.text, line.n, !/^[-–+•*]/.test(line.text) && !opensEntry(line.text, entries.at(-1)?.texts));
  return entries
    .map((e) => ({ text: cleanEntry(e.texts.join(" ")), lines: [e.first, e.last] as [number, number] }))
    .filter((e) => e.text !== "");
}

const CAPITAL_START = /^\p{Lu}/u; // a constant: the build makes a `\p{…}` literal at every call otherwise

/**
 * A line without a dash opens the next addressee when the entry above ended with ";", or when it
 * starts with a capital and opens the name of a body as a header line does (issuer.ts) and the
 * entry above did not stop on a joining word: Word's automatic bullets are lost in a plain-text
 * export ("Sở Tài chính" / "Kho bạc Nhà nước khu vực XIII"), while a name wrapped over lines goes
 * on ("Sở Tài nguyên và" / "Môi trường", "Ban Thường vụ" / "Tỉnh ủy").
 */
function opensEntry(text: string, above: readonly string[] | undefined): boolean {
  const last = above?.at(-1);
  if (!last) return true;
  if (last.endsWith(";")) return true;
  return CAPITAL_START.test(text) && opensBody(text, above!.join(" ").replace(/^[-–+•*\s]+/, "")) && !/(?:\s(?:và|của|thuộc)|[,&-])$/u.test(last);
}

/**
 * The length of the label opening an addressee line, found on the line's ASCII fold (one
 * character for one) as the lexer found it, so that an OCR or regional spelling the lexer took —
 * "Kính gứi:", "Kinh gui:", "Kính gởi:" — is not left as an addressee. "THỦ TƯỚNG CHÍNH PHỦ
 * điện:" (a Công điện's label) is all label.
 */
function labelLength(text: string): number {
  const label = /^[-*\s]*(?:dong\s+)?k[iy]nh\s+g[uwo]i\s*[:.]?|^.*?\sdien\s*:\s*/i.exec(asciiFold(text));
  return label ? label[0].length : 0;
}

/** "- Sở Y tế;" → "Sở Y tế", "- Lưu: VT./." → "- Lưu: VT" */
export function cleanEntry(text: string): string {
  const entry = text.replace(/^[-–+•*\s]+/, "");
  return entry.slice(0, trailingPunctuation(entry)).trim();
}

/**
 * Where the trailing spaces, ",", ";", "." and one "./." end mark start. A scan back from the
 * end: the pattern it replaces (`[\s,;.]*(?:\.\/\.)?[\s,;.]*$`) was tried at every character.
 */
function trailingPunctuation(text: string): number {
  let at = skipBack(text, text.length);
  // "./.": the "/" stands right before the last run, the "." after it opens that run
  if (text[at] === "." && text[at - 1] === "/" && text[at - 2] === ".") at = skipBack(text, at - 2);
  return at;
}

function skipBack(text: string, end: number): number {
  while (end > 0 && (END_PUNCTUATION.has(text[end - 1]) || isSpace(text.charCodeAt(end - 1)))) end--;
  return end;
}
const END_PUNCTUATION = new Set([",", ";", "."]);
