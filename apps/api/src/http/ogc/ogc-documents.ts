import type { ExchangeLayer, LayerPage } from '@atlas/core';
import type { ExportRow } from '@atlas/exchange';
import type { Feature, FeatureCollection } from 'geojson';
import type { ItemsQuery } from './ogc-items-query';

/** The layers with geometry: each is one collection, named as GraphQL names it. */
export const OGC_COLLECTIONS = [
  'counties',
  'zones',
  'projects',
  'roadLinks',
  'gridProjects',
  'facilities',
  'relocationSites',
  'housingProjects',
] as const satisfies readonly ExchangeLayer[];
export type OgcCollection = (typeof OGC_COLLECTIONS)[number];

export const isOgcCollection = (name: string): name is OgcCollection =>
  (OGC_COLLECTIONS as readonly string[]).includes(name);

export const CRS84 = 'http://www.opengis.net/def/crs/OGC/1.3/CRS84';
const SPEC = 'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf';
/** Core, GeoJSON and the OpenAPI 3.0 description at /ogc/api: what this server implements, and no more. */
export const CONFORMANCE = [`${SPEC}/core`, `${SPEC}/geojson`, `${SPEC}/oas30`];

export const JSON_TYPE = 'application/json';
export const GEOJSON_TYPE = 'application/geo+json';
export const OPENAPI_TYPE = 'application/vnd.oai.openapi+json;version=3.0';

interface Link {
  readonly href: string;
  readonly rel: string;
  readonly type: string;
  readonly title?: string;
}

const link = (href: string, rel: string, type: string, title?: string): Link =>
  title ? { href, rel, type, title } : { href, rel, type };

/** `/ogc`: what the service is and where its parts are. */
export function landingPage(root: string) {
  return {
    title: '周口产业集聚区一张图',
    description:
      'Zhoukou Atlas: the ten industrial cluster districts of Zhoukou’s 2014 plan, as OGC API – Features collections (GeoJSON, WGS 84)',
    links: [
      link(root, 'self', JSON_TYPE, '本页 / this document'),
      link(`${root}/api`, 'service-desc', OPENAPI_TYPE, '接口定义 / the API definition (OpenAPI 3.0)'),
      link(`${root}/conformance`, 'conformance', JSON_TYPE, '符合的标准类 / conformance classes'),
      link(`${root}/collections`, 'data', JSON_TYPE, '图层 / collections'),
    ],
  };
}

export function conformance(root: string) {
  return { conformsTo: CONFORMANCE, links: [link(`${root}/conformance`, 'self', JSON_TYPE)] };
}

/** One collection's description: its names, its extent (omitted while the layer is empty) and its items. */
export function collectionDocument(
  root: string,
  layer: OgcCollection,
  title: { readonly zh: string; readonly en: string },
  extent: readonly [number, number, number, number] | null,
) {
  const here = `${root}/collections/${layer}`;
  return {
    id: layer,
    title: title.zh,
    description: title.en,
    itemType: 'feature',
    crs: [CRS84],
    ...(extent ? { extent: { spatial: { bbox: [[...extent]], crs: CRS84 } } } : {}),
    links: [
      link(here, 'self', JSON_TYPE, title.zh),
      link(`${here}/items`, 'items', GEOJSON_TYPE, `${title.zh} / ${title.en}`),
    ],
  };
}

export function collectionsDocument(root: string, collections: readonly unknown[]) {
  return { links: [link(`${root}/collections`, 'self', JSON_TYPE)], collections };
}

/** A row as a GeoJSON Feature whose id is the row's (a project's id, a zone's code). */
export function featureOf(row: ExportRow): Feature {
  return {
    type: 'Feature',
    id: row.id,
    geometry: row.geometry as Feature['geometry'],
    properties: { ...row.properties },
  };
}

/**
 * A page of `/items`: the features, how many match (`numberMatched`) and are here, and the links
 * to this page and the next (only while rows remain) and previous ones, with the same filters.
 */
export function itemsDocument(
  root: string,
  layer: OgcCollection,
  query: ItemsQuery,
  page: LayerPage,
  timeStamp: Date,
): FeatureCollection & Record<string, unknown> {
  const features = page.rows.map(featureOf);
  const pageAt = (offset: number) => `${root}/collections/${layer}/items?${pageSearch(query, offset)}`;
  const links = [
    link(pageAt(query.offset), 'self', GEOJSON_TYPE, '本页 / this page'),
    link(`${root}/collections/${layer}`, 'collection', JSON_TYPE),
  ];
  if (query.offset + features.length < page.numberMatched)
    links.push(link(pageAt(query.offset + features.length), 'next', GEOJSON_TYPE, '下一页 / next page'));
  if (query.offset > 0)
    links.push(
      link(pageAt(Math.max(0, query.offset - query.limit)), 'prev', GEOJSON_TYPE, '上一页 / previous page'),
    );
  return {
    type: 'FeatureCollection',
    features,
    numberMatched: page.numberMatched,
    numberReturned: features.length,
    timeStamp: timeStamp.toISOString(),
    links,
  };
}

/** The query string of the page starting at `offset`, in a fixed order so equal pages have equal links. */
function pageSearch(query: ItemsQuery, offset: number): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query.filters)) if (value !== undefined) params.set(name, value);
  if (query.bbox) params.set('bbox', query.bbox.join(','));
  params.set('limit', String(query.limit));
  params.set('offset', String(offset));
  return params.toString();
}

/** A single feature as `/items/{id}` answers it, with links to itself and its collection. */
export function itemDocument(root: string, layer: OgcCollection, row: ExportRow) {
  const here = `${root}/collections/${layer}/items/${encodeURIComponent(row.id)}`;
  return {
    ...featureOf(row),
    links: [link(here, 'self', GEOJSON_TYPE), link(`${root}/collections/${layer}`, 'collection', JSON_TYPE)],
  };
}
