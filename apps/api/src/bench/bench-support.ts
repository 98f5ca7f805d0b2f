import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';

/**
 * Starts a bench server (a TypeScript file beside this one) and resolves once it prints `ready`:
 * with the node flags and NODE_ENV the API runs with in production (infra/docker/entrypoint.sh).
 */
export function startScript(script: string, args: string[]): Promise<ChildProcess> {
  return startProcess(process.execPath, [
    '--max-semi-space-size=64',
    '--import',
    'tsx',
    fileURLToPath(new URL(script, import.meta.url)),
    ...args,
  ]);
}

/** Starts a process that prints `ready` once it listens; rejects if it exits first. */
export function startProcess(command: string, args: string[], cwd?: string): Promise<ChildProcess> {
  const child = spawn(command, args, {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' },
    ...(cwd ? { cwd } : {}),
  });
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => d.toString().includes('ready') && resolve(child));
    child.on('exit', (code) => reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)));
  });
}

/** A database of its own on the PostgreSQL server, so the benchmark never reseeds a planner's data. */
export async function benchDatabase(url: string): Promise<string> {
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  const exists = await admin`SELECT 1 FROM pg_database WHERE datname = 'atlas_bench'`;
  if (exists.length === 0) await admin.unsafe('CREATE DATABASE atlas_bench');
  await admin.end();
  const u = new URL(url);
  u.pathname = '/atlas_bench';
  return u.toString();
}
