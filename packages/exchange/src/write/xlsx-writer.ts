import ExcelJS from 'exceljs';
import type { ExportColumn, ExportTable } from '../types';
import {
  dateText,
  type ExportLanguage,
  GEOMETRY_COLUMNS,
  geometryCells,
  headerOf,
  spreadsheetColumns,
} from './export-cells';

/** The most characters an Excel cell holds; longer text is refused by Excel or cut by others. */
export const EXCEL_CELL_CHARS = 32_767;

/** What a cell says in place of a geometry too long for it, in the file's language. */
export const WKT_TOO_LONG = {
  zh: '几何过长,超出 Excel 单元格上限(32767 字符);lng/lat 为代表点,完整几何见 GeoJSON 或 Shapefile 导出',
  en: 'Geometry too long for an Excel cell (32,767 characters); lng/lat give a representative point, the full geometry is in the GeoJSON or Shapefile export',
} as const;

const TEXT_CUT = {
  zh: '…(已截断,全文见 GeoJSON 导出)',
  en: '… (cut; the full text is in the GeoJSON export)',
};

const DATE_FORMAT = 'yyyy-mm-dd';

/** Sheet names: at most 31 characters, none of : \ / ? * [ ], unique in the workbook. */
function sheetName(title: string, taken: Set<string>): string {
  const base =
    title
      .replace(/[:\\/?*[\]]/g, ' ')
      .trim()
      .slice(0, 31) || 'Sheet';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++)
    name = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
  taken.add(name.toLowerCase());
  return name;
}

/** A cell's value as Excel should hold it: a number, a real date, a boolean, or text within the limit. */
function cellValue(value: unknown, column: ExportColumn, lang: ExportLanguage): ExcelJS.CellValue {
  if (value == null || value === '') return null;
  if (column.type === 'date') {
    const text = dateText(value);
    const date = text ? new Date(`${text}T00:00:00Z`) : null;
    return date && !Number.isNaN(date.getTime()) ? date : text;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  if (text.length <= EXCEL_CELL_CHARS) return text;
  if (column.key === GEOMETRY_COLUMNS.wkt.key) return WKT_TOO_LONG[lang];
  return text.slice(0, EXCEL_CELL_CHARS - TEXT_CUT[lang].length) + TEXT_CUT[lang];
}

/** Display width of text: CJK characters take two columns. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u2E80-\uFFFF]/.test(ch) ? 2 : 1;
  return width;
}

function addSheet(
  workbook: ExcelJS.Workbook,
  table: ExportTable,
  lang: ExportLanguage,
  taken: Set<string>,
): void {
  const columns = spreadsheetColumns(table);
  const sheet = workbook.addWorksheet(sheetName(table.title[lang], taken), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  const widths = columns.map((c) => displayWidth(headerOf(c, lang)));
  sheet.columns = columns.map((c) => ({
    key: c.key,
    style: c.type === 'date' ? { numFmt: DATE_FORMAT } : c.numFmt ? { numFmt: c.numFmt } : {},
  }));
  const header = sheet.addRow(columns.map((c) => headerOf(c, lang)));
  header.font = { bold: true };
  for (const row of table.rows) {
    const values = table.hasGeometry ? { ...row.properties, ...geometryCells(row, lang) } : row.properties;
    const cells = columns.map((c) => cellValue(values[c.key], c, lang));
    sheet.addRow(cells);
    cells.forEach((cell, i) => {
      const shown = cell instanceof Date ? 10 : cell == null ? 0 : displayWidth(String(cell).slice(0, 80));
      widths[i] = Math.max(widths[i] ?? 0, shown);
    });
  }
  // Wide enough to read, narrow enough that a WKT column does not push the rest off screen.
  columns.forEach((_, i) => {
    sheet.getColumn(i + 1).width = Math.min(Math.max((widths[i] ?? 0) + 2, 8), 60);
  });
}

/**
 * Tables as one workbook, a sheet each: a bold frozen header row in `lang`, column widths, the
 * columns' number formats (亿元 and 万元 with two decimals), dates as dates, and for a layer with
 * geometry the WKT and lng/lat columns. Text is stored as text, never as a formula.
 *
 * @example await writeXlsx([projects, planTargets], 'zh') // two sheets, 重大项目 and 规划目标
 */
export async function writeXlsx(tables: readonly ExportTable[], lang: ExportLanguage): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Zhoukou Atlas';
  workbook.created = new Date();
  const taken = new Set<string>();
  for (const table of tables) addSheet(workbook, table, lang, taken);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
