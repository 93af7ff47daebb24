/**
 * One sentence → its parts: who is named as acting, and the stretch of text that is their action.
 *
 *   "Giao Sở Y tế chủ trì, phối hợp Sở TT&TT …"        trigger   lead [Sở Y tế], support [Sở TT&TT]
 *   "Công an Thành phố tiếp tục phối hợp với …"         subject   lead [Công an Thành phố]
 *   "Chỉ đạo Trung tâm Y tế quận rà soát …"            directing (the lead is whoever directs)
 *   "Tăng cường kiểm tra; đồng thời giao các quận …"   none + trigger
 *   "Ban Thường vụ Thành ủy giao Ban cán sự đảng …"    speaker + trigger: the speaker assigns
 *   "UBND các quận … căn cứ …, giao Phòng GD&ĐT …"      subject; the "giao" is its own delegation
 *   "… báo cáo, đề xuất Chính phủ, Ban Chỉ đạo … đề xuất …" subject, reportTo [Chính phủ], subject
 */
import { readAgencyList, startsPredicate, type AgencyList } from "./agency.js";
import { PERSON, SPEAKERS } from "./lexicon.js";
import { matchPhrase, phraseTable, toWords, type PhraseTable, type Word } from "./words.js";

export type PartKind = "subject" | "speaker" | "trigger" | "directing" | "none";

export interface SentencePart {
  kind: PartKind;
  /** the agencies named as acting, as printed */
  leads: string[];
  /** where the part starts in the sentence (its subject or trigger word) */
  at: number;
  /** where its action starts */
  from: number;
  /** where it ends: the next part, or the end of the sentence */
  to: number;
  support: string[];
  reportTo: string[];
}

export interface SentenceOptions {
  /** the preamble: only "giao / đề nghị / yêu cầu …" assign; its subjects narrate */
  triggersOnly?: boolean;
}

const TRIGGERS = phraseTable(["giao", "giao cho", "đề nghị", "kính đề nghị", "yêu cầu", "phân công", "ủy quyền cho", "ủy quyền", "lưu ý"]);
/** "bàn giao", "được giao", "đáp ứng yêu cầu": not an assignment */
const NOT_AFTER = new Set(["bàn", "được", "đã", "chuyển", "ứng", "theo", "đảm", "bảo", "giao"]);
const DELEGATIONS = new Set(["ủy quyền", "ủy quyền cho"]);
const INTROS = phraseTable(["trên cơ sở đó", "đồng thời", "bên cạnh đó", "ngoài ra", "sau đó"]);
/** Phrases that front a sentence before its subject: "Đối với …,", "Trường hợp …,", "Căn cứ …,". */
const FRONTED = phraseTable(["đối với", "trường hợp", "căn cứ", "trong trường hợp", "trong thời gian", "để"]);
const DIRECT = phraseTable(["chỉ đạo"]);
const SUPPORT = phraseTable(["phối hợp"]);
const SUPPORT_FILLER = phraseTable(["chặt chẽ", "với", ",", "đôn đốc", "hướng dẫn", "tốt", "cùng", "và"]);
const REPORT = phraseTable(["báo cáo"]);
const REPORT_FILLER = phraseTable(["lại", "kết quả", "về", "ngay", "trực tiếp", ",", "đề xuất", "kiến nghị", "xin ý kiến"]);

