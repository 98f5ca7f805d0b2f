import { describe, expect, it } from 'vitest';
import { housingProgress } from './housing-progress';

describe('housingProgress', () => {
  it('gives started and completed against the units planned', () => {
    expect(housingProgress({ unitsPlanned: 400, unitsStarted: 300, unitsCompleted: 100 })).toEqual({
      started: { share: 0.75, percent: 75 },
      completed: { share: 0.25, percent: 25 },
    });
  });

  it('draws a full bar, not an overflowing one, but says how far a site went over the plan', () => {
    expect(housingProgress({ unitsPlanned: 100, unitsStarted: 120, unitsCompleted: 105 })).toEqual({
      started: { share: 1, percent: 120 },
      completed: { share: 1, percent: 105 },
    });
  });

  it('has no progress to show when no units are planned', () => {
    expect(housingProgress({ unitsPlanned: 0, unitsStarted: 0, unitsCompleted: 0 })).toBeNull();
  });
});
