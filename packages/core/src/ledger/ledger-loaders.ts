import { type AtlasDb, schema } from '@atlas/db';
import DataLoader from 'dataloader';
import { and, inArray } from 'drizzle-orm';
import { completedInvestment } from './completed-investment';
import { today } from './ledger-dates';
import { listProblems, type ProjectProblem } from './problems';
import { type ProjectNodeState, projectNodeStates } from './project-nodes';

const { projectAnnualPlans, projectResponsibles } = schema;
type ResponsibleRow = typeof projectResponsibles.$inferSelect;

function grouped<T extends { projectId: string }>(keys: readonly string[], rows: readonly T[]): T[][] {
  const out = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const r of rows) out.get(r.projectId)?.push(r);
  return keys.map((k) => out.get(k) ?? []);
}

/**
 * Batches the ledger fields a list of projects asks for (responsible, nodes, problems, plans,
 * completed investment) into one statement per field. Make one set per request; dates are today's.
 */
export function createLedgerLoaders(db: AtlasDb) {
  return {
    responsible: new DataLoader<string, ResponsibleRow | null>(async (ids) => {
      const rows = await db
        .select()
        .from(projectResponsibles)
        .where(inArray(projectResponsibles.projectId, [...ids]));
      const found = new Map(rows.map((r) => [r.projectId, r]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    nodes: new DataLoader<string, ProjectNodeState[]>(async (ids) =>
      grouped(ids, await projectNodeStates(db, ids)),
    ),
    problems: new DataLoader<string, ProjectProblem[]>(async (ids) =>
      grouped(ids, await listProblems(db, { projectIds: ids })),
    ),
    /** Keyed `projectId|year`. */
    annualPlan: new DataLoader<string, number | null>(async (keys) => {
      const pairs = keys.map((k) => k.split('|') as [string, string]);
      const rows = await db
        .select()
        .from(projectAnnualPlans)
        .where(
          and(
            inArray(projectAnnualPlans.projectId, [...new Set(pairs.map(([id]) => id))]),
            inArray(projectAnnualPlans.year, [...new Set(pairs.map(([, y]) => Number(y)))]),
          ),
        );
      const found = new Map(rows.map((r) => [`${r.projectId}|${r.year}`, r.plannedWan]));
      return keys.map((k) => found.get(k) ?? null);
    }),
    /** All years' investment from accepted reports, to the last month ended by today. */
    completedWan: new DataLoader<string, number>(async (ids) => {
      const now = today();
      const done = await completedInvestment(db, Number(now.slice(0, 4)), now, ids);
      return ids.map((id) => done.get(id)?.cumulativeWan ?? 0);
    }),
  };
}
export type LedgerLoaders = ReturnType<typeof createLedgerLoaders>;
