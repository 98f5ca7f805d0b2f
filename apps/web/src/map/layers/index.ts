import type { GeoJSONSourceSpecification, MapGeoJSONFeature, Map as MapLibreMap } from 'maplibre-gl';
import { CHANGES } from './changes';
import type { AtlasLayer, LayerConcept, LegendEntry, TapContext } from './concept';
import { TIERS } from './concept';
import { BACKGROUND, COUNTIES, RIVERS } from './counties';
import { FACILITIES } from './facilities';
import { GRID } from './grid';
import type { LayerId, SourceId, SwitchableId } from './ids';
import { LAYER, SWITCHABLE_IDS } from './ids';
import { PROJECTS } from './projects';
import { RELOCATION } from './relocation';
import { ROADS } from './roads';
import { ZONES } from './zones';

export { LAYER, type LayerId, SOURCE, type SourceId, SWITCHABLE_IDS, type SwitchableId } from './ids';

/** Every concept the map draws; within a tier, earlier concepts draw first. */
export const CONCEPTS: readonly LayerConcept[] = [
  BACKGROUND,
  COUNTIES,
  RIVERS,
  ZONES,
  ROADS,
  GRID,
  RELOCATION,
  PROJECTS,
  FACILITIES,
  CHANGES,
];

/** Every layer in drawing order: by tier, then by concept. */
export const ATLAS_LAYERS: readonly AtlasLayer[] = TIERS.flatMap((tier) =>
  CONCEPTS.flatMap((c) => c.layers.filter((l) => l.tier === tier).map((l) => l.layer)),
);

/** Every GeoJSON source, empty until the map's data is written in. */
export const ATLAS_SOURCES = Object.assign({}, ...CONCEPTS.map((c) => c.sources)) as Record<
  SourceId,
  GeoJSONSourceSpecification
>;

/** Layers a leader can switch, with the map layers each one covers. */
export const SWITCHABLE_LAYERS: { id: SwitchableId; layers: LayerId[] }[] = SWITCHABLE_IDS.map((id) => ({
  id,
  layers: CONCEPTS.filter((c) => c.switchable === id).flatMap((c) => c.layers.map((l) => l.layer.id)),
}));

/** Each switchable layer's legend, from its concept. */
export const LEGENDS = Object.fromEntries(
  SWITCHABLE_IDS.map((id) => [
    id,
    CONCEPTS.filter((c) => c.switchable === id).flatMap((c) => c.legend ?? []),
  ]),
) as Record<SwitchableId, LegendEntry[]>;

/** Layers whose labels follow the chosen language, with the text each one shows. */
export const LOCALISED_LABELS = CONCEPTS.flatMap((c) => c.labels ?? []);

const TAPS = CONCEPTS.flatMap((c) => c.taps ?? []).sort((a, b) => a.rank - b.rank);

/** Layers a tap or a hover can reach, the one that wins under a finger first. */
export const INTERACTIVE_LAYERS: readonly LayerId[] = TAPS.map((t) => t.layer);

/** Of the features under a pointer, the one a tap means: by the layers' rank, not their drawing order. */
export function pickFeature(features: readonly MapGeoJSONFeature[]): MapGeoJSONFeature | undefined {
  const rank = (f: MapGeoJSONFeature) => INTERACTIVE_LAYERS.indexOf(f.layer.id as LayerId);
  return [...features].filter((f) => rank(f) >= 0).sort((a, b) => rank(a) - rank(b))[0];
}

/** Does what a tap on `feature` means (opens a zone, a project, a relocation; zooms into a bubble). */
export function tapFeature(feature: MapGeoJSONFeature, context: TapContext) {
  TAPS.find((t) => t.layer === feature.layer.id)?.onTap?.(feature, context);
}

/** The language the zones' names are drawn in, read back from the map's own style. */
export function labelLanguage(map: Pick<MapLibreMap, 'getLayoutProperty'>): 'zh' | 'en' {
  return JSON.stringify(map.getLayoutProperty(LAYER.zoneLabel, 'text-field')).includes('nameEn')
    ? 'en'
    : 'zh';
}
