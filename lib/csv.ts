// CSV for spreadsheets. UTF-8 with a BOM (Excel reads Chinese correctly only then), CRLF rows, RFC 4180
// quoting, and text cells that a spreadsheet would run as a formula (= + - @ tab CR) prefixed with an
// apostrophe and quoted: scraped text is data, never code. Numbers are written as numbers — a negative
// count is a value, not a formula — so only strings are ever prefixed.

export type CsvValue = string | number | undefined | null;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: CsvValue): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const neutralised = FORMULA_START.test(value);
  const safe = neutralised ? `'${value}` : value;
  return neutralised || NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const csvLine = (cells: readonly CsvValue[]): string => cells.map(csvCell).join(',');

/** A whole file: BOM, header row, one CRLF-terminated row per entry. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return `\uFEFF${[header, ...rows].map((cells) => `${csvLine(cells)}\r\n`).join('')}`;
}
