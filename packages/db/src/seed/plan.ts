import {
  approximated,
  CLUSTERS,
  ENTERPRISES,
  INSPECTION_RULES,
  LATER_STAR_LEVELS,
  PLAN_RULES,
  PLAN_TARGETS,
  pointInFootprint,
  SEWAGE_PLANTS,
  ZONES,
  zoneFootprint,
} from '@atlas/data';
import type { AtlasDb } from '../client';
import {
  clusterMemberships,
  clusters,
  enterpriseClusters,
  enterprises,
  facilities,
  inspectionRules,
  planRules,
  planTargets,
  zoneStarLevels,
  zones,
} from '../schema';
import { geometrySource, source } from './provenance';

export async function seedZones(db: AtlasDb): Promise<void> {
  await db.insert(zones).values(
    ZONES.map((z) => {
      const fp = zoneFootprint(z);
      return {
        code: z.code,
        name: z.name,
        nameEn: z.nameEn,
        countyAdcode: z.countyAdcode,
        starLevel: z.starLevel2014,
        plannedAreaKm2: z.footprint.areaKm2,
        footprint: { type: 'MultiPolygon' as const, coordinates: [fp.polygon.coordinates] },
        seat: fp.seat,
        ...source(z.provenance),
        ...geometrySource(fp.provenance),
      };
    }),
  );
  await db.insert(zoneStarLevels).values([
    ...ZONES.map((z) => ({
      zoneCode: z.code,
      year: 2014,
      level: z.starLevel2014,
      aim: z.aim2014,
      aimStrive: z.aimStrive,
      ...source(z.provenance),
    })),
    ...LATER_STAR_LEVELS.map((l) => ({
      zoneCode: l.zoneCode,
      year: l.year,
      level: l.level,
      ...source(l.provenance),
    })),
  ]);
}

export async function seedClusters(db: AtlasDb): Promise<void> {
  await db.insert(clusters).values(
    CLUSTERS.map((c) => ({
      code: c.code,
      name: c.name,
      nameEn: c.nameEn,
      tier: c.tier,
      membersOpenEnded: c.membersOpenEnded,
      placeNote: c.placeNote,
      ...source(c.provenance),
    })),
  );
  await db
    .insert(clusterMemberships)
    .values(
      CLUSTERS.flatMap((c) =>
        c.members.map((m) => ({ clusterCode: c.code, zoneCode: m.zoneCode, ...source(m.provenance) })),
      ),
    );
}

export async function seedEnterprises(db: AtlasDb): Promise<void> {
  await db.insert(enterprises).values(
    ENTERPRISES.map((e) => ({
      id: e.code,
      name: e.name,
      role: e.role,
      zoneCode: e.zoneCode,
      zoneSourceKind: e.zoneProvenance?.kind ?? null,
      zoneSourceCitation: e.zoneProvenance?.citation ?? null,
      location: null,
      ...source(e.provenance),
    })),
  );
  await db
    .insert(enterpriseClusters)
    .values(
      ENTERPRISES.flatMap((e) =>
        e.clusterCodes.map((clusterCode) => ({ enterpriseId: e.code, clusterCode })),
      ),
    );
}

export async function seedTargetsAndRules(db: AtlasDb): Promise<void> {
  await db.insert(planTargets).values(
    PLAN_TARGETS.map((t) => ({
      metric: t.metric,
      scope: t.scope.kind,
      zoneCode: t.scope.kind === 'ZONE' ? t.scope.zoneCode : null,
      clusterCode: t.scope.kind === 'CLUSTER' ? t.scope.clusterCode : null,
      year: t.year,
      value: t.value,
      valueMax: t.valueMax,
      unit: t.unit,
      comparator: t.comparator,
      strive: t.strive,
      quote: t.quote,
      ...source(t.provenance),
    })),
  );
  await db
    .insert(planRules)
    .values(PLAN_RULES.map(({ provenance, ...r }) => ({ ...r, ...source(provenance) })));
  await db
    .insert(inspectionRules)
    .values(INSPECTION_RULES.map(({ provenance, ...r }) => ({ ...r, ...source(provenance) })));
}

const SEWAGE_POSITION = approximated(
  'Placed in the south-east quarter of the zone’s schematic footprint; the plant’s real site is not public.',
);

export async function seedSewagePlants(db: AtlasDb): Promise<void> {
  await db.insert(facilities).values(
    SEWAGE_PLANTS.map((p) => {
      const zone = ZONES.find((z) => z.code === p.zoneCode);
      if (!zone) throw new Error(`unknown zone ${p.zoneCode}`);
      return {
        id: p.code,
        name: p.name,
        kind: 'SEWAGE_PLANT' as const,
        zoneCode: p.zoneCode,
        status: p.status,
        capacity: p.capacityTonnesPerDay,
        capacityUnit: p.capacityTonnesPerDay === null ? null : 't/day',
        location: {
          type: 'Point' as const,
          coordinates: pointInFootprint(zoneFootprint(zone).polygon, 0.8, 0.2),
        },
        ...source(p.provenance),
        ...geometrySource(SEWAGE_POSITION),
      };
    }),
  );
}
