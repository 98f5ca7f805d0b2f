'use client';

import { useMemo, useRef } from 'react';
import type { BasemapConfig } from '../basemap/basemap-config';
import { ExportMenu } from '../exchange/export-menu';
import { ZoneTargetsDocument } from '../graphql/generated/graphql';
import { request } from '../graphql/request';
import { LANGUAGE_TAG } from '../i18n/locale';
import { LocaleProvider } from '../i18n/locale-context';
import { zoneTargetChoices } from './choropleth';
import { ExplorerPanels } from './explorer-panels';
import { useDocumentLocale, useExplorerState, useViewInUrl } from './explorer-state';
import { filterProjects } from './project-filter';
import { useExplorerMap } from './use-explorer-map';
import { useLoaded } from './use-loaded';
import { useMapData } from './use-map-data';
import { useMapOverlays } from './use-map-overlays';
import { parseView } from './view-url';
import { colouringValue } from './zone-colouring';

// The zone targets only feed the choropleth: they follow the map rather than hold it up.
const loadZoneTargets = () => request(ZoneTargetsDocument).then((d) => d.planTargets);

interface AtlasMapProps {
  basemap: BasemapConfig;
  /** The page's query string, read on the server too, so the first render matches on both sides. */
  query: string;
}

/** The map leaders open: Zhoukou drawn offline from the project's own data, in Chinese or English. */
export function AtlasMap({ basemap, query }: AtlasMapProps) {
  const initial = useMemo(() => parseView(query), [query]);
  const state = useExplorerState(initial, query);
  const loaded = useMapData(basemap);
  const targets = useLoaded(loadZoneTargets);
  const zoneTargets = useMemo(() => (targets.state === 'ready' ? targets.data : []), [targets]);
  const drawn = useMemo(
    () => (loaded.data ? filterProjects(loaded.data.projects, state.filter) : []),
    [loaded.data, state.filter],
  );
  const choices = useMemo(() => zoneTargetChoices(zoneTargets), [zoneTargets]);
  // Time progress, ranks, works' schedules and a comparison, drawn over the opening data.
  const overlays = useMapOverlays(loaded, state, zoneTargets);
  const container = useRef<HTMLDivElement>(null);
  const map = useExplorerMap(container, overlays.loaded, state, drawn, overlays.colours, initial);
  useDocumentLocale(state.locale);
  useViewInUrl(map.view, state);

  const highlighted =
    loaded.data?.clusters.find((c) => c.code === state.cluster)?.zones.map((z) => z.name) ?? [];
  // Nothing to show and the data out of reach: the page says so (the notice), not "loading".
  const mapState = !loaded.data && loaded.unreachable ? 'unreachable' : map.life;
  return (
    <LocaleProvider locale={state.locale}>
      <main
        className="atlas"
        lang={LANGUAGE_TAG[state.locale]}
        data-map-state={mapState}
        data-map-generation={map.generation}
        data-stale={loaded.data && loaded.unreachable ? 'true' : 'false'}
        data-highlighted-zones={highlighted.join(',')}
        data-shown-layers={map.shown.join(',')}
        data-view={map.view}
        data-locale={state.locale}
        data-choropleth={state.choropleth ?? ''}
        data-colour={colouringValue(state.colouring)}
        data-coloured={overlays.colours?.kind ?? ''}
        data-late-works={overlays.loaded.data?.sources.lateWorks.features.length ?? 0}
        data-compare={state.comparison ? `${state.comparison.from},${state.comparison.to}` : ''}
        data-hovered={map.hovered}
        data-project-bubbles={map.bubbles}
        data-named-zones={map.namedZones.join(',')}
        data-label-language={map.labelLanguage}
      >
        <div ref={container} className="atlas-canvas" />
        <ExplorerPanels
          state={state}
          loaded={loaded}
          drawn={drawn}
          targets={choices}
          overlays={overlays}
          flyTo={map.flyTo}
        />
        <ExportMenu
          map={map.map}
          view={map.view}
          shown={map.shown}
          filter={state.filter}
          cluster={state.cluster}
          data={loaded.data}
        />
      </main>
    </LocaleProvider>
  );
}
