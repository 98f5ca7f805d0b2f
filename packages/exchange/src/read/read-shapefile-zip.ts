import { datumOfPrj } from '@atlas/geo';
import type { Geometry } from 'geojson';
import { parseDbf, parseShp } from 'shpjs';
import type { ReadFeature, ReadLimits, ReadResult } from '../types';
import { FeatureBudget } from './feature-budget';
import { isRefusal, reasonOf, refuse } from './refusals';
import { decodeText, isUtf8 } from './text-encoding';
import { readZip } from './zip-archive';

/** The property naming a feature's layer, set only when the zip holds more than one layer. */
export const SHAPEFILE_LAYER_PROPERTY = 'layer';

const SHAPEFILE_PARTS = ['shp', 'dbf', 'prj', 'cpg'] as const;
type ShapefilePart = (typeof SHAPEFILE_PARTS)[number];

interface ShapefileLayer {
  /** The path in the zip without its extension, e.g. `survey/zones`. */
  readonly path: string;
  readonly name: string;
  readonly parts: Partial<Record<ShapefilePart, { entry: string; bytes: Uint8Array }>>;
}

function partOf(name: string): { base: string; part: ShapefilePart } | null {
  const match = /^(.*)\.([a-z]{3})$/i.exec(name);
  const part = match?.[2]?.toLowerCase() as ShapefilePart | undefined;
  if (!match?.[1] || !part || !SHAPEFILE_PARTS.includes(part)) return null;
  return { base: match[1], part };
}

/** The zip's Shapefiles, each with its sidecar files matched by name whatever their case. */
function layersOf(files: Map<string, Uint8Array>): ShapefileLayer[] {
  const layers = new Map<string, ShapefileLayer>();
  for (const [entry, bytes] of files) {
    const found = partOf(entry);
    if (!found) continue;
    const key = found.base.toLowerCase();
    const layer = layers.get(key) ?? {
      path: found.base,
      name: found.base.split('/').pop() ?? found.base,
      parts: {},
    };
    layer.parts[found.part] = { entry, bytes };
    layers.set(key, layer);
  }
  return [...layers.values()].filter((layer) => layer.parts.shp).sort((a, b) => a.path.localeCompare(b.path));
}

function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * Walks the `.shp` record headers (8 bytes each) to count the shapes and check every record lies
 * inside the file, before shpjs parses it; a broken length would otherwise send it astray.
 */
function countShapes(layer: ShapefileLayer, shp: Uint8Array, budget: FeatureBudget): number {
  const view = viewOf(shp);
  const broken = () => refuse.malformed(`${layer.name}.shp 已损坏`, `${layer.name}.shp is broken`);
  if (shp.byteLength < 100 || view.getInt32(0) !== 9994) throw broken();
  let count = 0;
  let at = 100;
  while (at + 8 <= shp.byteLength) {
    const length = view.getInt32(at + 4) * 2;
    if (length < 0 || at + 8 + length > shp.byteLength) throw broken();
    budget.take();
    count += 1;
    at += 8 + length;
  }
  return count;
}

interface DbfHeader {
  readonly records: number;
  readonly headerLength: number;
  readonly recordLength: number;
}

function dbfHeaderOf(layer: ShapefileLayer, dbf: Uint8Array): DbfHeader {
  const view = viewOf(dbf);
  const header =
    dbf.byteLength >= 32
      ? {
          records: view.getUint32(4, true),
          headerLength: view.getUint16(8, true),
          recordLength: view.getUint16(10, true),
        }
      : null;
  // A declared record count the bytes cannot hold would make the parser loop over nothing.
  if (
    !header ||
    header.headerLength < 33 ||
    header.recordLength < 1 ||
    header.headerLength + header.records * header.recordLength > dbf.byteLength
  ) {
    throw refuse.malformed(`${layer.name}.dbf 已损坏`, `${layer.name}.dbf is broken`);
  }
  return header;
}

