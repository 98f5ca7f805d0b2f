import type { ProjectStatus } from '@atlas/data';
import { schema } from '@atlas/db';
import { asc, desc, eq, gte, ilike, inArray, type SQL, sql } from 'drizzle-orm';
import type { CoreContext } from '../context';
import { badInput } from '../errors';
import { countFeatures, type FeatureOrder, type FeatureRow, listFeatures } from '../features/list-features';
import { type Page, type PageRequest, pageWindow, toPage } from '../features/pagination';
import type { SpatialFilter } from '../features/spatial-filter';
import { checkedDecimal, MONEY_YI } from '../number-checks';
import { checkedText, containsPattern } from '../text-checks';
import { requireCluster, requireZone } from '../write-checks';

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

/** Orders of the project list beyond the features' (name, distance). */
export const PROJECT_SORTS = ['INVESTMENT_DESC', 'INVESTMENT_ASC', 'START_DATE', 'START_DATE_DESC'] as const;
export type ProjectSort = (typeof PROJECT_SORTS)[number];

/** The day a project started (its first STARTED in the status history); not started sorts last. */
const startedOn = sql`(SELECT min(c.changed_on) FROM project_status_changes c WHERE c.project_id = ${projects.id} AND c.status = 'STARTED')`;

const SORT_ORDER: Record<ProjectSort, SQL[]> = {
  INVESTMENT_DESC: [desc(projects.investmentYi), asc(projects.id)],
  INVESTMENT_ASC: [asc(projects.investmentYi), asc(projects.id)],
  START_DATE: [sql`${startedOn} ASC NULLS LAST`, asc(projects.id)],
  START_DATE_DESC: [sql`${startedOn} DESC NULLS LAST`, asc(projects.id)],
};

/**
 * A page of projects matching a filter, in a stable order (by name, distance, investment or start
 * date): two statements (rows and count).
 *
 * @example
 * await listProjects(ctx, { zoneCode: 'dancheng' }, { first: 5, sortBy: 'INVESTMENT_DESC' })
 */
export async function listProjects(
  ctx: CoreContext,
  filter: ProjectFilter | null | undefined,
  page: PageRequest & { orderBy?: FeatureOrder | null; sortBy?: ProjectSort | null },
): Promise<Page<FeatureRow<'PROJECTS'>>> {
  if (page.sortBy && page.orderBy)
    throw badInput('orderBy 与 sortBy 只能给出一个 / Give orderBy or sortBy, not both');
  const { limit, offset } = pageWindow(page);
  const options = { filter: filter?.spatial ?? null, where: conditions(filter) };
  // An unknown code is a mistake to name, not a zone or cluster with no projects.
  await requireZone(ctx.db, filter?.zoneCode);
  await requireCluster(ctx.db, filter?.clusterCode);
  const order = page.sortBy ? SORT_ORDER[page.sortBy] : null;
  const [rows, total] = await Promise.all([
    listFeatures(ctx.db, 'PROJECTS', { ...options, orderBy: page.orderBy ?? null, order, limit, offset }),
    countFeatures(ctx.db, 'PROJECTS', options),
  ]);
  return toPage(rows, offset, total);
}
