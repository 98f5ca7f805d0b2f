import { demo, PROJECT_STATUSES, type Provenance, reported } from '@atlas/data';
import { type AtlasDb, schema, selectRows } from '@atlas/db';
import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import { type MonthlyReport, type ReportWorksLine, WORKS_TABLES } from './report-lines';
import { periodOfMonth } from './report-month';

const { progressReports, projectStatusChanges, projects, projectNodes } = schema;

/**
 * Where an accepted report's figures came from: REPORTED, citing the report and who accepted it;
 * a demo report's figures stay DEMO however they were accepted.
 *
 * @example acceptedProvenance({ id: 7, zoneCode: 'dancheng', month: '2014-09', demo: false, reviewedBy: '市发改委' })
 * // { kind: 'REPORTED', citation: '月报 dancheng 2014-09 #7,市发改委 采纳' }
 */
export function acceptedProvenance(report: {
  id: number;
  zoneCode: string;
  month: string;
  demo: boolean;
  reviewedBy: string | null;
}): Provenance {
  const citation = `月报 ${report.zoneCode} ${report.month} #${report.id},${report.reviewedBy ?? ''} 采纳`;
  return report.demo ? demo(`${citation}(示例 demo)`) : reported(citation);
}

interface AcceptedMonth {
  id: number;
  month: string;
  demo: boolean;
  reviewed_by: string | null;
  investment: number;
  revenue: number | null;
}

/**
 * The zone's year-to-date fixed-asset investment and main business revenue (亿元) as progress
 * records, for this month and every later accepted month of the year (accepting a missed month
 * late changes the year so far of the months after it). A month without a zone-wide investment
 * figure counts its project lines. A real report's year so far adds up real accepted months only:
 * once a zone reports, demo figures no longer stand behind its actuals, not even inside a sum; a
 * demo report's adds up the demo months.
 */
async function writeYearToDate(db: AtlasDb, report: MonthlyReport): Promise<void> {
  const year = report.month.slice(0, 4);
  const months = await selectRows<AcceptedMonth>(
    db,
    sql`SELECT r.id, r.month, r.demo, r.reviewed_by,
          coalesce(r.fixed_asset_investment_wan::float8,
            (SELECT coalesce(sum(l.investment_wan), 0)::float8 FROM monthly_report_projects l WHERE l.report_id = r.id)) AS investment,
          r.main_business_revenue_wan::float8 AS revenue
        FROM monthly_reports r
        WHERE r.zone_code = ${report.zoneCode} AND r.status = 'ACCEPTED' AND r.demo = ${report.demo}
          AND r.month LIKE ${`${year}-%`}
        ORDER BY r.month`,
  );
  let investment = 0;
  let revenue: number | null = null;
  for (const m of months) {
    investment += m.investment;
    if (m.revenue !== null) revenue = (revenue ?? 0) + m.revenue;
    if (m.month < report.month) continue;
    const source = acceptedProvenance({ ...m, zoneCode: report.zoneCode, reviewedBy: m.reviewed_by });
    await upsertProgress(
      db,
      report.zoneCode,
      periodOfMonth(m.month),
      'fixed_asset_investment',
      investment,
      source,
    );
    if (revenue !== null)
      await upsertProgress(
        db,
        report.zoneCode,
        periodOfMonth(m.month),
        'main_business_revenue',
        revenue,
        source,
      );
  }
}

async function upsertProgress(
  db: AtlasDb,
  zoneCode: string,
  period: string,
  metric: string,
  wan: number,
  source: Provenance,
): Promise<void> {
  const value = Math.round(wan * 100) / 1_000_000; // 万元 → 亿元, kept to the 万元's cent
  await db
    .insert(progressReports)
    .values({
      period,
      metric,
      zoneCode,
      clusterCode: null,
      value,
      sourceKind: source.kind,
      sourceCitation: source.citation,
    })
    .onConflictDoUpdate({
      target: [
        progressReports.period,
        progressReports.metric,
        progressReports.zoneCode,
        progressReports.clusterCode,
      ],
      set: {
        value,
        sourceKind: source.kind,
        sourceCitation: source.citation,
        version: sql`${progressReports.version} + 1`,
        updatedAt: new Date(),
      },
    });
}

