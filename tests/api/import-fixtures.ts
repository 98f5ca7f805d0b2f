import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { schema, selectRows } from '@atlas/db';
import { sql } from 'drizzle-orm';
import { zipSync } from 'fflate';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { ApiHarness } from './harness';

export interface ImportAnswer {
  status: number;
  body: {
    layer?: string;
    dryRun?: boolean;
    committed?: boolean;
    rows?: number;
    created?: number;
    updated?: number;
    file?: { name: string | null; bytes: number; digest: string; kind: string };
    datum?: { used: string; from: string; evidence: string | null };
    mapping?: { from: string; to: string | null; how: string }[];
    errors?: {
      row?: number;
      field?: string | null;
      message: string;
      extensions?: { code?: string; refusal?: string };
    }[];
    warnings?: string[];
    preview?: FeatureCollection<Geometry | null, { row: number; action: string; name: string | null }>;
  };
}

/** POSTs a file to /import/{layer}. */
export async function postImport(
  api: ApiHarness,
  layer: string,
  body: Uint8Array | string,
  query: Record<string, string>,
  token: string | null,
  headers: Record<string, string> = {},
): Promise<ImportAnswer> {
  const search = new URLSearchParams(query).toString();
  const res = await fetch(`${api.url}/import/${layer}?${search}`, {
    method: 'POST',
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: typeof body === 'string' ? body : Buffer.from(body),
  });
  return { status: res.status, body: (await res.json()) as ImportAnswer['body'] };
}

export const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/** What a hostile file must leave as it was: the rows of the written tables and the data version. */
export async function databaseState(api: ApiHarness): Promise<Record<string, number>> {
  const count = async (table: string) =>
    Number(
      (
        await selectRows<{ n: number }>(
          api.atlas.db,
          sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)}`,
        )
      )[0]?.n,
    );
  const [version] = await api.atlas.db.select().from(schema.dataVersion);
  return {
    projects: await count('projects'),
    facilities: await count('facilities'),
    zones: await count('zones'),
    audit: await count('audit_log'),
    dataVersion: Number((version as { version: number } | undefined)?.version),
  };
}

export const featureCollection = (features: Feature[]): FeatureCollection => ({
  type: 'FeatureCollection',
  features,
});

export const point = (lng: number, lat: number, properties: Record<string, unknown>): Feature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [lng, lat] },
  properties,
});

/**
 * A zipped Shapefile written by GDAL's ogr2ogr (the outside writer) from GeoJSON: in `srs` when
 * given, its attributes in `encoding` (UTF-8 or GBK, with the `.cpg` GDAL writes for it).
 */
export function shapefileZip(
  collection: FeatureCollection,
  options: { srs?: string; encoding?: 'UTF-8' | 'GBK'; name?: string } = {},
): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-import-'));
  try {
    const source = join(dir, 'source.geojson');
    writeFileSync(source, JSON.stringify(collection));
    const stem = options.name ?? 'layer';
    const out = join(dir, 'out');
    execFileSync(
      'ogr2ogr',
      [
        '-f',
        'ESRI Shapefile',
        ...(options.srs ? ['-t_srs', options.srs] : []),
        '-lco',
        `ENCODING=${options.encoding ?? 'UTF-8'}`,
        '-nln',
        stem,
        out,
        source,
      ],
      { stdio: 'pipe' },
    );
    const files: Record<string, Uint8Array> = {};
    for (const name of readdirSync(out)) files[name] = readFileSync(join(out, name));
    return zipSync(files);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A file converted by ogr2ogr with its own options (`-f CSV -lco GEOMETRY=AS_WKT`, `-t_srs` …). */
export function ogrConvert(collection: FeatureCollection, args: string[], outName: string): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-import-'));
  try {
    const source = join(dir, 'source.geojson');
    writeFileSync(source, JSON.stringify(collection));
    const out = join(dir, outName);
    execFileSync('ogr2ogr', [...args, out, source], { stdio: 'pipe' });
    return readFileSync(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Metres between two WGS 84 positions (haversine; fine at these distances). */
export function metresBetween([lng1 = 0, lat1 = 0]: number[], [lng2 = 0, lat2 = 0]: number[]): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLng = (lng2 - lng1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.sqrt(a));
}

/**
 * Sends only the headers of a POST declaring a large body, and resolves with the answer's status:
 * an answer that comes without the body having been sent shows the body was never waited for.
 */
export function statusBeforeBody(url: string, token: string, declaredBytes: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${url}/import/projects?dryRun=true`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-length': String(declaredBytes) },
    });
    const timer = setTimeout(() => {
      req.destroy();
      reject(new Error('no answer without the body: the server waited for it'));
    }, 10_000);
    req.on('response', (res) => {
      clearTimeout(timer);
      res.resume();
      resolve(res.statusCode ?? 0);
      req.destroy();
    });
    req.on('error', () => {});
    req.flushHeaders();
  });
}

/** Streams a chunked body (no content-length) of `chunks` × 1 KiB until the server answers. */
export function chunkedStatus(url: string, token: string, chunks: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${url}/import/projects?dryRun=true`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'transfer-encoding': 'chunked',
        'content-type': 'text/csv',
      },
    });
    let answered = false;
    req.on('response', (res) => {
      answered = true;
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    const line = `${'x'.repeat(1023)}\n`;
    let sent = 0;
    const next = () => {
      if (answered || sent >= chunks) {
        if (!answered) req.end();
        return;
      }
      sent++;
      req.write(line);
      setTimeout(next, 5);
    };
    next();
  });
}

/** A zip whose entries are as given, then with every declared uncompressed size set to `declared`. */
export function zipDeclaring(files: Record<string, Uint8Array>, declared: number): Uint8Array {
  const zip = zipSync(files, { level: 9 });
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let at = 0; at + 4 <= zip.length; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50) view.setUint32(at + 22, declared, true);
    if (signature === 0x02014b50) view.setUint32(at + 24, declared, true);
  }
  return zip;
}
