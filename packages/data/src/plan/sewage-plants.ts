import { fromPlan, fromPublicSource, type Provenance } from '../provenance';
import type { WorksStatus } from './vocabulary';

export interface SewagePlantFact {
  readonly code: string;
  readonly name: string;
  readonly zoneCode: string;
  readonly status: Extract<WorksStatus, 'UNDER_CONSTRUCTION' | 'OPERATING'>;
  /** Capacity in t/day when a source states it; null rather than a guess. */
  readonly capacityTonnesPerDay: number | null;
  readonly capacitySource: string | null;
  readonly provenance: Provenance;
}

/**
 * The four plants the plan names as under construction (§二(三)2), and the one public sources
 * report already running at 扶沟. The plan gives no per-plant capacity, only +100,000 t/day in all.
 */
export const SEWAGE_PLANTS: readonly SewagePlantFact[] = [
  ...(
    [
      ['xiangcheng', '项城'],
      ['dancheng', '郸城'],
      ['shangshui', '商水'],
      ['taikang', '太康'],
    ] as const
  ).map(([zoneCode, place]) => ({
    code: `sewage-${zoneCode}`,
    name: `${place}产业集聚区污水处理厂(在建)`,
    zoneCode,
    status: 'UNDER_CONSTRUCTION' as const,
    capacityTonnesPerDay: null,
    capacitySource: null,
    provenance: fromPlan('§二(三)2'),
  })),
  {
    code: 'sewage-fugou',
    name: '扶沟县产业集聚区污水处理厂(一期)',
    zoneCode: 'fugou',
    status: 'OPERATING',
    capacityTonnesPerDay: 30000,
    capacitySource: '周口日报 2011-05-23: about 30,000 t/day, phase 1',
    provenance: fromPublicSource('周口日报 2011-05-23: 扶沟 sewage plant phase 1, 2011'),
  },
];
