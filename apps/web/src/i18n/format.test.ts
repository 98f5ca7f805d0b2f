import { describe, expect, it } from 'vitest';
import {
  formatAreaKm2,
  formatCompared,
  formatCount,
  formatDate,
  formatKm,
  formatKv,
  formatKva,
  formatPercent,
  formatQuarter,
  formatTargetValue,
  formattersFor,
  formatWan,
  formatYi,
} from './format';

describe('money in 万元', () => {
  it('stays in 万元 in Chinese and reads as millions of yuan in English', () => {
    expect(formatWan(1234.5, 'zh')).toBe('1234.5万元');
    expect(formatWan(1234.5, 'en')).toBe('CNY 12.35 m');
    expect(formatWan(0, 'en')).toBe('CNY 0 m');
    expect(formatWan(null, 'zh')).toBe('—');
  });
});

describe('money in 亿元', () => {
  it('stays in 亿元 in Chinese, without trailing zeros', () => {
    expect(formatYi(825, 'zh')).toBe('825亿元');
    expect(formatYi(1.38, 'zh')).toBe('1.38亿元');
    expect(formatYi(0.6, 'zh')).toBe('0.6亿元');
    expect(formatYi(2.5, 'zh')).toBe('2.5亿元');
  });

  it('is billions of yuan in English from 1 bn, millions below', () => {
    expect(formatYi(825, 'en')).toBe('CNY 82.5 bn');
    expect(formatYi(10, 'en')).toBe('CNY 1 bn');
    expect(formatYi(1.38, 'en')).toBe('CNY 138 m');
    expect(formatYi(0.6, 'en')).toBe('CNY 60 m');
    expect(formatYi(12345, 'en')).toBe('CNY 1,234.5 bn');
  });

  it('rounds to at most two decimals', () => {
    expect(formatYi(12.3456, 'zh')).toBe('12.35亿元');
    expect(formatYi(1.23456, 'en')).toBe('CNY 123.46 m');
  });

  it('shows a dash where there is no figure', () => {
    expect(formatYi(null, 'zh')).toBe('—');
    expect(formatYi(undefined, 'en')).toBe('—');
    expect(formatYi(Number.NaN, 'en')).toBe('—');
  });
});

describe('grid figures', () => {
  it('writes transformer capacity in 万千伏安 or MVA', () => {
    expect(formatKva(250000, 'zh')).toBe('25万千伏安');
    expect(formatKva(63000, 'zh')).toBe('6.3万千伏安');
    expect(formatKva(250000, 'en')).toBe('250 MVA');
    expect(formatKva(63000, 'en')).toBe('63 MVA');
    expect(formatKva(null, 'zh')).toBe('—');
  });

  it('writes voltage in 千伏 or kV', () => {
    expect(formatKv(110, 'zh')).toBe('110千伏');
    expect(formatKv(110, 'en')).toBe('110 kV');
  });
});

describe('lengths and areas', () => {
  it('writes kilometres', () => {
    expect(formatKm(51.78, 'zh')).toBe('51.78公里');
    expect(formatKm(51.78, 'en')).toBe('51.78 km');
  });

  it('writes square kilometres', () => {
    expect(formatAreaKm2(12.5, 'zh')).toBe('12.5平方公里');
    expect(formatAreaKm2(12.5, 'en')).toBe('12.5 km²');
  });
});

describe('counts', () => {
  it('uses the Chinese measure word for each thing counted, ungrouped', () => {
    expect(formatCount(1280, 'households', 'zh')).toBe('1280户');
    expect(formatCount(350, 'units', 'zh')).toBe('350套');
    expect(formatCount(12, 'projects', 'zh')).toBe('12个');
    expect(formatCount(5, 'enterprises', 'zh')).toBe('5家');
    expect(formatCount(3, 'villages', 'zh')).toBe('3个村');
  });

  it('groups thousands in English and is singular for one', () => {
    expect(formatCount(1280, 'households', 'en')).toBe('1,280 households');
    expect(formatCount(1, 'households', 'en')).toBe('1 household');
    expect(formatCount(350, 'units', 'en')).toBe('350 housing units');
    expect(formatCount(1, 'units', 'en')).toBe('1 housing unit');
    expect(formatCount(12, 'projects', 'en')).toBe('12 projects');
    expect(formatCount(1, 'enterprises', 'en')).toBe('1 enterprise');
    expect(formatCount(3, 'villages', 'en')).toBe('3 villages');
    expect(formatCount(0, 'villages', 'en')).toBe('0 villages');
  });
});

