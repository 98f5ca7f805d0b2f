import type { Polygon } from 'geojson';
import { pointInFootprint, zoneFootprint } from '../approximations/zone-footprints';
import { CLUSTERS } from '../plan/clusters';
import { ZONES } from '../plan/zones';
import { approximated, demo } from '../provenance';

/** The demo seed; change it and every demo record changes together. */
export const DEMO_SEED = 20140722;

export const DEMO_NOTE =
  'Demo data generated deterministically (seed 20140722) to fit the plan’s totals; not real projects or figures.';
export const DEMO_PROVENANCE = demo(DEMO_NOTE);

export const DEMO_POSITION = approximated(
  'Demo position inside the zone’s schematic footprint; no real location is known.',
);

const footprints = new Map<string, Polygon>();

/** A zone's schematic footprint, computed once per zone however many demo records fall in it. */
export function footprintOf(zoneCode: string): Polygon {
  const known = footprints.get(zoneCode);
  if (known) return known;
  const zone = ZONES.find((z) => z.code === zoneCode);
  if (!zone) throw new Error(`unknown zone ${zoneCode}`);
  const polygon = zoneFootprint(zone).polygon;
  footprints.set(zoneCode, polygon);
  return polygon;
}

/** A point at fractions (u, v) across the zone's footprint; kept off the edges so it stays inside. */
export function pointInZone(zoneCode: string, u: number, v: number) {
  const inset = (t: number) => 0.08 + 0.84 * t;
  return { type: 'Point' as const, coordinates: pointInFootprint(footprintOf(zoneCode), inset(u), inset(v)) };
}

/** Clusters a zone belongs to by the plan, for giving demo projects a plausible cluster. */
export function clustersOfZone(zoneCode: string): string[] {
  return CLUSTERS.filter((c) => c.members.some((m) => m.zoneCode === zoneCode)).map((c) => c.code);
}
