import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: a plain .mjs script, also run on its own by .ci/run
import { ensureNginx } from '../../scripts/ensure-nginx.mjs';

export const NGINX_TEMPLATE = fileURLToPath(new URL('../../infra/nginx/atlas.conf', import.meta.url));

/**
 * Passive health checks: one failed attempt (refused, reset, timed out, 502/503) takes a replica
 * out for 5 s; after that live traffic tries it again. Short, because a killed replica is
 * refused at once and costs nothing to skip, and a restarted one should be back in seconds.
 */
export const PASSIVE_HEALTH = { maxFails: 1, failTimeoutSeconds: 5 } as const;

/** One upstream member with the passive-health parameters, as ATLAS_API_SERVERS wants it. */
export const upstreamServer = (address: string): string =>
  `server ${address} max_fails=${PASSIVE_HEALTH.maxFails} fail_timeout=${PASSIVE_HEALTH.failTimeoutSeconds}s;`;

/** What fills the template's placeholders. */
export interface NginxValues {
  /** `8080` or `127.0.0.1:8080`. */
  listen: string;
  /** Whole upstream lines, e.g. from `upstreamServer`. */
  apiServers: readonly string[];
  /** Whole upstream lines; none means `/` answers 502 (a cluster without the map). */
  webServers: readonly string[];
  runDir: string;
}

/** infra/nginx/atlas.conf with its ${ATLAS_…} placeholders filled in; refuses one left unfilled. */
export function renderNginxConfig(template: string, values: NginxValues): string {
  const fill: Record<string, string> = {
    ATLAS_LISTEN: values.listen,
    ATLAS_API_SERVERS: values.apiServers.join('\n        '),
    // An upstream needs a member: a `down` one makes `/` a plain 502 when there is no map.
    ATLAS_WEB_SERVERS: values.webServers.length
      ? values.webServers.join('\n        ')
      : 'server 127.0.0.1:9 down;',
    ATLAS_RUN_DIR: values.runDir,
    // Not /dev/stdout: a child's stdout from Node is a socket, which nginx cannot open as a file.
    ATLAS_ACCESS_LOG: join(values.runDir, 'access.log'),
  };
  const text = template.replace(/\$\{(ATLAS_[A-Z_]+)\}/g, (whole, name: string) => fill[name] ?? whole);
  const left = text.match(/\$\{ATLAS_[A-Z_]+\}/);
  if (left) throw new Error(`infra/nginx/atlas.conf: nothing fills ${left[0]}`);
  return text;
}

export interface NginxProcess {
  readonly url: string;
  readonly port: number;
  readonly child: ChildProcess;
  /** What nginx wrote to stderr (its errors), line by line. */
  readonly log: string[];
  /** Its access log, with the upstream(s) each request went to. */
  readonly accessLog: string;
  stop(): Promise<void>;
}

const foreground = (dir: string) => ['-p', `${dir}/`, '-e', 'stderr', '-c', join(dir, 'nginx.conf')];
const globals = (dir: string) => ['-g', `daemon off; pid ${join(dir, 'nginx.pid')};`];

/**
 * Writes the rendered config into `dir` (its own prefix, pid file and temp paths: never the
 * system's nginx) and checks it with `nginx -t`; returns the config's path.
 */
export async function writeNginxConfig(dir: string, values: Omit<NginxValues, 'runDir'>): Promise<string> {
  const nginx = ensureNginx() as string;
  // Workers run as an unprivileged user when nginx starts as root: they must reach the temp paths.
  await mkdir(dir, { recursive: true });
  await chmod(dir, 0o755);
  const file = join(dir, 'nginx.conf');
  await writeFile(
    file,
    renderNginxConfig(await readFile(NGINX_TEMPLATE, 'utf8'), { ...values, runDir: dir }),
  );
  const test = spawnSync(nginx, ['-t', '-q', ...foreground(dir), ...globals(dir)], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx -t refused ${file}:\n${test.stderr}`);
  return file;
}

/** nginx in the foreground as a child of this process, on 127.0.0.1:`port`; resolves once it answers. */
export async function startNginx(
  dir: string,
  port: number,
  servers: Omit<NginxValues, 'runDir' | 'listen'>,
): Promise<NginxProcess> {
  await writeNginxConfig(dir, { ...servers, listen: `127.0.0.1:${port}` });
  const child = spawn(ensureNginx() as string, [...foreground(dir), ...globals(dir)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: string[] = [];
  const collect = (chunk: Buffer) => {
    for (const line of String(chunk).split('\n')) if (line) log.push(line);
    if (log.length > 5_000) log.splice(0, log.length - 5_000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i += 1) {
    if (child.exitCode !== null || i === 100)
      throw new Error(`nginx did not come up at ${url}:\n${log.slice(-20).join('\n')}`);
    // Any answer, even a 502 from an upstream still starting, means nginx itself listens.
    const up = await fetch(`${url}/nginx-alive`).then(
      () => true,
      () => false,
    );
    if (up) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    port,
    child,
    log,
    accessLog: join(dir, 'access.log'),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
