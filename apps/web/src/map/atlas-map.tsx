'use client';

import type { FeatureCollection } from 'geojson';
import * as maplibregl from 'maplibre-gl';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { BasemapConfig } from '../basemap/basemap-config';
import { type BasemapStyle, loadBasemapStyle } from '../basemap/with-basemap';
import { ZoneTargetsDocument, type ZoneTargetsQuery } from '../graphql/generated/graphql';
import { request } from '../graphql/request';
import { formatPercent } from '../i18n/format';
import { LANGUAGE_TAG, type Locale } from '../i18n/locale';
import { LocaleProvider } from '../i18n/locale-context';
import { t } from '../i18n/messages';
import { applyChoropleth, percentByZone, zoneTargetChoices } from './choropleth';
import { ClusterPanel } from './cluster-panel';
import { FilterBar } from './filter-bar';
import { enableHover } from './hover';
import { addMapIcon } from './icons';
import { LayerPanel } from './layer-panel';
import { anchorsByZone, loadMapData, type MapData, projectCollection, zoneLabelFeatures } from './map-data';
import {
  applyLocale,
  applyVisibility,
  highlightCluster,
  shownLayers,
  styleEditor,
  withSources,
} from './map-look';
import { MembershipMatrix } from './membership-matrix';
import { ProjectDetail } from './project-detail';
import { filterProjects, type ProjectFilter } from './project-filter';
import { RelocationDetail } from './relocation-detail';
import { SearchBox, type SearchHit } from './search-box';
import { baseStyle, INTERACTIVE_LAYERS, SWITCHABLE_LAYERS, ZHOUKOU_BOUNDS } from './style';
import { TitleBar } from './title-bar';
import { formatView, parseView, type Selection } from './view-url';
import { ZoneDetail } from './zone-detail';

// Started when this module is first evaluated in the browser, before React has hydrated the page:
// the data request and MapLibre's worker get under way while the rest of the page is still booting.
let early: Promise<MapData> | null = null;
if (typeof window !== 'undefined') {
  early = loadMapData();
  early.catch(() => undefined);
  maplibregl.prewarm();
}

/** The opening data, from the early request if it is still unused (a remount asks afresh). */
function openingData(): Promise<MapData> {
  const data = early ?? loadMapData();
  early = null;
  return data;
}

type ZoneTargets = ZoneTargetsQuery['planTargets'];

/** The feature a tap lands on, with a finger's worth of slack around the point. */
function featureAt(map: maplibregl.Map, point: maplibregl.Point) {
  const slack = 8;
  const box: [maplibregl.PointLike, maplibregl.PointLike] = [
    [point.x - slack, point.y - slack],
    [point.x + slack, point.y + slack],
  ];
  const layers = INTERACTIVE_LAYERS.map(([layer]) => layer).filter((id) => map.getLayer(id));
  // The exact point first, so a tap inside a zone is not taken by a project just beside it.
  return map.queryRenderedFeatures(point, { layers })[0] ?? map.queryRenderedFeatures(box, { layers })[0];
}

interface AtlasMapProps {
  basemap: BasemapConfig;
  /** The page's query string, read on the server too, so the first render matches on both sides. */
  query: string;
}

