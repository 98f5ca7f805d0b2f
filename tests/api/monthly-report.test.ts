import { selectRows } from '@atlas/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApi, TOKENS } from './harness';

const REPORT_FIELDS = `id month status version late deadline demo fixedAssetInvestmentWan createdBy submittedAt
  submittedBy reviewedBy returnReason zone { code }
  projects { project { id name } investmentWan cumulativeWan status statusChangedOn progressText }
  nodes { project { id } node actualOn }
  works { kind entityId name progressPercent unitsStarted unitsCompleted householdsMoved }`;

const SAVE = `mutation($input: MonthlyReportInput!) { saveMonthlyReport(input: $input) { ${REPORT_FIELDS} } }`;
const SUBMIT = `mutation($id: ID!, $v: Int!) { submitMonthlyReport(id: $id, version: $v) { ${REPORT_FIELDS} } }`;
const ACCEPT = `mutation($id: ID!, $v: Int!) { acceptMonthlyReport(id: $id, version: $v) { ${REPORT_FIELDS} } }`;
const RETURN = `mutation($id: ID!, $v: Int!, $r: String!) { returnMonthlyReport(id: $id, version: $v, reason: $r) { ${REPORT_FIELDS} } }`;
const READ = `query($z: ID!, $m: String!) { monthlyReport(zoneCode: $z, month: $m) { ${REPORT_FIELDS} } }`;
const BOARD = `query($m: String!) { reportingBoard(month: $m) { zone { code } month state deadline report { id status late } } }`;
const FIGURES = `{
  planTargets(year: 2014) { metric actual actualSource scope }
  projectTotals(groupBy: ZONE) { key completedWan completedSource }
}`;

interface Report {
  id: string;
  status: string;
  version: number;
  late: boolean;
  deadline: string;
  projects: { project: { id: string; name: string }; investmentWan: number; cumulativeWan: number }[];
  works: { name: string; unitsStarted: number | null }[];
  [k: string]: unknown;
}
interface Figures {
  planTargets: { metric: string; actual: number | null; actualSource: string | null; scope: string }[];
  projectTotals: { key: string; completedWan: number; completedSource: string | null }[];
}

let h: ApiHarness;
let reporter: string;
let otherReporter: string;
const zone = 'taikang';
let projectId: string;
let projectName: string;
let siteId: string;

beforeAll(async () => {
  h = await startApi();
  reporter = await h.signIn({ username: 'taikang-reporter', role: 'zone_reporter', zoneCode: zone });
  otherReporter = await h.signIn({
    username: 'shenqiu-reporter',
    role: 'zone_reporter',
    zoneCode: 'shenqiu',
  });
  const found = await h.gql<{
    zone: { projects: { id: string; name: string; status: string }[] };
    relocationSites: { id: string; zoneCode: string }[];
  }>(`{ zone(code: "${zone}") { projects { id name status } } relocationSites { id zoneCode } }`);
  const started = found.data?.zone.projects.find((p) => p.status === 'STARTED');
  if (!started) throw new Error(`no started project in ${zone}: ${JSON.stringify(found.errors)}`);
  projectId = started.id;
  projectName = started.name;
  siteId = found.data?.relocationSites.find((s) => s.zoneCode === zone)?.id ?? '';
});
afterAll(() => h?.stop());

const september = (more: Record<string, unknown> = {}) => ({
  zoneCode: zone,
  month: '2014-09',
  fixedAssetInvestmentWan: 85_000,
  mainBusinessRevenueWan: 120_000,
  projects: [{ projectId, investmentWan: 3_000, progressText: '主体结构完成' }],
  nodes: [],
  works: [],
  ...more,
});

const figures = async () => {
  const r = await h.gql<Figures>(FIGURES);
  expect(r.errors).toBeUndefined();
  return {
    investment: r.data?.planTargets.find(
      (t) => t.metric === 'fixed_asset_investment' && t.scope === 'ALL_ZONES',
    ),
    completed: r.data?.projectTotals.find((t) => t.key === zone),
  };
};

