import { badInput } from '../errors';

/** The filters a layer query may carry; each layer takes those that apply to it. */
export const LAYER_FILTERS = ['zone', 'cluster', 'status', 'period', 'bbox'] as const;
export type LayerFilter = (typeof LAYER_FILTERS)[number];

/**
 * The most rows one export or page may hold. The city's layers hold hundreds to a few thousand rows;
 * fifty thousand is far past any of them and still bounds the memory one request may take.
 */
export const MAX_EXPORT_ROWS = 50_000;

const FILTER_NAMES: Record<LayerFilter, string> = {
  zone: '园区(zone)',
  cluster: '产业集群(cluster)',
  status: '状态(status)',
  period: '时期(period)',
  bbox: '范围(bbox)',
};

/** BAD_INPUT naming the first filter given that the layer cannot narrow by, and those it can. */
export function refuseOtherFilters(
  layer: string,
  query: Partial<Record<LayerFilter, unknown>>,
  applies: readonly LayerFilter[],
): void {
  for (const filter of LAYER_FILTERS) {
    const given = query[filter];
    if (given === undefined || given === null || given === '' || applies.includes(filter)) continue;
    const can = applies.length ? applies.join(', ') : '—';
    throw badInput(
      `图层 ${layer} 不能按${FILTER_NAMES[filter]}筛选,可用筛选:${can} / layer ${layer} cannot be filtered by ${filter}; its filters are: ${can}`,
      { field: filter },
    );
  }
}

/** The window a query asks for, checked: whole numbers, a page of at most {@link MAX_EXPORT_ROWS}. */
export function checkedWindow(
  limit: number | undefined,
  offset: number | undefined,
): {
  limit: number | undefined;
  offset: number;
} {
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 0 && limit <= MAX_EXPORT_ROWS))
    throw badInput(
      `limit 须为 0 到 ${MAX_EXPORT_ROWS} 的整数 / limit must be a whole number from 0 to ${MAX_EXPORT_ROWS}`,
      { field: 'limit' },
    );
  if (offset !== undefined && !(Number.isInteger(offset) && offset >= 0))
    throw badInput('offset 须为非负整数 / offset must be a whole number, 0 or more', { field: 'offset' });
  return { limit, offset: offset ?? 0 };
}

/** Refuses an unpaged export that would hold more than {@link MAX_EXPORT_ROWS} rows. */
export function refuseTooMany(layer: string, matched: number, limit: number | undefined): void {
  if (limit !== undefined || matched <= MAX_EXPORT_ROWS) return;
  throw badInput(
    `图层 ${layer} 符合条件的有 ${matched} 条,超过一次导出的上限 ${MAX_EXPORT_ROWS} 条,请按园区、状态或范围筛选 / layer ${layer} has ${matched} matching rows, over the ${MAX_EXPORT_ROWS} one export may hold; filter by zone, status or bbox`,
    { field: 'limit', matched },
  );
}

/**
 * The statuses a `status` filter names (one, or several separated by commas), each checked against
 * the layer's list.
 *
 * @example checkedStatuses('STARTED,COMPLETED', PROJECT_STATUSES) // ['STARTED', 'COMPLETED']
 */
export function checkedStatuses<S extends string>(status: string | undefined, allowed: readonly S[]): S[] {
  if (!status) return [];
  const asked = status
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (asked.length > allowed.length) throw badInput('状态过多 / too many statuses', { field: 'status' });
  for (const s of asked) {
    if (!(allowed as readonly string[]).includes(s))
      throw badInput(
        `未知状态 ${JSON.stringify(s.slice(0, 40))},可选 ${allowed.join('、')} / unknown status ${JSON.stringify(s.slice(0, 40))}; the statuses are ${allowed.join(', ')}`,
        { field: 'status' },
      );
  }
  return asked as S[];
}
