import { bumpDataVersion, schema } from '@atlas/db';
import { eq } from 'drizzle-orm';
import { requireZonePermission } from '../actor';
import { writeAudit } from '../audit';
import type { CoreContext } from '../context';
import { notFound } from '../errors';
import { staleVersion, translateDbError } from '../write-checks';
import { lineProblems, recordProblems } from './check-report';
import { loadReportFacts, referenceProblems } from './report-facts';
import { loadReport, type MonthlyReport } from './report-lines';
import { type ReportProblem, refuseProblems } from './report-problems';
import { requireEditable } from './save-monthly-report';

const { monthlyReports } = schema;

/** Every problem of a stored report, checked against the records as they stand in `db`. */
export async function reportProblems(db: CoreContext['db'], report: MonthlyReport): Promise<ReportProblem[]> {
  const facts = await loadReportFacts(db, report.zoneCode, report.month, report);
  return [
    ...referenceProblems(report.zoneCode, report, facts),
    ...lineProblems(report.month, report, report, facts),
    ...recordProblems(report, facts),
  ];
}

/** A report for a transition, locked; NOT_FOUND when there is none. */
export async function reportForTransition(db: CoreContext['db'], id: number): Promise<MonthlyReport> {
  const report = Number.isSafeInteger(id) ? await loadReport(db, id, true) : null;
  if (!report) throw notFound('月报 / monthly report', String(id));
  return report;
}

/** STALE_VERSION unless the caller read the report's current version. */
export function requireVersion(report: MonthlyReport, version: number): void {
  if (report.version !== version)
    throw staleVersion('monthly report', String(report.id), version, report.version);
}

/**
 * Submits a DRAFT or RETURNED report for review, after checking everything (`lineProblems`,
 * `recordProblems`): refused with every problem listed, each naming its row and field. The first
 * submission's time and submitter are kept, so a report returned and submitted again stays as
 * late (or on time) as it first was. Zone-scoped, like saving.
 *
 * @example await submitMonthlyReport(ctx, 12, 3) // status SUBMITTED, version 4
 */
export async function submitMonthlyReport(
  ctx: CoreContext,
  id: number,
  version: number,
  now: Date = new Date(),
): Promise<MonthlyReport> {
  return ctx.db
    .transaction(async (tx) => {
      const before = await reportForTransition(tx, id);
      requireZonePermission(ctx.actor, 'writeZoneReport', before.zoneCode);
      requireVersion(before, version);
      requireEditable(before);
      refuseProblems(await reportProblems(tx, before));
      await tx
        .update(monthlyReports)
        .set({
          status: 'SUBMITTED',
          submittedAt: before.submittedAt ?? now,
          submittedBy: before.submittedBy ?? ctx.actor.name,
          version: before.version + 1,
          updatedAt: now,
        })
        .where(eq(monthlyReports.id, id));
      const after = (await loadReport(tx, id)) as MonthlyReport;
      await writeAudit(tx, ctx.actor, {
        action: 'SUBMIT',
        entity: 'monthly_report',
        entityId: String(id),
        before,
        after,
      });
      await bumpDataVersion(tx);
      return after;
    })
    .catch(translateDbError);
}
