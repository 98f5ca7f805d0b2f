import type { FileKind } from '../types';
import { refuse } from './refusals';
import { looksLikeZip, zipEntryNames } from './zip-archive';

/** How far into a file its kind is looked for. */
const SNIFF_BYTES = 64 * 1024;

function kindOfZip(bytes: Uint8Array): FileKind {
  const names = zipEntryNames(bytes).map((name) => name.toLowerCase());
  if (names.some((name) => name.endsWith('.shp'))) return 'shp.zip';
  if (names.includes('[content_types].xml') && names.some((name) => name.startsWith('xl/'))) {
    return 'xlsx';
  }
  if (names.some((name) => name.endsWith('.kml'))) return 'kmz';
  throw refuse.unknownFormat(
    '压缩包中没有 .shp、.kml 或 Excel 工作簿',
    'the zip holds no .shp, .kml or Excel workbook',
  );
}

function saysJson(contentType?: string, filename?: string): boolean {
  return /\bjson\b/i.test(contentType ?? '') || /\.(geo)?json$/i.test(filename ?? '');
}

function saysZip(contentType?: string, filename?: string): boolean {
  return (
    /\b(application\/(x-)?zip(-compressed)?|application\/vnd\.google-earth\.kmz|application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet)\b/i.test(
      contentType ?? '',
    ) || /\.(zip|kmz|xlsx)$/i.test(filename ?? '')
  );
}

/** Legacy Excel (.xls) and other OLE files begin with this signature. */
function isOleFile(bytes: Uint8Array): boolean {
  return bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}

function saysCsv(contentType?: string, filename?: string): boolean {
  return (
    /\b(text\/csv|text\/tab-separated-values|application\/csv|text\/plain)\b/i.test(contentType ?? '') ||
    /\.(csv|tsv|txt)$/i.test(filename ?? '')
  );
}

/** A first line with a separator in it: a table as text. */
function looksLikeCsv(head: Uint8Array): boolean {
  const text = new TextDecoder().decode(head);
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  return /[,\t;|]/.test(firstLine);
}

/**
 * The kind of a file, by its bytes first and its name or type only where bytes cannot tell
 * (CSV has no signature). A zip is told by what it holds.
 *
 * @example
 * detectFileKind(bytes, 'application/zip', 'zones.zip'); // 'shp.zip'
 */
export function detectFileKind(bytes: Uint8Array, contentType?: string, filename?: string): FileKind {
  if (looksLikeZip(bytes)) return kindOfZip(bytes);
  if (isOleFile(bytes)) {
    throw refuse.unknownFormat(
      '旧版 Excel（.xls）文件，请另存为 .xlsx 后上传',
      'a legacy Excel (.xls) file; save it as .xlsx and upload that',
    );
  }
  // A file its sender calls a zip (a Shapefile, KMZ or workbook) that does not begin like one is
  // damaged or mislabelled: read as text it would pass as a CSV of nothing.
  if (saysZip(contentType, filename)) {
    throw refuse.malformed(
      '名为压缩包（zip/kmz/xlsx）但内容不是',
      'named a zip (zip/kmz/xlsx) but it is not one',
    );
  }
  const head = bytes.subarray(0, SNIFF_BYTES);
  const text = new TextDecoder()
    .decode(head)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (text.startsWith('{')) return 'geojson';
  if (text.startsWith('<')) {
    if (/<(\w+:)?kml[\s>]/.test(text)) return 'kml';
    throw refuse.unknownFormat('XML 文件但不是 KML', 'an XML file that is not KML');
  }
  if (saysJson(contentType, filename)) return 'geojson';
  if (!head.includes(0) && (saysCsv(contentType, filename) || looksLikeCsv(head))) return 'csv';
  throw refuse.unknownFormat(
    '请上传 GeoJSON、Shapefile（zip）、KML/KMZ、CSV 或 XLSX',
    'upload GeoJSON, a zipped Shapefile, KML/KMZ, CSV or XLSX',
  );
}
