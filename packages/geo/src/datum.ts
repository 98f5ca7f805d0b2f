import gcoord from 'gcoord';
import type { Geometry, Position } from 'geojson';
import proj4 from 'proj4';

/**
 * The datums a planner's file may be in.
 * 'WGS84' (EPSG:4326), 'CGCS2000' (geographic, EPSG:4490), 'GCJ02' (Amap, Tencent), 'BD09' (Baidu),
 * or 'EPSG:<code>' for Web Mercator (3857) and CGCS2000 3° Gauss–Krüger (4513–4533 with the zone
 * prefix, 4534–4554 without).
 */
export type Datum = 'WGS84' | 'CGCS2000' | 'GCJ02' | 'BD09' | `EPSG:${number}`;

/** CGCS2000 3° Gauss–Krüger zones 25–45 (central meridians 75°E–135°E), with the zone in the easting. */
const GK_ZONED_FIRST = 4513;
/** The same zones without the zone prefix (false easting 500 km), CM 75°E first. */
const GK_PLAIN_FIRST = 4534;
const GK_ZONES = 21;
const GK_FIRST_ZONE = 25;
const WEB_MERCATOR = 3857;

/** The datum names a user may type, folded to lower case without spaces, hyphens or underscores. */
const NAMED_DATUMS: Readonly<Record<string, Datum>> = {
  wgs84: 'WGS84',
  epsg4326: 'WGS84',
  cgcs2000: 'CGCS2000',
  epsg4490: 'CGCS2000',
  gcj02: 'GCJ02',
  bd09: 'BD09',
};

/** Gauss–Krüger parameters of a supported EPSG code, or null when the code is none of them. */
function gaussKrugerOf(code: number): { centralMeridian: number; falseEasting: number } | null {
  const zoned = code - GK_ZONED_FIRST;
  if (zoned >= 0 && zoned < GK_ZONES) {
    const zone = GK_FIRST_ZONE + zoned;
    return { centralMeridian: zone * 3, falseEasting: zone * 1e6 + 500_000 };
  }
  const plain = code - GK_PLAIN_FIRST;
  if (plain >= 0 && plain < GK_ZONES) {
    return { centralMeridian: (GK_FIRST_ZONE + plain) * 3, falseEasting: 500_000 };
  }
  return null;
}

function isSupportedCode(code: number): boolean {
  return code === WEB_MERCATOR || gaussKrugerOf(code) !== null;
}

function datumOfCode(code: number): Datum | null {
  if (code === 4326) return 'WGS84';
  if (code === 4490) return 'CGCS2000';
  return isSupportedCode(code) ? `EPSG:${code}` : null;
}

const ACCEPTED_DATUMS =
  'WGS84, CGCS2000, GCJ02, BD09, EPSG:4326, EPSG:4490, EPSG:3857, EPSG:4513–4554 (CGCS2000 3° Gauss–Krüger)';

/**
 * A datum from a query parameter or a form; anything this atlas cannot convert throws.
 *
 * @example
 * parseDatum('gcj-02'); // 'GCJ02'
 * parseDatum('EPSG:4547'); // 'EPSG:4547'
 */
export function parseDatum(text: string): Datum {
  const folded = text
    .trim()
    .toLowerCase()
    .replace(/[\s_:-]/g, '');
  const named = NAMED_DATUMS[folded];
  if (named) return named;
  const code = /^epsg(\d{4,5})$/.exec(folded)?.[1];
  const datum = code === undefined ? null : datumOfCode(Number(code));
  if (datum) return datum;
  throw new Error(
    `未知坐标系“${text.slice(0, 40)}”，可用：${ACCEPTED_DATUMS} / unknown datum "${text.slice(0, 40)}"; accepted: ${ACCEPTED_DATUMS}`,
  );
}

/** A WKT node's first quoted name, e.g. `PROJCS["CGCS2000_3_Degree_GK_CM_114E",…` → that name. */
function wktName(wkt: string, keyword: string): string | null {
  return new RegExp(`${keyword}\\s*\\[\\s*"([^"]*)"`, 'i').exec(wkt)?.[1] ?? null;
}

function wktParameter(wkt: string, name: string): number | null {
  const value = new RegExp(`PARAMETER\\s*\\[\\s*"${name}"\\s*,\\s*(-?[\\d.eE+-]+)`, 'i').exec(wkt)?.[1];
  return value === undefined ? null : Number(value);
}

/** The EPSG code the whole WKT is tagged with: OGC WKT puts the CRS's own AUTHORITY last. */
function trailingEpsgCode(wkt: string): number | null {
  const match = /AUTHORITY\s*\[\s*"EPSG"\s*,\s*"?(\d+)"?\s*\]\s*\]\s*$/i.exec(wkt.trim());
  return match?.[1] === undefined ? null : Number(match[1]);
}

function namesCgcs2000(text: string): boolean {
  return /China[ _]Geodetic[ _]Coordinate[ _]System[ _]2000|China[ _]2000|CGCS[ _]?2000/i.test(text);
}

function namesWgs84(text: string): boolean {
  return /WGS[ _]?(19)?84/i.test(text);
}

