import { PROJECT_NODES, PROJECT_STATUSES, type ProjectNode, REPORTED_WORKS_KINDS } from '@atlas/data';
import { type AtlasDb, schema, selectRows } from '@atlas/db';
import {
  type ReportWorkbookTemplate,
  type TemplateNode,
  type TemplateProject,
  type TemplateWorks,
  type WorkbookChoice,
  writeReportWorkbook,
} from '@atlas/exchange';
import { and, eq, sql } from 'drizzle-orm';
import { requireZonePermission } from '../actor';
import type { CoreContext } from '../context';
import { badInput } from '../errors';
import { loadReport, type MonthlyReport } from '../reports/report-lines';
import { checkedMonth } from '../reports/report-month';
import { NODE_ZH } from '../reports/report-problems';
import { checkedText } from '../text-checks';

/** 谋划、签约、开工、竣工、投产: the words the report form shows for a project's status. */
export const STATUS_ZH: Record<(typeof PROJECT_STATUSES)[number], string> = {
  PLANNED: '谋划',
  SIGNED: '签约',
  STARTED: '开工',
  COMPLETED: '竣工',
  IN_PRODUCTION: '投产',
};

const WORKS_ZH: Record<(typeof REPORTED_WORKS_KINDS)[number], string> = {
  ROAD_LINK: '道路工程',
  GRID_PROJECT: '电网工程',
  FACILITY: '设施',
  RELOCATION_SITE: '搬迁村庄',
};

export const STATUS_CHOICES: readonly WorkbookChoice[] = PROJECT_STATUSES.map((code) => ({
  code,
  zh: STATUS_ZH[code],
}));
const NODE_CHOICES: readonly WorkbookChoice[] = PROJECT_NODES.map((code) => ({ code, zh: NODE_ZH[code] }));
const WORKS_CHOICES: readonly WorkbookChoice[] = REPORTED_WORKS_KINDS.map((code) => ({
  code,
  zh: WORKS_ZH[code],
}));

/** A zone's project as the template and the upload's row mapping need it. */
export interface WorkbookProject {
  readonly id: string;
  readonly name: string;
  readonly status: (typeof PROJECT_STATUSES)[number];
  readonly totalWan: number;
  readonly acceptedBeforeWan: number;
}

/** The zone's projects by name (the form's order), with what accepted reports of earlier months counted. */
export async function zoneProjects(db: AtlasDb, zoneCode: string, month: string): Promise<WorkbookProject[]> {
  const rows = await selectRows<{
    id: string;
    name: string;
    status: WorkbookProject['status'];
    investment: number;
    before: number;
  }>(
    db,
    sql`SELECT p.id, p.name, p.status, p.investment_yi::float8 AS investment,
          (SELECT coalesce(sum(l.investment_wan), 0)::float8 FROM monthly_report_projects l
             JOIN monthly_reports r ON r.id = l.report_id
            WHERE l.project_id = p.id AND r.status = 'ACCEPTED' AND r.month < ${month}) AS before
        FROM projects p WHERE p.zone_code = ${zoneCode} ORDER BY p.name, p.id`,
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    status: r.status,
    totalWan: Math.round(r.investment * 10000 * 100) / 100,
    acceptedBeforeWan: Math.round(r.before * 100) / 100,
  }));
}

/** A zone's works of the four kinds a report carries, by kind then name. */
export async function zoneWorks(
  db: AtlasDb,
  zoneCode: string,
): Promise<{ kind: (typeof REPORTED_WORKS_KINDS)[number]; entityId: string; name: string }[]> {
  const rows = await selectRows<{ kind: (typeof REPORTED_WORKS_KINDS)[number]; id: string; name: string }>(
    db,
    sql`SELECT 'ROAD_LINK' AS kind, id, name FROM road_links WHERE zone_code = ${zoneCode}
        UNION ALL SELECT 'GRID_PROJECT', id, name FROM grid_projects WHERE zone_code = ${zoneCode}
        UNION ALL SELECT 'FACILITY', id, name FROM facilities WHERE zone_code = ${zoneCode}
        UNION ALL SELECT 'RELOCATION_SITE', id, village_name FROM relocation_sites WHERE zone_code = ${zoneCode}`,
  );
  const order = (kind: string) => REPORTED_WORKS_KINDS.indexOf(kind as (typeof REPORTED_WORKS_KINDS)[number]);
  return rows
    .map((r) => ({ kind: r.kind, entityId: r.id, name: r.name }))
    .sort((a, b) => order(a.kind) - order(b.kind) || a.name.localeCompare(b.name, 'zh'));
}

async function projectNodes(
  db: AtlasDb,
  zoneCode: string,
): Promise<Map<string, { planned: string | null; actual: string | null }>> {
  const rows = await selectRows<{
    project_id: string;
    node: ProjectNode;
    planned: string | null;
    actual: string | null;
  }>(
    db,
    sql`SELECT n.project_id, n.node, n.planned_on::text AS planned, n.actual_on::text AS actual
          FROM project_nodes n JOIN projects p ON p.id = n.project_id WHERE p.zone_code = ${zoneCode}`,
  );
  return new Map(rows.map((r) => [`${r.project_id}:${r.node}`, { planned: r.planned, actual: r.actual }]));
}

