import type { ExportColumn, ExportRow, ExportTable } from '../types';
import { geometryWkt, representativePoint } from './export-geometry';

/** The language of a file's headers and of the words the writer adds. */
export type ExportLanguage = 'zh' | 'en';

export const EXPORT_LANGUAGES: readonly ExportLanguage[] = ['zh', 'en'];

/**
 * The columns a spreadsheet (CSV, XLSX) adds for geometry. Their headers are the same in both
 * languages: `wkt`, `lng` and `lat` are the names GIS tools and the atlas's importer look for.
 */
export const GEOMETRY_COLUMNS = {
  wkt: { key: 'wkt', zh: 'wkt', en: 'wkt', type: 'string' },
  lng: { key: 'lng', zh: 'lng', en: 'lng', type: 'number', numFmt: '0.0000000' },
  lat: { key: 'lat', zh: 'lat', en: 'lat', type: 'number', numFmt: '0.0000000' },
  lngLatIs: { key: 'lngLatIs', zh: '经纬度所指', en: 'lng/lat is', type: 'string' },
} as const satisfies Record<string, ExportColumn>;

/** What the lng/lat columns stand for, in the file's language. */
export const LNG_LAT_MEANING = {
  exact: { zh: '点位本身', en: 'the point itself' },
  standIn: {
    zh: '代表点(线取中间节点,面取面内一点),完整几何见 wkt 列',
    en: 'a representative point (a middle vertex of a line, a point inside a polygon); the geometry is in wkt',
  },
} as const;

/** The header of a column in the file's language. */
export const headerOf = (column: ExportColumn, lang: ExportLanguage): string => column[lang];

/** The data columns followed, for a layer with geometry, by wkt, lng, lat and what lng/lat mean. */
export function spreadsheetColumns(table: ExportTable): readonly ExportColumn[] {
  if (!table.hasGeometry) return table.columns;
  const { wkt, lng, lat, lngLatIs } = GEOMETRY_COLUMNS;
  return [...table.columns, wkt, lng, lat, lngLatIs];
}

/** The geometry cells of a row: WKT, a representative point and what it is; blanks without geometry. */
export function geometryCells(row: ExportRow, lang: ExportLanguage): Record<string, unknown> {
  if (!row.geometry) return { wkt: null, lng: null, lat: null, lngLatIs: null };
  const point = representativePoint(row.geometry);
  return {
    wkt: geometryWkt(row.geometry),
    lng: point.lng,
    lat: point.lat,
    lngLatIs: (point.exact ? LNG_LAT_MEANING.exact : LNG_LAT_MEANING.standIn)[lang],
  };
}

/** A date column's value as `YYYY-MM-DD`, whether the row holds a string or a Date. */
export function dateText(value: unknown): string | null {
  if (value == null || value === '') return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  const text = String(value);
  return /^\d{4}-\d{2}-\d{2}/.test(text) ? text.slice(0, 10) : text;
}

/** A value as plain text for a cell: numbers as JavaScript writes them, Dates as ISO 8601. */
export function plainText(value: unknown, column: ExportColumn): string {
  if (value == null) return '';
  if (column.type === 'date') return dateText(value) ?? '';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.join(';');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** A file name safe in any archive and on any disk: the layer key is already ASCII, this keeps it so. */
export function safeFileStem(layer: string): string {
  return layer.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 64) || 'layer';
}
