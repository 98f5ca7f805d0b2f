import { PROJECT_NODES, type ProjectNode } from '@atlas/data';
import { type AtlasDatabase, seed, selectRows } from '@atlas/db';
import { openTestDatabase } from '@atlas/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../actor';
import { AtlasError } from '../errors';
import { projectTotals } from '../plan/project-totals';
import { ACTUALS } from '../plan/target-actuals';
import { getMonthlyReport, listMonthlyReports } from './read-monthly-reports';
import { NODE_ZH } from './report-problems';
import { reportingBoard } from './reporting-board';
import { reviewMonthlyReport } from './review-monthly-report';
import { type MonthlyReportInput, saveMonthlyReport } from './save-monthly-report';
import { submitMonthlyReport } from './submit-monthly-report';

let atlas: AtlasDatabase;
let zone: string;
let otherZone: string;
let project: { id: string; name: string; investment_yi: number; status: string };
let site: { id: string; name: string; households: number; units_planned: number };

const planner: Actor = { name: '市发改委', role: 'planner', authenticated: true };
const reporterOf = (zoneCode: string): Actor => ({
  name: `填报员-${zoneCode}`,
  role: 'zone_reporter',
  authenticated: true,
  zoneCode,
});
const as = (actor: Actor) => ({ db: atlas.db, actor });

beforeAll(async () => {
  atlas = await openTestDatabase();
  await seed(atlas, { demo: true });
  const [firstSite] = await selectRows<typeof site & { zone_code: string }>(
    atlas.db,
    sql`SELECT id, village_name AS name, households, units_planned, zone_code FROM relocation_sites ORDER BY id LIMIT 1`,
  );
  if (!firstSite) throw new Error('the demo has no relocation site');
  site = firstSite;
  zone = firstSite.zone_code;
  const [started] = await selectRows<typeof project>(
    atlas.db,
    sql`SELECT id, name, investment_yi::float8 AS investment_yi, status FROM projects
        WHERE zone_code = ${zone} AND status = 'STARTED' ORDER BY id LIMIT 1`,
  );
  if (!started) throw new Error(`no started project in ${zone}`);
  project = started;
  const [other] = await selectRows<{ code: string }>(
    atlas.db,
    sql`SELECT code FROM zones WHERE code <> ${zone} LIMIT 1`,
  );
  otherZone = other?.code ?? '';
});
afterAll(() => atlas?.close());

const draft = (month: string, more: Partial<MonthlyReportInput> = {}): MonthlyReportInput => ({
  zoneCode: zone,
  month,
  fixedAssetInvestmentWan: 50_000,
  mainBusinessRevenueWan: 80_000,
  projects: [{ projectId: project.id, investmentWan: 1_200, progressText: '主体封顶' }],
  nodes: [],
  works: [],
  ...more,
});

async function refusal(promise: Promise<unknown>): Promise<AtlasError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AtlasError);
  return error as AtlasError;
}

const problemsOf = (e: AtlasError) =>
  ((e.details?.problems ?? []) as { row: string; field: string; message: string }[]).map(
    (p) => `${p.row}|${p.field}`,
  );

const zoneInvestment = async () => {
  const [row] = await selectRows<{ value: number | null; kinds: string[] | null }>(
    atlas.db,
    ACTUALS.fixed_asset_investment?.({ zoneCode: zone, clusterCode: null, year: 2014 }) ?? sql`SELECT 1`,
  );
  return row;
};
const completedOfZone = async () => (await projectTotals(atlas.db, 'ZONE')).find((r) => r.key === zone);

