/**
 * Builds geo/counties-by-zoom.json from geo/counties.json: the coverage simplified once per served zoom,
 * so the API serves committed polygons and simplifies nothing per request. Each zoom's polygons are
 * checked with PostGIS (ST_IsValid) before anything is written. Run with
 * `pnpm --filter @atlas/data build:county-zooms` after build:counties.
 */
import { writeFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { postgis } from '@electric-sql/pglite-postgis';
import { COUNTY_POLYGONS } from '../src/geodata/counties';
import { COUNTY_ZOOMS, type CountyZoomsFile, decodeRing } from '../src/geodata/county-zooms';
import { countyZoomsFileText } from '../src/geodata/county-zooms-file';

const text = countyZoomsFileText();
const { zooms } = JSON.parse(text) as { zooms: CountyZoomsFile };

const pg = new PGlite({ extensions: { postgis } });
await pg.exec('CREATE EXTENSION postgis');
for (const zoom of COUNTY_ZOOMS) {
  for (const feature of COUNTY_POLYGONS.features) {
    const parts = zooms[String(zoom)]?.[feature.properties.adcode] ?? [];
    const coordinates = parts.map((rings, p) =>
      rings.map((ring, r) => decodeRing(feature.geometry.coordinates[p]?.[r] ?? [], ring)),
    );
    const { rows } = await pg.query<{ reason: string }>(
      'SELECT ST_IsValidReason(ST_GeomFromGeoJSON($1)) reason',
      [JSON.stringify({ type: 'MultiPolygon', coordinates })],
    );
    const reason = rows[0]?.reason;
    if (reason !== 'Valid Geometry') throw new Error(`${feature.properties.name} at zoom ${zoom}: ${reason}`);
  }
}
await pg.close();
await writeFile(new URL('../geo/counties-by-zoom.json', import.meta.url), text);
console.log(`wrote ${COUNTY_ZOOMS.length} zooms, ${text.length} bytes`);
