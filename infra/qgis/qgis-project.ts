import { ENUM_LABELS } from '../../apps/web/src/i18n/enums';
import type { LayerConcept } from '../../apps/web/src/map/layers/concept';
import { COUNTIES } from '../../apps/web/src/map/layers/counties';
import { LAYER } from '../../apps/web/src/map/layers/ids';
import { ZONES } from '../../apps/web/src/map/layers/zones';
import {
  RELOCATION_COLOURS,
  ROAD_COLOURS,
  ROAD_DASHES,
  STAR_LEVEL_COLOURS,
  STATUS_COLOURS,
  SYMBOL_COLOURS,
  VOLTAGE_STYLE,
} from '../../apps/web/src/theme/palette';
import { FACILITY_KINDS } from '../../packages/data/src/plan/vocabulary';

/**
 * The QGIS project `zhoukou-atlas.qgs`, written from the map's own palette and words: one OGC API –
 * Features layer per collection of a running atlas's /ogc, drawn as the map draws it. Written by
 * `write-qgis-project.ts`; a test fails when the file and this drift apart.
 */

/** Where `pnpm start` serves the API; a planner with another address changes it once in QGIS. */
export const DEFAULT_OGC_URL = 'http://localhost:4000/ogc';

type Geometry = 'point' | 'line' | 'polygon';

/** One drawn symbol: what QGIS calls a symbol with one symbol layer. */
type StyleSymbol =
  | { kind: 'fill'; colour: string; opacity: number; outline: string; outlineWidthPx: number }
  | { kind: 'line'; colour: string; widthPx: number; dash?: readonly number[] }
  | {
      kind: 'marker';
      shape: 'circle' | 'diamond' | 'square';
      colour: string;
      outline: string;
      sizePx: number;
      outlineWidthPx: number;
    };

export interface Category {
  readonly value: string;
  readonly label: string;
  readonly symbol: StyleSymbol;
}

export type Renderer =
  | { readonly type: 'single'; readonly symbol: StyleSymbol }
  | { readonly type: 'categorized'; readonly field: string; readonly categories: readonly Category[] };

export interface QgisLayer {
  /** The OGC collection id: the GraphQL name of the layer. */
  readonly collection: string;
  readonly name: string;
  readonly geometry: Geometry;
  /**
   * The collection holds more than one geometry type (projects: points and site polygons; grid
   * projects: substations and lines). QGIS's OAPIF provider gives a layer the type of the first
   * features it reads and drops the rest, so such a collection is opened through GDAL's OAPIF
   * driver (QGIS's OGR provider) once per type, `geometrytype` choosing it (Multi* included).
   */
  readonly mixed?: boolean;
  readonly renderer: Renderer;
  /** The attribute drawn as a label, if any. */
  readonly label?: { readonly field: string; readonly colour: string; readonly sizePt: number };
}

/** A colour the map's style gives as a plain value (not an expression), read from its layer. */
function paintColour(concept: LayerConcept, id: string, property: string): string {
  const layer = concept.layers.find(({ layer }) => layer.id === id)?.layer;
  const value = (layer as { paint?: Record<string, unknown> } | undefined)?.paint?.[property];
  if (typeof value !== 'string') throw new Error(`the map's ${id} has no plain ${property}`);
  return value;
}

const COUNTY_FILL = paintColour(COUNTIES, LAYER.countyFill, 'fill-color');
const COUNTY_LINE = paintColour(COUNTIES, LAYER.countyLine, 'line-color');
/** The zones' outline where none is emphasised: the same brown rings the zone markers. */
const ZONE_OUTLINE = paintColour(ZONES, LAYER.zoneMarker, 'circle-stroke-color');

/** A road kind's dash, in line widths as the map gives it. */
const dashOf = (kind: string) => ROAD_DASHES.find(([k]) => k === kind)?.[1] ?? [1, 0];

/** Projects are points or site polygons: one QGIS layer each, coloured by status alike. */
const STATUS_SPLIT: readonly QgisLayer[] = (['point', 'polygon'] as const).map((geometry) => ({
  collection: 'projects',
  name: geometry === 'point' ? '重大项目' : '重大项目用地',
  geometry,
  mixed: true,
  renderer: {
    type: 'categorized',
    field: 'status',
    categories: STATUS_COLOURS.map(([status, colour]) => ({
      value: status,
      label: ENUM_LABELS.ProjectStatus.zh[status as keyof typeof ENUM_LABELS.ProjectStatus.zh],
      symbol:
        geometry === 'point'
          ? marker('circle', colour, '#ffffff', 10, 1)
          : { kind: 'fill', colour, opacity: 0.6, outline: colour, outlineWidthPx: 1 },
    })),
  },
}));

