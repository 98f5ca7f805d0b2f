import type { Provenance, SourceKind, TimeProgressFlag } from '@atlas/data';
import { type AtlasDb, schema } from '@atlas/db';
import { and, asc, eq, getTableColumns, inArray, type SQL } from 'drizzle-orm';
import { badInput } from '../errors';
import { type CompletedInvestment, completedInvestment, defaultLedgerAsOf } from './completed-investment';
import { checkedDay, checkedYear, chinaDay } from './ledger-dates';
import { listProblems } from './problems';
import { type ProjectNodeState, projectNodeStates } from './project-nodes';
import { againstTimeProgress, timeProgressPercent } from './time-progress';

const { projects, projectAnnualPlans, projectResponsibles, zones } = schema;
type ProjectRow = typeof projects.$inferSelect;
type ResponsibleRow = typeof projectResponsibles.$inferSelect;

/** One project's line in the ledger for a year, as at a day. */
export interface LedgerRow {
  readonly project: ProjectRow;
  readonly year: number;
  readonly asOf: string;
  readonly plannedWan: number | null;
  readonly completedWan: number;
  readonly cumulativeWan: number;
  readonly percentOfPlan: number | null;
  readonly timeProgressPercent: number;
  readonly pointsAhead: number | null;
  readonly flag: TimeProgressFlag | null;
  readonly overdueNodes: ProjectNodeState[];
  readonly openProblems: number;
  readonly overdueProblems: number;
  readonly responsible: ResponsibleRow | null;
  readonly planSource: Provenance | null;
  /** REPORTED when the completed figures come from accepted reports, DEMO from demo reports, null from none. */
  readonly completedSource: SourceKind | null;
}

export interface LedgerQuery {
  readonly year: number;
  /** Default: the end of the newest month with an accepted report, else today moved into the year. */
  readonly asOf?: string | null;
  readonly zoneCode?: string | null;
  readonly flag?: TimeProgressFlag | null;
  /** True: only projects with an overdue node or problem; false: only those without. */
  readonly overdue?: boolean | null;
  readonly projectIds?: readonly string[] | null;
  readonly first?: number | null;
  /** A project id: rows after it in the ledger's order (zone, then project id). */
  readonly after?: string | null;
}

export const MAX_LEDGER_PAGE = 1_000;

const groupByProject = <T extends { projectId: string }>(rows: readonly T[]) => {
  const out = new Map<string, T[]>();
  for (const r of rows) out.set(r.projectId, [...(out.get(r.projectId) ?? []), r]);
  return out;
};

const completedSourceOf = (c: CompletedInvestment | undefined): SourceKind | null =>
  c ? (c.demo ? 'DEMO' : 'REPORTED') : null;

/**
 * The project ledger (项目台账) for a year: each project's annual plan, its completed investment
 * from accepted reports, percent of plan against time progress (from its STARTED node's planned
 * day when it starts mid-year), its flag, overdue nodes and problems, and who answers for it.
 * Ordered by zone, then project id; filtered by zone, flag and overdue.
 *
 * @example projectLedger(db, { year: 2014, asOf: '2014-09-30', flag: 'RED' })
 */
