import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDemoAccounts } from '@atlas/core';
import { lockFileFor, selectRows } from '@atlas/db';
import { openTestDatabase } from '@atlas/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The command line and the first start, as real processes on a database of their own: the
 * embedded one in a fresh directory, or a fresh PostgreSQL database when DATABASE_URL is set.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SLOW = 600_000;

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** Environment naming a database nobody else uses, which has never been started on. */
async function freshDatabase(): Promise<Record<string, string>> {
  const base = { COREPACK_INTEGRITY_KEYS: '0', ATLAS_DEMO_DATA: 'on', LOG_LEVEL: 'info' };
  if (!process.env.DATABASE_URL) {
    const dir = await mkdtemp(join(tmpdir(), 'atlas-cli-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    return { ...base, DATABASE_URL: '', ATLAS_DATA_DIR: join(dir, 'pglite') };
  }
  // A database of its own, created empty (not even migrated), made and dropped through a test
  // database's connection.
  const admin = await openTestDatabase();
  const name = `atlas_cli_${process.pid}_${Math.floor(Math.random() * 1e9)}`;
  await admin.db.execute(sql.raw(`CREATE DATABASE ${name}`));
  cleanups.push(async () => {
    await admin.db.execute(sql.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    await admin.close();
  });
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${name}`;
  return { ...base, DATABASE_URL: url.toString() };
}

function run(command: string[], env: Record<string, string>, input?: string): Promise<Ran> {
  const child = spawn('pnpm', command, { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'pipe' });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => {
    stdout += d;
  });
  child.stderr.on('data', (d: Buffer) => {
    stderr += d;
  });
  child.stdin.end(input ?? '');
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

const atlas = (args: string[], env: Record<string, string>, input?: string) =>
  run(['--silent', 'atlas', ...args], env, input);

/** `pnpm start`'s API alone (tsx apps/api/src/main.ts), until it says where it listens. */
async function startApi(
  env: Record<string, string>,
): Promise<{ url: string; stdout: () => string; stop: () => Promise<void> }> {
  const port = String(4900 + Math.floor(Math.random() * 90));
  const child: ChildProcess = spawn('pnpm', ['--silent', '--filter', '@atlas/api', 'start'], {
    cwd: ROOT,
    env: { ...process.env, ...env, API_PORT: port, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => {
    out += d;
  });
  child.stderr?.on('data', (d: Buffer) => {
    out += d;
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.on('exit', resolve));
    process.kill(-(child.pid as number), 'SIGTERM');
    await exited;
    // pnpm leaves at the signal; the API itself may still be closing the embedded database.
    const lock = env.ATLAS_DATA_DIR ? lockFileFor(env.ATLAS_DATA_DIR) : null;
    for (let i = 0; lock && existsSync(lock) && i < 300; i++) await new Promise((r) => setTimeout(r, 100));
  };
  cleanups.push(stop);
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', () => out.includes('GraphQL API at') && resolve());
    child.on('exit', (code) => reject(new Error(`the API exited with ${code}: ${out.slice(-2000)}`)));
  });
  return { url: `http://127.0.0.1:${port}/graphql`, stdout: () => out, stop };
}

async function gql<T>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
}

const LOGIN =
  'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token me { username role demo } } }';

describe('pnpm atlas users, before the first start', () => {
  it(
    'adds, lists and disables users on a fresh database, and the first start still loads the plan',
    async () => {
      const env = await freshDatabase();
      const added = await atlas(
        ['users', 'add', 'chief', '--role', 'ADMIN', '--display-name', '王芳'],
        env,
        'chief-password-1\n',
      );
      expect(added.stderr).not.toContain('Error');
      expect(added.code).toBe(0);
      expect(added.stdout).toContain('user chief added (admin)');

      const reporter = await atlas(
        ['users', 'add', 'tk', '--role', 'zone_reporter', '--zone', 'taikang'],
        env,
        'tk-password-0001\n',
      );
      expect(reporter.code).toBe(0);
      // Mistakes are named before any database is opened: these two are pointed at none.
      const nowhere = { ...env, DATABASE_URL: 'postgres://atlas:atlas@127.0.0.1:1/nowhere' };
      const short = await atlas(['users', 'add', 'shorty', '--role', 'PLANNER'], nowhere, 'short\n');
      expect(short.code).toBe(1);
      expect(short.stderr).toContain('密码至少 10 个字符 / password: at least 10 characters');
      const noZone = await atlas(
        ['users', 'add', 'nozone', '--role', 'ZONE_REPORTER'],
        nowhere,
        'long-enough-pw\n',
      );
      expect(noZone.code).toBe(1);
      expect(noZone.stderr).toContain('园区填报员须指定园区 / a zone reporter needs a zone');
      expect(short.stderr + noZone.stderr).not.toMatch(/ECONNREFUSED|nowhere/);

      const disabled = await atlas(['users', 'disable', 'tk'], env);
      expect(disabled.code).toBe(0);
      const listed = await atlas(['users', 'list'], env);
      expect(listed.code).toBe(0);
      expect(listed.stdout).toMatch(/chief\s*'?\s*│\s*'?王芳/);
      expect(listed.stdout).toMatch(/'tk'.*'zone_reporter'.*'taikang'.*true/);
      expect(listed.stdout).not.toContain('shorty');
      expect(listed.stdout + listed.stderr).not.toMatch(/scrypt|password-/);

      const api = await startApi(env);
      const zones = await gql<{ zones: unknown[] }>(api.url, '{ zones { code } }');
      expect(zones.data?.zones).toHaveLength(10);
      const signedIn = await gql<{ login: { token: string; me: unknown } }>(api.url, LOGIN, {
        u: 'chief',
        p: 'chief-password-1',
      });
      expect(signedIn.data?.login.me).toEqual({ username: 'chief', role: 'ADMIN', demo: false });
      expect(
        (await gql(api.url, LOGIN, { u: 'tk', p: 'tk-password-0001' })).errors?.[0]?.extensions?.code,
      ).toBe('UNAUTHENTICATED');
      // Accounts existed before the first start, so it made no demo accounts.
      expect(api.stdout()).not.toContain('Demo accounts');
      await api.stop();
    },
    SLOW,
  );

  it(
    'prints the demo accounts’ passwords once at the first start, never through the log',
    async () => {
      const env = await freshDatabase();
      const api = await startApi(env);
      const out = api.stdout();
      expect(out).toContain('Demo accounts (shown only this once');
      const accounts = [...out.matchAll(/^ {2}(\S+)\s+(zone_reporter|planner|inspector|admin)\s+(\S+)$/gm)];
      expect(accounts.map((a) => a[1]).sort()).toEqual(
        expect.arrayContaining(['admin', 'inspector', 'planner', 'taikang-reporter', 'shenqiu-reporter']),
      );
      expect(accounts).toHaveLength(13);
      const [, username, , password] = accounts.find((a) => a[1] === 'taikang-reporter') ?? [];
      const signedIn = await gql<{ login: { me: unknown } }>(api.url, LOGIN, { u: username, p: password });
      expect(signedIn.data?.login.me).toEqual({
        username: 'taikang-reporter',
        role: 'ZONE_REPORTER',
        demo: true,
      });
      const logLines = out.split('\n').filter((line) => line.startsWith('{'));
      expect(logLines.length).toBeGreaterThan(0);
      for (const [, , , secret] of accounts) expect(logLines.join('\n')).not.toContain(secret);
      await api.stop();
      const again = await startApi(env);
      expect(again.stdout()).not.toContain('Demo accounts');
      await again.stop();
    },
    SLOW,
  );
});

describe('demo accounts', () => {
  it('are made only on a database without accounts, one reporter per zone and the three city roles', async () => {
    const db = await openTestDatabase();
    cleanups.push(() => db.close());
    const { seed } = await import('@atlas/db');
    await seed(db, { demo: true });
    const made = await ensureDemoAccounts(db.db);
    expect(made).toHaveLength(13);
    expect(made.filter((a) => a.role === 'zone_reporter').map((a) => a.username)).toContain(
      'xiangcheng-reporter',
    );
    expect(new Set(made.map((a) => a.password)).size).toBe(13);
    const rows = await selectRows<{ demo: boolean; zone_code: string | null; role: string }>(
      db.db,
      sql`SELECT demo, zone_code, role FROM users`,
    );
    expect(rows.every((r) => r.demo)).toBe(true);
    expect(rows.every((r) => (r.role === 'zone_reporter') === (r.zone_code !== null))).toBe(true);
    expect(await ensureDemoAccounts(db.db)).toEqual([]);
  });
});
