import type { ExportColumn, ExportRow } from '@atlas/exchange';
import type { CoreContext } from '../context';
import type { ReportingSettings } from '../reports/report-month';
import type { LayerFilter } from './layer-query';

/** What a layer query holds once the transport has parsed it (see `LayerQuery`). */
export interface LayerFilters {
  readonly zone?: string;
  readonly cluster?: string;
  readonly status?: string;
  readonly period?: string;
  readonly bbox?: readonly [number, number, number, number];
}

/** A checked window: at most `MAX_EXPORT_ROWS`, or every row when `limit` is undefined. */
export interface RowWindow {
  readonly limit: number | undefined;
  readonly offset: number;
}

/** Settings a few layers read beyond the data (when monthly reports fall due). */
export interface LayerReadSettings {
  readonly reporting?: ReportingSettings;
  readonly now?: Date;
}

/** One exported layer: its title, columns, the filters it takes, and how its rows are read. */
export interface LayerDefinition {
  readonly title: { readonly zh: string; readonly en: string };
  readonly columns: readonly ExportColumn[];
  readonly hasGeometry: boolean;
  readonly filters: readonly LayerFilter[];
  /**
   * The rows the caller may read matching the filters, in a stable order, within the window;
   * `numberMatched` counts them before the window. Refuses an unpaged read over the bound.
   */
  read(
    ctx: CoreContext,
    filters: LayerFilters,
    window: RowWindow,
    settings: LayerReadSettings,
  ): Promise<{ rows: ExportRow[]; numberMatched: number }>;
}
