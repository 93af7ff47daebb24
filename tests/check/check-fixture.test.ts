/** One fixture against its expected file, with an in-memory disk and a stand-in parser. */
import { describe, expect, it } from "vitest";
import { checkFixture, serializeExpected, type CheckDeps, type Fixture } from "../../src/check/index.js";

const fixture = (hasExpected = true): Fixture => ({ input: "fx/a.txt", expected: "fx/a.expected.json", hasExpected });
const fakeParse = (bytes: Uint8Array, { path }: { path: string }) => ({ path, text: Buffer.from(bytes).toString() });

function deps(files: Record<string, string>, parse: CheckDeps["parse"] = fakeParse): CheckDeps {
  return {
    readFile: async (p) => {
      if (!(p in files)) throw new Error("no such file or directory");
      return Buffer.from(files[p]);
    },
    parse,
  };
}

describe("checkFixture", () => {
  it("passes when the output equals the expected file (parsed with the base name as path)", async () => {
    const files = { "fx/a.txt": "hello", "fx/a.expected.json": serializeExpected({ path: "a.txt", text: "hello" }) };
    const r = await checkFixture(fixture(), deps(files));
    expect(r).toMatchObject({ status: "pass", differences: [] });
  });

  it("fails with the changed field", async () => {
    const files = { "fx/a.txt": "hello", "fx/a.expected.json": '{"path":"a.txt","text":"bye"}' };
    const r = await checkFixture(fixture(), deps(files));
    expect(r.status).toBe("fail");
    expect(r.differences).toEqual([{ path: "text", expected: "bye", actual: "hello" }]);
    expect(r.actualText).toBe(serializeExpected({ path: "a.txt", text: "hello" }));
  });

  it("reports a fixture without expected file as missing, with the text to create", async () => {
    const r = await checkFixture(fixture(false), deps({ "fx/a.txt": "hi" }));
    expect(r.status).toBe("missing");
    expect(JSON.parse(r.actualText!)).toEqual({ path: "a.txt", text: "hi" });
  });

  it.each([
    ["an unreadable input", {}, fakeParse, "fx/a.txt: no such file or directory"],
    ["an expected file that is not JSON", { "fx/a.txt": "x", "fx/a.expected.json": "{oops" }, fakeParse, "fx/a.expected.json: invalid JSON"],
    ["a parser that throws", { "fx/a.txt": "x" }, () => { throw new Error("boom"); }, "fx/a.txt: the parser threw: boom"],
  ])("errors on %s, naming the file", async (_, files, parse, message) => {
    const r = await checkFixture(fixture(), deps(files as Record<string, string>, parse as CheckDeps["parse"]));
    expect(r.status).toBe("error");
    expect(r.message).toContain(message);
  });
});
