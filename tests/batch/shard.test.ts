/** --shard K/N: parsing, and that shards partition any set of inputs exactly and evenly. */
import { describe, expect, it } from "vitest";
import { inShard, parseShard, shardOf } from "../../src/batch/shard.js";

describe("parseShard", () => {
  it.each([
    ["1/1", { index: 1, count: 1 }],
    ["2/5", { index: 2, count: 5 }],
    [" 3 / 8 ", { index: 3, count: 8 }],
  ])("%s → %o", (text, expected) => {
    expect(parseShard(text)).toEqual(expected);
  });

  it.each([["0/3"], ["4/3"], ["1/0"], ["2"], ["a/b"], ["-1/3"], ["1/3/4"], [""]])("rejects %s", (text) => {
    expect(parseShard(text)).toHaveProperty("error");
  });
});

const paths = Array.from({ length: 3000 }, (_, i) => `${2000 + (i % 25)}/unit-${i % 17}/cv-${i}.${i % 3 ? "txt" : "md"}`);

describe("shards", () => {
  it.each([1, 2, 3, 4, 5])("N=%i: every path is in exactly one shard", (n) => {
    for (const path of paths) {
      const owners = Array.from({ length: n }, (_, k) => k + 1).filter((k) => inShard(path, { index: k, count: n }));
      expect(owners).toEqual([shardOf(path, n)]);
    }
  });

  it.each([2, 3, 4, 5])("N=%i: shares are balanced (each within 15%% of an even share)", (n) => {
    const sizes = Array.from({ length: n }, () => 0);
    for (const path of paths) sizes[shardOf(path, n) - 1]++;
    for (const size of sizes) expect(Math.abs(size - paths.length / n)).toBeLessThan(0.15 * (paths.length / n));
  });

  it("depends only on the relative path, with / or \\ separators", () => {
    expect(shardOf("2019/a.txt", 7)).toBe(shardOf("2019\\a.txt", 7));
    expect([shardOf("2019/a.txt", 7), shardOf("2019/a.txt", 7)]).toEqual([shardOf("2019/a.txt", 7), shardOf("2019/a.txt", 7)]);
  });

  it("is pinned: the same path goes to the same shard in every release (machines must agree)", () => {
    expect(["a.txt", "2019/cv-1.txt", "Thông báo/tb-12.md"].map((p) => shardOf(p, 5))).toMatchInlineSnapshot(`
      [
        3,
        4,
        4,
      ]
    `);
  });
});
