import { fromPlan, fromPublicSource, type Provenance } from '../provenance';

/** ANCHOR: named by the plan as a cluster's base; LEADING: a leading firm a public source names. */
export const ENTERPRISE_ROLES = ['ANCHOR', 'LEADING', 'KEY', 'SUPPORTING'] as const;
export type EnterpriseRole = (typeof ENTERPRISE_ROLES)[number];

export interface EnterpriseFact {
  readonly code: string;
  readonly name: string;
  readonly role: EnterpriseRole;
  readonly clusterCodes: readonly string[];
  /** The zone it sits in, when a public source says; null when unverified. */
  readonly zoneCode: string | null;
  readonly zoneProvenance: Provenance | null;
  readonly provenance: Provenance;
}

/** Enterprises the plan names, and the few leading firms public sources place in a zone. */
export const ENTERPRISES: readonly EnterpriseFact[] = [
  {
    code: 'kexin-cable',
    name: '科信电缆',
    role: 'ANCHOR',
    clusterCodes: ['cable'],
    zoneCode: 'zhoukou-etdz',
    zoneProvenance: fromPublicSource(
      'company page quoted in 2016: founded 1993, in the 周口 economic development zone (low confidence)',
    ),
    provenance: fromPlan('§二(一)1'),
  },
  {
    code: 'jiutong-cable',
    name: '久通电缆',
    role: 'ANCHOR',
    clusterCodes: ['cable'],
    zoneCode: 'chuanhui',
    zoneProvenance: fromPublicSource('周口日报 2025-10-16: founded 2012 in 川汇区; 2014 output above 5 亿元'),
    provenance: fromPlan('§二(一)1'),
  },
  {
    code: 'yangguang-cable',
    name: '阳光电缆',
    role: 'ANCHOR',
    clusterCodes: ['cable'],
    zoneCode: null,
    zoneProvenance: null,
    provenance: fromPlan('§二(一)1'),
  },
  {
    code: 'yihai-kerry',
    name: '益海嘉里',
    role: 'LEADING',
    clusterCodes: ['food'],
    zoneCode: 'zhoukou-etdz',
    zoneProvenance: fromPublicSource('local government page: food firms of the 周口 development zone'),
    provenance: fromPublicSource('local government page: food firms of the 周口 development zone'),
  },
  {
    code: 'luhua',
    name: '鲁花',
    role: 'LEADING',
    clusterCodes: ['food'],
    zoneCode: 'zhoukou-etdz',
    zoneProvenance: fromPublicSource('local government page: food firms of the 周口 development zone'),
    provenance: fromPublicSource('local government page: food firms of the 周口 development zone'),
  },
  {
    code: 'lianhua',
    name: '莲花味精',
    role: 'LEADING',
    clusterCodes: ['food'],
    zoneCode: 'xiangcheng',
    zoneProvenance: fromPublicSource('周口网 2020: 项城 莲花 (Lotus), Zhoukou’s food-industry leader (MSG)'),
    provenance: fromPublicSource('周口网 2020: 项城 莲花 (Lotus), Zhoukou’s food-industry leader (MSG)'),
  },
];
