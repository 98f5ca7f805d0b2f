import type { IncomingMessage, ServerResponse } from 'node:http';
import { AtlasError, type CoreContext } from '@atlas/core';
import { isDatabaseUnavailable } from '@atlas/db';
import { type Caller, cacheIdentity } from '../caller';
import { Deadline } from '../deadline';
import type { FileRoute, FileRouteDeps } from '../file-routes';
import { databaseUnavailable, deadlineExceeded, reply } from '../replies';
import { currentRequest } from '../request-scope';
import { ResponseCache } from '../response-cache';
import { routeCaller } from '../route-caller';
import { clearedSessionCookie } from '../session-cookie';
import { originOf } from './ogc-base-url';
import {
  collectionDocument,
  collectionsDocument,
  conformance,
  GEOJSON_TYPE,
  isOgcCollection,
  itemDocument,
  itemsDocument,
  JSON_TYPE,
  landingPage,
  OGC_COLLECTIONS,
  type OgcCollection,
  OPENAPI_TYPE,
} from './ogc-documents';
import { invalidParameter, notFoundHere, OgcException } from './ogc-exception';
import { layerQueryOf, readItemsQuery } from './ogc-items-query';
import { collectionFacts, ItemIndex, itemsPage } from './ogc-layer-reads';
import { openApiDocument } from './ogc-openapi';

/** One request once its caller and data version are known. */
interface OgcCall {
  readonly ctx: CoreContext;
  /** `http(s)://host/ogc` as the caller reached it: every link starts with it. */
  readonly root: string;
  readonly path: string;
  readonly search: string;
  readonly scope: string;
}

interface OgcAnswer {
  readonly type: string;
  readonly body: unknown;
}

/** The parts of a path under /ogc, each decoded; null when one cannot be. */
function segmentsOf(path: string): string[] | null {
  try {
    return path
      .slice('/ogc'.length)
      .split('/')
      .filter(Boolean)
      .map((part) => decodeURIComponent(part));
  } catch {
    return null;
  }
}

const noSuchPath = () =>
  notFoundHere(
    '没有这个地址;从 /ogc 开始 / No such resource; start at /ogc (landing page), /ogc/collections, /ogc/collections/{id}/items',
  );

/** Outside /items only `f=json` may be asked: any other parameter would be silently ignored. */
function noQueryHere(search: string): void {
  for (const [name, value] of new URLSearchParams(search))
    if (name !== 'f' || value !== 'json')
      throw invalidParameter('此地址只接受 f=json / This resource takes no query parameter but f=json');
}

/**
 * OGC API – Features (Part 1: Core, GeoJSON) under /ogc, for QGIS, ArcGIS Pro and GDAL: the landing
 * page, its OpenAPI definition, conformance, the map's layers as collections, their items a page at a
 * time (with numberMatched and next links) and one item by id. GET only. The caller is judged as
 * /graphql judges it; rows come from the core verbs /export uses, so a collection shows what its
 * export would; answers are cached by caller, address and data version like GraphQL's reads.
 */
