/**
 * The output contract, `directive-parse/1` (SPEC §3), written once as zod schemas.
 * The TypeScript types (`types.ts`) and the published JSON Schema (`directive-parse schema`,
 * `schema/directive-parse-1.json`) are both derived from this file, so they cannot drift apart.
 */
import { z } from "zod";

import { SCHEMA_ID } from "./schema-id.js";

export { SCHEMA_ID };

/** `[first, last]`, 1-based line numbers in the input file. */
export const LineSpan = z.tuple([z.number().int().min(1), z.number().int().min(1)]);

/** A piece of text with the source lines it came from. */
export const Entry = z.object({ text: z.string(), lines: LineSpan });

export const DateValue = z.object({
  text: z.string().describe("the date as printed: \"ngày 28 tháng 7 năm 2021\", \"20/9\""),
  iso: z.string().describe("YYYY-MM-DD, with THH:MM when a time is printed"),
  yearInferred: z.literal(true).optional().describe("present when the year was not printed"),
  lines: LineSpan,
});

export const DocumentNumber = z.object({
  text: z.string().describe("as printed: \"Số: 10227/VP-KGVX\""),
  value: z.string().describe("normalized: \"10227/VP-KGVX\", \"508-CV/QU\""),
  serial: z.number().int().nullable().describe("null when the number is left blank"),
  year: z.number().int().nullable(),
  typeCode: z.string().nullable().describe("NĐ, TB, CV…; null for a State công văn"),
  issuerCode: z.string().nullable().describe("CP, TU, VP-KGVX…"),
  lines: LineSpan,
});

export const Motto = z.object({ text: z.string(), lines: LineSpan });
export const Issuer = z.object({
  parent: z.string().nullable().describe("the superior body: ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI"),
  name: z.string().nullable().describe("the issuing body: VĂN PHÒNG"),
  lines: LineSpan,
});
export const DocType = z.object({ name: z.string(), code: z.string().nullable() });
export const Priority = z.object({
  urgency: z.enum(["HỎA TỐC", "THƯỢNG KHẨN", "KHẨN"]).nullable(),
  secrecy: z.enum(["MẬT", "TỐI MẬT", "TUYỆT MẬT"]).nullable(),
  lines: LineSpan,
});

export const Recipient = z.object({
  text: z.string(),
  purpose: z.string().nullable().describe("\"để báo cáo\" for \"(để b/c)\", else null"),
  lines: LineSpan,
});

export const SigningMark = z.enum(["TM", "KT", "TL", "TUQ", "Q"]);
export const Authority = z.object({
  mark: SigningMark,
  text: z.string().describe("the line as printed: \"KT. CHÁNH VĂN PHÒNG\""),
  office: z.string().nullable().describe("the body or title the mark goes with"),
});
export const Signature = z.object({
  authority: z.array(Authority).describe("signing marks, outermost first"),
  position: z.string().nullable(),
  name: z.string().nullable(),
  lines: LineSpan,
});

/** A body or person named in a task: as printed, and with abbreviations written out. */
export const Agency = z.object({
  text: z.string().describe("as printed: \"UBND các quận, huyện, thị xã\", \"Sở TT&TT\""),
  normalized: z.string().describe("abbreviations written out: \"Ủy ban nhân dân các quận, huyện, thị xã\", \"Sở Thông tin và Truyền thông\""),
});

/** When a task is due: a calendar date, or a limit kept as printed. */
export const Deadline = z.object({
  text: z.string().describe("as printed: \"trước ngày 15/9/2021\", \"trong tháng 10/2021\", \"hằng tháng\""),
  kind: z.enum(["date", "relative"]).describe("\"date\" when the text gives a calendar date"),
  iso: z.string().nullable().describe("YYYY-MM-DD (with THH:MM when a time is printed) for a date; null for a relative limit"),
  lines: LineSpan,
});

/** Who must do what, by when: one action of a clause. */
export const Task = z.object({
  action: z.string().describe("what is to be done, as printed"),
  lead: z.array(Agency).describe("who must act: named by the sentence, the clause heading, or inherited from the parent clause / the lead-in sentence"),
  support: z.array(Agency).describe("from \"phối hợp (với) …\""),
  deadline: Deadline.nullable(),
  reportTo: z.array(Agency).describe("from \"báo cáo …\""),
  via: z
    .array(Agency)
    .optional()
    .describe("the desks a report goes through, from \"(qua …)\" after its addressee: \"báo cáo UBND tỉnh (qua Sở Nội vụ)\" → [Sở Nội vụ]; absent when none is printed"),
  lines: LineSpan,
});

