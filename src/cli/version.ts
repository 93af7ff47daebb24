/** The package version, inlined into the bundle by esbuild (no file read at start-up). */
import pkg from "../../package.json" with { type: "json" };

export const VERSION: string = pkg.version;
