import { GEOJSON_TYPE, JSON_TYPE, OGC_COLLECTIONS, OPENAPI_TYPE } from './ogc-documents';
import { DEFAULT_LIMIT, FILTER_PARAMS, MAX_LIMIT, MAX_OFFSET } from './ogc-items-query';

const json = (description: string, type = JSON_TYPE) => ({
  description,
  content: { [type]: { schema: { type: 'object' } } },
});

const exception = { $ref: '#/components/responses/Exception' };

const FILTER_WORDS: Record<(typeof FILTER_PARAMS)[number], string> = {
  zone: 'Only records in this zone (its code, e.g. xiangcheng); a layer without zones refuses it (400).',
  cluster: 'Only records of this cluster (its code); a layer without clusters refuses it (400).',
  status: 'Only records at this status (e.g. STARTED); a layer without a status refuses it (400).',
};

/**
 * `/ogc/api`: the OpenAPI 3.0 definition of this service, as GDAL and QGIS read it (QGIS will not
 * open a layer without one, and both take their page size from `limit`'s maximum and default).
 * It describes exactly the routes of `ogc-route.ts` and the parameters `readItemsQuery` accepts.
 */
export function openApiDocument(root: string) {
  return {
    openapi: '3.0.3',
    info: {
      title: '周口产业集聚区一张图 OGC API – Features',
      version: '1.0.0',
      description:
        'The atlas’s map layers as OGC API – Features collections (Part 1: Core, GeoJSON). Read with the same sign-in as the GraphQL API: a bearer token (service, session or personal access token) or the session cookie; anonymous reading as the site allows.',
    },
    servers: [{ url: root }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      parameters: {
        collectionId: {
          name: 'collectionId',
          in: 'path',
          required: true,
          schema: { type: 'string', enum: [...OGC_COLLECTIONS] },
        },
        featureId: { name: 'featureId', in: 'path', required: true, schema: { type: 'string' } },
        limit: {
          name: 'limit',
          in: 'query',
          required: false,
          style: 'form',
          explode: false,
          description: `Features a page holds; more than ${MAX_LIMIT} is served as ${MAX_LIMIT}.`,
          schema: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT },
        },
        offset: {
          name: 'offset',
          in: 'query',
          required: false,
          style: 'form',
          explode: false,
          description: 'Features skipped before the page; the next link carries it.',
          schema: { type: 'integer', minimum: 0, maximum: MAX_OFFSET, default: 0 },
        },
        bbox: {
          name: 'bbox',
          in: 'query',
          required: false,
          style: 'form',
          explode: false,
          description: 'west,south,east,north in WGS 84 degrees (CRS84); features intersecting it.',
          schema: { type: 'array', minItems: 4, maxItems: 4, items: { type: 'number' } },
        },
        ...Object.fromEntries(
          FILTER_PARAMS.map((name) => [
            name,
            {
              name,
              in: 'query',
              required: false,
              style: 'form',
              explode: false,
              description: FILTER_WORDS[name],
              schema: { type: 'string' },
            },
          ]),
        ),
      },
      responses: {
        Exception: {
          description: 'An exception: { code, description } (description in Chinese, then English).',
          content: {
            [JSON_TYPE]: {
              schema: {
                type: 'object',
                required: ['code'],
                properties: { code: { type: 'string' }, description: { type: 'string' } },
              },
            },
          },
        },
      },
    },
    security: [{}, { bearer: [] }],
    paths: {
      '/': {
        get: { operationId: 'landingPage', responses: { 200: json('The landing page'), default: exception } },
      },
      '/api': {
        get: {
          operationId: 'api',
          responses: { 200: json('This document', OPENAPI_TYPE), default: exception },
        },
      },
      '/conformance': {
        get: {
          operationId: 'conformance',
          responses: { 200: json('The conformance classes'), default: exception },
        },
      },
      '/collections': {
        get: { operationId: 'collections', responses: { 200: json('The collections'), default: exception } },
      },
      '/collections/{collectionId}': {
        get: {
          operationId: 'collection',
          parameters: [{ $ref: '#/components/parameters/collectionId' }],
          responses: { 200: json('One collection'), 404: exception, default: exception },
        },
      },
      '/collections/{collectionId}/items': {
        get: {
          operationId: 'items',
          parameters: ['collectionId', 'limit', 'offset', 'bbox', ...FILTER_PARAMS].map((name) => ({
            $ref: `#/components/parameters/${name}`,
          })),
          responses: {
            200: json('A page of features, with numberMatched and next/prev links', GEOJSON_TYPE),
            400: exception,
            404: exception,
            default: exception,
          },
        },
      },
      '/collections/{collectionId}/items/{featureId}': {
        get: {
          operationId: 'item',
          parameters: [
            { $ref: '#/components/parameters/collectionId' },
            { $ref: '#/components/parameters/featureId' },
          ],
          responses: { 200: json('One feature', GEOJSON_TYPE), 404: exception, default: exception },
        },
      },
    },
  };
}
