/**
 * The decode stage: bytes → NFC text, with the encoding it was read from.
 *
 *   BOM?  ── utf-16le/be ──────────────────────────────┐
 *    │                                                 ▼
 *   binary? (signatures, NULs) → binary-input      Unicode text ─→ typed with a legacy font?
 *    │                                                 ▲            ("Céng hßa" → "Cộng hòa")
 *   valid UTF-8? ── yes ───────────────────────────────┘
 *    │ no
 *   best-scoring legacy encoding (TCVN3, VNI, cp1258, VN1) or lossy UTF-8
 *
 * Line ends are kept exactly ("\r\n", "\r", "\n") so line numbers match the file.
 */
import { diagnostic, type DiagnosticCode } from "../diagnostics.js";
import type { Diagnostic } from "../types.js";
import { classifyBytes } from "./binary.js";
import { sniffBom } from "./bom.js";
import { detectLegacy, SAMPLE_BYTES } from "./detect.js";
import { convertFontText, detectFontText } from "./font-text.js";
import { ENCODING_NAMES, LEGACY_DECODERS } from "./legacy.js";
import { lineNumberAt } from "./line-number.js";
import { toNfc } from "./nfc.js";
import { fixLookalikes } from "./lookalikes.js";
import { restoreTcvn3Capitals } from "./tcvn3-capitals.js";
import { decodeUtf16, lossyUtf8, strictUtf8 } from "./utf8.js";

export { encodeTcvn3, decodeTcvn3, fromTcvn3Font } from "./tcvn3.js";
export { encodeVni, decodeVni, fromVniFont } from "./vni.js";

export interface Decoded {
  /** NFC; line ends as in the input */
  text: string;
  /** "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "windows-1258" | "tcvn3" | "vni" |
   *  "tcvn3-in-unicode" | "vni-in-unicode" | "tcvn-vn1" | "binary" */
  encoding: string;
  diagnostics: Diagnostic[];
  /** true when the bytes are not text; `text` is then "" */
  binary: boolean;
}

/**
 * TCVN3 capitals that could not be recovered. There is no dedicated code yet ("encoding-case-lost"
 * is proposed); "encoding-lossy" is the closest: characters that did not survive decoding.
 */
const CASE_LOST: DiagnosticCode = "encoding-case-lost";

export function decode(bytes: Uint8Array): Decoded {
  const bom = sniffBom(bytes);
  if (bom && bom.encoding !== "utf-8-bom") return fromUtf16(bytes.subarray(bom.length), bom.encoding);
  const body = bytes.subarray(bom?.length ?? 0);
  const verdict = classifyBytes(body.subarray(0, SAMPLE_BYTES));
  if (verdict.kind === "binary") return binaryResult(verdict.reason);
  if (verdict.kind !== "text") return fromUtf16(body, verdict.kind);
  const utf8 = strictUtf8(body);
  if (utf8 !== null) return fromUnicode(utf8, bom ? "utf-8-bom" : "utf-8", []);
  return fromLegacy(body);
}

function fromUtf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be"): Decoded {
  const { text, lossy } = decodeUtf16(bytes, encoding);
  return fromUnicode(text, encoding, lossy ? [lossyDiagnostic(text, encoding)] : []);
}

/** Not UTF-8: the legacy encoding that reads best, else UTF-8 with U+FFFD for the bad bytes. */
function fromLegacy(bytes: Uint8Array): Decoded {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const legacy = detectLegacy(sample, lossyUtf8(sample));
  if (legacy === null) {
    const text = lossyUtf8(bytes);
    return finish(toNfc(text), "utf-8", [lossyDiagnostic(text, "utf-8")]);
  }
  const decodeLegacy = LEGACY_DECODERS.find(([name]) => name === legacy)![1];
  return fromLegacyText(decodeLegacy(bytes), legacy);
}

/** Unicode text: NFC, look-alike Đ, and the check for text typed with a legacy font. */
function fromUnicode(raw: string, encoding: string, diagnostics: Diagnostic[]): Decoded {
  const text = toNfc(raw);
  const font = detectFontText(text);
  if (font === null) return finish(fixLookalikes(text), encoding, diagnostics);
  const converted = convertFontText(text, font);
  const out = toNfc(converted.text);
  if (converted.lines < 0) return fromLegacyText(out, font.encoding, diagnostics);
  const message = `decoded ${converted.lines} line(s) from ${ENCODING_NAMES[font.encoding]}; the rest is ordinary Unicode`;
  return finish(fixLookalikes(out), font.encoding, [diagnostic("encoding-converted", message), ...diagnostics]);
}

/** Text decoded from a legacy encoding: TCVN3 capitals, and the encoding-converted note. */
function fromLegacyText(decoded: string, encoding: string, diagnostics: Diagnostic[] = []): Decoded {
  let text = decoded;
  let note = "";
  if (encoding === "tcvn3" || encoding === "tcvn3-in-unicode") {
    const capitals = restoreTcvn3Capitals(decoded);
    text = capitals.text;
    note = `; TCVN3 has no toned capitals: ${capitals.restored} restored from their context`;
    if (capitals.unknown > 0) diagnostics.push(caseLostDiagnostic(text, capitals.unknown, capitals.firstUnknown));
  }
  const converted = diagnostic("encoding-converted", `decoded from ${ENCODING_NAMES[encoding] ?? encoding}${note}`);
  return finish(fixLookalikes(text), encoding, [converted, ...diagnostics]);
}

function finish(text: string, encoding: string, diagnostics: Diagnostic[]): Decoded {
  if (/^\s*$/.test(text)) {
    return { text: "", encoding, diagnostics: [diagnostic("empty-input", "the input holds no text")], binary: false };
  }
  const unicodeIn = encoding === "utf-8" || encoding === "utf-8-bom";
  const notes = unicodeIn || diagnostics.some((d) => d.code === "encoding-converted")
    ? diagnostics
    : [diagnostic("encoding-converted", `decoded from ${ENCODING_NAMES[encoding] ?? encoding}`), ...diagnostics];
  return { text, encoding, diagnostics: notes, binary: false };
}

function binaryResult(reason: string): Decoded {
  const message = `the input is not text: ${reason}`;
  return { text: "", encoding: "binary", diagnostics: [diagnostic("binary-input", message)], binary: true };
}

function lossyDiagnostic(text: string, encoding: string): Diagnostic {
  const index = text.indexOf("\ufffd");
  const line = lineNumberAt(text, Math.max(0, index));
  const count = text.split("\ufffd").length - 1;
  const message = `${count} invalid ${encoding === "utf-8" ? "UTF-8" : encoding.toUpperCase()} sequence(s) replaced by U+FFFD, the first on line ${line}`;
  return diagnostic("encoding-lossy", message, [line, line]);
}

function caseLostDiagnostic(text: string, count: number, firstIndex: number): Diagnostic {
  const line = lineNumberAt(text, firstIndex);
  const word = /^\S*/.exec(text.slice(firstIndex, firstIndex + 40))![0];
  const message =
    `TCVN3 (ABC) has no toned capitals: ${count} word(s) begin with a toned letter whose case the ` +
    `context does not tell ("Chủ tịch ủy ban" or "Ủy ban"?); left lower-case, first "${word}" on line ${line}`;
  return diagnostic(CASE_LOST, message, [line, line]);
}
