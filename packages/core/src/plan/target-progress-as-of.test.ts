import { type AtlasDatabase, seed } from '@atlas/db';
import { openTestDatabase } from '@atlas/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { periodsEndingBy } from './target-actuals-as-of';
import { targetProgress } from './target-progress';

let atlas: AtlasDatabase;

beforeAll(async () => {
  atlas = await openTestDatabase();
  await seed(atlas, { demo: true });
});
afterAll(() => atlas?.close());

const cityWide = async (asOf?: string) =>
  new Map(
    (await targetProgress(atlas.db, 2014, { scope: 'ALL_ZONES', asOf })).map((p) => [
      p.target.metric,
      p.actual,
    ]),
  );

describe('target progress as at the end of a period', () => {
  it('lists the report periods that had ended by a day', () => {
    expect(periodsEndingBy(2014, '2014-09-30')).toEqual([
      ...['01', '02', '03', '04', '05', '06', '07', '08', '09'].map((m) => `2014M${m}`),
      '2014Q1',
      '2014Q2',
      '2014Q3',
    ]);
    expect(periodsEndingBy(2014, '2014-12-31')).toContain('2014');
    expect(periodsEndingBy(2014, '2013-12-31')).toEqual([]);
  });

  it('shows at 2014Q3 what was reported by September, not the year’s final figures', async () => {
    const [q3, q4, year] = await Promise.all([cityWide('2014Q3'), cityWide('2014Q4'), cityWide('2014')]);
    const investment = (m: Map<string, number | null>) => m.get('fixed_asset_investment') ?? null;
    expect(investment(q3)).not.toBeNull();
    expect(investment(q3)).toBeLessThan(investment(q4) ?? 0);
    // The fourth quarter and the year end on the same day.
    expect(q4).toEqual(year);
    expect(q3.get('major_projects_started') ?? 0).toBeLessThanOrEqual(q4.get('major_projects_started') ?? 0);
  });

  it('has no figure before the year’s end for a metric recorded only as it stands now', async () => {
    const [q3, now] = await Promise.all([cityWide('2014Q3'), cityWide()]);
    expect(now.get('grid_projects')).not.toBeNull();
    expect(q3.get('grid_projects')).toBeNull();
  });

  it('refuses a period it cannot read', async () => {
    await expect(targetProgress(atlas.db, 2014, { asOf: '2014-Q3' })).rejects.toThrow(/2014Q3/);
  });
});
