/**
 * Inline tokens: the candidate spans inside a line or paragraph that may be a số hiệu, a date,
 * a time of day. The extractors in src/inline/ validate and interpret them.
 *
 * Design, for speed (the whole-file target is ≥ 10 MB/s):
 * - Candidates start only at a digit or at the word "ngày". Everything else is eaten by `Filler`
 *   in long runs, so a paragraph lexes into a handful of tokens, not one per word.
 * - `Filler`, `Digits` and `DayWord` are SKIPPED: only candidates reach the token vector.
 * - No nested unbounded quantifiers: every repetition is separated by a mandatory literal
 *   (a "/" or "-", "tháng", "năm"), so a failed match costs at most a line's length.
 * - Order matters: the first pattern that matches wins, so `DocNumber` ("30/2020/NĐ-CP") comes
 *   before the dates ("30/2020" is not a date) and `Digits` is the digit catch-all.
 *
 * Looser than the standard on purpose: spaces around "/" and "-" ("Số 788 - CV/BCSD"), a
 * leftover markdown escape ("17/CT\-UBND"), a missing party dash ("84 QĐ/TWĐTN"), a code glued
 * to the next word ("1033/PTM-SMEngày 15…").
 */
import { createToken, Lexer, type IToken, type TokenType } from "chevrotain";

/** The Vietnamese letters after NFC (GUIDE §2); Chevrotain cannot use `\p{L}` or the `u` flag. */
export const VI_LETTER = "A-Za-zÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝà-ãè-êìíò-õùúýĂăĐđĨĩŨũƠơƯưẠ-ỹ";

/**
 * A ký hiệu segment: "QĐ", "VP", "KGVX", "QH14", "TTg", "QyĐ", "TT&TT", "TĐ10b"; after its first
 * letter the Vietnamese capitals without a tone, as Đ: "BCĐTƯ" (Trung ương), "12-KH/TƯ"; and Ư
 * first, OCR's "ƯBND".
 */
const CODE = `[A-ZĐÐƯ][A-Za-z0-9ĐđÐĂÂÊÔƠƯ&]*(?:(?=[nN]gày)|(?![${VI_LETTER}0-9&]))`;
/** The separator after the serial: "/", "-", " - ", " /", a leftover "\-" ("508 -CV/QU"). */
const SEP = "[ \\t]*\\\\?[/-][ \\t]*";
/**
 * The separator between codes: spaces on one side at most ("/HD- MTTQ-BTT"), so that a bullet
 * on the next line of a joined paragraph ("…/QĐ-UBDT - UBND huyện") is not read as a code.
 */
const CODE_SEP = "(?:[ \\t]*\\\\?[/-]|\\\\?[/-][ \\t]*)";
/** The year part of a normative number: "/2020" in "30/2020/NĐ-CP". */
const YEAR = "[ \\t]*\\/[ \\t]*(?:1[89]|20)\\d\\d";
/** The code part after the serial: "/VP-KGVX", "-CV/QU", "/2020/NĐ-CP", " QĐ/TWĐTN". */
const CODE_PART = `(?:${YEAR})?(?:${SEP}|[ \\t]+(?=[A-ZĐ][A-Za-zĐ]{0,3}[ \\t]*\\/[ \\t]*[A-ZĐ]))${CODE}(?:${CODE_SEP}${CODE})*`;

/**
 * A serial: digits, maybe with a letter suffix glued before the separator ("1249a/CTPH-UBDT-BTP",
 * "01b/HD-BCĐ": a number issued between two others). Only a–e, so "17h-…" stays a time of day.
 */
const SERIAL = "\\d{1,7}(?:[a-e](?=[ \\t]*\\\\?[/-]))?";

/** Sticky pattern of a number body, serial optional: "10227/VP-KGVX", " /QĐ-UBND", "-CV/QU". */
export const NUMBER_BODY = new RegExp(`(${SERIAL})?${CODE_PART}`, "y");

/** The "Số" label of a number line, OCR-tolerant: "Số:", "Số :", "SỐ", "So:", "Sô:", "Sồ." */
export const NUMBER_LABEL = /[ \t|>*_~\\]*[sS][oóòỏõọôốồổỗộơớờởỡợOÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢ][ \t]*[:.;]?[ \t]*/y;

/** Blank serial filler between "Số:" and the code: "Số:      /KH-MTTQ-BTT", "Số: ...../QĐ". */
export const BLANK_SERIAL = /[ \t.…_]*/y;

const TIME_TAIL = "(?:[ \\t]+\\d{1,2}:\\d\\d(?::\\d\\d)?(?:[ \\t]*[+-]\\d\\d:?\\d\\d)?)?";
const NGAY = "[nN][gG][àÀ][yY]";

// Start characters and "cannot contain a line break", given so that the lexer need not work them
// out from the patterns each time the program starts (that analysis took ~10 ms of start-up).
const DIGIT_START = { start_chars_hint: [..."0123456789"], line_breaks: false };
const N_START = { start_chars_hint: ["n", "N"], line_breaks: false };

