import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort } from './private-postgres';

export const FAULT_TOKENS = {
  planner: 'planner-fault-token-1234',
  admin: 'admin-fault-token-5678',
};

const API_DIR = fileURLToPath(new URL('../../apps/api/', import.meta.url));

export interface ApiProcess {
  readonly url: string;
  readonly pid: number;
  /** Every line the API wrote to stdout and stderr, in order. */
  readonly log: string[];
  /** False once the process has exited, whoever ended it (a crash included). */
  readonly alive: boolean;
  /** How it ended, for a message: `exit 1`, `SIGKILL`, or null while it runs. */
  readonly exit: string | null;
  /** A clean shutdown: SIGTERM, then SIGKILL if it has not exited within 10 s. */
  stop(): Promise<void>;
  /** `kill -9`: no shutdown code runs. */
  kill9(): Promise<void>;
}

export interface ApiProcessOptions {
  /** PostgreSQL to serve; unset means the embedded database in `dataDir`. */
  databaseUrl?: string;
  /** ATLAS_DATA_DIR, for the embedded database. */
  dataDir?: string;
  /** Added to the child's environment, e.g. `{ ATLAS_REQUEST_DEADLINE_MS: '5000' }`. */
  env?: Record<string, string>;
  /** How long migrating, seeding and opening may take before /readyz must answer 200. */
  readyTimeoutMs?: number;
}

/**
 * The API as production runs it, in a process of its own (`node --import tsx src/main.ts`, one
 * process, so `kill -9` kills the server and nothing survives it), on a free port of 127.0.0.1,
 * with NODE_ENV=production and the fault tokens. Resolves once /readyz answers 200.
 */
export async function startApiProcess(options: ApiProcessOptions = {}): Promise<ApiProcess> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATABASE_URL;
  delete env.ATLAS_DATA_DIR;
  Object.assign(env, {
    API_PORT: String(port),
    API_HOST: '127.0.0.1',
    ATLAS_API_TOKENS: `planner:${FAULT_TOKENS.planner},admin:${FAULT_TOKENS.admin}`,
    NODE_ENV: 'production',
    LOG_LEVEL: 'info',
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
    ...(options.dataDir ? { ATLAS_DATA_DIR: options.dataDir } : {}),
    ...options.env,
  });
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: API_DIR,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: string[] = [];
  const collect = (chunk: Buffer) => {
    for (const line of String(chunk).split('\n')) if (line) log.push(line);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(url, child, exited, options.readyTimeoutMs ?? 120_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${(error as Error).message}\n--- API log ---\n${log.slice(-40).join('\n')}`);
  }
  const stopWith = async (signal: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  return {
    url,
    pid: child.pid ?? 0,
    log,
    get alive() {
      return child.exitCode === null && child.signalCode === null;
    },
    get exit() {
      if (child.signalCode) return child.signalCode;
      return child.exitCode === null ? null : `exit ${child.exitCode}`;
    },
    stop: () => stopWith('SIGTERM'),
    kill9: () => stopWith('SIGKILL'),
  };
}

async function waitUntilReady(
  url: string,
  child: ChildProcess,
  exited: Promise<number | null>,
  timeoutMs: number,
): Promise<void> {
  let gone = false;
  void exited.then(() => {
    gone = true;
  });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (gone) throw new Error(`the API exited (code ${child.exitCode}) before it was ready`);
    const ready = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2_000) }).then(
      (res) => res.status === 200,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the API was not ready within ${timeoutMs} ms`);
}
