import { selectRows } from '@atlas/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, createTestUser, startApi, TEST_PASSWORD, TOKENS } from './harness';
import { writeFootprint } from './write-footprint';

let api: ApiHarness;
beforeAll(async () => {
  api = await startApi({ ATLAS_SESSION_HOURS: '2', ATLAS_ALLOWED_ORIGINS: 'https://atlas.example.cn' });
});
afterAll(() => api?.stop());

const LOGIN =
  'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token expiresAt me { username role demo zone { code } } } }';
const ME = '{ me { username displayName role zone { code } } }';
const code = (answer: { errors?: { extensions?: { code?: string } }[] }) =>
  answer.errors?.[0]?.extensions?.code;

/** Each sign-in scenario comes from an address of its own, so one test's failures never throttle another's. */
let lastAddress = 0;
const fromNewAddress = () => ({ 'x-forwarded-for': `198.51.100.${++lastAddress}` });

async function login(username: string, password = TEST_PASSWORD, headers = fromNewAddress()) {
  return api.send<{ login: { token: string; expiresAt: string; me: { username: string; role: string } } }>(
    LOGIN,
    { u: username, p: password },
    headers,
  );
}

const cookieOf = (setCookie: string | null) => /atlas_session=([^;]*)/.exec(setCookie ?? '')?.[1];

