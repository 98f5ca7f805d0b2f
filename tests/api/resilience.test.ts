import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { Writable } from 'node:stream';
import { createAtlasServer, readApiEnv } from '@atlas/api';
import { openDatabase, selectRows } from '@atlas/db';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApi, TOKENS } from './harness';

const CREATE = `mutation($input: ProjectInput!) { createProject(input: $input) { id name version } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $input: ProjectPatch!) { updateProject(id: $id, version: $version, input: $input) { id version name } }`;

const project = (name: string) => ({
  name,
  zoneCode: 'taikang',
  investmentYi: 1.25,
  status: 'PLANNED',
  statusDate: '2014-08-01',
  geometry: { type: 'Point', coordinates: [114.85, 34.04] },
});

/** POSTs a GraphQL request with extra headers and returns the raw answer. */
async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const started = Date.now();
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: JSON.parse(text), ms: Date.now() - started };
}

async function countNamed(api: ApiHarness, name: string): Promise<number> {
  const [row] = await selectRows<{ n: number }>(
    api.atlas.db,
    sql`SELECT count(*)::int AS n FROM projects WHERE name = ${name}`,
  );
  return row?.n ?? -1;
}

describe('idempotent writes', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api?.stop());
  const auth = (token: string, key: string) => ({ authorization: `Bearer ${token}`, 'idempotency-key': key });

  it('answers a retry with the first answer and writes once', async () => {
    const body = { query: CREATE, variables: { input: project('幂等测试·一') } };
    const first = await post(api.url, body, auth(TOKENS.planner, 'retry-once-0001'));
    const retry = await post(api.url, body, auth(TOKENS.planner, 'retry-once-0001'));
    expect(first.status).toBe(200);
    expect(first.json.errors).toBeUndefined();
    expect(retry.status).toBe(200);
    expect(retry.headers.get('idempotency-replayed')).toBe('true');
    expect(first.headers.get('idempotency-replayed')).toBeNull();
    expect(retry.json.data).toEqual(first.json.data);
    expect(await countNamed(api, '幂等测试·一')).toBe(1);
  });

  it('writes once when the same request arrives several times at once', async () => {
    const body = { query: CREATE, variables: { input: project('幂等测试·并发') } };
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => post(api.url, body, auth(TOKENS.planner, 'concurrent-0001'))),
    );
    // Those that met the first still running are told so (409); the rest get its answer.
    for (const a of answers.filter((a) => a.status !== 200)) {
      expect(a.status).toBe(409);
      expect(a.json.errors[0].extensions.code).toBe('IDEMPOTENCY_KEY_IN_FLIGHT');
      expect(a.headers.get('retry-after')).toBe('1');
    }
    const retry = await post(api.url, body, auth(TOKENS.planner, 'concurrent-0001'));
    const ids = new Set(
      [...answers, retry].filter((a) => a.status === 200).map((a) => a.json.data.createProject.id),
    );
    expect(ids.size).toBe(1);
    expect(retry.headers.get('idempotency-replayed')).toBe('true');
    expect(await countNamed(api, '幂等测试·并发')).toBe(1);
  });

  it('refuses the same key with another request, and keeps keys apart per writer', async () => {
    const key = 'reused-key-0001';
    await post(
      api.url,
      { query: CREATE, variables: { input: project('幂等测试·甲') } },
      auth(TOKENS.planner, key),
    );
    const other = await post(
      api.url,
      { query: CREATE, variables: { input: project('幂等测试·乙') } },
      auth(TOKENS.planner, key),
    );
    expect(other.status).toBe(422);
    expect(other.json.errors[0].extensions.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await countNamed(api, '幂等测试·乙')).toBe(0);
    const admin = await post(
      api.url,
      { query: CREATE, variables: { input: project('幂等测试·乙') } },
      auth(TOKENS.admin, key),
    );
    expect(admin.status).toBe(200);
    expect(await countNamed(api, '幂等测试·乙')).toBe(1);
  });

  it('refuses a malformed key with 400 before writing', async () => {
    for (const key of ['has space', 'x'.repeat(201), 'tab\there']) {
      const r = await post(
        api.url,
        { query: CREATE, variables: { input: project('幂等测试·坏键') } },
        { authorization: `Bearer ${TOKENS.planner}`, 'idempotency-key': key },
      );
      expect(r.status, key).toBe(400);
      expect(r.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    }
    expect(await countNamed(api, '幂等测试·坏键')).toBe(0);
  });
});

