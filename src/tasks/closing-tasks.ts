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
import { toSentences } from "./sentences.js";

/** "… biết, thực hiện", "thực hiện Nghị quyết này", "Trên đây là …": the formula, no task. */
const FORMULA = /(?<![a-zà-ỹđ])biết(?![a-zà-ỹđ])|^(?:(?:nghiêm túc|khẩn trương|tổ chức|triển khai)\s+)*thực hiện(?:\s+(?:nghiêm túc|tốt))?\s*(?:(?:Nghị quyết|Quyết định|Chỉ thị|Thông tư|Công văn|Kế hoạch|văn bản|Hướng dẫn) này)?[./\s]*$|^(?:trên đây|nhất trí|thống nhất)(?![a-zà-ỹđ])/iu;
/**
 * The words `FORMULA` cannot match without, tried first: `FORMULA` costs ~0.6 ms to compile at
 * start-up (`iu` over long alternations), and most actions have none of them. Plain `i` folds
 * these letters as `iu` does.
 */
const FORMULA_SIGN = /biết|^(?:(?:nghiêm túc|khẩn trương|tổ chức|triển khai)\s+)*thực hiện|^(?:trên đây|nhất trí|thống nhất)/i;
export const isFormula = (action: string): boolean => FORMULA_SIGN.test(action) && FORMULA.test(action);

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
    if (sentence.text.includes(" này") && EXECUTION_TAIL.test(sentence.text)) continue;
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
