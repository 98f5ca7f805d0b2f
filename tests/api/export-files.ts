import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** An export as downloaded: its status, headers and bytes, saved where GDAL can read it. */
export interface Download {
  readonly status: number;
  readonly headers: Headers;
  readonly bytes: Buffer;
  readonly path: string;
}

/** One layer as `ogrinfo -so` sums it up. */
export interface OgrLayer {
  readonly name: string;
  readonly geometry: string;
  readonly count: number;
}

/** A folder for one test file's downloads, removed at the end. */
export async function downloadFolder(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'atlas-export-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** GETs an export, with a bearer token when given, and keeps the file under `dir`. */
export async function download(url: string, dir: string, name: string, token?: string): Promise<Download> {
  const res = await fetch(url, token ? { headers: { authorization: `Bearer ${token}` } } : {});
  const bytes = Buffer.from(await res.arrayBuffer());
  const path = join(dir, name);
  await writeFile(path, bytes);
  return { status: res.status, headers: res.headers, bytes, path };
}

/** Runs GDAL's ogrinfo read-only over every layer of a file; `options` are its `-oo` open options. */
export async function ogrinfo(
  source: string,
  options: readonly string[] = [],
  summary = true,
): Promise<string> {
  const args = ['-ro', '-al', ...(summary ? ['-so'] : []), ...options.flatMap((o) => ['-oo', o]), source];
  const { stdout } = await run('ogrinfo', args, { maxBuffer: 256 * 1024 * 1024 });
  return stdout;
}

/** The layers `ogrinfo -so` reports: name, geometry type and feature count. */
export function ogrLayers(summary: string): OgrLayer[] {
  return summary
    .split(/^Layer name: /m)
    .slice(1)
    .map((block) => ({
      name: block.split('\n')[0]?.trim() ?? '',
      geometry: /^Geometry: (.+)$/m.exec(block)?.[1]?.trim() ?? 'None',
      count: Number(/^Feature Count: (\d+)$/m.exec(block)?.[1] ?? Number.NaN),
    }));
}

/** How an outside reader opens each format: the path GDAL is given and the open options. */
export function outsideReading(file: Download, format: string): { source: string; options: string[] } {
  switch (format) {
    case 'shp.zip':
      return { source: `/vsizip/${file.path}`, options: [] };
    case 'csv':
      return { source: file.path, options: ['GEOM_POSSIBLE_NAMES=wkt', 'KEEP_GEOM_COLUMNS=NO'] };
    case 'xlsx':
      return { source: file.path, options: ['HEADERS=FORCE'] };
    default:
      return { source: file.path, options: [] };
  }
}
