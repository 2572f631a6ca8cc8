/** CSV for spreadsheets, shared by `graph export --format csv` and the List view's "Export CSV". */

/**
 * One CSV cell. A text beginning with =, +, -, @, tab or carriage return would be run as a formula by a
 * spreadsheet (CSV injection): it gets a leading apostrophe, as OWASP advises, then the usual quoting.
 */
export function csvCell(value: unknown): string {
  let s = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV line (no line ending). */
export const csvRow = (cells: readonly unknown[]): string => cells.map(csvCell).join(',');
