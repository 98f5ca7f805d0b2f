import type { ProjectStatus, Provenance } from '@atlas/data';
import { type AtlasDb, schema } from '@atlas/db';
import { desc, eq } from 'drizzle-orm';
import type { MultiPolygon, Point, Polygon } from 'geojson';
import { requirePermission, requireZonePermission } from '../actor';
import type { CoreContext } from '../context';
import { checkTopology } from '../features/geometry-topology';
import { createFeature, updateFeature } from '../features/write-feature';
import { checkedText } from '../text-checks';
import {
  checkedGeometry,
  checkedMoney,
  type ProvenanceInput,
  requireCluster,
  requireZone,
  writtenProvenance,
} from '../write-checks';
import { requireClusterOfZone, requireInZoneCounty } from './project-placement';
import { checkStatusDate, checkStatusTransition } from './project-status';

const { projectStatusChanges } = schema;
export type ProjectRow = typeof schema.projects.$inferSelect;
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

const today = () => new Date().toISOString().slice(0, 10);

const checkedName = (name: string) => checkedText(name, 'name', 'name');

async function recordStatus(
  db: AtlasDb,
  projectId: string,
  status: ProjectStatus,
  on: string,
  source: Provenance,
) {
  await db
    .insert(projectStatusChanges)
    .values({ projectId, status, changedOn: on, sourceKind: source.kind, sourceCitation: source.citation });
}

async function lastStatusDate(db: AtlasDb, projectId: string): Promise<string | null> {
  const [last] = await db
    .select({ on: projectStatusChanges.changedOn })
    .from(projectStatusChanges)
    .where(eq(projectStatusChanges.projectId, projectId))
    .orderBy(desc(projectStatusChanges.changedOn))
    .limit(1);
  return last?.on ?? null;
}

/**
 * A patch's zone, cluster and geometry, merged with the project's, checked against each other when
 * the patch changes one of them: the geometry in the zone's county, the cluster one the zone hosts.
 * An untouched project is not re-judged, so a status change never fails on an old placement.
 */
async function checkPlacement(
  db: AtlasDb,
  before: ProjectRow,
  patch: ProjectPatch,
  geometry: ProjectGeometry | undefined,
): Promise<void> {
  const zoneCode = patch.zoneCode || before.zoneCode;
  const clusterCode = patch.clusterCode !== undefined ? patch.clusterCode : before.clusterCode;
  if (patch.zoneCode || patch.clusterCode !== undefined)
    await requireClusterOfZone(db, zoneCode, clusterCode);
  if (patch.zoneCode || geometry) await requireInZoneCounty(db, zoneCode, geometry ?? before.geometry);
}

/**
 * Creates a project with its first dated status, audited, in one transaction. Planner or admin, or
 * the zone reporter of the project's zone.
 */
export function createProject(ctx: CoreContext, input: ProjectInput): Promise<ProjectRow> {
  requireZonePermission(ctx.actor, 'writeProjects', input.zoneCode);
  const name = checkedName(input.name);
  checkedMoney(input.investmentYi, 'investmentYi');
  const geometry = checkedGeometry<ProjectGeometry>(input.geometry, PROJECT_SHAPES);
  const provenance = writtenProvenance(ctx.actor, input.provenance);
  const on = input.statusDate ?? today();
  checkStatusDate(on, null, today());
  return createFeature(
    ctx,
    'PROJECTS',
    {
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
    },
    {
      action: 'writeProjects',
      check: async (db) => {
        await requireZone(db, input.zoneCode);
        await requireCluster(db, input.clusterCode);
        await requireClusterOfZone(db, input.zoneCode, input.clusterCode);
        await checkTopology(db, geometry);
        await requireInZoneCounty(db, input.zoneCode, geometry);
      },
      after: (db, row) => recordStatus(db, row.id, input.status, on, provenance),
    },
  );
}

/**
 * Applies a patch to a project if `version` is still current; a stale version is refused, never
 * overwritten. A status change is checked (one stage forward) and dated in the history. A moved
 * geometry becomes the writer's, whatever the record's origin. A zone reporter may change only a
 * project of its own zone, and may not move it to another zone.
 */
export function updateProject(
  ctx: CoreContext,
  id: string,
  version: number,
  patch: ProjectPatch,
): Promise<ProjectRow> {
  requirePermission(ctx.actor, 'writeProjects');
  const name = patch.name != null ? checkedName(patch.name) : undefined;
  checkedMoney(patch.investmentYi, 'investmentYi');
  const geometry =
    patch.geometry != null ? checkedGeometry<ProjectGeometry>(patch.geometry, PROJECT_SHAPES) : undefined;
  const provenance = patch.provenance ? writtenProvenance(ctx.actor, patch.provenance) : undefined;
  const writer = provenance ?? writtenProvenance(ctx.actor, null);
  const on = patch.statusDate ?? today();
  const changesStatus = (before: ProjectRow) => patch.status != null && patch.status !== before.status;
  return updateFeature(
    ctx,
    'PROJECTS',
    id,
    version,
    (before) => ({
      ...(name !== undefined ? { name } : {}),
      ...(patch.zoneCode ? { zoneCode: patch.zoneCode } : {}),
      ...(patch.clusterCode !== undefined ? { clusterCode: patch.clusterCode } : {}),
      ...(patch.investmentYi != null ? { investmentYi: patch.investmentYi } : {}),
      ...(changesStatus(before) ? { status: patch.status as ProjectStatus } : {}),
      ...(geometry
        ? { geometry, geometrySourceKind: writer.kind, geometrySourceCitation: writer.citation }
        : {}),
      ...(provenance ? { sourceKind: provenance.kind, sourceCitation: provenance.citation } : {}),
    }),
    {
      action: 'writeProjects',
      check: async (db, before) => {
        // Both zones: the one the project is in, and the one the patch would move it to.
        if (before) requireZonePermission(ctx.actor, 'writeProjects', before.zoneCode);
        if (patch.zoneCode) requireZonePermission(ctx.actor, 'writeProjects', patch.zoneCode);
        await requireZone(db, patch.zoneCode);
        await requireCluster(db, patch.clusterCode);
        if (geometry) await checkTopology(db, geometry);
        if (before) await checkPlacement(db, before, patch, geometry);
        if (!before || !changesStatus(before)) return;
        checkStatusTransition(before.status, patch.status as ProjectStatus);
        checkStatusDate(on, await lastStatusDate(db, id), today());
      },
      after: async (db, after, before) => {
        if (before && changesStatus(before)) await recordStatus(db, id, after.status, on, writer);
      },
    },
  );
}
