import { ZONES } from '../plan/zones';
import { DEMO_POSITION, DEMO_PROVENANCE, pointInZone } from './context';
import { apportion, type DemoRandom, seq } from './random';
import type { HousingProjectRecord } from './records';

/** §二(四)2: 6,593 public rental units to start in 2014. */
export const PLAN_PUBLIC_RENTAL_UNITS = 6593;

/** One demo public-rental project per zone; planned units add up to the plan's 6,593. */
export function demoHousingProjects(rng: DemoRandom): HousingProjectRecord[] {
  const planned = apportion(
    PLAN_PUBLIC_RENTAL_UNITS,
    ZONES.map(() => rng.between(0.5, 1.5)),
  );
  return ZONES.map((zone, i) => {
    const unitsPlanned = planned[i] as number;
    const unitsStarted = Math.round(unitsPlanned * rng.between(0.7, 1));
    return {
      code: `demo-housing-${seq(i + 1, 2)}`,
      name: `示例公租房项目${seq(i + 1, 2)}`,
      kind: 'PUBLIC_RENTAL' as const,
      zoneCode: zone.code,
      unitsPlanned,
      unitsStarted,
      unitsCompleted: Math.round(unitsStarted * rng.between(0, 0.3)),
      geometry: pointInZone(zone.code, rng.between(0, 1), rng.between(0, 1)),
      provenance: DEMO_PROVENANCE,
      geometryProvenance: DEMO_POSITION,
    };
  });
}
