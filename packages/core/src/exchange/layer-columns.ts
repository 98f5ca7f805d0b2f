import type { ExportColumn } from '@atlas/exchange';

/** Money in 亿元 as the plan states it, two decimals shown (four kept: one 万元). */
export const MONEY_YI_FORMAT = '#,##0.00';
/** Money in 万元 as zone offices report it. */
export const MONEY_WAN_FORMAT = '#,##0.00';

export const text = (key: string, zh: string, en: string): ExportColumn => ({ key, zh, en, type: 'string' });
export const integer = (key: string, zh: string, en: string): ExportColumn => ({
  key,
  zh,
  en,
  type: 'integer',
  numFmt: '#,##0',
});
export const decimal = (key: string, zh: string, en: string, numFmt = '#,##0.00'): ExportColumn => ({
  key,
  zh,
  en,
  type: 'number',
  numFmt,
});
export const date = (key: string, zh: string, en: string): ExportColumn => ({ key, zh, en, type: 'date' });
export const flag = (key: string, zh: string, en: string): ExportColumn => ({ key, zh, en, type: 'boolean' });

export const moneyYi = (key: string, zh: string, en: string): ExportColumn =>
  decimal(key, `${zh}(亿元)`, `${en} (100 million yuan)`, MONEY_YI_FORMAT);
export const moneyWan = (key: string, zh: string, en: string): ExportColumn =>
  decimal(key, `${zh}(万元)`, `${en} (10,000 yuan)`, MONEY_WAN_FORMAT);

/** Every exported row says where it came from: the record's provenance, always the last columns. */
export const PROVENANCE_COLUMNS: readonly ExportColumn[] = [
  text('sourceKind', '来源类型', 'Source kind'),
  text('sourceCitation', '来源', 'Source'),
];

/** Where a feature's geometry came from, when that differs (a plan fact drawn approximately). */
export const GEOMETRY_PROVENANCE_COLUMNS: readonly ExportColumn[] = [
  text('geometrySourceKind', '几何来源类型', 'Geometry source kind'),
  text('geometrySourceCitation', '几何来源', 'Geometry source'),
];

/** The version a re-import sends back, so an edit made meanwhile is not overwritten. */
export const VERSION_COLUMN = integer('version', '版本', 'Version');

/** A works' schedule (road links, grid projects, facilities, relocation sites). */
export const SCHEDULE_COLUMNS: readonly ExportColumn[] = [
  date('plannedStartOn', '计划开工', 'Planned start'),
  date('plannedFinishOn', '计划完工', 'Planned finish'),
  decimal('progressPercent', '进度(%)', 'Progress (%)', '0.0'),
  text('responsibleUnit', '责任单位', 'Responsible unit'),
];

/** The provenance columns a feature layer ends with. */
export const FEATURE_TAIL: readonly ExportColumn[] = [...PROVENANCE_COLUMNS, ...GEOMETRY_PROVENANCE_COLUMNS];
