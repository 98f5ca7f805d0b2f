import type { Polygon, Position } from 'geojson';

/** Rounded as the API stores positions, so what is sent is what PostGIS judges. */
const micro = (v: number) => Math.round(v * 1e6) / 1e6;

/** A closed ring of `n` positions (the first repeated last) on a circle around 太康's zone. */
export function circle(n: number, radius = 0.02): Polygon {
  const ring = Array.from({ length: n - 1 }, (_, i): Position => {
    const angle = (2 * Math.PI * i) / (n - 1);
    return [micro(114.85 + radius * Math.cos(angle)), micro(34.04 + radius * Math.sin(angle))];
  });
  return { type: 'Polygon', coordinates: [[...ring, ring[0] as Position]] };
}

/**
 * A self-crossing star of `n` positions: every edge jumps nearly across the circle, so each crosses
 * most of the others. Quadratic crossing checks that also keep every crossing run out of memory on it.
 */
export function star(n: number): Polygon {
  const corners = n - 1;
  const step = Math.floor(corners / 2) - 1;
  const ring = Array.from({ length: corners }, (_, i): Position => {
    const angle = (2 * Math.PI * i * step) / corners;
    return [micro(114.85 + 0.05 * Math.cos(angle)), micro(34.04 + 0.05 * Math.sin(angle))];
  });
  return { type: 'Polygon', coordinates: [[...ring, ring[0] as Position]] };
}

/**
 * A valid polygon of `n` positions that is the worst case for PostGIS's (GEOS's) validity test: long
 * parallel diagonal strips side by side, so every long edge's bounding box overlaps every other's and
 * GEOS tests each pair. Its cost grows with the square of `n`, which is what sets the limits.
 */
export function strips(n: number): Polygon {
  // In 太康县, around the same place as `circle`, so a project of the taikang zone may have it.
  const [x0, y0, length, gap] = [114.8, 33.98, 0.1, 0.00002];
  const ring: Position[] = [];
  const pairs = Math.floor((n - 3) / 2);
  for (let i = 0; i < pairs; i++) {
    const bottom: Position = [micro(x0 + i * gap), y0];
    const top: Position = [micro(x0 + i * gap + length), micro(y0 + length)];
    ring.push(...(i % 2 === 0 ? [bottom, top] : [top, bottom]));
  }
  const last = ring[ring.length - 1] as Position;
  // Back along the bottom, west to the start, with as many corners as make up `n`.
  const below = micro(y0 - 0.01);
  const pad = n - 1 - ring.length - 1;
  ring.push([last[0] as number, below]);
  for (let k = pad - 1; k >= 1; k--) ring.push([micro(x0 + k * 1e-6), below]);
  ring.push([x0, below]);
  return { type: 'Polygon', coordinates: [[...ring, ring[0] as Position]] };
}

/** The bow-tie near 太康 that crosses itself at [114.85, 34.05]. */
export const BOWTIE: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [114.8, 34.0],
      [114.9, 34.1],
      [114.9, 34.0],
      [114.8, 34.1],
      [114.8, 34.0],
    ],
  ],
};

/**
 * The JSON of a polygon of `n` positions going back and forth between two whole-degree points, about
 * 9 bytes a position: 200,000 of them fit in 1.8 MB, under the server's 2 MiB body limit.
 */
export function backAndForthJson(n: number): string {
  const positions = Array.from({ length: n - 1 }, (_, i) => (i % 2 === 0 ? '[114,34]' : '[115,34]'));
  return `{"type":"Polygon","coordinates":[[${positions.join(',')},[114,34]]]}`;
}
