import type { Geometry, Position } from 'geojson';
import { ringArea2, roundCoordinate } from './export-geometry';

/** The Shapefile shape types the atlas writes (ESRI Shapefile Technical Description, 1998). */
export const SHAPE_TYPES = { point: 1, polyline: 3, polygon: 5, multipoint: 8 } as const;
export type ShapeType = (typeof SHAPE_TYPES)[keyof typeof SHAPE_TYPES];

/** A geometry as a Shapefile record holds it: parts of points, with rings oriented the ESRI way. */
interface ShapeParts {
  readonly parts: readonly (readonly Position[])[];
}

/** ESRI wants outer rings clockwise and holes counter-clockwise, the reverse of RFC 7946. */
function esriRing(ring: readonly Position[], outer: boolean): readonly Position[] {
  const counterClockwise = ringArea2(ring) > 0;
  return counterClockwise === outer ? [...ring].reverse() : ring;
}

/** The parts of one geometry for a shape type; null when it does not belong to that type. */
export function shapeParts(geometry: Geometry): ShapeParts {
  switch (geometry.type) {
    case 'Point':
      return { parts: [[geometry.coordinates]] };
    case 'MultiPoint':
      return { parts: [geometry.coordinates] };
    case 'LineString':
      return { parts: [geometry.coordinates] };
    case 'MultiLineString':
      return { parts: geometry.coordinates };
    case 'Polygon':
      return { parts: geometry.coordinates.map((ring, i) => esriRing(ring, i === 0)) };
    case 'MultiPolygon':
      return {
        parts: geometry.coordinates.flatMap((poly) => poly.map((ring, i) => esriRing(ring, i === 0))),
      };
    case 'GeometryCollection':
      throw new Error('a geometry collection has no one shape type; split it first');
  }
}

type Box = [number, number, number, number];

function boxOf(points: readonly Position[], box: Box = [Infinity, Infinity, -Infinity, -Infinity]): Box {
  for (const p of points) {
    const x = p[0] as number;
    const y = p[1] as number;
    if (x < box[0]) box[0] = x;
    if (y < box[1]) box[1] = y;
    if (x > box[2]) box[2] = x;
    if (y > box[3]) box[3] = y;
  }
  return box;
}

function contentBytes(type: ShapeType, shape: ShapeParts): number {
  const points = shape.parts.reduce((n, p) => n + p.length, 0);
  if (type === SHAPE_TYPES.point) return 4 + 16;
  if (type === SHAPE_TYPES.multipoint) return 4 + 32 + 4 + 16 * points;
  return 4 + 32 + 4 + 4 + 4 * shape.parts.length + 16 * points;
}

function writeHeader(view: DataView, type: ShapeType, bytes: number, box: Box): void {
  view.setInt32(0, 9994, false);
  view.setInt32(24, bytes / 2, false);
  view.setInt32(28, 1000, true);
  view.setInt32(32, type, true);
  writeBox(view, 36, box);
}

function writeBox(view: DataView, at: number, box: Box): void {
  box.forEach((v, i) => {
    view.setFloat64(at + 8 * i, v, true);
  });
}

function writePoints(view: DataView, at: number, points: readonly Position[]): number {
  let offset = at;
  for (const p of points) {
    view.setFloat64(offset, roundCoordinate(p[0] as number), true);
    view.setFloat64(offset + 8, roundCoordinate(p[1] as number), true);
    offset += 16;
  }
  return offset;
}

function writeContent(view: DataView, at: number, type: ShapeType, shape: ShapeParts): void {
  view.setInt32(at, type, true);
  const all = shape.parts.flat();
  if (type === SHAPE_TYPES.point) {
    writePoints(view, at + 4, all.slice(0, 1));
    return;
  }
  writeBox(view, at + 4, boxOf(all));
  if (type === SHAPE_TYPES.multipoint) {
    view.setInt32(at + 36, all.length, true);
    writePoints(view, at + 40, all);
    return;
  }
  view.setInt32(at + 36, shape.parts.length, true);
  view.setInt32(at + 40, all.length, true);
  let start = 0;
  shape.parts.forEach((part, i) => {
    view.setInt32(at + 44 + 4 * i, start, true);
    start += part.length;
  });
  writePoints(view, at + 44 + 4 * shape.parts.length, all);
}

/**
 * The main file (.shp) and its index (.shx) for geometries of one shape type, in order: record i
 * is the dBase table's row i.
 */
export function writeShp(
  type: ShapeType,
  geometries: readonly Geometry[],
): { shp: Uint8Array; shx: Uint8Array } {
  const shapes = geometries.map(shapeParts);
  const sizes = shapes.map((s) => contentBytes(type, s));
  const shpBytes = 100 + sizes.reduce((n, s) => n + 8 + s, 0);
  const shxBytes = 100 + 8 * shapes.length;
  const shp = new Uint8Array(shpBytes);
  const shx = new Uint8Array(shxBytes);
  const shpView = new DataView(shp.buffer);
  const shxView = new DataView(shx.buffer);
  const box = shapes.reduce<Box>(
    (b, s) => boxOf(s.parts.flat(), b),
    [Infinity, Infinity, -Infinity, -Infinity],
  );
  const extent: Box = shapes.length ? box : [0, 0, 0, 0];
  writeHeader(shpView, type, shpBytes, extent);
  writeHeader(shxView, type, shxBytes, extent);
  let at = 100;
  shapes.forEach((shape, i) => {
    const size = sizes[i] as number;
    shxView.setInt32(100 + 8 * i, at / 2, false);
    shxView.setInt32(104 + 8 * i, size / 2, false);
    shpView.setInt32(at, i + 1, false);
    shpView.setInt32(at + 4, size / 2, false);
    writeContent(shpView, at + 8, type, shape);
    at += 8 + size;
  });
  return { shp, shx };
}
