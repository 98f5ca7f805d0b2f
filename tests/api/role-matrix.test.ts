import { atlasSchema } from '@atlas/api';
import { selectRows } from '@atlas/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, createTestUser, startApi, TEST_PASSWORD, TOKENS } from './harness';
import { writeFootprint } from './write-footprint';

/**
 * Every write the API offers, tried by every kind of caller: anonymous, a viewer, the zone
 * reporter of the zone the write is about (太康), a zone reporter of another zone (沈丘), a planner,
 * an inspector and an admin, all real users signed in. Each is allowed or refused as designed, and
 * a refusal writes nothing. A Mutation field without a row fails the suite.
 */
const WHO = ['anonymous', 'viewer', 'ownReporter', 'otherReporter', 'planner', 'inspector', 'admin'] as const;
type Who = (typeof WHO)[number];

const OWN_ZONE = 'taikang';
const OTHER_ZONE = 'shenqiu';
const USERS: Record<Exclude<Who, 'anonymous'>, { role: string; zoneCode?: string }> = {
  viewer: { role: 'viewer' },
  ownReporter: { role: 'zone_reporter', zoneCode: OWN_ZONE },
  otherReporter: { role: 'zone_reporter', zoneCode: OTHER_ZONE },
  planner: { role: 'planner' },
  inspector: { role: 'inspector' },
  admin: { role: 'admin' },
};
const usernameOf = (who: Who) => `m-${who.toLowerCase()}`;

/** One attempt: the operation, and the token to send when not the caller's own. */
interface Call {
  readonly query: string;
  readonly variables?: Record<string, unknown>;
  /** Overrides the caller's session (a fresh one for `logout`); null sends none. */
  readonly token?: string | null;
}

interface Row {
  readonly allowed: readonly Who[];
  /** The attempt, made afresh for each caller (current versions, a new month, a new problem). */
  readonly call: (who: Who, n: number) => Promise<Call> | Call;
}

const EVERYONE = WHO;
const SIGNED_IN = WHO.filter((w) => w !== 'anonymous');
const CITY_WIDE = ['planner', 'admin'] as const;
const OWN_ZONE_AND_CITY = ['ownReporter', 'planner', 'admin'] as const;
const SCORERS = ['inspector', 'admin'] as const;
const ADMIN = ['admin'] as const;

let api: ApiHarness;
const tokens = new Map<Who, string>();

const one = async <T>(query: ReturnType<typeof sql>) => (await selectRows<T>(api.atlas.db, query))[0] as T;
const adminGql = async <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) => {
  const answer = await api.gql<T>(query, variables, TOKENS.admin);
  if (answer.errors) throw new Error(`setting up: ${JSON.stringify(answer.errors)}`);
  return answer.data as T;
};

const POINT_IN_TAIKANG = { type: 'Point', coordinates: [114.85, 34.04] };
const newProject = (n: number) => ({
  name: `矩阵项目 ${n}`,
  zoneCode: OWN_ZONE,
  clusterCode: 'textile',
  investmentYi: 1.5,
  status: 'PLANNED',
  statusDate: '2014-08-01',
  geometry: POINT_IN_TAIKANG,
});

/** A project of the reporter's zone made for this attempt, so each caller finds it as new. */
async function freshProject(n: number): Promise<{ id: string; version: number }> {
  const data = await adminGql<{ createProject: { id: string; version: number } }>(
    'mutation($input: ProjectInput!) { createProject(input: $input) { id version } }',
    { input: newProject(1000 + n) },
  );
  return data.createProject;
}

const versionOf = (table: string, id: string) =>
  one<{ version: number }>(sql`SELECT version FROM ${sql.identifier(table)} WHERE id = ${id}`).then(
    (r) => r.version,
  );
const firstId = (table: string) =>
  one<{ id: string }>(sql`SELECT id FROM ${sql.identifier(table)} ORDER BY id LIMIT 1`).then((r) => r.id);

