import { describe, expect, it } from "vitest";
import { remember } from "../src/remember.js";

describe("remember", () => {
  it("reads a text once and gives the same answer after, null and undefined included", () => {
    const read: string[] = [];
    const f = remember((t: string) => (read.push(t), t === "none" ? undefined : t === "null" ? null : t.length), 10);
    expect([f("abc"), f("abc"), f("none"), f("none"), f("null"), f("null")]).toEqual([3, 3, undefined, undefined, null, null]);
    expect(read).toEqual(["abc", "none", "null"]);
  });

  it("keeps at most `size` answers: when full it starts over", () => {
    let reads = 0;
    const f = remember((t: string) => (reads++, t), 2);
    f("a"), f("b"), f("c"); // full at "c": a and b dropped
    f("c");
    expect(reads).toBe(3);
    f("a");
    expect(reads).toBe(4);
  });
});
