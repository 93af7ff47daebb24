/**
 * The build tests' view of a document's tasks: [clause, action, leads, partners, deadline as
 * printed] of each task of the first document read from `text` (as a .txt file unless `options`
 * say otherwise).
 */
import { parse, type ParseOptions } from "../../src/parse.js";

export const tasksOf = (text: string, options: ParseOptions = { path: "x.txt" }) =>
  parse(text, options).documents[0].tasks.map((t) => [t.clause, t.action, t.lead.map((a) => a.text), t.support.map((a) => a.text), t.deadline?.text ?? null]);
