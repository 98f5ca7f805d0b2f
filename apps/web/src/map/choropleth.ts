import type { Map as MapLibreMap } from 'maplibre-gl';
import type { ZoneTargetsQuery } from '../graphql/generated/graphql';
import { LAYER, SOURCE } from './layers';
import { BUBBLE_OPACITY } from './layers/projects';
import { CHOROPLETH_FILL, markerRadius, STAR_FILL } from './layers/zones';

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
 * Colours the zones (and their city-scale markers) by percent reached, or back by star level when
 * `percents` is null. The percent rides in each zone's feature state (keyed by code), so no data is re-sent. While
 * the zones carry the colours, the project bubbles over their markers step back.
 */
export function applyChoropleth(
  map: MapLibreMap,
  zoneCodes: readonly string[],
  percents: ReadonlyMap<string, number | null> | null,
) {
  for (const code of zoneCodes) {
    const percent = percents?.get(code) ?? null;
    for (const source of [SOURCE.zones, SOURCE.zoneLabels])
      map.setFeatureState({ source, id: code }, { percent });
  }
  const fill = percents ? CHOROPLETH_FILL : STAR_FILL;
  map.setPaintProperty(LAYER.zoneFill, 'fill-color', fill);
  map.setPaintProperty(LAYER.zoneMarker, 'circle-color', fill);
  map.setPaintProperty(LAYER.zoneMarker, 'circle-radius', markerRadius(percents ? 13 : 7));
  map.setPaintProperty(LAYER.projectCluster, 'circle-opacity', percents ? 0.2 : BUBBLE_OPACITY);
  map.setPaintProperty(LAYER.projectClusterLabel, 'text-opacity', percents ? 0 : 1);
}
