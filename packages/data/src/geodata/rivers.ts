import type { FeatureCollection, LineString, MultiLineString } from 'geojson';
import riversJson from '../../geo/rivers.json' with { type: 'json' };
import { fromPublicSource, type Provenance } from '../provenance';

export interface RiverProperties {
  /** WDBII level: 1 major permanent river … 4 minor permanent river. */
  readonly level: number;
}

/** Permanent rivers within the accepted extent, WGS 84 (extracted by scripts/extract-rivers.sh). */
export const RIVERS = riversJson as unknown as FeatureCollection<
  LineString | MultiLineString,
  RiverProperties
> & {
  attribution: string;
};

export const RIVER_PROVENANCE: Provenance = fromPublicSource(RIVERS.attribution);