/**
 * A Gauss–Krüger zone named by ArcGIS ("CGCS2000_3_Degree_GK_CM_114E", "…_GK_Zone_38") or by
 * EPSG/QGIS ("CGCS2000 / 3-degree Gauss-Kruger CM 114E", "… zone 38").
 */
function gaussKrugerOfName(name: string): Datum | null {
  if (!namesCgcs2000(name) || !/3[ _-]degree/i.test(name)) return null;
  const meridian = /CM[ _](\d{2,3})E/i.exec(name)?.[1];
  if (meridian !== undefined) return gaussKrugerCode(Number(meridian), 500_000);
  const zone = /zone[ _](\d{2})/i.exec(name)?.[1];
  if (zone !== undefined) return gaussKrugerCode(Number(zone) * 3, Number(zone) * 1e6 + 500_000);
  return null;
}

function gaussKrugerCode(centralMeridian: number, falseEasting: number): Datum | null {
  for (let i = 0; i < GK_ZONES; i++) {
    for (const first of [GK_ZONED_FIRST, GK_PLAIN_FIRST]) {
      const zone = gaussKrugerOf(first + i);
      if (zone?.centralMeridian === centralMeridian && zone.falseEasting === falseEasting) {
        return `EPSG:${first + i}`;
      }
    }
  }
  return null;
}

/**
 * A transverse Mercator on the CGCS2000 ellipsoid whose name this atlas does not know (a CAD
 * export, a hand-written .prj): the parameters decide, and they must all be a 3° zone's.
 */
