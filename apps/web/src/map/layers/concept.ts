import type {
  ExpressionSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  MapGeoJSONFeature,
  Map as MapLibreMap,
} from 'maplibre-gl';
import type { Locale } from '../../i18n/locale';
import type { Selection } from '../view-url';
import type { LayerId, SourceId, SwitchableId } from './ids';

/**
 * Where in the drawing order a layer goes: ground first, zones' names last. The topmost labels are
 * placed first, so a zone's name (`names`) is never pushed out by another label.
 */
export type Tier = 'ground' | 'areas' | 'lines' | 'points' | 'symbols' | 'markers' | 'labels' | 'names';
export const TIERS: readonly Tier[] = [
  'ground',
  'areas',
  'lines',
  'points',
  'symbols',
  'markers',
  'labels',
  'names',
];

/** A layer specification whose id and source are the typed ones. */
export type AtlasLayer = LayerSpecification & { id: LayerId; source?: SourceId };

/**
 * One row of a concept's legend: what a colour (and its dash or width, which carry the same meaning
 * for readers who cannot tell the colours apart) stands for. `value` is the enum value it explains.
 */
export interface LegendEntry {
  readonly value: string;
  readonly colour: string;
  readonly shape: 'box' | 'dot' | 'line' | 'ring';
  readonly dash?: readonly number[];
  readonly width?: number;
}

/** What a tap on one of a concept's features does. */
export interface TapContext {
  readonly map: MapLibreMap;
  readonly lngLat: { lng: number; lat: number };
  select(selection: Selection): void;
}

/**
 * One thing the map shows (zones, projects, roads …): its sources, its layers in their tiers, the
 * labels that follow the language, what a tap on it does and which of its layers answer a pointer.
 */
export interface LayerConcept {
  /** The row in the layer panel that switches it, if a leader may switch it. */
  readonly switchable?: SwitchableId;
  readonly sources: Partial<Record<SourceId, GeoJSONSourceSpecification>>;
  readonly layers: readonly { tier: Tier; layer: AtlasLayer }[];
  /** What its colours, dashes and widths mean, in the order the legend lists them. */
  readonly legend?: readonly LegendEntry[];
  /** Layers whose text follows the chosen language, with the text each one shows. */
  readonly labels?: readonly { layer: LayerId; text: (locale: Locale) => ExpressionSpecification }[];
  /**
   * Layers a tap or a hover reaches, with what a tap does; `rank` decides between features under
   * one finger (lower wins), so a zone's name wins over the bubble drawn near it.
   */
  readonly taps?: readonly {
    layer: LayerId;
    rank: number;
    onTap?: (feature: MapGeoJSONFeature, context: TapContext) => void;
  }[];
}