/** 10227/VP-KGVX  |  508 -CV/QU  |  30/2020/NĐ-CP  |  299/TTg  |  367 - QĐ/TWĐTN-VP  |  1249a/CTPH-UBDT-BTP */
export const DocNumber = createToken({ name: "DocNumber", pattern: new RegExp(`${SERIAL}${CODE_PART}`), ...DIGIT_START });

/** 2026-06-15  |  2026-06-15 17:34:34 +07:00 ("Ngày ký:" lines of e-signed PDFs) */
export const DateIso = createToken({
  name: "DateIso",
  ...DIGIT_START,
  pattern: /(?:1[89]|20)\d\d-[01]\d-[0-3]\d(?![\d-])(?:[ T]\d\d:\d\d(?::\d\d)?(?:[ \t]*[+-]\d\d:?\d\d)?)?/,
});

/** 26/5/2021  |  26/05/2021  |  01-10-1997  |  01.10.1997  |  21/09/2021 18:49:48 +07:00 */
export const DateNumeric = createToken({
  name: "DateNumeric",
  ...DIGIT_START,
  pattern: new RegExp(`\\d{1,2}(?:[ \\t]?\\/[ \\t]?|[.-])\\d{1,2}(?:[ \\t]?\\/[ \\t]?|[.-])\\d{4}(?!\\d)${TIME_TAIL}`),
});

/** 20/9  (no year: only a date in a date context, see src/inline/dates.ts) */
export const DateShort = createToken({ name: "DateShort", pattern: /\d{1,2}\/\d{1,2}(?![\d/])/, ...DIGIT_START });

/** ngày 28 tháng 7 năm 2021  |  NGÀY 03 THÁNG 9 NĂM 2019  |  ngày 15 tháng 6 (no year) */
export const DateWords = createToken({
  name: "DateWords",
  ...N_START,
  pattern: new RegExp(
    `${NGAY}[ \\t.:]*\\d{1,2}[ \\t.,]*[tT][hH][áÁ][nN][gG][ \\t.:]*\\d{1,2}(?![\\d])` +
      `(?:[ \\t.,]*[nN][ăĂ][mM][ \\t.:]*\\d{4}(?!\\d))?`,
  ),
});

/** 17h00  |  6h00  |  18h00’  |  8 giờ 30 phút  |  17 giờ 00  |  17:00 (before "ngày …") */
export const TimeOfDay = createToken({
  name: "TimeOfDay",
  ...DIGIT_START,
  pattern: new RegExp(
    `\\d{1,2}(?:[ \\t]?(?:[hH]|giờ|GIỜ|Giờ)(?:[ \\t]?\\d{1,2})?(?:[ \\t]?(?:phút|PHÚT|p))?|:\\d\\d)[’']?` +
      `(?![${VI_LETTER}0-9])`,
  ),
});

/** a digit run that starts no candidate: "0912", "100", "14" in "14/14/16" */
export const Digits = createToken({ name: "Digits", pattern: /\d+/, group: Lexer.SKIPPED, ...DIGIT_START });

/** "ngày" not followed by a date: "ngày/lần", "ngày    tháng    năm" */
export const DayWord = createToken({ name: "DayWord", pattern: /[nN][gG][àÀaA]?[yY]/, group: Lexer.SKIPPED, ...N_START });

/**
 * The start characters of `Filler`: every character but a digit. Chevrotain files the characters
 * above U+00FF in buckets of 255, so one character per bucket stands for them all: this is the
 * very table its pattern analysis would build (tests/inline/inline-tokens.test.ts compares them),
 * without parsing the pattern at each start (~5 ms).
 */
const NOT_A_DIGIT: number[] = [];
for (let code = 0; code <= 0xff; code++) if (code < 0x30 || code > 0x39) NOT_A_DIGIT.push(code);
for (let code = 0x100; code <= 0xffff; code += 255) NOT_A_DIGIT.push(code);
NOT_A_DIGIT.push(0xffff);

/** everything else, in long runs: every character but digits and the "n" of "ngày" */
export const Filler = createToken({
  name: "Filler",
  pattern: /(?:[\x00-\x2F\x3A-\x4D\x4F-\x6D\x6F-\uFFFF]|[nN](?![gG][àÀaA]?[yY]))+/,
  group: Lexer.SKIPPED,
  start_chars_hint: NOT_A_DIGIT,
  line_breaks: true,
});

export const allInlineTokens: TokenType[] = [
  Filler, DocNumber, DateIso, DateNumeric, DateWords, TimeOfDay, DateShort, Digits, DayWord,
];

const inlineLexer = new Lexer(allInlineTokens, {
  ensureOptimizations: true,
  positionTracking: "onlyOffset",
  skipValidations: true, // validated once in tests/inline/inline-tokens.test.ts
});

let lastText: string | null = null;
let lastTokens: IToken[] = [];

/**
 * The candidate tokens of a text, in order. The last result is memoized, because the date and
 * the reference extractors both read the same run.
 */
export function lexInline(text: string): IToken[] {
  if (text !== lastText) {
    lastTokens = inlineLexer.tokenize(text).tokens;
    lastText = text;
  }
  return lastTokens;
}