describe('the request deadline', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi({ ATLAS_REQUEST_DEADLINE_MS: '700' });
  });
  afterAll(() => api?.stop());

  it('answers 503 with Retry-After at the deadline, and rolls back the write that finishes later', async () => {
    const created = await post(
      api.url,
      { query: CREATE, variables: { input: project('期限测试') } },
      { authorization: `Bearer ${TOKENS.planner}` },
    );
    const { id, version } = created.json.data.createProject;
    // Another transaction holds the project's row (on PGlite, the whole database) past the deadline.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let locked = () => {};
    const isLocked = new Promise<void>((resolve) => {
      locked = resolve;
    });
    const holder = api.atlas.db.transaction(async (tx) => {
      await tx.execute(sql`SELECT id FROM projects WHERE id = ${id} FOR UPDATE`);
      locked();
      await held;
    });
    await isLocked;
    const late = await post(
      api.url,
      { query: UPDATE, variables: { id, version, input: { name: '期限测试·迟到' } } },
      { authorization: `Bearer ${TOKENS.planner}` },
    );
    expect(late.status).toBe(503);
    expect(late.headers.get('retry-after')).toBe('1');
    expect(late.json.errors[0].extensions.code).toBe('DEADLINE_EXCEEDED');
    expect(late.ms).toBeLessThan(700 + 1000);
    release();
    await holder;
    // The update now reaches its commit gate after its deadline: it must roll back, not commit.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const [row] = await selectRows<{ name: string; version: number }>(
      api.atlas.db,
      sql`SELECT name, version FROM projects WHERE id = ${id}`,
    );
    expect(row).toEqual({ name: '期限测试', version });
  });
});

describe('observability', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api?.stop());

  it('exposes Prometheus metrics: latency by operation, errors by code, cache, data version', async () => {
    await post(api.url, { query: 'query ZoneNames { zones { code } }' });
    await post(api.url, { query: 'query ZoneNames { zones { code } }' });
    await post(api.url, { query: '{ nope }' });
    const res = await fetch(`${api.url}/metrics`);
    const text = await res.text();
    expect(res.headers.get('content-type')).toMatch(/text\/plain/);
    expect(text).toMatch(
      /atlas_graphql_request_duration_seconds_count\{operation="ZoneNames",kind="query",cache="miss"\} 1/,
    );
    expect(text).toMatch(
      /atlas_graphql_request_duration_seconds_count\{operation="ZoneNames",kind="query",cache="hit"\} 1/,
    );
    expect(text).toMatch(/atlas_graphql_errors_total\{code="GRAPHQL_VALIDATION_FAILED"\} 1/);
    expect(text).toMatch(/atlas_response_cache_bytes [1-9]/);
    expect(text).toMatch(/atlas_data_version [1-9]/);
    expect(text).toMatch(/atlas_process_resident_memory_bytes/);
    if (api.atlas.target === 'postgres') expect(text).toMatch(/atlas_db_pool_in_use \d/);
  });

  it('bounds the operation names it labels, so clients cannot grow the metrics without end', async () => {
    await Promise.all(
      Array.from({ length: 120 }, (_, i) => post(api.url, { query: `query Flood${i} { zones { code } }` })),
    );
    const text = await fetch(`${api.url}/metrics`).then((r) => r.text());
    const names = new Set(
      [...text.matchAll(/atlas_graphql_request_duration_seconds_count\{operation="([^"]+)"/g)].map(
        (m) => m[1],
      ),
    );
    // 100 names of their own, then "other" and "anonymous".
    expect(names.size).toBeLessThanOrEqual(102);
    expect(names.has('other')).toBe(true);
  });

  it('gives every answer a request id, repeats a forwarded one, and puts it on every log line', async () => {
    const own = await post(api.url, { query: '{ zones { code } }' });
    expect(own.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const forwarded = await post(api.url, { query: '{ missing }' }, { 'x-request-id': 'nginx-abc12345' });
    expect(forwarded.headers.get('x-request-id')).toBe('nginx-abc12345');
    const lines = api.logs.filter((l) => l.reqId === 'nginx-abc12345');
    expect(lines.map((l) => l.msg)).toEqual(expect.arrayContaining(['request refused', 'graphql request']));
  });
});

