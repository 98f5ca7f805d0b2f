import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './database-unavailable';

const withCode = (code: string) => Object.assign(new Error(code), { code });

describe('isDatabaseUnavailable', () => {
  it('knows a refused, lost or timed-out connection, and a server shutting down or starting up', () => {
    for (const code of [
      'ECONNREFUSED',
      'CONNECTION_CLOSED',
      'CONNECT_TIMEOUT',
      '57P01',
      '57P03',
      '08006',
      '53300',
    ])
      expect(isDatabaseUnavailable(withCode(code)), code).toBe(true);
  });

  it('looks through a wrapping error', () => {
    expect(isDatabaseUnavailable(new Error('Failed query', { cause: withCode('ECONNREFUSED') }))).toBe(true);
  });

  it('does not mistake a refused value or a timeout of a statement for an outage', () => {
    for (const code of ['23514', '22003', '57014', '40001', 'XX000'])
      expect(isDatabaseUnavailable(withCode(code)), code).toBe(false);
    expect(isDatabaseUnavailable(new Error('plain'))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});
