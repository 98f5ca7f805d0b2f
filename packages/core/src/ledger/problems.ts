import { PROBLEM_STATUSES, type ProblemStatus } from '@atlas/data';
import { type AtlasDb, bumpDataVersion, schema } from '@atlas/db';
import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import { requirePermission } from '../actor';
import { writeAudit } from '../audit';
import type { CoreContext } from '../context';
import { badInput, notFound } from '../errors';
import { checkedText } from '../text-checks';
import { staleVersion, translateDbError, writtenProvenance } from '../write-checks';
import { checkedDay, chinaDay, today } from './ledger-dates';
import { projectForLedgerWrite } from './ledger-project';

const { projectProblems } = schema;
export type ProblemRow = typeof projectProblems.$inferSelect;
export type ProjectProblem = ProblemRow & { readonly overdue: boolean };

/**
 * Whether a problem was overdue at the end of `asOf`: raised by then, due before it, and not
 * closed by then (a problem closed later was still open at `asOf`).
 *
 * @example problemOverdue({ status: 'OPEN', dueOn: '2014-09-01', raisedAt, closedAt: null }, '2014-09-30'); // true
 */
export function problemOverdue(
  p: Pick<ProblemRow, 'status' | 'dueOn' | 'raisedAt' | 'closedAt'>,
  asOf: string,
): boolean {
  if (chinaDay(p.raisedAt) > asOf || p.dueOn >= asOf) return false;
  return p.status !== 'CLOSED' || (p.closedAt !== null && chinaDay(p.closedAt) > asOf);
}

export interface ProblemFilter {
  readonly zoneCode?: string | null;
  readonly status?: ProblemStatus | null;
  readonly overdue?: boolean | null;
  /** The day overdue is judged at; today when not given. */
  readonly asOf?: string | null;
  readonly projectIds?: readonly string[] | null;
}

/** The problem ledger (问题台账), filtered, oldest first, each marked overdue or not at `asOf`. */
export async function listProblems(db: AtlasDb, filter: ProblemFilter = {}): Promise<ProjectProblem[]> {
  const asOf = filter.asOf ? checkedDay(filter.asOf, 'asOf') : today();
  if (filter.status && !PROBLEM_STATUSES.includes(filter.status))
    throw badInput(`未知的问题状态 ${filter.status} / unknown problem status ${filter.status}`);
  if (filter.projectIds && filter.projectIds.length === 0) return [];
  const where: SQL[] = [];
  if (filter.zoneCode) where.push(eq(projectProblems.zoneCode, filter.zoneCode));
  if (filter.status) where.push(eq(projectProblems.status, filter.status));
  if (filter.projectIds) where.push(inArray(projectProblems.projectId, [...filter.projectIds]));
  const rows = await db
    .select()
    .from(projectProblems)
    .where(and(...where))
    .orderBy(asc(projectProblems.raisedAt), asc(projectProblems.id));
  const marked = rows.map((r) => ({ ...r, overdue: problemOverdue(r, asOf) }));
  return filter.overdue == null ? marked : marked.filter((p) => p.overdue === filter.overdue);
}

export interface RaiseProblemInput {
  readonly projectId: string;
  readonly description: string;
  readonly responsibleUnit: string;
  readonly dueOn: string;
}

/** A zone raises a problem on one of its projects: what, which unit must act, by when. Zone-scoped. */
export async function raiseProblem(ctx: CoreContext, input: RaiseProblemInput): Promise<ProjectProblem> {
  requirePermission(ctx.actor, 'raiseProblem');
  const description = checkedText(input.description, 'description', 'note');
  const responsibleUnit = checkedText(input.responsibleUnit, 'responsibleUnit', 'name');
  const dueOn = checkedDay(input.dueOn, 'dueOn');
  const provenance = writtenProvenance(ctx.actor, null);
  return ctx.db
    .transaction(async (tx) => {
      const project = await projectForLedgerWrite(ctx, tx, input.projectId, 'raiseProblem');
      const [after] = await tx
        .insert(projectProblems)
        .values({
          projectId: project.id,
          zoneCode: project.zoneCode,
          description,
          responsibleUnit,
          dueOn,
          raisedBy: ctx.actor.name,
          sourceKind: provenance.kind,
          sourceCitation: provenance.citation,
        })
        .returning();
      if (!after) throw new Error('write returned no row');
      await audited(ctx, tx, 'CREATE', null, after);
      return { ...after, overdue: problemOverdue(after, today()) };
    })
    .catch(translateDbError);
}

async function audited(
  ctx: CoreContext,
  db: AtlasDb,
  action: string,
  before: ProblemRow | null,
  after: ProblemRow,
) {
  await writeAudit(db, ctx.actor, {
    action,
    entity: 'project_problem',
    entityId: String(after.id),
    before,
    after,
  });
  await bumpDataVersion(db);
}

/** The problem to change, locked, at the version the writer read, and not yet closed. */
async function openProblemForUpdate(db: AtlasDb, id: string, version: number): Promise<ProblemRow> {
  const key = Number(id);
  if (!Number.isSafeInteger(key)) throw notFound('问题 / problem', id);
  const [before] = await db.select().from(projectProblems).where(eq(projectProblems.id, key)).for('update');
  if (!before) throw notFound('问题 / problem', id);
  if (before.version !== version) throw staleVersion('problem', id, version, before.version);
  if (before.status === 'CLOSED')
    throw badInput(`问题 ${id} 已关闭 / problem ${id} is already closed`, { field: 'status' });
  return before;
}

async function changeProblem(
  ctx: CoreContext,
  id: string,
  version: number,
  change: (before: ProblemRow) => Partial<ProblemRow>,
): Promise<ProjectProblem> {
  return ctx.db
    .transaction(async (tx) => {
      const before = await openProblemForUpdate(tx, id, version);
      const [after] = await tx
        .update(projectProblems)
        .set({ ...change(before), version: before.version + 1, updatedAt: new Date() })
        .where(eq(projectProblems.id, before.id))
        .returning();
      if (!after) throw new Error('write returned no row');
      await audited(ctx, tx, 'UPDATE', before, after);
      return { ...after, overdue: problemOverdue(after, today()) };
    })
    .catch(translateDbError);
}

/** A planner assigns a problem (督办): the unit that must act and the day it must be solved by. */
export async function assignProblem(
  ctx: CoreContext,
  id: string,
  version: number,
  input: { responsibleUnit: string; dueOn: string },
): Promise<ProjectProblem> {
  requirePermission(ctx.actor, 'superviseProblems');
  const responsibleUnit = checkedText(input.responsibleUnit, 'responsibleUnit', 'name');
  const dueOn = checkedDay(input.dueOn, 'dueOn');
  return changeProblem(ctx, id, version, () => ({
    status: 'ASSIGNED',
    responsibleUnit,
    dueOn,
    assignedBy: ctx.actor.name,
  }));
}

/** A planner closes a problem, saying how it was solved; a closed problem stays in the ledger. */
export async function closeProblem(
  ctx: CoreContext,
  id: string,
  version: number,
  note: string,
): Promise<ProjectProblem> {
  requirePermission(ctx.actor, 'superviseProblems');
  if (!note || note.trim().length === 0)
    throw badInput('关闭问题须填写说明 / closing a problem needs a note', { field: 'note' });
  const closingNote = checkedText(note.trim(), 'note', 'note');
  return changeProblem(ctx, id, version, () => ({
    status: 'CLOSED',
    closingNote,
    closedBy: ctx.actor.name,
    closedAt: new Date(),
  }));
}
