import { PGlite } from '@electric-sql/pglite';
import { postgis } from '@electric-sql/pglite-postgis';

let t = Date.now();
const pg = new PGlite({ extensions: { postgis } });
await pg.waitReady;
console.log('ready', Date.now() - t);
t = Date.now();
await pg.exec('CREATE EXTENSION IF NOT EXISTS postgis');
console.log('ext', Date.now() - t);
t = Date.now();
console.log((await pg.query('select postgis_full_version() v')).rows);
await pg.exec(
  `create table t (g geometry(Polygon,4326) check (ST_IsValid(g)) check (ST_Within(g, ST_MakeEnvelope(113.9,32.9,115.8,34.5,4326))))`,
);
for (const w of [
  'POLYGON((114 33,114.1 33.1,114.1 33,114 33.1,114 33))',
  'POINT(121 31)',
  'POLYGON((121 31,121.1 31,121.1 31.1,121 31))',
]) {
  try {
    await pg.query(`insert into t values (ST_GeomFromText($1,4326))`, [w]);
    console.log('ok', w);
  } catch (e) {
    console.log('ERR', (e as Error).message);
  }
}
try {
  await pg.query(
    `insert into t values (ST_GeomFromText('POLYGON((114.5 33.5,114.6 33.5,114.6 33.6,114.5 33.5))',3857))`,
  );
} catch (e) {
  console.log('ERR', (e as Error).message);
}
console.log(
  (
    await pg.query(
      `select ST_Area(ST_MakeEnvelope(114,33,115,34,4326)::geography)/1e6 a, ST_AsGeoJSON(ST_MakeValid(ST_GeomFromText('POLYGON((0 0,1 1,1 0,0 1,0 0))'))) mv`,
    )
  ).rows,
);
t = Date.now();
const dump = await pg.dumpDataDir('none');
console.log('dump', Date.now() - t, dump.size);
t = Date.now();
const pg2 = new PGlite({ loadDataDir: dump, extensions: { postgis } });
await pg2.waitReady;
console.log('load', Date.now() - t);
console.log((await pg2.query('select count(*) from t')).rows);
