import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLUSTER_TOKENS, type LocalCluster, startLocalCluster } from './local-cluster';
import { answeredBy, readUnderLoad } from './read-load';

// Several API replicas on one PostgreSQL database behind nginx, as `pnpm cluster` starts them
// (without the map, whose build would double the time). PostgreSQL only: the embedded database
// belongs to one process and cannot be shared by replicas.
const postgres = Boolean(process.env.DATABASE_URL);

let cluster: LocalCluster;
beforeAll(async () => {
  if (postgres) cluster = await startLocalCluster({ web: false, replicas: 2 });
}, 120_000);
afterAll(() => cluster?.stop());

async function gql(url: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  return { status: response.status, cache: response.headers.get('x-atlas-cache'), ...body };
}

const SEARCH = 'query Find($text: String!) { search(text: $text) { kind id name } }';
const CREATE = `mutation Create($input: ProjectInput!) { createProject(input: $input) { id name version } }`;

describe.skipIf(!postgres)('several API replicas on one database, behind nginx', () => {
  it('answers /readyz through nginx, from a replica that reaches the database', async () => {
    const response = await fetch(`${cluster.url}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ready', database: 'postgres' });
    const replicas = cluster.replicas.map((replica) => `127.0.0.1:${replica.port}`);
    expect(replicas).toContain(response.headers.get('x-atlas-upstream'));
  });

  it('shows a write through replica 1 at once in a read through replica 2, whose cache held the old answer', async () => {
    const [one, two] = cluster.replicas;
    if (!one || !two) throw new Error('two replicas expected');
    const name = `示例 集群写入 ${Date.now()}`;
    // Twice, so replica 2's response cache holds "nothing found" for this search.
    expect((await gql(two.url, SEARCH, { text: name })).data).toEqual({ search: [] });
    expect(await gql(two.url, SEARCH, { text: name })).toMatchObject({ cache: 'hit', data: { search: [] } });
    const created = await gql(
      one.url,
      CREATE,
      {
        input: {
          name,
          zoneCode: 'shenqiu',
          clusterCode: 'food',
          investmentYi: 1.5,
          status: 'SIGNED',
          statusDate: '2014-09-15',
          geometry: { type: 'Point', coordinates: [115.12, 33.39] },
        },
      },
      CLUSTER_TOKENS.planner,
    );
    expect(created.errors).toBeUndefined();
    const { id } = (created.data?.createProject ?? {}) as { id?: string };
    const after = await gql(two.url, SEARCH, { text: name });
    expect(after.cache).toBe('miss');
    expect(after.data).toEqual({ search: [{ kind: 'PROJECT', id, name }] });
  });

  it('loses no read when a replica is killed (SIGKILL) under load through nginx', async () => {
    const victim = cluster.replicas[1];
    if (!victim) throw new Error('two replicas expected');
    const killing = new Promise<void>((resolve) =>
      setTimeout(() => victim.kill('SIGKILL').then(resolve, resolve), 2_500),
    );
    const records = await readUnderLoad(cluster.url, 4, 8_000);
    await killing;
    const failed = records.filter((record) => !record.ok);
    expect(failed, JSON.stringify(failed.slice(0, 3))).toEqual([]);
    const victimAddress = `127.0.0.1:${victim.port}`;
    // Both replicas served before the kill, and reads went on being answered after it.
    expect(records.filter((record) => answeredBy(record) === victimAddress).length).toBeGreaterThan(0);
    const start = records[0]?.sentAt ?? 0;
    const afterKill = records.filter((record) => record.sentAt > start + 3_000);
    expect(afterKill.length).toBeGreaterThan(20);
    expect(afterKill.every((record) => answeredBy(record) !== victimAddress)).toBe(true);
    await victim.start();
  }, 60_000);
});
