import { datumOfGeoJsonCrs } from '@atlas/geo';
import type { ReadFeature, ReadLimits, ReadResult } from '../types';
import { FeatureBudget } from './feature-budget';
import { isGeometry, isObject, type Json } from './geometry-shape';
import { reasonOf, refuse } from './refusals';
import { decodeText } from './text-encoding';

function refuseFeature(row: number, zh: string, en: string): never {
  throw refuse.malformed(`第 ${row} 个要素${zh}`, `feature ${row} ${en}`);
}

function readFeature(value: unknown, row: number): ReadFeature {
  if (!isObject(value) || value.type !== 'Feature') {
    refuseFeature(row, '不是 GeoJSON Feature', 'is not a GeoJSON Feature');
  }
  const { geometry, properties, id } = value;
  if (geometry !== null && !isGeometry(geometry)) {
    refuseFeature(
      row,
      '的几何无效（类型或坐标不是有限数字）',
      'has an invalid geometry (type, or coordinates that are not finite numbers)',
    );
  }
  if (properties !== null && properties !== undefined && !isObject(properties)) {
    refuseFeature(row, '的属性不是对象', 'has properties that are not an object');
  }
  const attributes: Record<string, unknown> = { ...(properties ?? {}) };
  // The atlas's own export puts a record's id in the Feature's `id`; the importer matches on it.
  if (id !== undefined && !('id' in attributes)) attributes.id = id;
  return { row, geometry: geometry ?? null, properties: attributes };
}

function featuresOf(root: Json): unknown[] {
  if (root.type === 'FeatureCollection') {
    if (!Array.isArray(root.features)) {
      throw refuse.malformed(
        'FeatureCollection 缺少 features 数组',
        'FeatureCollection without a features array',
      );
    }
    return root.features;
  }
  if (root.type === 'Feature') return [root];
  if (isGeometry(root)) return [{ type: 'Feature', geometry: root, properties: {} }];
  throw refuse.malformed(
    '不是 GeoJSON（需要 FeatureCollection、Feature 或几何）',
    'not GeoJSON (a FeatureCollection, a Feature or a geometry)',
  );
}

/**
 * A GeoJSON file: a FeatureCollection, one Feature or a bare geometry. Rows are the features'
 * 1-based order. A `crs` member (GeoJSON 2008, as GDAL writes for projected data) names the datum.
 */
export function readGeoJson(bytes: Uint8Array, limits: ReadLimits): ReadResult {
  const { text, encoding } = decodeText(bytes);
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (error) {
    throw refuse.malformed(`JSON 无法解析（${reasonOf(error)}）`, `JSON does not parse (${reasonOf(error)})`);
  }
  if (!isObject(root)) throw refuse.malformed('不是 GeoJSON 对象', 'not a GeoJSON object');
  const raw = featuresOf(root);
  const budget = new FeatureBudget(limits.maxFeatures);
  budget.expect(raw.length);
  const features = raw.map((feature, i) => readFeature(feature, i + 1));
  const warnings: string[] = [];
  if (encoding === 'GBK') {
    warnings.push('文件不是 UTF-8，已按 GBK 读取 / the file is not UTF-8; read as GBK');
  }
  const crsName = isObject(root.crs) && isObject(root.crs.properties) ? root.crs.properties.name : undefined;
  const datum = root.crs === undefined ? null : datumOfGeoJsonCrs(root.crs);
  if (root.crs !== undefined && datum === null) {
    warnings.push(
      `无法识别 crs（${String(crsName ?? '?').slice(0, 80)}），请选择坐标系 / crs not understood (${String(crsName ?? '?').slice(0, 80)}); choose the datum`,
    );
  }
  return {
    kind: 'geojson',
    features,
    datum,
    datumEvidence: datum ? `crs: ${String(crsName)}` : null,
    warnings,
  };
}