const CODE_PAGES: Readonly<Record<string, string>> = {
  '936': 'gbk',
  cp936: 'gbk',
  ms936: 'gbk',
  'windows-936': 'gbk',
  gbk: 'gbk',
  gb2312: 'gbk',
  '54936': 'gb18030',
  gb18030: 'gb18030',
  '65001': 'utf-8',
  utf8: 'utf-8',
  'utf-8': 'utf-8',
};

function decoderLabel(codePage: string): string | null {
  const key = codePage
    .trim()
    .toLowerCase()
    .replace(/^ansi\s*/, '');
  const label = CODE_PAGES[key] ?? (/^\d+$/.test(key) ? `windows-${key}` : key);
  try {
    new TextDecoder(label);
    return label;
  } catch {
    return null;
  }
}

/** The `.dbf` language driver id Esri and GDAL write for code page 936 (GBK). */
const LDID_GBK = 0x4d;

/**
 * The `.dbf`'s text encoding: its `.cpg` when it names one; else its language driver id; else
 * UTF-8 when every byte reads as UTF-8 and GBK when not (Chinese ArcGIS writes GBK without a
 * `.cpg`; a GBK Chinese name is almost never valid UTF-8).
 */
function dbfEncoding(layer: ShapefileLayer, dbf: Uint8Array, warnings: string[]): string {
  const cpg = layer.parts.cpg ? decodeText(layer.parts.cpg.bytes).text.trim() : '';
  if (cpg) {
    const label = decoderLabel(cpg);
    if (label) return label;
    warnings.push(
      `${layer.name}.cpg 的编码“${cpg.slice(0, 40)}”无法识别，已自动判断 / ${layer.name}.cpg names an unknown encoding "${cpg.slice(0, 40)}"; guessed instead`,
    );
  }
  if (dbf[29] === LDID_GBK) return 'gbk';
  return isUtf8(dbf) ? 'utf-8' : 'gbk';
}

/** What parsedbf makes of an empty date field: `new Date('', -1, '')`. */
const EMPTY_DBF_DATE = '1899-11-30';

function dateText(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A `.dbf` value as a planner wrote it: an empty number or date is null, a date is YYYY-MM-DD. */
function attributeValue(value: string | number | boolean | Date): unknown {
  if (value instanceof Date) {
    const text = dateText(value);
    return text === EMPTY_DBF_DATE ? null : text;
  }
  if (typeof value === 'number' && Number.isNaN(value)) return null;
  return value;
}

function isDeleted(dbf: Uint8Array, header: DbfHeader, index: number): boolean {
  return dbf[header.headerLength + index * header.recordLength] === 0x2a;
}

interface LayerAttributes {
  readonly records: Record<string, unknown>[];
  readonly deleted: (index: number) => boolean;
}

function readAttributes(layer: ShapefileLayer, shapes: number, warnings: string[]): LayerAttributes {
  const dbf = layer.parts.dbf?.bytes;
  if (!dbf) {
    warnings.push(`${layer.name} 缺少 .dbf，没有属性 / ${layer.name} has no .dbf: no attributes`);
    return { records: [], deleted: () => false };
  }
  const header = dbfHeaderOf(layer, dbf);
  if (header.records !== shapes) {
    warnings.push(
      `${layer.name}.dbf 有 ${header.records} 条记录，.shp 有 ${shapes} 个图形 / ${layer.name}.dbf holds ${header.records} records, the .shp ${shapes} shapes`,
    );
  }
  const rows = parseDbf(dbf, dbfEncoding(layer, dbf, warnings));
  const records = rows.map((row) =>
    Object.fromEntries(Object.entries(row).map(([key, value]) => [key, attributeValue(value)])),
  );
  return { records, deleted: (index) => index < header.records && isDeleted(dbf, header, index) };
}

interface LayerDatum {
  readonly layer: string;
  readonly datum: string | null;
  readonly evidence: string | null;
}

function datumOfLayer(layer: ShapefileLayer, warnings: string[]): LayerDatum {
  const prj = layer.parts.prj;
  if (!prj) {
    warnings.push(`${layer.name} 缺少 .prj，请选择坐标系 / ${layer.name} has no .prj; choose the datum`);
    return { layer: layer.name, datum: null, evidence: null };
  }
  const text = decodeText(prj.bytes).text.trim();
  const named =
    /^\s*(?:PROJCS|GEOGCS|PROJCRS|GEOGCRS)\s*\[\s*"([^"]*)"/i.exec(text)?.[1] ?? text.slice(0, 60);
  const datum = datumOfPrj(text);
  if (!datum) {
    warnings.push(
      `${prj.entry} 的坐标系“${named}”本系统不认识，请选择坐标系 / ${prj.entry} names "${named}", a datum this atlas does not know; choose one`,
    );
  }
  return { layer: layer.name, datum, evidence: `${prj.entry}: ${named}` };
}

