import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { baseStyle } from '../map/style';
import {
  BASEMAP_UNAVAILABLE,
  loadBasemapStyle,
  TIANDITU_ATTRIBUTION,
  tiandituSources,
  withStyleUrl,
  withTianditu,
} from './with-basemap';

const KEY = '0123456789abcdef0123456789abcdef';
const STYLE_URL = 'https://tiles.example.org/styles/basic/style.json';

function ids(style: StyleSpecification): string[] {
  return style.layers.map((layer) => layer.id);
}

function countyFillOpacity(style: StyleSpecification): unknown {
  const layer = style.layers.find((l) => l.id === 'county-fill');
  return layer?.type === 'fill' ? layer.paint?.['fill-opacity'] : undefined;
}

/** A small remote style of the kind a tile server publishes: a background, a vector source, a label. */
function remoteStyle(): StyleSpecification {
  const layers: LayerSpecification[] = [
    { id: 'background', type: 'background', paint: { 'background-color': '#f8f4f0' } },
    { id: 'water', type: 'fill', source: 'openmaptiles', 'source-layer': 'water' },
    { id: 'place', type: 'symbol', source: 'openmaptiles', 'source-layer': 'place' },
  ];
  return {
    version: 8,
    glyphs: 'https://tiles.example.org/fonts/{fontstack}/{range}.pbf',
    sprite: 'https://tiles.example.org/sprites/basic',
    sources: { openmaptiles: { type: 'vector', url: 'https://tiles.example.org/data/v3.json' } },
    layers,
  };
}

function respondWith(body: unknown, status = 200) {
  return async () => new Response(JSON.stringify(body), { status });
}

const noNetwork = async (): Promise<Response> => {
  throw new Error('no request may leave the machine');
};

describe('Tianditu sources', () => {
  it('spread the vector map and its annotation over t0–t7, each URL carrying the key', () => {
    const sources = tiandituSources(KEY);
    const vec = sources['basemap:tianditu-vec'];
    const cva = sources['basemap:tianditu-cva'];
    expect(vec?.tiles).toHaveLength(8);
    expect(cva?.tiles).toHaveLength(8);
    expect(vec?.tiles?.[0]).toBe(
      'https://t0.tianditu.gov.cn/vec_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=vec&STYLE=default' +
        `&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${KEY}`,
    );
    expect(cva?.tiles?.[7]).toMatch(/^https:\/\/t7\.tianditu\.gov\.cn\/cva_w\/wmts\?.*LAYER=cva&/);
    for (const url of [...(vec?.tiles ?? []), ...(cva?.tiles ?? [])]) expect(url).toContain(`&tk=${KEY}`);
  });

  it('are 256-pixel Web Mercator tiles up to level 18 and carry the attribution', () => {
    for (const source of Object.values(tiandituSources(KEY))) {
      expect(source).toMatchObject({ type: 'raster', tileSize: 256, maxzoom: 18 });
      expect(source.attribution).toBe(TIANDITU_ATTRIBUTION);
    }
  });
});

describe('our style over Tianditu', () => {
  it('draws the map and annotation above the background and below the county fill', () => {
    const layers = ids(withTianditu(baseStyle(), KEY));
    expect(layers.slice(0, 4)).toEqual([
      'background',
      'basemap:tianditu-vec',
      'basemap:tianditu-cva',
      'county-fill',
    ]);
  });

  it('turns the opaque county fill into a tint the basemap shows through', () => {
    expect(countyFillOpacity(baseStyle())).toBe(1);
    expect(countyFillOpacity(withTianditu(baseStyle(), KEY))).toBe(0.15);
  });

  it('leaves the style it was given untouched', () => {
    const ours = baseStyle();
    withTianditu(ours, KEY);
    expect(ours).toEqual(baseStyle());
  });
});

describe('our style over a remote style', () => {
  it('draws the remote layers first, renamed, with their source references rewritten', () => {
    const merged = withStyleUrl(baseStyle(), remoteStyle());
    expect(ids(merged).slice(0, 4)).toEqual([
      'basemap:background',
      'basemap:water',
      'basemap:place',
      'county-fill',
    ]);
    expect(merged.layers[1]).toMatchObject({ source: 'basemap:openmaptiles', 'source-layer': 'water' });
    expect(merged.sources['basemap:openmaptiles']).toEqual(remoteStyle().sources.openmaptiles);
    expect(merged.sources.openmaptiles).toBeUndefined();
    expect(merged.sources.counties).toEqual(baseStyle().sources.counties);
  });

  it('drops our background, keeps the rest of our layers in order, and tints the counties', () => {
    const merged = withStyleUrl(baseStyle(), remoteStyle());
    expect(ids(merged)).not.toContain('background');
    expect(ids(merged).filter((id) => !id.startsWith('basemap:'))).toEqual(ids(baseStyle()).slice(1));
    expect(countyFillOpacity(merged)).toBe(0.15);
  });

  it('keeps the remote glyphs and sprite its labels need', () => {
    const merged = withStyleUrl(baseStyle(), remoteStyle());
    expect(merged.glyphs).toBe(remoteStyle().glyphs);
    expect(merged.sprite).toBe(remoteStyle().sprite);
  });
});

describe('the style the map opens with', () => {
  it('is our own style object, unchanged, with no basemap and no network', async () => {
    const ours = baseStyle();
    const result = await loadBasemapStyle({ kind: 'none' }, ours, noNetwork);
    expect(result.style).toBe(ours);
    expect(result.style).toEqual(baseStyle());
    expect(result.warning).toBeUndefined();
  });

  it('needs no request for Tianditu: the map fetches its tiles', async () => {
    const result = await loadBasemapStyle({ kind: 'tianditu', key: KEY }, baseStyle(), noNetwork);
    expect(ids(result.style)).toContain('basemap:tianditu-vec');
    expect(result.warning).toBeUndefined();
  });

  it('merges a remote style it fetched from the configured URL', async () => {
    const asked: string[] = [];
    const fetchImpl = async (url: string) => {
      asked.push(url);
      return new Response(JSON.stringify(remoteStyle()));
    };
    const result = await loadBasemapStyle({ kind: 'style', url: STYLE_URL }, baseStyle(), fetchImpl);
    expect(asked).toEqual([STYLE_URL]);
    expect(ids(result.style)[0]).toBe('basemap:background');
    expect(result.warning).toBeUndefined();
  });

  it.each([
    ['the network is down', noNetwork],
    ['the server answers 404', respondWith({ message: 'not found' }, 404)],
    ['the answer is not a style', respondWith({ tiles: [] })],
  ])('falls back to our own style with a warning when %s', async (_, fetchImpl) => {
    const ours = baseStyle();
    const result = await loadBasemapStyle({ kind: 'style', url: STYLE_URL }, ours, fetchImpl);
    expect(result.style).toBe(ours);
    expect(result.warning).toBe(BASEMAP_UNAVAILABLE);
    expect(result.warning).toContain('在线底图不可用,已使用离线底图');
    expect(result.cause).toBeTruthy();
  });

  it('gives up on a style server that never answers', async () => {
    const hang = (_url: string, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      });
    const ours = baseStyle();
    const result = await loadBasemapStyle({ kind: 'style', url: STYLE_URL }, ours, hang, { timeoutMs: 20 });
    expect(result.style).toBe(ours);
    expect(result.warning).toBe(BASEMAP_UNAVAILABLE);
  });
});
