import type { DemoData, Provenance } from '@atlas/data';
import type { Point } from 'geojson';
import type { AtlasDb } from '../client';
import {
  facilities,
  gridProjects,
  housingProjects,
  inspectionRounds,
  inspectionScores,
  progressReports,
  projectStatusChanges,
  projects,
  relocationSites,
  roadLinks,
} from '../schema';
import { geometrySource, source } from './provenance';

interface LocatedRecord {
  code: string;
  provenance: Provenance;
  geometryProvenance: Provenance;
}

/** A located demo record as a row: its code becomes the id, its provenances become columns. */
function locatedRow<T extends LocatedRecord>({ code, provenance, geometryProvenance, ...rest }: T) {
  return { id: code, ...rest, ...source(provenance), ...geometrySource(geometryProvenance) };
}

/** The same, for tables whose point column is called `location`. */
function pointRow<T extends LocatedRecord & { geometry: Point }>(record: T) {
  const { geometry, ...row } = locatedRow(record);
  return { ...row, location: geometry };
}

/** Inserts the generated 示例 records: every row says DEMO in its provenance. */
export async function seedDemo(db: AtlasDb, demo: DemoData): Promise<void> {
  await db.insert(projects).values(demo.projects.map(({ history, ...p }) => locatedRow(p)));
  await db.insert(projectStatusChanges).values(
    demo.projects.flatMap((p) =>
      p.history.map((h) => ({
        projectId: p.code,
        status: h.status,
        changedOn: h.on,
        ...source(p.provenance),
      })),
    ),
  );
  await db.insert(roadLinks).values(demo.roadLinks.map(locatedRow));
  await db.insert(gridProjects).values(demo.gridProjects.map(locatedRow));
  await db.insert(facilities).values(demo.facilities.map(pointRow));
  await db.insert(relocationSites).values(demo.relocationSites.map(locatedRow));
  await db.insert(housingProjects).values(demo.housingProjects.map(pointRow));
  await db
    .insert(progressReports)
    .values(demo.progressReports.map(({ provenance, ...r }) => ({ ...r, ...source(provenance) })));
  await db.insert(inspectionRounds).values(
    demo.inspectionRounds.map((r) => ({
      id: r.code,
      period: r.period,
      kind: r.kind,
      heldOn: r.heldOn,
      ...source(r.provenance),
    })),
  );
  await db.insert(inspectionScores).values(
    demo.inspectionRounds.flatMap((r) =>
      r.scores.map((s) => ({
        roundId: r.code,
        zoneCode: s.zoneCode,
        score: s.score,
        ...source(r.provenance),
      })),
    ),
  );
}