/** The map leaders open: Zhoukou drawn offline from the project's own data, in Chinese or English. */
export function AtlasMap({ basemap, query }: AtlasMapProps) {
  const initial = useMemo(() => parseView(query), [query]);
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  const [opening, setOpening] = useState<BasemapStyle | null>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'error'>('loading');
  const [data, setData] = useState<MapData | null>(null);
  const [zoneTargets, setZoneTargets] = useState<ZoneTargets>([]);
  const [locale, setLocale] = useState<Locale>(initial.locale);
  const [cluster, setCluster] = useState<string | null>(initial.cluster);
  const [filter, setFilter] = useState<ProjectFilter>(initial.filter);
  const [choropleth, setChoropleth] = useState<string | null>(initial.choropleth);
  const [selection, setSelection] = useState<Selection | null>(initial.selection);
  const [visible, setVisible] = useState<Record<string, boolean>>(
    Object.fromEntries(initial.hidden.map((id) => [id, false])),
  );
  const [showMatrix, setShowMatrix] = useState(false);
  const [view, setView] = useState('');
  const [shown, setShown] = useState<string[]>([]);
  const [hovered, setHovered] = useState('');
  const [bubbles, setBubbles] = useState(0);

  // What the map has been given, so an effect that would hand it the same again does nothing:
  // each layout change or new data makes MapLibre re-tile, and without a GPU every pass shows.
  const applied = useRef<{ projects: string; labels: string; locale: Locale; hidden: string }>(null);

  // The style and the data are asked for together; the map opens once both are here.
  useEffect(() => {
    let live = true;
    Promise.all([loadBasemapStyle(basemap, baseStyle()), openingData()]).then(
      ([style, loaded]) => {
        if (!live) return;
        if (style.cause) console.warn('basemap:', style.cause);
        setOpening(style);
        setData(loaded);
      },
      () => live && setState('error'),
    );
    return () => {
      live = false;
    };
  }, [basemap]);

  // Projects: filtered by zone, status and period, dimmed outside the chosen cluster, then clustered.
  const drawnProjects = useMemo(() => (data ? filterProjects(data.projects, filter) : []), [data, filter]);
  const projectsKey = JSON.stringify([filter, cluster]);
  const percents = useMemo(
    () => (choropleth ? percentByZone(zoneTargets, choropleth) : null),
    [choropleth, zoneTargets],
  );
  const labelsKey = JSON.stringify([cluster, locale, percents && [...percents]]);
  const zoneLabels = () => {
    if (!data) return zoneLabelFeatures([], new Map());
    const figures = new Map(
      [...(percents ?? [])].map(([code, p]) => [
        code,
        p === null ? t(locale, 'common.noData') : formatPercent(p, locale),
      ]),
    );
    return zoneLabelFeatures(data.zones, anchorsByZone(data.clusters, cluster), figures);
  };

  // The map opens once, with the look of that moment; later changes reach it through the effects below.
  useEffect(() => {
    if (!container.current || !opening || !data) return;
    const style = structuredClone(opening.style);
    const editor = styleEditor(style);
    highlightCluster(editor, cluster);
    applyLocale(editor, locale);
    applyVisibility(editor, initial.hidden);
    const sources: Record<string, FeatureCollection> = {
      ...data.sources,
      projects: projectCollection(data.projects, drawnProjects, cluster),
      zoneLabels: zoneLabels(),
    };
    withSources(style, sources);
    applied.current = { projects: projectsKey, labels: labelsKey, locale, hidden: initial.hidden.join() };
    const map = new maplibregl.Map({
      container: container.current,
      style,
      // A shared link opens where its sender looked; otherwise the whole city.
      ...(initial.center
        ? { center: initial.center, zoom: initial.zoom ?? 9 }
        : { bounds: ZHOUKOU_BOUNDS, fitBoundsOptions: { padding: 24 } }),
      attributionControl: { compact: true, customAttribution: t('zh', 'map.attribution') },
      localIdeographFontFamily: '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif',
      // Labels appear at once rather than fading in: fewer frames to draw before the map is whole.
      fadeDuration: 0,
    });
    mapRef.current = map;
    // Symbols are drawn the moment a layer first asks for one, so no layer is laid out twice.
    map.on('styleimagemissing', (e) => addMapIcon(map, e.id));
    // Bottom right, under the thumb on a tablet and clear of the layer panel.
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'bottom-right');
    map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-right');
    // How many project bubbles are on screen: the page reports it, so tests can see the clustering.
    map.on('idle', () => setBubbles(map.queryRenderedFeatures({ layers: ['project-cluster'] }).length));
    const recordView = () => {
      const c = map.getCenter();
      setView(`${c.lng.toFixed(4)},${c.lat.toFixed(4)},${map.getZoom().toFixed(2)}`);
    };
    // From the first frame, so a link copied before anyone pans already holds the view.
    map.once('load', recordView);
    map.on('moveend', recordView);
    map.on('click', (e) => {
      const feature = featureAt(map, e.point);
      const id = feature?.properties?.id as string | undefined;
      switch (feature?.layer.id) {
        case 'project-cluster':
          return void (map.getSource('projects') as maplibregl.GeoJSONSource)
            .getClusterExpansionZoom(feature.properties.cluster_id as number)
            .then((zoom) => map.easeTo({ center: e.lngLat, zoom }));
        case 'project':
          return id && setSelection({ kind: 'project', id });
        case 'village':
        case 'relocation-flow':
          return id && setSelection({ kind: 'relocation', id });
        case 'zone-fill':
        case 'zone-marker':
          return setSelection({ kind: 'zone', id: feature.properties.code as string });
      }
    });
    map.once('load', () =>
      enableHover(map, INTERACTIVE_LAYERS, (f) => setHovered(f ? `${f.source}:${f.id}` : '')),
    );
    map.once('idle', () => {
      // The moment every default layer is drawn: `pnpm bench:web` reads this mark.
      performance.mark('atlas:map-drawn');
      setShown(shownLayers(map));
      setState('ready');
    });
    let cancelled = false;
    // The zone targets only feed the choropleth: they follow the map rather than hold it up.
    request(ZoneTargetsDocument).then(
      (d) => !cancelled && setZoneTargets(d.planTargets),
      () => undefined,
    );
    return () => {
      cancelled = true;
      mapRef.current = null;
      map.remove();
    };
  }, [opening, data, initial]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !data || state !== 'ready' || !applied.current || applied.current.projects === projectsKey)
      return;
    applied.current.projects = projectsKey;
    (map.getSource('projects') as maplibregl.GeoJSONSource).setData(
      projectCollection(data.projects, drawnProjects, cluster),
    );
  });

  // The chosen cluster's zones stand out; labels name its anchor enterprises, and in choropleth
  // mode each zone's percent of the target reached.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !data || state !== 'ready' || !applied.current || applied.current.labels === labelsKey)
      return;
    applied.current.labels = labelsKey;
    highlightCluster(map, cluster);
    (map.getSource('zoneLabels') as maplibregl.GeoJSONSource).setData(zoneLabels());
    applyChoropleth(
      map,
      data.zones.map((z) => z.code),
      percents,
    );
  });

  // The open zone keeps a heavy outline while its panel is open.
  const selectedZone = selection?.kind === 'zone' ? selection.id : null;
  const outlined = useRef<number | null>(null);
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !data || state !== 'ready') return;
    const index = data.zones.findIndex((z) => z.code === selectedZone);
    const id = index < 0 ? null : index + 1;
    if (id === outlined.current) return;
    if (outlined.current !== null)
      map.setFeatureState({ source: 'zones', id: outlined.current }, { selected: false });
    if (id !== null) map.setFeatureState({ source: 'zones', id }, { selected: true });
    outlined.current = id;
  }, [selectedZone, data, state]);

  useEffect(() => {
    document.documentElement.lang = LANGUAGE_TAG[locale];
    document.title = t(locale, 'app.title');
    const map = mapRef.current;
    if (!map || state !== 'ready' || !applied.current || applied.current.locale === locale) return;
    applied.current.locale = locale;
    applyLocale(map, locale);
  }, [locale, state]);

  const hiddenKey = SWITCHABLE_LAYERS.filter((l) => visible[l.id] === false)
    .map((l) => l.id)
    .join();
  useEffect(() => {
    const map = mapRef.current;
    if (!map || state !== 'ready' || !applied.current || applied.current.hidden === hiddenKey) return;
    applied.current.hidden = hiddenKey;
    applyVisibility(map, hiddenKey.split(',').filter(Boolean));
    // Read back from the map what it now draws, so the page (and its tests) report the map's own state.
    setShown(shownLayers(map));
  }, [hiddenKey, state]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || state !== 'ready' || !view) return;
    const c = map.getCenter();
    const hidden = SWITCHABLE_LAYERS.filter((l) => visible[l.id] === false).map((l) => l.id);
    const next = formatView({
      center: [c.lng, c.lat],
      zoom: map.getZoom(),
      cluster,
      hidden,
      filter,
      choropleth,
      selection,
      locale,
    });
    window.history.replaceState(null, '', `${window.location.pathname}${next}`);
  }, [view, cluster, visible, filter, choropleth, selection, locale, state]);

  function flyTo(center: [number, number] | undefined) {
    if (center) mapRef.current?.flyTo({ center, zoom: 12, duration: 800 });
  }

  function showZone(code: string) {
    setSelection({ kind: 'zone', id: code });
    const zone = data?.zones.find((z) => z.code === code);
    if (zone?.seat.type === 'Point') flyTo(zone.seat.coordinates as [number, number]);
  }

  function chooseHit(hit: SearchHit) {
    if (hit.kind === 'CLUSTER') return setCluster(hit.id);
    if (hit.kind === 'PROJECT') {
      setSelection({ kind: 'project', id: hit.id });
      const feature = data?.sources.projects.features.find((f) => f.properties?.id === hit.id);
      return flyTo(
        feature?.geometry.type === 'Point' ? (feature.geometry.coordinates as [number, number]) : undefined,
      );
    }
    if (hit.zoneCode) showZone(hit.zoneCode);
  }

  const targetChoices = useMemo(() => zoneTargetChoices(zoneTargets), [zoneTargets]);
  const choroplethLabel = targetChoices.find((c) => c.metric === choropleth);
  const clusters = data?.clusters ?? [];
  const highlighted = clusters.find((c) => c.code === cluster)?.zones.map((z) => z.name) ?? [];
  const close = () => setSelection(null);
  return (
    <LocaleProvider locale={locale}>
      <main
        className="atlas"
        lang={LANGUAGE_TAG[locale]}
        data-map-state={state}
        data-highlighted-zones={highlighted.join(',')}
        data-shown-layers={shown.join(',')}
        data-view={view}
        data-locale={locale}
        data-choropleth={choropleth ?? ''}
        data-hovered={hovered}
        data-project-bubbles={bubbles}
      >
        <div ref={container} className="atlas-canvas" />
        <TitleBar onLocale={setLocale} />
        <SearchBox onChoose={chooseHit} />
        <ClusterPanel
          clusters={clusters}
          selected={cluster}
          onSelect={setCluster}
          onShowMembership={() => setShowMatrix((open) => !open)}
        />
        <LayerPanel
          visible={visible}
          onToggle={(id) => setVisible((v) => ({ ...v, [id]: v[id] === false }))}
          choropleth={
            choroplethLabel ? (locale === 'en' ? choroplethLabel.labelEn : choroplethLabel.label) : null
          }
        />
        {data ? (
          <FilterBar
            zones={data.zones}
            filter={filter}
            onFilter={setFilter}
            targets={targetChoices}
            choropleth={choropleth}
            onChoropleth={setChoropleth}
            shown={{
              count: drawnProjects.length,
              investmentYi: drawnProjects.reduce((sum, { project }) => sum + project.investmentYi, 0),
            }}
          />
        ) : null}
        {showMatrix && data ? (
          <MembershipMatrix
            zones={data.zones}
            clusters={data.clusters}
            selectedCluster={cluster}
            onSelectCluster={setCluster}
            onSelectZone={showZone}
            onClose={() => setShowMatrix(false)}
          />
        ) : null}
        {selection?.kind === 'zone' ? <ZoneDetail code={selection.id} onClose={close} /> : null}
        {selection?.kind === 'project' ? (
          <ProjectDetail id={selection.id} onClose={close} onShowZone={showZone} />
        ) : null}
        {selection?.kind === 'relocation' ? (
          <RelocationDetail id={selection.id} onClose={close} onShowZone={showZone} />
        ) : null}
        {opening?.warning ? <p role="status">{opening.warning}</p> : null}
        {state === 'error' ? (
          <p role="alert">
            {t(locale, 'map.loadFailed')} / {t('en', 'map.loadFailed')}
          </p>
        ) : null}
      </main>
    </LocaleProvider>
  );
}
