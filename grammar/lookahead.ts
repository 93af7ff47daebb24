/**
 * How the document grammar decides between alternatives (OR) and whether to enter an optional part
 * (OPTION, MANY, AT_LEAST_ONE): from a table of lookahead paths worked out ahead of time
 * (grammar/document-lookahead.json, written by `npm run gen`), instead of Chevrotain analysing the
 * grammar at each start. That analysis, with the first run of its code, took ~10 ms of every
 * command's start-up. The paths are Chevrotain's own (`getLookaheadPaths`); a test fails when the
 * table no longer matches the grammar, and a decision missing from the table is worked out by
 * Chevrotain on its first use.
 */
import {
  EOF,
  getLookaheadPaths,
  LLkLookaheadStrategy,
  tokenMatcher,
  type ILookaheadStrategy,
  type IOrAlt,
  type IToken,
  type LookaheadProductionType,
  type Rule,
  type TokenType,
} from "chevrotain";

/** Per decision (`rule:production:occurrence`), per alternative, the token paths that choose it. */
export type LookaheadTable = Record<string, string[][][]>;

type Paths = TokenType[][];
interface Parser {
  LA(howMuch: number): IToken;
}
type Alternation = ReturnType<ILookaheadStrategy["buildLookaheadForAlternation"]>;
type Optional = ReturnType<ILookaheadStrategy["buildLookaheadForOptional"]>;

const keyOf = (rule: Rule, production: LookaheadProductionType, occurrence: number) => `${rule.name}:${production}:${occurrence}`;

/** Decisions from `table`; those it lacks, Chevrotain's LL(k) built on first use. */
export function tableLookahead(table: LookaheadTable, tokens: TokenType[], maxLookahead: number): ILookaheadStrategy {
  const llk = new LLkLookaheadStrategy({ maxLookahead });
  const byName = new Map([EOF, ...tokens].map((t) => [t.name, t]));
  const typesOf = (names: string[][]): Paths => names.map((path) => path.map((name) => byName.get(name)!));
  const known = (key: string) => Object.hasOwn(table, key) && table[key].every((alt) => alt.every((path) => path.every((n) => byName.has(n))));
  return {
    validate: (options) => llk.validate(options),
    buildLookaheadForAlternation(options) {
      const key = keyOf(options.rule, "Alternation", options.prodOccurrence);
      if (!known(key)) return onFirstUse(() => llk.buildLookaheadForAlternation(options));
      return alternation(table[key].map(typesOf), options.hasPredicates);
    },
    buildLookaheadForOptional(options) {
      const key = keyOf(options.rule, options.prodType, options.prodOccurrence);
      if (!known(key)) return onFirstUse(() => llk.buildLookaheadForOptional(options));
      return optional(typesOf(table[key][0]));
    },
  };
}

/** The table of a grammar: Chevrotain's lookahead paths of every decision it builds. */
export function recordLookahead(table: LookaheadTable, maxLookahead: number): ILookaheadStrategy {
  const llk = new LLkLookaheadStrategy({ maxLookahead });
  const record = (rule: Rule, prodType: LookaheadProductionType, occurrence: number) => {
    const paths = getLookaheadPaths({ rule, prodType, occurrence, maxLookahead });
    // an optional part's paths are [inside, after]: only those inside decide
    const kept = prodType === "Alternation" ? paths : paths.slice(0, 1);
    table[keyOf(rule, prodType, occurrence)] = kept.map((alt) => alt.map((path) => path.map((t) => t.name)));
  };
  return {
    validate: (options) => llk.validate(options),
    buildLookaheadForAlternation(options) {
      record(options.rule, "Alternation", options.prodOccurrence);
      return llk.buildLookaheadForAlternation(options);
    },
    buildLookaheadForOptional(options) {
      record(options.rule, options.prodType, options.prodOccurrence);
      return llk.buildLookaheadForOptional(options);
    },
  };
}

/**
 * The first alternative whose gate (if any) passes and one of whose paths matches the next tokens:
 * what Chevrotain's LL(k) decision computes. With one-token paths, which alternatives match
 * depends only on the next token's type and is remembered per type; without gates, so is the answer.
 * (Gates only read the parser's state, so the gates of alternatives that do not match need not run.)
 */
function alternation(alts: Paths[], hasPredicates: boolean): Alternation {
  if (!alts.every(isSingleToken)) {
    return function (this: Parser, orAlts?: IOrAlt<unknown>[]): number | undefined {
      for (let t = 0; t < alts.length; t++) {
        const gate = hasPredicates ? orAlts?.[t]?.GATE : undefined;
        if (gate !== undefined && gate.call(this) === false) continue;
        if (matchesOne(this, alts[t])) return t;
      }
      return undefined;
    };
  }
  const matching = byNextType(function (this: Parser): number[] {
    const out: number[] = [];
    for (let t = 0; t < alts.length; t++) if (matchesOne(this, alts[t])) out.push(t);
    return out;
  });
  if (!hasPredicates) return function (this: Parser): number | undefined {
    return matching.call(this)[0];
  };
  return function (this: Parser, orAlts?: IOrAlt<unknown>[]): number | undefined {
    for (const t of matching.call(this)) {
      const gate = orAlts?.[t]?.GATE;
      if (gate === undefined || gate.call(this) !== false) return t;
    }
    return undefined;
  };
}

/** Whether to enter an optional part: one of its paths matches the next tokens. */
function optional(paths: Paths): Optional {
  const decide = function (this: Parser): boolean {
    return matchesOne(this, paths);
  };
  return isSingleToken(paths) ? byNextType(decide) : decide;
}

function matchesOne(parser: Parser, paths: Paths): boolean {
  return paths.some((path) => path.every((type, i) => tokenMatcher(parser.LA(i + 1), type)));
}

const isSingleToken = (paths: Paths) => paths.every((path) => path.length <= 1);

/** A decision that reads only the next token, remembered per token type. */
function byNextType<R>(decide: (this: Parser) => R): (this: Parser) => R {
  const known = new Map<number, R>();
  return function (this: Parser) {
    const type = this.LA(1).tokenTypeIdx;
    let answer = known.get(type);
    if (answer === undefined && !known.has(type)) known.set(type, (answer = decide.call(this)));
    return answer as R;
  };
}

function onFirstUse<F extends (...args: never[]) => unknown>(build: () => F): F {
  let built: F | undefined;
  return function (this: unknown, ...args: Parameters<F>) {
    built ??= build();
    return built.apply(this, args);
  } as F;
}
