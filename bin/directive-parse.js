#!/usr/bin/env node
// The installed command: the bundled CLI (dist/cli.cjs, built by `npm run build` / `prepare`),
// started through V8's code cache (src/cli/code-cache.ts).
import { launch } from "../dist/launch.js";

process.exitCode = await launch(new URL("../dist/cli.cjs", import.meta.url));
