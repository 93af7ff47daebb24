/**
 * The colour level, decided here rather than by chalk: chalk 5 reads `process` itself and ignores
 * NO_COLOR, while the CLI must follow the injected env and stdout.
 *
 * Order: --color / --no-color, then FORCE_COLOR, then NO_COLOR, then whether stdout is a terminal.
 * FORCE_COLOR wins over NO_COLOR as it does in Node itself.
 */
import type { ChalkInstance } from "chalk";

export type ColourLevel = 0 | 1 | 2 | 3;

export function colourLevel(env: Record<string, string | undefined>, isTTY: boolean, flag?: boolean): ColourLevel {
  if (flag === false) return 0;
  if (flag === true) return Math.max(1, terminalLevel(env)) as ColourLevel;
  const forced = forceColourLevel(env.FORCE_COLOR);
  if (forced !== undefined) return forced;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return 0;
  return isTTY ? terminalLevel(env) : 0;
}

/** FORCE_COLOR: "" / "1" / "true" → 1, "2" → 2, "3" → 3, "0" / "false" → 0 (as supports-color). */
function forceColourLevel(value: string | undefined): ColourLevel | undefined {
  if (value === undefined) return undefined;
  if (value === "" || value === "true") return 1;
  if (value === "false") return 0;
  const n = Number.parseInt(value, 10);
  return Number.isNaN(n) ? 1 : (Math.min(Math.max(n, 0), 3) as ColourLevel);
}

function terminalLevel(env: Record<string, string | undefined>): ColourLevel {
  if (env.TERM === "dumb") return 0;
  if (env.COLORTERM === "truecolor" || env.COLORTERM === "24bit") return 3;
  if (env.TERM?.includes("256")) return 2;
  return 1;
}

/** chalk is loaded on the first call: the JSON outputs, which have no colour, never load it. */
export async function makeChalk(level: ColourLevel): Promise<ChalkInstance> {
  const { Chalk } = await import("chalk");
  return new Chalk({ level });
}
