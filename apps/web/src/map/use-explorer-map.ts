'use client';

import type { FeatureCollection } from 'geojson';
import type * as maplibregl from 'maplibre-gl';
import { type RefObject, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { t } from '../i18n/messages';
import { applyZoneColours } from './choropleth';
import { type AtlasMapOptions, type Camera, type MapLife, useAtlasMap } from './create-atlas-map';
import type { ExplorerState } from './explorer-state';
import { enableHover, featureAt } from './hover';
import { LAYER, labelLanguage, SOURCE, type SourceId, tapFeature } from './layers';
import {
  anchorsByZone,
  type MapData,
  type ProjectSummary,
  projectCollection,
  zoneLabelFeatures,
} from './map-data';
import {
  applyLocale,
  applyVisibility,
  highlightCluster,
  shownLayers,
  styleEditor,
  withSources,
} from './map-look';
import { ZHOUKOU_BOUNDS } from './style';
import type { MapDataState } from './use-map-data';
import type { MapView } from './view-url';
import type { ZoneColours } from './zone-colouring';

type FilteredProject = { project: ProjectSummary; status: ProjectSummary['status'] };

/** The look the explorer's map draws: what is given to the map when it opens and on each change. */
interface Look {
  readonly data: MapData;
  readonly projects: FeatureCollection;
  readonly labels: FeatureCollection;
  readonly colours: ZoneColours | null;
}

/** What the explorer's map reports back to the page (and, through its attributes, to its tests). */
export interface ExplorerMap {
  readonly life: MapLife;
  readonly generation: number;
  /** "lng,lat,zoom" of the map's view, once it has one. */
  readonly view: string;
  readonly shown: string[];
  readonly hovered: string;
  readonly bubbles: number;
  /** The zones whose names the map shows now. */
  readonly namedZones: string[];
  /** The language the map's labels are in, read back from the map. */
  readonly labelLanguage: string;
  /** The live map (null while it opens): what the view's bounds are read from, for an export. */
  readonly map: maplibregl.Map | null;
  flyTo(center: [number, number] | undefined): void;
}

const seatOf = (data: MapData | null, code: string | undefined) => {
  const seat = data?.zones.find((z) => z.code === code)?.seat;
  return seat?.type === 'Point' ? (seat.coordinates as [number, number]) : undefined;
};

/** The zone labels: each zone's name, the figure it is coloured by, and the chosen cluster's anchor enterprises. */
function labelsFor(data: MapData, cluster: string | null, colours: Look['colours']) {
  return zoneLabelFeatures(data.zones, anchorsByZone(data.clusters, cluster), colours?.figures);
}

/**
 * The explorer's map: opened once the style and data are here, with the look of that moment (every
 * later layout change re-tiles, and without a GPU each pass shows), then kept in step with the
 * leader's choices, rebuilt with the current look if its WebGL context is lost for good.
 */
export function useExplorerMap(
  container: RefObject<HTMLDivElement | null>,
  { opening, data }: MapDataState,
  state: ExplorerState,
  drawn: readonly FilteredProject[],
  colours: Look['colours'],
  initial: MapView,
): ExplorerMap {
  const projects = useMemo(() => projectCollection(drawn, state.cluster), [drawn, state.cluster]);
  const labels = useMemo(
    () => (data ? labelsFor(data, state.cluster, colours) : zoneLabelFeatures([], new Map())),
    [data, state.cluster, colours],
  );
  const look = useRef<ExplorerState & { look: Look | null }>(null);
  look.current = { ...state, look: data ? { data, projects, labels, colours } : null };
  // What the map has been given, so an effect that would hand it the same again does nothing.
  const applied = useRef<
    { -readonly [K in keyof Look]?: Look[K] } & { locale?: string; hidden?: string; cluster?: string | null }
  >({});
  const camera = useRef<Camera>(
    initial.center
      ? { center: initial.center, zoom: initial.zoom ?? 9 }
      : { bounds: ZHOUKOU_BOUNDS, padding: 24 },
  );

  const hasData = data !== null;
  const open = useCallback((): AtlasMapOptions => {
    const now = look.current;
    if (!opening || !now?.look) throw new Error('the map opens only with its style and data');
    const style = structuredClone(opening.style);
    const editor = styleEditor(style);
    highlightCluster(editor, now.cluster);
    applyLocale(editor, now.locale);
    applyVisibility(editor, now.hidden);
    withSources(style, {
      ...now.look.data.sources,
      projects: now.look.projects,
      zoneLabels: now.look.labels,
    });
    applied.current = {
      ...now.look,
      colours: null,
      locale: now.locale,
      hidden: now.hidden.join(),
      cluster: now.cluster,
    };
    return { style, camera: camera.current, attribution: t('zh', 'map.attribution') };
  }, [opening, hasData]);
  const { map, life, generation } = useAtlasMap(container, opening && hasData ? open : null);
  const live = useMapEvents(map, state.setSelection, camera);
  const ready = life === 'ready' ? map : null;

  useEffect(() => {
    if (!ready || !data || applied.current.data === data) return;
    const before = applied.current.data?.sources;
    applied.current.data = data;
    // Only the sources that changed: a schedule or a comparison arriving leaves the counties untouched.
    for (const [id, collection] of Object.entries(data.sources))
      if (id !== SOURCE.projects && id !== SOURCE.zoneLabels && before?.[id as SourceId] !== collection)
        (ready.getSource(id) as maplibregl.GeoJSONSource | undefined)?.setData(collection);
  }, [ready, data]);

  useEffect(() => {
    if (!ready || applied.current.projects === projects) return;
    applied.current.projects = projects;
    (ready.getSource(SOURCE.projects) as maplibregl.GeoJSONSource).setData(projects);
  }, [ready, projects]);

  // The chosen cluster's zones stand out; labels name its anchor enterprises, and when the zones are
  // coloured, the figure they are coloured by.
  useEffect(() => {
    if (!ready || !data) return;
    if (applied.current.cluster !== state.cluster) highlightCluster(ready, state.cluster);
    if (applied.current.labels !== labels)
      (ready.getSource(SOURCE.zoneLabels) as maplibregl.GeoJSONSource).setData(labels);
    if (applied.current.colours !== colours)
      applyZoneColours(
        ready,
        data.zones.map((z) => z.code),
        colours,
      );
    Object.assign(applied.current, { cluster: state.cluster, labels, colours });
  }, [ready, data, state.cluster, labels, colours]);

  useEffect(() => {
    if (!ready || applied.current.locale === state.locale) return;
    applied.current.locale = state.locale;
    applyLocale(ready, state.locale);
  }, [ready, state.locale]);

  const [shown, setShown] = useState<string[]>([]);
  const hiddenKey = state.hidden.join();
  useEffect(() => {
    if (!ready) return;
    if (applied.current.hidden !== hiddenKey) applyVisibility(ready, hiddenKey.split(',').filter(Boolean));
    applied.current.hidden = hiddenKey;
    // Read back from the map what it now draws, so the page (and its tests) report the map's own state.
    setShown(shownLayers(ready));
  }, [ready, hiddenKey]);

  useOutline(ready, state.selection?.kind === 'zone' ? state.selection.id : null);
  const flyTo = useCallback(
    (center: [number, number] | undefined) => center && map?.flyTo({ center, zoom: 12, duration: 800 }),
    [map],
  );
  useFlyToLink(ready, data, initial, flyTo);
  return { life, generation, shown, flyTo, map, ...live };
}

/** The open zone keeps a heavy outline while its panel is open. */
function useOutline(map: maplibregl.Map | null, zone: string | null) {
  useEffect(() => {
    if (!map || !zone) return;
    const ids = [SOURCE.zones, SOURCE.zoneLabels].map((source) => ({ source, id: zone }));
    for (const id of ids) map.setFeatureState(id, { selected: true });
    return () => {
      for (const id of ids) map.setFeatureState(id, { selected: false });
    };
  }, [map, zone]);
}

/** A shared link that opens a zone or a project (and says nothing of where to look) goes there. */
function useFlyToLink(
  map: maplibregl.Map | null,
  data: MapData | null,
  initial: MapView,
  flyTo: (center: [number, number] | undefined) => void,
) {
  const done = useRef(false);
  useEffect(() => {
    if (!map || !data || done.current || initial.center) return;
    done.current = true;
    const { selection } = initial;
    if (selection?.kind === 'zone') flyTo(seatOf(data, selection.id));
    if (selection?.kind === 'project') {
      const feature = data.sources.projects.features.find((f) => f.properties?.id === selection.id);
      flyTo(
        feature?.geometry.type === 'Point' ? (feature.geometry.coordinates as [number, number]) : undefined,
      );
    }
  }, [map, data, initial, flyTo]);
}

/** Taps, hovers and what the map shows, bound to each map the explorer opens. */
function useMapEvents(
  map: maplibregl.Map | null,
  select: ExplorerState['setSelection'],
  camera: RefObject<Camera>,
) {
  const [view, setView] = useState('');
  const [hovered, setHovered] = useState('');
  const [bubbles, setBubbles] = useState(0);
  const [namedZones, setNamedZones] = useState<string[]>([]);
  const [language, setLabelLanguage] = useState('');
  useEffect(() => {
    if (!map) return;
    const recordView = () => {
      const c = map.getCenter();
      camera.current = { center: [c.lng, c.lat], zoom: map.getZoom() };
      setView(`${c.lng.toFixed(4)},${c.lat.toFixed(4)},${map.getZoom().toFixed(2)}`);
    };
    // How much the map shows: the page reports it, so tests can see the clustering and the names.
    const idle = () => {
      setBubbles(map.queryRenderedFeatures({ layers: [LAYER.projectCluster] }).length);
      const named = map
        .queryRenderedFeatures({ layers: [LAYER.zoneLabel] })
        .map((f) => String(f.properties.code));
      setNamedZones([...new Set(named)].sort());
      setLabelLanguage(labelLanguage(map));
    };
    const click = (e: maplibregl.MapMouseEvent) => {
      const feature = featureAt(map, e.point);
      if (feature) tapFeature(feature, { map, lngLat: e.lngLat, select });
    };
    const firstIdle = () => {
      // The moment every default layer is drawn: `pnpm bench:web` reads this mark.
      performance.mark('atlas:map-drawn');
      recordView();
    };
    // From the first frame, so a link copied before anyone pans already holds the view.
    map.once('idle', firstIdle);
    map.on('moveend', recordView);
    map.on('idle', idle);
    map.on('click', click);
    const stopHover = enableHover(map, (f) => setHovered(f ? `${f.source}:${f.id}` : ''));
    return () => {
      map.off('idle', firstIdle);
      map.off('moveend', recordView);
      map.off('idle', idle);
      map.off('click', click);
      stopHover();
    };
  }, [map, select, camera]);
  return { view, hovered, bubbles, namedZones, labelLanguage: language };
}
