import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startMapServer } from '../web/map-server';
import { type NginxProcess, startNginx, upstreamServer } from './nginx';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const API_DIR = join(ROOT, 'apps/api');

/** The PostgreSQL server `infra/postgres/setup-debian.sh` makes; the cluster adds a database to it. */
export const DEFAULT_SERVER_URL = 'postgres://atlas:atlas@127.0.0.1:5432/atlas';

/** The cluster's planner: writes need it (`Authorization: Bearer …`). */
export const CLUSTER_TOKENS = { planner: 'planner-cluster-token-0001' } as const;

export interface ClusterOptions {
  /** Serve the map too, behind nginx at `/` (built first if stale, which takes a while). Default true. */
  web?: boolean;
  /** API replicas. Default 2. */
  replicas?: number;
  /** Any database on the PostgreSQL server to use; DATABASE_URL, else the setup script's. */
  serverUrl?: string;
  /**
   * The cluster's own database on that server. Unset: a fresh `atlas_cluster_<pid>`, dropped at
   * stop (tests, benches). Named: created if missing and kept, so edits survive a restart.
   */
  database?: string;
  /** nginx's port on 127.0.0.1; unset, a free one. */
  port?: number;
  /** Copy the replicas' and nginx's error output to this process's stderr. */
  verbose?: boolean;
}

/** One API process (`node --import tsx src/main.ts`: one process, so SIGKILL leaves nothing behind). */
export interface ApiReplica {
  readonly name: string;
  readonly port: number;
  /** Its own address, bypassing nginx. */
  readonly url: string;
  /** Its log lines (pino JSON and anything on stderr), the latest few thousand. */
  readonly log: string[];
  alive(): boolean;
  /** Sends `signal` (SIGTERM: a clean shutdown; SIGKILL: a crash) and waits until it has exited. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** Starts it again on the same port; resolves once its /readyz answers 200. */
  start(): Promise<void>;
}

