import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { type ExchangeLayer, layerExtent, SYSTEM_ACTOR } from '@atlas/core';
import type { Feature, FeatureCollection } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApi, TOKENS } from './harness';

/**
 * OGC API – Features under /ogc, as QGIS, ArcGIS Pro and GDAL read it: the documents' shapes, paging
 * by next links against the API's own counts, bbox against GraphQL's spatial filter, errors, the
 * data-version cache, and Debian's GDAL (`ogrinfo`, its OAPIF driver) reading every collection.
 */

const run = promisify(execFile);

const COLLECTIONS = [
  'counties',
  'zones',
  'projects',
  'roadLinks',
  'gridProjects',
  'facilities',
  'relocationSites',
  'housingProjects',
] as const satisfies readonly ExchangeLayer[];
type Collection = (typeof COLLECTIONS)[number];

/** Each collection's rows as GraphQL lists them: ids, with the spatial filter given. */
const GRAPHQL_IDS: Record<Collection, (filter: string) => string> = {
  counties: (f) => `counties${f} { id: adcode }`,
  zones: (f) => `zones${f} { id: code }`,
  projects: (f) =>
    `projects(first: 1000${f ? `, filter: { spatial: ${f.slice('(filter: '.length, -1)} }` : ''}) { totalCount edges { node { id } } }`,
  roadLinks: (f) => `roadLinks${f} { id }`,
  gridProjects: (f) => `gridProjects${f} { id }`,
  facilities: (f) => `facilities${f} { id }`,
  relocationSites: (f) => `relocationSites${f} { id }`,
  housingProjects: (f) => `housingProjects${f} { id }`,
};

interface Link {
  href: string;
  rel: string;
  type: string;
}
type Page = FeatureCollection & {
  numberMatched: number;
  numberReturned: number;
  timeStamp: string;
  links: Link[];
};

let api: ApiHarness;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api?.stop());

async function get<T = Record<string, unknown>>(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(path.startsWith('http') ? path : `${api.url}${path}`, { headers });
  return { status: res.status, headers: res.headers, body: (await res.json()) as T };
}

/** The ids GraphQL lists for a collection, with an optional SpatialFilter literal. */
async function graphqlIds(
  collection: Collection,
  spatial?: string,
): Promise<{ ids: string[]; total: number }> {
  const answer = await api.gql<Record<string, unknown>>(
    `{ rows: ${GRAPHQL_IDS[collection](spatial ? `(filter: ${spatial})` : '')} }`,
  );
  expect(answer.errors).toBeUndefined();
  const rows = answer.data?.rows as
    | { id: string }[]
    | { totalCount: number; edges: { node: { id: string } }[] };
  if (Array.isArray(rows)) return { ids: rows.map((row) => row.id), total: rows.length };
  return { ids: rows.edges.map((edge) => edge.node.id), total: rows.totalCount };
}

/** Every feature of a collection, following next links from the first page. */
async function walk(start: string): Promise<{ ids: string[]; pages: Page[] }> {
  const ids: string[] = [];
  const pages: Page[] = [];
  let next: string | undefined = start;
  while (next) {
    const page: { status: number; body: Page } = await get<Page>(next);
    expect(page.status, next).toBe(200);
    pages.push(page.body);
    ids.push(...page.body.features.map((feature) => String(feature.id)));
    next = page.body.links.find((link) => link.rel === 'next')?.href;
    expect(pages.length).toBeLessThan(100);
  }
  return { ids, pages };
}

