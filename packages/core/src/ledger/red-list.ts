import { type AtlasDb, schema } from '@atlas/db';
import { asc } from 'drizzle-orm';
import { checkedMonth, monthEnd } from './ledger-dates';
import { listProblems, type ProjectProblem } from './problems';
import { type LedgerRow, projectLedger } from './project-ledger';
import type { ProjectNodeState } from './project-nodes';

/** One zone's red list (红榜/黑榜 of the monthly meeting): what is behind or overdue. */
export interface RedListZone {
  readonly zoneCode: string;
  readonly behindProjects: LedgerRow[];
  readonly overdueNodes: { project: LedgerRow['project']; node: ProjectNodeState }[];
  readonly overdueProblems: ProjectProblem[];
}

/**
 * The red list as at a month's end, for all ten zones: projects flagged RED against time
 * progress, nodes overdue and problems overdue at that day.
 *
 * @example redList(db, '2014-09'); // read at 2014-09-30
 */
export async function redList(db: AtlasDb, month: string): Promise<RedListZone[]> {
  const asOf = monthEnd(checkedMonth(month));
  const year = Number(month.slice(0, 4));
  const [rows, problems, zones] = await Promise.all([
    projectLedger(db, { year, asOf }),
    listProblems(db, { asOf, overdue: true }),
    db.select({ code: schema.zones.code }).from(schema.zones).orderBy(asc(schema.zones.code)),
  ]);
  return zones.map(({ code }) => {
    const own = rows.filter((r) => r.project.zoneCode === code);
    return {
      zoneCode: code,
      behindProjects: own
        .filter((r) => r.flag === 'RED')
        .sort((a, b) => (a.pointsAhead ?? 0) - (b.pointsAhead ?? 0)),
      overdueNodes: own.flatMap((r) => r.overdueNodes.map((node) => ({ project: r.project, node }))),
      overdueProblems: problems.filter((p) => p.zoneCode === code),
    };
  });
}
