/**
 * LineToken[] → DocumentParts[]: runs the document grammar and reads its CST into the parts of
 * each document, in source order. This is the one place that knows the CST's shape.
 */
import type { CstElement, CstNode, IToken } from "chevrotain";
import { documentGrammar } from "../grammar/document-grammar.js";
import type { LineToken } from "./lex.js";

/** A header element: its grammar rule ("quocHieu", "soKyHieu", "kinhGui"…) and its lines. */
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
  /** body lines, stamps ("dau") and debris ("manh"), in order */
  readonly body: Part[];
  /** the Nơi nhận block: its parts in order ("NoiNhan", "entry", "dau", "manh") */
  readonly recipients: Part[] | null;
  readonly signer: Signer | null;
  /** debris after the signer, and lines no rule took */
  readonly debris: LineToken[];
  readonly appendices: LineToken[][];
}

export function structure(tokens: LineToken[]): DocumentParts[] {
  documentGrammar.input = tokens;
  const cst = documentGrammar.vanBan();
  // The gates let every line kind through somewhere, so recognition errors cannot happen; if a
  // future change breaks that, the lines are still kept (see `unplaced` in build).
  return childNodes(cst, "document").map(readDocument);
}

function readDocument(node: CstNode): DocumentParts {
  const header = childNodes(node, "phanDau").flatMap((h) => partsOf(h));
  const body = childNodes(node, "noiDung").flatMap((b) => partsOf(b));
  const footer = childNodes(node, "phanCuoi")[0];
  const noiNhan = footer ? childNodes(footer, "noiNhan")[0] : undefined;
  const chuKy = footer ? childNodes(footer, "chuKy")[0] : undefined;
  return {
    header,
    body,
    recipients: noiNhan ? partsOf(noiNhan) : null,
    signer: chuKy ? readSigner(chuKy) : null,
    debris: [...(footer ? childNodes(footer, "manh").flatMap(tokensOf) : []), ...tokensOfLabel(node, "stray")],
    appendices: footer ? childNodes(footer, "phuLuc").map(tokensOf) : [],
  };
}

function readSigner(node: CstNode): Signer {
  const name = tokensOfLabel(node, "HoTen")[0] ?? null;
  return {
    marks: tokensOfLabel(node, "KyThay"),
    positions: tokensOfLabel(node, "position"),
    images: [...tokensOfLabel(node, "image"), ...childNodes(node, "manh").flatMap(tokensOf)],
    stamps: tokensOfLabel(node, "stamp"),
    name,
  };
}

/**
 * The direct elements of a node as parts, in source order: a sub-rule is one part with all its
 * lines; a token consumed directly is a part named after its label or token kind.
 */
function partsOf(node: CstNode): Part[] {
  const parts: Array<Part & { at: number }> = [];
  for (const [key, elements] of Object.entries(node.children)) {
    for (const element of elements) {
      if (isToken(element)) parts.push({ rule: key, tokens: [element as LineToken], at: element.startOffset });
      else parts.push({ rule: element.name, tokens: tokensOf(element), at: firstOffset(element) });
    }
  }
  return parts.sort((a, b) => a.at - b.at).map(({ rule, tokens }) => ({ rule, tokens }));
}

/** Every token under a node, in source order. */
export function tokensOf(node: CstNode): LineToken[] {
  const out: LineToken[] = [];
  const walk = (n: CstNode): void => {
    for (const elements of Object.values(n.children))
      for (const e of elements) isToken(e) ? out.push(e as LineToken) : walk(e);
  };
  walk(node);
  return out.sort((a, b) => a.startOffset - b.startOffset);
}

function tokensOfLabel(node: CstNode, label: string): LineToken[] {
  return ((node.children[label] ?? []).filter(isToken) as LineToken[]).sort((a, b) => a.startOffset - b.startOffset);
}

function childNodes(node: CstNode, name: string): CstNode[] {
  return (node.children[name] ?? []).filter((e): e is CstNode => !isToken(e));
}

function firstOffset(node: CstNode): number {
  return tokensOf(node)[0]?.startOffset ?? Number.MAX_SAFE_INTEGER;
}

function isToken(element: CstElement): element is IToken {
  return "tokenType" in element;
}
