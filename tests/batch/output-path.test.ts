/** Where outputs go: the tree root, the mirrored path, the temporary file. */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { commonRoot, globBase, isInside, outputPathFor, relativeKey, tempPathFor } from "../../src/batch/output-path.js";

describe("globBase: the folder a glob's matches are mirrored from", () => {
  it.each([
    ["archive/**/*.txt", "archive"],
    ["archive/2019/*.md", "archive/2019"],
    ["**/*.md", "."],
    ["*.txt", "."],
    ["/data/arc/**/*.txt", "/data/arc"],
    ["arc/{2019,2020}/*.txt", "arc"],
  ])("%s → %s", (pattern, base) => {
    expect(globBase(pattern)).toBe(base);
  });
});

describe("commonRoot", () => {
  it.each([
    [["/a/b"], "/a/b"],
    [["/a/b/c", "/a/b/d/e"], "/a/b"],
    [["/a/b", "/a/b/c"], "/a/b"],
    [["/x/y", "/z"], "/"],
  ])("%o → %s", (roots, root) => {
    expect(commonRoot(roots)).toBe(root);
  });
});

describe("output paths", () => {
  it.each([
    ["/arc", "/arc/2019/a.txt", "json", "json/2019/a.txt.json"],
    ["/arc", "/arc/2019/a.md", "json", "json/2019/a.md.json"], // a.txt and a.md never collide
    ["/arc", "/arc/a.TXT", "/out", "/out/a.TXT.json"],
    ["/", "/data/a/x.txt", "out", "out/data/a/x.txt.json"],
  ])("root %s, input %s, -o %s → %s", (root, input, outdir, output) => {
    expect(outputPathFor(outdir, relativeKey(root, input))).toBe(join(output));
  });

  it("writes through a hidden temporary file in the same folder", () => {
    expect(tempPathFor("out/2019/a.txt.json", "123-7")).toBe(join("out/2019/.a.txt.json.123-7.tmp"));
  });

  it.each([
    ["/a/b", "/a", true],
    ["/a", "/a", true],
    ["/ab", "/a", false],
    ["/a", "/a/b", false],
  ])("isInside(%s, %s) = %s", (path, dir, inside) => {
    expect(isInside(path, dir)).toBe(inside);
  });
});
