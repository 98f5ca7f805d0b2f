import { describe, expect, it } from 'vitest';
import { mapLink, redListGroups } from './red-list';
import { tallyStates } from './reporting-board';

const project = (id: string) => ({ id, name: `项目${id}` });

describe('the red list on the meeting screen', () => {
  it('groups by zone, furthest behind first, then overdue nodes and problems, each linking to the map', () => {
    const groups = redListGroups(
      [
        {
          zone: { code: 'taikang' },
          behindProjects: [
            { project: project('1'), pointsAhead: -11 },
            { project: project('2'), pointsAhead: -30.5 },
          ],
          overdueNodes: [{ project: project('3'), node: { node: 'LAND', plannedOn: '2014-06-30' } }],
          overdueProblems: [
            { id: '9', project: project('1'), description: '用地未落实', dueOn: '2014-08-31' },
          ],
        },
        { zone: { code: 'fugou' }, behindProjects: [], overdueNodes: [], overdueProblems: [] },
      ],
      'zh',
    );
    expect(groups.map((g) => g.zoneCode)).toEqual(['taikang']);
    const items = groups[0]?.items ?? [];
    expect(items.map((i) => i.key)).toEqual(['behind:2', 'behind:1', 'node:3:LAND', 'problem:9']);
    expect(items.map((i) => i.href)).toEqual(['/?project=2', '/?project=1', '/?project=3', '/?project=1']);
    expect(groups[0]?.href).toBe('/?zone=taikang&colour=progress');
  });

  it('keeps the language in its links', () => {
    expect(mapLink({ project: 'p 1' }, 'en')).toBe('/?project=p%201&lang=en');
    expect(mapLink({ zone: 'taikang' }, 'en')).toBe('/?zone=taikang&colour=progress&lang=en');
  });
});

describe('the reporting board’s tally', () => {
  it('counts every state, zero included, in the key’s order', () => {
    const tally = tallyStates([{ state: 'ON_TIME' }, { state: 'MISSING' }, { state: 'ON_TIME' }]);
    expect(tally).toEqual([
      ['ON_TIME', 2],
      ['SUBMITTED', 0],
      ['LATE', 0],
      ['RETURNED', 0],
      ['DRAFT', 0],
      ['MISSING', 1],
    ]);
  });
});
