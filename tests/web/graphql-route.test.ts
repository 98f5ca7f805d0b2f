import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MapServer, startMapServer } from './map-server';

// The map app with no API behind it: its /graphql passes to a port nothing listens on.
let orphan: MapServer;
// And behind a proxy whose API is down: it answers every request with an HTML 502 page.
let proxy: Server;
let proxied: MapServer;
beforeAll(async () => {
  proxy = createServer((_, res) => res.writeHead(502, { 'content-type': 'text/html' }).end('<h1>502</h1>'));
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  [orphan, proxied] = await Promise.all([
    startMapServer('http://127.0.0.1:9'),
    startMapServer(`http://127.0.0.1:${(proxy.address() as AddressInfo).port}`),
  ]);
}, 300_000);
afterAll(() => {
  orphan?.stop();
  proxied?.stop();
  proxy?.close();
});

const ask = (server: MapServer) =>
  fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ zones { code } }' }),
  });

describe('the map app’s /graphql when the API cannot be reached', () => {
  it('answers 503 with a GraphQL error in JSON and when to try again, not an empty body', async () => {
    const r = await ask(orphan);
    expect(r.status).toBe(503);
    expect(r.headers.get('retry-after')).toBe('5');
    const body = (await r.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('API_UNREACHABLE');
    expect(body.errors[0]?.message).toContain('暂时无法连接数据服务');
  });

  it('turns a proxy’s HTML error page into the same JSON error', async () => {
    const r = await ask(proxied);
    expect(r.status).toBe(503);
    expect(((await r.json()) as { errors: unknown[] }).errors).toHaveLength(1);
  });

  it('says on the inspection page that a period is no round, and links the rounds there are', async () => {
    const html = await (await fetch(`${orphan.url}/inspection?period=2031Q9`)).text();
    expect(html).toContain('没有“2031Q9”这一轮观摩');
    for (const p of ['2014Q3', '2014Q4', '2014']) expect(html).toContain(`href="/inspection?period=${p}"`);
  });
});
