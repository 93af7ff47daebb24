/**
 * LineToken[] → DocumentParts[]: runs the document grammar and reads its CST into the parts of
 * each document, in source order. This is the one place that knows the CST's shape.
 */
import type { CstElement, CstNode, IToken } from "chevrotain";
import type { ChuKyCstNode, DocumentCstNode, PhuLucCstNode, VanBanCstNode } from "../grammar/document-cst.js";
import { documentGrammar } from "../grammar/document-grammar.js";
import { ChuIn, KyThay } from "../grammar/line-tokens.js";
import type { LineToken } from "./lex.js";
import { HEAD_TITLES, MARK_LETTERS } from "./build/signer-words.js";
import { NOI_NHAN_LABEL } from "./lines/footer-label.js";

/**
 * An element of a part: its grammar rule ("quocHieu", "soKyHieu", "kinhGui", "dau", "manh") or,
 * for a line of text of the body or of Nơi nhận, "text".
 */
export interface Part {
  readonly rule: string;
  readonly tokens: LineToken[];
}

export interface Signer {
  readonly marks: LineToken[];
  readonly positions: LineToken[];
  readonly images: LineToken[];
  readonly stamps: LineToken[];
  readonly name: LineToken | null;
}

export interface DocumentParts {
  readonly header: Part[];
  /** body lines ("text"), stamps ("dau") and debris ("manh"), in order */
  readonly body: Part[];
  /** the Nơi nhận block: its parts in order ("NoiNhan", "text", "dau", "manh") */
  readonly recipients: Part[] | null;
  readonly signer: Signer | null;
  /** the other signer blocks of a joint document, in order */
  readonly cosigners: Signer[];
  /** debris after the signer, and lines no rule took */
  readonly debris: LineToken[];
  /** stamps after the signer (a copy's e-signature above an attached document) */
  readonly stamps: Part[];
  /** each appendix's lines: its title line, then the others in source order */
  readonly appendices: LineToken[][];
}

export function structure(tokens: LineToken[]): DocumentParts[] {
  documentGrammar.input = tokens;
  const cst = documentGrammar.vanBan() as VanBanCstNode;
  // The gates let every line kind through somewhere, so recognition errors cannot happen: every
  // token ends in some part (a progress guard in the grammar takes any line no rule wants).
  return (cst.children.document ?? []).map(readDocument);
}

function readDocument(node: DocumentCstNode): DocumentParts {
  const footer = node.children.phanCuoi[0]?.children;
  const noiNhan = footer?.noiNhan?.[0];
  const chuKy = footer?.chuKy?.[0];
  const [recipients, signer] = signerPartsInList(noiNhan ? partsOf(noiNhan) : null, chuKy ? withRest(readSigner(chuKy), footer?.signerRest?.[0]) : null);
  return {
    // each document has one phanDau and one noiDung node (the rules are not optional)
    header: partsOf(node.children.phanDau[0]),
    body: partsOf(node.children.noiDung[0]),
    recipients,
    signer,
    cosigners: (footer?.cosigner ?? []).map(readSigner),
    debris: [
      ...((node.children.banner ?? []) as LineToken[]),
      ...(footer?.manh ?? []).flatMap(tokensOf),
      ...((node.children.stray ?? []) as LineToken[]),
    ],
    stamps: (footer?.dau ?? []).map((node) => ({ rule: "dau", tokens: tokensOf(node) })),
    appendices: (footer?.phuLuc ?? []).map(appendixTokens),
  };
}

/** An appendix's lines, its title first: a repeated header above the type line comes after it. */
function appendixTokens(node: PhuLucCstNode): LineToken[] {
  const title = node.children.title as LineToken[];
  return [...title, ...tokensOf(node).filter((t) => !title.includes(t))];
}

/** A signer block read in two parts, one above the Nơi nhận list and one after it (OCR reading order): one signer. */
function withRest(signer: Signer, rest: ChuKyCstNode | undefined): Signer {
  if (!rest) return signer;
  const more = readSigner(rest);
  return {
    marks: [...signer.marks, ...more.marks],
    positions: [...signer.positions, ...more.positions],
    images: [...signer.images, ...more.images],
    stamps: [...signer.stamps, ...more.stamps],
    name: signer.name ?? more.name,
  };
}

