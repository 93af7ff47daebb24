/** Test helper: text → the unfolded lines as "n: text" (blank lines left out). */
import { toLines, unfoldLayout } from "../../../src/lines/index.js";

export function unfolded(text: string, markup: "plain" | "markdown" = "markdown"): string[] {
  return unfoldLayout(toLines(text, markup), markup)
    .filter((l) => l.text !== "")
    .map((l) => `${l.n}: ${l.text}`);
}
