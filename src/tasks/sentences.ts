/**
 * A clause's prose cut into paragraphs (joined with "\n" by the builder) and sentences, with
 * their offsets in the prose, so that what is found in a sentence can be placed on lines.
 *
 *   "A làm x. B làm y.\nC làm z" → [[A làm x.] [B làm y.]] [[C làm z]]
 */
export interface Sentence {
  readonly text: string;
  /** offset of the sentence in the prose */
  readonly start: number;
  /** index of its paragraph */
  readonly paragraph: number;
}

/**
 * A full stop (or "…", "!", "?") followed by a capital, a digit or an opening quote ends a sentence,
 * unless it ends an abbreviation that names what follows: "TP. Hồ Chí Minh", "Tp. Hà Nội",
 * "Q. 1", "P. Bến Nghé", "TT. Phú Mỹ", "TS. Nguyễn Văn A".
 */
const SENTENCE_END = /(?<=[.!?…])(?<!(?:^|[\s(])(?:TP|Tp|tp|TX|Tx|TT|Tt|Q|P|TS|ThS|Ths|PGS|GS|BS|KS|CN)\.)\s+(?=[\p{Lu}\d“"(])/gu;

export function toSentences(prose: string): Sentence[] {
  const out: Sentence[] = [];
  let offset = 0;
  prose.split("\n").forEach((paragraph, index) => {
    let start = 0;
    for (const m of paragraph.matchAll(SENTENCE_END)) {
      pushSentence(out, paragraph.slice(start, m.index), offset + start, index);
      start = m.index + m[0].length;
    }
    pushSentence(out, paragraph.slice(start), offset + start, index);
    offset += paragraph.length + 1;
  });
  return out;
}

function pushSentence(out: Sentence[], text: string, start: number, paragraph: number): void {
  if (text.trim() !== "") out.push({ text, start, paragraph });
}
