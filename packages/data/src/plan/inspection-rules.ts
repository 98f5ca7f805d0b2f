import { fromPlan, type Provenance } from '../provenance';

/** The plan's rhythm: 月开会、季观摩、年终总观摩. */
export const INSPECTION_KINDS = ['MONTHLY_MEETING', 'QUARTERLY', 'YEAR_END'] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];

export interface InspectionRuleFact {
  readonly kind: InspectionKind;
  readonly name: string;
  /** Whether this kind of round ranks the zones. */
  readonly ranks: boolean;
  readonly topCount: number;
  readonly topConsequence: string | null;
  readonly bottomCount: number;
  readonly bottomConsequence: string | null;
  readonly quote: string;
  readonly provenance: Provenance;
}

export const INSPECTION_RULES: readonly InspectionRuleFact[] = [
  {
    kind: 'MONTHLY_MEETING',
    name: '月开会',
    ranks: false,
    topCount: 0,
    topConsequence: null,
    bottomCount: 0,
    bottomConsequence: null,
    quote: '采取“月开会、季观摩、年终总观摩”的督办形式',
    provenance: fromPlan('§三(五)'),
  },
  {
    kind: 'QUARTERLY',
    name: '季观摩',
    ranks: true,
    topCount: 3,
    topConsequence: '经验介绍',
    bottomCount: 3,
    bottomConsequence: '表态发言',
    quote: '排名前三名的产业集聚区作经验介绍,后三名的产业集聚区作表态发言',
    provenance: fromPlan('§三(五)'),
  },
  {
    kind: 'YEAR_END',
    name: '年终总观摩',
    ranks: true,
    topCount: 3,
    topConsequence: '奖励',
    bottomCount: 2,
    bottomConsequence: '通报批评',
    quote: '对排名前三名的产业集聚区进行奖励,对排名后两名的产业集聚区通报批评',
    provenance: fromPlan('§三(五)'),
  },
];
