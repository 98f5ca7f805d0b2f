import { execFile, spawnSync } from 'node:child_process';
import { appendFile, chown, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Debian's PostgreSQL 15 binaries, the ones `infra/postgres/setup-debian.sh` installs beside PostGIS 3. */
export const POSTGRES_BIN = '/usr/lib/postgresql/15/bin';

export type StopMode = 'fast' | 'immediate';

export interface PrivatePostgres {
  /** `postgres://postgres@127.0.0.1:<port>/atlas`: PostGIS created, nothing else. */
  readonly url: string;
  readonly port: number;
  readonly dataDir: string;
  /** The server's own log, for a failing test to print. */
  readonly logFile: string;
  readonly running: boolean;
  start(): Promise<void>;
  /** `fast` is a clean shutdown (what `systemctl stop` does); `immediate` is a crash and a WAL replay on start. */
  stop(options?: { mode?: StopMode }): Promise<void>;
  restart(options?: { mode?: StopMode }): Promise<void>;
  /** Stops the server if it runs and deletes its directory. */
  cleanup(): Promise<void>;
}

/** A TCP port nobody listens on right now on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * initdb refuses to run as root, so as root every server command runs as the `postgres` OS user
 * (`runuser`); as anyone else it runs as that user.
 */
function asServerUser(binary: string, args: string[]): [string, string[]] {
  const path = join(POSTGRES_BIN, binary);
  return userInfo().uid === 0 ? ['runuser', ['-u', 'postgres', '--', path, ...args]] : [path, args];
}

async function serverCommand(binary: string, args: string[], cwd: string): Promise<string> {
  const [command, argv] = asServerUser(binary, args);
  try {
    const { stdout } = await run(command, argv, { cwd, timeout: 120_000 });
    return stdout;
  } catch (error) {
    const { stderr = '', stdout = '' } = error as { stderr?: string; stdout?: string };
    throw new Error(`${binary} ${args.join(' ')} failed: ${stderr || stdout || String(error)}`);
  }
}

/** True when this machine has the PostgreSQL 15 binaries a private instance needs. */
export function privatePostgresAvailable(): boolean {
  return spawnSync(join(POSTGRES_BIN, 'postgres'), ['--version']).status === 0;
}

/**
 * A throwaway PostgreSQL 15 + PostGIS server of the caller's own: its own data directory under the
 * system temp dir, its own port on 127.0.0.1, its own Unix socket directory. Tests stop, crash and
 * restart it freely; the system's PostgreSQL (shared with other tests) is never touched.
 *
 * `fsync=off` keeps initdb and the load fast. It only matters if the machine itself crashes: a
 * stopped or killed server (even `immediate`) still leaves its committed WAL in the OS page cache,
 * so every commit it acknowledged survives, which is what the outage tests check.
 *
 * @example
 * const pg = await startPrivatePostgres();
 * await pg.restart();
 * await pg.cleanup();
 */
export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const dir = await mkdtemp(join(tmpdir(), 'atlas-private-pg-'));
  const dataDir = join(dir, 'data');
  const socketDir = join(dir, 'socket');
  const logFile = join(dir, 'postgres.log');
  await mkdir(socketDir);
  if (userInfo().uid === 0) {
    const { uid, gid } = postgresUser();
    for (const path of [dir, socketDir]) await chown(path, uid, gid);
  }
  await serverCommand(
    'initdb',
    ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8', '--no-sync'],
    dir,
  );
  const port = await freePort();
  await appendFile(
    join(dataDir, 'postgresql.conf'),
    [
      '',
      `port = ${port}`,
      `listen_addresses = '127.0.0.1'`,
      `unix_socket_directories = '${socketDir}'`,
      'fsync = off',
      'full_page_writes = off',
      'max_connections = 60',
      'shared_buffers = 32MB',
      '',
    ].join('\n'),
  );
  let running = false;
  const pg: PrivatePostgres = {
    url: `postgres://postgres@127.0.0.1:${port}/atlas`,
    port,
    dataDir,
    logFile,
    get running() {
      return running;
    },
    async start() {
      await serverCommand('pg_ctl', ['-D', dataDir, '-l', logFile, '-w', '-t', '60', 'start'], dir);
      running = true;
    },
    async stop({ mode = 'fast' } = {}) {
      await serverCommand('pg_ctl', ['-D', dataDir, '-m', mode, '-w', '-t', '60', 'stop'], dir);
      running = false;
    },
    async restart({ mode = 'fast' } = {}) {
      await pg.stop({ mode });
      await pg.start();
    },
    async cleanup() {
      if (running) await pg.stop({ mode: 'immediate' }).catch(() => {});
      await rm(dir, { recursive: true, force: true });
    },
  };
  try {
    await pg.start();
    const psql = (database: string, statement: string) =>
      serverCommand(
        'psql',
        [
          '-h',
          socketDir,
          '-p',
          String(port),
          '-U',
          'postgres',
          '-d',
          database,
          '-v',
          'ON_ERROR_STOP=1',
          '-c',
          statement,
        ],
        dir,
      );
    await psql('postgres', 'CREATE DATABASE atlas');
    await psql('atlas', 'CREATE EXTENSION postgis');
  } catch (error) {
    await pg.cleanup();
    throw error;
  }
  return pg;
}

function postgresUser(): { uid: number; gid: number } {
  const id = (flag: string) =>
    Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
  const uid = id('-u');
  if (!Number.isInteger(uid) || uid <= 0) throw new Error('running as root needs a `postgres` OS user');
  return { uid, gid: id('-g') };
}
