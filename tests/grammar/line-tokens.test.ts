import { createToken, Lexer, type TokenType } from "chevrotain";
import { describe, expect, it } from "vitest";
import { allTokens } from "../../grammar/line-tokens.js";

/** The start characters Chevrotain's own analysis finds for a pattern (null: any character). */
function analysed(pattern: RegExp): string | null {
  const bare = createToken({ name: "Bare", pattern, line_breaks: false });
  const lexer = new Lexer([bare], { positionTracking: "onlyOffset", skipValidations: true }) as unknown as {
    canModeBeOptimized: Record<string, boolean>;
    charCodeToPatternIdxToConfig: { defaultMode: Array<unknown[] | undefined> };
  };
  if (!lexer.canModeBeOptimized.defaultMode) return null; // a negated class first: "[^\n]*"
  const table = lexer.charCodeToPatternIdxToConfig.defaultMode;
  return table.flatMap((configs, code) => (configs?.length ? [String.fromCharCode(code)] : [])).join("");
}

const hintOf = (t: TokenType): string => ((t as { START_CHARS_HINT?: string[] }).START_CHARS_HINT ?? []).join("");
const ANY = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join("");

describe("line tokens", () => {
  it.each(allTokens.filter((t) => t.PATTERN instanceof RegExp).map((t) => [t.name, t] as const))(
    "%s starts with the characters Chevrotain's analysis of its pattern finds",
    (_, token) => {
      const found = analysed(token.PATTERN as RegExp);
      expect(hintOf(token)).toBe(found ?? ANY);
    },
  );
});
