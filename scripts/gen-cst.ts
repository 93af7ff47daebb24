// Writes grammar/document-cst.d.ts, the CST node types of the document grammar, and
// grammar/document-lookahead.json, its precomputed lookahead (npm run gen).
import { writeFileSync } from "node:fs";
import { cstDeclarations, lookaheadJson } from "../grammar/document-grammar.js";

writeFileSync(new URL("../grammar/document-cst.d.ts", import.meta.url), cstDeclarations());
console.error("written    grammar/document-cst.d.ts");
writeFileSync(new URL("../grammar/document-lookahead.json", import.meta.url), lookaheadJson());
console.error("written    grammar/document-lookahead.json");
