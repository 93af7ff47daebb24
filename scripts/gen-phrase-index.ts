// Writes src/tasks/phrase-index.generated.ts, the phrase tables of the task reader indexed ahead
// of time (npm run gen): the tables are those the library's modules make when they load.
import { writeFileSync } from "node:fs";
import "../src/index.js";
import { phraseIndexSource, tableSources } from "../src/tasks/words.js";

writeFileSync(new URL("../src/tasks/phrase-index.generated.ts", import.meta.url), phraseIndexSource(tableSources()));
console.error("written    src/tasks/phrase-index.generated.ts");
