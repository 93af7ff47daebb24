/**
 * Is this text markdown? Word/OCR exports in `.txt` files often are: `**bold**`, `~~struck~~`,
 * `# headings`, pipe tables, `\-` escapes. Plain text skips remark entirely (it is slow).
 */
/**
 * Each sign with a string it cannot match without: a plain text is ruled out by `includes` (a
 * memchr-speed scan) instead of running every pattern over it; the patterns that open with a
 * look-behind or an alternation are tried at every position of the text.
 */
const MARKDOWN_SIGNS: ReadonlyArray<readonly [string, RegExp]> = [
  // **T/M BAN CÁN SỰ ĐẢNG** — not the stars of a "***" decoration ("TRUNG ƯƠNG***Số: 367 …***ĐOÀN")
  ["**", /(?:^|[^*])\*\*[^*\n]+\*\*(?!\*)/],
  ["**", /(?:^|[^*])\*\*[^*\n]*\n[^*\n]*\*\*(?!\*)/], // bold spanning two lines
  ["__", /__[^_\n]+__/], // __ĐẢNG BỘ__
  ["~~", /~~[^~\n]+~~/], // ~~10227~~
  ["# ", /(?<![^\n])#{1,6} \S/], // # QUYẾT NGHỊ:
  ["---", /(?<![^\n])\|.*\|[ \t]*\r?\n\|[ \t:-]*-{3}/], // | a | b |\n|---|---|
  ["\\", /\\[-.()*_#[\]]/], // \- escapes of pandoc/mammoth
  ["![", /!\[[^\]\n]*\]\([^)\n]*\)/], // ![image](path)
];

export function sniffMarkup(text: string, path?: string): "plain" | "markdown" {
  if (path && /\.(md|markdown)$/i.test(path)) return "markdown";
  const head = text.length > 65536 ? text.slice(0, 65536) : text;
  return MARKDOWN_SIGNS.some(([needed, sign]) => head.includes(needed) && sign.test(head)) ? "markdown" : "plain";
}