describe('server timeouts', () => {
  it('closes a connection whose body trickles in past the request timeout', async () => {
    const atlas = await openDatabase({ kind: 'postgres', url: 'postgres://atlas:atlas@127.0.0.1:9/none' });
    const api = await createAtlasServer(
      atlas,
      readApiEnv({ NODE_ENV: 'production' }),
      pino({ level: 'silent' }),
      {
        timeouts: { headersMs: 500, requestMs: 1_000, checkIntervalMs: 100 },
      },
    );
    await new Promise<void>((resolve) => api.server.listen(0, '127.0.0.1', resolve));
    const { port } = api.server.address() as AddressInfo;
    const started = Date.now();
    const closedAfter = await new Promise<number>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.write(
          'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n',
        );
        const drip = setInterval(() => socket.writable && socket.write('{'), 100);
        socket.on('close', () => {
          clearInterval(drip);
          resolve(Date.now() - started);
        });
      });
      socket.on('error', () => {});
      socket.resume();
    });
    expect(closedAfter).toBeLessThan(2_500);
    await api.stop();
    await atlas.close();
  });
});

describe('a database that cannot be reached', () => {
  const logs: Record<string, unknown>[] = [];
  let url = '';
  let stop = async () => {};
  beforeAll(async () => {
    // Nothing listens on port 9: every connection is refused, as while PostgreSQL is stopped.
    const atlas = await openDatabase({ kind: 'postgres', url: 'postgres://atlas:atlas@127.0.0.1:9/none' });
    const sink = new Writable({
      write(chunk, _encoding, done) {
        for (const line of String(chunk).split('\n').filter(Boolean)) logs.push(JSON.parse(line));
        done();
      },
    });
    const env = readApiEnv({ NODE_ENV: 'production', ATLAS_API_TOKENS: `planner:${TOKENS.planner}` });
    const api = await createAtlasServer(atlas, env, pino({ level: 'info' }, sink));
    await new Promise<void>((resolve) => api.server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(api.server.address() as AddressInfo).port}`;
    stop = async () => {
      await api.stop();
      await atlas.close();
    };
  });
  afterAll(() => stop());

  it('answers reads and writes 503 with Retry-After within a second', async () => {
    for (let i = 0; i < 5; i++) {
      const read = await post(url, { query: `{ zones { code } }` });
      expect(read.status).toBe(503);
      expect(read.headers.get('retry-after')).toBe('1');
      expect(read.json.errors[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
      expect(read.ms).toBeLessThan(1_000);
    }
    const write = await post(
      url,
      { query: CREATE, variables: { input: project('停库写入') } },
      { authorization: `Bearer ${TOKENS.planner}` },
    );
    expect(write.status).toBe(503);
    expect(write.json.errors[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
    expect(write.ms).toBeLessThan(1_000);
  });

  it('answers /readyz 503 within a second and /healthz 200', async () => {
    const started = Date.now();
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(503);
    expect(Date.now() - started).toBeLessThan(1_100);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });
});
