import { describe, expect, it } from 'vitest';
import { otherLocale, parseLocale } from './locale';

describe('parseLocale', () => {
  it('reads English from a code or language tag', () => {
    expect(parseLocale('en')).toBe('en');
    expect(parseLocale('EN-us')).toBe('en');
    expect(parseLocale('en_GB')).toBe('en');
  });

  it('is Chinese for Chinese, for nothing, and for anything it does not know', () => {
    expect(parseLocale('zh')).toBe('zh');
    expect(parseLocale('zh-CN')).toBe('zh');
    expect(parseLocale(null)).toBe('zh');
    expect(parseLocale(undefined)).toBe('zh');
    expect(parseLocale('')).toBe('zh');
    expect(parseLocale('fr')).toBe('zh');
    expect(parseLocale('eng')).toBe('zh');
  });

  it('toggles between the two', () => {
    expect(otherLocale('zh')).toBe('en');
    expect(otherLocale('en')).toBe('zh');
  });
});
