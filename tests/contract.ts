/**
 * The output contract as tests check it from outside: the committed JSON Schema (validated by ajv,
 * independent of the zod definitions it was generated from) and SPEC §3's "every non-blank line
 * is accounted for", read off the documents' `lines` spans.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import type { ParseResult } from "../src/types.js";
import { ROOT } from "./cli/fake-io.js";

const SCHEMA = JSON.parse(readFileSync(join(ROOT, "schema/directive-parse-1.json"), "utf8"));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(SCHEMA);

/** Schema violations of a result as it would be printed ("/documents/0/lines must be array"). */
export function schemaProblems(result: ParseResult): string[] {
  const json = JSON.parse(JSON.stringify(result));
  return validate(json) ? [] : validate.errors!.map((e) => `${e.instancePath} ${e.message}`);
}

/** 1-based numbers of the lines that hold more than white space; "\r\n", "\r" and "\n" end a line. */
export function nonBlankLines(text: string): number[] {
  const out: number[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    if (/\S/.test(line)) out.push(i + 1);
  });
  return out;
}

/** The non-blank lines that no document's `[first, last]` span covers (none, when all is well). */
export function uncoveredLines(text: string, result: ParseResult): number[] {
  const spans = result.documents.map((d) => d.lines);
  return nonBlankLines(text).filter((n) => !spans.some(([first, last]) => first <= n && n <= last));
}