/** A month of its own for each attempt, so every report starts as a new draft. */
const monthOf = (n: number) =>
  `20${String(10 + Math.floor(n / 12)).padStart(2, '0')}-${String((n % 12) + 1).padStart(2, '0')}`;
const emptyReport = (n: number) => ({
  zoneCode: OWN_ZONE,
  month: monthOf(n),
  projects: [],
  nodes: [],
  works: [],
});
const SAVE =
  'mutation($input: MonthlyReportInput!) { saveMonthlyReport(input: $input) { id version status } }';
const SUBMIT =
  'mutation($id: ID!, $version: Int!) { submitMonthlyReport(id: $id, version: $version) { id version status } }';

async function draftReport(n: number) {
  return (
    await adminGql<{ saveMonthlyReport: { id: string; version: number } }>(SAVE, { input: emptyReport(n) })
  ).saveMonthlyReport;
}
async function submittedReport(n: number) {
  const draft = await draftReport(n);
  return (await adminGql<{ submitMonthlyReport: { id: string; version: number } }>(SUBMIT, draft))
    .submitMonthlyReport;
}

async function openProblem(n: number) {
  const project = await freshProject(n);
  const data = await adminGql<{ raiseProblem: { id: string; version: number } }>(
    `mutation($p: ID!) { raiseProblem(projectId: $p, description: "用地手续未办 ${n}", responsibleUnit: "县自然资源局", dueOn: "2014-12-31") { id version } }`,
    { p: project.id },
  );
  return data.raiseProblem;
}