describe('the landing page, conformance and API definition', () => {
  it('links to its parts with absolute URLs, as a client reached it', async () => {
    const { status, headers, body } = await get<{ title: string; links: Link[] }>('/ogc');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toMatch(/^application\/json/);
    expect(body.title).toBe('周口产业集聚区一张图');
    const rels = Object.fromEntries(body.links.map((link) => [link.rel, link]));
    expect(rels.self?.href).toBe(`${api.url}/ogc`);
    expect(rels.conformance?.href).toBe(`${api.url}/ogc/conformance`);
    expect(rels.data).toMatchObject({ href: `${api.url}/ogc/collections`, type: 'application/json' });
    expect(rels['service-desc']).toMatchObject({
      href: `${api.url}/ogc/api`,
      type: 'application/vnd.oai.openapi+json;version=3.0',
    });
  });

  it('behind a proxy on this machine, links carry the forwarded scheme and host', async () => {
    const { body } = await get<{ links: Link[] }>('/ogc/collections', {
      'x-forwarded-proto': 'https',
      'x-forwarded-host': 'atlas.zhoukou.example',
    });
    expect(body.links[0]?.href).toBe('https://atlas.zhoukou.example/ogc/collections');
  });

  it('claims the classes it implements: core, GeoJSON, OpenAPI 3.0', async () => {
    const { body } = await get<{ conformsTo: string[] }>('/ogc/conformance');
    expect(body.conformsTo.sort()).toEqual(
      ['core', 'geojson', 'oas30'].map((c) => `http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/${c}`),
    );
  });

  it('describes itself in OpenAPI 3.0, with the page limit QGIS reads', async () => {
    const res = await fetch(`${api.url}/ogc/api`);
    expect(res.headers.get('content-type')).toBe('application/vnd.oai.openapi+json;version=3.0');
    const doc = (await res.json()) as {
      openapi: string;
      paths: Record<string, unknown>;
      components: { parameters: { limit: { schema: { maximum: number; default: number } } } };
    };
    expect(doc.openapi).toMatch(/^3\.0\./);
    expect(doc.components.parameters.limit.schema).toMatchObject({ maximum: 1000, default: 100 });
    expect(Object.keys(doc.paths)).toContain('/collections/{collectionId}/items/{featureId}');
  });
});

describe('collections', () => {
  it('are the layers with geometry, named as GraphQL names them, with their extent in CRS84', async () => {
    const { body } = await get<{ collections: Record<string, unknown>[] }>('/ogc/collections');
    expect(body.collections.map((c) => c.id).sort()).toEqual([...COLLECTIONS].sort());
    const ctx = { db: api.atlas.db, actor: SYSTEM_ACTOR };
    for (const collection of body.collections) {
      const id = collection.id as Collection;
      expect(collection.title, id).toMatch(/[\u4e00-\u9fff]/);
      expect(collection.description, id).toMatch(/^[A-Z]/);
      expect(collection.itemType).toBe('feature');
      expect(collection.crs).toEqual(['http://www.opengis.net/def/crs/OGC/1.3/CRS84']);
      expect(collection.extent).toEqual({
        spatial: { bbox: [await layerExtent(ctx, id)], crs: 'http://www.opengis.net/def/crs/OGC/1.3/CRS84' },
      });
      const items = (collection.links as Link[]).find((link) => link.rel === 'items');
      expect(items).toEqual(
        expect.objectContaining({
          href: `${api.url}/ogc/collections/${id}/items`,
          type: 'application/geo+json',
        }),
      );
    }
    const one = await get<{ id: string; title: string }>('/ogc/collections/zones');
    expect(one.body).toMatchObject({
      id: 'zones',
      title: body.collections.find((c) => c.id === 'zones')?.title,
    });
  });

  it('are not the tables without geometry', async () => {
    for (const table of ['planTargets', 'inspectionRanking', 'monthlyReports', 'rivers']) {
      const { status, body } = await get<{ code: string; description: string }>(`/ogc/collections/${table}`);
      expect(status, table).toBe(404);
      expect(body.code).toBe('NotFound');
      expect(body.description).toMatch(/没有图层.* \/ No collection/);
    }
  });
});

