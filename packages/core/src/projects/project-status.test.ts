import { describe, expect, it } from 'vitest';
import { checkStatusDate, checkStatusTransition } from './project-status';

describe('checkStatusTransition', () => {
  it('lets a project move one stage forward or stay', () => {
    expect(() => checkStatusTransition('PLANNED', 'SIGNED')).not.toThrow();
    expect(() => checkStatusTransition('COMPLETED', 'IN_PRODUCTION')).not.toThrow();
    expect(() => checkStatusTransition('STARTED', 'STARTED')).not.toThrow();
  });

  it('refuses going back and skipping a stage, saying which', () => {
    expect(() => checkStatusTransition('COMPLETED', 'PLANNED')).toThrow(/cannot go back/);
    expect(() => checkStatusTransition('PLANNED', 'STARTED')).toThrow(/cannot skip a stage/);
  });
});

describe('checkStatusDate', () => {
  it('takes a date between the last change and today', () => {
    expect(() => checkStatusDate('2014-09-01', '2014-08-01', '2014-12-31')).not.toThrow();
  });

  it('refuses a malformed date, one before the last change, and one in the future', () => {
    expect(() => checkStatusDate('1/9/2014', null, '2014-12-31')).toThrow(/YYYY-MM-DD/);
    expect(() => checkStatusDate('2014-07-01', '2014-08-01', '2014-12-31')).toThrow(/before the last change/);
    expect(() => checkStatusDate('2015-01-01', null, '2014-12-31')).toThrow(/future/);
  });
});
