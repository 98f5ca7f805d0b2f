import { parseDatum } from '@atlas/geo';
import wkx from 'wkx';
import type { ReadFeature } from '../types';
import { isGeometry } from './geometry-shape';
import { reasonOf } from './refusals';

/** The columns a table's geometry is read from, as named in its header row. */
export interface GeometryColumns {
  readonly wkt?: string;
  readonly lng?: string;
  readonly lat?: string;
}

const WKT_NAMES = ['wkt', 'geometry'];
const LNG_NAMES = ['lng', 'lon', 'long', 'longitude', '经度'];
const LAT_NAMES = ['lat', 'latitude', '纬度'];

function columnNamed(headers: readonly string[], names: readonly string[]): string | undefined {
  return headers.find((header) => names.includes(header.trim().toLowerCase()));
}

/** The geometry columns of a header row: WKT when there is one, else a longitude and a latitude. */
export function geometryColumnsOf(headers: readonly string[]): GeometryColumns {
  const wkt = columnNamed(headers, WKT_NAMES);
  const lng = columnNamed(headers, LNG_NAMES);
  const lat = columnNamed(headers, LAT_NAMES);
  return { ...(wkt && { wkt }), ...(lng && lat && { lng, lat }) };
}

/**
 * Our own CSV export writes `'` before a cell starting with `= + - @` (or a tab or carriage
 * return) so a spreadsheet does not run it as a formula; reading it back takes the `'` off again.
 */
export function unescapeCell(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

const MAX_WARNINGS = 100;

/** Gathers what a table's rows say about themselves: problems for the dry run, and EWKT SRIDs. */
export class TableReport {
  readonly warnings: string[] = [];
  readonly srids = new Set<number>();
  private dropped = 0;

  warn(message: string): void {
    if (this.warnings.length < MAX_WARNINGS) this.warnings.push(message);
    else this.dropped += 1;
  }

  /** The datum EWKT (`SRID=4547;POINT(…)`) names, when every row that names one names the same. */
  datum(): { datum: string | null; evidence: string | null } {
    if (this.srids.size !== 1) {
      if (this.srids.size > 1) {
        this.warn(
          `WKT 中的 SRID 不一致（${[...this.srids].join(', ')}） / the WKT names different SRIDs (${[...this.srids].join(', ')})`,
        );
      }
      return { datum: null, evidence: null };
    }
    const srid = [...this.srids][0] as number;
    try {
      return { datum: parseDatum(`EPSG:${srid}`), evidence: `WKT SRID=${srid}` };
    } catch {
      this.warn(
        `WKT 的 SRID=${srid} 本系统不认识 / the WKT's SRID=${srid} is a datum this atlas does not know`,
      );
      return { datum: null, evidence: null };
    }
  }

  finish(): string[] {
    if (this.dropped > 0)
      this.warnings.push(`另有 ${this.dropped} 条提示未列出 / ${this.dropped} more notes not listed`);
    return this.warnings;
  }
}

function text(value: unknown): string {
  return value === null || value === undefined ? '' : String(value).trim();
}

function wktGeometry(row: number, cell: string, report: TableReport): ReadFeature['geometry'] {
  try {
    const parsed = wkx.Geometry.parse(cell);
    const geometry = parsed.toGeoJSON();
    if (!isGeometry(geometry)) throw new Error('empty or not finite');
    if (parsed.srid) report.srids.add(parsed.srid);
    return geometry;
  } catch (error) {
    report.warn(
      `第 ${row} 行：WKT 无法解析（${reasonOf(error)}） / row ${row}: the WKT does not parse (${reasonOf(error)})`,
    );
    return null;
  }
}

function pointGeometry(
  row: number,
  lngCell: string,
  latCell: string,
  report: TableReport,
): ReadFeature['geometry'] {
  if (lngCell === '' && latCell === '') return null;
  const lng = lngCell === '' ? Number.NaN : Number(lngCell);
  const lat = latCell === '' ? Number.NaN : Number(latCell);
  if (!Number.isFinite(lng) || !Number.isFinite(lat)) {
    report.warn(
      `第 ${row} 行：经纬度不是数字（${lngCell.slice(0, 30)}, ${latCell.slice(0, 30)}） / row ${row}: longitude and latitude are not numbers`,
    );
    return null;
  }
  return { type: 'Point', coordinates: [lng, lat] };
}

/** A table row as a feature: geometry from its geometry columns, the other cells as properties. */
export function tableFeature(
  row: number,
  record: Record<string, unknown>,
  columns: GeometryColumns,
  report: TableReport,
): ReadFeature {
  const properties: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (key === columns.wkt || key === columns.lng || key === columns.lat) continue;
    properties[key] = value;
  }
  const wkt = columns.wkt === undefined ? '' : text(record[columns.wkt]);
  let geometry: ReadFeature['geometry'] = null;
  if (wkt !== '') geometry = wktGeometry(row, wkt, report);
  else if (columns.lng !== undefined && columns.lat !== undefined) {
    geometry = pointGeometry(row, text(record[columns.lng]), text(record[columns.lat]), report);
  }
  return { row, geometry, properties };
}

/** Header names made unique and never empty, so no column's values are lost or overwritten. */
export function uniqueHeaders(raw: readonly string[]): string[] {
  const used = new Set<string>();
  return raw.map((name, i) => {
    const base = name.trim() || `column_${i + 1}`;
    let unique = base;
    for (let n = 2; used.has(unique); n++) unique = `${base}_${n}`;
    used.add(unique);
    return unique;
  });
}
