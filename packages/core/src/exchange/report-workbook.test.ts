import { PROJECT_NODES } from '@atlas/data';
import { type AtlasDatabase, seed, selectRows } from '@atlas/db';
import { openTestDatabase } from '@atlas/db/testing';
import {
  REPORT_WORKBOOK_FIRST_ROW as FIRST_ROW,
  type ReportWorkbookTemplate,
  readReportWorkbook,
  REPORT_WORKBOOK_SHEETS as SHEETS,
  writeReportWorkbook,
} from '@atlas/exchange';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../actor';
import { AtlasError } from '../errors';
import { getMonthlyReport } from '../reports/read-monthly-reports';
import { saveMonthlyReport } from '../reports/save-monthly-report';
import { submitMonthlyReport } from '../reports/submit-monthly-report';
import { reportWorkbookFile, reportWorkbookTemplate, STATUS_CHOICES } from './report-workbook-template';
import { saveReportWorkbook, type WorkbookRefusal } from './report-workbook-upload';

const ZONE = 'shenqiu';
const MONTH = '2014-09';
const reporterOf = (zoneCode: string): Actor => ({
  name: `填报员-${zoneCode}`,
  role: 'zone_reporter',
  authenticated: true,
  zoneCode,
});
let atlas: AtlasDatabase;
const as = (actor: Actor) => ({ db: atlas.db, actor });
const reporter = () => as(reporterOf(ZONE));
let zoneProjectIds: string[];

beforeAll(async () => {
  atlas = await openTestDatabase();
  await seed(atlas, { demo: true });
  const rows = await selectRows<{ id: string }>(
    atlas.db,
    sql`SELECT id FROM projects WHERE zone_code = ${ZONE}`,
  );
  zoneProjectIds = rows.map((r) => r.id).sort();
  if (zoneProjectIds.length < 2) throw new Error(`the demo has too few projects in ${ZONE}`);
});
afterAll(() => atlas?.close());

const planner = () => as({ name: '市发改委', role: 'planner', authenticated: true });

/**
 * A template made now, its cells changed by `fill` (the values a zone office types, written by the
 * same writer the download uses: core has no spreadsheet editor of its own; tests/api fills one
 * with exceljs), as the bytes an upload carries.
 */
async function filledTemplate(
  fill: (t: Mutable<ReportWorkbookTemplate>) => void,
  zone = ZONE,
  month = MONTH,
): Promise<Uint8Array> {
  const template = structuredClone(
    await reportWorkbookTemplate(planner(), zone, month),
  ) as Mutable<ReportWorkbookTemplate>;
  fill(template);
  return writeReportWorkbook(template);
}

type Mutable<T> = {
  -readonly [K in keyof T]: T[K] extends readonly (infer U)[]
    ? Mutable<U>[]
    : T[K] extends object
      ? Mutable<T[K]>
      : T[K];
};

const projectIndex = (t: ReportWorkbookTemplate, id: string) => t.projects.findIndex((p) => p.id === id);
const nodeIndex = (t: ReportWorkbookTemplate, id: string, node: string) =>
  t.nodes.findIndex((n) => n.projectId === id && n.node === node);

async function refusalOf(work: Promise<unknown>): Promise<WorkbookRefusal[]> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AtlasError);
  return ((error as AtlasError).details?.errors ?? []) as WorkbookRefusal[];
}

const draftOf = () => getMonthlyReport(reporter(), ZONE, MONTH);

/** A node of the project not reached yet, for a date this month. */
async function openNode(projectId: string): Promise<string> {
  const reached = await selectRows<{ node: string }>(
    atlas.db,
    sql`SELECT node FROM project_nodes WHERE project_id = ${projectId} AND actual_on IS NOT NULL`,
  );
  const done = new Set(reached.map((r) => r.node));
  const node = PROJECT_NODES.find(
    (n) =>
      !done.has(n) && PROJECT_NODES.slice(PROJECT_NODES.indexOf(n) + 1).every((later) => !done.has(later)),
  );
  if (!node) throw new Error(`every node of ${projectId} is reached`);
  return node;
}

