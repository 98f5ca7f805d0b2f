import { describe, expect, it } from 'vitest';
import { formatCount, formatQuarter, formatYi } from './format';
import { MESSAGES, type MessageKey, t } from './messages';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}

const keys = Object.keys(MESSAGES.zh) as MessageKey[];

describe('the UI strings', () => {
  it('have the same keys in Chinese and English, none empty', () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual([...keys].sort());
    const empty = keys.filter((k) => !MESSAGES.zh[k].trim() || !MESSAGES.en[k].trim());
    // The list separator is the one message that may be only punctuation and a space.
    expect(empty.filter((k) => k !== 'common.listSeparator')).toEqual([]);
  });

  it('have no Chinese characters or full-width punctuation in English', () => {
    expect(keys.filter((k) => CJK.test(MESSAGES.en[k]))).toEqual([]);
  });

  it('are each translated, not copied from Chinese', () => {
    // A message of placeholders and signs alone ("{at} / {of}") has no words to translate.
    const hasWords = (text: string) => /[\p{L}]/u.test(text.replace(/\{\w+\}/g, ''));
    const untranslated = keys.filter(
      (k) => (MESSAGES.zh[k] as string) === MESSAGES.en[k] && hasWords(MESSAGES.zh[k]),
    );
    expect(untranslated).toEqual([]);
  });

  it('have the same placeholders in both languages', () => {
    const mismatched = keys.filter(
      (k) => placeholders(MESSAGES.zh[k]).join() !== placeholders(MESSAGES.en[k]).join(),
    );
    expect(mismatched).toEqual([]);
  });
});

describe('t', () => {
  it('gives the string in the locale asked for', () => {
    expect(t('zh', 'common.close')).toBe('关闭');
    expect(t('en', 'common.close')).toBe('Close');
    expect(t('zh', 'search.placeholder')).toBe('搜索园区、企业、项目…');
  });

  it('fills placeholders', () => {
    expect(t('zh', 'zone.targetsHeading', { year: 2014 })).toBe('2014年目标与进展');
    expect(t('en', 'zone.targetsHeading', { year: 2014 })).toBe('2014 targets and progress');
    expect(t('zh', 'target.actual', { actual: '12亿元', percent: '80%' })).toBe('实际 12亿元（80%）');
    expect(t('en', 'common.field', { label: 'Investment', value: 'CNY 138 m' })).toBe(
      'Investment: CNY 138 m',
    );
  });

  it('reads as a sentence once formatted figures are filled in', () => {
    const zh = t('zh', 'filter.shown', {
      count: formatCount(12, 'projects', 'zh'),
      investment: formatYi(138, 'zh'),
    });
    const en = t('en', 'filter.shown', {
      count: formatCount(12, 'projects', 'en'),
      investment: formatYi(138, 'en'),
    });
    expect(zh).toBe('共12个项目，总投资138亿元');
    expect(en).toBe('12 projects shown, total investment CNY 13.8 bn');
    expect(t('zh', 'filter.asOfEnd', { period: formatQuarter('2014Q3', 'zh') })).toBe('截至2014年第三季度末');
    expect(t('en', 'filter.asOfEnd', { period: formatQuarter('2014Q3', 'en') })).toBe(
      'As of the end of Q3 2014',
    );
  });

  it('leaves a placeholder visible when its value is missing', () => {
    const params = {} as { year: number };
    expect(t('en', 'zone.targetsHeading', params)).toBe('{year} targets and progress');
  });
});