const ROWS: Record<string, Row> = {
  // Accounts
  login: {
    allowed: EVERYONE,
    call: () => ({
      query: 'mutation($p: String!) { login(username: "m-login", password: $p) { token } }',
      variables: { p: TEST_PASSWORD },
    }),
  },
  logout: {
    allowed: EVERYONE,
    call: async (who) => ({
      query: 'mutation { logout }',
      token: who === 'anonymous' ? null : await signIn(who),
    }),
  },
  createAccessToken: {
    allowed: SIGNED_IN,
    call: (_, n) => ({ query: `mutation { createAccessToken(name: "脚本 ${n}") { token } }` }),
  },
  revokeAccessToken: {
    allowed: SIGNED_IN,
    call: async (who) => {
      if (who === 'anonymous') return { query: 'mutation { revokeAccessToken(id: "1") { id } }' };
      const created = await api.gql<{ createAccessToken: { accessToken: { id: string } } }>(
        'mutation { createAccessToken(name: "待撤销") { accessToken { id } } }',
        {},
        tokens.get(who),
      );
      return {
        query: `mutation { revokeAccessToken(id: "${created.data?.createAccessToken.accessToken.id}") { id } }`,
      };
    },
  },
  createUser: {
    allowed: ADMIN,
    call: (_, n) => ({
      query: 'mutation($input: NewUserInput!) { createUser(input: $input) { id } }',
      variables: {
        input: { username: `m-new-${n}`, displayName: '新用户', role: 'PLANNER', password: TEST_PASSWORD },
      },
    }),
  },
  setUserDisabled: {
    allowed: ADMIN,
    call: () => ({
      query: 'mutation { setUserDisabled(username: "m-target", disabled: true) { disabled } }',
    }),
  },
  revokeUserSessions: {
    allowed: ADMIN,
    call: () => ({ query: 'mutation { revokeUserSessions(username: "m-target") }' }),
  },
  resetUserPassword: {
    allowed: ADMIN,
    call: () => ({
      query: 'mutation { resetUserPassword(username: "m-target", password: "another-password-9") { id } }',
    }),
  },

  // Projects: zone-scoped
  createProject: {
    allowed: OWN_ZONE_AND_CITY,
    call: (_, n) => ({
      query: 'mutation($input: ProjectInput!) { createProject(input: $input) { id } }',
      variables: { input: newProject(n) },
    }),
  },
  updateProject: {
    allowed: OWN_ZONE_AND_CITY,
    call: async (_, n) => {
      const project = await freshProject(n);
      return {
        query:
          'mutation($id: ID!, $v: Int!, $name: String!) { updateProject(id: $id, version: $v, input: { name: $name }) { id } }',
        variables: { id: project.id, v: project.version, name: `改名 ${n}` },
      };
    },
  },
  changeProjectStatus: {
    allowed: OWN_ZONE_AND_CITY,
    call: async (_, n) => {
      const project = await freshProject(n);
      return {
        query:
          'mutation($id: ID!, $v: Int!) { changeProjectStatus(id: $id, version: $v, status: SIGNED, on: "2014-09-01") { id } }',
        variables: { id: project.id, v: project.version },
      };
    },
  },

  // The plan's layers: planners and admins
  createRoadLink: {
    allowed: CITY_WIDE,
    call: (_, n) => ({
      query: `mutation { createRoadLink(input: { name: "矩阵道路 ${n}", kind: NEW, zoneCode: "fugou", investmentYi: 0.5,
        geometry: { type: "LineString", coordinates: [[114.40, 34.02], [114.45, 34.02]] } }) { id } }`,
    }),
  },
  updateRoadLink: {
    allowed: CITY_WIDE,
    call: async (_, n) => {
      const id = await firstId('road_links');
      return {
        query:
          'mutation($id: ID!, $v: Int!, $name: String!) { updateRoadLink(id: $id, version: $v, input: { name: $name }) { id } }',
        variables: { id, v: await versionOf('road_links', id), name: `矩阵道路改名 ${n}` },
      };
    },
  },
  createGridProject: {
    allowed: CITY_WIDE,
    call: (_, n) => ({
      query: `mutation { createGridProject(input: { name: "矩阵变电站 ${n}", kind: SUBSTATION, voltageKv: 110, transformerKva: 50000,
        investmentYi: 0.3, status: NEW, geometry: { type: "Point", coordinates: [114.6, 33.6] } }) { id } }`,
    }),
  },
  updateGridProject: {
    allowed: CITY_WIDE,
    call: async (_, n) => {
      const id = await firstId('grid_projects');
      return {
        query:
          'mutation($id: ID!, $v: Int!, $name: String!) { updateGridProject(id: $id, version: $v, input: { name: $name }) { id } }',
        variables: { id, v: await versionOf('grid_projects', id), name: `矩阵电网改名 ${n}` },
      };
    },
  },
  createFacility: {
    allowed: CITY_WIDE,
    call: (_, n) => ({
      query: `mutation { createFacility(input: { name: "矩阵孵化器 ${n}", kind: INCUBATOR, status: NEW,
        geometry: { type: "Point", coordinates: [114.85, 34.04] } }) { id } }`,
    }),
  },
  updateFacility: {
    allowed: CITY_WIDE,
    call: async (_, n) => {
      const id = await firstId('facilities');
      return {
        query:
          'mutation($id: ID!, $v: Int!, $name: String!) { updateFacility(id: $id, version: $v, input: { name: $name }) { id } }',
        variables: { id, v: await versionOf('facilities', id), name: `矩阵设施改名 ${n}` },
      };
    },
  },
  createRelocationSite: {
    allowed: CITY_WIDE,
    call: (_, n) => ({
      query: `mutation($g: GeoJSON!, $o: GeoJSON!) { createRelocationSite(input: { villageName: "矩阵村 ${n}", communityName: "矩阵社区 ${n}",
        zoneCode: "${OWN_ZONE}", households: 10, unitsPlanned: 10, origin: $o, destination: $g }) { id } }`,
      variables: { g: POINT_IN_TAIKANG, o: { type: 'Point', coordinates: [114.86, 34.05] } },
    }),
  },
  updateRelocationSite: {
    allowed: CITY_WIDE,
    call: async () => {
      const id = await firstId('relocation_sites');
      return {
        query:
          'mutation($id: ID!, $v: Int!) { updateRelocationSite(id: $id, version: $v, input: { unitsCompleted: 0 }) { id } }',
        variables: { id, v: await versionOf('relocation_sites', id) },
      };
    },
  },
  recordProgressReport: {
    allowed: CITY_WIDE,
    call: (_, n) => ({
      query: `mutation { recordProgressReport(input: { period: "${2000 + n}", metric: "vocational_trainings", value: 1 }) { id } }`,
    }),
  },

  // Inspection: scorers score, only admins publish and change criteria
  recordInspectionScores: {
    allowed: SCORERS,
    call: (_, n) => ({
      query: `mutation { recordInspectionScores(input: { period: "${2030 + n}Q1", kind: QUARTERLY, heldOn: "${2030 + n}-04-10",
        scores: [{ zoneCode: "taikang", score: 91 }] }) { zoneCode } }`,
    }),
  },
  publishInspectionRanking: {
    allowed: ADMIN,
    call: () => ({
      query: 'mutation { publishInspectionRanking(period: "2014Q3", note: "矩阵") { version } }',
    }),
  },
  replaceInspectionCriteria: {
    allowed: ADMIN,
    call: async () => {
      const current = await one<{ version: number }>(
        sql`SELECT max(version)::int AS version FROM inspection_criteria_sets`,
      );
      return {
        query:
          'mutation($input: InspectionCriteriaInput!) { replaceInspectionCriteria(input: $input) { version } }',
        variables: {
          input: {
            basedOnVersion: current.version,
            note: '矩阵',
            criteria: [
              { code: 'score', nameZh: '观摩得分', nameEn: 'Score', measure: 'INSPECTION_SCORE', weight: 1 },
            ],
          },
        },
      };
    },
  },

  // Monthly reports: the zone's reporter fills in, planners and admins review
  saveMonthlyReport: {
    allowed: OWN_ZONE_AND_CITY,
    call: (_, n) => ({ query: SAVE, variables: { input: emptyReport(n) } }),
  },
  submitMonthlyReport: {
    allowed: OWN_ZONE_AND_CITY,
    call: async (_, n) => ({ query: SUBMIT, variables: { ...(await draftReport(n)) } }),
  },
  acceptMonthlyReport: {
    allowed: CITY_WIDE,
    call: async (_, n) => ({
      query:
        'mutation($id: ID!, $version: Int!) { acceptMonthlyReport(id: $id, version: $version) { status } }',
      variables: { ...(await submittedReport(n)) },
    }),
  },
  returnMonthlyReport: {
    allowed: CITY_WIDE,
    call: async (_, n) => ({
      query:
        'mutation($id: ID!, $version: Int!) { returnMonthlyReport(id: $id, version: $version, reason: "数据不全") { status } }',
      variables: { ...(await submittedReport(n)) },
    }),
  },

  // The project ledger: zone-scoped writes, planners and admins supervise problems
  setProjectAnnualPlan: {
    allowed: OWN_ZONE_AND_CITY,
    call: async (_, n) => ({
      query:
        'mutation($p: ID!) { setProjectAnnualPlan(projectId: $p, year: 2014, plannedWan: 5000) { plannedWan } }',
      variables: { p: (await freshProject(n)).id },
    }),
  },
  setProjectResponsible: {
    allowed: OWN_ZONE_AND_CITY,
    call: async (_, n) => ({
      query:
        'mutation($p: ID!) { setProjectResponsible(projectId: $p, leaderName: "李明", responsibleUnit: "太康县发改委") { leaderName } }',
      variables: { p: (await freshProject(n)).id },
    }),
  },
  setProjectNodePlan: {
    allowed: OWN_ZONE_AND_CITY,
    call: async (_, n) => ({
      query:
        'mutation($p: ID!) { setProjectNodePlan(projectId: $p, node: SIGNED, plannedOn: "2014-10-01") { node } }',
      variables: { p: (await freshProject(n)).id },
    }),
  },
  raiseProblem: {
    allowed: OWN_ZONE_AND_CITY,
    call: async (_, n) => ({
      query:
        'mutation($p: ID!) { raiseProblem(projectId: $p, description: "环评未批", responsibleUnit: "市生态环境局", dueOn: "2014-12-31") { id } }',
      variables: { p: (await freshProject(n)).id },
    }),
  },
  assignProblem: {
    allowed: CITY_WIDE,
    call: async (_, n) => ({
      query:
        'mutation($id: ID!, $v: Int!) { assignProblem(id: $id, version: $v, responsibleUnit: "市自然资源局", dueOn: "2014-11-30") { status } }',
      variables: await openProblem(n).then((p) => ({ id: p.id, v: p.version })),
    }),
  },
  closeProblem: {
    allowed: CITY_WIDE,
    call: async (_, n) => ({
      query: 'mutation($id: ID!, $v: Int!) { closeProblem(id: $id, version: $v, note: "已办结") { status } }',
      variables: await openProblem(n).then((p) => ({ id: p.id, v: p.version })),
    }),
  },
};

