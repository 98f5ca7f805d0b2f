import { simplifyCoverage } from '@atlas/geo';
import { COUNTY_POLYGONS } from './counties';
import { COUNTY_ZOOMS, type CountyZoomsFile, encodeRing } from './county-zooms';

/**
 * The text of geo/counties-by-zoom.json: the county coverage simplified together (shared borders
 * stay shared) at each of {@link COUNTY_ZOOMS}, each ring written as the full-detail vertices it
 * keeps. Deterministic: the same counties.json always gives the same bytes, which a test checks
 * against the committed file.
 *
 * @example
 * await writeFile('geo/counties-by-zoom.json', countyZoomsFileText());
 */
export function countyZoomsFileText(): string {
  const zooms: CountyZoomsFile = {};
  for (const zoom of COUNTY_ZOOMS) {
    const byAdcode: CountyZoomsFile[string] = {};
    for (const feature of simplifyCoverage(COUNTY_POLYGONS.features, zoom)) {
      const full = COUNTY_POLYGONS.features.find((f) => f.properties.adcode === feature.properties.adcode);
      const parts =
        feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
      byAdcode[feature.properties.adcode] = parts.map((rings, p) =>
        rings.map((ring, r) => encodeRing(full?.geometry.coordinates[p]?.[r] ?? [], ring)),
      );
    }
    zooms[String(zoom)] = byAdcode;
  }
  const note =
    'counties.json simplified per web-map zoom by scripts/build-county-zooms.ts (@atlas/geo simplifyCoverage); each ring lists the indices of the full-detail vertices it keeps (first index, then steps; -k is k single steps).';
  return `${JSON.stringify({ note, zooms })}\n`;
}
