import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  AtlasError,
  type CoreContext,
  reportWorkbookFile,
  saveReportWorkbook,
  type WorkbookRefusal,
} from '@atlas/core';
import { isDatabaseUnavailable } from '@atlas/db';
import { FileRefusedError, REPORT_WORKBOOK_LIMITS } from '@atlas/exchange';
import type { FileRoute, FileRouteDeps } from '../file-routes';
import { BodyTooLargeError } from '../read-body';
import { CORS, databaseUnavailable, refusal, sendJson } from '../replies';
import { currentRequest } from '../request-scope';
import { routeCaller } from '../route-caller';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PATH = /^\/report-workbook\/([^/]{1,64})\/([0-9]{4}-[0-9]{2})\.xlsx$/;

/** The status a core refusal travels with, outside GraphQL. */
const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  STALE_VERSION: 409,
  TOO_MANY_ATTEMPTS: 429,
};

/** The upload's bytes, refusing more than `limit` before reading them all. */
async function readBytes(req: IncomingMessage, limit: number): Promise<Uint8Array> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new BodyTooLargeError(`body of ${declared} bytes exceeds ${limit}`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLargeError(`body exceeds ${limit} bytes`);
    chunks.push(chunk as Buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** A download's name: ASCII for old clients, the Chinese one for the rest (RFC 6266 / 5987). */
function attachment(zone: string, month: string, filename: string): string {
  return `attachment; filename="report-${zone}-${month}.xlsx"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/** How a refusal is answered: a list by sheet, row and field (422), or one coded message. */
type Refused =
  | { readonly status: 422; readonly errors: readonly WorkbookRefusal[] }
  | { readonly status: number; readonly code: string; readonly message: string };

const wholeFile = (message: string, field: string | null = null): Refused => ({
  status: 422,
  errors: [{ sheet: null, row: null, field, message }],
});

/** A refusal of core or of the file, as this route answers it; null for anything that is not one. */
function refusedOf(error: unknown, badInputStatus: number): Refused | null {
  if (error instanceof FileRefusedError)
    return error.refusal === 'TOO_LARGE'
      ? { status: 413, code: 'PAYLOAD_TOO_LARGE', message: error.message }
      : wholeFile(error.message);
  if (!(error instanceof AtlasError)) return null;
  const listed = error.details?.errors;
  if (Array.isArray(listed)) return { status: 422, errors: listed as WorkbookRefusal[] };
  if (error.code !== 'BAD_INPUT')
    return { status: STATUS[error.code] ?? 400, code: error.code, message: error.message };
  const field = typeof error.details?.field === 'string' ? error.details.field : null;
  return badInputStatus === 422
    ? wholeFile(error.message, field)
    : { status: badInputStatus, code: 'BAD_USER_INPUT', message: error.message };
}

function answerRefused(
  res: ServerResponse,
  error: unknown,
  deps: FileRouteDeps,
  badInputStatus: number,
): void {
  if (isDatabaseUnavailable(error)) {
    deps.health.markDown();
    databaseUnavailable(res);
    return;
  }
  const answer = refusedOf(error, badInputStatus);
  if (!answer) throw error;
  if ('errors' in answer) sendJson(res, 422, { errors: answer.errors });
  else refusal(res, answer.status, answer.code, answer.message);
}

/**
 * `/report-workbook/{zoneCode}/{YYYY-MM}.xlsx`: GET is the zone's monthly report template,
 * pre-filled with its projects, their nodes and what the month's draft holds; POST takes the filled
 * file as the body and saves it as that month's draft through the form's own save, answering
 * `{ saved: true, lines, warnings }` or 422 `{ errors: [{ sheet, row, field, message }] }`. Callers
 * are judged as /graphql judges them; a cookie-signed upload must come from this site.
 */
export function reportWorkbookRoute(deps: FileRouteDeps): FileRoute {
  // The body is refused past the import limit or the workbook's own, whichever is smaller.
  const maxBytes = Math.min(deps.env.ATLAS_IMPORT_MAX_BYTES, REPORT_WORKBOOK_LIMITS.maxBytes);
  const limits = { ...REPORT_WORKBOOK_LIMITS, maxBytes };

  async function download(res: ServerResponse, ctx: CoreContext, zone: string, month: string): Promise<void> {
    const { bytes, filename } = await reportWorkbookFile(ctx, zone, month);
    const requestId = currentRequest()?.requestId;
    res
      .writeHead(200, {
        ...CORS,
        ...(requestId ? { 'x-request-id': requestId } : {}),
        'content-type': XLSX,
        'content-disposition': attachment(zone, month, filename),
        'content-length': String(bytes.byteLength),
        // The template holds a zone's draft: it is the caller's, never a shared cache's.
        'cache-control': 'private, no-store',
      })
      .end(bytes);
  }

  async function upload(
    req: IncomingMessage,
    res: ServerResponse,
    ctx: CoreContext,
    zone: string,
    month: string,
  ): Promise<void> {
    let bytes: Uint8Array;
    try {
      bytes = await readBytes(req, maxBytes);
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) throw error;
      return refusal(
        res,
        413,
        'PAYLOAD_TOO_LARGE',
        `文件超过 ${maxBytes} 字节 / The file is over ${maxBytes} bytes`,
      );
    }
    const saved = await saveReportWorkbook(ctx, zone, month, bytes, limits);
    await deps.versions.afterWrite();
    sendJson(res, 200, {
      saved: true,
      lines: saved.lines,
      warnings: saved.warnings,
      report: { id: String(saved.report.id), version: saved.report.version, status: saved.report.status },
    });
  }

  return async (req, res, path) => {
    const match = PATH.exec(path);
    if (!match)
      return refusal(
        res,
        404,
        'NOT_FOUND',
        '没有这个模板 / No such template: /report-workbook/{zone}/{YYYY-MM}.xlsx',
      );
    if (req.method !== 'GET' && req.method !== 'POST')
      return refusal(res, 405, 'METHOD_NOT_ALLOWED', '只支持 GET 和 POST / Only GET and POST', {
        allow: 'GET, POST',
      });
    const writes = req.method === 'POST';
    const caller = await routeCaller(req, res, deps, writes);
    if (!caller) return;
    let zone: string;
    try {
      zone = decodeURIComponent(match[1] ?? '');
    } catch {
      return refusal(res, 404, 'NOT_FOUND', '没有这个园区 / No such zone');
    }
    const month = match[2] ?? '';
    const ctx: CoreContext = { db: deps.atlas.db, actor: caller.actor };
    try {
      if (writes) await upload(req, res, ctx, zone, month);
      else await download(res, ctx, zone, month);
    } catch (error) {
      answerRefused(res, error, deps, writes ? 422 : 400);
    }
  };
}
