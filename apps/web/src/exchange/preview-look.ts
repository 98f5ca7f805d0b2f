import type { FeatureCollection, Position } from 'geojson';
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { PreviewAction } from './import-client';

/** The source the preview's features are drawn from, beside the atlas's own. */
export const PREVIEW_SOURCE = 'importPreview';

/**
 * A row's fate in colour — and, so that colour is never the only sign, in its outline (solid, dashed,
 * dotted) and, for a point or a row in error, its mark's shape (circle, square, triangle). The
 * colours are kept apart under colour-vision deficiencies (preview-look.test.ts). They mean nothing
 * on the atlas's own map, so they live here rather than in the theme's palette.
 */
export const PREVIEW_LOOK: Record<
  PreviewAction,
  { colour: string; dash: number[]; mark: 'circle' | 'square' | 'triangle' }
> = {
  create: { colour: '#0072b2', dash: [1, 0], mark: 'circle' },
  update: { colour: '#1f2933', dash: [3, 2], mark: 'square' },
  error: { colour: '#d55e00', dash: [0.4, 1.6], mark: 'triangle' },
};

const ACTIONS = Object.keys(PREVIEW_LOOK) as PreviewAction[];
const byAction = <T>(value: (action: PreviewAction) => T, fallback: T): ExpressionSpecification =>
  [
    'match',
    ['get', 'action'],
    ...ACTIONS.flatMap((a) => [a, value(a)]),
    fallback,
  ] as unknown as ExpressionSpecification;
const colour = byAction((a) => PREVIEW_LOOK[a].colour, PREVIEW_LOOK.error.colour);

// MapLibre names a multi-part geometry by its own type or by its parts', depending on the version.
const POLYGONS = ['Polygon', 'MultiPolygon'];
const LINES = ['LineString', 'MultiLineString'];
const POINTS = ['Point', 'MultiPoint'];

/** The mark's image name, drawn in the browser when the map first asks for it (`previewMark`). */
export const markName = (action: PreviewAction) => `import-${action}`;

/** The preview's layers, over the county outlines and zones of the atlas's own style. */
export const PREVIEW_LAYERS: LayerSpecification[] = [
  {
    id: 'import-preview-fill',
    type: 'fill',
    source: PREVIEW_SOURCE,
    filter: ['in', ['geometry-type'], ['literal', POLYGONS]],
    paint: { 'fill-color': colour, 'fill-opacity': 0.2 },
  },
  {
    id: 'import-preview-line',
    type: 'line',
    source: PREVIEW_SOURCE,
    filter: ['in', ['geometry-type'], ['literal', [...POLYGONS, ...LINES]]],
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: {
      'line-color': colour,
      'line-width': 3,
      'line-dasharray': byAction((a) => ['literal', PREVIEW_LOOK[a].dash], ['literal', [1, 0]]),
    },
  },
  {
    id: 'import-preview-mark',
    type: 'symbol',
    source: PREVIEW_SOURCE,
    // Every point, and a triangle on every line or polygon in error as well as its dotted outline.
    filter: ['any', ['in', ['geometry-type'], ['literal', POINTS]], ['==', ['get', 'action'], 'error']],
    layout: {
      'icon-image': byAction((a) => markName(a), markName('error')),
      'icon-allow-overlap': true,
      'icon-ignore-placement': true,
    },
  },
];

/**
 * The extent of a collection's coordinates, [west, south, east, north], at full precision, or null
 * when it has none.
 *
 * @example extentOf({ type: 'FeatureCollection', features: [pointAt(114.6, 33.6)] }) // [114.6, 33.6, 114.6, 33.6]
 */
export function extentOf(collection: FeatureCollection): [number, number, number, number] | null {
  let extent: [number, number, number, number] | null = null;
  const visit = (coordinates: unknown): void => {
    if (!Array.isArray(coordinates)) return;
    if (typeof coordinates[0] === 'number') {
      const [lng, lat] = coordinates as Position;
      if (typeof lng !== 'number' || typeof lat !== 'number') return;
      extent = extent
        ? [
            Math.min(extent[0], lng),
            Math.min(extent[1], lat),
            Math.max(extent[2], lng),
            Math.max(extent[3], lat),
          ]
        : [lng, lat, lng, lat];
      return;
    }
    for (const part of coordinates) visit(part);
  };
  for (const feature of collection.features) {
    const geometry = feature.geometry;
    if (!geometry) continue;
    if (geometry.type === 'GeometryCollection')
      for (const g of geometry.geometries) visit('coordinates' in g ? g.coordinates : null);
    else visit(geometry.coordinates);
  }
  return extent;
}
