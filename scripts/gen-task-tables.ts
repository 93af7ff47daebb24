// Writes the task reader's tables made ahead of time (npm run gen):
//   src/tasks/phrase-index.generated.ts  ← the phrase tables the library's modules make when they load
//   src/tasks/char-classes.generated.ts  ← the word scanner's character classes
import { writeFileSync } from "node:fs";
import "../src/index.js";
import { charClassesSource, phraseIndexSource, tableSources } from "../src/tasks/words.js";

writeFileSync(new URL("../src/tasks/phrase-index.generated.ts", import.meta.url), phraseIndexSource(tableSources()));
console.error("written    src/tasks/phrase-index.generated.ts");
writeFileSync(new URL("../src/tasks/char-classes.generated.ts", import.meta.url), charClassesSource());
console.error("written    src/tasks/char-classes.generated.ts");