async function signIn(who: Who): Promise<string> {
  const answer = await api.gql<{ login: { token: string } }>(
    'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
    { u: usernameOf(who), p: TEST_PASSWORD },
  );
  return answer.data?.login.token as string;
}

/** Everything a write could leave behind, beyond the shared footprint (projects, audit, data version). */
async function footprint() {
  const counts = await one<Record<string, number>>(sql`SELECT
      (SELECT count(*)::int FROM users) AS users,
      (SELECT count(*)::int FROM sessions WHERE revoked_at IS NULL) AS live_sessions,
      (SELECT count(*)::int FROM access_tokens WHERE revoked_at IS NULL) AS live_tokens,
      (SELECT count(*)::int FROM monthly_reports) AS reports,
      (SELECT count(*)::int FROM project_problems) AS problems,
      (SELECT count(*)::int FROM road_links) AS road_links,
      (SELECT count(*)::int FROM inspection_scores) AS scores,
      (SELECT count(*)::int FROM progress_reports) AS progress`);
  return { ...(await writeFootprint(api.atlas.db)), ...counts };
}

beforeAll(async () => {
  api = await startApi();
  for (const who of SIGNED_IN) {
    const user = USERS[who];
    tokens.set(
      who,
      await api.signIn({ username: usernameOf(who), role: user.role as never, zoneCode: user.zoneCode }),
    );
  }
  await createTestUser(api.atlas, { username: 'm-login', role: 'viewer' });
  await createTestUser(api.atlas, { username: 'm-target', role: 'viewer' });
});
afterAll(() => api?.stop());

