import {
  COUNTIES,
  COUNTY_POLYGON_PROVENANCE,
  COUNTY_POLYGONS,
  fromPublicSource,
  RIVER_PROVENANCE,
  RIVERS,
} from '@atlas/data';
import type { AtlasDb } from '../client';
import { counties, rivers } from '../schema';
import { geometrySource, source } from './provenance';

export async function seedCounties(db: AtlasDb): Promise<void> {
  await db.insert(counties).values(
    COUNTIES.map((c) => {
      const polygon = COUNTY_POLYGONS.features.find((f) => f.properties.adcode === c.adcode);
      if (!polygon) throw new Error(`no polygon for county ${c.adcode}`);
      return {
        adcode: c.adcode,
        name: c.name,
        nameEn: c.nameEn,
        seatName: c.seatName,
        seat: { type: 'Point' as const, coordinates: c.seat },
        boundary: polygon.geometry,
        // Names and 2014 codes are public record (民政部 division codes), as the polygon source lists them.
        ...source(
          fromPublicSource(`${COUNTY_POLYGON_PROVENANCE.citation} Seat: ${c.seatProvenance.citation}`),
        ),
        ...geometrySource(COUNTY_POLYGON_PROVENANCE),
      };
    }),
  );
}

export async function seedRivers(db: AtlasDb): Promise<void> {
  await db.insert(rivers).values(
    RIVERS.features.map((f) => ({
      name: null,
      level: f.properties.level,
      geometry: f.geometry,
      ...source(RIVER_PROVENANCE),
    })),
  );
}