describe('items', () => {
  it('page by next links through every row GraphQL lists, numberMatched its totalCount', async () => {
    for (const collection of COLLECTIONS) {
      const graphql = await graphqlIds(collection);
      const { ids, pages } = await walk(`/ogc/collections/${collection}/items?limit=7`);
      expect(pages[0]?.numberMatched, collection).toBe(graphql.total);
      expect(ids.length, collection).toBe(graphql.total);
      expect(new Set(ids).size, `${collection}: no row twice`).toBe(ids.length);
      expect([...ids].sort(), collection).toEqual([...graphql.ids].sort());
      expect(pages.every((page) => page.numberReturned === page.features.length)).toBe(true);
      expect(pages.at(-1)?.links.some((link) => link.rel === 'next')).toBe(false);
    }
  });

  it('is GeoJSON with ids, provenance and the page’s own links', async () => {
    const res = await fetch(`${api.url}/ogc/collections/projects/items?limit=5&offset=5&status=STARTED`);
    expect(res.headers.get('content-type')).toMatch(/^application\/geo\+json/);
    const page = (await res.json()) as Page;
    expect(page.type).toBe('FeatureCollection');
    expect(Date.parse(page.timeStamp)).not.toBeNaN();
    expect(page.features).toHaveLength(5);
    for (const feature of page.features) {
      expect(typeof feature.id).toBe('string');
      expect(feature.properties?.status).toBe('STARTED');
      expect(feature.properties?.sourceKind).toMatch(/^[A-Z_]+$/);
      expect(feature.properties?.sourceCitation).toBeTruthy();
      expect(['Point', 'Polygon', 'MultiPolygon']).toContain(feature.geometry.type);
    }
    const links = Object.fromEntries(page.links.map((link) => [link.rel, new URL(link.href)]));
    expect(links.self?.searchParams.get('offset')).toBe('5');
    expect(links.self?.searchParams.get('status')).toBe('STARTED');
    expect(links.prev?.searchParams.get('offset')).toBe('0');
    expect(links.next?.searchParams.get('offset')).toBe('10');
    expect(links.next?.searchParams.get('limit')).toBe('5');
  });

  it('serves a limit over 1000 as 1000', async () => {
    const { status, body } = await get<Page>('/ogc/collections/projects/items?limit=100000');
    expect(status).toBe(200);
    expect(
      new URL(body.links.find((link) => link.rel === 'self')?.href ?? '').searchParams.get('limit'),
    ).toBe('1000');
  });

  it('narrows by bbox as GraphQL’s spatial filter does', async () => {
    // A box around one zone: it holds that zone's projects and roads, not the city's.
    const zone = await get<Feature>('/ogc/collections/zones/items/xiangcheng');
    const [lng, lat] = centreOf(zone.body);
    const bbox = [lng - 0.15, lat - 0.15, lng + 0.15, lat + 0.15];
    for (const collection of ['projects', 'roadLinks', 'zones', 'facilities'] as const) {
      const graphql = await graphqlIds(collection, `{ bbox: [${bbox.join(', ')}] }`);
      const all = await graphqlIds(collection);
      const { ids, pages } = await walk(
        `/ogc/collections/${collection}/items?bbox=${bbox.join(',')}&limit=1000`,
      );
      expect(pages[0]?.numberMatched, collection).toBe(graphql.total);
      expect([...ids].sort(), collection).toEqual([...graphql.ids].sort());
      if (collection === 'projects') {
        expect(graphql.total).toBeGreaterThan(0);
        expect(graphql.total).toBeLessThan(all.total);
      }
    }
  });

  it('one by id, as it is in the list; 404 when absent', async () => {
    const page = await get<Page>('/ogc/collections/roadLinks/items?limit=3');
    const listed = page.body.features[2] as Feature;
    const { status, headers, body } = await get<Feature & { links: Link[] }>(
      `/ogc/collections/roadLinks/items/${encodeURIComponent(String(listed.id))}`,
    );
    expect(status).toBe(200);
    expect(headers.get('content-type')).toMatch(/^application\/geo\+json/);
    expect({ ...body, links: undefined }).toEqual({ ...listed, links: undefined });
    const zone = await get<Feature>('/ogc/collections/zones/items/xiangcheng');
    expect(zone.body.properties?.code).toBe('xiangcheng');
    const absent = await get<{ code: string; description: string }>(
      '/ogc/collections/roadLinks/items/no-such-road',
    );
    expect(absent.status).toBe(404);
    expect(absent.body).toMatchObject({ code: 'NotFound' });
    expect(absent.body.description).toMatch(/没有 no-such-road \/ No feature no-such-road/);
  });

  it('refuses what it cannot honour: 400 for bad parameters, 404 for no such thing, 405 for writes', async () => {
    for (const [path, status] of [
      ['/ogc/collections/projects/items?bbox=115,33', 400],
      ['/ogc/collections/projects/items?bbox=115,34,114,33', 400],
      ['/ogc/collections/projects/items?limit=0', 400],
      ['/ogc/collections/projects/items?colour=red', 400],
      ['/ogc/collections/projects/items?zone=nowhere', 400],
      ['/ogc/collections/counties/items?status=STARTED', 400],
      ['/ogc/collections?limit=3', 400],
      ['/ogc/collections/projects/items/a/b', 404],
      ['/ogc/nothing', 404],
      ['/ogc/collections/%E0%A4%A', 404],
    ] as const) {
      const { status: got, headers, body } = await get<{ code: string; description: string }>(path);
      expect(got, path).toBe(status);
      expect(headers.get('content-type')).toMatch(/^application\/json/);
      expect(body.code, path).toMatch(/^[A-Za-z]+$/);
      expect(body.description, path).toMatch(/[\u4e00-\u9fff].* \/ [A-Za-z]/);
    }
    const post = await fetch(`${api.url}/ogc/collections`, { method: 'POST', body: '{}' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET');
  });
});

describe('the data-version cache', () => {
  it('answers the same request again from the cache until a write', async () => {
    const path = '/ogc/collections/roadLinks/items?limit=2';
    const first = await get<Page>(path);
    const again = await get<Page>(path);
    expect(again.headers.get('x-atlas-cache')).toBe('hit');
    expect(again.body).toEqual(first.body);
    const viewer = await get<Page>(path, { authorization: `Bearer ${TOKENS.viewer}` });
    expect(viewer.headers.get('x-atlas-cache'), 'another caller, another entry').toBe('miss');

    const road = first.body.features[0] as Feature;
    const renamed = await api.gql(
      `mutation($id: ID!, $version: Int!) { updateRoadLink(id: $id, version: $version, input: { name: "改名的道路" }) { id name } }`,
      { id: road.id, version: road.properties?.version },
      TOKENS.planner,
    );
    expect(renamed.errors).toBeUndefined();
    const after = await get<Page>(path);
    expect(after.headers.get('x-atlas-cache')).toBe('miss');
    const changed = [
      ...after.body.features,
      ...(await walk('/ogc/collections/roadLinks/items?limit=1000')).pages.flatMap((p) => p.features),
    ].find((feature) => feature.id === road.id);
    expect(changed?.properties?.name).toBe('改名的道路');
  });
});

describe('who may read', () => {
  it('is judged as /graphql judges it: an unknown bearer is refused, a known token reads', async () => {
    const refused = await fetch(`${api.url}/ogc/collections`, {
      headers: { authorization: 'Bearer nonsense' },
    });
    expect(refused.status).toBe(401);
    const withToken = await get<Page>('/ogc/collections/zones/items', {
      authorization: `Bearer ${TOKENS.viewer}`,
    });
    expect(withToken.status).toBe(200);
    expect(withToken.body.numberMatched).toBeGreaterThan(0);
  });
});

describe('GDAL’s OAPIF driver (ogrinfo)', () => {
  const ogrinfo = (...args: string[]) =>
    run('/usr/bin/ogrinfo', ['-ro', ...args], {
      timeout: 60_000,
      env: { ...process.env, GDAL_HTTP_TIMEOUT: '30' },
    });

  it('lists every collection', async () => {
    const { stdout } = await ogrinfo('-so', `OAPIF:${api.url}/ogc`);
    const listed = [...stdout.matchAll(/^\d+: (\w+)/gm)].map((match) => match[1]);
    expect(listed.sort()).toEqual([...COLLECTIONS].sort());
  });

  it('reads each collection’s count as GraphQL counts it and its extent as the atlas computes it', async () => {
    const ctx = { db: api.atlas.db, actor: SYSTEM_ACTOR };
    await Promise.all(
      COLLECTIONS.map(async (collection) => {
        const { stdout } = await ogrinfo('-so', '-al', `OAPIF:${api.url}/ogc`, collection);
        const count = Number(/Feature Count: (\d+)/.exec(stdout)?.[1]);
        expect(count, collection).toBe((await graphqlIds(collection)).total);
        const extent = /Extent: \(([-\d.]+), ([-\d.]+)\) - \(([-\d.]+), ([-\d.]+)\)/
          .exec(stdout)
          ?.slice(1)
          .map(Number);
        const expected = await layerExtent(ctx, collection);
        expect(extent, collection).toHaveLength(4);
        for (const [i, value] of (extent ?? []).entries())
          expect(Math.abs(value - (expected?.[i] as number)), collection).toBeLessThan(1e-6);
      }),
    );
  });

  it('reads every feature of a layer by following the next links', async () => {
    api.logs.length = 0;
    const { stdout } = await ogrinfo('-al', '-q', '-oo', 'PAGE_SIZE=25', `OAPIF:${api.url}/ogc`, 'projects');
    const features = stdout.match(/^OGRFeature\(projects\):/gm)?.length;
    expect(features).toBe((await graphqlIds('projects')).total);
    const pages = api.logs.filter(
      (line) =>
        line.msg === 'ogc request' &&
        line.path === '/ogc/collections/projects/items' &&
        /offset=[1-9]/.test(String(line.search)),
    );
    expect(pages.length).toBeGreaterThanOrEqual(Math.floor((features ?? 0) / 25) - 1);
  });

  it('splits the mixed collections into the geometry types the QGIS project opens one layer each for', async () => {
    // infra/qgis/zhoukou-atlas.qgs reads projects as Point + Polygon and grid projects as Point +
    // LineString layers (QGIS's geometrytype filter counts a Multi* as its single type): together
    // they must hold every feature.
    const split = { projects: ['POINT', 'POLYGON'], gridProjects: ['POINT', 'LINESTRING'] } as const;
    await Promise.all(
      Object.entries(split).map(async ([collection, types]) => {
        const { stdout } = await ogrinfo('-al', '-q', `OAPIF:${api.url}/ogc`, collection);
        const kinds = [...stdout.matchAll(/^ {2}(?:MULTI)?(POINT|POLYGON|LINESTRING) /gm)].map(
          (match) => match[1],
        );
        for (const type of types)
          expect(kinds.filter((kind) => kind === type).length, `${collection} ${type}`).toBeGreaterThan(0);
        expect(kinds.length, collection).toBe((await graphqlIds(collection as Collection)).total);
        expect(
          kinds.every((kind) => (types as readonly string[]).includes(kind as string)),
          collection,
        ).toBe(true);
      }),
    );
  });
});

/** The middle of a feature's bounding box. */
function centreOf(feature: Feature): [number, number] {
  const coordinates =
    JSON.stringify(feature.geometry)
      .match(/-?\d+\.\d+/g)
      ?.map(Number) ?? [];
  const lngs = coordinates.filter((_, i) => i % 2 === 0);
  const lats = coordinates.filter((_, i) => i % 2 === 1);
  return [(Math.min(...lngs) + Math.max(...lngs)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2];
}
