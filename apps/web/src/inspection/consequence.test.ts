import { describe, expect, it } from 'vitest';
import { consequenceSide } from './consequence';

describe('the side of a zone’s consequence', () => {
  it('honours the top ranks and warns the bottom ones, ties included', () => {
    expect(consequenceSide({ rank: 1, consequence: '经验介绍' }, 10)).toBe('honour');
    expect(consequenceSide({ rank: 3, consequence: '奖励' }, 10)).toBe('honour');
    expect(consequenceSide({ rank: 9, consequence: '通报批评' }, 10)).toBe('warning');
    expect(consequenceSide({ rank: 8, consequence: '表态发言' }, 10)).toBe('warning');
  });

  it('has no side for a zone with no consequence or no rank', () => {
    expect(consequenceSide({ rank: 5, consequence: null }, 10)).toBeNull();
    expect(consequenceSide({ rank: null, consequence: null }, 10)).toBeNull();
  });
});
