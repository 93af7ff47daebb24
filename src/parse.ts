/**
 * The public entry point: bytes or text in, the `directive-parse/1` object out.
 * The stages run one way: decode → lines → lex → structure (grammar) → build.
 */
import { hash } from "node:crypto";
import { buildDocument } from "./build/index.js";
import { foldPreface } from "./build/preface.js";
import { decode } from "./decode/index.js";
import { diagnostic } from "./diagnostics.js";
import { lex } from "./lex.js";
import { overlappingDocuments, repeatedDocuments } from "./repeated-documents.js";
import { sniffMarkup, splitCells, toLines, unfoldLayout } from "./lines/index.js";
import { SCHEMA_ID } from "./schema-id.js";
import { structure } from "./structure.js";
import type { Diagnostic, Document, ParseResult } from "./types.js";

export interface ParseOptions {
  /** the path as given by the user; recorded in `source.path` and used to guess the markup */
  path?: string;
  /** force the markup; by default `.md`/`.markdown` paths are markdown, others are sniffed */
  markup?: "plain" | "markdown";
}

export function parse(input: string | Uint8Array, options: ParseOptions = {}): ParseResult {
  if (typeof input !== "string" && !(input instanceof Uint8Array)) {
    throw new TypeError("parse() takes a string or a Uint8Array/Buffer");
  }
  const bytes = typeof input === "string" ? new TextEncoder().encode(input) : input;
  // A string goes through the same decoder as bytes (as UTF-8): NFC, look-alike letters, and text
  // typed with TCVN3/VNI fonts are handled alike whichever way the caller holds the document.
  const decoded = decode(bytes);
  const markup = options.markup ?? sniffMarkup(decoded.text, options.path);
  const diagnostics: Diagnostic[] = [...decoded.diagnostics];
  const documents: Document[] = [];
  if (!decoded.binary && decoded.text.trim() !== "") {
    for (const parts of foldPreface(structure(lex(splitCells(unfoldLayout(toLines(decoded.text, markup), markup)))))) {
      const built = buildDocument(parts);
      documents.push(built.document);
      diagnostics.push(...built.diagnostics);
    }
    if (!documents.length) diagnostics.push(diagnostic("no-document", "no document structure was found"));
    diagnostics.push(...overlappingDocuments(documents), ...repeatedDocuments(documents));
  } else if (!decoded.binary && !decoded.diagnostics.some((d) => d.code === "empty-input")) {
    diagnostics.push(diagnostic("empty-input", "the input holds no text"));
  }
  return {
    schema: SCHEMA_ID,
    source: {
      path: options.path ?? null,
      bytes: bytes.byteLength,
      // the one-shot hash (Node ≥ 20.12): no Hash stream made, ~8 M instructions less at start-up
      sha256: hash("sha256", bytes, "hex"),
      encoding: decoded.encoding,
      markup,
    },
    documents,
    diagnostics,
  };
}
