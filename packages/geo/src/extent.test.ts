import { describe, expect, it } from 'vitest';
import { ACCEPTED_EXTENT, isInAcceptedExtent } from './extent';

describe('the accepted extent', () => {
  it('is Zhoukou’s box with a 0.1° margin', () => {
    expect(ACCEPTED_EXTENT).toEqual({ west: 113.9, south: 32.9, east: 115.8, north: 34.5 });
  });

  it('takes 周口 and refuses Shanghai and a swapped [lat, lng]', () => {
    expect(isInAcceptedExtent([114.65, 33.62])).toBe(true);
    expect(isInAcceptedExtent([121.47, 31.23])).toBe(false);
    expect(isInAcceptedExtent([33.62, 114.65])).toBe(false);
  });
});
