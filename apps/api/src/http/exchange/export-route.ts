import type { ServerResponse } from 'node:http';
import { AtlasError, chinaDay, exportLayer } from '@atlas/core';
import { isDatabaseUnavailable } from '@atlas/db';
import { cacheIdentity } from '../caller';
import { Deadline } from '../deadline';
import type { FileRoute, FileRouteDeps } from '../file-routes';
import { CORS, databaseUnavailable, deadlineExceeded, refusal } from '../replies';
import { currentRequest } from '../request-scope';
import { ResponseCache } from '../response-cache';
import { routeCaller } from '../route-caller';
import { attachmentHeader, EXPORT_MEDIA, exportBody } from './export-body';
import { type ExportRequest, ExportRequestRefused, exportRequest } from './export-request';

/** Written a piece at a time, so a large file neither sits twice in the socket's buffer nor blocks it. */
const CHUNK_BYTES = 64 * 1024;

/**
 * Answers that depend on more than the data and the caller are not cached: a monthly report's
 * lateness moves with the clock (as /graphql marks them uncacheable).
 */
const UNCACHED_LAYERS = new Set(['monthlyReports']);

async function writeChunks(res: ServerResponse, body: Buffer, deadline: Deadline): Promise<void> {
  for (let at = 0; at < body.length; at += CHUNK_BYTES) {
    if (res.destroyed) return;
    if (deadline.passed) {
      // The headers are out: the only honest end left is a cut connection, which the client sees as failed.
      res.destroy();
      return;
    }
    if (!res.write(body.subarray(at, at + CHUNK_BYTES)))
      await new Promise<void>((resolve) => {
        res.once('drain', resolve);
        res.once('close', resolve);
      });
  }
  res.end();
}

function send(
  res: ServerResponse,
  request: ExportRequest,
  body: Buffer,
  extra: Record<string, string>,
  deadline: Deadline,
): Promise<void> {
  if (res.headersSent) return Promise.resolve();
  const requestId = currentRequest()?.requestId;
  res.writeHead(200, {
    ...CORS,
    ...(requestId ? { 'x-request-id': requestId } : {}),
    'content-type': EXPORT_MEDIA[request.format].type,
    'content-length': String(body.length),
    'content-disposition': attachmentHeader(request.layer, chinaDay(new Date()), request.format),
    'cache-control': 'private, no-store',
    ...extra,
  });
  return writeChunks(res, body, deadline);
}

/** A refusal for what the export met, or false when the error is not one of them. */
function refused(res: ServerResponse, error: unknown, deps: FileRouteDeps): boolean {
  if (error instanceof ExportRequestRefused) refusal(res, error.status, error.code, error.message);
  else if (error instanceof AtlasError && error.code === 'BAD_INPUT')
    refusal(res, 400, 'BAD_USER_INPUT', error.message);
  else if (error instanceof AtlasError && error.code === 'UNAUTHENTICATED')
    refusal(res, 401, 'UNAUTHENTICATED', error.message);
  else if (error instanceof AtlasError && error.code === 'FORBIDDEN')
    refusal(res, 403, 'FORBIDDEN', error.message);
  else if (isDatabaseUnavailable(error)) {
    deps.health.markDown();
    databaseUnavailable(res);
  } else return false;
  return true;
}

/**
 * `GET /export/{layer}.{geojson|csv|xlsx|shp.zip}?zone=&cluster=&status=&period=&bbox=&lang=`: the
 * layer as a file, for the caller /graphql would serve (the same tokens, sessions and public-read
 * setting), read through `exportLayer` with the same filters and powers as the GraphQL lists.
 * The URL is checked before anything else; the work is bounded by the request's deadline (503
 * past it) and by `MAX_EXPORT_ROWS`. Answers are cached per caller and data version like
 * /graphql's reads, so a second download of an unchanged layer costs one statement.
 */
export function exportRoute(deps: FileRouteDeps): FileRoute {
  return async (req, res, path, search) => {
    if (req.method !== 'GET') {
      refusal(res, 405, 'METHOD_NOT_ALLOWED', '导出只接受 GET / export answers GET only', { allow: 'GET' });
      return;
    }
    let request: ExportRequest;
    try {
      request = exportRequest(path, search);
    } catch (error) {
      if (refused(res, error, deps)) return;
      throw error;
    }
    const caller = await routeCaller(req, res, deps, false);
    if (!caller) return;
    const deadline = new Deadline(deps.deadlineMs);
    const unwatch = deadline.watch(() => deadlineExceeded(res, deadline.ms));
    try {
      if (!(await deps.health.available())) return databaseUnavailable(res);
      const { version } = await deps.versions.current();
      const cacheable = !UNCACHED_LAYERS.has(request.layer);
      const key = ResponseCache.keyOfRead({
        caller: cacheIdentity(caller),
        role: caller.actor.role,
        method: 'GET /export',
        search: `${path}?${search}`,
        body: '',
      });
      const versionHeader = { 'x-atlas-data-version': String(version) };
      const hit = cacheable ? deps.cache.get(key, version) : null;
      if (hit) {
        await send(
          res,
          request,
          Buffer.from(hit.body, 'latin1'),
          { ...versionHeader, 'x-atlas-cache': 'hit' },
          deadline,
        );
        return;
      }
      const page = await exportLayer(
        { db: deps.atlas.db, actor: caller.actor },
        request.layer,
        request.query,
        {
          reporting: { deadlineDay: deps.env.ATLAS_REPORT_DEADLINE_DAY },
        },
      );
      if (deadline.passed) return;
      const body = await exportBody(page, request.format, request.lang);
      // Bytes kept as latin1 text: one character a byte, so the cache's string entries hold any file.
      if (cacheable)
        deps.cache.set(key, { version, status: 200, headers: {}, body: body.toString('latin1') });
      await send(res, request, body, { ...versionHeader, 'x-atlas-cache': 'miss' }, deadline);
    } catch (error) {
      if (!refused(res, error, deps)) throw error;
    } finally {
      unwatch();
    }
  };
}
