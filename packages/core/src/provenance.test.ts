import { describe, expect, it } from 'vitest';
import { weakestSource } from './provenance';

describe('weakestSource', () => {
  it('calls a figure demo as soon as one demo row stands behind it', () => {
    expect(weakestSource(['PLAN_TEXT', 'DEMO', 'PUBLIC_SOURCE'])).toBe('DEMO');
    expect(weakestSource(['PLAN_TEXT', 'APPROXIMATE'])).toBe('APPROXIMATE');
    expect(weakestSource(['SURVEYED', 'PLAN_TEXT'])).toBe('PLAN_TEXT');
  });

  it('is null when no row contributed', () => {
    expect(weakestSource([])).toBeNull();
    expect(weakestSource(null)).toBeNull();
    expect(weakestSource([null])).toBeNull();
  });
});