/** Top of the layer list first: QGIS draws the first layer over the others, as the map's tiers do. */
export const QGIS_LAYERS: readonly QgisLayer[] = [
  {
    collection: 'facilities',
    name: '污水厂等设施',
    geometry: 'point',
    renderer: {
      type: 'categorized',
      field: 'kind',
      categories: FACILITY_KINDS.map((kind) => ({
        value: kind,
        label: ENUM_LABELS.FacilityKind.zh[kind],
        // The map's badges: a round drop for sewage plants, a diamond for every other facility.
        symbol:
          kind === 'SEWAGE_PLANT'
            ? marker('circle', SYMBOL_COLOURS.sewagePlant, '#ffffff', 12, 1.5)
            : marker('diamond', SYMBOL_COLOURS.facility, '#ffffff', 11, 1.5),
      })),
    },
  },
  {
    collection: 'relocationSites',
    name: '搬迁村庄',
    geometry: 'point',
    renderer: { type: 'single', symbol: marker('circle', '#ffffff', RELOCATION_COLOURS.village, 10, 2.5) },
    label: { field: 'villageName', colour: '#064e3b', sizePt: 8 },
  },
  {
    collection: 'housingProjects',
    name: '安置房和公租房',
    geometry: 'point',
    renderer: { type: 'single', symbol: marker('circle', SYMBOL_COLOURS.community, '#ffffff', 11, 1.5) },
  },
  ...STATUS_SPLIT,
  {
    collection: 'gridProjects',
    name: '变电站',
    geometry: 'point',
    mixed: true,
    renderer: {
      type: 'categorized',
      field: 'voltageKv',
      categories: VOLTAGE_STYLE.map(([kv]) => ({
        value: String(kv),
        label: `${kv}千伏变电站`,
        // The map's substation badges: a square, dark for 220 kV.
        symbol: marker(
          'square',
          kv >= 220 ? SYMBOL_COLOURS.substation220 : SYMBOL_COLOURS.substation110,
          '#ffffff',
          kv >= 220 ? 14 : 11,
          1.5,
        ),
      })),
    },
  },
  {
    collection: 'gridProjects',
    name: '电网线路',
    geometry: 'line',
    mixed: true,
    renderer: {
      type: 'categorized',
      field: 'voltageKv',
      categories: VOLTAGE_STYLE.map(([kv, colour, width]) => ({
        value: String(kv),
        label: `${kv}千伏`,
        symbol: { kind: 'line', colour, widthPx: width },
      })),
    },
  },
  {
    collection: 'roadLinks',
    name: '道路工程',
    geometry: 'line',
    renderer: {
      type: 'categorized',
      field: 'kind',
      categories: ROAD_COLOURS.map(([kind, colour]) => ({
        value: kind,
        label: ENUM_LABELS.RoadLinkKind.zh[kind as keyof typeof ENUM_LABELS.RoadLinkKind.zh],
        symbol: { kind: 'line', colour, widthPx: 3.5, dash: dashOf(kind) },
      })),
    },
  },
  {
    collection: 'zones',
    name: '产业集聚区',
    geometry: 'polygon',
    renderer: {
      type: 'categorized',
      field: 'starLevel',
      categories: STAR_LEVEL_COLOURS.map(([level, colour]) => ({
        value: level,
        label: ENUM_LABELS.StarLevel.zh[level as keyof typeof ENUM_LABELS.StarLevel.zh],
        symbol: { kind: 'fill', colour, opacity: 0.85, outline: ZONE_OUTLINE, outlineWidthPx: 1.5 },
      })),
    },
    label: { field: 'name', colour: ZONE_OUTLINE, sizePt: 10 },
  },
  {
    collection: 'counties',
    name: '县界',
    geometry: 'polygon',
    renderer: {
      type: 'single',
      symbol: { kind: 'fill', colour: COUNTY_FILL, opacity: 1, outline: COUNTY_LINE, outlineWidthPx: 1.2 },
    },
    label: { field: 'name', colour: '#52606d', sizePt: 9 },
  },
];

function marker(
  shape: 'circle' | 'diamond' | 'square',
  colour: string,
  outline: string,
  sizePx: number,
  outlineWidthPx: number,
): StyleSymbol {
  return { kind: 'marker', shape, colour, outline, sizePx, outlineWidthPx };
}

