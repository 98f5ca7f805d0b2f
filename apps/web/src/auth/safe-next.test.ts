import { describe, expect, it } from 'vitest';
import { loginHref, safeNext } from './safe-next';

describe('safeNext', () => {
  it('keeps a path on this site with its query and fragment', () => {
    expect(safeNext('/report?month=2014-09&zone=taikang')).toBe('/report?month=2014-09&zone=taikang');
    expect(safeNext('/?zone=taikang#x')).toBe('/?zone=taikang#x');
  });

  it('sends anything that leaves the site to the map', () => {
    for (const next of [
      '//evil.example/report',
      'https://evil.example/',
      '/\\evil.example',
      'javascript:alert(1)',
      ' /report',
      '/\trep',
      'report',
      '',
      null,
      undefined,
    ]) {
      expect(safeNext(next), String(next)).toBe('/');
    }
  });

  it('does not come back to the login page itself', () => {
    expect(safeNext('/login?next=/report')).toBe('/');
  });
});

describe('loginHref', () => {
  it('carries the page to come back to, and English when asked', () => {
    expect(loginHref('/report?month=2014-09')).toBe('/login?next=%2Freport%3Fmonth%3D2014-09');
    expect(loginHref('/report', 'en')).toBe('/login?next=%2Freport&lang=en');
    expect(loginHref('https://evil.example')).toBe('/login?next=%2F');
  });
});
