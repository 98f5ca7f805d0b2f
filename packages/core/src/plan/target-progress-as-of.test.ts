import { type AtlasDatabase, seed, selectRows } from '@atlas/db';
import { openTestDatabase } from '@atlas/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTUALS_AS_OF, periodsEndingBy } from './target-actuals-as-of';
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

  it('takes the latest report by the end of its period: October’s month beats the third quarter', async () => {
    const zone = { zoneCode: 'dancheng', clusterCode: null, year: 2014 };
    const read = async (lastDay: string) => {
      const query = ACTUALS_AS_OF.fixed_asset_investment?.({ ...zone, lastDay });
      const [row] = await selectRows<{ value: number | null }>(atlas.db, query ?? sql`SELECT NULL AS value`);
      return row?.value ?? null;
    };
    const [q3] = await selectRows<{ value: number }>(
      atlas.db,
      sql`SELECT value FROM progress_reports WHERE zone_code = 'dancheng' AND metric = 'fixed_asset_investment' AND period = '2014Q3'`,
    );
    expect(await read('2014-09-30')).toBe(q3?.value);
    await atlas.db.execute(sql`INSERT INTO progress_reports (period, metric, zone_code, value, source_kind, source_citation)
      VALUES ('2014M10', 'fixed_asset_investment', 'dancheng', 99.5, 'DEMO', 'test: a month after a quarter')`);
    try {
      expect(await read('2014-10-31')).toBe(99.5);
      expect(await read('2014-09-30')).toBe(q3?.value);
    } finally {
      await atlas.db.execute(sql`DELETE FROM progress_reports WHERE period = '2014M10'`);
    }
  });

  it('reads resettlement units at a period’s end from the latest accepted monthly reports', async () => {
    const [june] = await selectRows<{ started: number; completed: number }>(
      atlas.db,
      sql`SELECT sum(l.units_started)::float8 AS started, sum(l.units_completed)::float8 AS completed
          FROM monthly_report_works l JOIN monthly_reports r ON r.id = l.report_id
          WHERE r.status = 'ACCEPTED' AND r.month = '2014-06' AND l.kind = 'RELOCATION_SITE'`,
    );
    const q2 = await cityWide('2014Q2');
    expect(june?.started).toBeGreaterThan(0);
    expect(q2.get('resettlement_units_started')).toBe(june?.started);
    expect(q2.get('resettlement_units_completed')).toBe(june?.completed);
    expect((await cityWide('2014Q3')).get('resettlement_units_started')).toBeGreaterThan(june?.started ?? 0);
  });

  it('refuses a period it cannot read', async () => {
    await expect(targetProgress(atlas.db, 2014, { asOf: '2014-Q3' })).rejects.toThrow(/2014Q3/);
  });
});
