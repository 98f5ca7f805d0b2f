import { Period } from '@atlas/data/period';
import { type Comparator, label } from './enums';
import { LANGUAGE_TAG, type Locale } from './locale';

/** A figure from the API: null where no data stands behind it. */
export type Amount = number | null | undefined;

/** The API's `Unit` enum: the units plan targets are stated in. */
export type TargetUnit =
  | 'PERCENT'
  | 'PERCENTAGE_POINTS'
  | 'YI_YUAN'
  | 'COUNT'
  | 'ENTERPRISES'
  | 'PERSON_TIMES'
  | 'HOUSING_UNITS'
  | 'TONNES_PER_DAY'
  | 'KVA'
  | 'KV'
  | 'KM'
  | 'MU';

/** What is being counted, for `formatCount`. */
export type CountUnit = 'households' | 'units' | 'projects' | 'enterprises' | 'villages';

/** Shown for a missing figure, in both languages. */
export const NO_FIGURE = '—';

/** Between the two ends of a range: the plan writes 1—2家; English sets ranges with an en dash. */
const RANGE_DASH: Record<Locale, string> = { zh: '—', en: '–' };

/**
 * How a unit is written: the factor from the API's unit to the one shown, and the words around the
 * number. `singular` is for English "1 enterprise".
 */
interface Measure {
  factor?: number;
  prefix?: string;
  suffix: string;
  singular?: string;
  maxDecimals?: number;
}

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * A number in the locale's digits. Chinese is ungrouped, as in the plan's own text, which brings
 * large figures down with 万 and 亿 instead; English groups thousands.
 */
