/**
 * The public entry point: bytes or text in, the `directive-parse/1` object out.
 * The stages run one way: decode → lines → lex → grammar → build.
 */
import { createHash } from "node:crypto";
import { SCHEMA_ID } from "./schema.js";
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
  const documents: Document[] = [];
  const diagnostics: Diagnostic[] = [];
  return {
    schema: SCHEMA_ID,
    source: {
      path: options.path ?? null,
      bytes: bytes.byteLength,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      encoding: "utf-8",
      markup: options.markup ?? "plain",
    },
    documents,
    diagnostics,
  };
}
