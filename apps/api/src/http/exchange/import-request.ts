import { type ImportDatum, type ImportLayer, isImportLayer } from '@atlas/core';
import {
  type FileRefusal,
  FileRefusedError,
  type ReadLimits,
  type ReadResult,
  readZip,
} from '@atlas/exchange';
import { type Datum, parseDatum } from '@atlas/geo';

/** A request the route refuses before reading the file, with its status and code. */
export class ImportRequestRefused extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface ImportRequest {
  readonly layer: ImportLayer;
  readonly dryRun: boolean;
  /** What the user said the file's datum is (`?datum=`), or null. */
  readonly datum: Datum | null;
  readonly filename: string | null;
}

const FILENAME_CHARS = 200;

/** `/import/{layer}?datum=&dryRun=&filename=`, checked before the body is read. */
export function importRequest(path: string, search: string): ImportRequest {
  const layer = decodeURIComponent(path.slice('/import/'.length));
  if (!isImportLayer(layer)) {
    const shown = JSON.stringify(layer.slice(0, 40));
    throw new ImportRequestRefused(
      404,
      'NOT_FOUND',
      `不能导入图层 ${shown},可导入:projects、zones、roadLinks、gridProjects、facilities、relocationSites / No import for layer ${shown}; importable: projects, zones, roadLinks, gridProjects, facilities, relocationSites`,
    );
  }
  const params = new URLSearchParams(search);
  const dryRunText = params.get('dryRun') ?? 'true';
  if (dryRunText !== 'true' && dryRunText !== 'false') {
    throw new ImportRequestRefused(
      400,
      'BAD_USER_INPUT',
      'dryRun 须为 true 或 false / dryRun must be true or false',
    );
  }
  const datumText = params.get('datum');
  let datum: Datum | null = null;
  if (datumText) {
    try {
      datum = parseDatum(datumText);
    } catch (error) {
      throw new ImportRequestRefused(400, 'BAD_USER_INPUT', (error as Error).message);
    }
  }
  const filename = params.get('filename')?.trim().slice(0, FILENAME_CHARS) || null;
  return { layer, dryRun: dryRunText !== 'false', datum, filename };
}

/** CGCS2000 and WGS 84 convert alike here (EPSG's null transformation; see @atlas/geo datum.ts). */
const GEOGRAPHIC = new Set<string>(['WGS84', 'CGCS2000']);

/**
 * The datum the geometries are converted from: the user's and the file's when they agree, either
 * when only one is known, WGS 84 (with a warning) when neither is. A user's datum that contradicts
 * the file's `.prj` or `crs` is refused naming both: one of them is wrong, and guessing which would
 * put every feature in the wrong place.
 */
export function chosenDatum(
  user: Datum | null,
  read: ReadResult,
): { datum: Datum; report: ImportDatum; warnings: string[] } {
  let file: Datum | null = null;
  if (read.datum) {
    try {
      file = parseDatum(read.datum);
    } catch {
      throw refusedFile(
        'UNKNOWN_DATUM',
        `文件的坐标系 ${read.datum} 无法转换`,
        `the file's datum ${read.datum} cannot be converted`,
      );
    }
  }
  if (user && file && user !== file && !(GEOGRAPHIC.has(user) && GEOGRAPHIC.has(file))) {
    const evidence = read.datumEvidence ? `(${read.datumEvidence})` : '';
    throw refusedFile(
      'DATUM_MISMATCH',
      `指定的坐标系 ${user} 与文件声明的 ${file}${evidence} 不一致,请确认后重试`,
      `the datum given, ${user}, differs from the file's own, ${file}${evidence ? ` ${evidence}` : ''}: check which is right`,
    );
  }
  if (file)
    return { datum: file, report: { used: file, from: 'file', evidence: read.datumEvidence }, warnings: [] };
  if (user)
    return { datum: user, report: { used: user, from: 'user', evidence: `?datum=${user}` }, warnings: [] };
  return {
    datum: 'WGS84',
    report: { used: 'WGS84', from: 'default', evidence: null },
    warnings: [
      '文件未声明坐标系,也未指定 datum,按 WGS 84 处理;若坐标来自高德/腾讯(GCJ-02)、百度(BD-09)或 CGCS2000 高斯投影,请指定 datum / The file names no datum and none was given: read as WGS 84. If the coordinates come from Amap/Tencent (GCJ-02), Baidu (BD-09) or a CGCS2000 Gauss–Krüger projection, give datum',
    ],
  };
}

export function refusedFile(refusal: FileRefusal, zh: string, en: string): FileRefusedError {
  return new FileRefusedError(refusal, zh, en);
}

/** At most this many names are read from a `fields.csv`; the exports write one line per column. */
const MAX_TABLE_LINES = 500;

/**
 * The `fields.csv` mapping table the atlas's Shapefile exports carry (shapefile_field, key, …), as
 * attribute name → field key; empty when the zip has none. The zip has passed the reader's limits.
 */
export function shapefileFieldTable(bytes: Uint8Array, limits: ReadLimits): Map<string, string> {
  const files = readZip(bytes, limits, (name) => /(^|\/)fields\.csv$/i.test(name));
  const [text] = [...files.values()].map((b) => new TextDecoder().decode(b).replace(/^\uFEFF/, ''));
  const table = new Map<string, string>();
  if (!text) return table;
  const [header, ...lines] = text.split(/\r?\n/).slice(0, MAX_TABLE_LINES);
  if (!header?.startsWith('shapefile_field,key')) return table;
  for (const line of lines) {
    // The first two columns are ASCII names, never quoted; the headers after them may be.
    const [name, key] = line.split(',', 2);
    if (name && key) table.set(name, key);
  }
  return table;
}
