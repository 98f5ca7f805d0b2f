import {
  FACILITY_KINDS,
  FACILITY_LEVELS,
  GRID_PROJECT_KINDS,
  PROJECT_STATUSES,
  ROAD_LINK_KINDS,
  SOURCE_KINDS,
  WORKS_STATUSES,
} from '@atlas/data';
import type { ImportLayer } from './import-report';

/** What a field holds; a file's text is coerced to it (`import-values.ts`). */
export type ImportFieldType =
  | { readonly kind: 'text' }
  | { readonly kind: 'number' }
  | { readonly kind: 'integer' }
  | { readonly kind: 'date' }
  | { readonly kind: 'enum'; readonly values: readonly string[] }
  /** A second point beside the feature's geometry (a relocation site's destination), as WKT or GeoJSON text. */
  | { readonly kind: 'point' };

export interface ImportField {
  /** The GraphQL input field. */
  readonly key: string;
  readonly type: ImportFieldType;
  /** Non-null in the GraphQL create input: a row creating a record must give it. */
  readonly required: boolean;
}

const text = { kind: 'text' } as const;
const number = { kind: 'number' } as const;
const integer = { kind: 'integer' } as const;
const date = { kind: 'date' } as const;
const oneOf = (values: readonly string[]) => ({ kind: 'enum', values }) as const;
const field = (key: string, type: ImportFieldType, required = false): ImportField => ({
  key,
  type,
  required,
});

/**
 * Each layer's fields as its GraphQL create input names them (apps/api/src/graphql/<layer>/*.input.ts),
 * with the same types and the same non-null ones. The feature's own geometry is not among them.
 */
const INPUT_FIELDS: Readonly<Record<ImportLayer, readonly ImportField[]>> = {
  projects: [
    field('name', text, true),
    field('zoneCode', text, true),
    field('clusterCode', text),
    field('investmentYi', number, true),
    field('status', oneOf(PROJECT_STATUSES), true),
    field('statusDate', date),
  ],
  // Only existing zones, matched by code; the boundary is the feature's geometry.
  zones: [field('code', text, true)],
  roadLinks: [
    field('name', text, true),
    field('kind', oneOf(ROAD_LINK_KINDS), true),
    field('zoneCode', text),
    field('investmentYi', number),
    field('lengthKm', number),
  ],
  gridProjects: [
    field('name', text, true),
    field('kind', oneOf(GRID_PROJECT_KINDS), true),
    field('zoneCode', text),
    field('voltageKv', number, true),
    field('transformerKva', integer),
    field('lengthKm', number),
    field('investmentYi', number, true),
    field('status', oneOf(WORKS_STATUSES), true),
  ],
  facilities: [
    field('name', text, true),
    field('kind', oneOf(FACILITY_KINDS), true),
    field('level', oneOf(FACILITY_LEVELS)),
    field('zoneCode', text),
    field('status', oneOf(WORKS_STATUSES), true),
    field('capacity', number),
    field('capacityUnit', text),
  ],
  relocationSites: [
    field('villageName', text, true),
    field('zoneCode', text, true),
    field('communityName', text, true),
    field('households', integer, true),
    field('unitsPlanned', integer, true),
    field('unitsStarted', integer),
    field('unitsCompleted', integer),
    field('startedOn', date),
    // Where the households move to: a point as WKT or GeoJSON, or the exports' two columns.
    field('destination', { kind: 'point' }, true),
    field('destinationLng', number),
    field('destinationLat', number),
  ],
};

/**
 * Fields every layer takes besides its input: the record to update (`id`, and the `version` read),
 * and the provenance (`provenance: { kind, citation }` in GraphQL, flattened as the exports write it).
 * `document`/`source` name the survey a zone boundary comes from.
 */
const COMMON_FIELDS: readonly ImportField[] = [
  field('id', text),
  field('version', integer),
  field('sourceKind', oneOf(SOURCE_KINDS)),
  field('sourceCitation', text),
];
const ZONE_FIELDS: readonly ImportField[] = [
  field('version', integer),
  field('sourceCitation', text),
  field('document', text),
  field('source', text),
];

/** Every field a file of `layer` may fill. */
export function importFields(layer: ImportLayer): readonly ImportField[] {
  return [...INPUT_FIELDS[layer], ...(layer === 'zones' ? ZONE_FIELDS : COMMON_FIELDS)];
}

/**
 * Column names that hold the geometry in a spreadsheet (the reader builds the feature's geometry from
 * them): reported in the mapping as taken for `geometry`, not as ignored.
 */
export const GEOMETRY_COLUMN_NAMES: ReadonlySet<string> = new Set([
  'wkt',
  'geometry',
  'geom',
  'the_geom',
  'lng',
  'lon',
  'long',
  'longitude',
  'lat',
  'latitude',
  'x',
  'y',
  '经度',
  '纬度',
  // What the exports' lng/lat columns stand for (a stand-in point for a line or polygon): information only.
  'lnglatis',
  'lng/lat is',
  '经纬度所指',
]);
