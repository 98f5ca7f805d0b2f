import { describe, expect, it } from 'vitest';
import { changedFields } from './read-audit-log';

describe('the fields a change touched', () => {
  it('lists those that differ, in the record’s order, values compared as JSON', () => {
    const before = {
      id: 'P1',
      name: '旧名',
      geometry: { type: 'Point', coordinates: [114.6, 33.6] },
      version: 1,
    };
    const after = {
      id: 'P1',
      name: '新名',
      geometry: { type: 'Point', coordinates: [114.6, 33.6] },
      version: 2,
    };
    expect(changedFields(before, after)).toEqual([
      { field: 'name', before: '旧名', after: '新名' },
      { field: 'version', before: 1, after: 2 },
    ]);
  });

  it('treats a creation as every field going from null, and a missing field as null', () => {
    expect(changedFields(null, { name: 'a', note: null })).toEqual([
      { field: 'name', before: null, after: 'a' },
    ]);
    expect(changedFields({ a: 1 }, { b: 2 })).toEqual([
      { field: 'a', before: 1, after: null },
      { field: 'b', before: null, after: 2 },
    ]);
    expect(changedFields(null, null)).toEqual([]);
  });
});
