import { roundCoordinate } from '@atlas/geo';
import { countyByAdcode } from '../plan/counties';
import { ZONES } from '../plan/zones';
import { DEMO_POSITION, DEMO_PROVENANCE, pointInZone } from './context';
import { apportion, type DemoRandom, seq } from './random';
import type { RelocationSiteRecord } from './records';

/** §二(四)1: 22 villages, 4,542 resettlement units to start, 1,182 to be basically completed. */
export const PLAN_VILLAGES = 22;
export const PLAN_RESETTLEMENT_UNITS_STARTED = 4542;

/**
 * 22 demo villages spread over the zones, whose planned resettlement units add up to the plan's
 * 4,542; progress (started, completed) is demo and falls short of or meets the plan, as real
 * progress would.
 */
export function demoRelocationSites(rng: DemoRandom): RelocationSiteRecord[] {
  const households = Array.from({ length: PLAN_VILLAGES }, () => rng.int(90, 420));
  const planned = apportion(PLAN_RESETTLEMENT_UNITS_STARTED, households);
  return households.map((h, i) => {
    const zone = ZONES[i % ZONES.length];
    if (!zone) throw new Error('no zones');
    const seat = countyByAdcode(zone.countyAdcode).seat;
    const origin = pointInZone(zone.code, rng.between(0, 1), rng.between(0, 1));
    const unitsPlanned = planned[i] as number;
    const unitsStarted = Math.round(unitsPlanned * rng.between(0.6, 1));
    const unitsCompleted = Math.round(unitsStarted * rng.between(0.1, 0.45));
    // Resettlement communities go toward town: a point between the village and the county seat.
    const t = rng.between(0.55, 0.8);
    const destination = {
      type: 'Point' as const,
      coordinates: [0, 1].map((k) =>
        roundCoordinate((origin.coordinates[k] as number) * (1 - t) + (seat[k] as number) * t),
      ),
    };
    return {
      code: `demo-relocation-${seq(i + 1, 2)}`,
      villageName: `示例村${seq(i + 1, 2)}`,
      zoneCode: zone.code,
      communityName: `示例安置社区${seq(i + 1, 2)}`,
      households: h,
      unitsPlanned,
      unitsStarted,
      unitsCompleted,
      startedOn: new Date(Date.UTC(2014, rng.int(2, 10), rng.int(1, 28))).toISOString().slice(0, 10),
      origin,
      destination,
      provenance: DEMO_PROVENANCE,
      geometryProvenance: DEMO_POSITION,
    };
  });
}
