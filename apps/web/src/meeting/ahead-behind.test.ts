import { describe, expect, it } from 'vitest';
import { aheadBehind, formatWan, signedPoints } from './ahead-behind';

describe('ahead of or behind time progress, in words', () => {
  it('signs the points with a full-width plus or a true minus, one decimal', () => {
    expect(signedPoints(4.15, 'zh')).toBe('＋4.2');
    expect(signedPoints(-12.5, 'zh')).toBe('−12.5');
    expect(signedPoints(3, 'en')).toBe('+3.0');
    expect(signedPoints(0.04, 'en')).toBe('±0.0');
  });

  it('says 快于 / 慢于 and ahead / behind, and “no plan” rather than zero', () => {
    expect(aheadBehind(4.15, 'zh')).toBe('＋4.2个百分点 · 快于时间进度');
    expect(aheadBehind(-12.5, 'zh')).toBe('−12.5个百分点 · 慢于时间进度');
    expect(aheadBehind(-12.5, 'en')).toBe('−12.5 pts · behind time');
    expect(aheadBehind(0, 'en')).toBe('±0.0 pts · on time');
    expect(aheadBehind(null, 'zh')).toBe('无年度计划');
  });

  it('writes 万元 in Chinese and millions of yuan in English', () => {
    expect(formatWan(12345.67, 'zh')).toBe('12345.7万元');
    expect(formatWan(12345.67, 'en')).toBe('CNY 123.5 m');
    expect(formatWan(null, 'en')).toBe('—');
  });
});
