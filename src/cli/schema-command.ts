/** `directive-parse schema`: the JSON Schema of the output, exactly as committed in schema/. */
import { jsonSchema } from "../schema.js";
import { EXIT, type CliIO, type ExitCode } from "./io.js";

export function schemaText(): string {
  return `${JSON.stringify(jsonSchema(), null, 2)}\n`;
}

export function schemaCommand(io: CliIO): ExitCode {
  io.stdout.write(schemaText());
  return EXIT.ok;
}
