import type { FacilityKind, FacilityLevel } from '../plan/vocabulary';
import { ZONES } from '../plan/zones';
import { DEMO_POSITION, DEMO_PROVENANCE, pointInZone } from './context';
import { type DemoRandom, seq } from './random';
import type { FacilityRecord } from './records';

interface FacilitySpec {
  kind: FacilityKind;
  count: number;
  label: string;
  level?: FacilityLevel;
}

/** Service facilities the plan counts but does not name (§二(一)3, §二(二)); one demo record per count. */
const SPECS: readonly FacilitySpec[] = [
  { kind: 'QUALITY_INSPECTION_CENTRE', count: 1, label: '国家级质检中心(筹建)', level: 'NATIONAL' },
  { kind: 'QUALITY_INSPECTION_CENTRE', count: 5, label: '省级质检中心', level: 'PROVINCIAL' },
  { kind: 'INCUBATOR', count: 2, label: '科技企业孵化器' },
  { kind: 'TRAINING_BASE', count: 2, label: '实训基地' },
  { kind: 'EMPLOYMENT_SERVICE_PLATFORM', count: 4, label: '用工服务平台' },
  { kind: 'ENGINEERING_RESEARCH_CENTRE', count: 2, label: '省级工程技术研究中心' },
  { kind: 'POSTDOCTORAL_WORKSTATION', count: 1, label: '博士后科研工作站' },
  { kind: 'SUPPORTING_INDUSTRIAL_PARK', count: 10, label: '配套产业园' },
];

export function demoFacilities(rng: DemoRandom): FacilityRecord[] {
  let n = 0;
  return SPECS.flatMap((spec) =>
    Array.from({ length: spec.count }, (_, i) => {
      const zone = ZONES[(n + i * 3) % ZONES.length];
      if (!zone) throw new Error('no zones');
      n += 1;
      return {
        code: `demo-facility-${seq(n)}`,
        name: `示例${spec.label}${seq(i + 1, 2)}`,
        kind: spec.kind,
        level: spec.level ?? null,
        zoneCode: zone.code,
        status: rng.pick(['PLANNED', 'UNDER_CONSTRUCTION', 'OPERATING'] as const),
        capacity: null,
        capacityUnit: null,
        geometry: pointInZone(zone.code, rng.between(0, 1), rng.between(0, 1)),
        provenance: DEMO_PROVENANCE,
        geometryProvenance: DEMO_POSITION,
      };
    }),
  );
}
