import { bumpDataVersion, schema } from '@atlas/db';
import { eq } from 'drizzle-orm';
import { requirePermission } from '../actor';
import { writeAudit } from '../audit';
import type { CoreContext } from '../context';
import { AtlasError } from '../errors';
import { checkedText } from '../text-checks';
import { translateDbError } from '../write-checks';
import { countAcceptedReport } from './count-accepted-report';
import { loadReport, type MonthlyReport } from './report-lines';
import { refuseProblems } from './report-problems';
import { reportForTransition, reportProblems, requireVersion } from './submit-monthly-report';

const { monthlyReports } = schema;

/** A planner's decision on a submitted report: accept it, or return it with the reason. */
export type ReportReview =
  | { readonly decision: 'ACCEPT' }
  | { readonly decision: 'RETURN'; readonly reason: string };

function requireSubmitted(report: MonthlyReport): void {
  if (report.status === 'SUBMITTED') return;
  throw new AtlasError(
    'BAD_INPUT',
    `${report.zoneCode} ${report.month} 月报状态为 ${report.status},只有已报送的月报可以审核 / The ${report.month} report of ${report.zoneCode} is ${report.status}: only a SUBMITTED report can be accepted or returned`,
    { status: report.status },
  );
}

/**
 * Accepts a SUBMITTED report — its figures start counting in the same transaction
 * (`countAcceptedReport`) — or returns it to the zone with a reason. Planners and admins only.
 * Accepting checks the report again against the records as they now stand (another month may
 * have been accepted since it was submitted) and refuses, listing the problems, if it no longer
 * holds.
 *
 * @example await reviewMonthlyReport(ctx, 12, 4, { decision: 'RETURN', reason: '投资额与台账不符' })
 */
export async function reviewMonthlyReport(
  ctx: CoreContext,
  id: number,
  version: number,
  review: ReportReview,
  now: Date = new Date(),
): Promise<MonthlyReport> {
  requirePermission(ctx.actor, 'reviewReport');
  const reason = review.decision === 'RETURN' ? checkedText(review.reason, 'reason', 'note') : null;
  return ctx.db
    .transaction(async (tx) => {
      const before = await reportForTransition(tx, id);
      requireVersion(before, version);
      requireSubmitted(before);
      if (review.decision === 'ACCEPT') refuseProblems(await reportProblems(tx, before));
      await tx
        .update(monthlyReports)
        .set({
          status: review.decision === 'ACCEPT' ? 'ACCEPTED' : 'RETURNED',
          returnReason: reason ?? before.returnReason,
          reviewedAt: now,
          reviewedBy: ctx.actor.name,
          version: before.version + 1,
          updatedAt: now,
        })
        .where(eq(monthlyReports.id, id));
      const after = (await loadReport(tx, id)) as MonthlyReport;
      if (review.decision === 'ACCEPT') await countAcceptedReport(tx, ctx.actor, after);
      await writeAudit(tx, ctx.actor, {
        action: review.decision,
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
