import { describe, expect, it } from 'vitest';
import { auditTime, auditValue } from './audit-value';

describe('audit values', () => {
  it('show nothing as empty, in the reader’s language', () => {
    expect(auditValue(null, 'zh')).toBe('（空）');
    expect(auditValue(undefined, 'en')).toBe('(empty)');
    expect(auditValue('', 'en')).toBe('(empty)');
  });

  it('show text, numbers and booleans as written, objects as JSON, long ones cut', () => {
    expect(auditValue('STARTED', 'en')).toBe('STARTED');
    expect(auditValue(1200.5, 'zh')).toBe('1200.5');
    expect(auditValue(0, 'zh')).toBe('0');
    expect(auditValue(false, 'en')).toBe('false');
    expect(auditValue({ a: 1 }, 'en')).toBe('{"a":1}');
    const long = auditValue({ coordinates: Array.from({ length: 50 }, (_, i) => i) }, 'en');
    expect(long).toHaveLength(80);
    expect(long.endsWith('…')).toBe(true);
  });

  it('dates a change in Zhoukou’s time', () => {
    expect(auditTime('2014-10-05T16:30:00.000Z', 'zh')).toBe('2014-10-06 00:30');
    expect(auditTime('not a time', 'en')).toBe('not a time');
  });
});
