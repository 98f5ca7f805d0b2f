import type { ExpressionSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { ZoneTargetsQuery } from '../graphql/generated/graphql';
import { formatPercent } from '../i18n/format';
import type { Locale } from '../i18n/locale';
import { t } from '../i18n/messages';
import { LAYER, SOURCE } from './layers';
import { BUBBLE_OPACITY } from './layers/projects';
import { CHOROPLETH_FILL, markerRadius, PROGRESS_FILL, RANK_FILL, STAR_FILL } from './layers/zones';
import type { ZoneColours } from './zone-colouring';

type PlanTarget = ZoneTargetsQuery['planTargets'][number];

/** A target the zones can be coloured by: one the plan sets for each zone. */
export interface ZoneTargetChoice {
  readonly metric: string;
  readonly label: string;
  readonly labelEn: string;
  /** How many zones have an actual recorded against it; with none, every zone is drawn as "no data". */
  readonly zonesWithActual: number;
}

/** The plan's per-zone targets, one choice per metric, in the plan's order. */
export function zoneTargetChoices(targets: readonly PlanTarget[]): ZoneTargetChoice[] {
  const byMetric = new Map<string, { first: PlanTarget; withActual: number }>();
  for (const target of targets) {
    if (target.scope !== 'ZONE' || !target.zoneCode) continue;
    const entry = byMetric.get(target.metric) ?? { first: target, withActual: 0 };
    if (target.actual !== null && target.actual !== undefined) entry.withActual += 1;
    byMetric.set(target.metric, entry);
  }
  return [...byMetric.entries()].map(([metric, { first, withActual }]) => ({
    metric,
    label: first.label,
    labelEn: first.labelEn,
    zonesWithActual: withActual,
  }));
}

/** Each zone's percent of one target reached; null where the plan sets it but nothing is recorded yet. */
export function percentByZone(targets: readonly PlanTarget[], metric: string): Map<string, number | null> {
  const percents = new Map<string, number | null>();
  for (const target of targets) {
    if (target.scope === 'ZONE' && target.metric === metric && target.zoneCode)
      percents.set(target.zoneCode, target.percentReached ?? null);
  }
  return percents;
}

/**
 * The zones coloured by a target's percent reached: the percent in each zone's feature state and
 * written under its name ("no data" where nothing is recorded).
 */
export function targetColours(percents: ReadonlyMap<string, number | null>, locale: Locale): ZoneColours {
  return {
    kind: 'target',
    states: new Map([...percents].map(([code, percent]) => [code, { percent }])),
    figures: new Map(
      [...percents].map(([code, p]) => [
        code,
        p === null ? t(locale, 'common.noData') : formatPercent(p, locale),
      ]),
    ),
  };
}

const FILLS: Record<ZoneColours['kind'], ExpressionSpecification> = {
  target: CHOROPLETH_FILL,
  progress: PROGRESS_FILL,
  rank: RANK_FILL,
};

/**
 * Colours the zones (and their city-scale markers) by a target's percent, time progress or rank, or
 * back by star level when `colours` is null. The figures ride in each zone's feature state (keyed by
 * code), so no data is re-sent. While the zones carry the colours, the project bubbles over their
 * markers step back.
 */
export function applyZoneColours(
  map: MapLibreMap,
  zoneCodes: readonly string[],
  colours: ZoneColours | null,
) {
  for (const code of zoneCodes) {
    const state = { percent: null, flag: null, rank: null, ...(colours?.states.get(code) ?? {}) };
    for (const source of [SOURCE.zones, SOURCE.zoneLabels]) map.setFeatureState({ source, id: code }, state);
  }
  const fill = colours ? FILLS[colours.kind] : STAR_FILL;
  map.setPaintProperty(LAYER.zoneFill, 'fill-color', fill);
  map.setPaintProperty(LAYER.zoneMarker, 'circle-color', fill);
  map.setPaintProperty(LAYER.zoneMarker, 'circle-radius', markerRadius(colours ? 13 : 7));
  map.setPaintProperty(LAYER.projectCluster, 'circle-opacity', colours ? 0.2 : BUBBLE_OPACITY);
  map.setPaintProperty(LAYER.projectClusterLabel, 'text-opacity', colours ? 0 : 1);
}
