import type { ProjectStatus } from '@atlas/data';
import { schema } from '@atlas/db';
import { eq, gte, ilike, inArray } from 'drizzle-orm';
import type { CoreContext } from '../context';
import { countFeatures, type FeatureOrder, type FeatureRow, listFeatures } from '../features/list-features';
import { type Page, type PageRequest, pageWindow, toPage } from '../features/pagination';
import type { SpatialFilter } from '../features/spatial-filter';
import { checkedDecimal, MONEY_YI } from '../number-checks';
import { checkedText, containsPattern } from '../text-checks';

const { projects } = schema;

export interface ProjectFilter {
  readonly zoneCode?: string | null;
  readonly clusterCode?: string | null;
  readonly statuses?: readonly ProjectStatus[] | null;
  readonly minInvestmentYi?: number | null;
  readonly nameContains?: string | null;
  readonly spatial?: SpatialFilter | null;
}

/** The filter's conditions; its text is checked like any text sent (codes, a pattern of ≤ 100 characters). */
function conditions(filter: ProjectFilter | null | undefined) {
  if (!filter) return [];
  checkedDecimal(filter.minInvestmentYi, 'minInvestmentYi', MONEY_YI);
  return [
    filter.zoneCode ? eq(projects.zoneCode, checkedText(filter.zoneCode, 'zoneCode', 'code')) : undefined,
    filter.clusterCode
      ? eq(projects.clusterCode, checkedText(filter.clusterCode, 'clusterCode', 'code'))
      : undefined,
    filter.statuses?.length ? inArray(projects.status, [...filter.statuses]) : undefined,
    filter.minInvestmentYi != null ? gte(projects.investmentYi, filter.minInvestmentYi) : undefined,
    filter.nameContains
      ? ilike(projects.name, containsPattern(filter.nameContains, 'nameContains'))
      : undefined,
  ];
}

/** A page of projects matching a filter, in a stable order: two statements (rows and count). */
export async function listProjects(
  ctx: CoreContext,
  filter: ProjectFilter | null | undefined,
  page: PageRequest & { orderBy?: FeatureOrder | null },
): Promise<Page<FeatureRow<'PROJECTS'>>> {
  const { limit, offset } = pageWindow(page);
  const options = { filter: filter?.spatial ?? null, where: conditions(filter) };
  const [rows, total] = await Promise.all([
    listFeatures(ctx.db, 'PROJECTS', { ...options, orderBy: page.orderBy ?? null, limit, offset }),
    countFeatures(ctx.db, 'PROJECTS', options),
  ]);
  return toPage(rows, offset, total);
}
