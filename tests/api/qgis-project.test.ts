import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { layerColumns } from '@atlas/core';
import { describe, expect, it } from 'vitest';
import {
  RELOCATION_COLOURS,
  ROAD_COLOURS,
  STAR_LEVEL_COLOURS,
  STATUS_COLOURS,
  SYMBOL_COLOURS,
  VOLTAGE_STYLE,
} from '../../apps/web/src/theme/palette';
import { buildQgisProject, DEFAULT_OGC_URL } from '../../infra/qgis/qgis-project';

/**
 * infra/qgis/zhoukou-atlas.qgs, read as QGIS would read its XML (QGIS itself cannot run here): one
 * OGC API – Features layer per collection of the atlas, at its /ogc, in WGS 84, named in Chinese and
 * coloured as the map colours it.
 */

// The XML parser the atlas already uses for KML (a maintained one), borrowed from the package that owns it.
const { DOMParser } = createRequire(new URL('../../packages/exchange/package.json', import.meta.url))(
  '@xmldom/xmldom',
) as { DOMParser: new (options: object) => { parseFromString(text: string, type: string): XmlDocument } };

interface XmlElement {
  readonly tagName: string;
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
  getElementsByTagName(name: string): ArrayLike<XmlElement>;
  readonly childNodes: ArrayLike<{ nodeType: number }>;
}
interface XmlDocument {
  readonly documentElement: XmlElement;
}

const COLLECTIONS = [
  'counties',
  'zones',
  'projects',
  'roadLinks',
  'gridProjects',
  'facilities',
  'relocationSites',
  'housingProjects',
] as const;

const PROJECT_FILE = new URL('../../infra/qgis/zhoukou-atlas.qgs', import.meta.url);

function parse(text: string): XmlDocument {
  const problems: string[] = [];
  const doc = new DOMParser({
    onError: (level: string, message: string) => problems.push(`${level}: ${message}`),
  }).parseFromString(text, 'text/xml');
  expect(problems).toEqual([]);
  return doc;
}

const all = (element: XmlElement | XmlDocument, tag: string): XmlElement[] =>
  Array.from(('documentElement' in element ? element.documentElement : element).getElementsByTagName(tag));

const one = (element: XmlElement, tag: string): XmlElement => {
  const found = all(element, tag);
  expect(found, tag).toHaveLength(1);
  return found[0] as XmlElement;
};

/** A layer's source, read as its provider reads it: the service's URL, the collection, a geometry type. */
function sourceOf(layer: XmlElement): {
  provider: string;
  url: string;
  collection: string;
  geometryType?: string;
} {
  const provider = one(layer, 'provider').textContent ?? '';
  const text = one(layer, 'datasource').textContent ?? '';
  if (provider === 'OAPIF') {
    // QgsDataSourceUri's `key='value' key='value'`.
    const params: Record<string, string> = {};
    for (const [, key, value] of text.matchAll(/(\w+)='((?:[^'\\]|\\.)*)'/g))
      params[key as string] = value as string;
    return { provider, url: params.url ?? '', collection: params.typename ?? '' };
  }
  // The OGR provider's `<GDAL name>|layername=…|geometrytype=…`, the GDAL name OAPIF:<landing page>.
  const [name = '', ...parts] = text.split('|');
  const params = Object.fromEntries(parts.map((part) => part.split('=', 2) as [string, string]));
  return {
    provider,
    url: name.replace(/^OAPIF:/, ''),
    collection: params.layername ?? '',
    ...(params.geometrytype ? { geometryType: params.geometrytype } : {}),
  };
}

/** An `r,g,b,a` colour as `#rrggbb`. */
const hexOf = (qgis: string | null) =>
  `#${(qgis ?? '')
    .split(',')
    .slice(0, 3)
    .map((part) => Number(part).toString(16).padStart(2, '0'))
    .join('')}`;

function symbolOptions(symbol: XmlElement): Record<string, string> {
  const options: Record<string, string> = {};
  for (const option of all(one(symbol, 'layer'), 'Option')) {
    const name = option.getAttribute('name');
    if (name) options[name] = option.getAttribute('value') ?? '';
  }
  return options;
}

/** Each category's value and its symbol's options, or the single symbol's under ''. */
function styleOf(layer: XmlElement): { field: string | null; symbols: Map<string, Record<string, string>> } {
  const renderer = one(layer, 'renderer-v2');
  const symbols = new Map(all(renderer, 'symbol').map((symbol) => [symbol.getAttribute('name'), symbol]));
  if (renderer.getAttribute('type') === 'singleSymbol')
    return { field: null, symbols: new Map([['', symbolOptions(symbols.get('0') as XmlElement)]]) };
  expect(renderer.getAttribute('type')).toBe('categorizedSymbol');
  const styled = new Map<string, Record<string, string>>();
  for (const category of all(renderer, 'category')) {
    const symbol = symbols.get(category.getAttribute('symbol'));
    expect(symbol, `symbol of ${category.getAttribute('value')}`).toBeDefined();
    styled.set(category.getAttribute('value') ?? '', symbolOptions(symbol as XmlElement));
  }
  return { field: renderer.getAttribute('attr'), symbols: styled };
}

