import { type AtlasDb, selectRows } from '@atlas/db';
import { sql } from 'drizzle-orm';
import { clampToYear, lastMonthEndedBy, monthEnd, today } from './ledger-dates';

/** A project's investment from accepted monthly reports: in the year, and over all years. */
export interface CompletedInvestment {
  readonly completedWan: number;
  readonly cumulativeWan: number;
  /** True when any counted report is a generated demonstration report. */
  readonly demo: boolean;
}

/**
 * Completed investment per project from ACCEPTED monthly reports (万元), counting a month once it
 * has ended by `asOf`: `completedWan` for `year`'s months, `cumulativeWan` for every month up to
 * then. Projects without accepted lines are absent. Drafts, submitted and returned reports never count.
 */
export async function completedInvestment(
  db: AtlasDb,
  year: number,
  asOf: string,
  projectIds: readonly string[] | null = null,
): Promise<Map<string, CompletedInvestment>> {
  const last = lastMonthEndedBy(asOf);
  const yearLast = last < `${year}-12` ? last : `${year}-12`;
  const only =
    projectIds === null
      ? sql``
      : sql` AND l.project_id IN (${sql.join(
          projectIds.length > 0 ? projectIds.map((id) => sql`${id}`) : [sql`NULL`],
          sql`, `,
        )})`;
  const rows = await selectRows<{ project_id: string; completed: number; cumulative: number; demo: boolean }>(
    db,
    sql`SELECT l.project_id,
               coalesce(sum(l.investment_wan) FILTER (WHERE r.month >= ${`${year}-01`} AND r.month <= ${yearLast}), 0)::float8 AS completed,
               sum(l.investment_wan)::float8 AS cumulative,
               bool_or(r.demo) AS demo
          FROM monthly_report_projects l JOIN monthly_reports r ON r.id = l.report_id
         WHERE r.status = 'ACCEPTED' AND r.month <= ${last}${only}
         GROUP BY l.project_id`,
  );
  return new Map(
    rows.map((r) => [
      r.project_id,
      { completedWan: Number(r.completed), cumulativeWan: Number(r.cumulative), demo: Boolean(r.demo) },
    ]),
  );
}

/**
 * The day the ledger is read at when none is asked: the end of the newest month of `year` with an
 * accepted report, else today moved into the year (a past year is read at its end).
 *
 * @example defaultLedgerAsOf(db, 2014); // '2014-09-30' once September 2014 has an accepted report
 */
export async function defaultLedgerAsOf(db: AtlasDb, year: number): Promise<string> {
  const [row] = await selectRows<{ month: string | null }>(
    db,
    sql`SELECT max(month) AS month FROM monthly_reports
         WHERE status = 'ACCEPTED' AND month >= ${`${year}-01`} AND month <= ${`${year}-12`}`,
  );
  return row?.month ? monthEnd(row.month) : clampToYear(today(), year);
}
