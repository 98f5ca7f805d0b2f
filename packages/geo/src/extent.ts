/**
 * Zhoukou's extent in WGS 84 degrees, from the PLAN's county polygons rounded outward:
 * 114.0–115.7 E, 33.0–34.4 N.
 */
export const ZHOUKOU_EXTENT = { west: 114.0, south: 33.0, east: 115.7, north: 34.4 } as const;

/** Margin around the extent, in degrees, so features on the city's edge (a river reach, a road to the next county) still fit. */
export const EXTENT_MARGIN_DEGREES = 0.1;

/**
 * The box every stored geometry must lie within: the extent plus its margin.
 * The database's CHECK constraints and the API's input validation both use it.
 *
 * @example
 * ACCEPTED_EXTENT.west // 113.9
 */
export const ACCEPTED_EXTENT = {
  west: ZHOUKOU_EXTENT.west - EXTENT_MARGIN_DEGREES,
  south: ZHOUKOU_EXTENT.south - EXTENT_MARGIN_DEGREES,
  east: ZHOUKOU_EXTENT.east + EXTENT_MARGIN_DEGREES,
  north: ZHOUKOU_EXTENT.north + EXTENT_MARGIN_DEGREES,
} as const;

/** True when a [lng, lat] position lies inside {@link ACCEPTED_EXTENT}. */
export function isInAcceptedExtent([lng, lat]: readonly [number, number]): boolean {
  return (
    lng >= ACCEPTED_EXTENT.west &&
    lng <= ACCEPTED_EXTENT.east &&
    lat >= ACCEPTED_EXTENT.south &&
    lat <= ACCEPTED_EXTENT.north
  );
}
