import { readFileSync } from "node:fs";
import { parse } from "/work/main/src/parse.js";
import type { Document } from "/work/main/src/types.js";
export function project(doc: Document | undefined) {
  if (!doc) return null;
  return {
    number: doc.number?.value ?? null,
    date: doc.date?.iso ?? null,
    place: doc.place,
    type: doc.type?.name ?? null,
    issuer: doc.issuer ? [doc.issuer.parent, doc.issuer.name] : null,
    subject: doc.subject,
    addressees: doc.addressees.map((a) => a.text),
    recipients: doc.recipients.map((r) => r.text),
    archive: doc.archive,
    signatures: doc.signatures.map((s) => ({ marks: s.authority.map((a) => `${a.mark}:${a.office}`), position: s.position, name: s.name })),
    clauses: doc.clauses.map((c) => c.number ?? c.marker),
  };
}
const originals: Record<string, string> = {
  "002_e02c2ff2b7f91691": "fixtures/seeds/002_e02c2ff2b7f91691.txt",
  "004_25a654556981ec2d": "fixtures/seeds/004_25a654556981ec2d.txt",
  "cv-vpcp-2739-2019": "fixtures/corpus/cv-vpcp-2739-2019.txt",
  "qd-btp-173-2015": "fixtures/corpus/qd-btp-173-2015.txt",
};
const forms = (process.argv[2] ?? "pandoc-gfm.md,pandoc-markdown.md,pdftotext-layout.txt,pdftotext.txt,mammoth.md,mammoth-raw.txt").split(",");
const stems = (process.argv[3] ?? Object.keys(originals).join(",")).split(",");
for (const stem of stems) {
  const path = originals[stem];
  const o = parse(readFileSync(path), { path });
  const op = project(o.documents[0]);
  if (process.argv[4]) console.log(stem, "ORIG", JSON.stringify(op, null, 1));
  for (const form of forms) {
    const p = `fixtures/derived/${stem}.${form}`;
    const r = parse(readFileSync(p), { path: p });
    const dp = project(r.documents[0]);
    const diffs: string[] = [];
    if (o.documents.length !== r.documents.length) diffs.push(`docs ${o.documents.length} vs ${r.documents.length}`);
    for (const k of Object.keys(op ?? {}) as (keyof NonNullable<typeof op>)[]) {
      const a = JSON.stringify(op?.[k]); const b = JSON.stringify(dp?.[k]);
      if (a !== b) diffs.push(`  ${k}: ${a}\n   -> ${b}`);
    }
    console.log(`== ${stem}.${form}: ${diffs.length ? "DIFF\n" + diffs.join("\n") : "OK"}`);
  }
}
