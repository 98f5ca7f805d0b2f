import { bumpDataVersion, driverErrorOf, schema } from '@atlas/db';
import { and, eq } from 'drizzle-orm';
import { requireZonePermission } from '../actor';
import { writeAudit } from '../audit';
import type { CoreContext } from '../context';
import { AtlasError } from '../errors';
import { checkedOptionalText } from '../text-checks';
import { requireZone, staleVersion, translateDbError } from '../write-checks';
import { lineProblems, type ZoneFigures } from './check-report';
import { loadReportFacts, referenceProblems } from './report-facts';
import { loadReport, type MonthlyReport, type ReportLines } from './report-lines';
import { checkedMonth } from './report-month';
import { refuseProblems } from './report-problems';

const { monthlyReports, monthlyReportProjects, monthlyReportNodes, monthlyReportWorks } = schema;

export interface MonthlyReportInput extends ZoneFigures, ReportLines {
  readonly zoneCode: string;
  /** 'YYYY-MM'. */
  readonly month: string;
  /** The version read; required when the zone's report for the month exists. */
  readonly version?: number | null;
  readonly note?: string | null;
}

/** Free text of the lines, trimmed and checked like every other note. */
function checkedLines(lines: ReportLines): ReportLines {
  return {
    projects: lines.projects.map((l, i) => ({
      ...l,
      progressText: checkedOptionalText(l.progressText, `projects[${i}].progressText`, 'note'),
      overTotalReason: checkedOptionalText(l.overTotalReason, `projects[${i}].overTotalReason`, 'note'),
    })),
    nodes: lines.nodes,
    works: lines.works.map((w, i) => ({
      ...w,
      progressText: checkedOptionalText(w.progressText, `works[${i}].progressText`, 'note'),
    })),
  };
}

/** Only a draft or a returned report may change; a submitted or accepted one is the zone's word. */
export function requireEditable(report: { status: string; zoneCode: string; month: string }): void {
  if (report.status === 'DRAFT' || report.status === 'RETURNED') return;
  throw new AtlasError(
    'BAD_INPUT',
    `${report.zoneCode} ${report.month} 月报已${report.status === 'ACCEPTED' ? '采纳' : '报送'},不能再修改 / The ${report.month} report of ${report.zoneCode} is ${report.status} and can no longer be changed`,
    { status: report.status },
  );
}

async function replaceLines(ctx: CoreContext['db'], reportId: number, lines: ReportLines): Promise<void> {
  await ctx.delete(monthlyReportProjects).where(eq(monthlyReportProjects.reportId, reportId));
  await ctx.delete(monthlyReportNodes).where(eq(monthlyReportNodes.reportId, reportId));
  await ctx.delete(monthlyReportWorks).where(eq(monthlyReportWorks.reportId, reportId));
  if (lines.projects.length)
    await ctx.insert(monthlyReportProjects).values(
      lines.projects.map((l) => ({
        reportId,
        projectId: l.projectId,
        investmentWan: l.investmentWan,
        status: l.status ?? null,
        statusChangedOn: l.statusChangedOn ?? null,
        progressText: l.progressText ?? null,
        overTotalReason: l.overTotalReason ?? null,
      })),
    );
  if (lines.nodes.length)
    await ctx.insert(monthlyReportNodes).values(lines.nodes.map((l) => ({ reportId, ...l })));
  if (lines.works.length)
    await ctx.insert(monthlyReportWorks).values(
      lines.works.map((w) => ({
        reportId,
        kind: w.kind,
        entityId: w.entityId,
        progressPercent: w.progressPercent ?? null,
        unitsStarted: w.unitsStarted ?? null,
        unitsCompleted: w.unitsCompleted ?? null,
        householdsMoved: w.householdsMoved ?? null,
        startedOn: w.startedOn ?? null,
        completedOn: w.completedOn ?? null,
        progressText: w.progressText ?? null,
      })),
    );
}

/**
 * Creates a zone's report for a month as a DRAFT, or replaces the lines of its DRAFT or RETURNED
 * report (the version read is required then). Zone-scoped: a zone reporter saves only its own
 * zone's report, naming only its own zone's projects and works. Refuses, listing every problem,
 * lines the database could not hold (negative money, progress outside 0–100, undated status
 * changes, dates outside the month); the checks against other records wait for submitting.
 *
 * @example
 * await saveMonthlyReport(ctx, { zoneCode: 'dancheng', month: '2014-09', projects: [
 *   { projectId: 'demo-project-001', investmentWan: 1200 }], nodes: [], works: [] });
 */
export async function saveMonthlyReport(ctx: CoreContext, input: MonthlyReportInput): Promise<MonthlyReport> {
  requireZonePermission(ctx.actor, 'writeZoneReport', input.zoneCode);
  const month = checkedMonth(input.month);
  const note = checkedOptionalText(input.note, 'note', 'note');
  const lines = checkedLines(input);
  return ctx.db
    .transaction(async (tx) => {
      await requireZone(tx, input.zoneCode);
      const facts = await loadReportFacts(tx, input.zoneCode, month, lines);
      refuseProblems([
        ...referenceProblems(input.zoneCode, lines, facts),
        ...lineProblems(month, input, lines, facts),
      ]);
      const [existing] = await tx
        .select()
        .from(monthlyReports)
        .where(and(eq(monthlyReports.zoneCode, input.zoneCode), eq(monthlyReports.month, month)))
        .for('update');
      const before = existing ? await loadReport(tx, existing.id) : null;
      if (existing) {
        requireEditable(existing);
        if (existing.version !== input.version)
          throw staleVersion('monthly report', String(existing.id), input.version ?? 0, existing.version);
      }
      const figures = {
        fixedAssetInvestmentWan: input.fixedAssetInvestmentWan ?? null,
        mainBusinessRevenueWan: input.mainBusinessRevenueWan ?? null,
        note: note ?? null,
      };
      const [row] = existing
        ? await tx
            .update(monthlyReports)
            .set({ ...figures, version: existing.version + 1, updatedAt: new Date() })
            .where(eq(monthlyReports.id, existing.id))
            .returning()
        : await tx
            .insert(monthlyReports)
            .values({ ...figures, zoneCode: input.zoneCode, month, createdBy: ctx.actor.name })
            .returning();
      if (!row) throw new Error('write returned no row');
      await replaceLines(tx, row.id, lines);
      const after = await loadReport(tx, row.id);
      await writeAudit(tx, ctx.actor, {
        action: existing ? 'UPDATE' : 'CREATE',
        entity: 'monthly_report',
        entityId: String(row.id),
        before,
        after,
      });
      await bumpDataVersion(tx);
      return after as MonthlyReport;
    })
    .catch((error: unknown) => {
      // Two first saves of the same month raced: the loser read no report, and now there is one.
      if (driverErrorOf(error)?.code === '23505')
        throw new AtlasError(
          'STALE_VERSION',
          `${input.zoneCode} ${month} 月报刚被他人创建,请刷新后重试 / The ${month} report of ${input.zoneCode} was just created by someone else: reload and try again`,
        );
      return translateDbError(error);
    });
}
