import type { AtlasDb } from '@atlas/db';
import { and, asc, getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { badInput } from '../errors';
import { checkedKind, LAYERS, type LayerName } from './layers';
import { distanceExpression, type SpatialFilter, spatialConditions } from './spatial-filter';

/** Orders of a feature list: by name, or by distance from a `near` or `nearLayer` filter. */
export const FEATURE_ORDERS = ['NAME', 'DISTANCE'] as const;
export type FeatureOrder = (typeof FEATURE_ORDERS)[number];

export interface ListFeaturesOptions {
  readonly filter?: SpatialFilter | null;
  /** Further conditions of the caller's (a project's zone, status …). */
  readonly where?: readonly (SQL | undefined)[];
  /** Only features of this kind ("SEWAGE_PLANT", "SUBSTATION"), for layers that have kinds. */
  readonly kind?: string | null;
  readonly orderBy?: FeatureOrder | null;
  /** A layer's own order (projects by investment, say), in place of `orderBy`'s. */
  readonly order?: readonly SQL[] | null;
  readonly limit?: number;
  readonly offset?: number;
  /**
   * Leave the layer's geometry column out of the rows. For a polygon layer served simplified (the
   * counties at a zoom), the full polygons are most of what the database sends and the answer never
   * uses them; a field that does fetches them by `featureGeometryLoader`.
   */
  readonly withoutGeometry?: boolean;
}

/** A row of the layer's table, plus its distance when the filter asked for one. */
export type FeatureRow<L extends LayerName> = (typeof LAYERS)[L]['table']['$inferSelect'] & {
  distanceMeters: number | null;
};

function kindCondition(layer: LayerName, kind: string | null | undefined): SQL | undefined {
  if (!kind) return undefined;
  return sql`${checkedKind(layer, kind)}::text = ${kind}`;
}

function orderFor(
  layer: LayerName,
  orderBy: FeatureOrder | null | undefined,
  distance: SQL<number> | null,
): SQL[] {
  const spec = LAYERS[layer];
  if (orderBy === 'DISTANCE') {
    if (!distance)
      throw badInput(
        '按距离排序须给出 near 或 nearLayer / ordering by DISTANCE needs a near or nearLayer filter',
      );
    return [sql`${distance} ASC`, asc(spec.id)];
  }
  return [asc(spec.name), asc(spec.id)];
}

/**
 * One layer's features matching a spatial filter, each with its distance when asked: the verb
 * behind every list the API offers. One SQL statement.
 *
 * @example
 * await listFeatures(db, 'RELOCATION_SITES', { filter: { nearLayer: { layer: 'FACILITIES', kind: 'SEWAGE_PLANT', meters: 2000 } }, orderBy: 'DISTANCE' })
 */
export async function listFeatures<L extends LayerName>(
  db: AtlasDb,
  layer: L,
  options: ListFeaturesOptions = {},
): Promise<FeatureRow<L>[]> {
  const spec = LAYERS[layer];
  const distance = distanceExpression(spec.geometry, options.filter);
  const conditions = [
    ...(await spatialConditions(db, spec.geometry, options.filter)),
    ...(options.where ?? []),
    kindCondition(layer, options.kind),
  ];
  // A copy: getTableColumns hands out the table's own column map.
  const columns: Record<string, PgColumn> = { ...getTableColumns(spec.table) };
  if (options.withoutGeometry) delete columns[geometryKey(layer)];
  const query = db
    .select({ ...columns, distanceMeters: distance ?? sql<null>`NULL::float8` })
    .from(spec.table)
    .where(and(...conditions))
    .orderBy(...(options.order ?? orderFor(layer, options.orderBy, distance)))
    .$dynamic();
  if (options.limit !== undefined) query.limit(options.limit);
  if (options.offset) query.offset(options.offset);
  return (await query) as FeatureRow<L>[];
}

/** The property name of the layer's geometry column in its rows (`boundary`, `footprint` …). */
function geometryKey(layer: LayerName): string {
  const spec = LAYERS[layer];
  const columns: Record<string, PgColumn> = getTableColumns(spec.table);
  return Object.keys(columns).find((key) => columns[key] === spec.geometry) ?? '';
}

/** How many features match, for pagination's totalCount. */
export async function countFeatures(
  db: AtlasDb,
  layer: LayerName,
  options: ListFeaturesOptions = {},
): Promise<number> {
  const spec = LAYERS[layer];
  const conditions = [
    ...(await spatialConditions(db, spec.geometry, options.filter)),
    ...(options.where ?? []),
    kindCondition(layer, options.kind),
  ];
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(spec.table)
    .where(and(...conditions));
  return row?.n ?? 0;
}
