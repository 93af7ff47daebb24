/** NFC, tabs and no-break spaces as spaces, runs of spaces collapsed, trimmed. */
export function tidy(s: string): string {
  return s.normalize("NFC").replace(/[\t\u00a0\u2000-\u200b\u202f\u3000\ufeff]/g, " ").replace(/ {2,}/g, " ").trim();
}
