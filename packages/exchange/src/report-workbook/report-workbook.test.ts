import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { FileRefusedError } from '../types';
import { FIRST_DATA_ROW, PROJECT_COLUMNS, SHEET } from './layout';
import { readReportWorkbook } from './read-report-workbook';
import type { ReportWorkbookTemplate } from './workbook-types';
import { writeReportWorkbook } from './write-report-workbook';

const statuses = [
  { code: 'PLANNED', zh: '谋划' },
  { code: 'SIGNED', zh: '签约' },
  { code: 'STARTED', zh: '开工' },
  { code: 'COMPLETED', zh: '竣工' },
];

const template: ReportWorkbookTemplate = {
  zone: { code: 'shenqiu', name: '沈丘县产业集聚区' },
  month: '2014-09',
  reportVersion: 3,
  reportStatus: 'DRAFT',
  statuses,
  nodeNames: [
    { code: 'SIGNED', zh: '签约' },
    { code: 'STARTED', zh: '开工' },
  ],
  worksKinds: [
    { code: 'ROAD_LINK', zh: '道路工程' },
    { code: 'RELOCATION_SITE', zh: '搬迁村庄' },
  ],
  figures: { fixedAssetInvestmentWan: 85000, mainBusinessRevenueWan: null, note: '九月' },
  projects: [
    {
      id: 'p-1',
      name: '甲项目',
      currentStatus: 'SIGNED',
      totalWan: 50000,
      acceptedBeforeWan: 1200,
      investmentWan: 300,
      status: 'STARTED',
      statusChangedOn: '2014-09-10',
      progressText: '主体完工',
      overTotalReason: null,
    },
    {
      id: 'p-2',
      name: '乙项目',
      currentStatus: 'STARTED',
      totalWan: 8000,
      acceptedBeforeWan: 0,
      investmentWan: null,
      status: null,
      statusChangedOn: null,
      progressText: null,
      overTotalReason: null,
    },
  ],
  nodes: [
    {
      projectId: 'p-1',
      projectName: '甲项目',
      node: 'SIGNED',
      plannedOn: '2014-03-01',
      reachedOn: '2014-03-02',
      actualOn: null,
    },
    {
      projectId: 'p-1',
      projectName: '甲项目',
      node: 'STARTED',
      plannedOn: '2014-09-01',
      reachedOn: null,
      actualOn: '2014-09-12',
    },
    {
      projectId: 'p-2',
      projectName: '乙项目',
      node: 'STARTED',
      plannedOn: null,
      reachedOn: null,
      actualOn: null,
    },
  ],
  works: [
    {
      kind: 'ROAD_LINK',
      entityId: 'r-1',
      name: '一号路',
      progressPercent: 40,
      unitsStarted: null,
      unitsCompleted: null,
      householdsMoved: null,
      startedOn: null,
      completedOn: null,
      progressText: null,
    },
    {
      kind: 'RELOCATION_SITE',
      entityId: 'v-1',
      name: '张庄',
      progressPercent: null,
      unitsStarted: null,
      unitsCompleted: null,
      householdsMoved: null,
      startedOn: null,
      completedOn: null,
      progressText: null,
    },
  ],
};

const column = (key: string) => PROJECT_COLUMNS.findIndex((c) => c.key === key) + 1;

