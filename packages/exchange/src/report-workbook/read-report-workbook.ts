import ExcelJS from 'exceljs';
import { FileRefusedError } from '../types';
import { type CellRead, choiceOf, dateOf, numberOf, plainCell, type Typed, textOf } from './cell-values';
import {
  FIRST_DATA_ROW,
  META_ROW,
  NODE_COLUMNS,
  PROJECT_COLUMNS,
  REPORT_WORKBOOK_VERSION,
  SHEET,
  WORKS_COLUMNS,
  type WorkbookColumn,
  ZONE_COLUMNS,
} from './layout';
import type {
  FilledNode,
  FilledProject,
  FilledReportWorkbook,
  FilledWorks,
  WorkbookChoice,
  WorkbookProblem,
} from './workbook-types';
import { boundedWorkbookBytes, REPORT_WORKBOOK_LIMITS, type WorkbookLimits } from './workbook-zip';

export interface ReadWorkbookOptions {
  /** The statuses the 状态变更为 column offers. */
  readonly statuses: readonly WorkbookChoice[];
  readonly limits?: WorkbookLimits;
}

type Value = string | number | null;

/** One sheet's rows, each cell taken as its column's type, problems collected as they are found. */
class SheetReader {
  readonly columns: Map<string, number>;

  constructor(
    readonly sheet: ExcelJS.Worksheet,
    layout: readonly WorkbookColumn[],
    private readonly problems: WorkbookProblem[],
    private readonly warnings: string[],
    private readonly statuses: readonly WorkbookChoice[],
  ) {
    this.columns = new Map(layout.map((c, i) => [c.key, i + 1]));
    layout.forEach((column, i) => {
      const header = plainCell(sheet.getRow(1).getCell(i + 1).value);
      const text = header.kind === 'value' ? String(header.value).trim() : '';
      if (text !== column.zh)
        throw new FileRefusedError(
          'MALFORMED',
          `工作表「${sheet.name}」第 ${i + 1} 列的表头应为「${column.zh}」,却是「${text}」:请勿增删或移动列,请重新下载模板`,
          `Sheet ${sheet.name}, column ${i + 1} should be headed "${column.zh}" (${column.en}), not "${text}": do not add, remove or move columns; download the template again`,
        );
    });
  }

  /** Data rows with anything in them, as Excel numbers them. */
  rows(): number[] {
    const out: number[] = [];
    for (let r = FIRST_DATA_ROW; r <= this.sheet.rowCount; r += 1) {
      const row = this.sheet.getRow(r);
      if ([...this.columns.values()].some((c) => plainCell(row.getCell(c).value).kind !== 'empty'))
        out.push(r);
    }
    return out;
  }

  private cell(row: number, key: string): CellRead {
    const column = this.columns.get(key);
    if (column === undefined) throw new Error(`no column ${key} on ${this.sheet.name}`);
    const read = plainCell(this.sheet.getRow(row).getCell(column).value);
    if (read.kind === 'value' && read.formula)
      this.warnings.push(
        `「${this.sheet.name}」第 ${row} 行 ${key}:取公式已保存的结果 ${String(read.value)} / sheet ${this.sheet.name} row ${row} ${key}: the formula's saved result ${String(read.value)} was taken`,
      );
    return read;
  }

  private take<T>(row: number, key: string, typed: Typed<T>): T | null {
    if (typed.ok) return typed.value;
    this.problems.push({
      sheet: this.sheet.name,
      row,
      field: key,
      message: `工作表「${this.sheet.name}」第 ${row} 行 ${key}:${typed.zh} / sheet ${this.sheet.name} row ${row}, ${key}: ${typed.en}`,
    });
    return null;
  }

  number = (row: number, key: string) => this.take(row, key, numberOf(this.cell(row, key), false));
  whole = (row: number, key: string) => this.take(row, key, numberOf(this.cell(row, key), true));
  date = (row: number, key: string) => this.take(row, key, dateOf(this.cell(row, key)));
  text = (row: number, key: string) => this.take(row, key, textOf(this.cell(row, key)));
  choice = (row: number, key: string) => this.take(row, key, choiceOf(this.cell(row, key), this.statuses));

  /** A locked key column (an ID): required on a row that has anything else in it. */
  key(row: number, key: string): string | null {
    const value = this.text(row, key);
    if (value === null)
      this.problems.push({
        sheet: this.sheet.name,
        row,
        field: key,
        message: `工作表「${this.sheet.name}」第 ${row} 行缺少 ${key},无法确定是哪条记录 / sheet ${this.sheet.name} row ${row} has no ${key}: the record cannot be told`,
      });
    return value;
  }
}

function requiredSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (sheet) return sheet;
  throw new FileRefusedError(
    'MALFORMED',
    `缺少工作表「${name}」:这不是本系统下载的月报模板,或工作表被改名`,
    `The sheet "${name}" is missing: this is not a report template from the atlas, or a sheet was renamed`,
  );
}