export interface LocalCluster {
  /** nginx: the map at `/`, and `/graphql`, `/healthz`, `/readyz` across the replicas. */
  readonly url: string;
  readonly databaseUrl: string;
  readonly replicas: readonly ApiReplica[];
  readonly nginx: NginxProcess;
  /** Whether the map is served at `url`. */
  readonly web: boolean;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function psql(url: string, command: string) {
  return spawnSync('psql', [url, '-v', 'ON_ERROR_STOP=1', '-qAtc', command], { encoding: 'utf8' });
}

/** PostgreSQL answering at `serverUrl`, installed and started by the setup script if it is not. */
function ensurePostgres(serverUrl: string): void {
  const answers = () =>
    spawnSync('psql', [serverUrl, '-qAtc', 'select 1'], { encoding: 'utf8' }).status === 0;
  if (answers()) return;
  console.error('PostgreSQL is not answering: running infra/postgres/setup-debian.sh');
  const setup = spawnSync('bash', [join(ROOT, 'infra/postgres/setup-debian.sh')], { stdio: 'inherit' });
  if (setup.status !== 0 || !answers())
    throw new Error(`PostgreSQL does not answer at ${serverUrl}; see infra/postgres/setup-debian.sh`);
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Creates `name` with PostGIS (from template1, as the setup script installs it there). */
function ensureDatabase(serverUrl: string, name: string, fresh: boolean): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain database name: ${name}`);
  if (fresh) psql(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  const exists = psql(serverUrl, `SELECT 1 FROM pg_database WHERE datname = '${name}'`).stdout.trim() === '1';
  if (!exists) {
    const made = psql(serverUrl, `CREATE DATABASE ${name}`);
    if (made.status !== 0) throw new Error(`cannot create database ${name}: ${made.stderr}`);
  }
  const url = withDatabase(serverUrl, name);
  if (psql(url, 'CREATE EXTENSION IF NOT EXISTS postgis').status !== 0) {
    // The role is not a superuser and template1 has no PostGIS: the superuser adds it, as root.
    const added = spawnSync('runuser', [
      '-u',
      'postgres',
      '--',
      'psql',
      '-d',
      name,
      '-qc',
      'CREATE EXTENSION IF NOT EXISTS postgis',
    ]);
    if (added.status !== 0) throw new Error(`database ${name} has no PostGIS and this user cannot add it`);
  }
  return url;
}

function collectLines(target: string[], prefix: string | null) {
  return (chunk: Buffer) => {
    for (const line of String(chunk).split('\n')) {
      if (!line) continue;
      target.push(line);
      if (prefix) process.stderr.write(`${prefix} ${line}\n`);
    }
    if (target.length > 5_000) target.splice(0, target.length - 5_000);
  };
}

function apiReplica(name: string, port: number, databaseUrl: string, verbose: boolean): ApiReplica {
  const url = `http://127.0.0.1:${port}`;
  const log: string[] = [];
  let child: ChildProcess | null = null;
  let exited: Promise<void> = Promise.resolve();
  const alive = () => child !== null && child.exitCode === null && child.signalCode === null;
  const replica: ApiReplica = {
    name,
    port,
    url,
    log,
    alive,
    async kill(signal = 'SIGTERM') {
      if (!alive()) return;
      child?.kill(signal);
      const timer = setTimeout(() => child?.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
    async start() {
      if (alive()) return;
      const env: NodeJS.ProcessEnv = { ...process.env };
      delete env.ATLAS_DATA_DIR;
      Object.assign(env, {
        DATABASE_URL: databaseUrl,
        API_PORT: String(port),
        API_HOST: '127.0.0.1',
        NODE_ENV: 'production',
        ATLAS_API_TOKENS: `planner:${CLUSTER_TOKENS.planner}`,
        LOG_LEVEL: env.LOG_LEVEL ?? 'warn',
      });
      const started = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
        cwd: API_DIR,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child = started;
      exited = new Promise((resolve) => started.once('exit', () => resolve()));
      started.stdout?.on('data', collectLines(log, verbose ? `[${name}]` : null));
      started.stderr?.on('data', collectLines(log, verbose ? `[${name}]` : null));
      for (let waited = 0; ; waited += 200) {
        if (!alive() || waited > 180_000) {
          await replica.kill('SIGKILL');
          throw new Error(`${name} did not become ready at ${url}:\n${log.slice(-30).join('\n')}`);
        }
        const ready = await fetch(`${url}/readyz`).then(
          (r) => r.status === 200,
          () => false,
        );
        if (ready) return;
        await sleep(200);
      }
    },
  };
  return replica;
}

/**
 * A cluster on this machine: PostgreSQL (the setup script's server, with a database of the
 * cluster's own), `replicas` API processes on free ports, the map if `web`, and nginx from
 * infra/nginx/atlas.conf in front of them, run in the foreground from a temp dir. What
 * `pnpm cluster` starts, and what tests/cluster and the failover bench run against.
 *
 * @example
 * const cluster = await startLocalCluster({ web: false });
 * await fetch(`${cluster.url}/readyz`);        // through nginx
 * await cluster.replicas[1]?.kill('SIGKILL');  // a crash; nginx skips it
 * await cluster.stop();
 */
export async function startLocalCluster(options: ClusterOptions = {}): Promise<LocalCluster> {
  const serverUrl = options.serverUrl ?? process.env.DATABASE_URL ?? DEFAULT_SERVER_URL;
  const ephemeral = options.database === undefined;
  const name = options.database ?? `atlas_cluster_${process.pid}`;
  ensurePostgres(serverUrl);
  const databaseUrl = ensureDatabase(serverUrl, name, ephemeral);
  const dir = await mkdtemp(join(tmpdir(), 'atlas-cluster-'));
  const port = options.port ?? (await freePort());
  const verbose = options.verbose ?? false;
  const replicas: ApiReplica[] = [];
  let web: { url: string; stop(): void } | null = null;
  let nginx: NginxProcess | null = null;
  const killAll = () => {
    for (const replica of replicas) if (replica.alive()) void replica.kill('SIGKILL');
    nginx?.child.kill('SIGKILL');
    web?.stop();
  };
  process.once('exit', killAll);

  async function stop() {
    process.off('exit', killAll);
    await nginx?.stop();
    web?.stop();
    await Promise.all(replicas.map((replica) => replica.kill('SIGTERM')));
    if (ephemeral) psql(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await rm(dir, { recursive: true, force: true });
  }

  try {
    // One after another: the first migrates and loads an empty database, the others find it ready.
    for (let i = 0; i < (options.replicas ?? 2); i += 1) {
      const replica = apiReplica(`api-${i + 1}`, await freePort(), databaseUrl, verbose);
      replicas.push(replica);
      await replica.start();
    }
    // The map's server passes /graphql on through nginx too, so it never pins one replica.
    if (options.web ?? true) web = await startMapServer(`http://127.0.0.1:${port}`);
    nginx = await startNginx(dir, port, {
      apiServers: replicas.map((replica) => upstreamServer(`127.0.0.1:${replica.port}`)),
      webServers: web ? [upstreamServer(new URL(web.url).host)] : [],
    });
    if (verbose) nginx.child.stderr?.on('data', (chunk) => process.stderr.write(`[nginx] ${chunk}`));
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: nginx.url, databaseUrl, replicas, nginx, web: web !== null, stop };
}