export function ogcRoute(deps: FileRouteDeps): FileRoute {
  const items = new ItemIndex();

  async function answer(call: OgcCall): Promise<OgcAnswer> {
    const segments = segmentsOf(call.path);
    if (!segments) throw noSuchPath();
    const [first, layer, third, id, ...rest] = segments;
    if (rest.length > 0) throw noSuchPath();
    const isItems = first === 'collections' && third === 'items' && id === undefined;
    if (!isItems) noQueryHere(call.search);
    if (first === undefined) return { type: JSON_TYPE, body: landingPage(call.root) };
    if (first === 'api' && layer === undefined)
      return { type: OPENAPI_TYPE, body: openApiDocument(call.root) };
    if (first === 'conformance' && layer === undefined)
      return { type: JSON_TYPE, body: conformance(call.root) };
    if (first !== 'collections') throw noSuchPath();
    if (layer === undefined) return allCollections(call);
    if (!isOgcCollection(layer))
      throw notFoundHere(
        `没有图层 ${layer.slice(0, 40)};图层有:${OGC_COLLECTIONS.join(', ')} / No collection ${layer.slice(0, 40)}; the collections are ${OGC_COLLECTIONS.join(', ')}`,
      );
    if (third === undefined) return oneCollection(call, layer);
    if (third !== 'items') throw noSuchPath();
    if (id === undefined) return pageOf(call, layer);
    return oneItem(call, layer, id);
  }

  async function allCollections(call: OgcCall): Promise<OgcAnswer> {
    const facts = await Promise.all(OGC_COLLECTIONS.map((layer) => collectionFacts(call.ctx, layer)));
    const collections = facts.map((fact) =>
      collectionDocument(call.root, fact.layer, fact.title, fact.extent),
    );
    return { type: JSON_TYPE, body: collectionsDocument(call.root, collections) };
  }

  async function oneCollection(call: OgcCall, layer: OgcCollection): Promise<OgcAnswer> {
    const fact = await collectionFacts(call.ctx, layer);
    return { type: JSON_TYPE, body: collectionDocument(call.root, layer, fact.title, fact.extent) };
  }

  async function pageOf(call: OgcCall, layer: OgcCollection): Promise<OgcAnswer> {
    const query = readItemsQuery(call.search);
    const page = await itemsPage(call.ctx, layer, layerQueryOf(query));
    return { type: GEOJSON_TYPE, body: itemsDocument(call.root, layer, query, page, new Date()) };
  }

  async function oneItem(call: OgcCall, layer: OgcCollection, id: string): Promise<OgcAnswer> {
    const row = await items.find(call.ctx, layer, id, call.scope);
    if (!row)
      throw notFoundHere(
        `图层 ${layer} 中没有 ${id.slice(0, 80)} / No feature ${id.slice(0, 80)} in ${layer}`,
      );
    return { type: GEOJSON_TYPE, body: itemDocument(call.root, layer, row) };
  }

  /** Answers `call` from the cache when the same caller asked the same at this data version. */
  async function answerCached(
    res: ServerResponse,
    call: OgcCall,
    caller: Caller,
    version: number,
  ): Promise<'hit' | 'miss'> {
    const key = ResponseCache.keyOfRead({
      caller: cacheIdentity(caller),
      role: caller.actor.role,
      method: 'GET',
      search: `${call.path}?${call.search}`,
      // Links carry the address the caller used, so the same request through another host is another answer.
      body: call.root,
    });
    const versionHeader = { 'x-atlas-data-version': String(version) };
    // A cookie for a session that is over is forgotten with this answer alone, never kept with it.
    const forget: Record<string, string> = caller.staleCookie
      ? { 'set-cookie': clearedSessionCookie(deps.secureCookie) }
      : {};
    const hit = deps.cache.get(key, version);
    if (hit) {
      reply(res, hit.status, { ...hit.headers, ...forget, 'x-atlas-cache': 'hit' }, hit.body);
      return 'hit';
    }
    const { type, body } = await answer(call);
    const headers = {
      'content-type': `${type}${type === OPENAPI_TYPE ? '' : '; charset=utf-8'}`,
      ...versionHeader,
    };
    const text = JSON.stringify(body);
    deps.cache.set(key, { version, status: 200, headers, body: text });
    reply(res, 200, { ...headers, ...forget, 'x-atlas-cache': 'miss' }, text);
    return 'miss';
  }

  function refused(res: ServerResponse, error: unknown): boolean {
    if (error instanceof OgcException) {
      sendException(res, error);
    } else if (error instanceof AtlasError && error.code === 'BAD_INPUT') {
      sendException(res, invalidParameter(error.message));
    } else if (error instanceof AtlasError && error.code === 'NOT_FOUND') {
      sendException(res, notFoundHere(error.message));
    } else if (error instanceof AtlasError && error.code === 'FORBIDDEN') {
      sendException(res, new OgcException(403, 'Forbidden', error.message));
    } else if (error instanceof AtlasError && error.code === 'UNAUTHENTICATED') {
      sendException(res, new OgcException(401, 'Unauthorized', error.message));
    } else if (isDatabaseUnavailable(error)) {
      deps.health.markDown();
      currentRequest()?.log.warn({ err: error }, 'database unavailable');
      databaseUnavailable(res);
    } else return false;
    return true;
  }

  return async function handleOgc(req: IncomingMessage, res: ServerResponse, path: string, search: string) {
    if (req.method !== 'GET') {
      return sendException(
        res,
        new OgcException(
          405,
          'MethodNotAllowed',
          `OGC 接口只读,仅支持 GET / The OGC API is read-only: GET only`,
        ),
        { allow: 'GET' },
      );
    }
    const started = process.hrtime.bigint();
    const deadline = new Deadline(deps.deadlineMs);
    const unwatch = deadline.watch(() => deadlineExceeded(res, deadline.ms));
    let cache: 'hit' | 'miss' | undefined;
    try {
      if (!(await deps.health.available())) return databaseUnavailable(res);
      const caller = await routeCaller(req, res, deps, false);
      if (!caller) return;
      const { version } = await deps.versions.current();
      const call: OgcCall = {
        ctx: { db: deps.atlas.db, actor: caller.actor },
        root: `${originOf(req)}/ogc`,
        path,
        search,
        scope: JSON.stringify([cacheIdentity(caller), version]),
      };
      cache = await answerCached(res, call, caller, version);
    } catch (error) {
      if (!refused(res, error)) throw error;
    } finally {
      unwatch();
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      currentRequest()?.log.info({ path, search, status: res.statusCode, cache, ms }, 'ogc request');
    }
  };
}

function sendException(res: ServerResponse, error: OgcException, headers: Record<string, string> = {}): void {
  currentRequest()?.log.info({ code: error.code, status: error.status }, 'ogc request refused');
  reply(
    res,
    error.status,
    { 'content-type': `${JSON_TYPE}; charset=utf-8`, ...headers },
    JSON.stringify(error.body),
  );
}
