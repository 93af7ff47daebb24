/**
 * The closing paragraph (src/tasks/closing-tasks.ts): a closing formula assigns nothing, a duty
 * with a subject in it does.
 */
import { describe, expect, it } from "vitest";
import { closingTasks } from "../../src/tasks/closing-tasks.js";
import { joinRun } from "../../src/text-run.js";
import { leads, readAt } from "./clause-fixture.js";

const read = readAt(2026);

describe("a report's or a submission's closing formula, and the execution formula at a sentence's tail", () => {
  const closing = (text: string) => closingTasks(joinRun([[191, text]]), { issuer: [] });
  it.each([
    ["a report's closing", "Sở Nông nghiệp và Môi trường kính báo cáo UBND Thành phố xem xét, chỉ đạo./."],
    ["… without 'kính'", "Sở Nông nghiệp và Môi trường báo cáo UBND Thành phố xem xét, chỉ đạo./."],
    ["a submission's closing", "Ủy ban nhân dân tỉnh kính trình Hội đồng nhân dân tỉnh xem xét, quyết định./."],
    ["a request for a decision", "Sở Tài chính đề nghị Bộ Tài chính xem xét, cho ý kiến./."],
    ["the execution formula after a list of subjects", "Bộ trưởng yêu cầu Thủ trưởng các đơn vị thuộc Bộ, Giám đốc các đại học, học viện, Hiệu trưởng các trường đại học tổ chức thực hiện nghiêm túc Chỉ thị này./."],
  ])("no task: %s", (_, text) => {
    expect(closing(text)).toEqual([]);
  });

  it.each([
    ["a duty in the closing", "Trong quá trình thực hiện, nếu có vướng mắc, các sở, ngành kịp thời báo cáo UBND tỉnh để xem xét, giải quyết./.", [["các sở, ngành"]]],
    ["a report with a limit of its own", "Sở Tài chính tổng hợp, báo cáo UBND tỉnh trước ngày 15/3/2025./.", [["Sở Tài chính"]]],
  ])("stays: %s", (_, text, expected) => {
    expect(leads(closing(text))).toEqual(expected);
  });
});

describe("the closing formula's verdict in an article", () => {
  it.each([
    ["a request to report problems, in the last article", "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị các cơ quan, tổ chức, cá nhân phản ánh về Bộ Nội vụ để xem xét, giải quyết./."],
    ["… 'tổ chức thực hiện'", "Trong quá trình tổ chức thực hiện, nếu có khó khăn, vướng mắc, đề nghị các đơn vị kịp thời phản ánh về Sở Y tế để tổng hợp."],
  ])("no task: %s", (_, text) => {
    expect(read(text)).toEqual([]);
  });

  it.each([
    ["a subject with a duty (as the keys keep it in a closing)", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các bộ, ngành, địa phương kịp thời phản ánh, gửi báo cáo về Bộ Nội vụ.", [["các bộ, ngành, địa phương"]]],
    ["a request with a time limit of its own", "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị các đơn vị báo cáo về Sở Y tế trước ngày 15/3/2026.", [["các đơn vị"]]],
    ["a request outside the formula", "Đề nghị các đơn vị phản ánh về Sở Y tế những khó khăn, vướng mắc.", [["các đơn vị"]]],
  ])("stays: %s", (_, text, expected) => {
    expect(leads(read(text))).toEqual(expected);
  });
});