describe('percentages', () => {
  it('rounds an already-percent figure to one decimal', () => {
    expect(formatPercent(87.4, 'zh')).toBe('87.4%');
    expect(formatPercent(87.4, 'en')).toBe('87.4%');
    expect(formatPercent(87.46, 'en')).toBe('87.5%');
    expect(formatPercent(100, 'zh')).toBe('100%');
    expect(formatPercent(null, 'zh')).toBe('—');
  });
});

describe('plan target figures', () => {
  it('writes each unit in Chinese', () => {
    expect(formatTargetValue(15, null, 'PERCENT', 'zh')).toBe('15%');
    expect(formatTargetValue(2, null, 'PERCENTAGE_POINTS', 'zh')).toBe('2个百分点');
    expect(formatTargetValue(825, null, 'YI_YUAN', 'zh')).toBe('825亿元');
    expect(formatTargetValue(3, null, 'COUNT', 'zh')).toBe('3个');
    expect(formatTargetValue(10, null, 'ENTERPRISES', 'zh')).toBe('10家');
    expect(formatTargetValue(5000, null, 'PERSON_TIMES', 'zh')).toBe('5000人次');
    expect(formatTargetValue(2000, null, 'HOUSING_UNITS', 'zh')).toBe('2000套');
    expect(formatTargetValue(30000, null, 'TONNES_PER_DAY', 'zh')).toBe('30000吨/日');
    expect(formatTargetValue(250000, null, 'KVA', 'zh')).toBe('25万千伏安');
    expect(formatTargetValue(220, null, 'KV', 'zh')).toBe('220千伏');
    expect(formatTargetValue(51.78, null, 'KM', 'zh')).toBe('51.78公里');
    expect(formatTargetValue(1500, null, 'MU', 'zh')).toBe('1500亩');
  });

  it('writes each unit in English', () => {
    expect(formatTargetValue(15, null, 'PERCENT', 'en')).toBe('15%');
    expect(formatTargetValue(2, null, 'PERCENTAGE_POINTS', 'en')).toBe('2 percentage points');
    expect(formatTargetValue(1, null, 'PERCENTAGE_POINTS', 'en')).toBe('1 percentage point');
    expect(formatTargetValue(825, null, 'YI_YUAN', 'en')).toBe('CNY 82.5 bn');
    expect(formatTargetValue(0.6, null, 'YI_YUAN', 'en')).toBe('CNY 60 m');
    expect(formatTargetValue(3, null, 'COUNT', 'en')).toBe('3');
    expect(formatTargetValue(10, null, 'ENTERPRISES', 'en')).toBe('10 enterprises');
    expect(formatTargetValue(5000, null, 'PERSON_TIMES', 'en')).toBe('5,000 person-times');
    expect(formatTargetValue(2000, null, 'HOUSING_UNITS', 'en')).toBe('2,000 housing units');
    expect(formatTargetValue(30000, null, 'TONNES_PER_DAY', 'en')).toBe('30,000 t/day');
    expect(formatTargetValue(250000, null, 'KVA', 'en')).toBe('250 MVA');
    expect(formatTargetValue(220, null, 'KV', 'en')).toBe('220 kV');
    expect(formatTargetValue(51.78, null, 'KM', 'en')).toBe('51.78 km');
    expect(formatTargetValue(1500, null, 'MU', 'en')).toBe('1,500 mu');
  });

  it('writes a range with the unit once: a long dash in Chinese, an en dash in English', () => {
    expect(formatTargetValue(60, 80, 'PERCENT', 'zh')).toBe('60—80%');
    expect(formatTargetValue(60, 80, 'PERCENT', 'en')).toBe('60–80%');
    expect(formatTargetValue(1, 2, 'ENTERPRISES', 'zh')).toBe('1—2家');
    expect(formatTargetValue(1, 2, 'ENTERPRISES', 'en')).toBe('1–2 enterprises');
    expect(formatTargetValue(100000, 250000, 'KVA', 'zh')).toBe('10—25万千伏安');
    expect(formatTargetValue(100000, 250000, 'KVA', 'en')).toBe('100–250 MVA');
  });

  it('puts a money range on the scale of its upper end', () => {
    expect(formatTargetValue(50, 80, 'YI_YUAN', 'zh')).toBe('50—80亿元');
    expect(formatTargetValue(5, 20, 'YI_YUAN', 'en')).toBe('CNY 0.5–2 bn');
    expect(formatTargetValue(2, 5, 'YI_YUAN', 'en')).toBe('CNY 200–500 m');
  });

  it('shows a dash where the target has no figure', () => {
    expect(formatTargetValue(null, null, 'KM', 'zh')).toBe('—');
  });
});

