import { selectRows } from '@atlas/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApi, TOKENS } from './harness';

let api: ApiHarness;
const P = 'demo-project-001';
let zone: string;

const rows = <T>(query: ReturnType<typeof sql>) => selectRows<T>(api.atlas.db, query);

/** Accepted (or other) monthly reports of the project's zone, each with one line for the project. */
async function report(month: string, investmentWan: number, status = 'ACCEPTED') {
  const [r] = await rows<{ id: number }>(
    sql`INSERT INTO monthly_reports (zone_code, month, status, created_by)
        VALUES (${zone}, ${month}, ${status}, 'test') RETURNING id`,
  );
  await rows(
    sql`INSERT INTO monthly_report_projects (report_id, project_id, investment_wan)
        VALUES (${r?.id}, ${P}, ${investmentWan}) RETURNING report_id`,
  );
}

beforeAll(async () => {
  api = await startApi();
  const [p] = await rows<{ zone_code: string }>(sql`SELECT zone_code FROM projects WHERE id = ${P}`);
  zone = p?.zone_code as string;
  // A clean slate for one project: its zone's reports and its own nodes and problems are this suite's.
  await rows(sql`DELETE FROM monthly_reports WHERE zone_code = ${zone} RETURNING id`);
  await rows(sql`DELETE FROM project_nodes WHERE project_id = ${P} RETURNING node`);
  await rows(sql`DELETE FROM project_problems WHERE project_id = ${P} RETURNING id`);
  await report('2014-07', 1500);
  await report('2014-08', 2000);
  await report('2014-09', 2415);
  await report('2014-10', 2000);
  await report('2014-11', 5000, 'SUBMITTED');
});
afterAll(() => api?.stop());

type Row = {
  project: { id: string };
  plannedWan: number | null;
  completedWan: number;
  cumulativeWan: number;
  percentOfPlan: number | null;
  timeProgressPercent: number;
  pointsAhead: number | null;
  flag: string | null;
  completedSource: string | null;
  planSource: { kind: string } | null;
  overdueNodes: { node: string; plannedOn: string; overdue: boolean }[];
  overdueProblems: number;
  responsible: { leaderName: string } | null;
};
const ROW = `project { id } plannedWan completedWan cumulativeWan percentOfPlan timeProgressPercent pointsAhead flag
  completedSource planSource { kind } overdueNodes { node plannedOn overdue } overdueProblems responsible { leaderName }`;
const LEDGER = `query($asOf: Date, $zoneCode: ID, $flag: TimeProgressFlag, $overdue: Boolean) {
  projectLedger(year: 2014, asOf: $asOf, zoneCode: $zoneCode, flag: $flag, overdue: $overdue) { ${ROW} } }`;
const SET_PLAN = `mutation($plannedWan: Float!) { setProjectAnnualPlan(projectId: "${P}", year: 2014, plannedWan: $plannedWan) { ${ROW} } }`;
const SET_NODE = `mutation($node: ProjectNode!, $plannedOn: Date, $actualOn: Date) {
  setProjectNodePlan(projectId: "${P}", node: $node, plannedOn: $plannedOn, actualOn: $actualOn) { node plannedOn actualOn overdue provenance { kind } } }`;

async function ledger(variables: Record<string, unknown>) {
  const res = await api.gql<{ projectLedger: Row[] }>(LEDGER, variables);
  expect(res.errors).toBeUndefined();
  return res.data?.projectLedger ?? [];
}
const rowOf = async (asOf: string) =>
  (await ledger({ asOf, zoneCode: zone })).find((r) => r.project.id === P);