export async function projectLedger(db: AtlasDb, query: LedgerQuery): Promise<LedgerRow[]> {
  const year = checkedYear(query.year);
  const asOf = query.asOf ? checkedDay(query.asOf, 'asOf') : await defaultLedgerAsOf(db, year);
  const first = query.first ?? MAX_LEDGER_PAGE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_LEDGER_PAGE)
    throw badInput(`first 须在 0–${MAX_LEDGER_PAGE} 之间 / first must be 0 to ${MAX_LEDGER_PAGE}`, {
      field: 'first',
    });
  const where: SQL[] = [];
  if (query.zoneCode) where.push(eq(projects.zoneCode, query.zoneCode));
  if (query.projectIds)
    where.push(inArray(projects.id, query.projectIds.length ? [...query.projectIds] : ['']));
  const list = await db
    .select(getTableColumns(projects))
    .from(projects)
    .where(and(...where))
    .orderBy(asc(projects.zoneCode), asc(projects.id));
  const ids = list.map((p) => p.id);
  const scoped = query.zoneCode || query.projectIds ? ids : null;
  const [plans, completed, nodes, problems, responsibles] = await Promise.all([
    db
      .select()
      .from(projectAnnualPlans)
      .where(
        and(
          eq(projectAnnualPlans.year, year),
          scoped ? inArray(projectAnnualPlans.projectId, scoped.length ? scoped : ['']) : undefined,
        ),
      ),
    completedInvestment(db, year, asOf, scoped),
    projectNodeStates(db, scoped, asOf),
    listProblems(db, { asOf, projectIds: scoped }),
    db
      .select()
      .from(projectResponsibles)
      .where(scoped ? inArray(projectResponsibles.projectId, scoped.length ? scoped : ['']) : undefined),
  ]);
  const planOf = new Map(plans.map((p) => [p.projectId, p]));
  const nodesOf = groupByProject(nodes);
  const problemsOf = groupByProject(problems);
  const responsibleOf = new Map(responsibles.map((r) => [r.projectId, r]));
  const rows = list.map((project): LedgerRow => {
    const plan = planOf.get(project.id);
    const done = completed.get(project.id);
    const own = nodesOf.get(project.id) ?? [];
    const start = own.find((n) => n.node === 'STARTED');
    const raised = (problemsOf.get(project.id) ?? []).filter((p) => chinaDay(p.raisedAt) <= asOf);
    const against = againstTimeProgress(
      plan?.plannedWan ?? null,
      done?.completedWan ?? 0,
      timeProgressPercent(year, asOf, start?.plannedOn ?? start?.actualOn ?? null),
    );
    return {
      project,
      year,
      asOf,
      plannedWan: plan?.plannedWan ?? null,
      completedWan: done?.completedWan ?? 0,
      cumulativeWan: done?.cumulativeWan ?? 0,
      ...against,
      overdueNodes: own.filter((n) => n.overdue),
      openProblems: raised.filter((p) => p.status !== 'CLOSED' || (p.closedAt && chinaDay(p.closedAt) > asOf))
        .length,
      overdueProblems: raised.filter((p) => p.overdue).length,
      responsible: responsibleOf.get(project.id) ?? null,
      planSource: plan ? { kind: plan.sourceKind, citation: plan.sourceCitation } : null,
      completedSource: completedSourceOf(done),
    };
  });
  const kept = rows.filter(
    (r) =>
      (!query.flag || r.flag === query.flag) &&
      (query.overdue == null || query.overdue === (r.overdueNodes.length > 0 || r.overdueProblems > 0)),
  );
  const start = query.after ? kept.findIndex((r) => r.project.id === query.after) + 1 : 0;
  if (query.after && start === 0)
    throw badInput(
      `after 不是本台账中的项目:${query.after} / after is no project of this ledger: ${query.after}`,
      {
        field: 'after',
      },
    );
  return kept.slice(start, start + first);
}

/** A zone's projects with a plan, summed, against time progress. */
export interface ZoneTimeProgress {
  readonly zoneCode: string;
  readonly plannedWan: number;
  readonly completedWan: number;
  readonly percentOfPlan: number | null;
  readonly timeProgressPercent: number;
  readonly pointsAhead: number | null;
  readonly flag: TimeProgressFlag | null;
  /** True when any figure summed is demo (a demo plan or a demo report). */
  readonly demo: boolean;
  readonly source: SourceKind | null;
}

/** Least trustworthy first: a sum takes the first kind any of its parts has. */
const WEAKEST_FIRST: readonly SourceKind[] = [
  'DEMO',
  'APPROXIMATE',
  'REPORTED',
  'SURVEYED',
  'PUBLIC_SOURCE',
  'PLAN_TEXT',
];

/**
 * Each of the ten zones against time progress: the sums over its projects that have a plan for
 * the year, compared with the share of the whole year gone (projects starting mid-year are not
 * weighted separately: a zone's year is the calendar year). A zone with no plans has no flag.
 */
export async function zoneTimeProgress(
  db: AtlasDb,
  year: number,
  asOf?: string | null,
): Promise<ZoneTimeProgress[]> {
  const rows = await projectLedger(db, { year, asOf });
  const at =
    rows[0]?.asOf ?? (asOf ? checkedDay(asOf, 'asOf') : await defaultLedgerAsOf(db, checkedYear(year)));
  const all = await db.select({ code: zones.code }).from(zones).orderBy(asc(zones.code));
  const time = timeProgressPercent(year, at);
  return all.map(({ code }) => {
    const planned = rows.filter((r) => r.project.zoneCode === code && r.plannedWan !== null);
    const plannedWan = round2(planned.reduce((s, r) => s + (r.plannedWan ?? 0), 0));
    const completedWan = round2(planned.reduce((s, r) => s + r.completedWan, 0));
    const kinds = new Set(planned.flatMap((r) => [r.planSource?.kind, r.completedSource]));
    const source = WEAKEST_FIRST.find((k) => kinds.has(k)) ?? null;
    return {
      zoneCode: code,
      plannedWan,
      completedWan,
      ...againstTimeProgress(planned.length ? plannedWan : null, completedWan, time),
      demo: kinds.has('DEMO'),
      source,
    };
  });
}

const round2 = (x: number) => Math.round(x * 100) / 100;
