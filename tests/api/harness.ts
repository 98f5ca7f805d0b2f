import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { type ApiEnv, createAtlasServer, readApiEnv } from '@atlas/api';
import { type AtlasDatabase, seed } from '@atlas/db';
import { openTestDatabase } from '@atlas/db/testing';
import pino from 'pino';

export const TOKENS = {
  planner: 'planner-secret-1234',
  admin: 'admin-secret-5678',
  inspector: 'inspector:secret:9012',
  viewer: 'viewer-secret-0000',
};

export interface GraphqlResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; errorId?: string; [k: string]: unknown } }[];
}

export interface ApiHarness {
  readonly url: string;
  readonly atlas: AtlasDatabase;
  /** SQL statements the server has sent since the last reset. */
  statements: string[];
  /** Every log line the server wrote, parsed. */
  readonly logs: Record<string, unknown>[];
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphqlResponse<T>>;
  stop(): Promise<void>;
}

/**
 * A real API server over HTTP on a free port, on a fresh seeded test database (PGlite, or
 * PostgreSQL when DATABASE_URL is set), counting the SQL it sends and keeping its log.
 */
export async function startApi(overrides: Partial<Record<keyof ApiEnv, string>> = {}): Promise<ApiHarness> {
  const statements: string[] = [];
  const logs: Record<string, unknown>[] = [];
  const atlas = await openTestDatabase({ onQuery: (q) => statements.push(q), statementTimeoutMs: 10_000 });
  await seed(atlas, { demo: true });
  const env = readApiEnv({
    ATLAS_API_TOKENS: `planner:${TOKENS.planner},admin:${TOKENS.admin},viewer:${TOKENS.viewer},inspector@市考核办:${TOKENS.inspector}`,
    NODE_ENV: 'production',
    ...overrides,
  });
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) logs.push(JSON.parse(line));
      done();
    },
  });
  const api = await createAtlasServer(atlas, env, pino({ level: 'info' }, sink));
  await new Promise<void>((resolve) => api.server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(api.server.address() as AddressInfo).port}`;
  const harness: ApiHarness = {
    url,
    atlas,
    statements,
    logs,
    async gql(query, variables, token) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: never; errors?: never };
      return { status: res.status, headers: res.headers, data: body.data, errors: body.errors };
    },
    async stop() {
      await api.stop();
      await atlas.close();
    },
  };
  statements.length = 0;
  return harness;
}
