/** directive-parse — the library API. */
export { parse, type ParseOptions } from "./parse.js";
export { jsonSchema, SCHEMA_ID } from "./schema.js";
export { DIAGNOSTIC_CODES, type DiagnosticCode } from "./diagnostics.js";
export type * from "./types.js";
