/**
 * Chữ ký (NĐ 30 Điều 8 khoản 7; HD 36): signing marks outermost first, the signer's title, the
 * name. "TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG / Phạm Thị Thu Huyền" →
 * authority [TL CHỦ TỊCH, KT CHÁNH VĂN PHÒNG], position "PHÓ CHÁNH VĂN PHÒNG".
 */
import type { Authority, Signature, SigningMark } from "../types.js";
import type { Signer } from "../structure.js";

/** T/M, TM., T.M, TM  |  K/T, KT.  |  T/L, TL.  |  TUQ.  |  Q. */
const MARK = /^(T\s*[/.]?\s*M|K\s*[/.]?\s*T|T\s*[/.]?\s*L|TUQ|Q)\s*[.:]?\s*/;

export function readSignature(signer: Signer): Signature {
  const authority = signer.marks.map((t) => readMark(t.payload.text));
  const positions = signer.positions.map((t) => t.payload.text);
  const all = [...signer.marks, ...signer.positions, ...signer.images, ...signer.stamps, ...(signer.name ? [signer.name] : [])];
  const lines = all.map((t) => t.payload.n);
  return {
    authority,
    position: positions.length ? positions.join(" ") : null,
    name: signer.name?.payload.text ?? null,
    lines: [Math.min(...lines), Math.max(...lines)],
  };
}

function readMark(text: string): Authority {
  const m = MARK.exec(text);
  const mark = m ? canonicalMark(m[1]) : "TM";
  const office = m ? text.slice(m[0].length).trim() : text;
  return { mark, text, office: office || null };
}

function canonicalMark(printed: string): SigningMark {
  const letters = printed.replace(/[\s/.]/g, "").toUpperCase();
  return (["TM", "KT", "TL", "TUQ", "Q"] as const).find((m) => m === letters) ?? "TM";
}
