#!/usr/bin/env node
// The installed command: the bundled CLI (dist/cli.js, built by `npm run build` / `prepare`).
import { main } from "../dist/cli.js";

process.exitCode = await main();
