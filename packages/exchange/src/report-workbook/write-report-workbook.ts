import ExcelJS from 'exceljs';
import {
  choiceLabel,
  FIRST_DATA_ROW,
  GUIDE_ROW,
  META_ROW,
  NODE_COLUMNS,
  PROJECT_COLUMNS,
  RELOCATION_KIND,
  RELOCATION_ONLY,
  REPORT_WORKBOOK_VERSION,
  SHEET,
  WORKS_COLUMNS,
  type WorkbookColumn,
  ZONE_COLUMNS,
} from './layout';
import type { ReportWorkbookTemplate, WorkbookChoice } from './workbook-types';

type Row = Record<string, string | number | Date | null>;

const FILL_COLOUR = 'FFFFF7D6';
const HEADER_COLOUR = 'FFE8EEF4';
const WAN_FORMAT = '#,##0.00';
const DATE_FORMAT = 'yyyy-mm-dd';

/** A date string as an Excel date (midnight UTC, which exceljs writes as that calendar day). */
const excelDate = (day: string | null) => (day ? new Date(`${day}T00:00:00Z`) : null);
const zhOf = (choices: readonly WorkbookChoice[], code: string) =>
  choices.find((c) => c.code === code)?.zh ?? code;

/** Sheet protection that keeps locked cells from being typed over but lets a zone office filter and resize. */
const PROTECTION = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
  autoFilter: true,
  sort: false,
};

function monthBounds(month: string): { first: Date; last: Date } {
  const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return { first: new Date(Date.UTC(y, m - 1, 1)), last: new Date(Date.UTC(y, m, 0)) };
}

/**
 * A data sheet: bilingual headers in rows 1–2, one row per record; columns to fill are unlocked and
 * tinted, the rest locked; `lockCell` locks a fill cell on one row (a node already reached).
 */
function dataSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: readonly WorkbookColumn[],
  rows: readonly Row[],
  rule: (column: WorkbookColumn) => ExcelJS.DataValidation | null,
  lockCell: (row: Row, column: WorkbookColumn) => boolean = () => false,
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 2, xSplit: 2 }] });
  sheet.columns = columns.map((c) => ({ key: c.key, width: c.width }));
  sheet.getRow(1).values = columns.map((c) => c.zh);
  sheet.getRow(2).values = columns.map((c) => c.en);
  for (const headerRow of [1, 2]) {
    const row = sheet.getRow(headerRow);
    row.font = { bold: headerRow === 1, italic: headerRow === 2 };
    row.eachCell((cell) => {
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_COLOUR } };
    });
  }
  rows.forEach((record, i) => {
    const row = sheet.getRow(FIRST_DATA_ROW + i);
    columns.forEach((column, c) => {
      const cell = row.getCell(c + 1);
      const value = record[column.key] ?? null;
      cell.value = column.type === 'date' && typeof value === 'string' ? excelDate(value) : value;
      if (column.type === 'date') cell.numFmt = DATE_FORMAT;
      if (column.type === 'number') cell.numFmt = WAN_FORMAT;
      if (column.type === 'text' && column.fill) cell.numFmt = '@';
      const open = column.fill && !lockCell(record, column);
      cell.protection = { locked: !open };
      if (!open) return;
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL_COLOUR } };
      const validation = rule(column);
      if (validation) cell.dataValidation = validation;
    });
  });
  sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: columns.length } };
  return sheet;
}

/** Excel's own checks on the cells to fill: the month's dates, money ≥ 0, the status list. */
function rulesOf(month: string, statuses: readonly WorkbookChoice[]) {
  const { first, last } = monthBounds(month);
  return (column: WorkbookColumn) => (column.fill ? ruleOf(column, first, last, statuses, month) : null);
}

