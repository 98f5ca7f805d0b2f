import { describe, expect, it } from 'vitest';
import {
  type FilterableProject,
  filterProjects,
  NO_PROJECT_FILTER,
  quarterEnd,
  statusAt,
} from './project-filter';

const project = (zone: string, history: [FilterableProject['status'], string][]): FilterableProject => ({
  status: history.at(-1)?.[0] ?? 'PLANNED',
  zone: { code: zone },
  cluster: null,
  statusHistory: history.map(([status, changedOn]) => ({ status, changedOn })),
});

const started = project('taikang', [
  ['PLANNED', '2014-01-04'],
  ['SIGNED', '2014-02-11'],
  ['STARTED', '2014-05-02'],
]);
const late = project('fugou', [
  ['PLANNED', '2014-04-01'],
  ['SIGNED', '2014-10-02'],
]);

describe('the project filter', () => {
  it('knows the last day of each quarter and refuses what is not one', () => {
    expect(quarterEnd('2014Q1')).toBe('2014-03-31');
    expect(quarterEnd('2014Q4')).toBe('2014-12-31');
    expect(quarterEnd('2014Q5')).toBeNull();
    expect(quarterEnd('2014')).toBeNull();
  });

  it('gives the status a project had at the end of a quarter, counting a change on the last day', () => {
    expect(statusAt(started, '2014Q1')).toBe('SIGNED');
    expect(statusAt(started, '2014Q2')).toBe('STARTED');
    expect(statusAt(late, '2014Q1')).toBeNull();
    expect(statusAt(late, null)).toBe('SIGNED');
    expect(statusAt(project('x', [['PLANNED', '2014-03-31']]), '2014Q1')).toBe('PLANNED');
  });

  it('keeps every project with no filter, and narrows by zone, status and period together', () => {
    expect(filterProjects([started, late], NO_PROJECT_FILTER)).toHaveLength(2);
    expect(filterProjects([started, late], { ...NO_PROJECT_FILTER, zone: 'fugou' })).toEqual([
      { project: late, status: 'SIGNED' },
    ]);
    // At the end of Q1 the Fugou project was not yet on the books, and the Taikang one was only signed.
    expect(filterProjects([started, late], { ...NO_PROJECT_FILTER, period: '2014Q1' })).toEqual([
      { project: started, status: 'SIGNED' },
    ]);
    expect(filterProjects([started, late], { zone: null, statuses: ['STARTED'], period: '2014Q2' })).toEqual([
      { project: started, status: 'STARTED' },
    ]);
  });
});