describe('the project ledger against time progress', () => {
  it('serves the thresholds as data, with their provenance', async () => {
    const res = await api.gql<{ timeProgressThresholds: unknown[] }>(
      '{ timeProgressThresholds { flag minPointsAhead description provenance { kind } } }',
    );
    expect(res.data?.timeProgressThresholds).toEqual([
      {
        flag: 'GREEN',
        minPointsAhead: 0,
        description: expect.any(String),
        provenance: { kind: 'APPROXIMATE' },
      },
      {
        flag: 'YELLOW',
        minPointsAhead: -10,
        description: expect.any(String),
        provenance: { kind: 'APPROXIMATE' },
      },
      {
        flag: 'RED',
        minPointsAhead: null,
        description: expect.any(String),
        provenance: { kind: 'APPROXIMATE' },
      },
    ]);
  });

  it('reproduces 完成年度计划的79.15%, 快于时间进度4.15个百分点 for a project starting 1 July', async () => {
    const started = await api.gql(
      SET_NODE,
      { node: 'STARTED', plannedOn: '2014-07-01', actualOn: '2014-07-05' },
      TOKENS.planner,
    );
    expect(started.errors).toBeUndefined();
    const set = await api.gql<{ setProjectAnnualPlan: Row }>(SET_PLAN, { plannedWan: 10000 }, TOKENS.planner);
    expect(set.errors).toBeUndefined();
    expect(set.data?.setProjectAnnualPlan).toMatchObject({
      plannedWan: 10000,
      planSource: { kind: 'SURVEYED' },
    });
    // 15 November: 138 of the 184 days from 1 July are gone (75.00%); July–October are reported.
    expect(await rowOf('2014-11-15')).toMatchObject({
      plannedWan: 10000,
      completedWan: 7915,
      cumulativeWan: 7915,
      percentOfPlan: 79.15,
      timeProgressPercent: 75,
      pointsAhead: 4.15,
      flag: 'GREEN',
      completedSource: 'REPORTED',
    });
  });

  it('counts a month once it has ended and never a report that is not accepted', async () => {
    // 30 November: November's report is only submitted, so the figure stays at July–October.
    expect(await rowOf('2014-11-30')).toMatchObject({ completedWan: 7915 });
    // October has 31 days: on the 30th only July–September count.
    const oct30 = await rowOf('2014-10-30');
    expect(oct30).toMatchObject({ completedWan: 5915, percentOfPlan: 59.15 });
    // 122 of 184 days: 66.30%; 59.15 − 66.30 = −7.15 points: a little behind.
    expect(oct30).toMatchObject({ timeProgressPercent: 66.3, pointsAhead: -7.15, flag: 'YELLOW' });
    expect(await rowOf('2014-09-29')).toMatchObject({ completedWan: 3500, flag: 'RED' });
  });

  it('flags a node overdue once its planned day has passed unreached, and keeps the nodes in order', async () => {
    const set = await api.gql(SET_NODE, { node: 'COMPLETED', plannedOn: '2014-10-01' }, TOKENS.planner);
    expect(set.errors).toBeUndefined();
    expect((await rowOf('2014-11-15'))?.overdueNodes).toEqual([
      { node: 'COMPLETED', plannedOn: '2014-10-01', overdue: true },
    ]);
    expect((await rowOf('2014-09-30'))?.overdueNodes).toEqual([]);
    const early = await api.gql(SET_NODE, { node: 'SIGNED', plannedOn: '2014-08-01' }, TOKENS.planner);
    expect(early.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(early.errors?.[0]?.message).toMatch(/SIGNED.*STARTED/);
    const reached = await api.gql(SET_NODE, { node: 'COMPLETED', actualOn: '2014-11-10' }, TOKENS.planner);
    expect(reached.errors).toBeUndefined();
    expect((await rowOf('2014-11-15'))?.overdueNodes).toEqual([]);
    // At the end of October it had not been reached yet.
    expect((await rowOf('2014-10-31'))?.overdueNodes.map((n) => n.node)).toEqual(['COMPLETED']);
  });

  it('filters by zone, flag and overdue', async () => {
    const red = await ledger({ asOf: '2014-09-30', flag: 'RED' });
    expect(red.length).toBeGreaterThan(0);
    expect(red.every((r) => r.flag === 'RED' && (r.pointsAhead as number) < -10)).toBe(true);
    const own = await ledger({ asOf: '2014-09-30', zoneCode: zone });
    const [{ n }] = (await rows<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM projects WHERE zone_code = ${zone}`,
    )) as [{ n: number }];
    expect(own).toHaveLength(n);
    const overdue = await ledger({ asOf: '2014-09-30', overdue: true });
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.every((r) => r.overdueNodes.length > 0 || r.overdueProblems > 0)).toBe(true);
    const page = await api.gql<{ projectLedger: Row[] }>(
      `{ projectLedger(year: 2014, asOf: "2014-09-30", first: 2, after: "${own[0]?.project.id}") { project { id } } }`,
    );
    expect(page.data?.projectLedger.map((r) => r.project.id)).toEqual(
      own.slice(1, 3).map((r) => r.project.id),
    );
    const notOverdue = await ledger({ asOf: '2014-09-30', overdue: false });
    expect(overdue.length + notOverdue.length).toBe((await ledger({ asOf: '2014-09-30' })).length);
  });

  it('names who answers for every demo project of 10 亿元 and more', async () => {
    const all = await ledger({ asOf: '2014-09-30' });
    const big = await rows<{ id: string }>(sql`SELECT id FROM projects WHERE investment_yi >= 10`);
    expect(big.length).toBeGreaterThan(0);
    for (const { id } of big) expect(all.find((r) => r.project.id === id)?.responsible).not.toBeNull();
  });

  it('refuses the ledger writes to a viewer and an anonymous caller, writing nothing', async () => {
    const before = await rowOf('2014-11-15');
    expect((await api.gql(SET_PLAN, { plannedWan: 1 }, TOKENS.viewer)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await api.gql(SET_PLAN, { plannedWan: 1 })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    const responsible = `mutation { setProjectResponsible(projectId: "${P}", leaderName: "张三", responsibleUnit: "某局") { leaderName } }`;
    expect((await api.gql(responsible, {}, TOKENS.inspector)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect(
      (await api.gql(SET_NODE, { node: 'LAND', plannedOn: '2014-05-01' }, TOKENS.viewer)).errors?.[0]
        ?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect(await rowOf('2014-11-15')).toEqual(before);
    expect((await api.gql(SET_PLAN, { plannedWan: -5 }, TOKENS.planner)).errors?.[0]?.message).toMatch(
      /plannedWan/,
    );
  });

  it('audits every ledger write and bumps the data version', async () => {
    const [v0] = await rows<{ version: number }>(sql`SELECT version::float8 AS version FROM data_version`);
    const set = await api.gql<{ setProjectResponsible: unknown }>(
      `mutation { setProjectResponsible(projectId: "${P}", leaderName: "示例测试领导", leaderTitle: "副市长", leaderBody: GOVERNMENT, responsibleUnit: "示例测试单位") { leaderName leaderBody responsibleUnit provenance { kind } } }`,
      {},
      TOKENS.admin,
    );
    expect(set.data?.setProjectResponsible).toEqual({
      leaderName: '示例测试领导',
      leaderBody: 'GOVERNMENT',
      responsibleUnit: '示例测试单位',
      provenance: { kind: 'SURVEYED' },
    });
    const [v1] = await rows<{ version: number }>(sql`SELECT version::float8 AS version FROM data_version`);
    expect(v1?.version).toBe((v0?.version ?? 0) + 1);
    const audit = await rows<{ entity: string; entity_id: string }>(
      sql`SELECT entity, entity_id FROM audit_log WHERE entity IN ('project_annual_plan', 'project_node', 'project_responsible') ORDER BY id`,
    );
    expect(audit.map((a) => a.entity)).toEqual([
      'project_node',
      'project_annual_plan',
      'project_node',
      'project_node',
      'project_responsible',
    ]);
    expect(audit[1]?.entity_id).toBe(`${P}:2014`);
    const project = await api.gql<{
      project: {
        responsible: { leaderName: string };
        annualPlanWan: number;
        completedWan: number;
        nodes: { node: string }[];
      };
    }>(
      `{ project(id: "${P}") { responsible { leaderName } annualPlanWan(year: 2014) completedWan nodes { node } } }`,
    );
    expect(project.data?.project).toEqual({
      responsible: { leaderName: '示例测试领导' },
      annualPlanWan: 10000,
      completedWan: 7915,
      nodes: [{ node: 'STARTED' }, { node: 'COMPLETED' }],
    });
  });

  it('sums each zone against the share of the year gone, marking demo figures', async () => {
    const res = await api.gql<{
      zoneTimeProgress: {
        zone: { code: string };
        plannedWan: number;
        completedWan: number;
        timeProgressPercent: number;
        demo: boolean;
        flag: string | null;
      }[];
    }>(
      '{ zoneTimeProgress(year: 2014, asOf: "2014-09-30") { zone { code } plannedWan completedWan timeProgressPercent demo flag } }',
    );
    expect(res.errors).toBeUndefined();
    const zones = res.data?.zoneTimeProgress ?? [];
    expect(zones).toHaveLength(10);
    expect(zones.every((z) => z.timeProgressPercent === 74.79)).toBe(true);
    const [{ planned }] = (await rows<{ planned: number }>(
      sql`SELECT sum(planned_wan)::float8 AS planned FROM project_annual_plans a JOIN projects p ON p.id = a.project_id
           WHERE a.year = 2014 AND p.zone_code = ${zone}`,
    )) as [{ planned: number }];
    const own = zones.find((z) => z.zone.code === zone);
    expect(own?.plannedWan).toBeCloseTo(planned, 2);
    expect(own?.completedWan).toBe(5915);
    expect(own?.demo).toBe(true);
  });

  it('lists the red list at a month’s end: RED projects, overdue nodes and problems per zone', async () => {
    const res = await api.gql<{
      redList: {
        zone: { code: string };
        behindProjects: { flag: string; project: { zone: { code: string } } }[];
        overdueNodes: { node: { plannedOn: string; actualOn: string | null; overdue: boolean } }[];
        overdueProblems: { dueOn: string; status: string; overdue: boolean }[];
      }[];
    }>(`{ redList(month: "2014-09") { zone { code } behindProjects { flag project { zone { code } } }
          overdueNodes { node { plannedOn actualOn overdue } } overdueProblems { dueOn status overdue } } }`);
    expect(res.errors).toBeUndefined();
    const list = res.data?.redList ?? [];
    expect(list).toHaveLength(10);
    for (const z of list) {
      expect(z.behindProjects.every((b) => b.flag === 'RED' && b.project.zone.code === z.zone.code)).toBe(
        true,
      );
      for (const n of z.overdueNodes) {
        expect(n.node.plannedOn < '2014-09-30').toBe(true);
        expect(n.node.actualOn === null || n.node.actualOn > '2014-09-30').toBe(true);
      }
      expect(z.overdueProblems.every((p) => p.dueOn < '2014-09-30')).toBe(true);
    }
    expect(list.flatMap((z) => z.behindProjects).length).toBeGreaterThan(0);
    expect(list.flatMap((z) => z.overdueNodes).length).toBeGreaterThan(0);
    expect(list.flatMap((z) => z.overdueProblems).length).toBeGreaterThan(0);
    const bad = await api.gql('{ redList(month: "2014-9") { zone { code } } }');
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toContain('2014-9');
  });
});
