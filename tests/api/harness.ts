import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { type ApiEnv, createAtlasServer, readApiEnv } from '@atlas/api';
import { createUser, type Role, SYSTEM_ACTOR } from '@atlas/core';
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
  /** Like `gql`, with the request's headers given whole (a cookie, an Origin, a forwarded address). */
  send<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> | undefined,
    headers: Record<string, string>,
  ): Promise<GraphqlResponse<T>>;
  /**
   * A user made through core (as an admin or the command line would), then signed in: its session
   * token for `gql`. The password is `TEST_PASSWORD` unless given.
   */
  signIn(user: TestUser): Promise<string>;
  stop(): Promise<void>;
}

/** The password `signIn` gives a test user unless told otherwise. */
export const TEST_PASSWORD = 'test-password-0123';

export interface TestUser {
  readonly username: string;
  readonly role: Role;
  readonly zoneCode?: string | null;
  readonly displayName?: string;
  readonly password?: string;
}

/** Makes an account with a known password, straight through core. */
export function createTestUser(atlas: AtlasDatabase, user: TestUser) {
  return createUser(
    { db: atlas.db, actor: SYSTEM_ACTOR },
    {
      username: user.username,
      displayName: user.displayName ?? user.username,
      role: user.role,
      zoneCode: user.zoneCode ?? null,
      password: user.password ?? TEST_PASSWORD,
    },
  );
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
    gql(query, variables, token) {
      return harness.send(query, variables, token ? { authorization: `Bearer ${token}` } : {});
    },
    async send(query, variables, headers) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: never; errors?: never };
      return { status: res.status, headers: res.headers, data: body.data, errors: body.errors };
    },
    async signIn(user) {
      await createTestUser(atlas, user);
      const answer = await harness.gql<{ login: { token: string } }>(
        'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
        { u: user.username, p: user.password ?? TEST_PASSWORD },
      );
      const token = answer.data?.login.token;
      if (!token) throw new Error(`sign-in of ${user.username} failed: ${JSON.stringify(answer.errors)}`);
      return token;
    },
    async stop() {
      await api.stop();
      await atlas.close();
    },
  };
  statements.length = 0;
  return harness;
}