/** The zone's code checked, and its name; an unknown zone is BAD_INPUT before anything is read. */
export async function zoneNamed(db: AtlasDb, zoneCode: string): Promise<string> {
  checkedText(zoneCode, 'zoneCode', 'code');
  const [zone] = await db
    .select({ name: schema.zones.name })
    .from(schema.zones)
    .where(eq(schema.zones.code, zoneCode));
  if (!zone) throw badInput(`未知的产业集聚区代码 ${zoneCode} / Unknown zone code ${zoneCode}`);
  return zone.name;
}

/** The zone's report for the month as stored (any status), or null. */
export async function storedReport(
  db: AtlasDb,
  zoneCode: string,
  month: string,
): Promise<MonthlyReport | null> {
  const [row] = await db
    .select({ id: schema.monthlyReports.id })
    .from(schema.monthlyReports)
    .where(and(eq(schema.monthlyReports.zoneCode, zoneCode), eq(schema.monthlyReports.month, month)));
  return row ? loadReport(db, row.id) : null;
}

function templateProjects(
  projects: readonly WorkbookProject[],
  report: MonthlyReport | null,
): TemplateProject[] {
  const lines = new Map(report?.projects.map((l) => [l.projectId, l]));
  return projects.map((p) => {
    const line = lines.get(p.id);
    return {
      id: p.id,
      name: p.name,
      currentStatus: p.status,
      totalWan: p.totalWan,
      acceptedBeforeWan: p.acceptedBeforeWan,
      investmentWan: line?.investmentWan ?? null,
      status: line?.status ?? null,
      statusChangedOn: line?.statusChangedOn ?? null,
      progressText: line?.progressText ?? null,
      overTotalReason: line?.overTotalReason ?? null,
    };
  });
}

function templateNodes(
  projects: readonly WorkbookProject[],
  known: Map<string, { planned: string | null; actual: string | null }>,
  report: MonthlyReport | null,
): TemplateNode[] {
  const drafted = new Map(report?.nodes.map((n) => [`${n.projectId}:${n.node}`, n.actualOn]));
  return projects.flatMap((p) =>
    PROJECT_NODES.map((node) => {
      const key = `${p.id}:${node}`;
      return {
        projectId: p.id,
        projectName: p.name,
        node,
        plannedOn: known.get(key)?.planned ?? null,
        reachedOn: known.get(key)?.actual ?? null,
        actualOn: drafted.get(key) ?? null,
      };
    }),
  );
}

function templateWorks(
  works: Awaited<ReturnType<typeof zoneWorks>>,
  report: MonthlyReport | null,
): TemplateWorks[] {
  const lines = new Map(report?.works.map((w) => [`${w.kind}:${w.entityId}`, w]));
  return works.map((w) => {
    const line = lines.get(`${w.kind}:${w.entityId}`);
    return {
      kind: w.kind,
      entityId: w.entityId,
      name: w.name,
      progressPercent: line?.progressPercent ?? null,
      unitsStarted: line?.unitsStarted ?? null,
      unitsCompleted: line?.unitsCompleted ?? null,
      householdsMoved: line?.householdsMoved ?? null,
      startedOn: line?.startedOn ?? null,
      completedOn: line?.completedOn ?? null,
      progressText: line?.progressText ?? null,
    };
  });
}

/**
 * What a zone's template for a month holds: every project of the zone (the rows the /report form
 * shows), a row per project × lifecycle node with its planned and reached dates, every works of the
 * zone, each pre-filled with what the month's report already holds, and that report's version.
 * Only those who may fill in the zone's report get it (a zone reporter: its own zone).
 */
export async function reportWorkbookTemplate(
  ctx: CoreContext,
  zoneCode: string,
  month: string,
): Promise<ReportWorkbookTemplate> {
  requireZonePermission(ctx.actor, 'writeZoneReport', zoneCode);
  const checked = checkedMonth(month);
  const zoneName = await zoneNamed(ctx.db, zoneCode);
  const [projects, works, known, report] = await Promise.all([
    zoneProjects(ctx.db, zoneCode, checked),
    zoneWorks(ctx.db, zoneCode),
    projectNodes(ctx.db, zoneCode),
    storedReport(ctx.db, zoneCode, checked),
  ]);
  return {
    zone: { code: zoneCode, name: zoneName },
    month: checked,
    reportVersion: report?.version ?? 0,
    reportStatus: report?.status ?? null,
    statuses: STATUS_CHOICES,
    nodeNames: NODE_CHOICES,
    worksKinds: WORKS_CHOICES,
    figures: {
      fixedAssetInvestmentWan: report?.fixedAssetInvestmentWan ?? null,
      mainBusinessRevenueWan: report?.mainBusinessRevenueWan ?? null,
      note: report?.note ?? null,
    },
    projects: templateProjects(projects, report),
    nodes: templateNodes(projects, known, report),
    works: templateWorks(works, report),
  };
}

/**
 * The zone's monthly report template as an .xlsx, with the file name a download should carry.
 *
 * @example const { bytes, filename } = await reportWorkbookFile(ctx, 'shenqiu', '2014-09');
 */
export async function reportWorkbookFile(
  ctx: CoreContext,
  zoneCode: string,
  month: string,
): Promise<{ bytes: Uint8Array; filename: string; template: ReportWorkbookTemplate }> {
  const template = await reportWorkbookTemplate(ctx, zoneCode, month);
  const bytes = await writeReportWorkbook(template);
  return { bytes, filename: `${template.zone.name}-${template.month}-月报.xlsx`, template };
}
