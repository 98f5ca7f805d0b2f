import { selectRows } from '@atlas/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApi, TOKENS } from './harness';

let api: ApiHarness;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api?.stop());

type Problem = {
  id: string;
  status: string;
  overdue: boolean;
  version: number;
  dueOn: string;
  responsibleUnit: string;
  raisedBy: string;
  assignedBy: string | null;
  closedBy: string | null;
  closingNote: string | null;
  zone: { code: string };
  project: { id: string };
  provenance: { kind: string };
};
const FIELDS =
  'id status overdue version dueOn responsibleUnit raisedBy assignedBy closedBy closingNote zone { code } project { id } provenance { kind }';
const RAISE = `mutation($dueOn: Date!) { raiseProblem(projectId: "demo-project-002", description: "用地手续未办结", responsibleUnit: "市国土资源局", dueOn: $dueOn) { ${FIELDS} } }`;
const ASSIGN = `mutation($id: ID!, $version: Int!) { assignProblem(id: $id, version: $version, responsibleUnit: "市自然资源和规划局", dueOn: "2030-01-31") { ${FIELDS} } }`;
const CLOSE = `mutation($id: ID!, $version: Int!, $note: String!) { closeProblem(id: $id, version: $version, note: $note) { ${FIELDS} } }`;
const LIST = `query($zoneCode: ID, $status: ProblemStatus, $overdue: Boolean, $asOf: Date) {
  problems(zoneCode: $zoneCode, status: $status, overdue: $overdue, asOf: $asOf) { ${FIELDS} } }`;

const list = async (variables: Record<string, unknown>) =>
  (await api.gql<{ problems: Problem[] }>(LIST, variables)).data?.problems ?? [];
const code = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;

describe('the problem ledger (问题台账)', () => {
  it('has demo problems, some overdue at the end of September 2014 and some closed', async () => {
    const all = await list({ asOf: '2014-09-30' });
    expect(all.length).toBeGreaterThanOrEqual(8);
    expect(all.every((p) => p.provenance.kind === 'DEMO')).toBe(true);
    expect(all.some((p) => p.overdue)).toBe(true);
    expect(all.filter((p) => p.status === 'CLOSED').every((p) => p.closingNote)).toBe(true);
    const overdue = await list({ asOf: '2014-09-30', overdue: true });
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.every((p) => p.dueOn < '2014-09-30')).toBe(true);
    const closed = await list({ status: 'CLOSED' });
    expect(closed.length).toBeGreaterThan(0);
    expect(closed.every((p) => p.status === 'CLOSED')).toBe(true);
  });

  it('lets a planner raise, assign and close a problem with a note, each step audited', async () => {
    const raised = await api.gql<{ raiseProblem: Problem }>(RAISE, { dueOn: '2014-08-31' }, TOKENS.planner);
    expect(raised.errors).toBeUndefined();
    const p = raised.data?.raiseProblem as Problem;
    const [{ zone_code: zone }] = (await selectRows<{ zone_code: string }>(
      api.atlas.db,
      sql`SELECT zone_code FROM projects WHERE id = 'demo-project-002'`,
    )) as [{ zone_code: string }];
    expect(p).toMatchObject({
      status: 'OPEN',
      overdue: true,
      version: 1,
      raisedBy: 'planner',
      zone: { code: zone },
    });
    expect((await list({ zoneCode: zone, overdue: true })).map((x) => x.id)).toContain(p.id);

    expect(code(await api.gql(ASSIGN, { id: p.id, version: 1 }, TOKENS.viewer))).toBe('FORBIDDEN');
    expect(code(await api.gql(ASSIGN, { id: p.id, version: 1 }, TOKENS.inspector))).toBe('FORBIDDEN');
    const assigned = await api.gql<{ assignProblem: Problem }>(
      ASSIGN,
      { id: p.id, version: 1 },
      TOKENS.planner,
    );
    expect(assigned.data?.assignProblem).toMatchObject({
      status: 'ASSIGNED',
      overdue: false,
      version: 2,
      assignedBy: 'planner',
      responsibleUnit: '市自然资源和规划局',
    });
    expect(code(await api.gql(ASSIGN, { id: p.id, version: 1 }, TOKENS.planner))).toBe('STALE_VERSION');

    const noNote = await api.gql(CLOSE, { id: p.id, version: 2, note: '  ' }, TOKENS.admin);
    expect(code(noNote)).toBe('BAD_USER_INPUT');
    expect(noNote.errors?.[0]?.message).toMatch(/note/);
    const closed = await api.gql<{ closeProblem: Problem }>(
      CLOSE,
      { id: p.id, version: 2, note: '已办结用地手续' },
      TOKENS.admin,
    );
    expect(closed.data?.closeProblem).toMatchObject({
      status: 'CLOSED',
      closedBy: 'admin',
      closingNote: '已办结用地手续',
      version: 3,
    });
    expect(code(await api.gql(CLOSE, { id: p.id, version: 3, note: '再关' }, TOKENS.admin))).toBe(
      'BAD_USER_INPUT',
    );

    const audit = await selectRows<{ action: string; actor: string }>(
      api.atlas.db,
      sql`SELECT action, actor FROM audit_log WHERE entity = 'project_problem' AND entity_id = ${p.id} ORDER BY id`,
    );
    expect(audit.map((a) => a.action)).toEqual(['CREATE', 'UPDATE', 'UPDATE']);
    const [closedAtSep] = (await list({ asOf: '2014-09-30' })).filter((x) => x.id === p.id);
    // Raised today: at the end of September 2014 it did not exist, so it was not overdue then.
    expect(closedAtSep?.overdue).toBe(false);
  });

  it('refuses raising to a viewer and an anonymous caller, and an unknown project, writing nothing', async () => {
    const before = (await list({})).length;
    expect(code(await api.gql(RAISE, { dueOn: '2030-01-01' }, TOKENS.viewer))).toBe('FORBIDDEN');
    expect(code(await api.gql(RAISE, { dueOn: '2030-01-01' }))).toBe('UNAUTHENTICATED');
    const unknown = await api.gql(
      'mutation { raiseProblem(projectId: "nope", description: "x", responsibleUnit: "y", dueOn: "2030-01-01") { id } }',
      {},
      TOKENS.planner,
    );
    expect(code(unknown)).toBe('NOT_FOUND');
    expect((await list({})).length).toBe(before);
  });
});