describe('the monthly report workflow', () => {
  it('saves a draft and replaces it only with the version read', async () => {
    const saved = await saveMonthlyReport(as(reporterOf(zone)), draft('2014-10'));
    expect(saved).toMatchObject({ status: 'DRAFT', version: 1, createdBy: `填报员-${zone}` });
    expect(saved.projects).toMatchObject([{ projectId: project.id, investmentWan: 1200 }]);
    const stale = await refusal(saveMonthlyReport(as(reporterOf(zone)), draft('2014-10')));
    expect(stale.code).toBe('STALE_VERSION');
    const again = await saveMonthlyReport(
      as(reporterOf(zone)),
      draft('2014-10', { version: 1, projects: [] }),
    );
    expect(again).toMatchObject({ version: 2, projects: [] });
  });

  it('refuses another zone’s reporter, viewers and inspectors, writing nothing', async () => {
    const before = await selectRows(atlas.db, sql`SELECT count(*)::int AS n FROM monthly_reports`);
    for (const actor of [
      reporterOf(otherZone),
      { name: 'v', role: 'viewer', authenticated: true } as Actor,
      { name: 'i', role: 'inspector', authenticated: true } as Actor,
    ]) {
      const e = await refusal(saveMonthlyReport(as(actor), draft('2014-11')));
      expect(e.code).toBe('FORBIDDEN');
    }
    const anonymous = await refusal(
      saveMonthlyReport(as({ name: 'anonymous', role: 'viewer', authenticated: false }), draft('2014-11')),
    );
    expect(anonymous.code).toBe('UNAUTHENTICATED');
    expect(await selectRows(atlas.db, sql`SELECT count(*)::int AS n FROM monthly_reports`)).toEqual(before);
  });

  it('refuses lines naming another zone’s project, naming the row and field', async () => {
    const [foreign] = await selectRows<{ id: string }>(
      atlas.db,
      sql`SELECT id FROM projects WHERE zone_code <> ${zone} LIMIT 1`,
    );
    const e = await refusal(
      saveMonthlyReport(
        as(reporterOf(zone)),
        draft('2014-11', { projects: [{ projectId: foreign?.id ?? '', investmentWan: 1 }] }),
      ),
    );
    expect(e.code).toBe('BAD_INPUT');
    expect(problemsOf(e)).toEqual(['projects[0]|projectId']);
    expect(e.message).toContain(`${foreign?.id} 不是本园区(${zone})的记录`);
  });

  it('lists every problem of a draft at once, each naming the project and the field', async () => {
    const e = await refusal(
      saveMonthlyReport(
        as(reporterOf(zone)),
        draft('2014-11', {
          projects: [
            { projectId: project.id, investmentWan: -5, status: 'COMPLETED', statusChangedOn: '2014-12-02' },
          ],
          nodes: [{ projectId: project.id, node: 'LAND', actualOn: '2014-10-31' }],
          works: [
            {
              kind: 'RELOCATION_SITE',
              entityId: site.id,
              progressPercent: 120,
              unitsStarted: 3,
              unitsCompleted: 5,
            },
          ],
        }),
      ),
    );
    expect(problemsOf(e)).toEqual([
      `${project.name}|investmentWan`,
      `${project.name}|statusChangedOn`,
      `${project.name} 用地 LAND|actualOn`,
      `${site.name}|progressPercent`,
      `${site.name}|unitsCompleted`,
    ]);
    expect(e.message).toMatch(/^月报有 5 处问题 \/ The report has 5 problems: /);
    expect(e.message).toContain(
      `「${project.name}」本月完成投资:不能为负 / "${project.name}" investmentWan: must not be negative`,
    );
  });

  it('checks against the records on submit: status backwards, over the total, node order, units and households', async () => {
    const total = Math.round(project.investment_yi * 10000);
    const reached = (
      await selectRows<{ node: ProjectNode }>(
        atlas.db,
        sql`SELECT node FROM project_nodes WHERE project_id = ${project.id} AND actual_on IS NOT NULL`,
      )
    ).map((n) => n.node);
    const [earlier, later] = PROJECT_NODES.filter((n) => !reached.includes(n)).slice(-2) as [
      ProjectNode,
      ProjectNode,
    ];
    const again = reached[0];
    const saved = await saveMonthlyReport(
      as(reporterOf(zone)),
      draft('2014-11', {
        projects: [
          {
            projectId: project.id,
            investmentWan: total + 1,
            status: 'SIGNED',
            statusChangedOn: '2014-11-03',
          },
        ],
        nodes: [
          { projectId: project.id, node: later, actualOn: '2014-11-02' },
          { projectId: project.id, node: earlier, actualOn: '2014-11-05' },
          ...(again ? [{ projectId: project.id, node: again, actualOn: '2014-11-06' }] : []),
        ],
        works: [
          {
            kind: 'RELOCATION_SITE',
            entityId: site.id,
            unitsStarted: site.units_planned + 1,
            householdsMoved: site.households + 1,
          },
        ],
      }),
    );
    const e = await refusal(submitMonthlyReport(as(reporterOf(zone)), saved.id, saved.version));
    const node = (n: ProjectNode) => `${project.name} ${NODE_ZH[n]} ${n}`;
    expect(problemsOf(e).sort()).toEqual(
      [
        `${project.name}|status`,
        `${project.name}|overTotalReason`,
        `${node(later)}|actualOn`,
        `${node(earlier)}|actualOn`,
        ...(again ? [`${node(again)}|node`] : []),
        `${site.name}|unitsStarted`,
        `${site.name}|householdsMoved`,
      ].sort(),
    );
    expect((await getMonthlyReport(as(planner), zone, '2014-11'))?.status).toBe('DRAFT');
  });

  it('moves DRAFT → SUBMITTED → RETURNED → SUBMITTED → ACCEPTED, refusing every other move', async () => {
    const reporter = as(reporterOf(zone));
    const saved = await saveMonthlyReport(reporter, draft('2014-12'));
    const early = await refusal(
      reviewMonthlyReport(as(planner), saved.id, saved.version, { decision: 'ACCEPT' }),
    );
    expect(early.message).toContain('only a SUBMITTED report');
    const submitted = await submitMonthlyReport(
      reporter,
      saved.id,
      saved.version,
      new Date('2015-01-03T02:00:00Z'),
    );
    expect(submitted).toMatchObject({ status: 'SUBMITTED', submittedBy: `填报员-${zone}` });
    expect(
      (await refusal(saveMonthlyReport(reporter, draft('2014-12', { version: submitted.version })))).message,
    ).toContain('can no longer be changed');
    expect((await refusal(submitMonthlyReport(reporter, submitted.id, submitted.version))).code).toBe(
      'BAD_INPUT',
    );
    const byReporter = await refusal(
      reviewMonthlyReport(reporter, submitted.id, submitted.version, { decision: 'RETURN', reason: '自审' }),
    );
    expect(byReporter.code).toBe('FORBIDDEN');
    expect(
      (
        await refusal(
          reviewMonthlyReport(as(planner), submitted.id, submitted.version, {
            decision: 'RETURN',
            reason: ' ',
          }),
        )
      ).code,
    ).toBe('BAD_INPUT');
    const returned = await reviewMonthlyReport(as(planner), submitted.id, submitted.version, {
      decision: 'RETURN',
      reason: '投资额与台账不符',
    });
    expect(returned).toMatchObject({
      status: 'RETURNED',
      returnReason: '投资额与台账不符',
      reviewedBy: '市发改委',
    });
    const fixed = await saveMonthlyReport(
      reporter,
      draft('2014-12', { version: returned.version, fixedAssetInvestmentWan: 60_000 }),
    );
    expect(fixed.status).toBe('RETURNED');
    const resubmitted = await submitMonthlyReport(
      reporter,
      fixed.id,
      fixed.version,
      new Date('2015-01-09T02:00:00Z'),
    );
    // The first submission's time stands: returned and resubmitted late, it is still on time.
    expect(resubmitted.submittedAt?.toISOString()).toBe('2015-01-03T02:00:00.000Z');
    const accepted = await reviewMonthlyReport(as(planner), resubmitted.id, resubmitted.version, {
      decision: 'ACCEPT',
    });
    expect(accepted.status).toBe('ACCEPTED');
    expect(
      (await refusal(reviewMonthlyReport(as(planner), accepted.id, accepted.version, { decision: 'ACCEPT' })))
        .code,
    ).toBe('BAD_INPUT');
    expect(
      (await refusal(saveMonthlyReport(reporter, draft('2014-12', { version: accepted.version })))).code,
    ).toBe('BAD_INPUT');
    const audit = await selectRows<{ action: string }>(
      atlas.db,
      sql`SELECT action FROM audit_log WHERE entity = 'monthly_report' AND entity_id = ${String(saved.id)} ORDER BY id`,
    );
    expect(audit.map((a) => a.action)).toEqual(['CREATE', 'SUBMIT', 'RETURN', 'UPDATE', 'SUBMIT', 'ACCEPT']);
  });

  it('counts figures only once accepted, and never a returned report’s', async () => {
    const reporter = as(reporterOf(zone));
    const demoMonths = await listMonthlyReports(as(planner), { zoneCode: zone, status: 'ACCEPTED' });
    expect(demoMonths.filter((r) => r.demo).map((r) => r.month)).toEqual(
      ['01', '02', '03', '04', '05', '06', '07', '08'].map((m) => `2014-${m}`),
    );
    const demoBefore = await zoneInvestment();
    const completedBefore = (await completedOfZone())?.completedWan ?? 0;
    const saved = await saveMonthlyReport(
      reporter,
      draft('2014-09', {
        fixedAssetInvestmentWan: 70_000,
        projects: [
          { projectId: project.id, investmentWan: 2_500, status: 'COMPLETED', statusChangedOn: '2014-09-20' },
        ],
        works: [{ kind: 'RELOCATION_SITE', entityId: site.id, progressPercent: 40 }],
      }),
    );
    const submitted = await submitMonthlyReport(reporter, saved.id, saved.version);
    expect(await zoneInvestment()).toEqual(demoBefore);
    expect((await completedOfZone())?.completedWan ?? 0).toBe(completedBefore);

    const returned = await reviewMonthlyReport(as(planner), submitted.id, submitted.version, {
      decision: 'RETURN',
      reason: '缺附件',
    });
    expect(await zoneInvestment()).toEqual(demoBefore);
    expect((await completedOfZone())?.completedWan ?? 0).toBe(completedBefore);

    const again = await submitMonthlyReport(reporter, returned.id, returned.version);
    const accepted = await reviewMonthlyReport(as(planner), again.id, again.version, { decision: 'ACCEPT' });
    // The accepted months displace the zone's demo rows, demo months included: only what the zone
    // reported counts now (September's 7亿 and December's 6亿).
    expect(await zoneInvestment()).toEqual({ value: 7 + 6, kinds: ['REPORTED'] });
    const completed = await completedOfZone();
    expect(completed?.completedWan).toBe(completedBefore + 2_500);
    const [p] = await selectRows<{ status: string }>(
      atlas.db,
      sql`SELECT status FROM projects WHERE id = ${project.id}`,
    );
    expect(p?.status).toBe('COMPLETED');
    const [change] = await selectRows<{ source_kind: string; source_citation: string }>(
      atlas.db,
      sql`SELECT source_kind, source_citation FROM project_status_changes WHERE project_id = ${project.id} AND status = 'COMPLETED'`,
    );
    expect(change).toEqual({
      source_kind: 'REPORTED',
      source_citation: `月报 ${zone} 2014-09 #${accepted.id},市发改委 采纳`,
    });
    const [s] = await selectRows<{ progress_percent: number }>(
      atlas.db,
      sql`SELECT progress_percent FROM relocation_sites WHERE id = ${site.id}`,
    );
    expect(s?.progress_percent).toBe(40);
  });

  it('shows on the board who is on time, late, missing, returned, in draft or awaiting review', async () => {
    const month = '2015-02';
    const zones = (
      await selectRows<{ code: string }>(atlas.db, sql`SELECT code FROM zones ORDER BY code`)
    ).map((z) => z.code);
    const [onTime, late, returned, drafted, waiting] = zones;
    const send = async (code: string | undefined, at: string) => {
      const r = await saveMonthlyReport(as(reporterOf(code ?? '')), {
        ...draft(month),
        zoneCode: code ?? '',
        projects: [],
      });
      return submitMonthlyReport(as(reporterOf(code ?? '')), r.id, r.version, new Date(at));
    };
    const a = await send(onTime, '2015-03-05T15:00:00Z'); // 23:00 on the 5th in Zhoukou
    await reviewMonthlyReport(as(planner), a.id, a.version, { decision: 'ACCEPT' });
    const b = await send(late, '2015-03-05T16:30:00Z'); // 00:30 on the 6th
    await reviewMonthlyReport(as(planner), b.id, b.version, { decision: 'ACCEPT' });
    const c = await send(returned, '2015-03-01T00:00:00Z');
    await reviewMonthlyReport(as(planner), c.id, c.version, { decision: 'RETURN', reason: '数据缺项' });
    await saveMonthlyReport(as(reporterOf(drafted ?? '')), {
      ...draft(month),
      zoneCode: drafted ?? '',
      projects: [],
    });
    await send(waiting, '2015-03-02T00:00:00Z');

    const states = async (now: string, actor: Actor = planner) =>
      Object.fromEntries(
        (await reportingBoard(as(actor), month, { deadlineDay: 5 }, new Date(now))).map((r) => [
          r.zoneCode,
          r.state,
        ]),
      );
    const before = await states('2015-03-04T00:00:00Z');
    expect(before).toMatchObject({
      [onTime as string]: 'ON_TIME',
      [late as string]: 'LATE',
      [returned as string]: 'RETURNED',
      [drafted as string]: 'DRAFT',
      [waiting as string]: 'SUBMITTED',
    });
    expect(Object.keys(before)).toHaveLength(10);
    expect(Object.values(before).filter((s) => s === 'MISSING')).toHaveLength(5);
    const after = await states('2015-03-06T00:00:00Z');
    expect(after[drafted as string]).toBe('MISSING');
    const board = await reportingBoard(
      as({ name: 'v', role: 'viewer', authenticated: false }),
      month,
      { deadlineDay: 5 },
      new Date('2015-03-06T00:00:00Z'),
    );
    // A viewer sees every zone's state but only accepted reports.
    expect(
      board
        .filter((r) => r.report)
        .map((r) => r.zoneCode)
        .sort(),
    ).toEqual([onTime, late].sort());
    expect(board.find((r) => r.zoneCode === late)?.report?.late).toBe(true);
    expect(board[0]?.deadline).toBe('2015-03-05');
  });

  it('lets only the zone’s reporter, planners and admins read what is not accepted', async () => {
    const viewer: Actor = { name: 'v', role: 'viewer', authenticated: false };
    expect(await getMonthlyReport(as(viewer), zone, '2014-11')).toBeNull();
    expect(await getMonthlyReport(as(reporterOf(otherZone)), zone, '2014-11')).toBeNull();
    expect((await getMonthlyReport(as(reporterOf(zone)), zone, '2014-11'))?.status).toBe('DRAFT');
    expect((await getMonthlyReport(as(viewer), zone, '2014-09'))?.status).toBe('ACCEPTED');
    const seen = await listMonthlyReports(as(reporterOf(otherZone)), { zoneCode: zone });
    expect(seen.every((r) => r.status === 'ACCEPTED')).toBe(true);
    expect((await refusal(listMonthlyReports(as(viewer), { month: '2014-13' }))).message).toContain(
      '"2014-13"',
    );
  });
});
