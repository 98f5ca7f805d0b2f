import type { ProjectStatus } from '@atlas/data';
import { bumpDataVersion, schema } from '@atlas/db';
import { desc, eq } from 'drizzle-orm';
import type { MultiPolygon, Point, Polygon } from 'geojson';
import { requireRole } from '../actor';
import { writeAudit } from '../audit';
import type { CoreContext } from '../context';
import { badInput, notFound } from '../errors';
import {
  checkedGeometry,
  checkedMoney,
  type ProvenanceInput,
  requireCluster,
  requireZone,
  staleVersion,
  translateDbError,
  writtenProvenance,
} from '../write-checks';
import { checkStatusDate, checkStatusTransition } from './project-status';

const { projects, projectStatusChanges } = schema;
export type ProjectRow = typeof projects.$inferSelect;
type ProjectGeometry = Point | Polygon | MultiPolygon;
const PROJECT_SHAPES = ['Point', 'Polygon', 'MultiPolygon'] as const;

export interface ProjectInput {
  readonly name: string;
  readonly zoneCode: string;
  readonly clusterCode?: string | null;
  readonly investmentYi: number;
  readonly status: ProjectStatus;
  /** When the project reached `status`; today if not given. */
  readonly statusDate?: string | null;
  readonly geometry: unknown;
  readonly provenance?: ProvenanceInput | null;
}

export interface ProjectPatch {
  readonly name?: string | null;
  readonly zoneCode?: string | null;
  readonly clusterCode?: string | null;
  readonly investmentYi?: number | null;
  readonly status?: ProjectStatus | null;
  readonly statusDate?: string | null;
  readonly geometry?: unknown;
  readonly provenance?: ProvenanceInput | null;
}

const geometrySourceOf = (p: { kind: ProjectRow['sourceKind']; citation: string }) => ({
  geometrySourceKind: p.kind,
  geometrySourceCitation: p.citation,
});

const today = () => new Date().toISOString().slice(0, 10);

function checkedName(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > 200)
    throw badInput('项目名称须为 1–200 字 / name must be 1–200 characters');
  return trimmed;
}

/** Creates a project with its first status, audited, in one transaction. Planner or admin. */
export async function createProject(ctx: CoreContext, input: ProjectInput): Promise<ProjectRow> {
  requireRole(ctx.actor, 'planner');
  const name = checkedName(input.name);
  checkedMoney(input.investmentYi, 'investmentYi');
  const geometry = checkedGeometry<ProjectGeometry>(input.geometry, PROJECT_SHAPES);
  const provenance = writtenProvenance(ctx.actor, input.provenance);
  const on = input.statusDate ?? today();
  checkStatusDate(on, null, today());
  return ctx.db
    .transaction(async (tx) => {
      await requireZone(tx, input.zoneCode);
      await requireCluster(tx, input.clusterCode);
      const [row] = await tx
        .insert(projects)
        .values({
          name,
          zoneCode: input.zoneCode,
          clusterCode: input.clusterCode ?? null,
          investmentYi: input.investmentYi,
          status: input.status,
          geometry,
          sourceKind: provenance.kind,
          sourceCitation: provenance.citation,
          geometrySourceKind: provenance.kind,
          geometrySourceCitation: provenance.citation,
        })
        .returning();
      if (!row) throw new Error('insert returned no row');
      await tx.insert(projectStatusChanges).values({
        projectId: row.id,
        status: input.status,
        changedOn: on,
        sourceKind: provenance.kind,
        sourceCitation: provenance.citation,
      });
      await writeAudit(tx, ctx.actor, {
        action: 'CREATE',
        entity: 'project',
        entityId: row.id,
        before: null,
        after: row,
      });
      await bumpDataVersion(tx);
      return row;
    })
    .catch(translateDbError);
}

/**
 * Applies a patch to a project if `version` is still current; a stale version is refused, never
 * overwritten. A status change is checked (one stage forward) and dated in the history.
 */
export async function updateProject(
  ctx: CoreContext,
  id: string,
  version: number,
  patch: ProjectPatch,
): Promise<ProjectRow> {
  requireRole(ctx.actor, 'planner');
  const name = patch.name != null ? checkedName(patch.name) : undefined;
  checkedMoney(patch.investmentYi, 'investmentYi');
  const geometry =
    patch.geometry != null ? checkedGeometry<ProjectGeometry>(patch.geometry, PROJECT_SHAPES) : undefined;
  const provenance = patch.provenance ? writtenProvenance(ctx.actor, patch.provenance) : undefined;
  return ctx.db
    .transaction(async (tx) => {
      const [before] = await tx.select().from(projects).where(eq(projects.id, id)).for('update');
      if (!before) throw notFound('project', id);
      if (before.version !== version) throw staleVersion('project', id, version, before.version);
      await requireZone(tx, patch.zoneCode);
      await requireCluster(tx, patch.clusterCode);
      const statusChanges = patch.status != null && patch.status !== before.status;
      if (statusChanges) {
        checkStatusTransition(before.status, patch.status as ProjectStatus);
        const [last] = await tx
          .select({ on: projectStatusChanges.changedOn })
          .from(projectStatusChanges)
          .where(eq(projectStatusChanges.projectId, id))
          .orderBy(desc(projectStatusChanges.changedOn))
          .limit(1);
        checkStatusDate(patch.statusDate ?? today(), last?.on ?? null, today());
      }
      const [after] = await tx
        .update(projects)
        .set({
          ...(name !== undefined ? { name } : {}),
          ...(patch.zoneCode ? { zoneCode: patch.zoneCode } : {}),
          ...(patch.clusterCode !== undefined ? { clusterCode: patch.clusterCode } : {}),
          ...(patch.investmentYi != null ? { investmentYi: patch.investmentYi } : {}),
          ...(statusChanges ? { status: patch.status as ProjectStatus } : {}),
          ...(geometry ? { geometry } : {}),
          ...(provenance ? { sourceKind: provenance.kind, sourceCitation: provenance.citation } : {}),
          // A moved geometry is the writer's, whatever the record's origin: it is no longer the demo's or the approximation's.
          ...(geometry ? geometrySourceOf(provenance ?? writtenProvenance(ctx.actor, null)) : {}),
          version: before.version + 1,
          updatedAt: new Date(),
        })
        .where(eq(projects.id, id))
        .returning();
      if (!after) throw notFound('project', id);
      if (statusChanges) {
        await tx.insert(projectStatusChanges).values({
          projectId: id,
          status: after.status,
          changedOn: patch.statusDate ?? today(),
          sourceKind: provenance?.kind ?? 'SURVEYED',
          sourceCitation: provenance?.citation ?? `entered by ${ctx.actor.name} through the API`,
        });
      }
      await writeAudit(tx, ctx.actor, { action: 'UPDATE', entity: 'project', entityId: id, before, after });
      await bumpDataVersion(tx);
      return after;
    })
    .catch(translateDbError);
}
