import { zipSync } from 'fflate';
import { readZip } from '../read/zip-archive';
import { FileRefusedError } from '../types';

/** What an uploaded workbook may cost before exceljs sees it. */
export interface WorkbookLimits {
  readonly maxBytes: number;
  /** The sum of the entries' uncompressed sizes: declared, and then as actually inflated. */
  readonly maxUncompressedBytes: number;
  readonly maxZipEntries: number;
  /** Rows of any one sheet; a zone's report has a few hundred at most. */
  readonly maxRows: number;
}

/**
 * A zone's filled report is tens of kilobytes; these leave room for a hundredfold without letting a
 * crafted file make exceljs build a large document in memory.
 */
export const REPORT_WORKBOOK_LIMITS: WorkbookLimits = {
  maxBytes: 5 * 1024 * 1024,
  maxUncompressedBytes: 25 * 1024 * 1024,
  maxZipEntries: 100,
  maxRows: 5_000,
};

const notXlsx = () =>
  new FileRefusedError(
    'MALFORMED',
    '不是有效的 Excel 工作簿(.xlsx)',
    'This is not a valid Excel workbook (.xlsx)',
  );

/**
 * The workbook's bytes made safe for exceljs: size, entry count, entry paths and the declared
 * uncompressed size checked before anything is inflated, then every entry inflated under a count of
 * the bytes it really produces (the importer's `readZip`), and the result stored again
 * uncompressed. exceljs (through JSZip) then reads exactly the entries that were counted, and
 * nothing it inflates can be larger.
 *
 * @example const safe = boundedWorkbookBytes(upload, REPORT_WORKBOOK_LIMITS); await wb.xlsx.load(safe);
 */
export function boundedWorkbookBytes(bytes: Uint8Array, limits: WorkbookLimits): Uint8Array {
  if (bytes.length > limits.maxBytes)
    throw new FileRefusedError(
      'TOO_LARGE',
      `文件 ${bytes.length} 字节,超过上限 ${limits.maxBytes} 字节`,
      `The file is ${bytes.length} bytes, more than the limit of ${limits.maxBytes}`,
    );
  // Every zip starts with a local file header; anything else (an old .xls, a CSV) is no workbook.
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 3 || bytes[3] !== 4)
    throw notXlsx();
  const files = readZip(
    bytes,
    {
      maxBytes: limits.maxBytes,
      maxFeatures: limits.maxRows,
      maxUncompressedBytes: limits.maxUncompressedBytes,
      maxZipEntries: limits.maxZipEntries,
    },
    () => true,
  );
  if (!files.has('xl/workbook.xml')) throw notXlsx();
  return zipSync(Object.fromEntries(files), { level: 0 });
}
