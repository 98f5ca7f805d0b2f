import type { Feature, MultiLineString, Position } from 'geojson';

type Ring = readonly Position[];

const key = (p: Position) => `${p[0]},${p[1]}`;
const edgeKey = (a: Position, b: Position) => {
  const [ka, kb] = [key(a), key(b)];
  return ka < kb ? `${ka}|${kb}` : `${kb}|${ka}`;
};

function ringsOf(geometry: Feature['geometry']): Ring[] {
  if (geometry.type === 'Polygon') return geometry.coordinates;
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat();
  return [];
}

/**
 * The city's outline from its counties: the edges only one county uses. The API serves the counties
 * as a coverage whose shared borders have the very same vertices on both sides, so an inner border
 * is always counted twice and drops out, at every zoom.
 */
export function cityOutline(counties: readonly Feature[]): MultiLineString {
  const uses = new Map<string, { a: Position; b: Position; count: number }>();
  for (const county of counties) {
    for (const ring of ringsOf(county.geometry)) {
      for (let i = 1; i < ring.length; i++) {
        const [a, b] = [ring[i - 1] as Position, ring[i] as Position];
        const k = edgeKey(a, b);
        const edge = uses.get(k) ?? { a, b, count: 0 };
        edge.count += 1;
        uses.set(k, edge);
      }
    }
  }
  const outer = [...uses.values()].filter((e) => e.count === 1);
  return { type: 'MultiLineString', coordinates: outer.map((e) => [e.a, e.b]) };
}
