/**
 * The built library (dist/index.js), imported as a package user does: it finds its markdown reader
 * (dist/markdown-reader.cjs) and parses markdown and plain text. Run `npm run build` before this
 * file alone.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { ROOT } from "./fake-io.js";

describe("the built library", () => {
  it("parses a markdown file and a plain-text file", async () => {
    const { parse } = (await import(pathToFileURL(join(ROOT, "dist/index.js")).href)) as typeof import("../../src/index.js");
    const markdown = parse(readFileSync(join(ROOT, "fixtures/derived/qd-btp-173-2015.pandoc-gfm.md")), { path: "qd.md" });
    expect(markdown.source.markup).toBe("markdown");
    expect(markdown.documents.length).toBeGreaterThan(0);
    const plain = parse(readFileSync(join(ROOT, "fixtures/seeds/001_270aefc581ab2cef.txt")), { path: "001.txt" });
    expect(plain.documents.length).toBe(1);
  });
});
