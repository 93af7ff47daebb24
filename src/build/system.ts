/**
 * Party or State (SPEC §3 `system`)? The motto decides when printed; else the number's form
 * (Party "508-CV/QU", State "12/UBND-VX"), then the bodies named in the issuer, the signer's
 * office and the closing line ("Văn phòng Thành ủy thông báo …").
 */
import type { DocumentNumber } from "../types.js";
import { bareKey } from "./bare-key.js";

export type DocSystem = "party" | "state";

export interface SystemEvidence {
  motto: string | null;
  number: DocumentNumber | null;
  /** issuer lines, signer offices, the archive, the closing, the subject, the preamble: strongest first */
  texts: string[];
}

const PARTY_BODY =
  /\b(?:dang cong san|thanh uy|tinh uy|quan uy|huyen uy|thi uy|dang uy|dang bo|dang doan|ban can su dang|ban thuong vu|ban chap hanh|ban bi thu|bo chinh tri|ban tuyen giao|ban to chuc|ban dan van|uy ban kiem tra|van phong trung uong dang)\b/;
const STATE_BODY =
  /\b(?:cong hoa xa hoi|uy ban nhan dan|ubnd|chinh phu|thu tuong|bo truong|chu tich|so [a-z]+|bo (?!chinh tri)[a-z]+|van phong ubnd|hoi dong nhan dan)\b/;

export function classifySystem(evidence: SystemEvidence): DocSystem | null {
  if (evidence.motto) {
    const motto = bareKey(evidence.motto);
    if (motto.includes("dang cong san")) return "party";
    if (motto.includes("cong hoa")) return "state";
  }
  const value = evidence.number?.value ?? "";
  if (/^\d*-[^/]+\//.test(value)) return "party"; // 508-CV/QU
  if (/^\d*\/[^/]*-|^\d+\/\d{4}\//.test(value)) return "state"; // 12/UBND-VX, 30/2020/NĐ-CP
  for (const text of evidence.texts) {
    const key = bareKey(text).replaceAll("_", " ");
    const party = PARTY_BODY.exec(key)?.index ?? Infinity;
    const state = STATE_BODY.exec(key)?.index ?? Infinity;
    if (party !== state) return party < state ? "party" : "state";
  }
  return null;
}