function gaussKrugerOfParameters(wkt: string): Datum | null {
  if (!/PROJECTION\s*\[\s*"(Gauss_Kruger|Transverse_Mercator)"/i.test(wkt)) return null;
  const spheroid = /SPHEROID\s*\[\s*"[^"]*"\s*,\s*([\d.]+)\s*,\s*([\d.]+)/i.exec(wkt);
  const onGrs80 = Number(spheroid?.[1]) === 6378137 && Math.abs(Number(spheroid?.[2]) - 298.257222101) < 1e-6;
  if (!onGrs80 || !namesCgcs2000(wktName(wkt, 'GEOGCS') ?? '')) return null;
  const scale = wktParameter(wkt, 'Scale_Factor');
  const origin = wktParameter(wkt, 'Latitude_Of_Origin');
  const northing = wktParameter(wkt, 'False_Northing');
  if (scale !== 1 || (origin ?? 0) !== 0 || (northing ?? 0) !== 0) return null;
  const meridian = wktParameter(wkt, 'Central_Meridian');
  const easting = wktParameter(wkt, 'False_Easting');
  return meridian === null || easting === null ? null : gaussKrugerCode(meridian, easting);
}

function isWebMercator(name: string): boolean {
  return /Web_Mercator|Pseudo[ _-]Mercator|Mercator_Auxiliary_Sphere|Popular Visualisation/i.test(name);
}

/**
 * The datum a Shapefile's `.prj` (ESRI WKT as ArcGIS, QGIS and GDAL write it, or OGC WKT with an
 * EPSG authority) names, or null when it names none this atlas knows.
 *
 * @example
 * datumOfPrj('PROJCS["CGCS2000_3_Degree_GK_CM_114E",GEOGCS[…]…]'); // 'EPSG:4547'
 */
export function datumOfPrj(prj: string): Datum | null {
  const code = trailingEpsgCode(prj);
  if (code !== null) return datumOfCode(code);
  const projected = wktName(prj, 'PROJCS');
  if (projected !== null) {
    if (isWebMercator(projected)) return `EPSG:${WEB_MERCATOR}`;
    return gaussKrugerOfName(projected) ?? gaussKrugerOfParameters(prj);
  }
  const geographic = wktName(prj, 'GEOGCS');
  if (geographic === null) return null;
  if (namesCgcs2000(geographic)) return 'CGCS2000';
  return namesWgs84(geographic) ? 'WGS84' : null;
}

/**
 * The datum a GeoJSON `crs` member (GeoJSON 2008, still written by GDAL for anything not WGS 84)
 * names, or null.
 *
 * @example
 * datumOfGeoJsonCrs({ type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4547' } }); // 'EPSG:4547'
 */
export function datumOfGeoJsonCrs(crs: unknown): Datum | null {
  if (typeof crs !== 'object' || crs === null) return null;
  const properties = (crs as { properties?: unknown }).properties;
  if (typeof properties !== 'object' || properties === null) return null;
  const name = (properties as { name?: unknown }).name;
  if (typeof name !== 'string') return null;
  if (/^urn:ogc:def:crs:OGC:(1\.3)?:CRS84$/i.test(name.trim())) return 'WGS84';
  const code =
    /^(?:urn:ogc:def:crs:EPSG:[\d.]*:|EPSG:{1,2}|https?:\/\/www\.opengis\.net\/def\/crs\/EPSG\/0\/)(\d+)$/i.exec(
      name.trim(),
    )?.[1];
  return code === undefined ? null : datumOfCode(Number(code));
}

type PositionMap = (position: Position) => Position;

/**
 * A position's first two numbers mapped, any height kept as it was. A position that is not two
 * finite numbers, or that the datum cannot hold (a projected easting of 1e20), throws rather than
 * becoming NaN somewhere downstream.
 */
function mapXY(position: Position, map: (xy: [number, number]) => number[]): Position {
  const [x, y, ...rest] = position;
  if (!Number.isFinite(x) || !Number.isFinite(y)) throw unconvertible(position);
  const [lng, lat] = map([x as number, y as number]);
  if (!Number.isFinite(lng) || !Number.isFinite(lat)) throw unconvertible(position);
  return [lng as number, lat as number, ...rest];
}

function unconvertible(position: Position): Error {
  const shown = position.slice(0, 2).join(', ');
  return new Error(
    `坐标（${shown}）无法在所选坐标系中转换 / the position (${shown}) cannot be converted in the chosen datum`,
  );
}

const projections = new Map<number, proj4.Converter>();

function projectionOf(code: number): proj4.Converter {
  let converter = projections.get(code);
  if (!converter) {
    const gk = gaussKrugerOf(code);
    // Definitions as GDAL gives them (`gdalsrsinfo -o proj4 EPSG:4547`), checked by datum.test.ts
    // against ogr2ogr. No +towgs84: EPSG's CGCS2000 → WGS 84 transformation is the null one.
    const definition = gk
      ? `+proj=tmerc +lat_0=0 +lon_0=${gk.centralMeridian} +k=1 +x_0=${gk.falseEasting} +y_0=0 +ellps=GRS80 +units=m +no_defs`
      : 'EPSG:3857';
    converter = proj4(definition, 'EPSG:4326');
    projections.set(code, converter);
  }
  return converter;
}

function codeOf(datum: Datum): number | null {
  return datum.startsWith('EPSG:') ? Number(datum.slice(5)) : null;
}

/**
 * CGCS2000 and WGS 84 share the same origin and axes to a few centimetres today and their
 * ellipsoids differ by 0.1 mm in the semi-minor axis, so EPSG's transformation between them is the
 * identity (accuracy 1 m); a planning atlas at 6 decimals (0.1 m) cannot see the difference.
 */
function positionMap(datum: Datum, toWgs84: boolean): PositionMap | null {
  if (datum === 'WGS84' || datum === 'CGCS2000') return null;
  if (datum === 'GCJ02' || datum === 'BD09') {
    const from = toWgs84 ? gcoord[datum] : gcoord.WGS84;
    const to = toWgs84 ? gcoord.WGS84 : gcoord[datum];
    return (position) => mapXY(position, (xy) => gcoord.transform(xy, from, to) as number[]);
  }
  const code = codeOf(datum);
  if (code === null || !isSupportedCode(code)) {
    // A Datum made by hand (not by parseDatum) may name a code this atlas cannot convert.
    throw new Error(`未知坐标系“${datum}” / unknown datum "${datum}"`);
  }
  const projection = projectionOf(code);
  return toWgs84
    ? (position) => mapXY(position, (xy) => projection.forward(xy))
    : (position) => mapXY(position, (xy) => projection.inverse(xy));
}

function mapGeometry(geometry: Geometry, map: PositionMap): Geometry {
  // A `bbox` member would still be in the old datum: it is dropped, not carried along wrong.
  switch (geometry.type) {
    case 'Point':
      return { type: 'Point', coordinates: map(geometry.coordinates) };
    case 'MultiPoint':
      return { type: 'MultiPoint', coordinates: geometry.coordinates.map(map) };
    case 'LineString':
      return { type: 'LineString', coordinates: geometry.coordinates.map(map) };
    case 'MultiLineString':
      return { type: 'MultiLineString', coordinates: geometry.coordinates.map((l) => l.map(map)) };
    case 'Polygon':
      return { type: 'Polygon', coordinates: geometry.coordinates.map((ring) => ring.map(map)) };
    case 'MultiPolygon':
      return {
        type: 'MultiPolygon',
        coordinates: geometry.coordinates.map((polygon) => polygon.map((ring) => ring.map(map))),
      };
    case 'GeometryCollection':
      return {
        type: 'GeometryCollection',
        geometries: geometry.geometries.map((part) => mapGeometry(part, map)),
      };
  }
}

/**
 * A geometry in `datum` converted to WGS 84 longitude/latitude; the input is left as it was.
 *
 * @example
 * geometryToWgs84({ type: 'Point', coordinates: [560316.69, 3721701.68] }, 'EPSG:4547');
 * // { type: 'Point', coordinates: [114.65, 33.62] }
 */
export function geometryToWgs84(geometry: Geometry, datum: Datum): Geometry {
  const map = positionMap(datum, true);
  return map ? mapGeometry(geometry, map) : structuredClone(geometry);
}

/**
 * A WGS 84 geometry converted to `datum` (for tests and for exports on request).
 *
 * @example
 * geometryFromWgs84({ type: 'Point', coordinates: [114.65, 33.62] }, 'GCJ02');
 */
export function geometryFromWgs84(geometry: Geometry, datum: Datum): Geometry {
  const map = positionMap(datum, false);
  return map ? mapGeometry(geometry, map) : structuredClone(geometry);
}