export function readSentenceParts(text: string, options: SentenceOptions = {}): SentencePart[] {
  const words = toWords(text);
  const used = new Array<boolean>(words.length).fill(false);
  const use = (from: number, to: number): void => void used.fill(true, from, to);
  const support = objectLists(words, SUPPORT, SUPPORT_FILLER, false, use);
  const reports = objectLists(words, REPORT, REPORT_FILLER, true, use);
  const parts: Omit<SentencePart, "to" | "support" | "reportTo">[] = [];
  const textOf = (list: AgencyList): string[] => list.items.map((it) => text.slice(words[it.from].start, words[it.to - 1].end));
  const offset = (k: number): number => words[k]?.start ?? text.length;

  const first = skipIntro(words);
  const subject = options.triggersOnly || used[first] ? null : readSubject(words, first);
  let subjectIsSpeaker = false;
  if (subject) {
    use(first, subject.end);
    subjectIsSpeaker = subject.items.length === 1 && matchPhrase(words, first, SPEAKERS) > 0;
    parts.push({ kind: "subject", leads: textOf(subject), at: offset(first), from: offset(subject.end) });
  }
  for (let k = 0; k < words.length; k++) {
    const length = used[k] ? 0 : matchPhrase(words, k, TRIGGERS);
    if (!length || NOT_AFTER.has(words[k - 1]?.f ?? "")) continue;
    const trigger = words.slice(k, k + length).map((w) => w.f).join(" ");
    if (trigger === "lưu ý" && k !== first) continue;
    const list = readAgencyList(words, k + length);
    if (!list) continue;
    use(k, list.end);
    const downstream = (subject !== null && !subjectIsSpeaker) || (DELEGATIONS.has(trigger) && !subjectIsSpeaker);
    if (downstream) continue;
    const colon = trigger === "phân công" && list.items[0].person ? words.findIndex((w, n) => n >= list.end && w.f === ":") : -1;
    parts.push({ kind: "trigger", leads: textOf(list), at: offset(k), from: offset(colon >= 0 ? colon + 1 : list.end) });
  }
  if (subject && subjectIsSpeaker && parts.length > 1) parts[0].kind = "speaker";
  if (!options.triggersOnly) {
    for (let k = 0; k < words.length; k++) {
      if (used[k] || !(k === first || [";", ":"].includes(words[k - 1]?.f ?? "")) || !matchPhrase(words, k, DIRECT)) continue;
      const list = readAgencyList(words, k + 2);
      if (!list) continue;
      use(k, list.end);
      parts.push({ kind: "directing", leads: [], at: offset(k), from: offset(k) });
    }
    for (let k = 1; k < words.length; k++) {
      if (used[k] || ![",", ";"].includes(words[k - 1].f) || !parts.some((p) => p.kind !== "directing" && p.at < words[k].start)) continue;
      const list = readSubject(words, k);
      if (!list || !(words[k].cap || matchPhrase(words, k, PERSON) || list.items[0].plural)) continue;
      use(k, list.end);
      parts.push({ kind: "subject", leads: textOf(list), at: offset(k), from: offset(list.end) });
    }
  }
  return finish(text, parts, support, reports);
}

/** "Trên cơ sở đó, các địa phương triển khai": the subject comes after the opening words. */
function skipIntro(words: readonly Word[]): number {
  const intro = matchPhrase(words, 0, INTROS);
  if (intro) return words[intro]?.f === "," ? intro + 1 : intro;
  // "Đối với …, Bảo hiểm xã hội Việt Nam khẩn trương …": a fronted phrase up to the first comma,
  // when an agency that acts follows it
  if (matchPhrase(words, 0, FRONTED)) {
    const comma = words.findIndex((w, k) => k > 0 && w.f === ",");
    if (comma > 0 && readSubject(words, comma + 1)) return comma + 1;
  }
  return 0;
}

/** A list of agencies followed by a verb: the subject of a sentence. */
function readSubject(words: readonly Word[], k: number): AgencyList | null {
  const list = readAgencyList(words, k);
  return list && startsPredicate(words, list.end) ? list : null;
}

interface ObjectList {
  at: number;
  /** [start, end) offsets of each agency in the sentence */
  items: Array<readonly [number, number]>;
}

/** The agencies after "phối hợp (với)" or "báo cáo (lại)", wherever they are in the sentence. */
function objectLists(words: readonly Word[], verb: PhraseTable, filler: PhraseTable, cut: boolean, use: (from: number, to: number) => void): ObjectList[] {
  const out: ObjectList[] = [];
  for (let k = 0; k < words.length; k++) {
    const length = matchPhrase(words, k, verb);
    if (!length) continue;
    let j = k + length;
    for (let n = matchPhrase(words, j, filler); n; n = matchPhrase(words, j, filler)) j += n;
    const list = readAgencyList(words, j, { names: true, cutAtSubject: cut });
    if (!list) continue;
    use(j, list.end);
    out.push({ at: words[k].start, items: list.items.map((it) => [words[it.from].start, words[it.to - 1].end] as const) });
  }
  return out;
}

/** Order the parts, close each at the next one, give the text before the first its own part. */
function finish(text: string, found: Omit<SentencePart, "to" | "support" | "reportTo">[], support: ObjectList[], reports: ObjectList[]): SentencePart[] {
  const sorted = [...found].sort((a, b) => a.at - b.at);
  const firstAt = sorted[0]?.at ?? text.length;
  const lead = text.slice(0, firstAt);
  const parts: SentencePart[] = [];
  if (lead.trim() !== "" && (sorted.length === 0 || /;/.test(lead))) parts.push({ kind: "none", leads: [], at: 0, from: 0, to: firstAt, support: [], reportTo: [] });
  sorted.forEach((p, i) => parts.push({ ...p, to: sorted[i + 1]?.at ?? text.length, support: [], reportTo: [] }));
  const place = (lists: ObjectList[], field: "support" | "reportTo"): void => {
    for (const list of lists) {
      const owner = [...parts].reverse().find((p) => p.at <= list.at) ?? parts[0];
      if (!owner) continue;
      for (const [start, end] of list.items) {
        const item = text.slice(start, end);
        if (!owner[field].includes(item)) owner[field].push(item);
      }
    }
  };
  place(support, "support");
  place(reports, "reportTo");
  return parts;
}
