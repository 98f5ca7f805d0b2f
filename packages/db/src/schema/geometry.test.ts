import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AtlasDatabase } from '../client';
import { seed } from '../seed';
import { openTestDatabase } from '../testing';

// The database itself must refuse bad geometry, whoever writes it: the API, a script, or psql.
let atlas: AtlasDatabase;

beforeAll(async () => {
  atlas = await openTestDatabase();
  await seed(atlas, { demo: false });
});
afterAll(() => atlas?.close());

/** Inserts a project whose geometry is `geometrySql`, returning the database's error message or null. */
async function insertProject(geometrySql: ReturnType<typeof sql>): Promise<string | null> {
  try {
    await atlas.db.execute(sql`
      INSERT INTO projects (id, name, zone_code, investment_yi, status, geometry,
        source_kind, source_citation, geometry_source_kind, geometry_source_citation)
      VALUES (gen_random_uuid()::text, '测试项目', 'taikang', 2, 'PLANNED', ${geometrySql},
        'DEMO', 'test', 'DEMO', 'test')`);
    return null;
  } catch (error) {
    const e = error as Error & { cause?: Error };
    return (e.cause ?? e).message;
  }
}

describe('geometry constraints', () => {
  it('accepts a valid point inside Zhoukou', async () => {
    expect(await insertProject(sql`ST_GeomFromText('POINT(114.85 34.05)', 4326)`)).toBeNull();
  });

  it('refuses a self-intersecting polygon', async () => {
    const bowtie = 'POLYGON((114.80 34.00, 114.82 34.02, 114.82 34.00, 114.80 34.02, 114.80 34.00))';
    expect(await insertProject(sql`ST_GeomFromText(${bowtie}, 4326)`)).toMatch(/projects_geometry_valid/);
  });

  it('refuses a point in Shanghai', async () => {
    expect(await insertProject(sql`ST_GeomFromText('POINT(121.47 31.23)', 4326)`)).toMatch(
      /projects_geometry_in_zhoukou/,
    );
  });

  it('refuses a geometry type the column does not allow', async () => {
    const line = 'LINESTRING(114.80 34.00, 114.82 34.02)';
    expect(await insertProject(sql`ST_GeomFromText(${line}, 4326)`)).toMatch(/projects_geometry_type/);
    const countyPoint = await atlas.db
      .execute(
        sql`UPDATE counties SET boundary = ST_GeomFromText('POINT(114.6 33.6)', 4326) WHERE adcode = '411602'`,
      )
      .then(
        () => null,
        (e: Error & { cause?: Error }) => (e.cause ?? e).message,
      );
    expect(countyPoint).toMatch(/Geometry type \(Point\) does not match column type \(MultiPolygon\)/);
  });

  it('refuses a geometry in another SRID', async () => {
    // Web Mercator metres for a point in 太康: right place, wrong reference system.
    expect(await insertProject(sql`ST_GeomFromText('POINT(12785000 4035000)', 3857)`)).toMatch(
      /SRID \(3857\) does not match column SRID \(4326\)/,
    );
  });

  it('refuses a plan citation without a § and a blank one', async () => {
    const refused = (citation: string, kind = 'PLAN_TEXT') =>
      atlas.db
        .execute(
          sql`UPDATE zones SET source_kind = ${kind}, source_citation = ${citation} WHERE code = 'taikang'`,
        )
        .then(
          () => null,
          (e: Error & { cause?: Error }) => (e.cause ?? e).message,
        );
    expect(await refused('the plan')).toMatch(/zones_source_citation_plan_section/);
    expect(await refused('  ', 'DEMO')).toMatch(/zones_source_citation_present/);
  });
});
