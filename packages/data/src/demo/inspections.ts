import { ZONES } from '../plan/zones';
import { DEMO_PROVENANCE } from './context';
import type { DemoRandom } from './random';
import type { InspectionRoundRecord } from './records';

const ROUNDS = [
  { code: 'demo-2014Q3', period: '2014Q3', kind: 'QUARTERLY', heldOn: '2014-10-16' },
  { code: 'demo-2014Q4', period: '2014Q4', kind: 'QUARTERLY', heldOn: '2014-12-18' },
  { code: 'demo-2014Y', period: '2014', kind: 'YEAR_END', heldOn: '2015-01-22' },
] as const;

/** Demo scores out of 100 for each zone at each round; a zone's form carries over from round to round. */
export function demoInspectionRounds(rng: DemoRandom): InspectionRoundRecord[] {
  const form = ZONES.map(() => rng.between(68, 90));
  return ROUNDS.map((round) => ({
    ...round,
    scores: ZONES.map((zone, i) => ({
      zoneCode: zone.code,
      score: Math.round(Math.min(99, (form[i] as number) + rng.between(-6, 6)) * 10) / 10,
    })),
    provenance: DEMO_PROVENANCE,
  }));
}