function parseShapes(layer: ShapefileLayer, shp: Uint8Array): (Geometry | null)[] {
  try {
    return parseShp(shp);
  } catch (error) {
    if (isRefusal(error)) throw error;
    throw refuse.malformed(
      `${layer.name}.shp 无法读取（${reasonOf(error)}）`,
      `${layer.name}.shp cannot be read (${reasonOf(error)})`,
    );
  }
}

/** One datum for the whole zip: layers that disagree are refused rather than half converted. */
function datumOfLayers(datums: readonly LayerDatum[]): LayerDatum {
  const known = datums.filter((d) => d.datum !== null);
  const distinct = [...new Set(known.map((d) => d.datum))];
  if (distinct.length > 1) throw refuse.datumMismatch(known.map((d) => `${d.layer}: ${d.datum}`));
  return known[0] ?? datums.find((d) => d.evidence !== null) ?? { layer: '', datum: null, evidence: null };
}

/**
 * A zipped Shapefile: every layer in it (`.shp` with its `.dbf`, `.prj`, `.cpg`), features
 * concatenated in layer order. Rows are 1-based feature order across the whole zip. Geometry stays
 * in the file's coordinates; the datum comes from the `.prj`.
 */
export function readShapefileZip(bytes: Uint8Array, limits: ReadLimits): ReadResult {
  const files = readZip(bytes, limits, (name) => partOf(name) !== null);
  const layers = layersOf(files);
  if (layers.length === 0) throw refuse.malformed('压缩包中没有 .shp', 'no .shp in the zip');
  const budget = new FeatureBudget(limits.maxFeatures);
  const warnings: string[] = [];
  const features: ReadFeature[] = [];
  const datums: LayerDatum[] = [];
  let deletedCount = 0;
  for (const layer of layers) {
    const shp = layer.parts.shp?.bytes ?? new Uint8Array(0);
    const count = countShapes(layer, shp, budget);
    datums.push(datumOfLayer(layer, warnings));
    const shapes = parseShapes(layer, shp);
    const attributes = readAttributes(layer, count, warnings);
    shapes.forEach((geometry, i) => {
      if (attributes.deleted(i)) {
        deletedCount += 1;
        return;
      }
      const properties: Record<string, unknown> = { ...attributes.records[i] };
      if (layers.length > 1 && !(SHAPEFILE_LAYER_PROPERTY in properties)) {
        properties[SHAPEFILE_LAYER_PROPERTY] = layer.name;
      }
      features.push({ row: features.length + 1, geometry, properties });
    });
  }
  if (deletedCount > 0) {
    warnings.push(`跳过 ${deletedCount} 条已删除的记录 / skipped ${deletedCount} deleted records`);
  }
  const datum = datumOfLayers(datums);
  return { kind: 'shp.zip', features, datum: datum.datum, datumEvidence: datum.evidence, warnings };
}
