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
  /**
   * A paragraph of a table cell that an HTML or grid table unfolded row by row: which table (its
   * first source line's index), row and column, and how many cells its row has. A build reader of
   * task tables reads the rows back from it (src/build/table-rows.ts).
   */
  readonly cell?: TableCell;
}

export interface TableCell {
  readonly table: number;
  readonly row: number;
  readonly col: number;
  /** the cells of the row */
  readonly width: number;
}

