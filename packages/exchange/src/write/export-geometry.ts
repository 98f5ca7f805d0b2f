import type { Geometry, Position } from 'geojson';

/** 7 decimals of a degree is about 1 cm: finer is noise from reprojection, not survey. */
export const EXPORT_DECIMALS = 7;

const SCALE = 10 ** EXPORT_DECIMALS;

/** A coordinate rounded to {@link EXPORT_DECIMALS}; `-0` becomes `0` so text stays plain. */
export function roundCoordinate(value: number): number {
  const rounded = Math.round(value * SCALE) / SCALE;
  return rounded === 0 ? 0 : rounded;
}

const roundPosition = (p: Position): Position => p.map(roundCoordinate);

/**
 * The geometry with every coordinate rounded for export (RFC 7946 asks for no more precision than
 * the data has).
 *
 * @example roundedGeometry({ type: 'Point', coordinates: [114.123456789, 33.6] }) // [114.1234568, 33.6]
 */
export function roundedGeometry(geometry: Geometry): Geometry {
  switch (geometry.type) {
    case 'Point':
      return { type: 'Point', coordinates: roundPosition(geometry.coordinates) };
    case 'MultiPoint':
    case 'LineString':
      return { type: geometry.type, coordinates: geometry.coordinates.map(roundPosition) } as Geometry;
    case 'MultiLineString':
    case 'Polygon':
      return {
        type: geometry.type,
        coordinates: geometry.coordinates.map((line) => line.map(roundPosition)),
      } as Geometry;
    case 'MultiPolygon':
      return {
        type: 'MultiPolygon',
        coordinates: geometry.coordinates.map((poly) => poly.map((ring) => ring.map(roundPosition))),
      };
    case 'GeometryCollection':
      return { type: 'GeometryCollection', geometries: geometry.geometries.map(roundedGeometry) };
  }
}

const positionText = (p: Position) => `${roundCoordinate(p[0] as number)} ${roundCoordinate(p[1] as number)}`;
const lineText = (line: readonly Position[]) => `(${line.map(positionText).join(', ')})`;
const polygonText = (rings: readonly Position[][]) => `(${rings.map(lineText).join(', ')})`;

/**
 * OGC Well-Known Text of a GeoJSON geometry, coordinates rounded to {@link EXPORT_DECIMALS}.
 *
 * @example geometryWkt({ type: 'Point', coordinates: [114.65, 33.62] }) // 'POINT (114.65 33.62)'
 */
export function geometryWkt(geometry: Geometry): string {
  switch (geometry.type) {
    case 'Point':
      return `POINT (${positionText(geometry.coordinates)})`;
    case 'MultiPoint':
      return `MULTIPOINT (${geometry.coordinates.map((p) => `(${positionText(p)})`).join(', ')})`;
    case 'LineString':
      return `LINESTRING ${lineText(geometry.coordinates)}`;
    case 'MultiLineString':
      return `MULTILINESTRING (${geometry.coordinates.map(lineText).join(', ')})`;
    case 'Polygon':
      return `POLYGON ${polygonText(geometry.coordinates)}`;
    case 'MultiPolygon':
      return `MULTIPOLYGON (${geometry.coordinates.map(polygonText).join(', ')})`;
    case 'GeometryCollection':
      return `GEOMETRYCOLLECTION (${geometry.geometries.map(geometryWkt).join(', ')})`;
  }
}

/** A point standing for a geometry in a spreadsheet's lng/lat columns, and whether it is the geometry. */
export interface RepresentativePoint {
  readonly lng: number;
  readonly lat: number;
  /** True for a Point: lng/lat are the feature itself, not a stand-in. */
  readonly exact: boolean;
}

/** Twice the signed area of a ring (positive counter-clockwise). */
export function ringArea2(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] as Position;
    const [xj = 0, yj = 0] = ring[j] as Position;
    sum += (xj - xi) * (yj + yi);
  }
  return sum;
}

/**
 * A point inside a polygon: the middle of the widest stretch of the horizontal line through the
 * middle of its extent that lies inside it (holes excluded). A centroid can fall outside a
 * crescent-shaped zone; this cannot.
 */
function pointInPolygon(rings: readonly Position[][]): [number, number] {
  const outer = rings[0] ?? [];
  const ys = outer.map((p) => p[1] as number);
  const y = (Math.min(...ys) + Math.max(...ys)) / 2;
  const crossings: number[] = [];
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi = 0, yi = 0] = ring[i] as Position;
      const [xj = 0, yj = 0] = ring[j] as Position;
      if (yi > y !== yj > y) crossings.push(xi + ((y - yi) / (yj - yi)) * (xj - xi));
    }
  }
  crossings.sort((a, b) => a - b);
  let best: [number, number] = [outer[0]?.[0] ?? 0, outer[0]?.[1] ?? 0];
  let widest = -1;
  for (let i = 0; i + 1 < crossings.length; i += 2) {
    const width = (crossings[i + 1] as number) - (crossings[i] as number);
    if (width > widest) {
      widest = width;
      best = [((crossings[i] as number) + (crossings[i + 1] as number)) / 2, y];
    }
  }
  return best;
}

function largestPolygon(polygons: readonly Position[][][]): Position[][] {
  let best = polygons[0] ?? [];
  for (const p of polygons)
    if (Math.abs(ringArea2(p[0] ?? [])) > Math.abs(ringArea2(best[0] ?? []))) best = p;
  return best;
}

function middleVertex(lines: readonly Position[][]): [number, number] {
  const longest = lines.reduce((a, b) => (b.length > a.length ? b : a), lines[0] ?? []);
  const p = longest[Math.floor(longest.length / 2)] ?? [0, 0];
  return [p[0] as number, p[1] as number];
}

function standIn(geometry: Geometry): [number, number] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates[0] as number, geometry.coordinates[1] as number];
    case 'MultiPoint':
      return middleVertex([geometry.coordinates]);
    case 'LineString':
      return middleVertex([geometry.coordinates]);
    case 'MultiLineString':
      return middleVertex(geometry.coordinates);
    case 'Polygon':
      return pointInPolygon(geometry.coordinates);
    case 'MultiPolygon':
      return pointInPolygon(largestPolygon(geometry.coordinates));
    case 'GeometryCollection':
      return geometry.geometries[0] ? standIn(geometry.geometries[0]) : [0, 0];
  }
}

/**
 * The point a spreadsheet's lng/lat columns show: a Point itself; a vertex in the middle of a line;
 * a point inside a polygon (of the largest part).
 *
 * @example representativePoint({ type: 'LineString', coordinates: [[114, 33], [114.5, 33.5], [115, 34]] }) // { lng: 114.5, lat: 33.5, exact: false }
 */
export function representativePoint(geometry: Geometry): RepresentativePoint {
  const [lng, lat] = standIn(geometry);
  return { lng: roundCoordinate(lng), lat: roundCoordinate(lat), exact: geometry.type === 'Point' };
}
