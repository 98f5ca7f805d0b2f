import { describe, expect, it } from 'vitest';
import { CAPACITY, checkedDecimal, hasAtMostPlaces, LENGTH_KM, MONEY_YI } from './number-checks';
import { checkedMoney } from './write-checks';

describe('checkedMoney (亿元: 0–100,000, at most 4 decimals)', () => {
  it.each([0, 0.0001, 0.001, 3.5, 12.3456, 100_000])('accepts %s', (value) => {
    expect(() => checkedMoney(value, 'investmentYi')).not.toThrow();
  });

  it.each([
    [Number.NaN, /at least 0 and at most 100000/],
    [Number.POSITIVE_INFINITY, /at most 100000/],
    [1e300, /at most 100000/],
    [100_000.0001, /at most 100000/],
    [-0.01, /at least 0/],
    [0.00001, /at most 4 decimal places/],
    [1.23456, /at most 4 decimal places/],
  ])('refuses %s as BAD_INPUT, in both languages, never rounding', (value, reason) => {
    expect(() => checkedMoney(value, 'investmentYi')).toThrow(reason);
    expect(() => checkedMoney(value, 'investmentYi')).toThrow(/^investmentYi .* \/ investmentYi /);
  });

  it('lets an absent amount pass', () => {
    expect(() => checkedMoney(null, 'investmentYi')).not.toThrow();
    expect(() => checkedMoney(undefined, 'investmentYi')).not.toThrow();
  });
});

describe('lengths and capacities', () => {
  it('takes a length above 0 up to 1,000 km, to the metre', () => {
    expect(() => checkedDecimal(23.381, 'lengthKm', LENGTH_KM)).not.toThrow();
    expect(() => checkedDecimal(0, 'lengthKm', LENGTH_KM)).toThrow(/above 0/);
    expect(() => checkedDecimal(1000.001, 'lengthKm', LENGTH_KM)).toThrow(/at most 1000 km/);
    expect(() => checkedDecimal(1.0001, 'lengthKm', LENGTH_KM)).toThrow(/3 decimal places/);
  });

  it('takes a capacity above 0 up to 1,000,000, to one decimal', () => {
    expect(() => checkedDecimal(999_999.9, 'capacity', CAPACITY)).not.toThrow();
    expect(() => checkedDecimal(1e7, 'capacity', CAPACITY)).toThrow(/at most 1000000/);
    expect(() => checkedDecimal(2.25, 'capacity', CAPACITY)).toThrow(/1 decimal places/);
  });

  it('reads a number as the decimal its sender wrote', () => {
    expect(hasAtMostPlaces(0.1 + 0.2, 4)).toBe(false);
    expect(hasAtMostPlaces(0.3, 4)).toBe(true);
    expect(MONEY_YI).toMatchObject({ min: 0, max: 100_000, places: 4 });
  });
});
