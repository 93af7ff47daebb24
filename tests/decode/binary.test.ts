/** Input that is not text, empty input, and UTF-8 that cannot be repaired. */
import { describe, expect, it } from "vitest";
import { decode } from "../../src/decode/index.js";
import { utf8 } from "./fixtures.js";

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const bytes = (...parts: Array<number[] | Uint8Array>) => Uint8Array.from(parts.flatMap((p) => [...p]));

/** Deterministic pseudo-random bytes with NULs among them. */
function noise(length: number, seed = 7): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) out[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
  return out;
}

describe("binary input", () => {
  it.each([
    ["PDF", bytes(ascii("%PDF-1.7\n%âãÏÓ\n1 0 obj")), "PDF"],
    ["PNG", bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), "PNG"],
    ["JPEG", bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16]), "JPEG"],
    ["zip / docx", bytes(ascii("PK\x03\x04\x14\x00\x06\x00"), ascii("[Content_Types].xml")), "zip"],
    ["Word 97 .doc", bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), "Word"],
    ["random bytes with NULs", noise(4096), "NUL"],
  ])("%s", (_, input, reason) => {
    const result = decode(input);
    expect(result.binary).toBe(true);
    expect(result.text).toBe("");
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ code: "binary-input", severity: "error", lines: null });
    expect(result.diagnostics[0].message).toContain(reason);
  });
});

describe("empty input", () => {
  it.each([
    ["0 bytes", new Uint8Array()],
    ["spaces and newlines", utf8("  \n\r\n\t \n")],
    ["a BOM only", bytes([0xef, 0xbb, 0xbf])],
    ["UTF-16 whitespace", bytes([0xff, 0xfe, 0x20, 0x00, 0x0a, 0x00])],
  ])("%s", (_, input) => {
    const result = decode(input);
    expect(result).toMatchObject({ text: "", binary: false });
    expect(result.diagnostics).toEqual([
      { severity: "error", code: "empty-input", message: "the input holds no text", lines: null },
    ]);
  });
});

describe("invalid UTF-8 that no legacy encoding explains", () => {
  it("is read with U+FFFD and reports the first bad line", () => {
    const input = bytes(utf8("Cộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc\nSố: 12"), [0xff], utf8(" và các đồng chí\n"));
    const result = decode(input);
    expect(result.encoding).toBe("utf-8");
    expect(result.text).toBe("Cộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc\nSố: 12\ufffd và các đồng chí\n");
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ code: "encoding-lossy", severity: "warning", lines: [3, 3] }),
    ]);
  });

  it("counts lines across CRLF and lone CR", () => {
    const input = bytes(utf8("Thủ tướng Chính phủ\r\nHà Nội\rngày 5 tháng 6 năm 2024\r\n"), [0xc3, 0x28]);
    expect(decode(input).diagnostics[0].lines).toEqual([4, 4]);
  });

  it("odd-length UTF-16 is lossy too", () => {
    const result = decode(bytes([0xff, 0xfe, 0x41, 0x00, 0x42]));
    expect(result.text).toBe("A\ufffd");
    expect(result.diagnostics.map((d) => d.code)).toEqual(["encoding-converted", "encoding-lossy"]);
  });
});
