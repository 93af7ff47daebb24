/**
 * The preamble: the tasks it assigns itself (a công văn often has no numbered clauses) and the
 * lead-in sentence whose addressees the clauses inherit.
 *
 *   "… Ban Thường vụ Thành ủy yêu cầu các cấp ủy, chính quyền, MTTQ … thực hiện … sau:"
 *     → lead-in [các cấp ủy, chính quyền] [MTTQ] …, no task
 *   "Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp Sở Y tế …: (1) …; (2) …"
 *     → two tasks, lead [Sở Giáo dục và Đào tạo]
 * Only "giao / đề nghị / yêu cầu / phân công …" assign here: the preamble's other subjects narrate
 * ("đồng chí … chủ trì hội nghị", "nghe Sở Y tế báo cáo") — except in the lead-in, when they are
 * asked to work ("…, các ngành, các cấp cần thực hiện tốt những việc sau:"), and after the speaker's
 * "… có ý kiến như sau:", where the content begins ("Bộ Công Thương nghiên cứu …").
 */
import { piecesOf, tasksOfPieces } from "./clause-tasks.js";
import { isFormula } from "./closing-tasks.js";
import { trimAction } from "./enumeration.js";
import { mayAssign, readSentenceParts } from "./sentence-parts.js";
import { isTableHeader, toSentences, type Sentence } from "./sentences.js";
import { spanOf, type TextRun } from "../text-run.js";
import type { Task } from "../types.js";

export interface PreambleTasks {
  tasks: Task[];
  leadIn: string[] | null;
}

/** "Phó Thủ tướng … có ý kiến như sau:" (a Văn phòng's letter): what follows is the content, not narration. */
const SPEAKER_INTRO = /có ý kiến(?: chỉ đạo)?(?:\s+(?:như sau|sau đây))?\s*:(?:\s+(?=\p{Lu})|\s*$)/u;
/** The work a lead-in's subject is asked to do: "cần thực hiện tốt …", "tập trung thực hiện …", "có trách nhiệm …". */
const INTRODUCES_WORK = /^(?:(?:cần|phải|cần phải|khẩn trương|tiếp tục|tập trung|chủ động|nghiêm túc)\s+)*(?:thực hiện|triển khai|tổ chức thực hiện|làm tốt|quán triệt|có trách nhiệm|chịu trách nhiệm|có nhiệm vụ)(?![a-zà-ỹđ])/iu;

/** Past or narrated doings are not assignments, nor is the subject that speaks ("… yêu cầu …"). */
const ACTS = /^(?!(?:đã|đang|vừa|yêu cầu|đề nghị|giao|chỉ đạo|kết luận|thông báo)(?![a-zà-ỹđ]))/iu;

export function preambleTasks(run: TextRun, year: number | undefined): PreambleTasks {
  const sentences = toSentences(run.text).flatMap(splitAtContent).filter((s) => !isTableHeader(s.text));
  const tasks: Task[] = [];
  let leadIn: string[] | null = null;
  /** after "… có ý kiến như sau:" the speaker's content follows: its subjects act */
  let content = false;
  sentences.forEach((sentence, index) => {
    const lastSentence = index === sentences.length - 1;
    const intro = lastSentence && sentence.text.trimEnd().endsWith(":");
    // a lead-in's subject is inherited only when it introduces work ("các ngành, các cấp cần
    // thực hiện tốt những việc sau:"), not when it speaks ("Chủ tịch UBND tỉnh chỉ thị:")
    const triggers = mayAssign(sentence.text) ? readSentenceParts(sentence.text, { triggersOnly: true }) : [];
    const read = (content || intro) && !triggers.some((p) => p.kind === "trigger") ? readSentenceParts(sentence.text) : triggers;
    const parts = read.filter(
      (p) => p.kind === "trigger" || (p.kind === "subject" && (intro ? INTRODUCES_WORK : ACTS).test(trimAction(sentence.text.slice(p.from, p.to)))),
    );
    parts.forEach((part, n) => {
      const action = trimAction(sentence.text.slice(part.from, part.to));
      if (lastSentence && intro && n === parts.length - 1) {
        leadIn = part.leads;
        return;
      }
      // a one-paragraph letter's last sentence may be its closing formula ("Đề nghị các đơn vị nghiêm túc thực hiện./.")
      if (action === "" || (lastSentence && isFormula(action))) return;
      const start = sentence.start + part.at;
      const lines = spanOf(run, start, sentence.start + part.to);
      // an action with several limits is one task per limit, as in a clause ("…, hoàn thành trước ngày 30/4; báo cáo … trước ngày 10/5")
      const { pieces, enumerated } = piecesOf(action, { year, lines });
      tasks.push(...tasksOfPieces(pieces, enumerated, part, part.leads, lines));
    });
    if (sentence.text.includes("có ý kiến") && SPEAKER_INTRO.test(sentence.text)) content = true;
  });
  return { tasks, leadIn };
}

/** "…, Phó Thủ tướng có ý kiến như sau: Bộ Công Thương nghiên cứu …" → the intro, then the content. */
function splitAtContent(sentence: Sentence): Sentence[] {
  // the words first: the pattern (`u`, `\p{Lu}`) is compiled only for a text that holds them
  const m = sentence.text.includes("có ý kiến") ? SPEAKER_INTRO.exec(sentence.text) : null;
  if (!m || m.index + m[0].length >= sentence.text.length) return [sentence];
  const cut = m.index + m[0].length;
  return [
    { ...sentence, text: sentence.text.slice(0, cut) },
    { ...sentence, text: sentence.text.slice(cut), start: sentence.start + cut },
  ];
}
