/**
 * The published JSON Schema: the committed copy is current, and every fixture's output obeys it
 * (validated by ajv, independent of the zod definitions it came from).
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { isFixtureInput } from "../src/check/index.js";
import { schemaText } from "../src/cli/schema-command.js";
import { parse } from "../src/parse.js";
import { walkDirectory } from "../src/resolve-inputs.js";
import { jsonSchema } from "../src/schema.js";
import { result, doc } from "./cli/sample-result.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const COMMITTED = join(ROOT, "schema/directive-parse-1.json");

const validate = new Ajv2020({ allErrors: true, strict: true }).compile(jsonSchema());
const problems = (value: unknown) => (validate(value) ? [] : validate.errors!.map((e) => `${e.instancePath} ${e.message}`));

describe("schema/directive-parse-1.json", () => {
  it("is what the zod definitions give (run `npm run gen` when this fails)", async () => {
    expect(await readFile(COMMITTED, "utf8")).toBe(`${JSON.stringify(jsonSchema(), null, 2)}\n`);
  });

  it("is what `directive-parse schema` prints", async () => {
    expect(schemaText()).toBe(await readFile(COMMITTED, "utf8"));
  });
});

describe("the schema", () => {
  it("accepts a fully populated result", () => {
    expect(problems(result([doc(), doc({ system: null, number: null, clauses: [] })]))).toEqual([]);
  });

  it.each([
    ["a wrong schema id", { ...result([]), schema: "directive-parse/2" }],
    ["a missing field", { ...result([doc()]), diagnostics: undefined }],
    ["a document without a field", result([{ ...doc(), archive: undefined } as never])],
    ["a bad diagnostic code", { ...result([]), diagnostics: [{ severity: "info", code: "Not Kebab", message: "", lines: null }] }],
  ])("rejects %s", (_, value) => {
    expect(problems(JSON.parse(JSON.stringify(value)))).not.toEqual([]);
  });
});

describe("parse output of every fixture", async () => {
  const files = (await walkDirectory(join(ROOT, "fixtures"))).filter(isFixtureInput);

  it("finds the fixtures", () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it.each(files)("%s matches the schema", async (file) => {
    const bytes = await readFile(join(ROOT, "fixtures", file));
    const out = JSON.parse(JSON.stringify(parse(bytes, { path: `fixtures/${file}` })));
    expect(problems(out)).toEqual([]);
  });
});