describe('the monthly report workbook of a zone', () => {
  it('holds exactly the zone’s projects, each node per project, and reads back unchanged', async () => {
    const { bytes, filename } = await reportWorkbookFile(reporter(), ZONE, MONTH);
    expect(filename).toContain(MONTH);
    const read = await readReportWorkbook(bytes, { statuses: STATUS_CHOICES });
    expect(read.meta).toEqual({ zoneCode: ZONE, month: MONTH, reportVersion: 0 });
    expect(read.projects.map((p) => p.projectId).sort()).toEqual(zoneProjectIds);
    expect(read.problems).toEqual([]);
    const template = await reportWorkbookTemplate(reporter(), ZONE, MONTH);
    expect(template.nodes).toHaveLength(zoneProjectIds.length * PROJECT_NODES.length);
  });

  it('refuses another zone’s reporter both the template and the upload', async () => {
    const other = as(reporterOf('taikang'));
    await expect(reportWorkbookFile(other, ZONE, MONTH)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const bytes = await filledTemplate(() => undefined);
    await expect(saveReportWorkbook(other, ZONE, MONTH, bytes)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await draftOf()).toBeNull();
  });

  it('refuses a negative investment and a node dated outside the month by sheet, row and field, saving nothing', async () => {
    const [first, second] = zoneProjectIds as [string, string];
    const node = await openNode(second);
    let rows = { investment: 0, node: 0 };
    const bytes = await filledTemplate((t) => {
      const p = projectIndex(t, first);
      const n = nodeIndex(t, second, node);
      (t.projects[p] as { investmentWan: number }).investmentWan = -5;
      (t.nodes[n] as { actualOn: string }).actualOn = '2014-10-03';
      rows = { investment: FIRST_ROW + p, node: FIRST_ROW + n };
    });
    const errors = await refusalOf(saveReportWorkbook(reporter(), ZONE, MONTH, bytes));
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ sheet: SHEETS.projects, row: rows.investment, field: 'investmentWan' }),
        expect.objectContaining({ sheet: SHEETS.nodes, row: rows.node, field: 'actualOn' }),
      ]),
    );
    expect(errors.every((e) => / \/ /.test(e.message))).toBe(true);
    expect(await draftOf()).toBeNull();
  });

  it('refuses another zone’s or month’s file, pointing at the guide sheet', async () => {
    const taikang = await filledTemplate(() => undefined, 'taikang');
    const errors = await refusalOf(saveReportWorkbook(reporter(), ZONE, MONTH, taikang));
    expect(errors).toEqual([expect.objectContaining({ sheet: SHEETS.guide, field: 'zoneCode' })]);
    expect(errors[0]?.message).toMatch(/taikang.*shenqiu/);
    const october = await filledTemplate(() => undefined, ZONE, '2014-10');
    expect(await refusalOf(saveReportWorkbook(reporter(), ZONE, MONTH, october))).toEqual([
      expect.objectContaining({ sheet: SHEETS.guide, field: 'month' }),
    ]);
    expect(await draftOf()).toBeNull();
  });

  it('saves a filled template as the draft, through the form’s own save', async () => {
    const [first, second] = zoneProjectIds as [string, string];
    const node = await openNode(second);
    const bytes = await filledTemplate((t) => {
      Object.assign(t.projects[projectIndex(t, first)] ?? {}, {
        investmentWan: 321.5,
        progressText: '主体封顶',
      });
      Object.assign(t.nodes[nodeIndex(t, second, node)] ?? {}, { actualOn: '2014-09-18' });
      Object.assign(t.figures, { fixedAssetInvestmentWan: 88_000, note: '九月由模板填报' });
    });
    const saved = await saveReportWorkbook(reporter(), ZONE, MONTH, bytes);
    const draft = await draftOf();
    expect(draft?.status).toBe('DRAFT');
    expect(draft?.createdBy).toBe(reporterOf(ZONE).name);
    expect(draft?.fixedAssetInvestmentWan).toBe(88_000);
    expect(draft?.note).toBe('九月由模板填报');
    const lines = new Map(draft?.projects.map((l) => [l.projectId, l]));
    expect(lines.get(first)).toMatchObject({ investmentWan: 321.5, progressText: '主体封顶' });
    expect(lines.get(second)?.investmentWan).toBe(0);
    expect(draft?.projects).toHaveLength(zoneProjectIds.length);
    expect(draft?.nodes).toEqual([
      expect.objectContaining({ projectId: second, node, actualOn: '2014-09-18' }),
    ]);
    expect(saved.lines).toBe(zoneProjectIds.length + 1);
  });

  it('pre-fills the next template with the draft, and refuses a template older than the draft', async () => {
    const [first] = zoneProjectIds as [string];
    const stale = await filledTemplate(() => undefined);
    const next = await reportWorkbookTemplate(reporter(), ZONE, MONTH);
    expect(next.projects[projectIndex(next, first)]?.investmentWan).toBe(321.5);
    expect(next.reportVersion).toBeGreaterThan(0);
    await saveMonthlyReport(reporter(), {
      zoneCode: ZONE,
      month: MONTH,
      version: next.reportVersion,
      projects: [{ projectId: first, investmentWan: 10 }],
      nodes: [],
      works: [],
    });
    await expect(saveReportWorkbook(reporter(), ZONE, MONTH, stale)).rejects.toMatchObject({
      code: 'STALE_VERSION',
      message: expect.stringMatching(/重新下载.*download the template again/),
    });
    expect((await draftOf())?.projects).toHaveLength(1);
  });

  it('refuses an upload once the report is submitted', async () => {
    const bytes = await filledTemplate(() => undefined);
    const draft = await draftOf();
    await submitMonthlyReport(reporter(), Number(draft?.id), draft?.version ?? 0);
    expect((await draftOf())?.status).toBe('SUBMITTED');
    await expect(saveReportWorkbook(reporter(), ZONE, MONTH, bytes)).rejects.toMatchObject({
      code: 'BAD_INPUT',
      message: expect.stringMatching(/SUBMITTED/),
    });
  });
});
