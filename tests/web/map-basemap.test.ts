import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMap } from './browser';
import { runningMap } from './running-map';

// An "online basemap" on this machine: a style server the operator points the map at. It stands in
// for a real provider, which this machine cannot reach.
const REMOTE_BACKGROUND = '#123456';
const remoteStyle = {
  version: 8,
  sources: {},
  layers: [{ id: 'land', type: 'background', paint: { 'background-color': REMOTE_BACKGROUND } }],
};

let styleServer: Server;
let styleUrl = '';
const styleRequests: string[] = [];

beforeAll(async () => {
  styleServer = createServer((req, res) => {
    styleRequests.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
    res.end(JSON.stringify(remoteStyle));
  });
  await new Promise<void>((resolve) => styleServer.listen(0, '127.0.0.1', resolve));
  const { port } = styleServer.address() as AddressInfo;
  styleUrl = `http://127.0.0.1:${port}/style.json`;
});
afterAll(() => styleServer?.close());
// Registered after the style server's hooks, so the map starts once the server has its port.
const running = runningMap(() => ({ ATLAS_BASEMAP_STYLE_URL: styleUrl }));

describe('an online basemap, configured by environment', () => {
  it('draws the operator’s style under the project’s layers', async () => {
    const { page, watch } = await openMap(running.browser, running.system.webUrl);
    expect(styleRequests).toContain('/style.json');
    // The remote background shows around the counties, where our own layers draw nothing.
    const image = PNG.sync.read(await page.screenshot());
    let remote = 0;
    for (let i = 0; i < image.data.length; i += 4) {
      if (image.data[i] === 0x12 && image.data[i + 1] === 0x34 && image.data[i + 2] === 0x56) remote += 1;
    }
    expect(remote).toBeGreaterThan(10_000);
    expect(await page.locator('[role="status"]').count()).toBe(0);
    expect(await page.locator('main.atlas').getAttribute('data-shown-layers')).toContain('zones');
    expect(watch.errors, watch.errors.join('\n')).toEqual([]);
    await page.close();
  });
});
