/** One source line as the later stages see it. */
export interface Line {
  /** 1-based line number in the input file */
  readonly n: number;
  /** the line as decoded, without its terminator */
  readonly raw: string;
  /** the readable text: markdown marks removed, whitespace collapsed, trimmed, NFC */
  readonly text: string;
  /**
   * `text` folded to ASCII one character for one (`asciiFold`): what splitCells and the lexer
   * read, made once per line. A line made with a new text gets its own (the build's reading
   * copies, made after the lexer, keep the source line's and do not read it).
   */
  readonly folded: string;
  /** every letter of the line is inside bold marks (markdown `**…**`) */
  readonly bold: boolean;
  /** every letter of the line is inside emphasis marks (markdown `*…*`) */
  readonly italic: boolean;
  /** markdown heading level (`## I. …` → 2), 0 when not a heading */
  readonly heading: number;
  /** the previous line is blank (or this is the first line) */
  readonly blankBefore: boolean;
}

