import type { Point, Polygon, Position } from 'geojson';
import { pointInFootprint } from '../approximations/zone-footprints';
import { CLUSTERS } from '../plan/clusters';
import { PROJECT_STATUSES, type ProjectStatus } from '../plan/vocabulary';
import { ZONES } from '../plan/zones';
import { clustersOfZone, DEMO_POSITION, DEMO_PROVENANCE, footprintOf } from './context';
import { type DemoRandom, seq } from './random';
import type { ProjectRecord } from './records';

/** The plan's 200 major projects of ≥ 1 亿元 (§一(二)); the plan gives the count, not the projects. */
export const DEMO_PROJECT_COUNT = 200;

/** How far demo projects have got by the end of 2014. */
const STATUS_WEIGHTS: readonly [ProjectStatus, number][] = [
  ['PLANNED', 0.08],
  ['SIGNED', 0.12],
  ['STARTED', 0.42],
  ['COMPLETED', 0.18],
  ['IN_PRODUCTION', 0.2],
];

function drawStatus(rng: DemoRandom): ProjectStatus {
  let r = rng.next();
  for (const [status, weight] of STATUS_WEIGHTS) {
    r -= weight;
    if (r < 0) return status;
  }
  return 'IN_PRODUCTION';
}

/** Dated steps from PLANNED up to `status`, in order, all within 2014. */
function historyUpTo(status: ProjectStatus, rng: DemoRandom): { status: ProjectStatus; on: string }[] {
  const steps = PROJECT_STATUSES.slice(0, PROJECT_STATUSES.indexOf(status) + 1);
  let day = rng.int(1, 40);
  return steps.map((s) => {
    const on = new Date(Date.UTC(2014, 0, day)).toISOString().slice(0, 10);
    day = Math.min(day + rng.int(25, 80), 364);
    return { status: s, on };
  });
}

/** Most major projects invest a few 亿元; a few pass the plan's 5, 10 and 30 亿元 marks. */
function drawInvestment(rng: DemoRandom): number {
  // Skewed toward the low end: many projects of 1–5 亿元, a long tail up to 30.
  const yi = Math.exp(rng.next() ** 1.6 * Math.log(30));
  return Math.max(1, Math.round(yi * 100) / 100);
}

function drawGeometry(zoneCode: string, rng: DemoRandom): Point | Polygon {
  const fp = footprintOf(zoneCode);
  const u = rng.between(0.1, 0.85);
  const v = rng.between(0.1, 0.85);
  if (rng.next() < 0.8) return { type: 'Point', coordinates: pointInFootprint(fp, u, v) };
  const size = rng.between(0.04, 0.08);
  const ring: Position[] = [
    pointInFootprint(fp, u, v),
    pointInFootprint(fp, u + size, v),
    pointInFootprint(fp, u + size, v + size),
    pointInFootprint(fp, u, v + size),
  ];
  return { type: 'Polygon', coordinates: [[...ring, ring[0] as Position]] };
}

function drawCluster(zoneCode: string, rng: DemoRandom): string | null {
  const own = clustersOfZone(zoneCode);
  return own.length > 0 && rng.next() < 0.75 ? rng.pick(own) : null;
}

export function demoProjects(rng: DemoRandom): ProjectRecord[] {
  return Array.from({ length: DEMO_PROJECT_COUNT }, (_, i) => {
    const zone = ZONES[i % ZONES.length];
    if (!zone) throw new Error('no zones');
    const clusterCode = drawCluster(zone.code, rng);
    const cluster = CLUSTERS.find((c) => c.code === clusterCode);
    const status = drawStatus(rng);
    return {
      code: `demo-project-${seq(i + 1)}`,
      name: `示例项目${seq(i + 1)}·${cluster ? cluster.name.replace('产业集群', '') : '综合'}`,
      zoneCode: zone.code,
      clusterCode,
      investmentYi: drawInvestment(rng),
      status,
      history: historyUpTo(status, rng),
      geometry: drawGeometry(zone.code, rng),
      provenance: DEMO_PROVENANCE,
      geometryProvenance: DEMO_POSITION,
    };
  });
}
