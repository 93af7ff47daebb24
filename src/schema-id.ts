/** The output schema's identifier; kept apart from the zod schema so the parser does not load zod. */
export const SCHEMA_ID = "directive-parse/1";