/**
 * Signer parts that OCR's reading order left in the Nơi nhận column. OCR reads the footer's two
 * cells (NĐ 30 Điều 8 khoản 7 and 9: the list left, the signer right) row by row, each row's left
 * text then its right text joined by one space; the lines stage cuts the signer's title off such a
 * row, but a signing mark before it stays with the list when OCR debris ("Nên" for "Như trên")
 * stands before it with no entry punctuation:
 *
 *   "Nên KT, CHỦ TỊCH" → list "Nên KT," + position "CHỦ TỊCH"  ⇒  list "Nên", mark "KT. CHỦ TỊCH"
 *
 * The mark goes back to the title cut off its own row (same line, joined by one space in the
 * source: a tab or a layout gap is two cells, and "- Phòng KT,⇥PHÓ CHỦ TỊCH" keeps its entry),
 * never to a deputy's title ("PHÓ …": a mark names the head it signs for, NĐ 30 Điều 13, Phụ
 * lục I), and only with the signer's own title below it. And a signer's title alone as a list
 * entry ("- PHÓ GIÁM ĐỐC") under a mark, when the block has no title yet, is the signer's title.
 * Cheap signs first: an entry's last character.
 */
function signerPartsInList(recipients: Part[] | null, signer: Signer | null): [Part[] | null, Signer | null] {
  if (!recipients || !signer) return [recipients, signer];
  // a copy of the list, made at its first change (most lists keep every part)
  let parts: Part[] | null = null;
  let s = signer;
  for (let i = 0; i < recipients.length; i++) {
    const part = recipients[i];
    let moved: Moved | null = null;
    if ((part.rule === "text" || part.rule === "NoiNhan") && part.tokens.length === 1) {
      const line = part.tokens[0].payload;
      const last = line.text.charCodeAt(line.text.length - 1);
      if ((last === 0x2c || last === 0x2e) && part.rule === "text") moved = markClosingCell(part, s);
      else if (s.positions.length === 0 && s.marks.length > 0 && isLetter(last)) moved = titleEntry(part, s);
    }
    if (moved) {
      parts ??= recipients.slice(0, i);
      if (moved.part) parts.push(moved.part);
      s = moved.signer;
    } else parts?.push(part);
  }
  return [parts ?? recipients, s];
}

/** What a list part gave the signer: the signer after it, and what is left of the part (null: nothing). */
interface Moved {
  part: Part | null;
  signer: Signer;
}

/**
 * "Nên KT," beside the title "CHỦ TỊCH" cut off its row: the mark goes back to that title (which the
 * signer's own title follows), and the cell keeps what stands before the mark. Null when it does not apply.
 */
function markClosingCell(part: Part, s: Signer): Moved | null {
  const token = part.tokens[0];
  const line = token.payload;
  const mark = MARK_AT_END.exec(line.text);
  const title = mark && s.positions.find((p) => p.payload.n === line.n && p.payload !== line && !/^PHO\b/.test(p.payload.folded));
  // the mark's title has the signer's own title under it (KT. / TL. / TM. head the block's titles)
  if (!mark || !title || !s.positions.some((p) => p.startOffset > title.startOffset) || !line.raw.includes(`${mark[0].trim()} ${title.payload.text}`)) return null;
  const office = title.payload;
  const markToken = { ...title, tokenType: KyThay, payload: { ...office, text: `${mark[1]}. ${office.text}`, folded: `${mark[1]}. ${office.folded}` } } as LineToken;
  const signer = { ...s, marks: [...s.marks, markToken].sort(byOffset), positions: s.positions.filter((p) => p !== title) };
  const rest = line.text.slice(0, mark.index).trim();
  return { part: rest ? { rule: "text", tokens: [{ ...token, payload: { ...line, text: rest, folded: line.folded.slice(0, rest.length) } } as LineToken] } : null, signer };
}

/**
 * "- PHÓ GIÁM ĐỐC" as a list entry (or after the label on its row) below the block's marks, when the
 * block has no title: the signer's title; the label, if it shared the row, stays. Null when it does not apply.
 */
function titleEntry(part: Part, s: Signer): Moved | null {
  const token = part.tokens[0];
  const line = token.payload;
  // the first entry may share the label's row ("Nơi nhận: - PHO GIAM ĐÓC")
  const label = part.rule === "NoiNhan" ? (LABEL.exec(line.folded)?.[0].length ?? -1) : 0;
  const bare = label >= 0 ? DASHED_TITLE.exec(line.folded.slice(label)) : null;
  const lastMark = s.marks[s.marks.length - 1].payload.n;
  const at = line.folded.length - (bare?.[1].length ?? 0);
  const title = line.text.slice(at);
  if (!bare || line.n <= lastMark || (s.name && s.name.payload.n <= line.n) || title !== title.toUpperCase()) return null;
  const titleToken = { ...token, tokenType: ChuIn, payload: { ...line, text: title, folded: bare[1] } } as LineToken;
  const signer = { ...s, positions: [titleToken] };
  if (label <= 0) return { part: null, signer };
  return { part: { rule: "NoiNhan", tokens: [{ ...token, payload: { ...line, text: line.text.slice(0, label).trim(), folded: line.folded.slice(0, label).trim() } } as LineToken] }, signer };
}

