import { zipSync } from 'fflate';
import type { Geometry } from 'geojson';
import type { ExportRow, ExportTable } from '../types';
import { csvField, UTF8_BOM } from './csv-writer';
import { type DbfField, dbfField, writeDbf } from './dbf-writer';
import { type ExportLanguage, safeFileStem } from './export-cells';
import { shapefileFieldNames } from './shapefile-fields';
import { SHAPE_TYPES, type ShapeType, writeShp } from './shp-writer';

/** WGS 84 as ESRI writes it in a `.prj`; every export is in WGS 84. */
export const WGS84_PRJ =
  'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';

/** A Shapefile holds one shape type: the atlas writes one file set per family present. */
export const SHAPE_FAMILIES = ['points', 'lines', 'polygons'] as const;
export type ShapeFamily = (typeof SHAPE_FAMILIES)[number];

const FAMILY_OF: Record<Exclude<Geometry['type'], 'GeometryCollection'>, ShapeFamily> = {
  Point: 'points',
  MultiPoint: 'points',
  LineString: 'lines',
  MultiLineString: 'lines',
  Polygon: 'polygons',
  MultiPolygon: 'polygons',
};

interface Member {
  readonly row: ExportRow;
  readonly geometry: Geometry;
}

/** Rows by shape family; a geometry collection's members go each to its own family, under the row's id. */
function byFamily(rows: readonly ExportRow[]): Map<ShapeFamily, Member[]> {
  const groups = new Map<ShapeFamily, Member[]>();
  const add = (row: ExportRow, geometry: Geometry): void => {
    if (geometry.type === 'GeometryCollection') {
      for (const part of geometry.geometries) add(row, part);
      return;
    }
    const family = FAMILY_OF[geometry.type];
    const members = groups.get(family) ?? [];
    members.push({ row, geometry });
    groups.set(family, members);
  };
  for (const row of rows) if (row.geometry) add(row, row.geometry);
  return groups;
}

function shapeTypeOf(family: ShapeFamily, members: readonly Member[]): ShapeType {
  if (family === 'lines') return SHAPE_TYPES.polyline;
  if (family === 'polygons') return SHAPE_TYPES.polygon;
  return members.some((m) => m.geometry.type === 'MultiPoint') ? SHAPE_TYPES.multipoint : SHAPE_TYPES.point;
}

/** `fields.csv`: each attribute's Shapefile name beside its key and headers, and any values cut. */
function fieldsCsv(fields: readonly DbfField[]): string {
  const header = ['shapefile_field', 'key', 'zh', 'en', 'type', 'width', 'values_cut'];
  const lines = fields.map((f) =>
    [f.name, f.column.key, f.column.zh, f.column.en, f.column.type, String(f.width), String(f.cut)]
      .map(csvField)
      .join(','),
  );
  return `${UTF8_BOM}${[header.join(','), ...lines].join('\r\n')}\r\n`;
}

const encoder = new TextEncoder();

/**
 * One table as a zipped Shapefile: per shape family present (points, lines, polygons; Multi*
 * with their single types) a `.shp`, `.shx`, `.dbf`, `.prj` (WGS 84) and `.cpg` (UTF-8), named
 * `<layer>_<family>`; attribute names cut to 10 bytes by {@link shapefileFieldNames}; and
 * `fields.csv` mapping each name to its key and its Chinese and English headers. A table without
 * geometry is a lone `.dbf` with its `.cpg`, which GIS programs open as a table.
 *
 * `lang` is unused by the attributes (they are named by key) and kept for the same call as the other writers.
 */
export async function writeShapefileZip(table: ExportTable, _lang: ExportLanguage): Promise<Uint8Array> {
  const names = shapefileFieldNames(table.columns.map((c) => c.key));
  const fieldsFor = (rows: readonly ExportRow[]) =>
    table.columns.map((c) =>
      dbfField(
        names.get(c.key) as string,
        c,
        rows.map((r) => r.properties[c.key]),
      ),
    );
  const stem = safeFileStem(table.layer);
  const files: Record<string, Uint8Array> = {};
  const allFields = fieldsFor(table.rows);
  if (!table.hasGeometry) {
    files[`${stem}.dbf`] = writeDbf(
      allFields,
      table.rows.map((r) => r.properties),
    );
    files[`${stem}.cpg`] = encoder.encode('UTF-8');
  }
  const families = byFamily(table.rows);
  for (const family of SHAPE_FAMILIES) {
    const members = families.get(family);
    if (!members) continue;
    const name = `${stem}_${family}`;
    const { shp, shx } = writeShp(
      shapeTypeOf(family, members),
      members.map((m) => m.geometry),
    );
    const fields = fieldsFor(members.map((m) => m.row));
    files[`${name}.shp`] = shp;
    files[`${name}.shx`] = shx;
    files[`${name}.dbf`] = writeDbf(
      fields,
      members.map((m) => m.row.properties),
    );
    files[`${name}.prj`] = encoder.encode(WGS84_PRJ);
    files[`${name}.cpg`] = encoder.encode('UTF-8');
    fields.forEach((f, i) => {
      const all = allFields[i] as DbfField;
      all.cut += f.cut;
    });
  }
  files['fields.csv'] = encoder.encode(fieldsCsv(allFields));
  return zipSync(files, { level: 6, mtime: new Date() });
}