describe('the QGIS project (infra/qgis/zhoukou-atlas.qgs)', async () => {
  const text = await readFile(PROJECT_FILE, 'utf8');
  const doc = parse(text);
  const mapLayers = all(doc, 'maplayer');
  /** The project's layers by collection, and for a collection split by geometry type, by `collection:Type`. */
  const layers = new Map<string, XmlElement>();
  for (const layer of mapLayers) {
    const source = sourceOf(layer);
    layers.set(
      source.geometryType ? `${source.collection}:${source.geometryType}` : source.collection,
      layer,
    );
  }
  const layer = (key: string) => {
    const found = layers.get(key);
    expect(found, key).toBeDefined();
    return found as XmlElement;
  };

  it('is the file the builder writes from the palette (run `npx tsx infra/qgis/write-qgis-project.ts` after a colour changes)', () => {
    expect(text).toBe(buildQgisProject());
  });

  it('is a QGIS project in WGS 84', () => {
    expect(doc.documentElement.tagName).toBe('qgis');
    expect(doc.documentElement.getAttribute('version')).toMatch(/^3\.\d+/);
    expect(one(one(doc.documentElement, 'projectCrs'), 'authid').textContent).toBe('EPSG:4326');
  });

  it('opens every collection from the atlas’s /ogc, named in Chinese', () => {
    const collections = new Set(mapLayers.map((entry) => sourceOf(entry).collection));
    expect([...collections].sort()).toEqual([...COLLECTIONS].sort());
    const treeIds = all(doc, 'layer-tree-layer').map((entry) => entry.getAttribute('id'));
    const names = new Set<string | null>();
    for (const entry of mapLayers) {
      const source = sourceOf(entry);
      expect(source.url, source.collection).toBe(DEFAULT_OGC_URL);
      expect(new URL(source.url).pathname).toBe('/ogc');
      expect(one(one(entry, 'srs'), 'authid').textContent).toBe('EPSG:4326');
      expect(one(entry, 'layername').textContent).toMatch(/^[\u4e00-\u9fff]+$/);
      names.add(one(entry, 'layername').textContent);
      expect(treeIds).toContain(one(entry, 'id').textContent);
    }
    expect(names.size, 'no two layers share a name').toBe(mapLayers.length);
  });

  it('reads single-type collections through the OAPIF provider, and mixed ones once per geometry type', () => {
    for (const collection of [
      'counties',
      'zones',
      'roadLinks',
      'facilities',
      'relocationSites',
      'housingProjects',
    ])
      expect(sourceOf(layer(collection)).provider, collection).toBe('OAPIF');
    for (const key of ['projects:Point', 'projects:Polygon', 'gridProjects:Point', 'gridProjects:LineString'])
      expect(sourceOf(layer(key)).provider, key).toBe('ogr');
  });

  it('styles each layer by a column its collection has', () => {
    for (const entry of mapLayers) {
      const { collection } = sourceOf(entry);
      const { field } = styleOf(entry);
      const keys = layerColumns(collection as (typeof COLLECTIONS)[number]).map((column) => column.key);
      if (field) expect(keys, collection).toContain(field);
      const label = all(entry, 'text-style')[0]?.getAttribute('fieldName');
      if (label) expect(keys, collection).toContain(label);
    }
  });

  it('colours them as the map does', () => {
    const expectCategories = (
      key: string,
      field: string,
      colours: readonly (readonly [string | number, string, ...unknown[]])[],
      option: string,
    ) => {
      const style = styleOf(layer(key));
      expect(style.field, key).toBe(field);
      expect([...style.symbols.keys()].sort()).toEqual(colours.map(([value]) => String(value)).sort());
      for (const [value, colour] of colours)
        expect(hexOf(style.symbols.get(String(value))?.[option] ?? null), `${key} ${value}`).toBe(colour);
    };
    expectCategories('projects:Point', 'status', STATUS_COLOURS, 'color');
    expectCategories('projects:Polygon', 'status', STATUS_COLOURS, 'color');
    expectCategories('roadLinks', 'kind', ROAD_COLOURS, 'line_color');
    expectCategories('zones', 'starLevel', STAR_LEVEL_COLOURS, 'color');
    expectCategories('gridProjects:LineString', 'voltageKv', VOLTAGE_STYLE, 'line_color');
    expectCategories(
      'gridProjects:Point',
      'voltageKv',
      [
        [110, SYMBOL_COLOURS.substation110],
        [220, SYMBOL_COLOURS.substation220],
      ],
      'color',
    );

    const facilities = styleOf(layer('facilities'));
    expect(facilities.field).toBe('kind');
    for (const [kind, options] of facilities.symbols)
      expect(hexOf(options.color ?? null), kind).toBe(
        kind === 'SEWAGE_PLANT' ? SYMBOL_COLOURS.sewagePlant : SYMBOL_COLOURS.facility,
      );
    const villages = styleOf(layer('relocationSites')).symbols.get('');
    expect(hexOf(villages?.outline_color ?? null)).toBe(RELOCATION_COLOURS.village);
    const housing = styleOf(layer('housingProjects')).symbols.get('');
    expect(hexOf(housing?.color ?? null)).toBe(SYMBOL_COLOURS.community);
  });

  it('draws road kinds with their own dashes, as the map does, so they part without colour', () => {
    const roads = styleOf(layer('roadLinks')).symbols;
    const dashes = new Set(
      [...roads.values()].map((options) => `${options.use_custom_dash}:${options.customdash}`),
    );
    expect(dashes.size).toBe(roads.size);
  });
});
