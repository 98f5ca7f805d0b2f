import type {
  LayerSpecification,
  RasterSourceSpecification,
  SourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { BasemapConfig } from './basemap-config';

/** Every source and layer a basemap brings is named under this prefix, so none can clash with ours. */
export const BASEMAP_PREFIX = 'basemap:';

/** How much of the county fill stays over a basemap: enough to tint the city, little enough to read through. */
export const COUNTY_FILL_OPACITY_OVER_BASEMAP = 0.15;

export const TIANDITU_ATTRIBUTION = '天地图 © 国家地理信息公共服务平台';

/** What the map page shows when it asked for an online basemap and drew its own instead. */
export const BASEMAP_UNAVAILABLE =
  '在线底图不可用,已使用离线底图 / The online basemap is unavailable; showing the offline map';

const TIANDITU_SUBDOMAINS = [0, 1, 2, 3, 4, 5, 6, 7];

/** A style, and why it is not the one asked for when an online basemap could not be had. */
export type BasemapStyle = { style: StyleSpecification; warning?: string; cause?: string };

function tiandituTiles(layer: 'vec' | 'cva', key: string): string[] {
  const query =
    `SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles` +
    `&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(key)}`;
  return TIANDITU_SUBDOMAINS.map((n) => `https://t${n}.tianditu.gov.cn/${layer}_w/wmts?${query}`);
}

function tiandituSource(layer: 'vec' | 'cva', key: string): RasterSourceSpecification {
  return {
    type: 'raster',
    tiles: tiandituTiles(layer, key),
    tileSize: 256,
    // Tianditu's Web Mercator matrix set `w` starts at level 1 and ends at 18.
    minzoom: 1,
    maxzoom: 18,
    attribution: TIANDITU_ATTRIBUTION,
  };
}

/**
 * Tianditu's Web Mercator vector map (`vec_w`) and its Chinese annotation (`cva_w`) as raster
 * sources, spread over the t0–t7 hosts. Tianditu is in CGCS2000, which matches our WGS 84 data to
 * well under a pixel, so no offset is needed.
 *
 * @example
 * const sources = tiandituSources('0123456789abcdef0123456789abcdef');
 * sources['basemap:tianditu-vec'].tiles[0]; // 'https://t0.tianditu.gov.cn/vec_w/wmts?…&tk=0123…'
 */
export function tiandituSources(key: string): Record<string, RasterSourceSpecification> {
  return {
    [`${BASEMAP_PREFIX}tianditu-vec`]: tiandituSource('vec', key),
    [`${BASEMAP_PREFIX}tianditu-cva`]: tiandituSource('cva', key),
  };
}

/** Our opaque county fill would hide any basemap; over one it becomes a light tint. */
function translucentCounties(layers: LayerSpecification[]): LayerSpecification[] {
  return layers.map((layer) =>
    layer.id === 'county-fill' && layer.type === 'fill'
      ? { ...layer, paint: { ...layer.paint, 'fill-opacity': COUNTY_FILL_OPACITY_OVER_BASEMAP } }
      : layer,
  );
}

/**
 * Our style with Tianditu's map and annotation drawn just above our background and below
 * everything else. Returns a new style; `style` is not changed.
 *
 * @example
 * new maplibregl.Map({ container, style: withTianditu(baseStyle(), key) });
 */
export function withTianditu(style: StyleSpecification, key: string): StyleSpecification {
  const sources = tiandituSources(key);
  const rasters: LayerSpecification[] = Object.keys(sources).map((source) => ({
    id: source,
    type: 'raster',
    source,
  }));
  const layers = translucentCounties(style.layers);
  const background = layers.findIndex((layer) => layer.type === 'background');
  layers.splice(background + 1, 0, ...rasters);
  return { ...style, sources: { ...style.sources, ...sources }, layers };
}

function prefixed<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).map(([id, value]) => [`${BASEMAP_PREFIX}${id}`, value]));
}

function prefixLayer(layer: LayerSpecification): LayerSpecification {
  const id = `${BASEMAP_PREFIX}${layer.id}`;
  return 'source' in layer && typeof layer.source === 'string'
    ? { ...layer, id, source: `${BASEMAP_PREFIX}${layer.source}` }
    : { ...layer, id };
}

/**
 * A remote MapLibre style drawn under ours: its sources and layers first, renamed under
 * `basemap:`, then our layers without our background. The remote's `glyphs` and `sprite` are kept,
 * because its symbol layers need them; ours draw Chinese locally either way. Its terrain, sky and
 * camera are not: the map stays flat and opens on Zhoukou.
 *
 * @example
 * const remote = await (await fetch(url)).json();
 * new maplibregl.Map({ container, style: withStyleUrl(baseStyle(), remote) });
 */
export function withStyleUrl(style: StyleSpecification, remote: StyleSpecification): StyleSpecification {
  const ours = translucentCounties(style.layers).filter((layer) => layer.type !== 'background');
  const merged: StyleSpecification = {
    ...style,
    sources: { ...prefixed<SourceSpecification>(remote.sources), ...style.sources },
    layers: [...remote.layers.map(prefixLayer), ...ours],
  };
  if (remote.glyphs) merged.glyphs = remote.glyphs;
  if (remote.sprite) merged.sprite = remote.sprite;
  return merged;
}

function isStyle(value: unknown): value is StyleSpecification {
  if (typeof value !== 'object' || value === null) return false;
  const style = value as Partial<StyleSpecification>;
  return (
    style.version === 8 &&
    typeof style.sources === 'object' &&
    style.sources !== null &&
    Array.isArray(style.layers)
  );
}

async function fetchStyle(
  url: string,
  fetchImpl: (url: string, init?: RequestInit) => Promise<Response>,
  timeoutMs: number,
): Promise<StyleSpecification> {
  const response = await fetchImpl(url, { signal: AbortSignal.timeout(timeoutMs) });
  if (!response.ok) throw new Error(`HTTP ${response.status} from ${url}`);
  const body: unknown = await response.json();
  if (!isStyle(body)) throw new Error(`${url} is not a MapLibre style (version 8 with sources and layers)`);
  return body;
}

/**
 * The style the map opens with for a basemap configuration. `none` returns `ours` itself, and
 * Tianditu needs no request here (its tiles are fetched by the map). A style URL is fetched once;
 * if that fails or takes longer than `timeoutMs`, the map opens on our own style with a `warning`
 * for the page to show and a `cause` for the console, so a lost connection never blanks the map.
 *
 * @example
 * const { style, warning } = await loadBasemapStyle(basemap, baseStyle());
 * const map = new maplibregl.Map({ container, style });
 */
export async function loadBasemapStyle(
  config: BasemapConfig,
  ours: StyleSpecification,
  fetchImpl: (url: string, init?: RequestInit) => Promise<Response> = fetch,
  { timeoutMs = 5000 }: { timeoutMs?: number } = {},
): Promise<BasemapStyle> {
  if (config.kind === 'none') return { style: ours };
  if (config.kind === 'tianditu') return { style: withTianditu(ours, config.key) };
  try {
    return { style: withStyleUrl(ours, await fetchStyle(config.url, fetchImpl, timeoutMs)) };
  } catch (error) {
    const cause = error instanceof Error ? error.message : String(error);
    return { style: ours, warning: BASEMAP_UNAVAILABLE, cause };
  }
}
