/** Units of plan figures; labels are the plan's own words so the UI can print them as leaders read them. */
export const UNITS = {
  PERCENT: { zh: '%', en: '%' },
  PERCENTAGE_POINTS: { zh: '个百分点', en: 'percentage points' },
  YI_YUAN: { zh: '亿元', en: '100 million yuan' },
  COUNT: { zh: '个', en: '' },
  ENTERPRISES: { zh: '家', en: 'enterprises' },
  PERSON_TIMES: { zh: '人次', en: 'person-times' },
  HOUSING_UNITS: { zh: '套', en: 'units' },
  TONNES_PER_DAY: { zh: '吨/日', en: 't/day' },
  KVA: { zh: '千伏安', en: 'kVA' },
  KV: { zh: '千伏', en: 'kV' },
  KM: { zh: '千米', en: 'km' },
  MU: { zh: '亩', en: 'mu' },
} as const;
export type Unit = keyof typeof UNITS;
