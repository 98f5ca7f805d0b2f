import { describe, expect, it } from 'vitest';
import { step, tourKey } from './tour';

describe('the inspection tour', () => {
  it('takes a clicker’s and a keyboard’s keys', () => {
    expect(tourKey('PageDown')).toBe('next');
    expect(tourKey('ArrowRight')).toBe('next');
    expect(tourKey(' ')).toBe('next');
    expect(tourKey('PageUp')).toBe('previous');
    expect(tourKey('Escape')).toBe('overview');
    expect(tourKey('a')).toBeNull();
  });

  it('leaves space and Enter to a focused button, so 自动巡览 is pressed rather than the tour moved', () => {
    expect(tourKey(' ', true)).toBeNull();
    expect(tourKey('Enter', true)).toBeNull();
    expect(tourKey('ArrowRight', true)).toBe('next');
  });

  it('runs overview → 1 … 10 → overview, backwards too, and Esc always returns to the overview', () => {
    expect(step(0, 10, 'next')).toBe(1);
    expect(step(9, 10, 'next')).toBe(10);
    expect(step(10, 10, 'next')).toBe(0);
    expect(step(0, 10, 'previous')).toBe(10);
    expect(step(4, 10, 'overview')).toBe(0);
    expect(step(3, 0, 'next')).toBe(0);
  });
});
