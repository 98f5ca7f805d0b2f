import { PROJECT_STATUSES } from '@atlas/data';
import { schema, selectRows } from '@atlas/db';
import { eq, inArray, isNotNull, type SQL, sql } from 'drizzle-orm';
import type { CoreContext } from '../context';
import { checkedPeriod } from '../period-checks';
import { requireCluster, requireZone } from '../write-checks';
import { date, FEATURE_TAIL, moneyYi, text, VERSION_COLUMN } from './layer-columns';
import type { LayerDefinition, LayerFilters } from './layer-definition';
import { featureProvenance, readFeaturePage } from './layer-feature-page';
import { checkedStatuses } from './layer-query';

const { projects } = schema;

/**
 * A project's status at the end of a day: the last one it had reached by then (as the map shows a
 * past quarter), null before it was on the books.
 */
const statusOn = (lastDay: string): SQL =>
  sql`(SELECT c.status FROM project_status_changes c WHERE c.project_id = ${projects.id} AND c.changed_on <= ${lastDay} ORDER BY c.changed_on DESC, c.id DESC LIMIT 1)`;

const lastDayOf = (filters: LayerFilters) =>
  filters.period ? checkedPeriod(filters.period, undefined, 'period').lastDay : null;

async function projectConditions({ db }: CoreContext, filters: LayerFilters): Promise<(SQL | undefined)[]> {
  const statuses = checkedStatuses(filters.status, PROJECT_STATUSES);
  const lastDay = lastDayOf(filters);
  await requireZone(db, filters.zone);
  await requireCluster(db, filters.cluster);
  const status = lastDay ? statusOn(lastDay) : sql`${projects.status}`;
  return [
    filters.zone ? eq(projects.zoneCode, filters.zone) : undefined,
    filters.cluster ? eq(projects.clusterCode, filters.cluster) : undefined,
    lastDay ? isNotNull(statusOn(lastDay)) : undefined,
    statuses.length ? inArray(status, statuses) : undefined,
  ];
}

/** Each project's start date, and with a period its status at the period's end: one statement. */
async function projectDates(
  { db }: CoreContext,
  filters: LayerFilters,
): Promise<Map<string, Record<string, unknown>>> {
  const lastDay = lastDayOf(filters);
  const statusAt = lastDay
    ? sql`(array_agg(c.status::text ORDER BY c.changed_on DESC, c.id DESC) FILTER (WHERE c.changed_on <= ${lastDay}))[1]`
    : sql`NULL::text`;
  const rows = await selectRows<{ project_id: string; started_on: string | null; status_at: string | null }>(
    db,
    sql`SELECT c.project_id, (min(c.changed_on) FILTER (WHERE c.status = 'STARTED'))::text AS started_on, ${statusAt} AS status_at
        FROM project_status_changes c GROUP BY c.project_id`,
  );
  return new Map(
    rows.map((r) => [r.project_id, { startedOn: r.started_on, ...(lastDay ? { status: r.status_at } : {}) }]),
  );
}

/**
 * Major projects (重大项目): points or land polygons. With a period, as they stood at its end (the
 * map's quarter filter): those not yet on the books left out, `status` the one reached by then.
 */
export const PROJECTS_LAYER: LayerDefinition = {
  title: { zh: '重大项目', en: 'Projects' },
  columns: [
    text('id', '编号', 'ID'),
    text('name', '名称', 'Name'),
    text('zoneCode', '园区代码', 'Zone code'),
    text('clusterCode', '产业集群代码', 'Cluster code'),
    moneyYi('investmentYi', '总投资', 'Investment'),
    text('status', '状态', 'Status'),
    date('startedOn', '开工日期', 'Started on'),
    VERSION_COLUMN,
    ...FEATURE_TAIL,
  ],
  hasGeometry: true,
  filters: ['zone', 'cluster', 'status', 'period', 'bbox'],
  read: (ctx, filters, window) =>
    readFeaturePage(
      ctx,
      {
        layer: 'PROJECTS',
        name: 'projects',
        where: projectConditions,
        extra: projectDates,
        id: (r) => r.id,
        geometry: (r) => r.geometry,
        properties: (r) => ({
          id: r.id,
          name: r.name,
          zoneCode: r.zoneCode,
          clusterCode: r.clusterCode,
          investmentYi: r.investmentYi,
          status: r.status,
          startedOn: null,
          version: r.version,
          ...featureProvenance(r),
        }),
      },
      filters,
      window,
    ),
};
