import type { ExportColumn, ExportTable } from '../types';
import { type ExportLanguage, geometryCells, headerOf, plainText, spreadsheetColumns } from './export-cells';

/** Excel reads a UTF-8 CSV as UTF-8 only when it starts with the byte order mark. */
export const UTF8_BOM = '\uFEFF';

/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell made inert: one starting like a formula gets a leading apostrophe, so Excel and
 * LibreOffice show it as text rather than run it.
 *
 * @example inertText('=HYPERLINK("http://x")') // "'=HYPERLINK(\"http://x\")"
 */
export function inertText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A field per RFC 4180: quoted when it holds a comma, a quote or a line break; quotes doubled. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function cellText(value: unknown, column: ExportColumn): string {
  const text = plainText(value, column);
  // Numbers, dates and booleans are written by us and cannot be formulas; a negative number stays a number.
  return typeof value === 'string' ? inertText(text) : text;
}

/**
 * One table as CSV: UTF-8 with a BOM, CRLF line ends (RFC 4180), headers in `lang`, and for a layer
 * with geometry the columns wkt, lng, lat (the point itself, or a representative point, as the
 * last column says).
 *
 * @example writeCsv(table, 'zh').startsWith('\uFEFF') // true
 */
export function writeCsv(table: ExportTable, lang: ExportLanguage): string {
  return [...csvLines(table, lang)].join('');
}

/** The CSV a line at a time (the BOM and header first), for a caller that streams it. */
export function* csvLines(table: ExportTable, lang: ExportLanguage): Generator<string> {
  const columns = spreadsheetColumns(table);
  yield `${UTF8_BOM}${columns.map((c) => csvField(inertText(headerOf(c, lang)))).join(',')}\r\n`;
  for (const row of table.rows) {
    const values = table.hasGeometry ? { ...row.properties, ...geometryCells(row, lang) } : row.properties;
    yield `${columns.map((c) => csvField(cellText(values[c.key], c))).join(',')}\r\n`;
  }
}
