import type { DemoData } from '@atlas/data';
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

/** Inserts the generated 示例 records: every row says DEMO in its provenance. */
export async function seedDemo(db: AtlasDb, demo: DemoData): Promise<void> {
  await db.insert(projects).values(
    demo.projects.map(({ code, history, provenance, geometryProvenance, ...p }) => ({
      id: code,
      ...p,
      ...source(provenance),
      ...geometrySource(geometryProvenance),
    })),
  );
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
  await db.insert(roadLinks).values(
    demo.roadLinks.map(({ code, provenance, geometryProvenance, ...r }) => ({
      id: code,
      ...r,
      ...source(provenance),
      ...geometrySource(geometryProvenance),
    })),
  );
  await db.insert(gridProjects).values(
    demo.gridProjects.map(({ code, provenance, geometryProvenance, ...g }) => ({
      id: code,
      ...g,
      ...source(provenance),
      ...geometrySource(geometryProvenance),
    })),
  );
  await db.insert(facilities).values(
    demo.facilities.map(({ code, provenance, geometryProvenance, geometry, ...f }) => ({
      id: code,
      ...f,
      location: geometry,
      ...source(provenance),
      ...geometrySource(geometryProvenance),
    })),
  );
  await db.insert(relocationSites).values(
    demo.relocationSites.map(({ code, provenance, geometryProvenance, ...r }) => ({
      id: code,
      ...r,
      ...source(provenance),
      ...geometrySource(geometryProvenance),
    })),
  );
  await db.insert(housingProjects).values(
    demo.housingProjects.map(({ code, provenance, geometryProvenance, geometry, ...h }) => ({
      id: code,
      ...h,
      location: geometry,
      ...source(provenance),
      ...geometrySource(geometryProvenance),
    })),
  );
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
