/**
 * Turns GMT's multi-segment text (`gmt coast -I… -M`) into a GeoJSON FeatureCollection of river
 * reaches clipped to a region. GMT emits whole database bins, so segments run past the region.
 * Usage: tsx rivers-to-geojson.ts FILE WEST/EAST/SOUTH/NORTH "tool versions"
 */
import { readFileSync } from 'node:fs';
import { roundCoordinate } from '@atlas/geo';
import bboxClip from '@turf/bbox-clip';
import type { Feature, LineString, MultiLineString, Position } from 'geojson';

const [file, region, versions] = process.argv.slice(2);
if (!file || !region || !versions) throw new Error('usage: rivers-to-geojson FILE W/E/S/N VERSIONS');
const [west, east, south, north] = region.split('/').map(Number) as [number, number, number, number];

interface Segment {
  level: number;
  positions: Position[];
}

function parseSegments(text: string): Segment[] {
  const segments: Segment[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('>')) {
      segments.push({ level: Number(/Level (\d+)/.exec(line)?.[1] ?? 0), positions: [] });
    } else if (line.trim() && segments.length > 0) {
      const [lng, lat] = line.trim().split(/\s+/).map(Number) as [number, number];
      segments.at(-1)?.positions.push([round(lng), round(lat)]);
    }
  }
  // GMT splits reaches at database bin edges and leaves some one-point stubs there; drop repeated
  // positions so every reach is a valid line of two or more distinct points.
  return segments
    .map((s) => ({ ...s, positions: withoutRepeats(s.positions) }))
    .filter((s) => s.positions.length >= 2);
}

function withoutRepeats(positions: Position[]): Position[] {
  return positions.filter(
    (p, i) => i === 0 || p[0] !== positions[i - 1]?.[0] || p[1] !== positions[i - 1]?.[1],
  );
}

function round(v: number): number {
  return roundCoordinate(v);
}

function clipped(segment: Segment): Feature<LineString | MultiLineString> | null {
  const line: Feature<LineString> = {
    type: 'Feature',
    properties: {},
    geometry: { type: 'LineString', coordinates: segment.positions },
  };
  const clip = bboxClip(line, [west, south, east, north]).geometry;
  const all: Position[][] =
    clip.type === 'LineString' ? [clip.coordinates] : (clip.coordinates as Position[][]);
  const parts = all.map(withoutRepeats).filter((p) => p.length >= 2);
  if (parts.length === 0) return null;
  return {
    type: 'Feature',
    properties: { level: segment.level },
    geometry:
      parts.length === 1
        ? { type: 'LineString', coordinates: parts[0] as Position[] }
        : { type: 'MultiLineString', coordinates: parts },
  };
}

const features = parseSegments(readFileSync(file, 'utf8'))
  .map(clipped)
  .filter((f): f is Feature<LineString | MultiLineString> => f !== null);

process.stdout.write(
  `${JSON.stringify({
    type: 'FeatureCollection',
    attribution: `Rivers: WDBII (World Data Bank II) via GSHHG, extracted with ${versions}; LGPL-3+. WGS 84, 1–2 km off at worst. Levels 1–4 are permanent rivers, major to minor.`,
    features,
  })}\n`,
);
