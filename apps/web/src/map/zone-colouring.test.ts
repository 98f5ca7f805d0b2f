import { describe, expect, it } from 'vitest';
import {
  colouringFromValue,
  colouringValue,
  parseColouring,
  progressColours,
  rankColours,
  thresholdKeys,
  writeColouring,
} from './zone-colouring';

describe('the zone colouring in a link', () => {
  it('reads time progress and rank of a round, the latest round when none or an unknown one is named', () => {
    expect(parseColouring('?colour=progress')).toEqual({ kind: 'progress' });
    expect(parseColouring('?colour=rank&round=2014Q3')).toEqual({ kind: 'rank', round: '2014Q3' });
    expect(parseColouring('?colour=rank&round=2031Q9')).toEqual({ kind: 'rank', round: '2014' });
    expect(parseColouring('?target=college_partnerships')).toBeNull();
  });

  it('round-trips through a link and through the switch’s value', () => {
    const params = new URLSearchParams('zone=taikang');
    writeColouring(params, { kind: 'rank', round: '2014Q4' });
    expect(params.toString()).toBe('zone=taikang&colour=rank&round=2014Q4');
    expect(parseColouring(params.toString())).toEqual({ kind: 'rank', round: '2014Q4' });
    writeColouring(params, null);
    expect(params.toString()).toBe('zone=taikang');
    expect(colouringFromValue(colouringValue({ kind: 'rank', round: '2014Q3' }))).toEqual({
      kind: 'rank',
      round: '2014Q3',
    });
    expect(colouringFromValue('rank:1999')).toBeNull();
  });
});

describe('zones coloured by time progress and by rank', () => {
  it('writes the points ahead or behind under each zone, marked where demo', () => {
    const colours = progressColours(
      [
        { zone: { code: 'taikang' }, pointsAhead: -12.5, flag: 'RED', demo: true },
        { zone: { code: 'fugou' }, pointsAhead: 4.15, flag: 'GREEN', demo: false },
        { zone: { code: 'xihua' }, pointsAhead: null, flag: null, demo: false },
      ],
      'zh',
    );
    expect(colours.figures.get('taikang')).toBe('慢于 −12.5个百分点\n演示数据');
    expect(colours.figures.get('fugou')).toBe('快于 ＋4.2个百分点');
    expect(colours.figures.get('xihua')).toBe('无年度计划');
    expect(colours.states.get('taikang')).toEqual({ flag: 'RED' });
    expect(colours.states.get('xihua')).toEqual({ flag: null });
  });

  it('writes rank and score, and says a ranking is a draft', () => {
    const colours = rankColours(
      {
        status: 'DRAFT',
        demo: true,
        zones: [
          { zoneCode: 'taikang', rank: 3, score: 82.44 },
          { zoneCode: 'fugou', rank: null, score: null },
        ],
      },
      'en',
    );
    expect(colours.figures.get('taikang')).toBe('Rank 3 · 82.4 · draft\ndemo data');
    expect(colours.figures.get('fugou')).toBe('not ranked · draft\ndemo data');
    expect(colours.states.get('taikang')).toEqual({ rank: 3 });
  });
});

describe('the time-progress legend', () => {
  it('writes each flag’s range from the thresholds, whatever order they come in', () => {
    const thresholds = [
      { flag: 'RED', minPointsAhead: null },
      { flag: 'GREEN', minPointsAhead: 0 },
      { flag: 'YELLOW', minPointsAhead: -10 },
    ];
    expect(thresholdKeys(thresholds, 'zh')).toEqual([
      { flag: 'GREEN', range: '≥ 0.0个百分点' },
      { flag: 'YELLOW', range: '−10.0 至 0.0个百分点' },
      { flag: 'RED', range: '< −10.0个百分点' },
    ]);
    expect(thresholdKeys(thresholds, 'en')[2]).toEqual({ flag: 'RED', range: '< −10.0 pts' });
  });
});
