/**
 * Inline enumerations inside one assignment: each numbered action becomes a task of its own.
 *
 *   "…: (1) nghiên cứu, xây dựng lộ trình …; (2) sắp xếp các khu cách ly …; báo cáo UBND Thành phố"
 *     → ["nghiên cứu, xây dựng lộ trình …", "sắp xếp các khu cách ly …; báo cáo UBND Thành phố"]
 *   "(i) … (ii) … (v) …" → five actions;  "(1) …" alone, "(a)" after "(1)" → no split
 */
const MARKER = /\((\d{1,2}|[ivx]{1,4}|[a-zđ])\)\s*/g;
const FIRST = new Set(["1", "i", "a"]);

/** The enumerated actions of `action`, or null when it holds fewer than two. */
export function splitEnumeration(action: string): string[] | null {
  const markers = [...action.matchAll(MARKER)];
  if (markers.length < 2 || !FIRST.has(markers[0][1])) return null;
  const first = markers[0][1];
  const belongs = /^\d/.test(first) ? (l: string) => /^\d+$/.test(l) : first === "i" ? (l: string) => /^[ivx]+$/.test(l) : (l: string) => /^[a-zđ]$/.test(l);
  const same = markers.filter((m) => belongs(m[1]));
  if (same.length < 2) return null;
  return same.map((m, i) => {
    const end = same[i + 1]?.index ?? action.length;
    return trimAction(action.slice(m.index + m[0].length, end));
  }).filter((a) => a !== "");
}

/** "; (2) …" → "…": the punctuation and joining words left between parts. */
export function trimAction(text: string): string {
  const [start, end] = actionBounds(text);
  return text.slice(start, end);
}

const LEADING_MARKS = /^[\s,;:.–-]+/u;
/** No `u`: none of these letters folds otherwise with it (and `u` costs at start-up). */
const LEADING_JOINER = /^(?:đồng thời|và)\s+/i;

/** Where `trimAction(text)` starts and ends in `text` (for readers that go on with the words of `text`). */
export function actionBounds(text: string): [number, number] {
  // The ends are trimmed by hand: a regex anchored at "$" is tried at every position of a long text.
  let end = trimEndOf(text, " \t\n,;:.");
  // NĐ 30's end mark "./." (OCR's "/.", ".//", ". /"): the "." is off already, the "/" ends it
  if (text.charCodeAt(end - 1) === SLASH) {
    const mark = endMarkStart(text, end);
    if (mark > 0) end = trimEndOf(text.slice(0, mark), " \t\n,;:.");
  }
  const tail = text.slice(Math.max(0, end - 12), end).toLowerCase();
  const joiner = /[\s,;]+(?:đồng thời|và)$/u.exec(tail);
  if (joiner) end = trimEndOf(text.slice(0, end - tail.length + joiner.index), " \t\n,;");
  const kept = text.slice(0, end);
  const marks = LEADING_MARKS.exec(kept)?.[0].length ?? 0;
  const start = marks + (LEADING_JOINER.exec(kept.slice(marks))?.[0].length ?? 0);
  // then white space off both ends, as String.prototype.trim takes it
  const rest = kept.slice(start);
  const trimmed = rest.trim();
  if (trimmed === "") return [start, start];
  const from = start + rest.length - rest.trimStart().length;
  return [from, from + trimmed.length];
}

/**
 * Where the mark that ends a document's content (NĐ 30: "./.") starts before `end`, or -1: a run of
 * "." "/" and spaces that holds both "." and "/" (its last "." is trimmed with the other marks, so
 * the run is read on the text before it), with words before it. It belongs to no action: "… việc
 * thực hiện Công điện này./." → "… Công điện này"; a number's slash ("Công văn số 12/") stays.
 */
function endMarkStart(text: string, end: number): number {
  let dots = end < text.length && text.charCodeAt(end) === DOT ? 1 : 0;
  let slashes = 0;
  let i = end;
  for (; i > 0; i--) {
    const c = text.charCodeAt(i - 1);
    if (c === DOT) dots++;
    else if (c === SLASH) slashes++;
    else if (c !== SPACE) break;
  }
  return dots > 0 && slashes > 0 && i > 0 ? i : -1;
}
const DOT = 0x2e;
const SLASH = 0x2f;
const SPACE = 0x20;

/** The length of `text` without the trailing characters listed in `chars`. */
function trimEndOf(text: string, chars: string): number {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1])) end--;
  return end;
}
