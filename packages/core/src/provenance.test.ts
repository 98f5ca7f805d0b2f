import { describe, expect, it } from 'vitest';
import { weakestSource } from './provenance';

describe('weakestSource', () => {
  it('calls a figure demo as soon as one demo row stands behind it', () => {
    expect(weakestSource(['PLAN_TEXT', 'DEMO', 'PUBLIC_SOURCE'])).toBe('DEMO');
    expect(weakestSource(['PLAN_TEXT', 'APPROXIMATE'])).toBe('APPROXIMATE');
    expect(weakestSource(['SURVEYED', 'PLAN_TEXT'])).toBe('PLAN_TEXT');
  });

  it('knows a reported figure: weaker than the plan, stronger than an approximation or demo', () => {
    expect(weakestSource(['REPORTED'])).toBe('REPORTED');
    expect(weakestSource(['PLAN_TEXT', 'REPORTED'])).toBe('REPORTED');
    expect(weakestSource(['REPORTED', 'DEMO'])).toBe('DEMO');
  });

  it('is null when no row contributed', () => {
    expect(weakestSource([])).toBeNull();
    expect(weakestSource(null)).toBeNull();
    expect(weakestSource([null])).toBeNull();
  });
});
