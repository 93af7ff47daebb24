/**
 * The entry of a batch worker thread, built into dist/batch-worker.cjs: it loads the command's own
 * bundle (dist/cli.cjs) through its code cache, as bin/ does, and serves tasks (worker.ts). A
 * worker so starts in a few milliseconds, instead of compiling the parser afresh (~0.1–0.3 s each).
 * A missing or stale cache only costs that compile.
 */
import { join } from "node:path";
import { loadBundle } from "../cli/code-cache.js";

void loadBundle<{ serveTasks(): Promise<void> }>(join(__dirname, "cli.cjs")).exports.serveTasks();
