/**
 * The Nơi nhận label (NĐ 30 Điều 8 khoản 9), folded to ASCII (asciiFold): "Nơi nhận", printed with
 * an OCR slip of a vowel ("Noi nhan", "Nei nhận"). One source for the line splitter, the layout
 * reader and the structure pass; each pattern adds its own anchors, flags and what follows.
 */
export const NOI_NHAN = "N[oe]i nh[ao]n";
/** The label with its colon, before the first entry on its row: "Nơi nhận:", "Nơi nhận :", "Nơi nhận: ". */
export const NOI_NHAN_LABEL = `${NOI_NHAN} ?: ?`;
