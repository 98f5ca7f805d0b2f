import ExcelJS from 'exceljs';
import type { ReadFeature, ReadLimits, ReadResult } from '../types';
import { FeatureBudget } from './feature-budget';
import { isObject } from './geometry-shape';
import { isRefusal, reasonOf, refuse } from './refusals';
import { geometryColumnsOf, TableReport, tableFeature, unescapeCell, uniqueHeaders } from './table-geometry';
import { readZip } from './zip-archive';

function dateText(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null;
  // exceljs reads a date cell as that wall-clock time in UTC.
  const iso = date.toISOString();
  const time = iso.slice(11, 19);
  return time === '00:00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${time}`;
}

/**
 * A cell as the planner saw it. A formula is never evaluated: its cached result is taken, and
 * without one the cell is empty, whatever the formula says.
 */
function cellValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return dateText(value);
  if (typeof value === 'string') return unescapeCell(value);
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (!isObject(value)) return null;
  if ('formula' in value || 'sharedFormula' in value) return cellValue(value.result);
  if (Array.isArray(value.richText)) {
    return value.richText.map((run: unknown) => (isObject(run) ? String(run.text ?? '') : '')).join('');
  }
  if ('hyperlink' in value) return cellValue(value.text);
  if (typeof value.error === 'string') return value.error;
  return null;
}

function cellText(value: unknown): string {
  const read = cellValue(value);
  return read === null ? '' : String(read);
}

async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch (error) {
    if (isRefusal(error)) throw error;
    throw refuse.malformed(
      `Excel 工作簿无法读取（${reasonOf(error)}）`,
      `the Excel workbook cannot be read (${reasonOf(error)})`,
    );
  }
  return workbook;
}

function sheetOf(workbook: ExcelJS.Workbook, sheetNames: readonly string[]): ExcelJS.Worksheet {
  const wanted = sheetNames.map((name) => name.trim().toLowerCase());
  const sheet =
    workbook.worksheets.find((candidate) => wanted.includes(candidate.name.trim().toLowerCase())) ??
    workbook.worksheets[0];
  if (!sheet) throw refuse.malformed('工作簿中没有工作表', 'the workbook has no sheet');
  return sheet;
}

/**
 * An XLSX workbook: the sheet named like the layer (any of `sheetNames`), else the first; header in
 * row 1. The zip is checked and inflated under the limits before exceljs sees it, since exceljs
 * inflates every entry. Numbers and booleans stay typed, dates become YYYY-MM-DD, rich text and
 * hyperlinks their text. Rows are Excel's row numbers (header row 1, data from row 2).
 */
export async function readXlsx(
  bytes: Uint8Array,
  limits: ReadLimits,
  sheetNames: readonly string[] = [],
): Promise<ReadResult> {
  readZip(bytes, limits, () => false, true);
  const workbook = await loadWorkbook(bytes);
  const sheet = sheetOf(workbook, sheetNames);
  const budget = new FeatureBudget(limits.maxFeatures);
  budget.expect(Math.max(0, sheet.actualRowCount - 1));
  const headerRow = sheet.getRow(1);
  const raw: string[] = [];
  for (let column = 1; column <= headerRow.cellCount; column++)
    raw.push(cellText(headerRow.getCell(column).value));
  const headers = uniqueHeaders(raw);
  const columns = geometryColumnsOf(headers);
  const report = new TableReport();
  const features: ReadFeature[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const record = Object.fromEntries(
      headers.map((header, i) => [header, cellValue(row.getCell(i + 1).value)]),
    );
    if (Object.values(record).every((value) => value === null || value === '')) return;
    budget.take();
    features.push(tableFeature(rowNumber, record, columns, report));
  });
  const { datum, evidence } = report.datum();
  const warnings = report.finish();
  if (workbook.worksheets.length > 1) {
    warnings.push(
      `工作簿有多个工作表，读取的是“${sheet.name}” / the workbook has several sheets; read "${sheet.name}"`,
    );
  }
  return { kind: 'xlsx', features, datum, datumEvidence: evidence, warnings };
}
