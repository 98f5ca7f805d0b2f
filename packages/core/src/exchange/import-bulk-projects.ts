import type { ProjectStatus } from '@atlas/data';
import { bumpDataVersion, schema, selectRows } from '@atlas/db';
import { sql } from 'drizzle-orm';
import type { MultiPolygon, Point, Polygon } from 'geojson';
import { requireZonePermission } from '../actor';
import type { CoreContext } from '../context';
import { COUNTY_TOLERANCE_DEG } from '../projects/project-placement';
import { checkStatusDate } from '../projects/project-status';
import { checkedText } from '../text-checks';
import { checkedGeometry, checkedMoney, type ProvenanceInput, writtenProvenance } from '../write-checks';
import type { ImportRowInput } from './import-writers';

type ProjectGeometry = Point | Polygon | MultiPolygon;
const PROJECT_SHAPES = ['Point', 'Polygon', 'MultiPolygon'] as const;

/** Rows per INSERT: a few hundred keeps each statement's parameters well under PostgreSQL's 65,535. */
const CHUNK = 250;

interface Candidate {
  readonly index: number;
  readonly values: typeof schema.projects.$inferInsert;
  readonly statusOn: string;
  readonly provenance: ProvenanceInput & { kind: typeof schema.projects.$inferInsert.sourceKind };
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * `createProject`'s checks that need no database, in its order; null when one fails (the row then
 * goes through `createProject` itself, which says why).
 */
function checkedCandidate(ctx: CoreContext, index: number, row: ImportRowInput): Candidate | null {
  const v = row.values as Record<string, unknown>;
  try {
    requireZonePermission(ctx.actor, 'writeProjects', v.zoneCode as string);
    const name = checkedText(v.name as string, 'name', 'name');
    checkedMoney(v.investmentYi as number, 'investmentYi');
    const geometry = checkedGeometry<ProjectGeometry>(row.geometry, PROJECT_SHAPES);
    const provenance = writtenProvenance(ctx.actor, row.provenance);
    const on = (v.statusDate as string | undefined) ?? today();
    checkStatusDate(on, null, today());
    return {
      index,
      statusOn: on,
      provenance,
      values: {
        name,
        zoneCode: v.zoneCode as string,
        clusterCode: (v.clusterCode as string | undefined) ?? null,
        investmentYi: v.investmentYi as number,
        status: v.status as ProjectStatus,
        geometry,
        sourceKind: provenance.kind,
        sourceCitation: provenance.citation,
        geometrySourceKind: provenance.kind,
        geometrySourceCitation: provenance.citation,
      },
    };
  } catch {
    return null;
  }
}

/**
 * The rows whose zone, cluster, cluster-of-zone, topology and county placement pass
 * (`requireZone`, `requireCluster`, `requireClusterOfZone`, `checkTopology`, `requireInZoneCounty`),
 * each asked once for all rows instead of once per row.
 */
async function passingDatabaseChecks(
  db: CoreContext['db'],
  candidates: readonly Candidate[],
): Promise<Set<number>> {
  if (candidates.length === 0) return new Set();
  const rows = JSON.stringify(
    candidates.map((c) => ({
      i: c.index,
      zone: c.values.zoneCode,
      cluster: c.values.clusterCode,
      g: c.values.geometry,
    })),
  );
  const passing = await selectRows<{ i: number }>(
    db,
    sql`WITH r AS (
          SELECT (e->>'i')::int AS i, e->>'zone' AS zone, e->>'cluster' AS cluster,
                 ST_SetSRID(ST_GeomFromGeoJSON(e->'g'), 4326) AS g
          FROM jsonb_array_elements(${rows}::jsonb) e)
        SELECT r.i FROM r
        JOIN zones z ON z.code = r.zone
        JOIN counties c ON c.adcode = z.county_adcode
        WHERE (r.cluster IS NULL OR EXISTS (
                SELECT 1 FROM cluster_memberships m WHERE m.zone_code = r.zone AND m.cluster_code = r.cluster))
          AND (GeometryType(r.g) = 'POINT' OR ST_IsValid(r.g))
          AND (ST_CoveredBy(r.g, c.boundary) OR ST_CoveredBy(r.g, ST_Buffer(c.boundary, ${COUNTY_TOLERANCE_DEG})))`,
  );
  return new Set(passing.map((p) => p.i));
}

async function insertChunk(ctx: CoreContext, chunk: readonly Candidate[]): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const inserted = await tx
      .insert(schema.projects)
      .values(chunk.map((c) => c.values))
      .returning();
    await tx.insert(schema.projectStatusChanges).values(
      inserted.map((row, i) => ({
        projectId: row.id,
        status: row.status,
        changedOn: chunk[i]?.statusOn ?? today(),
        sourceKind: chunk[i]?.provenance.kind ?? row.sourceKind,
        sourceCitation: chunk[i]?.provenance.citation ?? row.sourceCitation,
      })),
    );
    await tx.insert(schema.auditLog).values(
      inserted.map((row) => ({
        actor: `${ctx.actor.name} (${ctx.actor.role})`,
        action: 'CREATE',
        entity: 'project',
        entityId: row.id,
        before: null,
        after: row,
      })),
    );
  });
}

/**
 * Creates many projects with `createProject`'s rules at a fraction of its statements: its checks
 * without the database run per row, those with the database once for all rows, and the rows that
 * pass are inserted a chunk at a time with their status history and one audit record each (as
 * `createFeature` writes them), bumping the data version once. Rows that fail a check, or whose
 * chunk the database refuses, are returned for the caller to send through `createProject`, so
 * their errors are the verb's own words; import-features.test.ts checks both paths store the
 * same record.
 *
 * Call inside the import's transaction.
 */
export async function bulkCreateProjects(
  ctx: CoreContext,
  rows: readonly ImportRowInput[],
): Promise<{ created: Set<number>; unchecked: number[] }> {
  const candidates: Candidate[] = [];
  const unchecked: number[] = [];
  rows.forEach((row, index) => {
    const candidate = checkedCandidate(ctx, index, row);
    if (candidate) candidates.push(candidate);
    else unchecked.push(index);
  });
  const passing = await passingDatabaseChecks(ctx.db, candidates);
  const ready = candidates.filter((c) => passing.has(c.index));
  unchecked.push(...candidates.filter((c) => !passing.has(c.index)).map((c) => c.index));
  const created = new Set<number>();
  for (let at = 0; at < ready.length; at += CHUNK) {
    const chunk = ready.slice(at, at + CHUNK);
    try {
      await insertChunk(ctx, chunk);
      for (const c of chunk) created.add(c.index);
    } catch {
      unchecked.push(...chunk.map((c) => c.index));
    }
  }
  if (created.size > 0) await bumpDataVersion(ctx.db);
  return { created, unchecked: unchecked.sort((a, b) => a - b) };
}
