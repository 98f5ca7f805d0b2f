'use client';

import type * as maplibregl from 'maplibre-gl';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useLocale } from '../i18n/locale-context';
import { type AtlasMapOptions, useAtlasMap } from '../map/create-atlas-map';
import { LAYER, labelLanguage, SOURCE } from '../map/layers';
import { loadMapData, type MapData } from '../map/map-data';
import { applyLocale, type StyleEditor, styleEditor, withSources } from '../map/map-look';
import { baseStyle, ZHOUKOU_BOUNDS } from '../map/style';
import { RETRY_S } from '../map/use-map-data';
import { projectorLook, zoneBounds } from './projector-look';

export interface MapFocus {
  /** The zone the tour stands at. */
  readonly zoneCode: string;
  readonly center: [number, number];
}

interface InspectionMapProps {
  /** The zone the tour stands at, or null for the whole city. */
  focus: MapFocus | null;
  /** Fly (on screen) or jump (on paper, where no one sees the flight). */
  animate?: boolean;
  /** Leaves room on the left for the ranking board, so the zone flown to is not under it. */
  padding: maplibregl.PaddingOptions;
}

/** The map's data, tried again by itself (backing off) while it cannot be reached. */
function useInspectionMapData(): MapData | null {
  const [data, setData] = useState<MapData | null>(null);
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = (failures: number) =>
      loadMapData().then(
        (d) => live && setData(d),
        () => {
          if (live)
            timer = setTimeout(() => load(failures + 1), (RETRY_S[Math.min(failures, 4)] ?? 30) * 1000);
        },
      );
    load(0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, []);
  return data;
}

/** What the map names now: the zones whose labels are drawn, how many projects are, the smallest text. */
function readLabels(map: maplibregl.Map, editor: StyleEditor) {
  const codes = map
    .queryRenderedFeatures({ layers: [LAYER.zoneLabel] })
    .map((f) => String(f.properties.code));
  const sizes = [LAYER.zoneLabel, LAYER.projectLabel].map((id) =>
    Number(editor.getLayoutProperty(id, 'text-size')),
  );
  return {
    zones: [...new Set(codes)].sort().join(','),
    projects: map.queryRenderedFeatures({ layers: [LAYER.projectLabel] }).length,
    smallest: Math.min(...sizes),
    language: labelLanguage(map),
  };
}

/**
 * The map on the big screen: the atlas's own offline map, flown zone by zone, with the zone and its
 * projects named in sizes read across a room. It runs all day, so a lost WebGL context is waited
 * for and, if the browser does not restore it, the map is rebuilt (`useAtlasMap`).
 */
export function InspectionMap({ focus, padding, animate = true }: InspectionMapProps) {
  const { locale } = useLocale();
  const container = useRef<HTMLDivElement>(null);
  const data = useInspectionMapData();
  const [view, setView] = useState('');
  const [labels, setLabels] = useState({ zones: '', projects: 0, smallest: 0, language: '' });
  const localeNow = useRef(locale);
  localeNow.current = locale;
  const open = useCallback((): AtlasMapOptions => {
    const style = withSources(baseStyle(), { ...data?.sources });
    projectorLook(style);
    applyLocale(styleEditor(style), localeNow.current);
    // Kept after each frame, so the screen can be exported as a PNG with the map in it.
    return { style, camera: { bounds: ZHOUKOU_BOUNDS, padding }, keepFrames: true };
  }, [data, padding]);
  const { map, life, generation } = useAtlasMap(container, data ? open : null);
  const ready = life === 'ready' ? map : null;

  useEffect(() => {
    if (!map) return;
    const moved = () => {
      const c = map.getCenter();
      setView(`${c.lng.toFixed(4)},${c.lat.toFixed(4)},${map.getZoom().toFixed(2)}`);
    };
    const idle = () => setLabels(readLabels(map, map));
    map.on('moveend', moved);
    map.on('idle', idle);
    return () => {
      map.off('moveend', moved);
      map.off('idle', idle);
    };
  }, [map]);

  useEffect(() => {
    if (ready) applyLocale(ready, locale);
  }, [ready, locale]);

  useEffect(() => {
    if (!ready) return;
    const duration = animate ? 1200 : 0;
    if (!focus) return void ready.fitBounds(ZHOUKOU_BOUNDS, { padding, duration });
    // The zone fills the room's view, so its projects are dots with names, not a 140 px square.
    const bounds = data ? zoneBounds(data.sources.zones, focus.zoneCode) : null;
    if (bounds) ready.fitBounds(bounds, { padding, maxZoom: 14.5, duration: animate ? 1800 : 0 });
    else ready.flyTo({ center: focus.center, zoom: 13, padding, duration: animate ? 1800 : 0 });
    const ids = [SOURCE.zones, SOURCE.zoneLabels].map((source) => ({ source, id: focus.zoneCode }));
    for (const id of ids) ready.setFeatureState(id, { selected: true });
    return () => {
      for (const id of ids) ready.setFeatureState(id, { selected: false });
    };
  }, [ready, data, focus, padding, animate]);

  return (
    <div
      ref={container}
      className="inspection-map"
      data-map-state={life}
      data-view={view}
      data-generation={generation}
      data-labelled-zones={labels.zones}
      data-labelled-projects={labels.projects}
      data-smallest-label-px={labels.smallest}
      data-label-language={labels.language}
    />
  );
}
