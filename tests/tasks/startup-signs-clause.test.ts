/**
 * The signs that keep the closing-formula patterns of clause-tasks (`iu`, slow to compile) out of
 * start-up hold wherever the patterns match: a sign is only a cheaper test before its pattern.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EXECUTION_FORMULA, EXECUTION_SIGN, ON_THE_DECISION, ON_THE_DECISION_SIGN, SPEECH, SPEECH_SIGN, STATEMENT, STATEMENT_SIGN, VIEWS_HEADING, VIEWS_HEADING_SIGN } from "../../src/tasks/clause-tasks.js";
import { LIST_APPENDIX, LIST_APPENDIX_SIGN } from "../../src/tasks/index.js";
import { ODD } from "../helpers/odd-characters.js";


/** Every BMP unit in place of each unit of `text` in turn: the sign holds wherever the pattern matches. */
function eachSubstitution(text: string, pattern: RegExp, sign: RegExp): void {
  expect(pattern.test(text), text).toBe(true);
  for (let at = 0; at < text.length; at++) {
    for (let code = 0; code < 0x10000; code++) {
      const changed = text.slice(0, at) + String.fromCharCode(code) + text.slice(at + 1);
      if (pattern.test(changed)) expect(sign.test(changed), JSON.stringify(changed)).toBe(true);
    }
  }
}

describe("the sign of the Party decision's execution formula (clause-tasks)", () => {
  it("holds for every letter that the pattern's case folding takes", () => {
    for (const text of ["căn cứ Quyết định thi hành.", "Căn cứ nghị quyết thực hiện", "căn cứ Chỉ thị này thi hành", "căn cứ quy định thực hiện"]) eachSubstitution(text, ON_THE_DECISION, ON_THE_DECISION_SIGN);
  });
  it("holds on any text made of its words", () => {
    const words = ["căn cứ ", "Căn Cứ ", "CĂN CỨ ", "Quyết định", "NGHỊ QUYẾT", "chỉ thị", "Quy Định", " này", " ", " thi hành", " thực hiện", "./."];
    fc.assert(fc.property(fc.array(fc.constantFrom(...ODD, ...words), { maxLength: 8 }), (parts) => {
      const text = parts.join("");
      if (ON_THE_DECISION.test(text)) expect(ON_THE_DECISION_SIGN.test(text), JSON.stringify(text)).toBe(true);
    }), { numRuns: 20000 });
  });
});

describe("the sign of the execution formula (clause-tasks)", () => {
  it("holds for every letter that the pattern's case folding takes", () => {
    for (const text of ["thực hiện Quyết định này.", "tổ chức thi_hành Chỉ thị này", "triển khai thực hiện nghiêm túc văn bản này"]) eachSubstitution(text, EXECUTION_FORMULA, EXECUTION_SIGN);
  });
  it("holds on any text made of its words", () => {
    const words = ["thực hiện", "THỰC HIỆN", "thực_hiện", "thi hành", "Thi Hành", "thi_hành", "tổ chức ", "nghiêm túc", " tốt", " các nội dung của ", " Quyết định", " kế hoạch", " này", "NÀY", "./."];
    fc.assert(fc.property(fc.array(fc.constantFrom(...ODD, ...words), { maxLength: 8 }), (parts) => {
      const text = parts.join("");
      if (EXECUTION_FORMULA.test(text)) expect(EXECUTION_SIGN.test(text), JSON.stringify(text)).toBe(true);
    }), { numRuns: 20000 });
  });
});

describe("the signs of a speaker's turn, a '… là <span>' statement and a list appendix (clause-tasks, index)", () => {
  it("hold for every letter that the patterns' case folding takes", () => {
    for (const text of ["phát biểu ý kiến", "Ông Văn A, Trưởng phòng, trình bày", "Đại diện Sở Y tế nêu ý kiến", "thảo luận", "góp ý tại hội nghị"]) eachSubstitution(text, SPEECH, SPEECH_SIGN);
    for (const text of ["Thời hạn là 05 năm", "Nhiệm kỳ là năm năm", "Thời gian là từ ngày"]) eachSubstitution(text, STATEMENT, STATEMENT_SIGN);
    for (const text of ["DANH SÁCH", "danh sách thành viên"]) eachSubstitution(text, LIST_APPENDIX, LIST_APPENDIX_SIGN);
    for (const text of ["Ý kiến thảo luận", "ý kiến tại cuộc họp"]) eachSubstitution(text, VIEWS_HEADING, VIEWS_HEADING_SIGN);
  });
  it("hold on any text made of their words", () => {
    const words = ["Ông ", "ĐỒNG CHÍ ", "đại diện ", "Lãnh Đạo ", "A", ", ", " ", "phát biểu", "TRÌNH BÀY", "nêu", " ý kiến", " lên", "thảo luận", "Góp Ý", " tại", " hội nghị", " là ", "05", "năm", " tháng", "từ", "DANH SÁCH", "danh ſách", "nhiệm vụ", "(", ".", "Ý KIẾN", "ý \u212aiến", " tại cuộc họp", " thảo luận"];
    fc.assert(fc.property(fc.array(fc.constantFrom(...ODD, ...words), { maxLength: 8 }), (parts) => {
      const text = parts.join("");
      if (SPEECH.test(text)) expect(SPEECH_SIGN.test(text), JSON.stringify(text)).toBe(true);
      if (STATEMENT.test(text)) expect(STATEMENT_SIGN.test(text), JSON.stringify(text)).toBe(true);
      if (VIEWS_HEADING.test(text)) expect(VIEWS_HEADING_SIGN.test(text), JSON.stringify(text)).toBe(true);
      if (LIST_APPENDIX.test(text)) expect(LIST_APPENDIX_SIGN.test(text), JSON.stringify(text)).toBe(true);
    }), { numRuns: 20000 });
  });
});