describe('the monthly report over GraphQL', () => {
  it('has the demo zones’ January–August reports accepted, and September missing everywhere', async () => {
    const august = await h.gql<{ reportingBoard: { state: string; report: { status: string } | null }[] }>(
      BOARD,
      {
        m: '2014-08',
      },
    );
    expect(august.data?.reportingBoard).toHaveLength(10);
    expect(
      august.data?.reportingBoard.every(
        (r) => ['ON_TIME', 'LATE'].includes(r.state) && r.report?.status === 'ACCEPTED',
      ),
    ).toBe(true);
    const september = await h.gql<{ reportingBoard: { state: string; deadline: string }[] }>(BOARD, {
      m: '2014-09',
    });
    expect(september.data?.reportingBoard.map((r) => r.state)).toEqual(Array(10).fill('MISSING'));
    expect(september.data?.reportingBoard[0]?.deadline).toBe('2014-10-05');
  });

  it('refuses a malformed month, naming it', async () => {
    const r = await h.gql(BOARD, { m: '2014-9' });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toContain('"2014-9"');
  });

  it('keeps a draft to its zone: another zone’s reporter can neither write nor read it', async () => {
    const foreign = await h.gql(SAVE, { input: september() }, otherReporter);
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const saved = await h.gql<{ saveMonthlyReport: Report }>(SAVE, { input: september() }, reporter);
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.saveMonthlyReport).toMatchObject({
      status: 'DRAFT',
      version: 1,
      createdBy: 'taikang-reporter',
    });
    expect(saved.data?.saveMonthlyReport.projects[0]).toMatchObject({
      project: { id: projectId },
      investmentWan: 3000,
    });
    for (const token of [otherReporter, TOKENS.viewer, undefined]) {
      const read = await h.gql<{ monthlyReport: Report | null }>(READ, { z: zone, m: '2014-09' }, token);
      expect(read.data?.monthlyReport).toBeNull();
    }
    const own = await h.gql<{ monthlyReport: Report | null }>(READ, { z: zone, m: '2014-09' }, reporter);
    expect(own.data?.monthlyReport?.status).toBe('DRAFT');
    const asPlanner = await h.gql<{ monthlyReport: Report | null }>(
      READ,
      { z: zone, m: '2014-09' },
      TOKENS.planner,
    );
    expect(asPlanner.data?.monthlyReport?.status).toBe('DRAFT');
  });

  it('refuses a submission with every problem named by row and field', async () => {
    const current = await h.gql<{ monthlyReport: Report }>(READ, { z: zone, m: '2014-09' }, reporter);
    const bad = await h.gql<{ saveMonthlyReport: Report }>(
      SAVE,
      {
        input: september({
          version: current.data?.monthlyReport.version,
          projects: [{ projectId, investmentWan: 3_000, status: 'SIGNED', statusChangedOn: '2014-09-10' }],
          works: siteId ? [{ kind: 'RELOCATION_SITE', entityId: siteId, householdsMoved: 1_000_000 }] : [],
        }),
      },
      reporter,
    );
    const report = bad.data?.saveMonthlyReport as Report;
    const refused = await h.gql(SUBMIT, { id: report.id, v: report.version }, reporter);
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const problems = refused.errors?.[0]?.extensions?.problems as { row: string; field: string }[];
    expect(problems.map((p) => `${p.row}|${p.field}`)).toEqual([
      `${projectName}|status`,
      ...(siteId ? [`${report.works[0]?.name}|householdsMoved`] : []),
    ]);
    expect(refused.errors?.[0]?.message).toContain(`「${projectName}」项目状态`);
    expect(refused.errors?.[0]?.message).toContain(`"${projectName}" status: may only move forward`);
  });

  it('counts figures only once a planner accepts, never while submitted or returned', async () => {
    const before = await figures();
    const current = await h.gql<{ monthlyReport: Report }>(READ, { z: zone, m: '2014-09' }, reporter);
    const saved = await h.gql<{ saveMonthlyReport: Report }>(
      SAVE,
      { input: september({ version: current.data?.monthlyReport.version }) },
      reporter,
    );
    const draft = saved.data?.saveMonthlyReport as Report;
    const cumulative = draft.projects[0]?.cumulativeWan ?? 0;
    expect(cumulative).toBeGreaterThanOrEqual(3000);

    const submitted = (
      await h.gql<{ submitMonthlyReport: Report }>(SUBMIT, { id: draft.id, v: draft.version }, reporter)
    ).data?.submitMonthlyReport as Report;
    // Submitted long after 5 October 2014: late, and the board says so.
    expect(submitted).toMatchObject({ status: 'SUBMITTED', late: true, deadline: '2014-10-05' });
    expect(await figures()).toEqual(before);

    const byReporter = await h.gql(ACCEPT, { id: submitted.id, v: submitted.version }, reporter);
    expect(byReporter.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byInspector = await h.gql(ACCEPT, { id: submitted.id, v: submitted.version }, TOKENS.inspector);
    expect(byInspector.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const returned = (
      await h.gql<{ returnMonthlyReport: Report }>(
        RETURN,
        { id: submitted.id, v: submitted.version, r: '投资额与台账不符' },
        TOKENS.planner,
      )
    ).data?.returnMonthlyReport as Report;
    expect(returned).toMatchObject({
      status: 'RETURNED',
      returnReason: '投资额与台账不符',
      reviewedBy: 'planner',
    });
    expect(await figures()).toEqual(before);
    const stale = await h.gql(ACCEPT, { id: returned.id, v: returned.version }, TOKENS.planner);
    expect(stale.errors?.[0]?.message).toContain('only a SUBMITTED report');

    const fixed = (
      await h.gql<{ saveMonthlyReport: Report }>(
        SAVE,
        { input: september({ version: returned.version, fixedAssetInvestmentWan: 90_000 }) },
        reporter,
      )
    ).data?.saveMonthlyReport as Report;
    const again = (
      await h.gql<{ submitMonthlyReport: Report }>(SUBMIT, { id: fixed.id, v: fixed.version }, reporter)
    ).data?.submitMonthlyReport as Report;
    const accepted = await h.gql<{ acceptMonthlyReport: Report }>(
      ACCEPT,
      { id: again.id, v: again.version },
      TOKENS.planner,
    );
    expect(accepted.data?.acceptMonthlyReport).toMatchObject({ status: 'ACCEPTED', reviewedBy: 'planner' });

    const after = await figures();
    expect(after.completed?.completedWan).toBeCloseTo((before.completed?.completedWan ?? 0) + 3000, 2);
    // The zone's demo rows no longer stand behind the city-wide actual: its 9亿 September replaces them.
    expect(after.investment?.actual).not.toBe(before.investment?.actual);
    expect(after.investment?.actualSource).toBe('DEMO');
    const own = await selectRows<{
      metric: string;
      value: number;
      source_kind: string;
      source_citation: string;
    }>(
      h.atlas.db,
      sql`SELECT metric, value, source_kind, source_citation FROM progress_reports
          WHERE zone_code = ${zone} AND period = '2014M09' ORDER BY metric`,
    );
    expect(own).toEqual(
      ['fixed_asset_investment', 'main_business_revenue'].map((metric, i) => ({
        metric,
        value: [9, 12][i],
        source_kind: 'REPORTED',
        source_citation: `月报 ${zone} 2014-09 #${again.id},planner 采纳`,
      })),
    );

    const board = await h.gql<{
      reportingBoard: { zone: { code: string }; state: string; report: { late: boolean } | null }[];
    }>(BOARD, { m: '2014-09' });
    expect(board.data?.reportingBoard.find((r) => r.zone.code === zone)).toMatchObject({
      state: 'LATE',
      report: { late: true },
    });
    expect(board.data?.reportingBoard.filter((r) => r.state === 'MISSING')).toHaveLength(9);
  });

  it('lets nobody write REPORTED by hand: only accepting a report does', async () => {
    const forged = await h.gql(
      `mutation { recordProgressReport(input: { period: "2014M10", metric: "fixed_asset_investment", zoneCode: "${zone}",
        value: 1, provenance: { kind: REPORTED, citation: "月报 ${zone} 2014-10 #1,planner 采纳" } }) { id } }`,
      undefined,
      TOKENS.planner,
    );
    expect(forged.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(forged.errors?.[0]?.message).toContain('REPORTED');
  });

  it('lets anyone read an accepted report, and lists them by status', async () => {
    const read = await h.gql<{ monthlyReport: Report | null }>(READ, { z: zone, m: '2014-09' });
    expect(read.data?.monthlyReport?.status).toBe('ACCEPTED');
    const list = await h.gql<{ monthlyReports: { month: string; status: string; demo: boolean }[] }>(
      `{ monthlyReports(zoneCode: "${zone}") { month status demo } }`,
    );
    expect(list.data?.monthlyReports.map((r) => `${r.month} ${r.status} ${r.demo}`)).toEqual([
      ...['01', '02', '03', '04', '05', '06', '07', '08'].map((m) => `2014-${m} ACCEPTED true`),
      '2014-09 ACCEPTED false',
    ]);
  });
});