function ruleOf(
  column: WorkbookColumn,
  first: Date,
  last: Date,
  statuses: readonly WorkbookChoice[],
  month: string,
): ExcelJS.DataValidation | null {
  const shared = { allowBlank: true, showErrorMessage: true, errorStyle: 'stop' };
  if (column.type === 'choice')
    return {
      ...shared,
      type: 'list',
      formulae: [`"${statuses.map(choiceLabel).join(',')}"`],
      error: '请从列表中选择 / Choose from the list',
    };
  if (column.type === 'number' || column.type === 'whole')
    return {
      ...shared,
      type: column.type === 'whole' ? 'whole' : 'decimal',
      operator: column.key === 'progressPercent' ? 'between' : 'greaterThanOrEqual',
      formulae: column.key === 'progressPercent' ? [0, 100] : [0],
      error:
        column.key === 'progressPercent'
          ? '须在 0–100 之间 / Between 0 and 100'
          : '不能为负 / Must not be negative',
    };
  if (column.type === 'date' && column.key !== 'startedOn' && column.key !== 'completedOn')
    return {
      ...shared,
      type: 'date',
      operator: 'between',
      formulae: [first, last],
      error: `须在 ${month} 月内 / Must be inside ${month}`,
    };
  if (column.type === 'date')
    return {
      ...shared,
      type: 'date',
      operator: 'lessThanOrEqual',
      formulae: [last],
      error: `不能晚于本月末 / Must not be after the month's end`,
    };
  return null;
}

function guideSheet(workbook: ExcelJS.Workbook, t: ReportWorkbookTemplate): void {
  const sheet = workbook.addWorksheet(SHEET.guide);
  sheet.columns = [{ width: 24 }, { width: 90 }];
  sheet.getCell('A1').value = '园区月报填报模板 / Monthly report template of a zone';
  sheet.getCell('A1').font = { bold: true, size: 14 };
  const status = t.reportStatus ?? '尚未创建 / none yet';
  const facts: [number, string, string][] = [
    [GUIDE_ROW.zone, '园区 / Zone', `${t.zone.name} (${t.zone.code})`],
    [GUIDE_ROW.month, '月份 / Month', t.month],
    [5, '草稿版本 / Draft version', `${t.reportVersion} (${status})`],
    [6, '模板格式 / Layout', REPORT_WORKBOOK_VERSION],
  ];
  for (const [row, label, value] of facts) {
    sheet.getCell(`A${row}`).value = label;
    sheet.getCell(`B${row}`).value = value;
  }
  const steps = [
    '1. 只填写浅黄色单元格;灰色列(编号、名称、计划日期等)已锁定,仅供参考。',
    '   Fill in only the pale yellow cells; the other columns (IDs, names, planned dates) are locked and for reference.',
    `2.「${SHEET.zone}」:园区本月固定资产投资、主营业务收入(万元)和备注。`,
    `   "${SHEET.zone}": the zone's fixed-asset investment and main business revenue this month (万元), and a note.`,
    `3.「${SHEET.projects}」:每个项目一行。本月完成投资留空按 0 计;状态有变化时从列表选择新状态并填写变更日期(须在本月内)。`,
    `   "${SHEET.projects}": one row per project. An empty month's investment counts as 0; when the status changed, pick the new one from the list and give the date (inside the month).`,
    `4.「${SHEET.nodes}」:每个项目的每个节点一行。本月达成的节点填写实际日期(须在本月内);已达成的节点已锁定。`,
    `   "${SHEET.nodes}": one row per project and node. Give the date of each node reached this month (inside the month); nodes already reached are locked.`,
    `5.「${SHEET.works}」:道路、电网、设施和迁并村庄的月末状态;套数和户数只有迁并村庄填写。`,
    `   "${SHEET.works}": the month-end state of roads, grid works, facilities and relocated villages; units and households only for relocated villages.`,
    '6. 请勿增删列、改工作表名或复制其他园区、其他月份的模板:上传时会被拒绝。公式不会被计算,只读取 Excel 保存的结果。',
    "   Do not add or remove columns, rename sheets, or use another zone's or month's template: the upload is refused. Formulas are never evaluated; only the result Excel saved is read.",
    '7. 在「月报」页面点「上传已填模板」,保存为本月草稿,检查与网页表单相同;有问题时按工作表、行和栏目列出,不会保存任何内容。',
    '   On the report page choose "Upload filled template": it is saved as this month\'s draft with the same checks as the form; problems are listed by sheet, row and column, and nothing is saved.',
    '8. 上传只保存草稿;仍需在网页上报送。下载模板后若草稿在网页上被修改,请重新下载。',
    '   An upload saves the draft only; submit it on the page. If the draft is changed on the page after you download the template, download a new one.',
  ];
  steps.forEach((line, i) => {
    sheet.getCell(`A${8 + i}`).value = line;
    sheet.mergeCells(`A${8 + i}:B${8 + i}`);
  });
}