describe('comparators', () => {
  it('joins the comparator to the figure as each language does', () => {
    expect(formatCompared('GT', formatYi(200, 'zh'), 'zh')).toBe('超过200亿元');
    expect(formatCompared('GT', formatYi(200, 'en'), 'en')).toBe('over CNY 20 bn');
    expect(formatCompared('APPROX', formatYi(50, 'en'), 'en')).toBe('about CNY 5 bn');
    expect(formatCompared('EQ', formatYi(50, 'en'), 'en')).toBe('CNY 5 bn');
    expect(formatCompared('EQ', formatYi(50, 'zh'), 'zh')).toBe('50亿元');
  });
});

describe('periods and dates', () => {
  it('writes a quarter', () => {
    expect(formatQuarter('2014Q3', 'zh')).toBe('2014年第三季度');
    expect(formatQuarter('2014Q3', 'en')).toBe('Q3 2014');
    expect(formatQuarter('2014Q1', 'zh')).toBe('2014年第一季度');
    expect(formatQuarter('2014Q4', 'en')).toBe('Q4 2014');
  });

  it('writes a whole-year period, and shows an unknown one as given', () => {
    expect(formatQuarter('2014', 'zh')).toBe('2014年');
    expect(formatQuarter('2014', 'en')).toBe('2014');
    expect(formatQuarter('2014H1', 'en')).toBe('2014H1');
    expect(formatQuarter(null, 'zh')).toBe('—');
  });

  it('writes a month as the API reads it, in either spelling, and refuses a fifth quarter', () => {
    expect(formatQuarter('2014M07', 'zh')).toBe('2014年7月');
    expect(formatQuarter('2014-07', 'en')).toBe('Jul 2014');
    expect(formatQuarter('2014Q5', 'en')).toBe('2014Q5');
  });

  it('writes a date', () => {
    expect(formatDate('2014-07-15', 'zh')).toBe('2014年7月15日');
    expect(formatDate('2014-07-15', 'en')).toBe('15 Jul 2014');
    expect(formatDate('2014-09-01', 'en')).toBe('1 Sep 2014');
  });

  it('keeps the recorded day at the edges of the year, whatever the timezone', () => {
    expect(formatDate('2014-01-01', 'en')).toBe('1 Jan 2014');
    expect(formatDate('2014-12-31', 'zh')).toBe('2014年12月31日');
  });

  it('shows a malformed date as given', () => {
    expect(formatDate('2014-13-01', 'en')).toBe('2014-13-01');
    expect(formatDate('15/07/2014', 'zh')).toBe('15/07/2014');
    expect(formatDate(null, 'zh')).toBe('—');
  });
});

describe('formatters bound to a locale', () => {
  it('give the same text as the functions they bind', () => {
    const fmt = formattersFor('en');
    expect(fmt.yi(1.38)).toBe('CNY 138 m');
    expect(fmt.kva(63000)).toBe('63 MVA');
    expect(fmt.count(1, 'villages')).toBe('1 village');
    expect(fmt.targetValue(60, 80, 'PERCENT')).toBe('60–80%');
    expect(fmt.quarter('2014Q3')).toBe('Q3 2014');
    expect(formattersFor('zh').date('2014-07-15')).toBe('2014年7月15日');
  });
});
