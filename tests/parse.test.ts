/** The library entry point: a string and its UTF-8 bytes are read alike. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "../src/parse.js";

describe("parse()", () => {
  it.each(["fixtures/seeds/002_e02c2ff2b7f91691.txt", "fixtures/corpus/ct-tw-06-2006.txt"])("reads %s the same as a string and as bytes", (path) => {
    const bytes = readFileSync(path);
    expect(parse(bytes.toString("utf8"), { path })).toEqual(parse(bytes, { path }));
  });

  it("records what it was given: path, size, checksum", () => {
    const result = parse("THÔNG BÁO\n", { path: "a/b.txt" });
    expect(result.source).toMatchObject({ path: "a/b.txt", bytes: Buffer.byteLength("THÔNG BÁO\n"), encoding: "utf-8", markup: "plain" });
    expect(result.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(parse("x").source.path).toBeNull();
  });

  it.each([[42], [null], [{}]])("throws only when misused: parse(%j)", (input) => {
    expect(() => parse(input as unknown as string)).toThrow(TypeError);
  });
});
