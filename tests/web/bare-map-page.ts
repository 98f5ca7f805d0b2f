import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { ZHOUKOU_EXTENT } from '@atlas/geo/extent';

/**
 * The floor `pnpm bench:web` measures the map against: a page with nothing but MapLibre (the same
 * build the map ships) drawing the same counties the map opens with — fetched by MapLibre as one
 * GeoJSON file, filled and outlined on a plain background, fitted to the same extent — and setting
 * the same `atlas:map-drawn` mark at its first idle. No React, no other layers, no labels.
 */
export interface BarePage {
  readonly url: string;
  stop(): Promise<void>;
}

// MapLibre as the map app resolves it: the very build the map ships.
const fromWebApp = createRequire(new URL('../../apps/web/package.json', import.meta.url));
const maplibreDist = (file: string) => fromWebApp.resolve(`maplibre-gl/dist/${file}`);

const html = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>bare MapLibre</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/maplibre-gl.css">
<style>html,body{margin:0;height:100%}#map{position:absolute;inset:0}</style>
<script src="/maplibre-gl.js"></script></head>
<body><main id="map" data-map-state="loading"></main>
<script>
const map = new maplibregl.Map({
  container: 'map',
  style: {
    version: 8,
    sources: { counties: { type: 'geojson', data: '/counties.geojson' } },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#eef1f4' } },
      { id: 'county-fill', type: 'fill', source: 'counties', paint: { 'fill-color': '#fbfbf8' } },
      { id: 'county-line', type: 'line', source: 'counties', paint: { 'line-color': '#7b8794', 'line-width': 1.2 } },
    ],
  },
  bounds: ${JSON.stringify([ZHOUKOU_EXTENT.west, ZHOUKOU_EXTENT.south, ZHOUKOU_EXTENT.east, ZHOUKOU_EXTENT.north])},
  fitBoundsOptions: { padding: 24 },
  fadeDuration: 0,
});
map.once('idle', () => {
  performance.mark('atlas:map-drawn');
  document.getElementById('map').dataset.mapState = 'ready';
});
map.on('error', (e) => console.error(String(e.error && e.error.message)));
</script></body></html>`;

/** The counties as the map's opening query asks for them (the same zoom), as a FeatureCollection. */
export async function countiesOf(systemUrl: string): Promise<string> {
  const response = await fetch(`${systemUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ counties { adcode geometry(zoom: 9) } }' }),
  });
  const body = (await response.json()) as {
    data?: { counties: { adcode: string; geometry: unknown }[] };
    errors?: unknown;
  };
  if (!body.data) throw new Error(`the counties could not be read: ${JSON.stringify(body.errors)}`);
  return JSON.stringify({
    type: 'FeatureCollection',
    features: body.data.counties.map((c) => ({
      type: 'Feature',
      id: Number(c.adcode),
      properties: { adcode: c.adcode },
      geometry: c.geometry,
    })),
  });
}

/** Serves the bare page, MapLibre's files and the counties on a port of its own. */
export async function startBarePage(counties: string): Promise<BarePage> {
  const files: Record<string, { type: string; body: string | Buffer }> = {
    '/': { type: 'text/html; charset=utf-8', body: html },
    '/maplibre-gl.js': {
      type: 'text/javascript',
      body: await readFile(maplibreDist('maplibre-gl.js')),
    },
    '/maplibre-gl.css': { type: 'text/css', body: await readFile(maplibreDist('maplibre-gl.css')) },
    '/counties.geojson': { type: 'application/geo+json', body: counties },
  };
  const server = createServer((req, res) => {
    const file = files[new URL(req.url ?? '/', 'http://bare').pathname];
    if (!file) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
