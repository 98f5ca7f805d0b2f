import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AtlasError, can, type ImportReport, importFeatures } from '@atlas/core';
import { isDatabaseUnavailable } from '@atlas/db';
import {
  DEFAULT_READ_LIMITS as DEFAULT_LIMITS,
  FileRefusedError,
  type ReadLimits,
  type ReadResult,
  readFeatureFile,
} from '@atlas/exchange';
import { type Datum, geometryToWgs84 } from '@atlas/geo';
import type { Geometry } from 'geojson';
import type { FileRoute, FileRouteDeps } from '../file-routes';
import { databaseUnavailable, deadlineExceeded, refusal, sendJson } from '../replies';
import { routeCaller } from '../route-caller';
import { declaredTooLarge, ImportBodyTooLarge, readImportBody } from './import-body';
import {
  chosenDatum,
  type ImportRequest,
  ImportRequestRefused,
  importRequest,
  shapefileFieldTable,
} from './import-request';

/**
 * How long an import may take (or the request deadline, if that is longer): a file of many rows
 * meets the same checks as as many mutations. `pnpm bench:import` measured a 10,000-row CSV at
 * 4–7 s for a dry run or a commit, on PostgreSQL and on PGlite, on this 2-core machine under a load
 * of 6; past the budget the import is rolled back and answered 503.
 */
export const IMPORT_DEADLINE_MS = 30_000;

/** Which refusals are about the file's content (422) rather than its form (400) or size (413). */
const REFUSAL_STATUS: Partial<Record<FileRefusedError['refusal'], number>> = {
  TOO_LARGE: 413,
  TOO_MANY_FEATURES: 422,
  ZIP_BOMB: 422,
  ZIP_PATH: 422,
  ZIP_ENTRIES: 422,
};

function fileRefused(res: ServerResponse, error: FileRefusedError): void {
  sendJson(res, REFUSAL_STATUS[error.refusal] ?? 400, {
    errors: [{ message: error.message, extensions: { code: 'FILE_REFUSED', refusal: error.refusal } }],
  });
}

function tooLarge(res: ServerResponse, limit: number): void {
  // The rest of the body is not read: the connection is closed after the answer.
  sendJson(
    res,
    413,
    {
      errors: [
        {
          message: `文件超过 ${limit} 字节的上限 / The file is over the limit of ${limit} bytes`,
          extensions: { code: 'FILE_REFUSED', refusal: 'TOO_LARGE' },
        },
      ],
    },
    { connection: 'close' },
  );
}

/** A refusal for what the import met, or false when the error is not one of them. */
function refused(res: ServerResponse, error: unknown, deps: FileRouteDeps): boolean {
  if (error instanceof ImportRequestRefused) refusal(res, error.status, error.code, error.message);
  else if (error instanceof FileRefusedError) fileRefused(res, error);
  else if (error instanceof ImportBodyTooLarge) tooLarge(res, error.limit);
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

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function toWgs84(datum: Datum): (geometry: Geometry) => Geometry {
  return (geometry) => {
    try {
      return geometryToWgs84(geometry, datum);
    } catch (error) {
      throw new FileRefusedError(
        'UNKNOWN_DATUM',
        '坐标无法转换',
        `coordinates cannot be converted (${(error as Error).message.slice(0, 80)})`,
      );
    }
  };
}

async function runImport(
  req: IncomingMessage,
  deps: FileRouteDeps,
  request: ImportRequest,
  actor: Parameters<typeof importFeatures>[0]['actor'],
  signal: AbortSignal,
): Promise<ImportReport> {
  const limits: Partial<ReadLimits> = { maxBytes: deps.env.ATLAS_IMPORT_MAX_BYTES };
  const bytes = await readImportBody(req, deps.env.ATLAS_IMPORT_MAX_BYTES);
  const read: ReadResult = await readFeatureFile(bytes, {
    contentType: req.headers['content-type'],
    filename: request.filename ?? undefined,
    limits,
  });
  const { datum, report, warnings } = chosenDatum(request.datum, read);
  const convert = toWgs84(datum);
  const features = read.features.map((f) => ({ ...f, geometry: f.geometry ? convert(f.geometry) : null }));
  const fieldTable =
    read.kind === 'shp.zip'
      ? shapefileFieldTable(bytes, { ...DEFAULT_LIMITS, ...limits })
      : new Map<string, string>();
  const result = await importFeatures({ db: deps.atlas.db, actor }, request.layer, features, {
    dryRun: request.dryRun,
    file: { name: request.filename, digest: sha256(bytes), bytes: bytes.byteLength, kind: read.kind },
    datum: report,
    maxRows: DEFAULT_LIMITS.maxFeatures,
    fieldTable,
    toWgs84: convert,
    signal,
  });
  return { ...result, warnings: [...read.warnings, ...warnings, ...result.warnings] };
}

/**
 * `POST /import/{layer}?datum=&dryRun=true|false&filename=` with the file as the body: its features
 * converted to WGS 84 and run through `importFeatures`, a dry run unless `dryRun=false`. The caller
 * is judged as /graphql judges it; one whose role may not write the layer is refused before the
 * body is read, and so is a body whose declared length passes `ATLAS_IMPORT_MAX_BYTES` (counted
 * again while reading). Answers the report: 200, or 422 for a commit refused because a row failed
 * (nothing written); a refused file is 400/413/422 with `extensions.code` FILE_REFUSED.
 */
export function importRoute(deps: FileRouteDeps): FileRoute {
  return async (req, res, path, search) => {
    if (req.method !== 'POST') {
      return refusal(res, 405, 'METHOD_NOT_ALLOWED', '请用 POST 上传文件 / Send the file with POST', {
        allow: 'POST',
      });
    }
    let request: ImportRequest;
    try {
      request = importRequest(path, search);
    } catch (error) {
      if (refused(res, error, deps)) return;
      throw error;
    }
    const caller = await routeCaller(req, res, deps, true);
    if (!caller) return;
    const { actor } = caller;
    if (!actor.authenticated) {
      return refusal(res, 401, 'UNAUTHENTICATED', '请先登录再导入 / Sign in to import');
    }
    const action = request.layer === 'projects' ? 'writeProjects' : 'writeLayers';
    if (!can(actor, action)) {
      return refusal(
        res,
        403,
        'FORBIDDEN',
        `无权导入 ${request.layer}(需要可编辑该图层的角色) / Forbidden: importing ${request.layer} needs a role that may write it`,
      );
    }
    if (declaredTooLarge(req, deps.env.ATLAS_IMPORT_MAX_BYTES))
      return tooLarge(res, deps.env.ATLAS_IMPORT_MAX_BYTES);
    const budget = Math.max(deps.deadlineMs, IMPORT_DEADLINE_MS);
    // The server closes sockets idle for 30 s; an import answers only when done.
    req.socket.setTimeout(budget + 5_000);
    const deadline = AbortSignal.timeout(budget);
    try {
      const report = await runImport(req, deps, request, actor, deadline);
      if (report.committed) await deps.versions.afterWrite();
      const status = request.dryRun || report.committed ? 200 : 422;
      sendJson(res, status, report, { 'cache-control': 'no-store' });
    } catch (error) {
      if (refused(res, error, deps)) return;
      if (deadline.aborted) return deadlineExceeded(res, budget);
      throw error;
    }
  };
}
