import type { ExportColumn, ExportRow, ExportTable } from '../types';
import { dateText } from './export-cells';
import { roundedGeometry } from './export-geometry';

/** A property as JSON carries it: dates as `YYYY-MM-DD`, Date objects as ISO 8601, the rest as is. */
function jsonValue(value: unknown, column: ExportColumn | undefined): unknown {
  if (value === undefined) return null;
  if (column?.type === 'date') return dateText(value);
  if (value instanceof Date) return value.toISOString();
  return value;
}

function featureOf(row: ExportRow, columns: readonly ExportColumn[]) {
  const properties: Record<string, unknown> = {};
  for (const column of columns) properties[column.key] = jsonValue(row.properties[column.key], column);
  return {
    type: 'Feature' as const,
    id: row.id,
    geometry: row.geometry ? roundedGeometry(row.geometry) : null,
    properties,
  };
}

/**
 * One table as an RFC 7946 FeatureCollection: WGS 84 longitude/latitude, coordinates to 7 decimals,
 * each feature's `id` the row's id and its properties keyed by the columns' keys (the GraphQL field
 * names, provenance among them). A table without geometry gives features with `geometry: null`.
 */
export function writeGeoJson(table: ExportTable): string {
  return [...geoJsonChunks(table)].join('');
}

/** The FeatureCollection a feature at a time, for a caller that streams it. */
export function* geoJsonChunks(table: ExportTable): Generator<string> {
  yield `{"type":"FeatureCollection","name":${JSON.stringify(table.layer)},"features":[`;
  let first = true;
  for (const row of table.rows) {
    yield `${first ? '' : ','}\n${JSON.stringify(featureOf(row, table.columns))}`;
    first = false;
  }
  yield '\n]}\n';
}
