/**
 * The markdown reader's packages in one module: scripts/build.js bundles it as
 * dist/markdown-reader.cjs, loaded by markdown-marks.ts on the first markdown input only.
 */
export { unified } from "unified";
export { default as remarkParse } from "remark-parse";
export { default as remarkGfm } from "remark-gfm";