/** Status changes that move a project forward: dated history plus the project's current status. */
async function writeStatuses(
  db: AtlasDb,
  actor: Actor,
  report: MonthlyReport,
  source: Provenance,
): Promise<void> {
  for (const line of report.projects) {
    if (!line.status || !line.statusChangedOn) continue;
    const [before] = await db.select().from(projects).where(eq(projects.id, line.projectId)).for('update');
    if (!before || PROJECT_STATUSES.indexOf(line.status) <= PROJECT_STATUSES.indexOf(before.status)) continue;
    await db.insert(projectStatusChanges).values({
      projectId: line.projectId,
      status: line.status,
      changedOn: line.statusChangedOn,
      sourceKind: source.kind,
      sourceCitation: source.citation,
    });
    const [after] = await db
      .update(projects)
      .set({ status: line.status, version: before.version + 1, updatedAt: new Date() })
      .where(eq(projects.id, line.projectId))
      .returning({ id: projects.id, status: projects.status, version: projects.version });
    await writeAudit(db, actor, {
      action: 'UPDATE',
      entity: 'project',
      entityId: line.projectId,
      before: { id: before.id, status: before.status, version: before.version },
      after,
    });
  }
}

/** Node actual dates; a planned date already set stays. */
async function writeNodes(
  db: AtlasDb,
  actor: Actor,
  report: MonthlyReport,
  source: Provenance,
): Promise<void> {
  for (const line of report.nodes) {
    const [before] = await db
      .select()
      .from(projectNodes)
      .where(and(eq(projectNodes.projectId, line.projectId), eq(projectNodes.node, line.node)));
    const [after] = await db
      .insert(projectNodes)
      .values({
        projectId: line.projectId,
        node: line.node,
        actualOn: line.actualOn,
        sourceKind: source.kind,
        sourceCitation: source.citation,
      })
      .onConflictDoUpdate({
        target: [projectNodes.projectId, projectNodes.node],
        set: {
          actualOn: line.actualOn,
          sourceKind: source.kind,
          sourceCitation: source.citation,
          version: sql`${projectNodes.version} + 1`,
          updatedAt: new Date(),
        },
      })
      .returning();
    await writeAudit(db, actor, {
      action: before ? 'UPDATE' : 'CREATE',
      entity: 'project_node',
      entityId: `${line.projectId}:${line.node}`,
      before: before ?? null,
      after,
    });
  }
}

/** The SET list of a works line: what it reports, leaving the rest as it was. */
function worksSet(w: ReportWorksLine) {
  const sets = [sql`progress_percent = coalesce(${w.progressPercent ?? null}::real, progress_percent)`];
  if (w.kind === 'RELOCATION_SITE') {
    sets.push(
      sql`units_started = coalesce(${w.unitsStarted ?? null}::int, units_started)`,
      sql`units_completed = coalesce(${w.unitsCompleted ?? null}::int, units_completed)`,
      sql`households_moved = coalesce(${w.householdsMoved ?? null}::int, households_moved)`,
      sql`started_on = coalesce(${w.startedOn ?? null}::date, started_on)`,
    );
  }
  // A completed plant or grid project is in operation: the plan's completion counts read that status.
  if ((w.kind === 'FACILITY' || w.kind === 'GRID_PROJECT') && w.completedOn)
    sets.push(sql`status = 'OPERATING'`);
  sets.push(sql`version = version + 1`, sql`updated_at = now()`);
  return sql.join(sets, sql`, `);
}

/** Works and relocation sites' current state: progress, units, households moved, start. */
async function writeWorks(db: AtlasDb, actor: Actor, report: MonthlyReport): Promise<void> {
  for (const w of report.works) {
    const { table, entity } = WORKS_TABLES[w.kind];
    const [before] = await selectRows<Record<string, unknown>>(
      db,
      sql`SELECT * FROM ${sql.raw(table)} WHERE id = ${w.entityId} FOR UPDATE`,
    );
    const [after] = await selectRows<Record<string, unknown>>(
      db,
      sql`UPDATE ${sql.raw(table)} SET ${worksSet(w)} WHERE id = ${w.entityId} RETURNING *`,
    );
    const strip = (row: Record<string, unknown> | undefined) => {
      if (!row) return null;
      const { geometry: _g, location: _l, origin: _o, destination: _d, ...rest } = row;
      return rest;
    };
    await writeAudit(db, actor, {
      action: 'UPDATE',
      entity,
      entityId: w.entityId,
      before: strip(before),
      after: strip(after),
    });
  }
}

/**
 * What accepting a report makes count, inside the accept's transaction: the zone's year-to-date
 * investment and revenue as progress records (REPORTED, or DEMO for a demo report), the projects'
 * status changes, their nodes' actual dates, and the works' and relocation sites' current state.
 * The report's own lines stay as they are: they are the month's history.
 */
export async function countAcceptedReport(db: AtlasDb, actor: Actor, report: MonthlyReport): Promise<void> {
  const source = acceptedProvenance(report);
  await writeYearToDate(db, report);
  await writeStatuses(db, actor, report, source);
  await writeNodes(db, actor, report, source);
  await writeWorks(db, actor, report);
}
