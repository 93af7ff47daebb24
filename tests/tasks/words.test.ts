/** The word stream of the task readers: folded words with offsets, and the cache of recent sentences. */
import { describe, expect, it } from "vitest";
import { foldChars, stripDiacritics } from "../../src/inline/fold.js";
import { firstWordOf, matchPhrase, moreWordsThan, phraseTable, phraseWords, tableSources, tonelessTable, toWords, wordsOf } from "../../src/tasks/words.js";

const printed = (text: string) => toWords(text).map((w) => text.slice(w.start, w.end));
const folded = (text: string) => toWords(text).map((w) => w.f);

describe("toWords", () => {
  it("reads words and marks with their folded form", () => {
    const text = "Sở TT&TT, UBND các quận";
    expect(printed(text)).toEqual(["Sở", "TT", "&", "TT", ",", "UBND", "các", "quận"]);
    expect(folded(text)).toEqual(["sở", "tt", "&", "tt", ",", "ubnd", "các", "quận"]);
  });

  it("gives each text its own words, whatever was read before (recent texts are kept)", () => {
    // same length, different words; more texts than are kept; then the first ones again
    const texts = ["Sở Y tế chủ trì", "Bộ Y tế chủ trì", ...Array.from({ length: 20 }, (_, n) => `Phòng ${n} phối hợp`), "Sở Y tế chủ trì"];
    for (const round of [0, 1]) {
      for (const text of round ? [...texts].reverse() : texts) {
        expect(folded(text)).toEqual(text.toLowerCase().split(" "));
        expect(toWords(text)).toBe(toWords(text)); // asked again at once: the same list
      }
    }
    // an equal text held in another string is the same sentence
    const copy = ["Sở Y tế", "chủ trì"].join(" ");
    expect(printed(copy)).toEqual(["Sở", "Y", "tế", "chủ", "trì"]);
  });

  // texts made of pieces that read differently at an edge: glued capitals, "_", old tone pairs, Σ, odd spaces
  const pieces = ["Sở", "Y", "tế", "BộCông", "thoÁi", "hoà", "Uỷ", "phối_hợp", "_", "a_", "ΑΣ", ".", ",", ";", "(", ")", "TP.HCM", "eKYC", "\u00a0", "\u2003", "\ufeff", "1", "đ", "ð", "O", "á"];
  let seed = 11;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const sample = () => Array.from({ length: 1 + Math.floor(random() * 9) }, () => pieces[Math.floor(random() * pieces.length)]).join(random() < 0.6 ? " " : "");
  const shifted = (text: string, by: number) => toWords(text).map((w) => ({ ...w, start: w.start + by, end: w.end + by }));

  it("takes a slice's words from the text's only when reading the slice gives the same", () => {
    let taken = 0;
    const check = (text: string, start: number, end: number) => {
      const words = wordsOf(text, toWords(text), start, end);
      if (words === null) return;
      taken++;
      expect(words).toEqual(shifted(text.slice(start, end), start));
    };
    for (const text of ["ΑΣ.Sở y tế", "thoÁi hoà", "a_ b_c _", "Bộ Y tế,UBND các quận"]) {
      for (let start = 0; start <= text.length; start++) for (let end = start; end <= text.length; end++) check(text, start, end);
    }
    for (let n = 0; n < 4000; n++) {
      const text = sample();
      const start = Math.floor(random() * text.length);
      check(text, start, start + Math.floor(random() * (text.length - start + 1)));
    }
    expect(taken).toBeGreaterThan(500);
  });

  it("folds each word as the whole text folds, however often its spelling was read before", () => {
    const more = [...pieces, "İ", "Σ", "ΣΑ", "ǅ", "\u{10400}", "中文", "oÁ", "UỶ", "thoÀi"];
    for (let n = 0; n < 4000; n++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 9) }, () => more[Math.floor(random() * more.length)]).join(random() < 0.6 ? " " : "");
      const whole = foldChars(text);
      expect(toWords(text).map((w) => w.f)).toEqual(toWords(text).map((w) => whole.slice(w.start, w.end)));
    }
  });

  it("knows a table of phrases made after the words of a phrase were read", () => {
    const text = "Zzquạt xyzw chủ trì";
    toWords(text); // its spellings are kept before the table is made
    const late = phraseTable(["zzquạt xyzw"]);
    expect(matchPhrase(toWords(text), 0, late)).toBe(2);
    expect(matchPhrase(toWords(`Sở ${text}`), 1, late)).toBe(2);
  });

  it("knows a tone-less table made late whose phrases open with a letter no other tone-less table's do", () => {
    const late = tonelessTable(["zzquat xyzw", "ưzquạt"]);
    for (const text of ["Zzquạt xyzw", "zzquat xyzw", "uzquat", "Ưzquạt"]) expect(matchPhrase(toWords(text), 0, late), text).toBeGreaterThan(0);
  });

  it("matches a tone-less table whatever the tones or marks of a word, its first letter among them", () => {
    const table = tonelessTable(["phối hợp", "ủy quyền", "đôn đốc"]);
    for (const text of ["phoi hop", "PHỐI HỢP", "phói họp", "Ủy quyền", "uy quyen", "ÙY QUYÊN", "don doc", "Đôn đốc", "dồn đọc", "u\u0309y quye\u0302\u0300n"]) {
      expect(matchPhrase(toWords(text), 0, table), text).toBe(2);
    }
    for (const text of ["phoi", "hop phoi", "uy ban", "quyen uy", "đô đốc", "bao cao"]) expect(matchPhrase(toWords(text), 0, table), text).toBe(0);
  });

  it("reads a text's first word alone, and bounds its count of words by its spaces", () => {
    for (let n = 0; n < 2000; n++) {
      const text = sample();
      expect(firstWordOf(text)).toEqual(toWords(text)[0]);
      for (const count of [0, 1, 2, 4]) if (moreWordsThan(text, count)) expect(toWords(text).length).toBeGreaterThan(count);
    }
  });
});

describe("phrase tables", () => {
  it("read each phrase of the lexicon as the word scanner reads it", async () => {
    await import("../../src/tasks/index.js"); // the modules that make the tables
    const tables = tableSources();
    expect(tables.length).toBeGreaterThan(50);
    for (const { phrases, toneless } of tables) {
      for (const phrase of phrases) {
        const scanned = toWords(phrase).map((w) => (toneless ? stripDiacritics(w.f) : w.f));
        expect(phraseWords(phrase, toneless), phrase).toEqual(scanned);
      }
    }
  });
});