function metaSheet(workbook: ExcelJS.Workbook, t: ReportWorkbookTemplate): void {
  const sheet = workbook.addWorksheet(SHEET.meta, { state: 'veryHidden' });
  const cells: [number, string, string | number][] = [
    [META_ROW.version, 'template', REPORT_WORKBOOK_VERSION],
    [META_ROW.zoneCode, 'zoneCode', t.zone.code],
    [META_ROW.month, 'month', t.month],
    [META_ROW.reportVersion, 'reportVersion', t.reportVersion],
  ];
  for (const [row, name, value] of cells) {
    sheet.getCell(`A${row}`).value = name;
    sheet.getCell(`B${row}`).value = value;
  }
}

const projectRows = (t: ReportWorkbookTemplate): Row[] =>
  t.projects.map((p) => ({
    projectId: p.id,
    name: p.name,
    currentStatus: zhOf(t.statuses, p.currentStatus),
    totalWan: p.totalWan,
    acceptedBeforeWan: p.acceptedBeforeWan,
    investmentWan: p.investmentWan,
    status: p.status ? choiceLabel({ code: p.status, zh: zhOf(t.statuses, p.status) }) : null,
    statusChangedOn: p.statusChangedOn,
    progressText: p.progressText,
    overTotalReason: p.overTotalReason,
  }));

const nodeRows = (t: ReportWorkbookTemplate): Row[] =>
  t.nodes.map((n) => ({ ...n, nodeName: zhOf(t.nodeNames, n.node) }));

const worksRows = (t: ReportWorkbookTemplate): Row[] =>
  t.works.map((w) => ({ ...w, kindName: zhOf(t.worksKinds, w.kind) }));

/**
 * A zone's monthly report as an XLSX template: a guide (说明), the zone's totals, a row per project,
 * a row per project × node, a row per works, each pre-filled with what the month's draft holds, and
 * a very hidden sheet naming the zone, month and draft version the upload must match.
 *
 * @example const bytes = await writeReportWorkbook(template); // an .xlsx for 沈丘 2014-09
 */
export async function writeReportWorkbook(t: ReportWorkbookTemplate): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Zhoukou Atlas';
  workbook.created = new Date(0);
  guideSheet(workbook, t);
  const rules = rulesOf(t.month, t.statuses);
  const zone = dataSheet(workbook, SHEET.zone, ZONE_COLUMNS, [t.figures], rules);
  const projects = dataSheet(workbook, SHEET.projects, PROJECT_COLUMNS, projectRows(t), rules);
  const nodes = dataSheet(
    workbook,
    SHEET.nodes,
    NODE_COLUMNS,
    nodeRows(t),
    rules,
    (row) => row.reachedOn != null,
  );
  const works = dataSheet(
    workbook,
    SHEET.works,
    WORKS_COLUMNS,
    worksRows(t),
    rules,
    (row, column) => row.kind !== RELOCATION_KIND && RELOCATION_ONLY.has(column.key),
  );
  metaSheet(workbook, t);
  // No password: protection keeps a zone office from typing over an ID by mistake; what an upload
  // may change is decided by the reader and core's checks, never by the file.
  for (const sheet of [zone, projects, nodes, works]) await sheet.protect('', PROTECTION);
  await workbook.getWorksheet(SHEET.guide)?.protect('', PROTECTION);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
