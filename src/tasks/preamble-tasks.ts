/**
 * The preamble: the tasks it assigns itself (a công văn often has no numbered clauses) and the
 * lead-in sentence whose addressees the clauses inherit.
 *
 *   "… Ban Thường vụ Thành ủy yêu cầu các cấp ủy, chính quyền, MTTQ … thực hiện … sau:"
 *     → lead-in [các cấp ủy, chính quyền] [MTTQ] …, no task
 *   "Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp Sở Y tế …: (1) …; (2) …"
 *     → two tasks, lead [Sở Giáo dục và Đào tạo]
 * Only "giao / đề nghị / yêu cầu / phân công …" assign here: the preamble's other subjects narrate
 * ("đồng chí … chủ trì hội nghị", "nghe Sở Y tế báo cáo").
 */
import { findDeadline } from "./deadline.js";
import { splitEnumeration, trimAction } from "./enumeration.js";
import { normalizeAgency } from "./normalize-agency.js";
import { readSentenceParts } from "./sentence-parts.js";
import { toSentences } from "./sentences.js";
import { spanOf, type TextRun } from "../text-run.js";
import type { Task } from "../types.js";

export interface PreambleTasks {
  tasks: Task[];
  leadIn: string[] | null;
}

export function preambleTasks(run: TextRun, year: number | undefined): PreambleTasks {
  const sentences = toSentences(run.text);
  const tasks: Task[] = [];
  let leadIn: string[] | null = null;
  sentences.forEach((sentence, index) => {
    const parts = readSentenceParts(sentence.text, { triggersOnly: true }).filter((p) => p.kind === "trigger");
    parts.forEach((part, n) => {
      const action = trimAction(sentence.text.slice(part.from, part.to));
      const last = index === sentences.length - 1 && n === parts.length - 1;
      if (last && /:\s*$/.test(sentence.text)) {
        leadIn = part.leads;
        return;
      }
      if (action === "") return;
      const start = sentence.start + part.at;
      const lines = spanOf(run, start, sentence.start + part.to);
      const agencies = (texts: string[]) => texts.map((text) => ({ text, normalized: normalizeAgency(text) }));
      const deadline = findDeadline(action, { year, lines });
      for (const one of splitEnumeration(action) ?? [action]) {
        tasks.push({ action: one, lead: agencies(part.leads), support: agencies(part.support), deadline, reportTo: agencies(part.reportTo), lines });
      }
    });
  });
  return { tasks, leadIn };
}
