import { kml } from '@tmcw/togeojson';
import { DOMParser, type Document } from '@xmldom/xmldom';
import iconv from 'iconv-lite';
import type { ReadFeature, ReadLimits, ReadResult } from '../types';
import { FeatureBudget } from './feature-budget';
import { isRefusal, reasonOf, refuse } from './refusals';
import { readZip } from './zip-archive';

/** Properties togeojson makes from a placemark's style: how it looked, not what it is. */
const STYLE_PROPERTIES =
  /^(styleUrl|styleHash|styleMapHash|stroke|stroke-opacity|stroke-width|fill|fill-opacity|icon|icon-.*|label-.*|visibility)$/;

/** The encoding an XML declaration names; KML is UTF-8 unless it says GBK or the like. */
function xmlText(bytes: Uint8Array): string {
  const head = new TextDecoder().decode(bytes.subarray(0, 200));
  const declared = /^\uFEFF?\s*<\?xml[^>]*encoding\s*=\s*["']([\w-]+)["']/i.exec(head)?.[1];
  if (declared && /^(gbk|gb2312|gb18030|cp936)$/i.test(declared)) {
    return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gb18030');
  }
  return new TextDecoder().decode(bytes);
}

/**
 * Parses strictly: every fatal error, error and warning of the parser stops it, so a broken file
 * is refused whole rather than read in half. DOCTYPE and ENTITY declarations are refused before
 * parsing: KML needs neither, and they are how XXE and "billion laughs" files work.
 */
function parseKmlDocument(text: string): Document {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
    throw refuse.malformed(
      'KML 含有 DOCTYPE 或 ENTITY 声明，已拒绝',
      'the KML has a DOCTYPE or ENTITY declaration; refused',
    );
  }
  let document: Document;
  try {
    document = new DOMParser({
      onError: (level, message) => {
        throw new Error(`${level}: ${message}`);
      },
    }).parseFromString(text, 'text/xml');
  } catch (error) {
    throw refuse.malformed(
      `KML 不是格式正确的 XML（${reasonOf(error)}）`,
      `the KML is not well-formed XML (${reasonOf(error)})`,
    );
  }
  if (document.documentElement?.localName !== 'kml') {
    throw refuse.malformed('根元素不是 <kml>', 'the root element is not <kml>');
  }
  return document;
}

function withoutStyle(properties: Record<string, unknown> | null): Record<string, unknown> {
  return Object.fromEntries(Object.entries(properties ?? {}).filter(([key]) => !STYLE_PROPERTIES.test(key)));
}

function readKmlText(
  bytes: Uint8Array,
  limits: ReadLimits,
  kind: 'kml' | 'kmz',
  evidence: string,
): ReadResult {
  const document = parseKmlDocument(xmlText(bytes));
  const budget = new FeatureBudget(limits.maxFeatures);
  budget.expect(
    document.getElementsByTagName('Placemark').length + document.getElementsByTagName('GroundOverlay').length,
  );
  let converted: ReturnType<typeof kml>;
  try {
    converted = kml(document);
  } catch (error) {
    if (isRefusal(error)) throw error;
    throw refuse.malformed(
      `KML 无法转换（${reasonOf(error)}）`,
      `the KML cannot be converted (${reasonOf(error)})`,
    );
  }
  const features: ReadFeature[] = converted.features.map((feature, i) => ({
    row: i + 1,
    geometry: feature.geometry,
    properties: withoutStyle(feature.properties),
  }));
  // KML has one datum by its specification (OGC 07-147r2 §6.2): WGS 84 longitude, latitude.
  return { kind, features, datum: 'WGS84', datumEvidence: evidence, warnings: [] };
}

/** A KML file; rows are the placemarks' 1-based order in the document. */
export function readKml(bytes: Uint8Array, limits: ReadLimits): ReadResult {
  return readKmlText(bytes, limits, 'kml', 'KML: WGS 84 by specification');
}

/** A KMZ: its `doc.kml` (or its only, or first, KML), read as a KML file. */
export function readKmz(bytes: Uint8Array, limits: ReadLimits): ReadResult {
  const files = readZip(bytes, limits, (name) => name.toLowerCase().endsWith('.kml'));
  const names = [...files.keys()].sort();
  const main = names.find((name) => name.toLowerCase() === 'doc.kml') ?? names[0];
  const text = main === undefined ? undefined : files.get(main);
  if (main === undefined || !text) throw refuse.malformed('KMZ 中没有 .kml', 'no .kml in the KMZ');
  const result = readKmlText(text, limits, 'kmz', `${main}: WGS 84 by KML specification`);
  if (names.length > 1) {
    result.warnings.push(
      `KMZ 含 ${names.length} 个 KML，只读取了 ${main} / the KMZ holds ${names.length} KML files; read ${main} only`,
    );
  }
  return result;
}
