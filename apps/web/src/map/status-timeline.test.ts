import { describe, expect, it } from 'vitest';
import { statusTimeline } from './status-timeline';

const STAGES = ['PLANNED', 'SIGNED', 'STARTED', 'COMPLETED', 'IN_PRODUCTION'] as const;
type Status = (typeof STAGES)[number];

describe('statusTimeline', () => {
  it('lists the reached stages oldest first, the present one, then what is still ahead', () => {
    const steps = statusTimeline<Status>(
      'STARTED',
      [
        { status: 'STARTED', changedOn: '2014-06-10' },
        { status: 'PLANNED', changedOn: '2014-01-05' },
        { status: 'SIGNED', changedOn: '2014-03-01' },
      ],
      STAGES,
    );
    expect(steps).toEqual([
      { status: 'PLANNED', changedOn: '2014-01-05', state: 'reached' },
      { status: 'SIGNED', changedOn: '2014-03-01', state: 'reached' },
      { status: 'STARTED', changedOn: '2014-06-10', state: 'current' },
      { status: 'COMPLETED', changedOn: null, state: 'ahead' },
      { status: 'IN_PRODUCTION', changedOn: null, state: 'ahead' },
    ]);
  });

  it('orders changes on the same day by stage', () => {
    const steps = statusTimeline<Status>(
      'SIGNED',
      [
        { status: 'SIGNED', changedOn: '2014-02-01' },
        { status: 'PLANNED', changedOn: '2014-02-01' },
      ],
      STAGES,
    );
    expect(steps.map((s) => s.status).slice(0, 2)).toEqual(['PLANNED', 'SIGNED']);
  });

  it('leaves out stages the project skipped before its first record', () => {
    const steps = statusTimeline<Status>('STARTED', [{ status: 'STARTED', changedOn: '2014-05-01' }], STAGES);
    expect(steps.map((s) => s.status)).toEqual(['STARTED', 'COMPLETED', 'IN_PRODUCTION']);
  });

  it('shows the present stage undated when no change was recorded', () => {
    const steps = statusTimeline<Status>('IN_PRODUCTION', [], STAGES);
    expect(steps).toEqual([{ status: 'IN_PRODUCTION', changedOn: null, state: 'current' }]);
  });
});
