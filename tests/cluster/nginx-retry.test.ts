import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from './local-cluster';
import { type NginxProcess, startNginx } from './nginx';

// Which requests nginx sends again to another replica when the first one dies with the request
// in hand, checked against infra/nginx/atlas.conf itself: the first upstream reads the request
// and drops the connection without an answer (a replica killed mid-request), the backup answers.
let dir: string;
let nginx: NginxProcess;
const servers: Server[] = [];
const reached = { dying: 0, answering: 0 };

async function listen(server: Server): Promise<number> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

beforeAll(async () => {
  const dying = await listen(
    createServer((req, res) => {
      reached.dying += 1;
      req.resume();
      req.on('end', () => res.socket?.destroy());
    }),
  );
  const answering = await listen(
    createServer((req, res) => {
      reached.answering += 1;
      req.resume();
      req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{}}'));
    }),
  );
  dir = await mkdtemp(join(tmpdir(), 'atlas-nginx-retry-'));
  nginx = await startNginx(dir, await freePort(), {
    // max_fails=0: the dying one stays first in line for every request, so each case meets it.
    apiServers: [`server 127.0.0.1:${dying} max_fails=0;`, `server 127.0.0.1:${answering} backup;`],
    webServers: [],
  });
});

afterAll(async () => {
  await nginx?.stop();
  for (const server of servers) server.close();
  await rm(dir, { recursive: true, force: true });
});

async function send(method: 'GET' | 'POST', headers: Record<string, string> = {}) {
  const before = { ...reached };
  const response = await fetch(`${nginx.url}/graphql${method === 'GET' ? '?query=%7B__typename%7D' : ''}`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    ...(method === 'POST' ? { body: '{"query":"{ __typename }"}' } : {}),
  });
  await response.arrayBuffer();
  return {
    status: response.status,
    dying: reached.dying - before.dying,
    answering: reached.answering - before.answering,
  };
}

describe('nginx: which GraphQL requests are sent again after a replica dies mid-request', () => {
  it('retries a GET: Apollo runs only queries over GET', async () => {
    expect(await send('GET')).toEqual({ status: 200, dying: 1, answering: 1 });
  });

  it("retries an anonymous POST: the API lets the anonymous viewer only read (the map's case)", async () => {
    expect(await send('POST')).toEqual({ status: 200, dying: 1, answering: 1 });
  });

  it('does not retry a POST with a token and no Idempotency-Key: it may be a mutation already written', async () => {
    expect(await send('POST', { authorization: 'Bearer planner-token-0000000' })).toEqual({
      status: 502,
      dying: 1,
      answering: 0,
    });
  });

  it('retries a POST with a token and an Idempotency-Key: the API never writes a key twice', async () => {
    expect(
      await send('POST', { authorization: 'Bearer planner-token-0000000', 'idempotency-key': 'k-1' }),
    ).toEqual({ status: 200, dying: 1, answering: 1 });
  });
});

describe('nginx: the other routes', () => {
  it('answers /healthz from the API and keeps /metrics to this machine', async () => {
    expect((await fetch(`${nginx.url}/healthz`)).status).toBe(200);
    // The test runs on this machine, so /metrics passes; nginx's own refusal is a 403.
    expect((await fetch(`${nginx.url}/metrics`)).status).toBe(200);
  });

  it('answers / with 502 when the cluster runs without the map', async () => {
    expect((await fetch(`${nginx.url}/`)).status).toBe(502);
  });
});