/** Opens bytes as a zone office's Excel would, lets `fill` change cells, and saves. */
async function filled(bytes: Uint8Array, fill: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  fill(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const sheet = (wb: ExcelJS.Workbook, name: string) => {
  const found = wb.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
};

describe('the report workbook', () => {
  it('reads back what the template was pre-filled with', async () => {
    const read = await readReportWorkbook(await writeReportWorkbook(template), { statuses });
    expect(read.meta).toEqual({ zoneCode: 'shenqiu', month: '2014-09', reportVersion: 3 });
    expect(read.problems).toEqual([]);
    expect(read.figures).toMatchObject({
      fixedAssetInvestmentWan: 85000,
      mainBusinessRevenueWan: null,
      note: '九月',
    });
    expect(read.projects.map((p) => [p.projectId, p.investmentWan, p.status, p.statusChangedOn])).toEqual([
      ['p-1', 300, 'STARTED', '2014-09-10'],
      ['p-2', null, null, null],
    ]);
    expect(read.nodes).toEqual([
      { row: FIRST_DATA_ROW + 1, projectId: 'p-1', node: 'STARTED', actualOn: '2014-09-12' },
    ]);
    expect(read.works.find((w) => w.entityId === 'r-1')?.progressPercent).toBe(40);
  });

  it('locks IDs and names and a reached node, leaves the figures open, and hides the meta sheet', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeReportWorkbook(template)) as unknown as ArrayBuffer);
    const projects = sheet(wb, SHEET.projects);
    expect(projects.getCell(FIRST_DATA_ROW, column('projectId')).protection?.locked).not.toBe(false);
    expect(projects.getCell(FIRST_DATA_ROW, column('investmentWan')).protection?.locked).toBe(false);
    expect(projects.getCell(FIRST_DATA_ROW, column('status')).dataValidation?.type).toBe('list');
    const nodes = sheet(wb, SHEET.nodes);
    expect(nodes.getCell(FIRST_DATA_ROW, 7).protection?.locked).not.toBe(false);
    expect(nodes.getCell(FIRST_DATA_ROW + 1, 7).protection?.locked).toBe(false);
    expect(sheet(wb, SHEET.meta).state).toBe('veryHidden');
    expect(projects.getRow(1).getCell(1).value).toBe('项目编号');
    expect(projects.getRow(2).getCell(1).value).toBe('Project ID');
  });

  it('takes what a zone office typed, including a date typed as text', async () => {
    const bytes = await filled(await writeReportWorkbook(template), (wb) => {
      const projects = sheet(wb, SHEET.projects);
      projects.getCell(FIRST_DATA_ROW + 1, column('investmentWan')).value = 1234.5;
      projects.getCell(FIRST_DATA_ROW + 1, column('status')).value = '竣工 COMPLETED';
      projects.getCell(FIRST_DATA_ROW + 1, column('statusChangedOn')).value = '2014年9月30日';
      sheet(wb, SHEET.nodes).getCell(FIRST_DATA_ROW + 2, 7).value = new Date(Date.UTC(2014, 8, 20));
    });
    const read = await readReportWorkbook(bytes, { statuses });
    expect(read.problems).toEqual([]);
    expect(read.projects[1]).toMatchObject({
      investmentWan: 1234.5,
      status: 'COMPLETED',
      statusChangedOn: '2014-09-30',
    });
    expect(read.nodes.map((n) => `${n.projectId}:${n.node}:${n.actualOn}`)).toEqual([
      'p-1:STARTED:2014-09-12',
      'p-2:STARTED:2014-09-20',
    ]);
  });

  it('never evaluates a formula: the saved result is taken, and one without a result is refused by row and field', async () => {
    const bytes = await filled(await writeReportWorkbook(template), (wb) => {
      const projects = sheet(wb, SHEET.projects);
      projects.getCell(FIRST_DATA_ROW, column('investmentWan')).value = { formula: '1000*1000', result: 7 };
      projects.getCell(FIRST_DATA_ROW + 1, column('investmentWan')).value = {
        formula: '2+2',
      } as ExcelJS.CellValue;
    });
    const read = await readReportWorkbook(bytes, { statuses });
    expect(read.projects[0]?.investmentWan).toBe(7);
    expect(read.warnings.join()).toMatch(/公式|formula/);
    expect(read.problems).toEqual([
      expect.objectContaining({ sheet: SHEET.projects, row: FIRST_DATA_ROW + 1, field: 'investmentWan' }),
    ]);
    expect(read.problems[0]?.message).toMatch(/公式.* \/ .*formula/);
  });

  it('names the sheet, row and field of text in a money column, an unknown status and a date that is none', async () => {
    const bytes = await filled(await writeReportWorkbook(template), (wb) => {
      const projects = sheet(wb, SHEET.projects);
      projects.getCell(FIRST_DATA_ROW, column('investmentWan')).value = '三百';
      projects.getCell(FIRST_DATA_ROW + 1, column('status')).value = '停工';
      projects.getCell(FIRST_DATA_ROW + 1, column('statusChangedOn')).value = '9月';
    });
    const read = await readReportWorkbook(bytes, { statuses });
    expect(read.problems.map((p) => `${p.sheet}:${p.row}:${p.field}`)).toEqual([
      `项目:${FIRST_DATA_ROW}:investmentWan`,
      `项目:${FIRST_DATA_ROW + 1}:status`,
      `项目:${FIRST_DATA_ROW + 1}:statusChangedOn`,
    ]);
  });

  it('refuses a workbook whose columns were moved, or that is not the template', async () => {
    const moved = await filled(await writeReportWorkbook(template), (wb) => {
      sheet(wb, SHEET.projects).spliceColumns(3, 0, ['多出来的列']);
    });
    await expect(readReportWorkbook(moved, { statuses })).rejects.toThrow(/表头.*column/);
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet('项目').addRow(['项目编号']);
    const other = new Uint8Array(await plain.xlsx.writeBuffer());
    await expect(readReportWorkbook(other, { statuses })).rejects.toBeInstanceOf(FileRefusedError);
    await expect(
      readReportWorkbook(new TextEncoder().encode('a,b\n1,2'), { statuses }),
    ).rejects.toMatchObject({
      refusal: 'MALFORMED',
    });
  });
});