/** A task in the document-level view, with the path of its clause. */
export const DocumentTask = Task.extend({
  clause: z
    .string()
    .nullable()
    .describe(
      "the clause path: \"2\", \"2.b\", \"3.-2\" (second \"-\" item of clause 3), \"III.3.1\"; null for the preamble and the closing; in the k-th appendix \"PLk/\" + the path (\"PL1/II.1.a\"), \"PLk\" for its unnumbered text",
    ),
});

export interface ClauseShape {
  marker: string;
  number: string | null;
  heading: string | null;
  text: string;
  items: ClauseShape[];
  /**
   * The clause's own tasks (not its items'). Always present in `parse()` output and required by
   * the JSON Schema; optional in this type only because the builder makes clauses before the
   * task pass (`attachTasks`) fills it in.
   */
  tasks?: z.infer<typeof Task>[];
  lines: [number, number];
}
export const Clause: z.ZodType<ClauseShape> = z.lazy(() =>
  z.object({
    marker: z.string().describe("as printed: \"1.\", \"a)\", \"-\", \"II-\", \"Điều 2.\""),
    number: z.string().nullable().describe("\"1\", \"a\", \"II\", \"1.2\"; null for bullets"),
    heading: z.string().nullable().describe("a short opening title ending in \":\""),
    text: z.string(),
    items: z.array(Clause),
    tasks: z.array(Task).describe("the tasks this clause assigns (its items hold their own)"),
    lines: LineSpan,
  }),
);

export const Reference = z.object({
  text: z.string(),
  kind: z.string().nullable().describe("\"Thông báo\", \"Nghị quyết\", \"văn bản\"…"),
  number: z.string().nullable().describe("normalized like number.value"),
  date: DateValue.nullable(),
  issuer: z.string().nullable(),
  lines: LineSpan,
});

export const Stamp = z.object({
  kind: z.enum(["incoming", "digital-signature"]),
  text: z.string(),
  number: z.string().nullable(),
  date: DateValue.nullable(),
  lines: LineSpan,
});

/**
 * A part printed after the signer: a Phụ lục, or a document issued with this one (a Kế hoạch, Quy
 * định … "ban hành kèm theo" a Quyết định). `text` is all of it as printed; `clauses` is its body
 * read into the same clause tree as a document's (empty for a table or a form without markers),
 * with its tasks.
 */
export const Appendix = z.object({
  title: z.string().describe("its first line: \"PHỤ LỤC I\", \"KẾ HOẠCH …\", \"(Kèm theo …)\""),
  text: z.string().describe("every other line of it, as prose (the same lines the clauses are read from)"),
  clauses: z.array(Clause).describe("its body as a clause tree, as for a document; its tasks are in the document's tasks with the path \"PL1/…\""),
  lines: LineSpan,
});

export const Document = z.object({
  system: z.enum(["party", "state"]).nullable(),
  motto: z.object({ text: z.string(), lines: LineSpan }).nullable(),
  issuer: Issuer.nullable(),
  number: DocumentNumber.nullable(),
  place: z.string().nullable(),
  date: DateValue.nullable(),
  type: DocType.nullable(),
  priority: Priority.nullable(),
  subject: z.string().nullable(),
  addressees: z.array(Entry),
  preamble: z.string().nullable(),
  clauses: z.array(Clause),
  closing: z.string().nullable(),
  recipients: z.array(Recipient),
  archive: z.array(z.string()),
  signatures: z.array(Signature),
  references: z.array(Reference),
  dates: z.array(DateValue),
  appendices: z.array(Appendix),
  stamps: z.array(Stamp),
  unclassified: z.array(Entry),
  tasks: z.array(DocumentTask).describe("every task of the preamble, the clauses, the closing and the appendices, in text order, with its clause path"),
  lines: LineSpan,
});

export const Severity = z.enum(["error", "warning", "info"]);
export const Diagnostic = z.object({
  severity: Severity,
  code: z.string().regex(/^[a-z]+(-[a-z0-9]+)*$/),
  message: z.string(),
  lines: LineSpan.nullable(),
});

export const Source = z.object({
  path: z.string().nullable().describe("as given; null for a string or buffer without a path"),
  bytes: z.number().int(),
  sha256: z.string(),
  encoding: z.string().describe("utf-8, utf-8-bom, utf-16le, windows-1258, tcvn3, vni…"),
  markup: z.enum(["plain", "markdown"]),
});

export const ParseResult = z.object({
  schema: z.literal(SCHEMA_ID),
  source: Source,
  documents: z.array(Document),
  diagnostics: z.array(Diagnostic),
});

/** The JSON Schema (draft 2020-12) that `directive-parse schema` prints. */
export function jsonSchema(): object {
  return {
    $id: "https://directive-parse.dev/schema/directive-parse-1.json",
    title: "directive-parse/1",
    ...z.toJSONSchema(ParseResult, { target: "draft-2020-12" }),
  };
}
