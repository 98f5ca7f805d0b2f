import { describe, expect, it } from 'vitest';
import { MAX_PAGE_SIZE, pageWindow, toPage } from './pagination';

describe('pagination', () => {
  it('walks a list with the cursors it gives out', () => {
    const first = toPage(['a', 'b'], 0, 5);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const next = pageWindow({ first: 2, after: first.pageInfo.endCursor });
    expect(next).toEqual({ limit: 2, offset: 2 });
    const last = toPage(['e'], 4, 5);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('refuses pages over the cap and cursors it never gave out', () => {
    expect(() => pageWindow({ first: MAX_PAGE_SIZE + 1 })).toThrow(/1000/);
    expect(() => pageWindow({ first: -1 })).toThrow();
    expect(() => pageWindow({ after: 'bm90LWEtY3Vyc29y' })).toThrow(/cursor/);
    expect(pageWindow({ first: MAX_PAGE_SIZE })).toEqual({ limit: MAX_PAGE_SIZE, offset: 0 });
  });
});
