/** The output types, inferred from the zod contract in `schema.ts`. */
import type { z } from "zod";
import type * as S from "./schema.js";

export type LineSpan = [number, number];
export type Entry = z.infer<typeof S.Entry>;
export type DateValue = z.infer<typeof S.DateValue>;
export type DocumentNumber = z.infer<typeof S.DocumentNumber>;
export type Motto = z.infer<typeof S.Motto>;
export type Issuer = z.infer<typeof S.Issuer>;
export type DocType = z.infer<typeof S.DocType>;
export type Priority = z.infer<typeof S.Priority>;
export type Recipient = z.infer<typeof S.Recipient>;
export type SigningMark = z.infer<typeof S.SigningMark>;
export type Authority = z.infer<typeof S.Authority>;
export type Signature = z.infer<typeof S.Signature>;
export type Clause = S.ClauseShape;
export type Agency = z.infer<typeof S.Agency>;
export type Deadline = z.infer<typeof S.Deadline>;
export type Task = z.infer<typeof S.Task>;
export type DocumentTask = z.infer<typeof S.DocumentTask>;
export type Reference = z.infer<typeof S.Reference>;
export type Stamp = z.infer<typeof S.Stamp>;
export type Appendix = z.infer<typeof S.Appendix>;
export type Document = z.infer<typeof S.Document>;
export type Severity = z.infer<typeof S.Severity>;
export type Diagnostic = z.infer<typeof S.Diagnostic>;
export type Source = z.infer<typeof S.Source>;
export type ParseResult = z.infer<typeof S.ParseResult>;
