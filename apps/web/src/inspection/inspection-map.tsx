'use client';

import * as maplibregl from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import { addMapIcon } from '../map/icons';
import { loadMapData } from '../map/map-data';
import { withSources } from '../map/map-look';
import { baseStyle, ZHOUKOU_BOUNDS } from '../map/style';

// A lost WebGL context the browser has not given back within this long is rebuilt from scratch.
const RESTORE_WAIT_MS = 4000;

export interface MapFocus {
  /** The zone's place in the zones source (its feature id), to outline it. */
  readonly featureId: number;
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

/**
 * The map on the big screen: the atlas's own offline map, flown zone by zone. It runs all day, so a
 * lost WebGL context is waited for and, if the browser does not restore it, the map is rebuilt.
 */
export function InspectionMap({ focus, padding, animate = true }: InspectionMapProps) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  const [generation, setGeneration] = useState(0);
  const [state, setState] = useState<'loading' | 'ready' | 'lost'>('loading');
  const [view, setView] = useState('');

  useEffect(() => {
    if (!container.current) return;
    let live = true;
    let map: maplibregl.Map | null = null;
    let restoreTimer: ReturnType<typeof setTimeout> | undefined;
    loadMapData().then((data) => {
      if (!live || !container.current) return;
      map = new maplibregl.Map({
        container: container.current,
        style: withSources(baseStyle(), { ...data.sources }),
        bounds: ZHOUKOU_BOUNDS,
        fitBoundsOptions: { padding },
        fadeDuration: 0,
        // Kept after each frame, so the screen can be exported as a PNG with the map in it.
        canvasContextAttributes: { preserveDrawingBuffer: true },
        attributionControl: { compact: true },
        localIdeographFontFamily: '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif',
      });
      const m = map;
      mapRef.current = m;
      m.on('styleimagemissing', (e) => addMapIcon(m, e.id));
      m.on('moveend', () => {
        const c = m.getCenter();
        setView(`${c.lng.toFixed(4)},${c.lat.toFixed(4)},${m.getZoom().toFixed(2)}`);
      });
      m.once('idle', () => live && setState('ready'));
      m.on('webglcontextlost', () => {
        setState('lost');
        restoreTimer = setTimeout(() => live && setGeneration((g) => g + 1), RESTORE_WAIT_MS);
      });
      m.on('webglcontextrestored', () => {
        clearTimeout(restoreTimer);
        m.once('idle', () => live && setState('ready'));
        m.triggerRepaint();
      });
    });
    return () => {
      live = false;
      clearTimeout(restoreTimer);
      mapRef.current = null;
      map?.remove();
    };
  }, [generation, padding]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || state !== 'ready') return;
    if (!focus) {
      map.fitBounds(ZHOUKOU_BOUNDS, { padding, duration: animate ? 1200 : 0 });
      return;
    }
    map.flyTo({ center: focus.center, zoom: 11.5, padding, duration: animate ? 1800 : 0 });
    map.setFeatureState({ source: 'zones', id: focus.featureId }, { selected: true });
    return () => {
      map.setFeatureState({ source: 'zones', id: focus.featureId }, { selected: false });
    };
  }, [focus, state, padding, animate]);

  return (
    <div
      ref={container}
      className="inspection-map"
      data-map-state={state}
      data-view={view}
      data-generation={generation}
    />
  );
}
