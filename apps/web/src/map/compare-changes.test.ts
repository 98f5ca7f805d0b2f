import { describe, expect, it } from 'vitest';
import { changeMarks, changesByZone, changeText, parseComparison, writeComparison } from './compare-changes';

describe('the compare switch in a link', () => {
  it('reads two months or two rounds, the earlier first, and nothing mixed', () => {
    expect(parseComparison('?compare=2014-09,2014-08')).toEqual({ from: '2014-08', to: '2014-09' });
    expect(parseComparison('?compare=2014Q3,2014Q4')).toEqual({ from: '2014Q3', to: '2014Q4' });
    expect(parseComparison('?compare=2014-09,2014Q4')).toBeNull();
    expect(parseComparison('?compare=2014-09,2014-09')).toBeNull();
    expect(parseComparison('?compare=2014-13,2014-09')).toBeNull();
    const params = new URLSearchParams('lang=en');
    writeComparison(params, { from: '2014Q3', to: '2014Q4' });
    expect(params.get('compare')).toBe('2014Q3,2014Q4');
  });
});

describe('what changed, on the map and in the list', () => {
  const changes = [
    {
      kind: 'PROJECT_STARTED',
      zone: { code: 'taikang' },
      entityId: 'p1',
      name: '项目1',
      point: [114.8, 34.1],
    },
    { kind: 'RANK_MOVED', zone: { code: 'taikang' }, name: '太康', from: '5', to: '3', point: [114.9, 34.0] },
    { kind: 'RANK_MOVED', zone: { code: 'fugou' }, name: '扶沟', from: '2', to: '6', point: null },
    {
      kind: 'RELOCATION_MOVED',
      zone: { code: 'fugou' },
      name: '村',
      from: '40',
      to: '120',
      point: [114.4, 34.0],
    },
  ];

  it('writes each change with a mark that reads without colour', () => {
    expect(changes.map((c) => changeText(c, 'zh'))).toEqual([
      '▶ 新开工',
      '↑2 名次 5→3',
      '↓4 名次 2→6',
      '⇢ 搬迁 40→120',
    ]);
    expect(changeText(changes[1] as (typeof changes)[number], 'en')).toBe('↑2 rank 5→3');
  });

  it('draws the changes that have a place and lists them by zone, rank moves first', () => {
    expect(changeMarks(changes, 'zh').features).toHaveLength(3);
    expect(changesByZone(changes).map(([zone, list]) => [zone, list.map((c) => c.kind)])).toEqual([
      ['taikang', ['RANK_MOVED', 'PROJECT_STARTED']],
      ['fugou', ['RANK_MOVED', 'RELOCATION_MOVED']],
    ]);
  });
});
