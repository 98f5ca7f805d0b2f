import type { SourceKind } from '@atlas/data';
import type { ReadFeature } from '@atlas/exchange';
import { validateGeometry, WRITE_GEOMETRY_LIMITS } from '@atlas/geo';
import type { Geometry } from 'geojson';
import type { ProvenanceInput } from '../write-checks';
import type { ImportField } from './import-fields';
import type { ImportLayer, ImportRowError } from './import-report';
import { coerceValue, isBlank } from './import-values';
import type { ImportRowInput, StoredRow } from './import-writers';

/** One row read against the layer's fields: its values, what is wrong with them, and how to write it. */
export interface ParsedRow {
  readonly row: number;
  readonly name: string | null;
  readonly errors: ImportRowError[];
  /** Every value the row gave, `id` and `version` among them. */
  readonly input: ImportRowInput;
  /** The input a create takes: without `id`/`version`, with the import's provenance when the file gives none. */
  readonly createInput: ImportRowInput;
  /** A create's non-null input fields the row left blank. */
  readonly missingForCreate: ImportRowError[];
  /** The citation of the file itself: the import, who made it and when. */
  readonly fileCitation: string;
}

export interface RowContext {
  /** The provenance of a created record whose row names none: the file and who imported it. */
  readonly citation: string;
  readonly toWgs84?: (geometry: Geometry) => Geometry;
}

/** Fields that say which record and where from, not what the record holds. */
const RECORD_FIELDS = new Set(['id', 'version', 'sourceKind', 'sourceCitation', 'document', 'source']);

/** A zone boundary's document as the file names it (`document`, `source` or `sourceCitation`), or null. */
function zoneDocument(values: Record<string, unknown>): string | null {
  for (const key of ['document', 'source', 'sourceCitation']) {
    const value = values[key];
    if (typeof value === 'string' && value.length > 0) return value;
  }
  return null;
}

function provenanceOf(
  row: number,
  values: Record<string, unknown>,
  errors: ImportRowError[],
): ProvenanceInput | null {
  const kind = values.sourceKind as SourceKind | undefined;
  const citation = values.sourceCitation as string | undefined;
  if (kind === undefined && citation === undefined) return null;
  if (kind !== undefined && citation !== undefined) return { kind, citation };
  const [field, other] =
    kind === undefined ? ['sourceKind', 'sourceCitation'] : ['sourceCitation', 'sourceKind'];
  errors.push({
    row,
    field,
    message: `给出 ${other} 时须同时给出 ${field} / ${field} is needed together with ${other}`,
  });
  return null;
}

const missing = (row: number, key: string): ImportRowError => ({
  row,
  field: key,
  message: `${key} 缺失(新建记录时必填) / ${key} is missing (a new record needs it)`,
});

/**
 * A feature's attributes taken through the name mapping, each coerced to its field's type; values
 * that cannot be are errors naming the row and the field. Blank cells are not given.
 */
export function parseRow(
  layer: ImportLayer,
  fields: readonly ImportField[],
  fieldOf: ReadonlyMap<string, string>,
  feature: ReadFeature,
  context: RowContext,
): ParsedRow {
  const row = feature.row;
  const byKey = new Map(fields.map((f) => [f.key, f]));
  const values: Record<string, unknown> = {};
  const errors: ImportRowError[] = [];
  for (const [name, key] of fieldOf) {
    const field = byKey.get(key);
    const raw = feature.properties[name];
    if (!field || isBlank(raw)) continue;
    const coerced = coerceValue(raw, field);
    if (!coerced.ok) errors.push({ row, field: key, message: coerced.message });
    else if (field.type.kind === 'point' && context.toWgs84)
      values[key] = context.toWgs84(coerced.value as Geometry);
    else values[key] = coerced.value;
  }
  takeDestination(row, values, errors, context);
  const geometry = feature.geometry ?? null;
  const given = Object.fromEntries(Object.entries(values).filter(([key]) => !RECORD_FIELDS.has(key)));
  const name = [values.name, values.villageName, values.code].find((v) => typeof v === 'string') as
    | string
    | undefined;
  const fileCitation = context.citation;
  if (layer === 'zones') {
    if (!geometry) errors.push(missing(row, 'geometry'));
    const document = zoneDocument(values);
    const input: ImportRowInput = {
      values: { ...pick(values, ['code', 'version']), ...(document ? { sourceCitation: document } : {}) },
      geometry,
      provenance: null,
    };
    return { row, name: name ?? null, errors, input, createInput: input, missingForCreate: [], fileCitation };
  }
  const provenance = provenanceOf(row, values, errors);
  const input: ImportRowInput = {
    values: { ...given, ...pick(values, ['id', 'version']) },
    geometry,
    provenance,
  };
  const createInput: ImportRowInput = {
    values: given,
    geometry,
    provenance: provenance ?? { kind: 'SURVEYED', citation: context.citation },
  };
  const missingForCreate = fields
    .filter((f) => f.required && !RECORD_FIELDS.has(f.key) && !(f.key in values))
    .map((f) => missing(row, f.key));
  if (!geometry) missingForCreate.push(missing(row, 'geometry'));
  return { row, name: name ?? null, errors, input, createInput, missingForCreate, fileCitation };
}

