/**
 * The work-form nouns a type line may end in ("CHƯƠNG TRÌNH CÔNG TÁC", "KẾ HOẠCH HÀNH ĐỘNG"), maybe
 * with their period ("… CÔNG TÁC QUÝ"): one list for the grammar (document-grammar.ts, on the line
 * as printed) and the header builder (src/build/header.ts, on the folded line), so both read the
 * same type line as untitled.
 */
export const WORK_FORM_NOUNS: readonly string[] = ["CÔNG TÁC", "HÀNH ĐỘNG", "LÀM VIỆC"];
export const WORK_PERIODS: readonly string[] = ["TUẦN", "THÁNG", "QUÝ", "NĂM"];

/** A word as printed, its marked vowels also without their marks ("CÔNG" → "C[ÔO]NG"; Đ as it is). */
export const withBareVowels = (word: string): string => word.replace(/[^\0-\x7fĐ]/g, (c) => `[${c}${c.normalize("NFD")[0]}]`);