function formatNumber(value: number, locale: Locale, maxDecimals = 2): string {
  const key = `${locale}:${maxDecimals}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(LANGUAGE_TAG[locale], {
      maximumFractionDigits: maxDecimals,
      useGrouping: locale === 'en',
    });
    formatters.set(key, formatter);
  }
  return formatter.format(value);
}

function isFigure(value: Amount): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** One figure or a range, written once with its unit: `60—80%`, `CNY 0.5–2 bn`. */
function writeMeasured(values: number[], measure: Measure, locale: Locale): string {
  const shown = values.map((v) => v * (measure.factor ?? 1));
  const numbers = shown.map((v) => formatNumber(v, locale, measure.maxDecimals)).join(RANGE_DASH[locale]);
  const one = shown.length === 1 && shown[0] === 1;
  const suffix = one && measure.singular !== undefined ? measure.singular : measure.suffix;
  return `${measure.prefix ?? ''}${numbers}${suffix}`;
}

/**
 * 亿元 in English: millions below 1 bn, billions from there. A range takes its upper end's scale so
 * the unit is written once.
 */
function yiMeasure(values: number[], locale: Locale): Measure {
  if (locale === 'zh') return { suffix: '亿元' };
  const largest = Math.max(...values.map(Math.abs));
  return largest >= 10
    ? { prefix: 'CNY ', factor: 0.1, suffix: ' bn' }
    : { prefix: 'CNY ', factor: 100, suffix: ' m' };
}

/**
 * Money given in 亿元 (1 亿 = 100 million yuan).
 *
 * @example
 * formatYi(825, 'zh'); // '825亿元'
 * formatYi(825, 'en'); // 'CNY 82.5 bn'
 * formatYi(1.38, 'en'); // 'CNY 138 m'
 */
export function formatYi(valueYi: Amount, locale: Locale): string {
  return isFigure(valueYi) ? writeMeasured([valueYi], yiMeasure([valueYi], locale), locale) : NO_FIGURE;
}

/**
 * Money given in 万元 (10,000 yuan), as the monthly reports and the ledger count it: 万元 in
 * Chinese, as the zones' offices write it; millions of yuan in English.
 *
 * @example
 * formatWan(1234.5, 'zh'); // '1234.5万元'
 * formatWan(1234.5, 'en'); // 'CNY 12.35 m'
 */
export function formatWan(valueWan: Amount, locale: Locale): string {
  if (!isFigure(valueWan)) return NO_FIGURE;
  const measure: Measure =
    locale === 'zh' ? { suffix: '万元' } : { prefix: 'CNY ', factor: 0.01, suffix: ' m', maxDecimals: 2 };
  return writeMeasured([valueWan], measure, locale);
}

const KVA: Record<Locale, Measure> = {
  zh: { factor: 1e-4, suffix: '万千伏安' },
  en: { factor: 1e-3, suffix: ' MVA' },
};

/**
 * Transformer capacity given in kVA: 万千伏安 in Chinese, as the plan writes it; MVA in English.
 *
 * @example
 * formatKva(250000, 'zh'); // '25万千伏安'
 * formatKva(63000, 'en'); // '63 MVA'
 */
export function formatKva(kva: Amount, locale: Locale): string {
  return isFigure(kva) ? writeMeasured([kva], KVA[locale], locale) : NO_FIGURE;
}

const KV: Record<Locale, Measure> = { zh: { suffix: '千伏' }, en: { suffix: ' kV' } };

/** Voltage: `110千伏` / `110 kV`. */
export function formatKv(kv: Amount, locale: Locale): string {
  return isFigure(kv) ? writeMeasured([kv], KV[locale], locale) : NO_FIGURE;
}

const KM: Record<Locale, Measure> = { zh: { suffix: '公里' }, en: { suffix: ' km' } };

/** Length: `51.78公里` / `51.78 km`. */
export function formatKm(km: Amount, locale: Locale): string {
  return isFigure(km) ? writeMeasured([km], KM[locale], locale) : NO_FIGURE;
}

const KM2: Record<Locale, Measure> = { zh: { suffix: '平方公里' }, en: { suffix: ' km²' } };

/** Area: `12.5平方公里` / `12.5 km²`. */
export function formatAreaKm2(km2: Amount, locale: Locale): string {
  return isFigure(km2) ? writeMeasured([km2], KM2[locale], locale) : NO_FIGURE;
}

const COUNT: Record<Locale, Record<CountUnit, Measure>> = {
  zh: {
    households: { suffix: '户' },
    units: { suffix: '套' },
    projects: { suffix: '个' },
    enterprises: { suffix: '家' },
    villages: { suffix: '个村' },
  },
  en: {
    households: { suffix: ' households', singular: ' household' },
    units: { suffix: ' housing units', singular: ' housing unit' },
    projects: { suffix: ' projects', singular: ' project' },
    enterprises: { suffix: ' enterprises', singular: ' enterprise' },
    villages: { suffix: ' villages', singular: ' village' },
  },
};

/**
 * A count of households, housing units, projects, enterprises or villages.
 *
 * @example
 * formatCount(1280, 'households', 'zh'); // '1280户'
 * formatCount(1280, 'households', 'en'); // '1,280 households'
 * formatCount(1, 'villages', 'en'); // '1 village'
 */
export function formatCount(n: Amount, unit: CountUnit, locale: Locale): string {
  return isFigure(n) ? writeMeasured([n], COUNT[locale][unit], locale) : NO_FIGURE;
}

const PERCENT: Measure = { suffix: '%', maxDecimals: 1 };

/** A number that is already a percentage, to one decimal: `87.4%`. */
export function formatPercent(p: Amount, locale: Locale): string {
  return isFigure(p) ? writeMeasured([p], PERCENT, locale) : NO_FIGURE;
}

/** How each target unit is written, except 亿元, whose English scale depends on the figure. */
const TARGET_UNIT: Record<Locale, Record<Exclude<TargetUnit, 'YI_YUAN'>, Measure>> = {
  zh: {
    PERCENT,
    PERCENTAGE_POINTS: { suffix: '个百分点' },
    COUNT: { suffix: '个' },
    ENTERPRISES: { suffix: '家' },
    PERSON_TIMES: { suffix: '人次' },
    HOUSING_UNITS: { suffix: '套' },
    TONNES_PER_DAY: { suffix: '吨/日' },
    KVA: KVA.zh,
    KV: KV.zh,
    KM: KM.zh,
    MU: { suffix: '亩' },
  },
  en: {
    PERCENT,
    PERCENTAGE_POINTS: { suffix: ' percentage points', singular: ' percentage point' },
    COUNT: { suffix: '' },
    ENTERPRISES: COUNT.en.enterprises,
    PERSON_TIMES: { suffix: ' person-times', singular: ' person-time' },
    HOUSING_UNITS: COUNT.en.units,
    TONNES_PER_DAY: { suffix: ' t/day' },
    KVA: KVA.en,
    KV: KV.en,
    KM: KM.en,
    MU: { suffix: ' mu' },
  },
};

/**
 * A plan target's figure in its unit; with `valueMax`, a range with the unit written once.
 *
 * @example
 * formatTargetValue(60, 80, 'PERCENT', 'zh'); // '60—80%'
 * formatTargetValue(1, 2, 'ENTERPRISES', 'en'); // '1–2 enterprises'
 * formatTargetValue(200, null, 'YI_YUAN', 'en'); // 'CNY 20 bn'
 */
export function formatTargetValue(value: Amount, valueMax: Amount, unit: TargetUnit, locale: Locale): string {
  if (!isFigure(value)) return NO_FIGURE;
  const values = isFigure(valueMax) ? [value, valueMax] : [value];
  const measure = unit === 'YI_YUAN' ? yiMeasure(values, locale) : TARGET_UNIT[locale][unit];
  return writeMeasured(values, measure, locale);
}

/**
 * A formatted figure with the comparator it binds by: `超过200亿元`, `over CNY 20 bn`.
 *
 * @example
 * formatCompared('GT', formatYi(200, 'en'), 'en'); // 'over CNY 20 bn'
 */
export function formatCompared(comparator: Comparator, figure: string, locale: Locale): string {
  const word = label('Comparator', comparator, locale);
  if (!word) return figure;
  return locale === 'zh' ? `${word}${figure}` : `${word} ${figure}`;
}

const QUARTER_ZH = ['一', '二', '三', '四'];

/**
 * A reporting period, read as the API reads it (`Period` of `@atlas/data`): `2014Q3` is a quarter,
 * `2014` a whole year, `2014M07` a month. Anything else is shown as given, so an unexpected period
 * is still readable.
 *
 * @example
 * formatQuarter('2014Q3', 'zh'); // '2014年第三季度'
 * formatQuarter('2014Q3', 'en'); // 'Q3 2014'
 */
export function formatQuarter(period: string | null | undefined, locale: Locale): string {
  if (!period) return NO_FIGURE;
  const p = Period.parse(period.trim());
  if (!p) return period;
  if (p.quarter !== null) {
    return locale === 'zh' ? `${p.year}年第${QUARTER_ZH[p.quarter - 1]}季度` : `Q${p.quarter} ${p.year}`;
  }
  if (p.month !== null)
    return locale === 'zh' ? `${p.year}年${p.month}月` : `${MONTH_EN[p.month - 1]} ${p.year}`;
  return locale === 'zh' ? `${p.year}年` : `${p.year}`;
}

const MONTH_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A calendar date given as `YYYY-MM-DD`. The parts are read from the string, never through a
 * `Date`, so the day shown is the day recorded whatever the machine's timezone; the English month
 * names are fixed here because ICU versions disagree ("Sep" / "Sept").
 *
 * @example
 * formatDate('2014-07-15', 'zh'); // '2014年7月15日'
 * formatDate('2014-07-15', 'en'); // '15 Jul 2014'
 */
export function formatDate(isoDate: string | null | undefined, locale: Locale): string {
  if (!isoDate) return NO_FIGURE;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate.trim());
  const month = MONTH_EN[Number(match?.[2]) - 1];
  if (!match || !month) return isoDate;
  const [, year, , day] = match;
  return locale === 'zh'
    ? `${year}年${Number(match[2])}月${Number(day)}日`
    : `${Number(day)} ${month} ${year}`;
}

/**
 * The formatters with the locale filled in, for `useLocale().fmt`.
 *
 * @example
 * formattersFor('en').yi(825); // 'CNY 82.5 bn'
 */
export function formattersFor(locale: Locale) {
  return {
    yi: (valueYi: Amount) => formatYi(valueYi, locale),
    wan: (valueWan: Amount) => formatWan(valueWan, locale),
    kva: (kva: Amount) => formatKva(kva, locale),
    kv: (kv: Amount) => formatKv(kv, locale),
    km: (km: Amount) => formatKm(km, locale),
    areaKm2: (km2: Amount) => formatAreaKm2(km2, locale),
    count: (n: Amount, unit: CountUnit) => formatCount(n, unit, locale),
    percent: (p: Amount) => formatPercent(p, locale),
    targetValue: (value: Amount, valueMax: Amount, unit: TargetUnit) =>
      formatTargetValue(value, valueMax, unit, locale),
    compared: (comparator: Comparator, figure: string) => formatCompared(comparator, figure, locale),
    quarter: (period: string | null | undefined) => formatQuarter(period, locale),
    date: (isoDate: string | null | undefined) => formatDate(isoDate, locale),
  };
}

export type Formatters = ReturnType<typeof formattersFor>;