/** A relocation site's destination from `destinationLng`/`destinationLat`, in the file's datum like its geometry. */
function takeDestination(
  row: number,
  values: Record<string, unknown>,
  errors: ImportRowError[],
  context: RowContext,
): void {
  const { destinationLng: lng, destinationLat: lat } = values;
  delete values.destinationLng;
  delete values.destinationLat;
  if (lng === undefined && lat === undefined) return;
  if (typeof lng !== 'number' || typeof lat !== 'number') {
    const field = lng === undefined ? 'destinationLng' : 'destinationLat';
    errors.push({
      row,
      field,
      message: `${field} 缺失:安置点须有经度和纬度 / ${field} is missing: a destination needs both lng and lat`,
    });
    return;
  }
  const point: Geometry = { type: 'Point', coordinates: [lng, lat] };
  values.destination = context.toWgs84 ? context.toWgs84(point) : point;
}

function pick(values: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((k) => k in values).map((k) => [k, values[k]]));
}

/** The key of the record a row names: `id`, or a zone's `code`. */
export function rowKeyOf(layer: ImportLayer, parsed: ParsedRow): string | null {
  const key = layer === 'zones' ? parsed.input.values.code : parsed.input.values.id;
  return typeof key === 'string' && key.length > 0 ? key : null;
}

/**
 * A Multi* of one part as its single type: a Shapefile cannot tell them apart, so a stored
 * one-part MultiPolygon comes back from one as a Polygon, and is the same shape.
 */
function singled(geometry: Geometry): Geometry {
  if (geometry.type === 'MultiPolygon' && geometry.coordinates.length === 1)
    return { type: 'Polygon', coordinates: geometry.coordinates[0] ?? [] };
  if (geometry.type === 'MultiLineString' && geometry.coordinates.length === 1)
    return { type: 'LineString', coordinates: geometry.coordinates[0] ?? [] };
  if (geometry.type === 'MultiPoint' && geometry.coordinates.length === 1)
    return { type: 'Point', coordinates: geometry.coordinates[0] ?? [] };
  return geometry;
}

/**
 * How far apart two coordinates may be and still be the same: a micro-degree (0.1 m), and a hair
 * more, since a file's coordinates may have been rounded twice (7 decimals, then the write's 6).
 */
const SAME_COORDINATE = 1.000001e-6;

function sameCoordinates(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= SAME_COORDINATE;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  return a.every((item, i) => sameCoordinates(item, b[i]));
}

/** Geometries equal as stored: normalized (winding, 6 decimals) the way every write stores them. */
function sameGeometry(sent: unknown, stored: unknown): boolean {
  if (!stored) return false;
  const a = validateGeometry(sent, { limits: WRITE_GEOMETRY_LIMITS });
  const b = validateGeometry(stored, { limits: WRITE_GEOMETRY_LIMITS });
  if (!a.ok || !b.ok) return false;
  const [x, y] = [singled(a.geometry), singled(b.geometry)];
  return (
    x.type === y.type &&
    'coordinates' in x &&
    'coordinates' in y &&
    sameCoordinates(x.coordinates, y.coordinates)
  );
}

function sameValue(sent: unknown, stored: unknown): boolean {
  if (stored instanceof Date) return sent === stored.toISOString().slice(0, 10);
  if (typeof stored === 'object' && stored !== null) return sameGeometry(sent, stored);
  return sent === stored;
}

/**
 * A surveyed zone boundary as `setZoneBoundary` takes it, or null when the file's boundary is the one
 * stored (a zone exported and imported back is not thereby "surveyed"). Its document is the one the
 * file names, unless that is only the zone's own citations echoed by an export: then the file's.
 */
export function zonePatchOf(parsed: ParsedRow, stored: StoredRow): ImportRowInput | null {
  const input = parsed.input;
  if (sameGeometry(input.geometry, stored.footprint)) return null;
  const named = input.values.sourceCitation;
  const echoed = named === stored.sourceCitation || named === stored.geometrySourceCitation;
  return {
    ...input,
    values: { ...input.values, sourceCitation: named && !echoed ? named : parsed.fileCitation },
  };
}

/**
 * An update's patch: only what differs from the stored record. Values equal to the stored ones are
 * left out, so a file exported and imported back changes nothing but the version; an unchanged
 * geometry is left out, so its provenance stays; a provenance equal to the stored one is left out,
 * so a record from the plan or the demo (which nobody may write through the API) can be re-imported.
 */
export function patchOf(parsed: ParsedRow, stored: StoredRow, geometryColumn: string): ImportRowInput {
  const input = parsed.input;
  const values = Object.fromEntries(
    Object.entries(input.values).filter(
      ([key, value]) => !RECORD_FIELDS.has(key) && !(key in stored && sameValue(value, stored[key])),
    ),
  );
  const geometry =
    input.geometry && !sameGeometry(input.geometry, stored[geometryColumn]) ? input.geometry : null;
  const p = input.provenance;
  const sameSource = p && p.kind === stored.sourceKind && p.citation === stored.sourceCitation;
  return { values, geometry, provenance: sameSource ? null : p };
}
