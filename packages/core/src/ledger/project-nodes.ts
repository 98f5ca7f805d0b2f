import { PROJECT_NODES, type ProjectNode, type Provenance } from '@atlas/data';
import { type AtlasDb, bumpDataVersion, schema } from '@atlas/db';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { requirePermission } from '../actor';
import { writeAudit } from '../audit';
import type { CoreContext } from '../context';
import { badInput } from '../errors';
import { translateDbError, writtenProvenance } from '../write-checks';
import { checkedDay, today } from './ledger-dates';
import { projectForLedgerWrite } from './ledger-project';

const { projectNodes } = schema;
type NodeRow = typeof projectNodes.$inferSelect;

/** A lifecycle node as the ledger shows it at a day. */
export interface ProjectNodeState {
  readonly projectId: string;
  readonly node: ProjectNode;
  readonly plannedOn: string | null;
  readonly actualOn: string | null;
  readonly overdue: boolean;
  readonly provenance: Provenance;
  readonly version: number;
}

/**
 * Whether a node was overdue at the end of `asOf`: its planned day had passed and it had not been
 * reached by then (an actual day after `asOf` was still in the future at `asOf`).
 *
 * @example nodeOverdue({ plannedOn: '2014-08-01', actualOn: null }, '2014-09-30'); // true
 */
export function nodeOverdue(
  node: { plannedOn: string | null; actualOn: string | null },
  asOf: string,
): boolean {
  if (!node.plannedOn || node.plannedOn >= asOf) return false;
  return node.actualOn === null || node.actualOn > asOf;
}

const nodeIndex = (node: string) => PROJECT_NODES.indexOf(node as ProjectNode);

function stateOf(row: NodeRow, asOf: string): ProjectNodeState {
  return {
    projectId: row.projectId,
    node: row.node,
    plannedOn: row.plannedOn,
    actualOn: row.actualOn,
    overdue: nodeOverdue(row, asOf),
    provenance: { kind: row.sourceKind, citation: row.sourceCitation },
    version: row.version,
  };
}

/** The nodes of some projects (all when `projectIds` is null), in lifecycle order, as at `asOf`. */
export async function projectNodeStates(
  db: AtlasDb,
  projectIds: readonly string[] | null,
  asOf: string = today(),
): Promise<ProjectNodeState[]> {
  if (projectIds && projectIds.length === 0) return [];
  const rows = await db
    .select()
    .from(projectNodes)
    .where(projectIds ? inArray(projectNodes.projectId, [...projectIds]) : undefined)
    .orderBy(asc(projectNodes.projectId));
  return rows
    .sort((a, b) => a.projectId.localeCompare(b.projectId) || nodeIndex(a.node) - nodeIndex(b.node))
    .map((r) => stateOf(r, asOf));
}

/**
 * Refuses a date that would put the node before an earlier node or after a later one (签约 before
 * 开工, 开工 before 竣工 …), naming both nodes.
 */
function checkNodeOrder(
  node: ProjectNode,
  field: 'plannedOn' | 'actualOn',
  day: string | null,
  others: readonly NodeRow[],
): void {
  if (!day) return;
  const at = nodeIndex(node);
  for (const other of others) {
    const theirs = other[field];
    if (!theirs || other.node === node) continue;
    const earlier = nodeIndex(other.node) < at;
    if (earlier ? theirs > day : theirs < day)
      throw badInput(
        `节点 ${node} 的${field === 'plannedOn' ? '计划' : '实际'}日期 ${day} ${earlier ? '早于' : '晚于'}节点 ${other.node} 的 ${theirs},违反节点顺序 / ${node}.${field} ${day} is ${earlier ? 'before' : 'after'} ${other.node}.${field} ${theirs}: nodes keep their order`,
        { field, node, conflictsWith: other.node },
      );
  }
}

export interface NodePlanInput {
  readonly projectId: string;
  readonly node: ProjectNode;
  /** Omitted: kept as it is; null: cleared. */
  readonly plannedOn?: string | null;
  readonly actualOn?: string | null;
}

/**
 * Sets a node's planned and/or actual day, keeping the lifecycle's order on both; an actual day
 * cannot be in the future. Zone-scoped: a zone reporter only for its own zone's projects.
 */
export async function setProjectNodePlan(ctx: CoreContext, input: NodePlanInput): Promise<ProjectNodeState> {
  requirePermission(ctx.actor, 'writeProjectLedger');
  if (!PROJECT_NODES.includes(input.node))
    throw badInput(`未知节点 ${input.node} / unknown node ${input.node}`);
  if (input.plannedOn === undefined && input.actualOn === undefined)
    throw badInput('请给出计划日期或实际日期 / give plannedOn or actualOn');
  if (input.plannedOn) checkedDay(input.plannedOn, 'plannedOn');
  if (input.actualOn) checkedDay(input.actualOn, 'actualOn');
  if (input.actualOn && input.actualOn > today())
    throw badInput(
      `实际日期 ${input.actualOn} 不能晚于今天 / actualOn ${input.actualOn} cannot be in the future`,
      {
        field: 'actualOn',
      },
    );
  const provenance = writtenProvenance(ctx.actor, null);
  return ctx.db
    .transaction(async (tx) => {
      const project = await projectForLedgerWrite(ctx, tx, input.projectId, 'writeProjectLedger');
      const rows = await tx
        .select()
        .from(projectNodes)
        .where(eq(projectNodes.projectId, project.id))
        .for('update');
      const before = rows.find((r) => r.node === input.node) ?? null;
      const plannedOn = input.plannedOn === undefined ? (before?.plannedOn ?? null) : input.plannedOn;
      const actualOn = input.actualOn === undefined ? (before?.actualOn ?? null) : input.actualOn;
      checkNodeOrder(input.node, 'plannedOn', plannedOn, rows);
      checkNodeOrder(input.node, 'actualOn', actualOn, rows);
      const values = {
        plannedOn,
        actualOn,
        sourceKind: provenance.kind,
        sourceCitation: provenance.citation,
      };
      const [after] = before
        ? await tx
            .update(projectNodes)
            .set({ ...values, version: before.version + 1, updatedAt: new Date() })
            .where(and(eq(projectNodes.projectId, project.id), eq(projectNodes.node, input.node)))
            .returning()
        : await tx
            .insert(projectNodes)
            .values({ ...values, projectId: project.id, node: input.node })
            .returning();
      if (!after) throw new Error('write returned no row');
      await writeAudit(tx, ctx.actor, {
        action: before ? 'UPDATE' : 'CREATE',
        entity: 'project_node',
        entityId: `${project.id}:${input.node}`,
        before,
        after,
      });
      await bumpDataVersion(tx);
      return stateOf(after, today());
    })
    .catch(translateDbError);
}
