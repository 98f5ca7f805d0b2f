import { approximated, fromPlan, type Provenance } from '../provenance';
import type { Comparator } from './comparator';

/** 千亿级主导产业集群 (LEADING) or 百亿级特色产业集群 (SPECIALTY). */
export const CLUSTER_TIERS = ['LEADING', 'SPECIALTY'] as const;
export type ClusterTier = (typeof CLUSTER_TIERS)[number];

export interface ClusterMemberFact {
  readonly zoneCode: string;
  readonly provenance: Provenance;
}

export interface ClusterFact {
  readonly code: string;
  readonly name: string;
  readonly nameEn: string;
  readonly tier: ClusterTier;
  readonly revenueTarget2014: {
    readonly valueYi: number;
    readonly comparator: Comparator;
    readonly quote: string;
  };
  readonly members: readonly ClusterMemberFact[];
  /** The plan lists members with "等": more zones may join than it names. */
  readonly membersOpenEnded: boolean;
  /** Where the plan places the cluster when it names no zone (the cable cluster: 中心城区). */
  readonly placeNote: string | null;
  readonly provenance: Provenance;
}

const TIER_SECTION = fromPlan('§二(一)1');
const member = (zoneCode: string, section = '§二(一)1'): ClusterMemberFact => ({
  zoneCode,
  provenance: fromPlan(section),
});

/** The plan's two 千亿 leading and five 百亿 specialty clusters with their 2014 revenue targets (§一(二)). */
export const CLUSTERS: readonly ClusterFact[] = [
  {
    code: 'food',
    name: '食品加工产业集群',
    nameEn: 'Food processing',
    tier: 'LEADING',
    revenueTarget2014: { valueYi: 700, comparator: 'APPROX', quote: '食品产业集群主营业务收入接近700亿元' },
    members: [member('zhoukou-etdz'), member('shenqiu')],
    membersOpenEnded: true,
    placeNote: null,
    provenance: TIER_SECTION,
  },
  {
    code: 'textile',
    name: '纺织服装(制鞋)产业集群',
    nameEn: 'Textile and apparel (shoes)',
    tier: 'LEADING',
    revenueTarget2014: { valueYi: 500, comparator: 'GT', quote: '纺织服装产业集群主营业务收入超过500亿元' },
    members: [member('fugou'), member('taikang')],
    membersOpenEnded: true,
    placeNote: null,
    provenance: TIER_SECTION,
  },
  {
    code: 'pharma',
    name: '医药产业集群',
    nameEn: 'Pharmaceuticals',
    tier: 'SPECIALTY',
    revenueTarget2014: { valueYi: 400, comparator: 'APPROX', quote: '医药产业集群主营业务收入接近400亿元' },
    members: [member('xiangcheng'), member('dancheng')],
    membersOpenEnded: false,
    placeNote: null,
    provenance: TIER_SECTION,
  },
  {
    code: 'cable',
    name: '光电缆产业集群',
    nameEn: 'Optical and electric cable',
    tier: 'SPECIALTY',
    revenueTarget2014: { valueYi: 200, comparator: 'APPROX', quote: '电气电缆产业集群接近200亿元' },
    // The plan places this cluster in 中心城区 by its anchors, naming no zone: we read that as the two
    // zones of the central district, where public sources place 科信 and 久通.
    members: ['zhoukou-etdz', 'chuanhui'].map((zoneCode) => ({
      zoneCode,
      provenance: approximated(
        'Plan §二(一)1 places the cluster in 中心城区 without naming a zone; read as the central district’s two zones, where 科信 and 久通 are reported',
      ),
    })),
    membersOpenEnded: false,
    placeNote: '中心城区 (central city); the plan names the anchor enterprises, not a zone',
    provenance: TIER_SECTION,
  },
  {
    code: 'equipment',
    name: '装备制造产业集群',
    nameEn: 'Equipment manufacturing',
    tier: 'SPECIALTY',
    revenueTarget2014: {
      valueYi: 100,
      comparator: 'APPROX',
      quote: '装备制造、锅炉制造、塑料制品主营业务收入均接近100亿元',
    },
    members: [member('fugou')],
    membersOpenEnded: false,
    placeNote: null,
    provenance: TIER_SECTION,
  },
  {
    code: 'boiler',
    name: '锅炉制造产业集群',
    nameEn: 'Boiler manufacturing',
    tier: 'SPECIALTY',
    revenueTarget2014: {
      valueYi: 100,
      comparator: 'APPROX',
      quote: '装备制造、锅炉制造、塑料制品主营业务收入均接近100亿元',
    },
    members: [member('taikang')],
    membersOpenEnded: false,
    placeNote: null,
    provenance: TIER_SECTION,
  },
  {
    code: 'plastics',
    name: '塑料制品产业集群',
    nameEn: 'Plastic products',
    tier: 'SPECIALTY',
    revenueTarget2014: {
      valueYi: 100,
      comparator: 'APPROX',
      quote: '装备制造、锅炉制造、塑料制品主营业务收入均接近100亿元',
    },
    members: [member('huaiyang')],
    membersOpenEnded: false,
    placeNote: null,
    provenance: TIER_SECTION,
  },
];

/** Looks a cluster up by code; throws on an unknown code so a typo in the data fails loudly. */
export function clusterByCode(code: string): ClusterFact {
  const cluster = CLUSTERS.find((c) => c.code === code);
  if (!cluster) throw new Error(`unknown cluster code ${code}`);
  return cluster;
}
