import Papa from 'papaparse';
import type { FileRefusedError, ReadFeature, ReadLimits, ReadResult } from '../types';
import { FeatureBudget } from './feature-budget';
import { isRefusal, refuse } from './refusals';
import { geometryColumnsOf, TableReport, tableFeature, unescapeCell, uniqueHeaders } from './table-geometry';
import { decodeText } from './text-encoding';

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/**
 * A CSV (or tab-, semicolon-separated) table with a header row, UTF-8 with or without a BOM, or
 * GBK as Chinese Excel saves it. Cells stay text: the importer knows which fields are numbers.
 * Rows are the spreadsheet's row numbers: the header is row 1, so the first data row is row 2,
 * and a blank line keeps its number as it would in Excel.
 */
export function readCsv(bytes: Uint8Array, limits: ReadLimits): ReadResult {
  const { text, encoding } = decodeText(bytes);
  const budget = new FeatureBudget(limits.maxFeatures);
  const report = new TableReport();
  const features: ReadFeature[] = [];
  let headers: string[] | null = null;
  let columns = geometryColumnsOf([]);
  let row = 0;
  let stopped: FileRefusedError | null = null;
  Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: false,
    step: (results, parser) => {
      row += 1;
      const quoteError = results.errors.find((error) => error.type === 'Quotes');
      const cells = (results.data ?? []).map((cell) => unescapeCell(String(cell ?? '')));
      try {
        if (quoteError) {
          throw refuse.malformed(`第 ${row} 行引号不配对`, `row ${row} has unbalanced quotes`);
        }
        if (headers === null) {
          headers = uniqueHeaders(cells);
          columns = geometryColumnsOf(headers);
          return;
        }
        if (isBlank(cells)) return;
        budget.take();
        if (cells.length > headers.length) {
          report.warn(
            `第 ${row} 行的单元格多于表头，多出的已忽略 / row ${row} has more cells than the header; the extra ones are ignored`,
          );
        }
        const record = Object.fromEntries(headers.map((header, i) => [header, cells[i] ?? '']));
        features.push(tableFeature(row, record, columns, report));
      } catch (error) {
        if (!isRefusal(error)) throw error;
        stopped = error;
        parser.abort();
      }
    },
  });
  if (stopped) throw stopped;
  if (headers === null) throw refuse.malformed('CSV 是空的', 'the CSV is empty');
  if (encoding === 'GBK') report.warn('文件不是 UTF-8，已按 GBK 读取 / the file is not UTF-8; read as GBK');
  const { datum, evidence } = report.datum();
  return { kind: 'csv', features, datum, datumEvidence: evidence, warnings: report.finish() };
}
