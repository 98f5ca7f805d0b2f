import type { ExportRow } from '@atlas/exchange';
import type { SQL } from 'drizzle-orm';
import type { Geometry } from 'geojson';
import type { CoreContext } from '../context';
import type { LayerName } from '../features/layers';
import { countFeatures, type FeatureRow, listFeatures } from '../features/list-features';
import type { LayerFilters, RowWindow } from './layer-definition';
import { refuseTooMany } from './layer-query';

/** How a feature layer's table rows become exported rows. */
export interface FeatureLayerReading<L extends LayerName> {
  readonly layer: L;
  /** The exchange name, for messages. */
  readonly name: string;
  /** Conditions from the zone, cluster, status and period filters (the spatial one is added here). */
  where(ctx: CoreContext, filters: LayerFilters): Promise<(SQL | undefined)[]>;
  id(row: FeatureRow<L>): string;
  geometry(row: FeatureRow<L>): Geometry;
  properties(row: FeatureRow<L>): Record<string, unknown>;
  /** Columns read beside the page (a project's start date), by row id. */
  extra?(ctx: CoreContext, filters: LayerFilters): Promise<Map<string, Record<string, unknown>>>;
}

/**
 * A page of a feature layer through `listFeatures` and `countFeatures`, the verbs behind the API's
 * lists: the same spatial filter (bbox), the same order (name, then id), so paging is stable.
 * Counts first: an unpaged read over the bound is refused before any row is read.
 */
export async function readFeaturePage<L extends LayerName>(
  ctx: CoreContext,
  reading: FeatureLayerReading<L>,
  filters: LayerFilters,
  window: RowWindow,
): Promise<{ rows: ExportRow[]; numberMatched: number }> {
  const options = {
    filter: filters.bbox ? { bbox: filters.bbox } : null,
    where: await reading.where(ctx, filters),
  };
  const numberMatched = await countFeatures(ctx.db, reading.layer, options);
  refuseTooMany(reading.name, numberMatched, window.limit);
  const [rows, extra] = await Promise.all([
    listFeatures(ctx.db, reading.layer, {
      ...options,
      ...(window.limit !== undefined ? { limit: window.limit } : {}),
      offset: window.offset,
    }),
    reading.extra?.(ctx, filters),
  ]);
  return {
    numberMatched,
    rows: rows.map((row) => {
      const id = reading.id(row);
      return {
        id,
        geometry: reading.geometry(row),
        properties: { ...reading.properties(row), ...extra?.get(id) },
      };
    }),
  };
}

/** A row's provenance and its geometry's, as the export's last columns carry them. */
export function featureProvenance(row: {
  sourceKind: string;
  sourceCitation: string;
  geometrySourceKind: string;
  geometrySourceCitation: string;
}): Record<string, unknown> {
  return {
    sourceKind: row.sourceKind,
    sourceCitation: row.sourceCitation,
    geometrySourceKind: row.geometrySourceKind,
    geometrySourceCitation: row.geometrySourceCitation,
  };
}
