import { roundPosition, squareBesideSeat } from '@atlas/geo';
import type { Point, Polygon, Position } from 'geojson';
import { countyByAdcode } from '../plan/counties';
import type { ZoneFact } from '../plan/zones';
import { approximated, type Provenance } from '../provenance';

/** Area drawn when no source publishes a zone's planned area: near the middle of the published ones (10.57–13 km²). */
export const NOMINAL_ZONE_AREA_KM2 = 10;

/** Gap left between the county seat and the footprint, so the square reads as "beside the town". */
const GAP_KM = 0.5;

/**
 * Sides chosen where no source gives one: a side that keeps the square inside its county and
 * apart from the other zone sharing 川汇区. A choice of ours, and the provenance says so.
 */
const CHOSEN_BEARINGS: Record<string, number> = {
  chuanhui: 0,
  xiangcheng: 180,
  fugou: 90,
  dancheng: 90,
  shenqiu: 90,
  huaiyang: 90,
  xihua: 90,
  shangshui: 270,
};

export interface ZoneFootprint {
  readonly polygon: Polygon;
  /** A point inside the footprint standing for the zone at small scales. */
  readonly seat: Point;
  readonly provenance: Provenance;
}

const COMPASS = ['north', 'north-east', 'east', 'south-east', 'south', 'south-west', 'west', 'north-west'];
const compass = (bearing: number) => COMPASS[Math.round((((bearing % 360) + 360) % 360) / 45) % 8];

function bearingFor(zone: ZoneFact): { bearing: number; said: string } {
  if (zone.footprint.bearing !== null) {
    return { bearing: zone.footprint.bearing, said: `side from ${zone.footprint.bearingSource}` };
  }
  const bearing = CHOSEN_BEARINGS[zone.code];
  if (bearing === undefined) throw new Error(`no bearing for zone ${zone.code}`);
  return { bearing, said: `side not published, drawn ${compass(bearing)} of the seat` };
}

function areaFor(zone: ZoneFact): { areaKm2: number; said: string } {
  if (zone.footprint.areaKm2 !== null) {
    return { areaKm2: zone.footprint.areaKm2, said: `area from ${zone.footprint.areaSource}` };
  }
  return { areaKm2: NOMINAL_ZONE_AREA_KM2, said: `area not published, nominal ${NOMINAL_ZONE_AREA_KM2} km²` };
}

/**
 * The honest stand-in for a zone boundary nobody has published: a square of the published (or
 * nominal) planned area beside the county seat, on the published (or a chosen) side.
 */
export function zoneFootprint(zone: ZoneFact): ZoneFootprint {
  const county = countyByAdcode(zone.countyAdcode);
  const { bearing, said: sideSaid } = bearingFor(zone);
  const { areaKm2, said: areaSaid } = areaFor(zone);
  const polygon = squareBesideSeat(county.seat, bearing, areaKm2, GAP_KM);
  return {
    polygon,
    seat: { type: 'Point', coordinates: pointInFootprint(polygon, 0.5, 0.5) },
    provenance: approximated(
      `Schematic square, not a surveyed boundary: ${areaSaid}; ${sideSaid} (${county.seatName}, ${county.seatProvenance.citation}).`,
    ),
  };
}

/**
 * The point at fractions (u east, v north) across a footprint square, by bilinear interpolation of
 * its corners: (0, 0) is the south-west corner, (1, 1) the north-east.
 */
export function pointInFootprint(polygon: Polygon, u: number, v: number): Position {
  const [sw, se, ne, nw] = polygon.coordinates[0] as [Position, Position, Position, Position];
  const lerp = (a: Position, b: Position, t: number): Position => [
    (a[0] as number) + ((b[0] as number) - (a[0] as number)) * t,
    (a[1] as number) + ((b[1] as number) - (a[1] as number)) * t,
  ];
  const p = lerp(lerp(sw, se, u), lerp(nw, ne, u), v);
  return roundPosition(p);
}
