import { describe, expect, it } from 'vitest';
import { projectsAt } from './as-of';

const signedInMay = {
  id: 'p1',
  status: 'COMPLETED' as const,
  statusHistory: [
    { status: 'PLANNED' as const, changedOn: '2014-05-10' },
    { status: 'STARTED' as const, changedOn: '2014-08-01' },
    { status: 'COMPLETED' as const, changedOn: '2014-11-20' },
  ],
};
const signedInNovember = {
  id: 'p2',
  status: 'STARTED' as const,
  statusHistory: [{ status: 'STARTED' as const, changedOn: '2014-11-02' }],
};

describe('a scorecard’s projects as at the end of the round’s period', () => {
  it('counts at 2014Q3 what had started by September, not what was completed later', () => {
    expect(projectsAt([signedInMay, signedInNovember], '2014Q3')).toEqual([
      { ...signedInMay, status: 'STARTED' },
    ]);
  });

  it('reads the year-end round at the year’s last day', () => {
    expect(projectsAt([signedInMay, signedInNovember], '2014').map((p) => p.status)).toEqual([
      'COMPLETED',
      'STARTED',
    ]);
  });
});
