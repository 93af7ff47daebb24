// Writes grammar/document-cst.d.ts, the CST node types of the document grammar (npm run gen).
import { writeFileSync } from "node:fs";
import { cstDeclarations } from "../grammar/document-grammar.js";

writeFileSync(new URL("../grammar/document-cst.d.ts", import.meta.url), cstDeclarations());
console.error("written    grammar/document-cst.d.ts");
