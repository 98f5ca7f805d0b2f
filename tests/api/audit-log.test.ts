import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApi, TOKENS } from './harness';

let api: ApiHarness;
const session: Record<string, string> = {};
beforeAll(async () => {
  api = await startApi();
  session.planner = await api.signIn({ username: 'liu.yang', displayName: '刘洋', role: 'planner' });
  session.admin = await api.signIn({ username: 'audit-admin', role: 'admin' });
  session.reporter = await api.signIn({
    username: 'tk-reporter',
    role: 'zone_reporter',
    zoneCode: 'taikang',
  });
  session.viewer = await api.signIn({ username: 'reader', role: 'viewer' });
});
afterAll(() => api?.stop());

const HISTORY = `query($entity: String!, $id: ID!, $first: Int, $after: String) {
  auditLog(entity: $entity, id: $id, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id at actor action entity entityId changes { field before after } before after }
  }
}`;

interface Entry {
  id: string;
  at: string;
  actor: string;
  action: string;
  changes: { field: string; before: unknown; after: unknown }[];
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}
interface History {
  auditLog: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Entry[];
  };
}

async function history(token: string | undefined, variables: Record<string, unknown>) {
  return api.gql<History>(HISTORY, variables, token);
}

describe('a record’s history', () => {
  let projectId: string;

  beforeAll(async () => {
    const created = await api.gql<{ createProject: { id: string } }>(
      `mutation { createProject(input: { name: "审计项目", zoneCode: "taikang", clusterCode: "textile", investmentYi: 2,
        status: PLANNED, statusDate: "2014-08-01", geometry: { type: "Point", coordinates: [114.85, 34.04] } }) { id } }`,
      {},
      session.reporter,
    );
    projectId = created.data?.createProject.id as string;
    await api.gql(
      `mutation { updateProject(id: "${projectId}", version: 1, input: { name: "审计项目(改)", investmentYi: 2.5 }) { id } }`,
      {},
      session.planner,
    );
    await api.gql(
      `mutation { changeProjectStatus(id: "${projectId}", version: 2, status: SIGNED, on: "2014-09-01") { id } }`,
      {},
      TOKENS.admin,
    );
  });

  it('lists who changed what, newest first, with the fields that differ before → after', async () => {
    const answer = await history(session.planner, { entity: 'project', id: projectId });
    expect(answer.errors).toBeUndefined();
    const log = answer.data?.auditLog;
    expect(log?.totalCount).toBe(3);
    expect(log?.nodes.map((n) => [n.action, n.actor])).toEqual([
      ['UPDATE', 'admin (admin)'],
      ['UPDATE', '刘洋 (liu.yang) (planner)'],
      ['CREATE', 'tk-reporter (zone_reporter)'],
    ]);
    const [status, rename, create] = log?.nodes ?? [];
    expect(rename?.changes.filter((c) => !['version', 'updatedAt'].includes(c.field))).toEqual([
      { field: 'name', before: '审计项目', after: '审计项目(改)' },
      { field: 'investmentYi', before: 2, after: 2.5 },
    ]);
    expect(status?.changes.map((c) => c.field)).toContain('status');
    expect(status?.changes.find((c) => c.field === 'status')).toEqual({
      field: 'status',
      before: 'PLANNED',
      after: 'SIGNED',
    });
    expect(create?.before).toBeNull();
    expect(create?.after).toMatchObject({ name: '审计项目', zoneCode: 'taikang' });
    expect(create?.changes.map((c) => c.field)).toEqual(
      expect.arrayContaining(['name', 'zoneCode', 'status']),
    );
    expect(Date.parse(rename?.at as string)).toBeGreaterThan(Date.now() - 120_000);
  });

  it('pages by cursor over the newest first, without repeating or skipping an entry', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 3; page++) {
      const answer = await history(session.admin, { entity: 'project', id: projectId, first: 1, after });
      const log = answer.data?.auditLog;
      expect(log?.nodes).toHaveLength(1);
      seen.push(log?.nodes[0]?.id as string);
      expect(log?.pageInfo.hasNextPage).toBe(page < 2);
      after = log?.pageInfo.endCursor ?? null;
    }
    expect(new Set(seen).size).toBe(3);
    expect(seen.map(Number)).toEqual([...seen.map(Number)].sort((a, b) => b - a));
    const bad = await history(session.admin, { entity: 'project', id: projectId, after: 'not-a-cursor' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // Over 100 a page is refused (by the query cost rule before core's own limit).
    const tooMany = await history(session.admin, { entity: 'project', id: projectId, first: 101 });
    expect(tooMany.status).toBe(400);
    expect(tooMany.data?.auditLog).toBeUndefined();
  });

  it('is for planners and admins only', async () => {
    expect(
      (await history(undefined, { entity: 'project', id: projectId })).errors?.[0]?.extensions?.code,
    ).toBe('UNAUTHENTICATED');
    for (const token of [session.viewer, session.reporter, TOKENS.inspector]) {
      const refused = await history(token, { entity: 'project', id: projectId });
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(refused.data).toBeNull();
    }
  });

  it('answers an unknown record with an empty history', async () => {
    const answer = await history(session.planner, { entity: 'project', id: 'no-such-project' });
    expect(answer.data?.auditLog).toEqual({
      totalCount: 0,
      pageInfo: { hasNextPage: false, endCursor: null },
      nodes: [],
    });
  });

  it('shows a user’s changes without the password or its hash', async () => {
    const users = await api.gql<{ users: { id: string; username: string }[] }>(
      '{ users { id username } }',
      {},
      session.admin,
    );
    const reader = users.data?.users.find((u) => u.username === 'reader');
    await api.gql(
      'mutation { resetUserPassword(username: "reader", password: "reset-password-42") { id } }',
      {},
      session.admin,
    );
    const answer = await history(session.admin, { entity: 'user', id: reader?.id });
    const actions = answer.data?.auditLog.nodes.map((n) => n.action);
    expect(actions).toEqual(['RESET_PASSWORD', 'CREATE']);
    const [reset] = answer.data?.auditLog.nodes ?? [];
    expect(reset?.actor).toBe('audit-admin (admin)');
    expect(reset?.changes.map((c) => c.field)).toEqual(['passwordChangedAt']);
    const text = JSON.stringify(answer.data);
    expect(text).not.toMatch(/scrypt|passwordHash|password_hash/);
    expect(text).not.toContain('reset-password-42');
  });
});
