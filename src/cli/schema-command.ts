/**
 * `directive-parse schema`: the JSON Schema of the output, exactly as committed in schema/ (made
 * from src/schema.ts by `npm run gen`, kept current by tests/schema.test.ts). The CLI prints the
 * committed file, inlined by the bundler, so that zod stays out of the program.
 */
import schema from "../../schema/directive-parse-1.json" with { type: "json" };
import { EXIT, type CliIO, type ExitCode } from "./io.js";

export function schemaText(): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

export function schemaCommand(io: CliIO): ExitCode {
  io.stdout.write(schemaText());
  return EXIT.ok;
}
