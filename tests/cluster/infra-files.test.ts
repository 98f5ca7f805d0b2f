import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { NGINX_TEMPLATE, writeNginxConfig } from './nginx';

// No Docker engine runs here, so the Docker files are checked for what can be checked without
// one: the compose file's shape, the Dockerfile's stages and sources, and nginx -t on the config
// exactly as compose renders it.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DOCKER = join(ROOT, 'infra/docker');
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

interface Service {
  image?: string;
  build?: { context: string; dockerfile: string };
  command?: string[];
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  ports?: string[];
  volumes?: string[];
}

async function compose(): Promise<{ services: Record<string, Service> }> {
  return parse(await readFile(join(DOCKER, 'compose.yaml'), 'utf8'), { merge: true });
}

/** What `envsubst '${A} ${B}'` does: only the named variables, nginx's own $vars untouched. */
function envsubst(text: string, names: readonly string[], env: Record<string, string>): string {
  return text.replace(/\$\{([A-Z_]+)\}/g, (whole, name: string) =>
    names.includes(name) ? (env[name] ?? '') : whole,
  );
}

describe('infra/docker/compose.yaml', () => {
  it('runs PostGIS, two API replicas on it, the map and nginx, each checked for health', async () => {
    const { services } = await compose();
    expect(Object.keys(services).sort()).toEqual(['api-1', 'api-2', 'db', 'nginx', 'web']);
    expect(services.db?.image).toBe('postgis/postgis:15-3.4');
    for (const name of ['db', 'api-1', 'api-2', 'web', 'nginx'])
      expect(services[name]?.healthcheck?.test.length, name).toBeGreaterThan(1);
    for (const name of ['api-1', 'api-2']) {
      const api = services[name];
      expect(api?.command).toEqual(['api']);
      expect(api?.environment?.DATABASE_URL).toMatch(/@db:5432\/atlas$/);
      expect(api?.healthcheck?.test.join(' ')).toContain('/readyz');
      expect(api?.build?.dockerfile).toBe('infra/docker/Dockerfile');
    }
    expect(services.web?.command).toEqual(['web']);
    // Only nginx is reachable from outside, and only on this machine.
    for (const [name, service] of Object.entries(services))
      expect(service.ports ?? [], name).toEqual(name === 'nginx' ? ['127.0.0.1:8080:8080'] : []);
  });

  it('starts nothing before what it needs is healthy, and names only services that exist', async () => {
    const { services } = await compose();
    for (const [name, service] of Object.entries(services))
      for (const needed of Object.keys(service.depends_on ?? {}))
        expect(services, name).toHaveProperty(needed);
    expect(services['api-1']?.depends_on?.db?.condition).toBe('service_healthy');
    // The second replica waits for the first, which migrates and loads the empty database.
    expect(services['api-2']?.depends_on?.['api-1']?.condition).toBe('service_healthy');
  });

  it('mounts infra/nginx/atlas.conf into nginx, and nginx -t accepts it as compose renders it', async () => {
    const { services } = await compose();
    const nginx = services.nginx;
    expect(nginx?.volumes).toContain('../nginx/atlas.conf:/etc/atlas/atlas.conf:ro');
    const script = nginx?.command?.join(' ') ?? '';
    const names = [...script.matchAll(/\$\{(ATLAS_[A-Z_]+)\}/g)].map((m) => m[1] ?? '');
    expect(names.sort()).toEqual([
      'ATLAS_ACCESS_LOG',
      'ATLAS_API_SERVERS',
      'ATLAS_LISTEN',
      'ATLAS_RUN_DIR',
      'ATLAS_WEB_SERVERS',
    ]);
    const env = nginx?.environment ?? {};
    const rendered = envsubst(await readFile(NGINX_TEMPLATE, 'utf8'), names, env);
    expect(rendered).toContain('server api-1:4000 max_fails=1 fail_timeout=5s;');
    expect(rendered).toContain('server api-2:4000 max_fails=1 fail_timeout=5s;');
    expect(rendered).not.toMatch(/\$\{ATLAS_/);
    // nginx resolves upstream names when it reads its config; compose's names exist only on
    // compose's network, so here they stand for this machine.
    const dir = await mkdtemp(join(tmpdir(), 'atlas-nginx-compose-'));
    dirs.push(dir);
    const local = (lines: string) =>
      lines
        .replace(/\b(api-\d|web):/g, '127.0.0.1:')
        .split(/(?<=;)\s*/)
        .filter(Boolean);
    await expect(
      writeNginxConfig(dir, {
        listen: '127.0.0.1:8080',
        apiServers: local(env.ATLAS_API_SERVERS ?? ''),
        webServers: local(env.ATLAS_WEB_SERVERS ?? ''),
      }),
    ).resolves.toContain('nginx.conf');
  });
});

describe('infra/docker/Dockerfile', () => {
  const lines = async () =>
    (await readFile(join(DOCKER, 'Dockerfile'), 'utf8'))
      .replace(/\\\n/g, ' ')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'));

  it('builds in named stages, each taking only from a stage before it, and runs unprivileged', async () => {
    const stages: string[] = [];
    let user = 'root';
    for (const line of await lines()) {
      const from = line.match(/^FROM\s+(\S+)(?:\s+AS\s+(\S+))?$/i);
      if (from) {
        expect(from[1], 'a pinned base image').not.toMatch(/:latest$/);
        const base = from[1] ?? '';
        if (!base.startsWith('$')) expect(stages).toContain(base);
        expect(from[2], `stage ${line} is named`).toBeTruthy();
        stages.push(from[2] ?? '');
        user = 'root';
      }
      const copyFrom = line.match(/--from=(\S+)/);
      if (copyFrom) expect(stages.slice(0, -1)).toContain(copyFrom[1]);
      if (/^USER\s+/i.test(line)) user = line.split(/\s+/)[1] ?? '';
    }
    expect(stages).toEqual(['deps', 'build', 'runtime']);
    expect(user).not.toBe('root');
  });

  it('installs from the lockfile with every workspace manifest, and copies only files that exist', async () => {
    const all = await lines();
    expect(all.join('\n')).toContain('pnpm install --frozen-lockfile');
    expect(all.join('\n')).toContain('corepack enable');
    expect(all.join('\n')).toContain('pnpm --filter @atlas/web build');
    const copied = all
      .filter((line) => /^COPY\s/i.test(line) && !line.includes('--from='))
      .flatMap((line) =>
        line
          .split(/\s+/)
          .slice(1, -1)
          .filter((word) => !word.startsWith('--')),
      );
    for (const source of copied) expect(existsSync(join(ROOT, source)), source).toBe(true);
    const workspace = parse(await readFile(join(ROOT, 'pnpm-workspace.yaml'), 'utf8')) as {
      packages: string[];
    };
    const manifests = workspace.packages.flatMap((glob) =>
      glob.endsWith('/*')
        ? spawnSync('sh', ['-c', `ls -d ${glob}/package.json`], { cwd: ROOT, encoding: 'utf8' })
            .stdout.split('\n')
            .filter(Boolean)
        : [`${glob}/package.json`],
    );
    for (const manifest of manifests) expect(copied, manifest).toContain(manifest);
  });

  it('keeps node_modules, builds and the git history out of the build context', async () => {
    const ignore = (await readFile(join(DOCKER, 'Dockerfile.dockerignore'), 'utf8')).split('\n');
    for (const pattern of ['.git', '**/node_modules', '**/.next', '.data']) expect(ignore).toContain(pattern);
  });

  it('has an entrypoint the shell can parse', () => {
    expect(spawnSync('sh', ['-n', join(DOCKER, 'entrypoint.sh')]).status).toBe(0);
  });
});

const analyze = spawnSync('systemd-analyze', ['--version']).status === 0;

describe.skipIf(!analyze)('infra/systemd', () => {
  it('passes systemd-analyze verify, an API instance and the map', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'atlas-systemd-'));
    dirs.push(dir);
    const units = join(ROOT, 'infra/systemd');
    await copyFile(join(units, 'atlas-api@.service'), join(dir, 'atlas-api@.service'));
    await copyFile(join(units, 'atlas-api@.service'), join(dir, 'atlas-api@4001.service'));
    await copyFile(join(units, 'atlas-web.service'), join(dir, 'atlas-web.service'));
    const verify = spawnSync(
      'systemd-analyze',
      ['verify', '--man=no', join(dir, 'atlas-api@4001.service'), join(dir, 'atlas-web.service')],
      { encoding: 'utf8' },
    );
    // It also warns about the machine it runs on (no node at /usr/bin/node); only the units count.
    const faults = verify.stderr.split('\n').filter((line) => line.includes(dir));
    expect(faults).toEqual([]);
  });
});