function metaOf(workbook: ExcelJS.Workbook): FilledReportWorkbook['meta'] {
  const sheet = requiredSheet(workbook, SHEET.meta);
  const at = (row: number): Value => {
    const read = plainCell(sheet.getCell(`B${row}`).value);
    return read.kind === 'value' && (typeof read.value === 'string' || typeof read.value === 'number')
      ? read.value
      : null;
  };
  const version = at(META_ROW.version);
  const zoneCode = at(META_ROW.zoneCode);
  const month = at(META_ROW.month);
  const reportVersion = at(META_ROW.reportVersion);
  if (version !== REPORT_WORKBOOK_VERSION || typeof zoneCode !== 'string' || typeof month !== 'string')
    throw new FileRefusedError(
      'MALFORMED',
      `模板格式不符(应为 ${REPORT_WORKBOOK_VERSION}),请重新下载模板`,
      `The template's layout is not ${REPORT_WORKBOOK_VERSION}: download the template again`,
    );
  return { zoneCode, month, reportVersion: typeof reportVersion === 'number' ? reportVersion : 0 };
}

function checkSize(workbook: ExcelJS.Workbook, limits: WorkbookLimits): void {
  for (const sheet of workbook.worksheets)
    if (sheet.rowCount > limits.maxRows || sheet.columnCount > 64)
      throw new FileRefusedError(
        'TOO_MANY_FEATURES',
        `工作表「${sheet.name}」有 ${sheet.rowCount} 行 ${sheet.columnCount} 列,超过上限 ${limits.maxRows} 行`,
        `Sheet ${sheet.name} has ${sheet.rowCount} rows and ${sheet.columnCount} columns, beyond the limit of ${limits.maxRows} rows`,
      );
}

function readFigures(r: SheetReader): FilledReportWorkbook['figures'] {
  const row = FIRST_DATA_ROW;
  return {
    row,
    fixedAssetInvestmentWan: r.number(row, 'fixedAssetInvestmentWan'),
    mainBusinessRevenueWan: r.number(row, 'mainBusinessRevenueWan'),
    note: r.text(row, 'note'),
  };
}

function readProjects(r: SheetReader): FilledProject[] {
  const out: FilledProject[] = [];
  for (const row of r.rows()) {
    const projectId = r.key(row, 'projectId');
    const line = {
      row,
      investmentWan: r.number(row, 'investmentWan'),
      status: r.choice(row, 'status'),
      statusChangedOn: r.date(row, 'statusChangedOn'),
      progressText: r.text(row, 'progressText'),
      overTotalReason: r.text(row, 'overTotalReason'),
    };
    if (projectId !== null) out.push({ projectId, ...line });
  }
  return out;
}

function readNodes(r: SheetReader): FilledNode[] {
  const out: FilledNode[] = [];
  for (const row of r.rows()) {
    const actualOn = r.date(row, 'actualOn');
    if (actualOn === null) continue;
    const projectId = r.key(row, 'projectId');
    const node = r.key(row, 'node');
    if (projectId !== null && node !== null) out.push({ row, projectId, node, actualOn });
  }
  return out;
}

function readWorks(r: SheetReader): FilledWorks[] {
  const out: FilledWorks[] = [];
  for (const row of r.rows()) {
    const kind = r.key(row, 'kind');
    const entityId = r.key(row, 'entityId');
    const line = {
      row,
      progressPercent: r.number(row, 'progressPercent'),
      unitsStarted: r.whole(row, 'unitsStarted'),
      unitsCompleted: r.whole(row, 'unitsCompleted'),
      householdsMoved: r.whole(row, 'householdsMoved'),
      startedOn: r.date(row, 'startedOn'),
      completedOn: r.date(row, 'completedOn'),
      progressText: r.text(row, 'progressText'),
    };
    if (kind !== null && entityId !== null) out.push({ kind, entityId, ...line });
  }
  return out;
}

/**
 * A filled report workbook read back into plain rows. The bytes are bounded before exceljs opens
 * them (`boundedWorkbookBytes`); a file that is not this layout's template is refused whole
 * (`FileRefusedError`); a cell its column cannot take becomes a problem naming the sheet, the row
 * as Excel numbers it, and the field. Formulas are never evaluated: their saved results are read.
 *
 * @example const filled = await readReportWorkbook(bytes, { statuses });
 */
export async function readReportWorkbook(
  bytes: Uint8Array,
  options: ReadWorkbookOptions,
): Promise<FilledReportWorkbook> {
  const limits = options.limits ?? REPORT_WORKBOOK_LIMITS;
  const safe = boundedWorkbookBytes(bytes, limits);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(safe as unknown as ArrayBuffer);
  } catch {
    throw new FileRefusedError(
      'MALFORMED',
      '无法读取该 Excel 工作簿',
      'The Excel workbook could not be read',
    );
  }
  checkSize(workbook, limits);
  const meta = metaOf(workbook);
  const problems: WorkbookProblem[] = [];
  const warnings: string[] = [];
  const reader = (name: string, layout: readonly WorkbookColumn[]) =>
    new SheetReader(requiredSheet(workbook, name), layout, problems, warnings, options.statuses);
  return {
    meta,
    figures: readFigures(reader(SHEET.zone, ZONE_COLUMNS)),
    projects: readProjects(reader(SHEET.projects, PROJECT_COLUMNS)),
    nodes: readNodes(reader(SHEET.nodes, NODE_COLUMNS)),
    works: readWorks(reader(SHEET.works, WORKS_COLUMNS)),
    problems,
    warnings,
  };
}