describe('signing in', () => {
  it('gives a session token that works as a bearer and as the httpOnly cookie it also sets', async () => {
    await createTestUser(api.atlas, {
      username: 'zhang.wei',
      displayName: '张伟',
      role: 'zone_reporter',
      zoneCode: 'taikang',
    });
    const answer = await login('zhang.wei');
    expect(answer.errors).toBeUndefined();
    const { token, expiresAt, me } = answer.data?.login ?? ({} as never);
    expect(token).toMatch(/^ats_[A-Za-z0-9_-]{43}$/);
    expect(me).toEqual({
      username: 'zhang.wei',
      role: 'ZONE_REPORTER',
      demo: false,
      zone: { code: 'taikang' },
    });
    const hours = (Date.parse(expiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(1.9);
    expect(hours).toBeLessThanOrEqual(2);
    const setCookie = answer.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(
      /^atlas_session=ats_[^;]+; HttpOnly; SameSite=Lax; Path=\/; Max-Age=(71\d\d|7200)$/,
    );
    expect(cookieOf(setCookie)).toBe(token);

    const viaBearer = await api.gql(ME, {}, token);
    const viaCookie = await api.send(ME, {}, { cookie: `theme=dark; atlas_session=${token}` });
    const expected = {
      me: { username: 'zhang.wei', displayName: '张伟', role: 'ZONE_REPORTER', zone: { code: 'taikang' } },
    };
    expect(viaBearer.data).toEqual(expected);
    expect(viaCookie.data).toEqual(expected);
    expect((await api.gql(ME)).data).toEqual({ me: null });
  });

  it('stores only the token’s digest and the password’s scrypt hash', async () => {
    const token = (await login('zhang.wei')).data?.login.token as string;
    const rows = await selectRows<{ digest: string; password_hash: string }>(
      api.atlas.db,
      sql`SELECT s.digest, u.password_hash FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.username = 'zhang.wei'`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.digest).toMatch(/^[0-9a-f]{64}$/);
      expect(row.digest).not.toContain(token.slice(4, 20));
      expect(row.password_hash).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    }
  });

  it('answers an unknown user and a wrong password alike, and never says which', async () => {
    const unknown = await login('nobody-here', TEST_PASSWORD);
    const wrong = await login('zhang.wei', 'not-the-password');
    expect(code(unknown)).toBe('UNAUTHENTICATED');
    expect(code(wrong)).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
    expect(wrong.errors?.[0]?.message).toMatch(/用户名或密码不正确.* \/ Wrong username or password/);
  });

  it('throttles after five failures: the sixth attempt is refused 429 even with the right password', async () => {
    await createTestUser(api.atlas, { username: 'li.na', role: 'planner' });
    const address = fromNewAddress();
    for (let i = 0; i < 5; i++)
      expect(code(await login('li.na', `wrong-password-${i}`, address))).toBe('UNAUTHENTICATED');
    const sixth = await login('li.na', TEST_PASSWORD, address);
    expect(sixth.status).toBe(429);
    expect(code(sixth)).toBe('TOO_MANY_ATTEMPTS');
    expect(Number(sixth.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(sixth.errors?.[0]?.message).toMatch(/登录失败次数过多.* \/ Too many failed sign-ins/);
    // The account is throttled whatever the address; the address whatever the account.
    expect(code(await login('li.na', TEST_PASSWORD))).toBe('TOO_MANY_ATTEMPTS');
    expect(code(await login('zhang.wei', TEST_PASSWORD, address))).toBe('TOO_MANY_ATTEMPTS');
    const [row] = await selectRows<{ failures: number; wait: number }>(
      api.atlas.db,
      sql`SELECT failures, extract(epoch FROM locked_until - last_failure_at)::int AS wait FROM login_failures WHERE key = 'user:li.na'`,
    );
    expect(row).toEqual({ failures: 5, wait: 1 });
  });

  it('lets the throttled account in once its wait is over, and then forgets its failures', async () => {
    await api.atlas.db.execute(
      sql`UPDATE login_failures SET locked_until = now() - interval '1 second' WHERE key = 'user:li.na'`,
    );
    const answer = await login('li.na');
    expect(answer.errors).toBeUndefined();
    const rows = await selectRows(api.atlas.db, sql`SELECT 1 FROM login_failures WHERE key = 'user:li.na'`);
    expect(rows).toEqual([]);
  });
});

describe('ending a session', () => {
  it('refuses a bearer session past its expiry 401, and forgets a stale cookie', async () => {
    await createTestUser(api.atlas, { username: 'wang.fang', role: 'planner' });
    const token = (await login('wang.fang')).data?.login.token as string;
    // Expired behind the server's back, before its first use: on the embedded database the server
    // believes a sign-in it has just looked up for a few seconds (RememberedSignIns), and only its
    // own writes (sign-out, revocation) make it forget sooner.
    await api.atlas.db.execute(
      sql`UPDATE sessions SET expires_at = now() - interval '1 minute' WHERE user_id = (SELECT id FROM users WHERE username = 'wang.fang')`,
    );
    const bearer = await api.gql(ME, {}, token);
    expect(bearer.status).toBe(401);
    expect(code(bearer)).toBe('UNAUTHENTICATED');
    const cookie = await api.send(ME, {}, { cookie: `atlas_session=${token}` });
    expect(cookie.status).toBe(200);
    expect(cookie.data).toEqual({ me: null });
    expect(cookie.headers.get('set-cookie')).toMatch(
      /^atlas_session=; HttpOnly; SameSite=Lax; Path=\/; Max-Age=0$/,
    );
  });

  it('logs out: the token is dead and the cookie cleared', async () => {
    const token = (await login('wang.fang')).data?.login.token as string;
    const out = await api.send<{ logout: boolean }>(
      'mutation { logout }',
      {},
      {
        cookie: `atlas_session=${token}`,
        origin: api.url,
      },
    );
    expect(out.data).toEqual({ logout: true });
    expect(out.headers.get('set-cookie')).toMatch(/^atlas_session=; .*Max-Age=0$/);
    expect((await api.gql(ME, {}, token)).status).toBe(401);
    expect((await api.gql<{ logout: boolean }>('mutation { logout }')).data).toEqual({ logout: false });
  });

  it('lets an admin end every session of a user', async () => {
    const first = (await login('wang.fang')).data?.login.token as string;
    const second = (await login('wang.fang')).data?.login.token as string;
    const revoked = await api.gql<{ revokeUserSessions: number }>(
      'mutation { revokeUserSessions(username: "wang.fang") }',
      {},
      TOKENS.admin,
    );
    expect(revoked.data).toEqual({ revokeUserSessions: 2 });
    expect((await api.gql(ME, {}, first)).status).toBe(401);
    expect((await api.gql(ME, {}, second)).status).toBe(401);
    expect((await login('wang.fang')).errors).toBeUndefined();
  });

  it('ends sessions and access tokens of a disabled account, which can no longer sign in', async () => {
    await createTestUser(api.atlas, { username: 'zhao.lei', role: 'inspector' });
    const session = (await login('zhao.lei')).data?.login.token as string;
    const pat = await api.gql<{ createAccessToken: { token: string } }>(
      'mutation { createAccessToken(name: "评分脚本") { token } }',
      {},
      session,
    );
    const script = pat.data?.createAccessToken.token as string;
    expect((await api.gql(ME, {}, script)).status).toBe(200);
    const disabled = await api.gql(
      'mutation { setUserDisabled(username: "zhao.lei", disabled: true) { disabled } }',
      {},
      TOKENS.admin,
    );
    expect(disabled.data).toEqual({ setUserDisabled: { disabled: true } });
    expect((await api.gql(ME, {}, session)).status).toBe(401);
    expect((await api.gql(ME, {}, script)).status).toBe(401);
    expect(code(await login('zhao.lei'))).toBe('UNAUTHENTICATED');
    await api.gql(
      'mutation { setUserDisabled(username: "zhao.lei", disabled: false) { disabled } }',
      {},
      TOKENS.admin,
    );
    expect((await login('zhao.lei')).errors).toBeUndefined();
    // Enabling the account again does not bring its revoked token back.
    expect((await api.gql(ME, {}, script)).status).toBe(401);
  });

  it('ends the sessions of an account whose password an admin resets', async () => {
    await createTestUser(api.atlas, { username: 'sun.li', role: 'viewer' });
    const token = (await login('sun.li')).data?.login.token as string;
    const reset = await api.gql(
      'mutation { resetUserPassword(username: "sun.li", password: "a-brand-new-password") { username } }',
      {},
      TOKENS.admin,
    );
    expect(reset.errors).toBeUndefined();
    expect((await api.gql(ME, {}, token)).status).toBe(401);
    expect(code(await login('sun.li'))).toBe('UNAUTHENTICATED');
    expect((await login('sun.li', 'a-brand-new-password')).errors).toBeUndefined();
  });
});

describe('personal access tokens', () => {
  const TOKENS_OF_MINE = '{ myAccessTokens { id name lastUsedAt revokedAt } }';

  it('are shown once, kept hashed, record their last use and stop when revoked', async () => {
    await createTestUser(api.atlas, { username: 'chen.jie', role: 'planner' });
    const session = (await login('chen.jie')).data?.login.token as string;
    const created = await api.gql<{
      createAccessToken: { token: string; accessToken: { id: string; lastUsedAt: null } };
    }>(
      'mutation { createAccessToken(name: "月报导入") { token accessToken { id lastUsedAt } } }',
      {},
      session,
    );
    const { token, accessToken } = created.data?.createAccessToken ?? ({} as never);
    expect(token).toMatch(/^atp_[A-Za-z0-9_-]{43}$/);
    expect(accessToken.lastUsedAt).toBeNull();
    const stored = await selectRows<{ digest: string }>(
      api.atlas.db,
      sql`SELECT digest FROM access_tokens WHERE id = ${Number(accessToken.id)}`,
    );
    expect(stored[0]?.digest).toMatch(/^[0-9a-f]{64}$/);

    const before = Date.now();
    expect((await api.gql(ME, {}, token)).data).toMatchObject({ me: { username: 'chen.jie' } });
    const listed = await api.gql<{ myAccessTokens: { id: string; name: string; lastUsedAt: string }[] }>(
      TOKENS_OF_MINE,
      {},
      session,
    );
    expect(listed.data?.myAccessTokens).toHaveLength(1);
    expect(listed.data?.myAccessTokens[0]?.name).toBe('月报导入');
    expect(Date.parse(listed.data?.myAccessTokens[0]?.lastUsedAt as string)).toBeGreaterThanOrEqual(
      before - 1000,
    );
    expect(JSON.stringify(listed.data)).not.toContain(token);

    // Another user cannot see or revoke it.
    const other = await api.gql(
      `mutation { revokeAccessToken(id: "${accessToken.id}") { id } }`,
      {},
      (await login('zhang.wei')).data?.login.token,
    );
    expect(code(other)).toBe('NOT_FOUND');
    expect((await api.gql(ME, {}, token)).status).toBe(200);

    const revoked = await api.gql<{ revokeAccessToken: { revokedAt: string } }>(
      `mutation { revokeAccessToken(id: "${accessToken.id}") { revokedAt } }`,
      {},
      session,
    );
    expect(revoked.data?.revokeAccessToken.revokedAt).toBeTruthy();
    expect((await api.gql(ME, {}, token)).status).toBe(401);
  });

  it('are refused to anonymous callers and to service tokens', async () => {
    expect(code(await api.gql('mutation { createAccessToken(name: "x") { token } }'))).toBe(
      'UNAUTHENTICATED',
    );
    expect(
      code(await api.gql('mutation { createAccessToken(name: "x") { token } }', {}, TOKENS.planner)),
    ).toBe('FORBIDDEN');
  });
});

describe('cookie-signed writes from another site', () => {
  const WRITE = 'mutation { createAccessToken(name: "跨站") { token } }';

  it('are refused FORBIDDEN (CROSS_SITE) and write nothing; same-site and bearer writes pass', async () => {
    await createTestUser(api.atlas, { username: 'he.ping', role: 'planner' });
    const token = (await login('he.ping')).data?.login.token as string;
    const cookie = `atlas_session=${token}`;
    const before = await writeFootprint(api.atlas.db);
    const crossSite: Record<string, string>[] = [
      { cookie, origin: 'https://evil.example.com' },
      { cookie, referer: 'https://evil.example.com/page' },
      { cookie },
      { cookie, origin: 'null' },
    ];
    for (const headers of crossSite) {
      const refused = await api.send(WRITE, {}, headers);
      expect(refused.status).toBe(403);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CROSS_SITE' });
      expect(refused.errors?.[0]?.message).toMatch(/拒绝跨站请求.* \/ Forbidden: a cookie-signed write/);
    }
    expect(await writeFootprint(api.atlas.db)).toEqual(before);

    const host = new URL(api.url).host;
    const sameSite: Record<string, string>[] = [
      { cookie, origin: api.url },
      { cookie, referer: `${api.url}/report` },
      { cookie, origin: 'https://atlas.example.cn' },
      { cookie, origin: 'https://atlas.zhoukou.gov.cn', 'x-forwarded-host': 'atlas.zhoukou.gov.cn' },
      { authorization: `Bearer ${token}`, origin: 'https://evil.example.com' },
    ];
    for (const headers of sameSite) {
      const passed = await api.send(WRITE, {}, headers);
      expect(passed.errors, `${JSON.stringify(headers)} on ${host}`).toBeUndefined();
    }
    // A cross-site read is harmless (SameSite keeps the cookie off it anyway) and answered.
    expect((await api.send(ME, {}, { cookie, origin: 'https://evil.example.com' })).data).toMatchObject({
      me: { username: 'he.ping' },
    });
  });
});

describe('who is asking, in the response cache', () => {
  it('never serves one user’s answer to another with the same role', async () => {
    await createTestUser(api.atlas, { username: 'reporter-a', role: 'zone_reporter', zoneCode: 'taikang' });
    await createTestUser(api.atlas, { username: 'reporter-b', role: 'zone_reporter', zoneCode: 'taikang' });
    const a = (await login('reporter-a')).data?.login.token as string;
    const b = (await login('reporter-b')).data?.login.token as string;
    const first = await api.gql(ME, {}, a);
    const again = await api.gql(ME, {}, a);
    const other = await api.gql(ME, {}, b);
    expect(again.headers.get('x-atlas-cache')).toBe('hit');
    expect(first.data).toMatchObject({ me: { username: 'reporter-a' } });
    expect(other.headers.get('x-atlas-cache')).toBe('miss');
    expect(other.data).toMatchObject({ me: { username: 'reporter-b' } });
  });
});

describe('the record of account changes', () => {
  it('audits user changes without any password, hash or token', async () => {
    const rows = await selectRows<{ actor: string; action: string; before: unknown; after: unknown }>(
      api.atlas.db,
      sql`SELECT actor, action, before, after FROM audit_log WHERE entity = 'user' ORDER BY id`,
    );
    expect(rows.map((r) => r.action)).toEqual(
      expect.arrayContaining([
        'CREATE',
        'DISABLE',
        'ENABLE',
        'RESET_PASSWORD',
        'REVOKE_SESSIONS',
        'CREATE_ACCESS_TOKEN',
        'REVOKE_ACCESS_TOKEN',
      ]),
    );
    const text = JSON.stringify(rows);
    expect(text).not.toMatch(/scrypt\$|password_?hash|passwordHash|ats_|atp_/i);
    expect(text).not.toContain(TEST_PASSWORD);
    expect(text).not.toContain('a-brand-new-password');
    expect(JSON.stringify(api.logs)).not.toContain(TEST_PASSWORD);
    expect(JSON.stringify(api.logs)).not.toMatch(/ats_[A-Za-z0-9_-]{20}|atp_[A-Za-z0-9_-]{20}/);
  });
});

describe('closed to anonymous readers (ATLAS_PUBLIC_READ=off)', () => {
  let closed: ApiHarness;
  beforeAll(async () => {
    closed = await startApi({ ATLAS_PUBLIC_READ: 'off' });
  });
  afterAll(() => closed?.stop());

  it('refuses anonymous reads 401 but lets them sign in and introspect', async () => {
    const read = await closed.gql('{ zones { code } }');
    expect(read.status).toBe(401);
    expect(code(read)).toBe('UNAUTHENTICATED');
    expect(read.errors?.[0]?.message).toMatch(/须登录.* \/ Sign in/);
    expect(code(await closed.gql('mutation { logout }'))).toBe('UNAUTHENTICATED');
    // Introspection passes the gate (this production server then answers it as it would anyone).
    expect((await closed.gql('{ __typename }')).data).toEqual({ __typename: 'Query' });
    expect((await closed.gql('{ __schema { queryType { name } } }')).status).not.toBe(401);
    const token = await closed.signIn({ username: 'reader', role: 'viewer' });
    const signedIn = await closed.gql<{ zones: unknown[] }>('{ zones { code } }', {}, token);
    expect(signedIn.data?.zones).toHaveLength(10);
    expect(
      (await closed.gql<{ zones: unknown[] }>('{ zones { code } }', {}, TOKENS.viewer)).data?.zones,
    ).toHaveLength(10);
  });
});
