import { type AtlasDatabase, seed, selectRows } from '@atlas/db';
import { openTestDatabase } from '@atlas/db/testing';
import { BLOCK, BOWTIE } from '@atlas/geo/test-geometries';
import { sql } from 'drizzle-orm';
import type { Geometry, Position } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoreContext } from '../context';
import type { AtlasError } from '../errors';
import { createProject } from '../projects/write-project';
import { topologyProblem } from './geometry-topology';

let atlas: AtlasDatabase;
beforeAll(async () => {
  atlas = await openTestDatabase();
  await seed(atlas, { demo: false });
});
afterAll(() => atlas?.close());

const polygon = (...rings: Position[][]): Geometry => ({ type: 'Polygon', coordinates: rings });

async function isValidToTheTable(geometry: Geometry): Promise<boolean> {
  const [row] = await selectRows<{ valid: boolean }>(
    atlas.db,
    sql`SELECT ST_IsValid(ST_GeomFromGeoJSON(${JSON.stringify(geometry)})) AS valid`,
  );
  return row?.valid ?? false;
}

const INVALID: [string, Geometry, string][] = [
  ['a bow-tie near 太康', polygon(BOWTIE), 'coordinates[0]'],
  [
    'a ring pinched at a vertex like a figure of eight',
    polygon([
      [114.8, 34.0],
      [114.85, 34.05],
      [114.9, 34.0],
      [114.9, 34.1],
      [114.85, 34.05],
      [114.8, 34.1],
      [114.8, 34.0],
    ]),
    'coordinates[0]',
  ],
  [
    'a ring whose corner touches one of its edges',
    polygon([
      [114.8, 34.0],
      [114.9, 34.0],
      [114.9, 34.1],
      [114.85, 34.0],
      [114.8, 34.1],
      [114.8, 34.0],
    ]),
    'coordinates[0]',
  ],
  [
    'a hole crossing its outer ring',
    polygon(BLOCK, [
      [114.65, 33.62],
      [114.67, 33.62],
      [114.67, 33.64],
      [114.65, 33.64],
      [114.65, 33.62],
    ]),
    'coordinates[0]',
  ],
  [
    'a hole touching its outer ring twice',
    polygon(BLOCK, [
      [114.64, 33.62],
      [114.65, 33.61],
      [114.655, 33.62],
      [114.64, 33.62],
    ]),
    'coordinates[0]',
  ],
  [
    'the bad part of a MultiPolygon',
    { type: 'MultiPolygon', coordinates: [[BLOCK], [BOWTIE]] },
    'coordinates[1][0]',
  ],
];

describe('topologyProblem: PostGIS judges crossings, as the tables’ CHECK does', () => {
  it.each(INVALID)('refuses %s, saying where, in both languages', async (_, geometry, path) => {
    const problem = await topologyProblem(atlas.db, geometry);
    expect(problem).toMatchObject({ path });
    expect(problem?.code).toMatch(/^(SELF_INTERSECTION|INVALID_TOPOLOGY)$/);
    expect(problem?.message).toMatch(
      /^[^a-z]*\p{Script=Han}.*\[114\.\d+, 3\d(\.\d+)?\].* \/ [A-Z].* at \[114\.\d+, 3\d(\.\d+)?\]/u,
    );
    expect(await isValidToTheTable(geometry)).toBe(false);
  });

  it('locates a bow-tie’s crossing as SELF_INTERSECTION', async () => {
    const problem = await topologyProblem(atlas.db, polygon(BOWTIE));
    expect(problem).toMatchObject({ code: 'SELF_INTERSECTION', path: 'coordinates[0]' });
    expect(problem?.message).toContain('[114.85, 34.05]');
  });

  it('names a hole outside its shell in both languages', async () => {
    const outside = BOWTIE.slice(0, 1).concat([
      [114.81, 34.0],
      [114.81, 34.01],
      [114.8, 34.0],
    ]);
    const problem = await topologyProblem(atlas.db, polygon(BLOCK, outside));
    expect(problem).toMatchObject({ code: 'INVALID_TOPOLOGY' });
    expect(problem?.message).toMatch(/孔洞位于外环之外.* \/ A hole lies outside its outer ring/u);
  });

  it('accepts what the table accepts: a block, a hole touching its outer ring once, lines and points', async () => {
    const touchingOnce = [
      [114.64, 33.62],
      [114.65, 33.615],
      [114.655, 33.625],
      [114.64, 33.62],
    ];
    for (const geometry of [
      polygon(BLOCK),
      polygon(BLOCK, touchingOnce),
      { type: 'LineString', coordinates: BOWTIE } as Geometry,
      { type: 'Point', coordinates: [114.65, 33.62] } as Geometry,
    ]) {
      expect(await topologyProblem(atlas.db, geometry)).toBeUndefined();
      expect(await isValidToTheTable(geometry)).toBe(true);
    }
  });

  it('refuses a planner’s bow-tie project as BAD_INPUT before anything is written', async () => {
    const ctx: CoreContext = {
      db: atlas.db,
      actor: { name: 'test planner', role: 'planner', authenticated: true },
    };
    const count = async () =>
      (await selectRows<{ n: number }>(atlas.db, sql`SELECT count(*)::int AS n FROM audit_log`))[0]?.n;
    const before = await count();
    const refusal = (await createProject(ctx, {
      name: '自相交测试',
      zoneCode: 'taikang',
      investmentYi: 1,
      status: 'PLANNED',
      geometry: polygon(BOWTIE),
    }).catch((error: unknown) => error)) as AtlasError;
    expect(refusal).toMatchObject({
      code: 'BAD_INPUT',
      details: { problems: [{ code: 'SELF_INTERSECTION' }] },
    });
    expect(await count()).toBe(before);
  });
});
