import type { ExportRow } from '@atlas/exchange';
import type { RowWindow } from './layer-definition';
import { refuseTooMany } from './layer-query';

/**
 * A window over rows a core verb returned whole (targets, a ranking, reports: tens to hundreds),
 * with the same bound and count as the feature layers'.
 */
export function pageOf(
  layer: string,
  rows: ExportRow[],
  window: RowWindow,
): { rows: ExportRow[]; numberMatched: number } {
  refuseTooMany(layer, rows.length, window.limit);
  const end = window.limit === undefined ? undefined : window.offset + window.limit;
  return { rows: rows.slice(window.offset, end), numberMatched: rows.length };
}
