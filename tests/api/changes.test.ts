import { selectRows } from '@atlas/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApi } from './harness';

let api: ApiHarness;
const rows = <T>(query: ReturnType<typeof sql>) => selectRows<T>(api.atlas.db, query);

type Change = {
  kind: string;
  zone: { code: string };
  entityId: string | null;
  name: string;
  from: string | null;
  to: string | null;
  on: string | null;
  point: number[] | null;
};
const CHANGES = `query($from: String!, $to: String!) { changesBetween(from: $from, to: $to) { kind zone { code } entityId name from to on point } }`;
const changes = async (from: string, to: string) => {
  const res = await api.gql<{ changesBetween: Change[] }>(CHANGES, { from, to });
  expect(res.errors).toBeUndefined();
  return res.data?.changesBetween ?? [];
};

/** An accepted report of a zone for a month, with works lines. */
async function acceptedWorks(
  zone: string,
  month: string,
  lines: { kind: string; id: string; progress?: number; moved?: number }[],
) {
  await rows(sql`DELETE FROM monthly_reports WHERE zone_code = ${zone} AND month = ${month} RETURNING id`);
  const [r] = await rows<{ id: number }>(
    sql`INSERT INTO monthly_reports (zone_code, month, status, created_by) VALUES (${zone}, ${month}, 'ACCEPTED', 'test') RETURNING id`,
  );
  for (const l of lines)
    await rows(
      sql`INSERT INTO monthly_report_works (report_id, kind, entity_id, progress_percent, households_moved)
          VALUES (${r?.id}, ${l.kind}, ${l.id}, ${l.progress ?? null}, ${l.moved ?? null}) RETURNING report_id`,
    );
}

let road: { id: string; zone_code: string };
let site: { id: string; zone_code: string };
beforeAll(async () => {
  api = await startApi();
  [road] = (await rows<{ id: string; zone_code: string }>(
    sql`SELECT id, zone_code FROM road_links WHERE zone_code IS NOT NULL ORDER BY id LIMIT 1`,
  )) as [{ id: string; zone_code: string }];
  [site] = (await rows<{ id: string; zone_code: string }>(
    sql`SELECT id, zone_code FROM relocation_sites WHERE zone_code <> ${road.zone_code} ORDER BY id LIMIT 1`,
  )) as [{ id: string; zone_code: string }];
  await acceptedWorks(road.zone_code, '2014-08', [{ kind: 'ROAD_LINK', id: road.id, progress: 90 }]);
  await acceptedWorks(road.zone_code, '2014-09', [{ kind: 'ROAD_LINK', id: road.id, progress: 100 }]);
  await acceptedWorks(site.zone_code, '2014-08', [{ kind: 'RELOCATION_SITE', id: site.id, moved: 50 }]);
  await acceptedWorks(site.zone_code, '2014-09', [{ kind: 'RELOCATION_SITE', id: site.id, moved: 80 }]);
});
afterAll(() => api?.stop());

const inZhoukou = (p: number[] | null) =>
  p !== null &&
  p[0] !== undefined &&
  p[1] !== undefined &&
  p[0] > 114 &&
  p[0] < 116 &&
  p[1] > 33 &&
  p[1] < 35;

describe('what changed between two months or rounds', () => {
  it('lists the projects started and completed in September from their status history, each with a point', async () => {
    const list = await changes('2014-08', '2014-09');
    const expected = await rows<{ id: string; status: string }>(
      sql`SELECT project_id AS id, status FROM project_status_changes
           WHERE status IN ('STARTED', 'COMPLETED') AND changed_on > '2014-08-31' AND changed_on <= '2014-09-30'`,
    );
    expect(expected.length).toBeGreaterThan(0);
    const projects = list.filter((c) => c.kind.startsWith('PROJECT_'));
    expect(projects.map((c) => `${c.entityId}:${c.to}`).sort()).toEqual(
      expected.map((e) => `${e.id}:${e.status}`).sort(),
    );
    expect(projects.every((c) => c.on?.startsWith('2014-09') && inZhoukou(c.point))).toBe(true);
    expect(projects.filter((c) => c.kind === 'PROJECT_STARTED').every((c) => c.from === 'SIGNED')).toBe(true);
    const zones = list.map((c) => c.zone.code);
    expect(zones).toEqual([...zones].sort());
  });

  it('lists works completed and households moved from accepted reports', async () => {
    const list = await changes('2014-08', '2014-09');
    expect(list.filter((c) => c.kind === 'WORKS_COMPLETED')).toEqual([
      expect.objectContaining({
        entityId: road.id,
        zone: { code: road.zone_code },
        to: 'ROAD_LINK',
        on: '2014-09-30',
      }),
    ]);
    expect(list.filter((c) => c.kind === 'RELOCATION_MOVED')).toEqual([
      expect.objectContaining({ entityId: site.id, from: '50', to: '80', on: '2014-09-30' }),
    ]);
    for (const c of list.filter((x) => x.kind !== 'PROJECT_STARTED')) expect(inZhoukou(c.point)).toBe(true);
    // Nothing completed between July and August.
    expect((await changes('2014-07', '2014-08')).filter((c) => c.kind === 'WORKS_COMPLETED')).toEqual([]);
  });

  it('lists rank moves between two inspection rounds at the zones’ seats', async () => {
    const list = await changes('2014Q3', '2014Q4');
    const rank = async (period: string) => {
      const res = await api.gql<{
        inspectionRanking: { zones: { zoneCode: string; rank: number | null }[] };
      }>(`{ inspectionRanking(period: "${period}") { zones { zoneCode rank } } }`);
      return new Map(res.data?.inspectionRanking.zones.map((z) => [z.zoneCode, z.rank]));
    };
    const [q3, q4] = await Promise.all([rank('2014Q3'), rank('2014Q4')]);
    const moved = [...q4].filter(([code, r]) => r !== null && q3.get(code) !== r).map(([code]) => code);
    const moves = list.filter((c) => c.kind === 'RANK_MOVED');
    expect(moved.length).toBeGreaterThan(0);
    expect(moves.map((c) => c.zone.code).sort()).toEqual(moved.sort());
    for (const m of moves) {
      expect(m.from).toBe(String(q3.get(m.zone.code)));
      expect(m.to).toBe(String(q4.get(m.zone.code)));
      expect(inZhoukou(m.point)).toBe(true);
    }
    // Months have no ranking to compare.
    expect((await changes('2014-08', '2014-09')).some((c) => c.kind === 'RANK_MOVED')).toBe(false);
  });

  it('refuses a malformed end or ends in the wrong order, naming them', async () => {
    const bad = await api.gql(CHANGES, { from: '2014-8', to: '2014-09' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toContain('2014-8');
    const backwards = await api.gql(CHANGES, { from: '2014Q4', to: '2014Q3' });
    expect(backwards.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