/** A signing mark closing a list cell ("Nên KT,", "- Như trên KT."), with what stands before it: the mark's letters. */
const MARK_AT_END = new RegExp(String.raw`(?:^|\s)(${MARK_LETTERS})[.,]$`);
/** A signer's own title, alone in capitals as a list entry (folded): "- PHO GIAM DOC", "CHU TICH". */
const DASHED_TITLE = new RegExp(`^[-+*]? ?(${HEAD_TITLES})$`);
/** "Nơi nhận:" before the first entry on its row (folded). */
const LABEL = new RegExp(`^${NOI_NHAN_LABEL}`, "i");
const isLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c > 0x7f;
const byOffset = (a: LineToken, b: LineToken): number => a.startOffset - b.startOffset;

function readSigner(node: ChuKyCstNode): Signer {
  const { KyThay, position, stamp, debris, pageHeader, HoTen } = node.children;
  return {
    marks: (KyThay ?? []) as LineToken[],
    positions: (position ?? []) as LineToken[],
    // page debris inside the block, and the running header of the page it runs over onto
    images: [...(debris ?? []).flatMap(tokensOf), ...((pageHeader ?? []) as LineToken[])],
    stamps: (stamp ?? []) as LineToken[],
    name: (HoTen?.[0] as LineToken | undefined) ?? null,
  };
}

/**
 * The direct elements of a node as parts, in source order: a sub-rule is one part with all its
 * lines; a token consumed directly is a part named after its label or token kind. (Loops rather
 * than entries/map/spread: this runs on every line of every document. The elements come grouped
 * by kind, each kind in order: the sort merges those runs, and is skipped when there is one.)
 */
function partsOf(node: CstNode): Part[] {
  const parts: Part[] = [];
  const offsets: number[] = [];
  for (const key in node.children) {
    for (const element of node.children[key]) {
      if (isToken(element)) {
        parts.push({ rule: key, tokens: [element as LineToken] });
        offsets.push(element.startOffset);
      } else {
        const tokens = tokensOf(element);
        parts.push({ rule: element.name, tokens });
        offsets.push(firstOffset(tokens));
      }
    }
  }
  if (isAscending(offsets)) return parts;
  // a stable sort by offset
  const order = parts.map((_, i) => i).sort((a, b) => offsets[a] - offsets[b]);
  return order.map((i) => parts[i]);
}

function isAscending(numbers: readonly number[]): boolean {
  for (let i = 1; i < numbers.length; i++) if (numbers[i] < numbers[i - 1]) return false;
  return true;
}

/** Every token under a node, in source order. */
function tokensOf(node: CstNode): LineToken[] {
  const out: LineToken[] = [];
  collectTokens(node, out);
  // a node's tokens mostly come in order already (one sub-rule after the other)
  if (!isSorted(out)) out.sort((a, b) => a.startOffset - b.startOffset);
  return out;
}

function collectTokens(node: CstNode, out: LineToken[]): void {
  for (const key in node.children) {
    for (const e of node.children[key]) isToken(e) ? out.push(e as LineToken) : collectTokens(e, out);
  }
}

function isSorted(tokens: readonly LineToken[]): boolean {
  for (let i = 1; i < tokens.length; i++) if (tokens[i].startOffset < tokens[i - 1].startOffset) return false;
  return true;
}

/** The offset of the first of a node's tokens (in source order). */
function firstOffset(tokens: readonly LineToken[]): number {
  return tokens[0]?.startOffset ?? Number.MAX_SAFE_INTEGER;
}

function isToken(element: CstElement): element is IToken {
  return "tokenType" in element;
}

/** Every line token of a signer block, in source order. */
export function signerTokens(signer: Signer): LineToken[] {
  const { marks, positions, images, stamps, name } = signer;
  return [...marks, ...positions, ...images, ...stamps, ...(name ? [name] : [])].sort((a, b) => a.startOffset - b.startOffset);
}

/** Every line token of a document, whichever part holds it, in source order. */
export function documentTokens(parts: DocumentParts): LineToken[] {
  const out: LineToken[] = [];
  for (const part of [...parts.header, ...parts.body, ...(parts.recipients ?? [])]) for (const token of part.tokens) out.push(token);
  const signers = [...(parts.signer ? [parts.signer] : []), ...parts.cosigners].map(signerTokens);
  for (const tokens of [...signers, parts.debris, ...parts.appendices]) for (const token of tokens) out.push(token);
  for (const part of parts.stamps) for (const token of part.tokens) out.push(token);
  // the parts mostly come in source order already
  if (!isSorted(out)) out.sort((a, b) => a.startOffset - b.startOffset);
  return out;
}