/** `#rrggbb` as QGIS writes a colour: `r,g,b,a`. */
export function qgisColour(hex: string, opacity = 1): string {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = match.slice(1).map((part) => Number.parseInt(part, 16));
  return `${r},${g},${b},${Math.round(opacity * 255)}`;
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

const OGR_GEOMETRY: Record<Geometry, string> = { point: 'Point', line: 'LineString', polygon: 'Polygon' };

/**
 * A layer's data source: for QGIS's OAPIF provider, the landing page and the collection
 * (`typename`); for a mixed collection, GDAL's `OAPIF:` name with the layer and one geometry type.
 */
export function dataSourceOf(url: string, layer: QgisLayer): { provider: 'OAPIF' | 'ogr'; source: string } {
  if (layer.mixed)
    return {
      provider: 'ogr',
      source: `OAPIF:${url}|layername=${layer.collection}|geometrytype=${OGR_GEOMETRY[layer.geometry]}`,
    };
  return { provider: 'OAPIF', source: `url='${url}' typename='${layer.collection}' pagingEnabled='true'` };
}

const option = (name: string, value: string | number) =>
  `<Option name="${name}" type="QString" value="${escapeAttribute(String(value))}"/>`;

function symbolLayerXml(symbol: StyleSymbol): string {
  const options: string[] = [];
  let layerClass: string;
  if (symbol.kind === 'fill') {
    layerClass = 'SimpleFill';
    options.push(
      option('color', qgisColour(symbol.colour, symbol.opacity)),
      option('style', 'solid'),
      option('outline_color', qgisColour(symbol.outline)),
      option('outline_style', 'solid'),
      option('outline_width', symbol.outlineWidthPx),
      option('outline_width_unit', 'Pixel'),
      option('joinstyle', 'round'),
    );
  } else if (symbol.kind === 'line') {
    layerClass = 'SimpleLine';
    const dashed = symbol.dash?.some((length, i) => i % 2 === 1 && length > 0) ?? false;
    options.push(
      option('line_color', qgisColour(symbol.colour)),
      option('line_width', symbol.widthPx),
      option('line_width_unit', 'Pixel'),
      option('line_style', 'solid'),
      option('capstyle', 'flat'),
      option('joinstyle', 'round'),
      // MapLibre's dashes are in line widths; QGIS's custom dash in map units of its own.
      option('use_custom_dash', dashed ? 1 : 0),
      option('customdash', (symbol.dash ?? [1, 0]).map((length) => length * symbol.widthPx).join(';')),
      option('customdash_unit', 'Pixel'),
    );
  } else {
    layerClass = 'SimpleMarker';
    options.push(
      option('name', symbol.shape),
      option('color', qgisColour(symbol.colour)),
      option('outline_color', qgisColour(symbol.outline)),
      option('outline_style', 'solid'),
      option('outline_width', symbol.outlineWidthPx),
      option('outline_width_unit', 'Pixel'),
      option('size', symbol.sizePx),
      option('size_unit', 'Pixel'),
      option('scale_method', 'diameter'),
    );
  }
  return [
    `<layer class="${layerClass}" enabled="1" locked="0" pass="0">`,
    '<Option type="Map">',
    ...options,
    '</Option>',
    '</layer>',
  ].join('\n');
}

function symbolXml(name: string, symbol: StyleSymbol): string {
  return [
    `<symbol type="${symbol.kind}" name="${name}" alpha="1" clip_to_extent="1" force_rhr="0">`,
    symbolLayerXml(symbol),
    '</symbol>',
  ].join('\n');
}

function rendererXml(renderer: Renderer): string {
  if (renderer.type === 'single')
    return [
      '<renderer-v2 type="singleSymbol" symbollevels="0" enableorderby="0" forceraster="0">',
      '<symbols>',
      symbolXml('0', renderer.symbol),
      '</symbols>',
      '</renderer-v2>',
    ].join('\n');
  return [
    `<renderer-v2 type="categorizedSymbol" attr="${escapeAttribute(renderer.field)}" symbollevels="0" enableorderby="0" forceraster="0">`,
    '<categories>',
    ...renderer.categories.map(
      (category, i) =>
        `<category symbol="${i}" value="${escapeAttribute(category.value)}" label="${escapeAttribute(category.label)}" render="true"/>`,
    ),
    '</categories>',
    '<symbols>',
    ...renderer.categories.map((category, i) => symbolXml(String(i), category.symbol)),
    '</symbols>',
    '</renderer-v2>',
  ].join('\n');
}

function labelXml(label: QgisLayer['label']): string {
  if (!label) return '';
  return [
    '<labeling type="simple">',
    '<settings calloutType="simple">',
    `<text-style fieldName="${escapeAttribute(label.field)}" isExpression="0" fontSize="${label.sizePt}" fontSizeUnit="Point" textColor="${qgisColour(label.colour)}" fontFamily="Noto Sans CJK SC" textOpacity="1">`,
    `<text-buffer bufferDraw="1" bufferSize="1" bufferSizeUnits="MM" bufferColor="255,255,255,255" bufferOpacity="1"/>`,
    '</text-style>',
    '<placement placement="1" dist="0" priority="5"/>',
    '<rendering obstacle="1" scaleVisibility="0" drawLabels="1"/>',
    '</settings>',
    '</labeling>',
  ].join('\n');
}

const WGS84 = [
  '<spatialrefsys nativeFormat="Wkt">',
  '<wkt>GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4326"]]</wkt>',
  '<proj4>+proj=longlat +datum=WGS84 +no_defs</proj4>',
  '<srsid>3452</srsid>',
  '<srid>4326</srid>',
  '<authid>EPSG:4326</authid>',
  '<description>WGS 84</description>',
  '<projectionacronym>longlat</projectionacronym>',
  '<ellipsoidacronym>EPSG:7030</ellipsoidacronym>',
  '<geographicflag>true</geographicflag>',
  '</spatialrefsys>',
].join('\n');

const WKB_TYPE: Record<Geometry, string> = {
  point: 'Point',
  line: 'MultiLineString',
  polygon: 'MultiPolygon',
};
const GEOMETRY_NAME: Record<Geometry, string> = { point: 'Point', line: 'Line', polygon: 'Polygon' };

const layerId = (layer: QgisLayer) => `atlas_${layer.collection}${layer.mixed ? `_${layer.geometry}` : ''}`;

function mapLayerXml(layer: QgisLayer, url: string): string {
  return [
    `<maplayer type="vector" geometry="${GEOMETRY_NAME[layer.geometry]}" wkbType="${WKB_TYPE[layer.geometry]}" labelsEnabled="${layer.label ? 1 : 0}" hasScaleBasedVisibilityFlag="0" minScale="100000000" maxScale="0" autoRefreshEnabled="0" refreshOnNotifyEnabled="0" simplifyDrawingHints="1" readOnly="1">`,
    `<id>${layerId(layer)}</id>`,
    `<datasource>${escapeText(dataSourceOf(url, layer).source)}</datasource>`,
    `<layername>${escapeText(layer.name)}</layername>`,
    '<srs>',
    WGS84,
    '</srs>',
    `<provider encoding="UTF-8">${dataSourceOf(url, layer).provider}</provider>`,
    rendererXml(layer.renderer),
    labelXml(layer.label),
    '<blendMode>0</blendMode>',
    '<featureBlendMode>0</featureBlendMode>',
    '<layerOpacity>1</layerOpacity>',
    '</maplayer>',
  ]
    .filter(Boolean)
    .join('\n');
}

/** Zhoukou's extent with a margin, the view the project opens on. */
const EXTENT = { xmin: 114.0, ymin: 33.0, xmax: 115.7, ymax: 34.4 };

/** The project's XML, its layers reading from `url` (a running atlas's /ogc). */
export function buildQgisProject(url = DEFAULT_OGC_URL): string {
  const treeLayers = QGIS_LAYERS.map(
    (layer) =>
      `<layer-tree-layer id="${layerId(layer)}" name="${escapeAttribute(layer.name)}" source="${escapeAttribute(dataSourceOf(url, layer).source)}" providerKey="${dataSourceOf(url, layer).provider}" checked="Qt::Checked" expanded="1">\n<customproperties/>\n</layer-tree-layer>`,
  );
  return [
    "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>",
    '<qgis projectname="周口产业集聚区一张图" version="3.34.0-Prizren">',
    '<homePath path=""/>',
    '<title>周口产业集聚区一张图</title>',
    '<projectCrs>',
    WGS84,
    '</projectCrs>',
    '<layer-tree-group>',
    '<customproperties/>',
    ...treeLayers,
    '<custom-order enabled="0"/>',
    '</layer-tree-group>',
    '<mapcanvas annotationsVisible="1" name="theMapCanvas">',
    '<units>degrees</units>',
    `<extent><xmin>${EXTENT.xmin}</xmin><ymin>${EXTENT.ymin}</ymin><xmax>${EXTENT.xmax}</xmax><ymax>${EXTENT.ymax}</ymax></extent>`,
    '<rotation>0</rotation>',
    '<destinationsrs>',
    WGS84,
    '</destinationsrs>',
    '<rendermaptile>0</rendermaptile>',
    '</mapcanvas>',
    '<projectlayers>',
    ...QGIS_LAYERS.map((layer) => mapLayerXml(layer, url)),
    '</projectlayers>',
    '<layerorder>',
    ...QGIS_LAYERS.map((layer) => `<layer id="${layerId(layer)}"/>`),
    '</layerorder>',
    '</qgis>',
    '',
  ].join('\n');
}
