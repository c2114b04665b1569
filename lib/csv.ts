// CSV as Swedish spreadsheet programs read it: UTF-8 with a byte order mark, semicolons
// between cells, CRLF between rows. Every cell is quoted, so semicolons, quotes and line breaks
// in a text stay inside their cell.

export const BOM = "\uFEFF";
export const SEPARATOR = ";";
export const RADSLUT = "\r\n";

/**
 * One cell. A text that a spreadsheet would run as a formula (starting with = + - @, a tab or a
 * carriage return) gets an apostrophe in front, so it is shown as text and never executed. A
 * number stays a number: -5 is not a formula.
 */
export function csvCell(value: unknown): string {
  const text = Array.isArray(value) ? value.join("|") : value == null ? "" : String(value);
  const saker = typeof value !== "number" && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${saker.replace(/"/g, '""')}"`;
}

export function csvRad(celler: readonly unknown[]): string {
  return celler.map(csvCell).join(SEPARATOR) + RADSLUT;
}