describe('the role × write matrix', () => {
  it('has a row for every Mutation field of the schema', async () => {
    const fields = Object.keys((await atlasSchema()).getMutationType()?.getFields() ?? {});
    expect(fields.length).toBeGreaterThan(30);
    expect(
      fields.filter((f) => !ROWS[f]),
      'mutations without a row in the matrix',
    ).toEqual([]);
    expect(
      Object.keys(ROWS).filter((f) => !fields.includes(f)),
      'rows for mutations that no longer exist',
    ).toEqual([]);
  });

  let attempt = 0;
  for (const [field, row] of Object.entries(ROWS)) {
    it(`${field}: allowed to ${row.allowed.join(', ')}; refused to the others, writing nothing`, async () => {
      const outcomes: string[] = [];
      for (const who of WHO) {
        attempt += 1;
        const call = await row.call(who, attempt);
        const token = call.token === undefined ? tokens.get(who) : (call.token ?? undefined);
        const before = await footprint();
        const answer = await api.gql(call.query, call.variables, token);
        const code = answer.errors?.[0]?.extensions?.code;
        if (row.allowed.includes(who)) {
          expect(answer.errors, `${field} as ${who}`).toBeUndefined();
          outcomes.push(`${who}: allowed`);
          continue;
        }
        expect(code, `${field} as ${who}: ${answer.errors?.[0]?.message}`).toBe(
          who === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN',
        );
        expect(answer.errors?.[0]?.message, `${field} as ${who}`).toMatch(/[\u4e00-\u9fff].* \/ [A-Z]/);
        expect(await footprint(), `${field} as ${who} wrote something`).toEqual(before);
        outcomes.push(`${who}: ${code}`);
      }
      expect(outcomes).toHaveLength(WHO.length);
    });
  }
});
