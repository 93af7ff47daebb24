/**
 * A document copied without its header (a web page, a body-only export) often opens with a
 * title line: the type name in sentence case run into the trích yếu.
 *
 *   "Giấy mời dự Lễ phát động “Tết trồng cây …”"   → GIẤY MỜI, subject "dự Lễ phát động …"
 *   "Thông_báo kết_luận của thứ_trưởng …"          → THÔNG BÁO (word-segmented text)
 *
 * Only a short line among the first three, without a full stop, whose title goes on in lower case,
 * and not a page title that only names the document ("Quyết định số 291/2006/QĐ-UBDT"): that
 * says which document the page holds, not what it is about.
 */
import type { Line } from "../lines/index.js";
import { typeNameOf } from "../inline/type-codes.js";

const TYPE_WORDS =
  "Thông báo|Giấy mời|Hướng dẫn|Kế hoạch|Chỉ thị|Quyết định|Công văn|Báo cáo|Tờ trình|Nghị quyết|Kết luận|Chương trình|Quy định|Công điện|Thông tri";
const TITLE = new RegExp(`^(${TYPE_WORDS.replaceAll(" ", "[ _]")})[ _]+(\\p{Ll}.*)$`, "u");
/** "số 291/2006/QĐ-UBDT", "291/QĐ-UBDT năm 2006", "số 12/2020/TT-BTC ngày 3/2/2020": a name, no subject */
const ONLY_NUMBER = /^(?:số[ _:]*)?\d[\p{L}\d/.-]*(?:[ _]+(?:năm[ _]+\d{4}|ngày[ _]+[\d/.-]+))?$/u;

export interface TitleLine {
  line: Line;
  typeName: string;
  subject: string;
  /** lines above the title (a site banner): not part of the document's text */
  banner: Line[];
}

export function findTitleLine(lines: readonly Line[]): TitleLine | null {
  for (const [i, line] of lines.slice(0, 3).entries()) {
    const m = TITLE.exec(line.text);
    if (!m || line.text.length > 200 || /[.;:]$/.test(line.text) || ONLY_NUMBER.test(m[2].trim())) continue;
    const typeName = typeNameOf(m[1].replaceAll("_", " "));
    if (typeName) return { line, typeName, subject: m[2].trim(), banner: lines.slice(0, i) };
  }
  return null;
}
