import { roundPosition } from '@atlas/geo';
import destination from '@turf/destination';
import type { LineString, Position } from 'geojson';
import type { RoadLinkKind } from '../plan/vocabulary';
import { ZONES } from '../plan/zones';
import { approximated } from '../provenance';
import { DEMO_POSITION, DEMO_PROVENANCE, pointInZone } from './context';
import { apportion, type DemoRandom, seq } from './random';
import type { GridProjectRecord, RoadLinkRecord } from './records';

const SCHEMATIC_LINE = approximated(
  'Schematic straight line from the zone’s footprint outward; the real alignment is not public.',
);

/** A straight line of `km` from `start` toward `bearing`, with a midpoint so it can be styled as a route. */
function schematicLine(start: Position, bearing: number, km: number): LineString {
  const at = (d: number) => roundPosition(destination(start, d, bearing).geometry.coordinates);
  return { type: 'LineString', coordinates: [start, at(km / 2), at(km)] };
}

/** §二(四)3: 7 road reconstructions in pre-work, 9 trunk projects (continued, new, repair) for 6.8 亿元. */
const ROAD_KINDS: readonly RoadLinkKind[] = [
  ...Array<RoadLinkKind>(7).fill('RECONSTRUCTION_PREWORK'),
  ...Array<RoadLinkKind>(3).fill('CONTINUED'),
  ...Array<RoadLinkKind>(3).fill('NEW'),
  ...Array<RoadLinkKind>(3).fill('REPAIR'),
];
const ROAD_KIND_NAMES: Record<RoadLinkKind, string> = {
  RECONSTRUCTION_PREWORK: '国省道改造前期',
  CONTINUED: '干线公路续建',
  NEW: '干线公路新开工',
  REPAIR: '干线公路大中修',
};
export const PLAN_TRUNK_ROAD_INVESTMENT_YI = 6.8;

export function demoRoadLinks(rng: DemoRandom): RoadLinkRecord[] {
  const trunkCount = ROAD_KINDS.filter((k) => k !== 'RECONSTRUCTION_PREWORK').length;
  const investments = apportion(
    PLAN_TRUNK_ROAD_INVESTMENT_YI,
    Array.from({ length: trunkCount }, () => rng.between(0.5, 1.5)),
    2,
  );
  let trunk = 0;
  return ROAD_KINDS.map((kind, i) => {
    const zone = ZONES[i % ZONES.length];
    if (!zone) throw new Error('no zones');
    const km = Math.round(rng.between(4, 14) * 10) / 10;
    const start = pointInZone(zone.code, rng.between(0, 1), rng.between(0, 1)).coordinates;
    return {
      code: `demo-road-${seq(i + 1, 2)}`,
      name: `示例道路${seq(i + 1, 2)}·${ROAD_KIND_NAMES[kind]}`,
      kind,
      zoneCode: zone.code,
      investmentYi: kind === 'RECONSTRUCTION_PREWORK' ? null : (investments[trunk++] as number),
      lengthKm: km,
      geometry: schematicLine(start, rng.between(0, 360), km),
      provenance: DEMO_PROVENANCE,
      geometryProvenance: SCHEMATIC_LINE,
    };
  });
}

/**
 * §二(四)3: five ≥ 110 kV projects adding 250,000 kVA and 51.78 km of line for 1.38 亿元.
 * Three substations carry the capacity and two lines the length, so each total is the plan's.
 */
const GRID_SPECS = [
  {
    kind: 'SUBSTATION',
    voltageKv: 110,
    transformerKva: 100000,
    lengthKm: null,
    zoneIndex: 0,
    status: 'CONTINUED',
  },
  { kind: 'SUBSTATION', voltageKv: 110, transformerKva: 100000, lengthKm: null, zoneIndex: 2, status: 'NEW' },
  { kind: 'SUBSTATION', voltageKv: 220, transformerKva: 50000, lengthKm: null, zoneIndex: 4, status: 'NEW' },
  { kind: 'LINE', voltageKv: 110, transformerKva: null, lengthKm: 28.4, zoneIndex: 6, status: 'CONTINUED' },
  { kind: 'LINE', voltageKv: 110, transformerKva: null, lengthKm: 23.38, zoneIndex: 8, status: 'NEW' },
] as const;
export const PLAN_GRID_INVESTMENT_YI = 1.38;

export function demoGridProjects(rng: DemoRandom): GridProjectRecord[] {
  const investments = apportion(
    PLAN_GRID_INVESTMENT_YI,
    GRID_SPECS.map(() => rng.between(0.7, 1.3)),
    2,
  );
  return GRID_SPECS.map((spec, i) => {
    const zone = ZONES[spec.zoneIndex];
    if (!zone) throw new Error('no zones');
    const at = pointInZone(zone.code, rng.between(0.2, 0.8), rng.between(0.2, 0.8));
    const what = spec.kind === 'SUBSTATION' ? '变电站' : '输电线路';
    return {
      code: `demo-grid-${seq(i + 1, 2)}`,
      name: `示例${spec.voltageKv}千伏${what}${seq(i + 1, 2)}`,
      kind: spec.kind,
      zoneCode: zone.code,
      voltageKv: spec.voltageKv,
      transformerKva: spec.transformerKva,
      lengthKm: spec.lengthKm,
      investmentYi: investments[i] as number,
      status: spec.status,
      geometry:
        spec.lengthKm === null ? at : schematicLine(at.coordinates, rng.between(0, 360), spec.lengthKm),
      provenance: DEMO_PROVENANCE,
      geometryProvenance: spec.kind === 'LINE' ? SCHEMATIC_LINE : DEMO_POSITION,
    };
  });
}
