import { describe, expect, it } from 'vitest';
import { driverErrorOf } from './driver-error';

describe('driverErrorOf', () => {
  it('finds the code and constraint through drizzle’s wrapping, as either driver names it', () => {
    const postgresJs = Object.assign(new Error('check'), {
      code: '23514',
      constraint_name: 'projects_money',
    });
    expect(driverErrorOf(new Error('Failed query', { cause: postgresJs }))).toEqual({
      code: '23514',
      constraint: 'projects_money',
    });
    const pglite = Object.assign(new Error('fk'), { code: '23503', constraint: 'projects_zone_fk' });
    expect(driverErrorOf(pglite)).toEqual({ code: '23503', constraint: 'projects_zone_fk' });
  });

  it('is null for an error with no code anywhere in its chain', () => {
    expect(driverErrorOf(new Error('plain', { cause: new Error('also plain') }))).toBeNull();
    expect(driverErrorOf('text')).toBeNull();
  });
});
