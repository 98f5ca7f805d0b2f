import { describe, expect, it } from 'vitest';
import { throttleKeys, waitAfter } from './login-throttle';

describe('the sign-in throttle', () => {
  it('waits 2^(n−5) seconds after the fifth failure, at most 15 minutes', () => {
    expect([0, 1, 4].map(waitAfter)).toEqual([0, 0, 0]);
    expect([5, 6, 7, 10, 14].map(waitAfter)).toEqual([1, 2, 4, 32, 512]);
    expect([15, 20, 1000].map(waitAfter)).toEqual([900, 900, 900]);
  });

  it('counts a sign-in under its account and its address', () => {
    expect(throttleKeys('Planner', '10.0.0.7')).toEqual(['user:planner', 'address:10.0.0.7']);
    expect(throttleKeys('x'.repeat(500), null)).toEqual([`user:${'x'.repeat(64)}`]);
  });
});
