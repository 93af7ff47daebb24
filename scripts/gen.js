// Regenerates the files (and file parts) derived from the source, so a reviewer sees them change
// in the diff. `npm run gen` builds first; tests fail when a committed copy is stale.
//   schema/directive-parse-1.json              ← jsonSchema()        (src/schema.ts)
//   README.md, the diagnostic-codes table      ← DIAGNOSTIC_CODES    (src/diagnostics.ts)
// Hook: the CST type declarations (chevrotain generateCstDts) join GENERATED once the grammar
// exports its parser, e.g. { file: "grammar/cst.d.ts", text: () => generateCstDts(productions) }.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { DIAGNOSTIC_CODES, jsonSchema } from "../dist/index.js";

const root = fileURLToPath(new URL("..", import.meta.url));

/** The README's diagnostic table, between `<!-- diagnostic-codes:start/end -->` markers. */
function diagnosticTable() {
  const rows = Object.entries(DIAGNOSTIC_CODES).map(([code, [severity, meaning]]) => `| \`${code}\` | ${severity} | ${meaning.replaceAll("|", "\\|")} |`);
  return ["| code | severity | meaning |", "|---|---|---|", ...rows].join("\n");
}

function replaceBlock(text, name, body) {
  const pattern = new RegExp(`(<!-- ${name}:start -->)[\\s\\S]*?(<!-- ${name}:end -->)`);
  if (!pattern.test(text)) throw new Error(`README.md has no <!-- ${name}:start --> … <!-- ${name}:end --> block`);
  return text.replace(pattern, (_, start, end) => `${start}\n${body}\n${end}`);
}

/** @type {{ file: string, text: (previous: string | null) => string }[]} */
const GENERATED = [
  { file: "schema/directive-parse-1.json", text: () => `${JSON.stringify(jsonSchema(), null, 2)}\n` },
  { file: "README.md", text: (previous) => replaceBlock(previous ?? "", "diagnostic-codes", diagnosticTable()) },
];

for (const { file, text } of GENERATED) {
  const path = root + file;
  const previous = await readFile(path, "utf8").catch(() => null);
  const next = text(previous);
  if (previous === next) {
    console.error(`unchanged  ${file}`);
    continue;
  }
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, next);
  console.error(`written    ${file}`);
}
