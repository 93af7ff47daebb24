/**
 * The closing paragraph (the unnumbered paragraph after the last clause, before the signature):
 * a sentence there with a subject and a duty assigns it, with the clause path null —
 *
 *   "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các bộ, ngành, địa phương kịp thời
 *    phản ánh, gửi báo cáo về Bộ Nội vụ …./."  → lead [các bộ, ngành, địa phương], reportTo [Bộ Nội vụ]
 *
 * — while a closing formula assigns nothing: the issuer telling who should know ("Văn phòng Chính
 * phủ thông báo để … biết, thực hiện./."), "Trên đây là …", a request to carry out the document
 * as a whole ("Đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện./."), the execution
 * formula ("… chịu trách nhiệm thi hành Quyết định này./."), and any subject that speaks ("Văn
 * phòng Bộ Thủy sản xin thông báo kết luận …", "Tổng cục Hải quan trả lời …"). Subjects assign here; a closing
 * "Đề nghị X …" restates the document's requests, unless it sets a time limit of its own:
 *
 *   "Đề nghị Sở Tài chính gửi báo cáo về Ủy ban nhân dân tỉnh trước ngày 15/3/2025./."
 *     → lead [Sở Tài chính], reportTo [Ủy ban nhân dân tỉnh], deadline 2025-03-15
 */
import { spanOf, type TextRun } from "../text-run.js";
import type { Task } from "../types.js";
import { makeTasks, notAnAssignment, type TaskContext } from "./clause-tasks.js";
import { findDeadline } from "./deadline.js";
import { trimAction } from "./enumeration.js";
import { readSentenceParts, speaks } from "./sentence-parts.js";
import { isTableHeader, toSentences } from "./sentences.js";

/**
 * "… biết, thực hiện", "thực hiện Nghị quyết này", "Trên đây là …": the formula, no task. The word
 * "biết" is looked for by hand (`knows`); the other two formulas, `FORMULA` (`iu` over long
 * alternations, costly to compile at start-up), only after the words it cannot match without.
 * Plain `i` folds these letters as `iu` does (tests/tasks/startup-signs.test.ts).
 */
const FORMULA = /^(?:(?:nghiêm túc|khẩn trương|tổ chức|triển khai)\s+)*thực hiện(?:\s+(?:nghiêm túc|tốt))?\s*(?:(?:Nghị quyết|Quyết định|Chỉ thị|Thông tư|Công văn|Kế hoạch|văn bản|Hướng dẫn) này)?[./\s]*$|^(?:trên đây|nhất trí|thống nhất)(?![a-zà-ỹđ])/iu;
const FORMULA_SIGN = /^(?:(?:nghiêm túc|khẩn trương|tổ chức|triển khai)\s+)*thực hiện|^(?:trên đây|nhất trí|thống nhất)/i;
export const isFormula = (action: string): boolean => knows(action) || (FORMULA_SIGN.test(action) && FORMULA.test(action));

/**
 * "biết" as a word, as `/(?<![a-zà-ỹđ])biết(?![a-zà-ỹđ])/iu` finds it: its neighbours tested by
 * hand when ASCII, else by `WORD_LETTER` (the same class). "biết" cannot overlap itself, so a match
 * refused at its edges hides no other.
 */
const KNOW = /biết/gi;
const WORD_LETTER = /^[a-zà-ỹđ]$/iu;
function knows(action: string): boolean {
  KNOW.lastIndex = 0;
  for (let m = KNOW.exec(action); m; m = KNOW.exec(action)) {
    if (!wordLetterAt(action, m.index - 1, true) && !wordLetterAt(action, m.index + 4, false)) return true;
  }
  return false;
}
/** The character (code point) ending at `at` (`before`) or starting there is a letter of `WORD_LETTER`. */
function wordLetterAt(text: string, at: number, before: boolean): boolean {
  if (at < 0 || at >= text.length) return false;
  const code = text.charCodeAt(at);
  if (code < 0x80) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
  // the second half of a surrogate pair, before the word: the character is the pair
  const pair = before && code >= 0xdc00 && code <= 0xdfff && at >= 1 && text.charCodeAt(at - 1) >= 0xd800 && text.charCodeAt(at - 1) <= 0xdbff;
  return WORD_LETTER.test(String.fromCodePoint(text.codePointAt(pair ? at - 1 : at)!));
}

/**
 * "(Sở X) kính báo cáo UBND Thành phố xem xét, chỉ đạo./.", "(UBND tỉnh) kính trình HĐND tỉnh xem
 * xét, quyết định./.", "(…) đề nghị Bộ Tài chính xem xét, cho ý kiến": how a report or a submission
 * ends (NĐ 30/2020, Phụ lục III: Báo cáo, Tờ trình) — the addressee's decision asked for, no task.
 */
const SUBMISSION = /^(?:kính\s+)?(?:báo cáo|trình|đề nghị|xin)\s.*\s(?:xem xét|cho ý kiến|quyết định|chỉ đạo|phê duyệt|giải quyết)(?:\s*(?:,|và)\s*(?:xem xét|cho ý kiến|quyết định|chỉ đạo|phê duyệt|giải quyết|chấp thuận))*$/iu;

/**
 * "Giám đốc các sở, Hiệu trưởng các trường đại học tổ chức thực hiện nghiêm túc Chỉ thị này./.":
 * the execution formula, tested on the sentence's tail so that no reading of its subjects makes it a task.
 */
const EXECUTION_TAIL = /(?:thực hiện|thi hành)(?:\s+(?:nghiêm túc|tốt|nghiêm))?\s+(?:Nghị quyết|Quyết định|Chỉ thị|Thông tư|Công văn|Kế hoạch|văn bản|Hướng dẫn|Thông báo|Công điện) này[./\s]*$/iu;

export function closingTasks(run: TextRun, context: TaskContext): Task[] {
  const tasks: Task[] = [];
  for (const sentence of toSentences(run.text)) {
    if ((sentence.text.includes(" này") && EXECUTION_TAIL.test(sentence.text)) || isTableHeader(sentence.text)) continue;
    for (const part of readSentenceParts(sentence.text, { issuer: context.issuer })) {
      if ((part.kind !== "subject" && part.kind !== "trigger") || !part.leads.length) continue;
      const action = trimAction(sentence.text.slice(part.from, part.to)).replace(/[./\s]+$/u, "");
      if (action === "" || isFormula(action) || SUBMISSION.test(action) || speaks(action) || notAnAssignment(action) || /^(?:đã|vừa|từng)\s/iu.test(action)) continue;
      const lines = spanOf(run, sentence.start + part.at, sentence.start + part.to);
      // "Đề nghị X …" restates the document's requests, unless it sets a time limit of its own
      if (part.kind === "trigger" && !findDeadline(action, { year: context.year, lines })) continue;
      tasks.push(...makeTasks(part, action, part.leads, lines, context));
    }
  }
  return tasks;
}
