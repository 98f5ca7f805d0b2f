import { EXCHANGE_LAYERS, type ExchangeLayer, isExchangeLayer, type LayerQuery } from '@atlas/core';
import { EXPORT_FORMATS, type ExportFormat, type ExportLanguage } from '@atlas/exchange';

/** What an export URL asks for, once read and checked. */
export interface ExportRequest {
  readonly layer: ExchangeLayer;
  readonly format: ExportFormat;
  readonly query: LayerQuery;
  readonly lang: ExportLanguage;
}

/** Why an export URL cannot be answered: an unknown path (404) or a malformed parameter (400). */
export class ExportRequestRefused extends Error {
  constructor(
    readonly status: 400 | 404,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const PARAMETERS = ['zone', 'cluster', 'status', 'period', 'bbox', 'lang'] as const;
/** Longer than any code, status list, period or bbox; a longer value is a mistake or an attack. */
const MAX_VALUE_CHARS = 200;

const shown = (text: string) => JSON.stringify(text.slice(0, 60));

function layerAndFormat(path: string): { layer: ExchangeLayer; format: ExportFormat } {
  const name = decodeURIComponent(path.slice('/export/'.length));
  // Longest first: `shp.zip` ends a name that also ends in `zip`.
  const format = [...EXPORT_FORMATS].sort((a, b) => b.length - a.length).find((f) => name.endsWith(`.${f}`));
  const layer = format ? name.slice(0, -(format.length + 1)) : name.replace(/\..*$/, '');
  if (!isExchangeLayer(layer))
    throw new ExportRequestRefused(
      404,
      'NOT_FOUND',
      `没有图层 ${shown(layer)},可导出的图层:${EXCHANGE_LAYERS.join('、')} / no layer ${shown(layer)}; the layers are ${EXCHANGE_LAYERS.join(', ')}`,
    );
  if (!format)
    throw new ExportRequestRefused(
      404,
      'NOT_FOUND',
      `不支持的导出格式 ${shown(name)},可选:${EXPORT_FORMATS.join('、')} / unknown export format in ${shown(name)}; the formats are ${EXPORT_FORMATS.join(', ')}`,
    );
  return { layer, format };
}

function bad(message: string): ExportRequestRefused {
  return new ExportRequestRefused(400, 'BAD_USER_INPUT', message);
}

/** `minLng,minLat,maxLng,maxLat`, four finite numbers; their order is checked where the filter is built. */
function bboxOf(text: string): [number, number, number, number] {
  const parts = text.split(',');
  const numbers = parts.map((p) => (p.trim() === '' ? Number.NaN : Number(p)));
  if (numbers.length !== 4 || numbers.some((n) => !Number.isFinite(n)))
    throw bad(
      `bbox 须为 最小经度,最小纬度,最大经度,最大纬度 四个数 / bbox must be four numbers: minLng,minLat,maxLng,maxLat, not ${shown(text)}`,
    );
  return numbers as [number, number, number, number];
}

/**
 * The layer, format, filters and language of `GET /export/{layer}.{format}?…`. Every parameter is
 * known, given once and short; anything else is refused naming it, before any work.
 *
 * @example exportRequest('/export/projects.csv', 'zone=dancheng&lang=en')
 */
export function exportRequest(path: string, search: string): ExportRequest {
  const { layer, format } = layerAndFormat(path);
  const params = new URLSearchParams(search);
  const values: Partial<Record<(typeof PARAMETERS)[number], string>> = {};
  for (const [name, value] of params) {
    if (!(PARAMETERS as readonly string[]).includes(name))
      throw bad(
        `未知参数 ${shown(name)},可用:${PARAMETERS.join('、')} / unknown parameter ${shown(name)}; the parameters are ${PARAMETERS.join(', ')}`,
      );
    const key = name as (typeof PARAMETERS)[number];
    if (values[key] !== undefined) throw bad(`参数 ${name} 重复 / parameter ${name} given twice`);
    if (value.length > MAX_VALUE_CHARS)
      throw bad(`参数 ${name} 过长 / parameter ${name} is over ${MAX_VALUE_CHARS} characters`);
    values[key] = value;
  }
  const lang = values.lang ?? 'zh';
  if (lang !== 'zh' && lang !== 'en')
    throw bad(`lang 须为 zh 或 en / lang must be zh or en, not ${shown(lang)}`);
  const query: LayerQuery = {
    ...(values.zone ? { zone: values.zone } : {}),
    ...(values.cluster ? { cluster: values.cluster } : {}),
    ...(values.status ? { status: values.status } : {}),
    ...(values.period ? { period: values.period } : {}),
    ...(values.bbox ? { bbox: bboxOf(values.bbox) } : {}),
  };
  return { layer, format, query, lang };
}
