'use client';

import { useEffect, useMemo, useState } from 'react';
import { LANGUAGE_TAG, type Locale } from '../i18n/locale';
import { t } from '../i18n/messages';
import { SWITCHABLE_LAYERS } from './layers';
import type { ProjectFilter } from './project-filter';
import { formatView, type MapView, type Selection } from './view-url';

/** What a leader has chosen on the explorer: everything a shared link carries except the camera. */
export interface ExplorerState {
  readonly locale: Locale;
  readonly cluster: string | null;
  readonly filter: ProjectFilter;
  readonly choropleth: string | null;
  readonly selection: Selection | null;
  /** Switchable layers by id; a layer is shown unless it is `false` here. */
  readonly visible: Record<string, boolean>;
  /** The hidden switchable layers, in the panel's order. */
  readonly hidden: string[];
  readonly showMatrix: boolean;
  setLocale(locale: Locale): void;
  setCluster(cluster: string | null): void;
  setFilter(filter: ProjectFilter): void;
  setChoropleth(metric: string | null): void;
  setSelection(selection: Selection | null): void;
  toggleLayer(id: string): void;
  setShowMatrix(open: boolean | ((open: boolean) => boolean)): void;
}

/** The explorer's choices, starting from a link's. */
export function useExplorerState(initial: MapView): ExplorerState {
  const [locale, setLocale] = useState<Locale>(initial.locale);
  const [cluster, setCluster] = useState<string | null>(initial.cluster);
  const [filter, setFilter] = useState<ProjectFilter>(initial.filter);
  const [choropleth, setChoropleth] = useState<string | null>(initial.choropleth);
  const [selection, setSelection] = useState<Selection | null>(initial.selection);
  const [visible, setVisible] = useState<Record<string, boolean>>(
    Object.fromEntries(initial.hidden.map((id) => [id, false])),
  );
  const [showMatrix, setShowMatrix] = useState(false);
  const hiddenKey = SWITCHABLE_LAYERS.filter((l) => visible[l.id] === false)
    .map((l) => l.id)
    .join();
  const hidden = useMemo(() => hiddenKey.split(',').filter(Boolean), [hiddenKey]);
  return {
    locale,
    cluster,
    filter,
    choropleth,
    selection,
    visible,
    hidden,
    showMatrix,
    setLocale,
    setCluster,
    setFilter,
    setChoropleth,
    setSelection,
    toggleLayer: (id) => setVisible((v) => ({ ...v, [id]: v[id] === false })),
    setShowMatrix,
  };
}

/** The page's language and title follow the chosen language. */
export function useDocumentLocale(locale: Locale) {
  useEffect(() => {
    document.documentElement.lang = LANGUAGE_TAG[locale];
    document.title = t(locale, 'app.title');
  }, [locale]);
}

/**
 * The address bar holds the view as it is now (`view` is "lng,lat,zoom" once the map has one), so a
 * copied link opens the same map.
 */
export function useViewInUrl(view: string, state: ExplorerState) {
  const { cluster, hidden, filter, choropleth, selection, locale } = state;
  useEffect(() => {
    if (!view) return;
    const [lng = 0, lat = 0, zoom = 0] = view.split(',').map(Number);
    const next = formatView({
      center: [lng, lat],
      zoom,
      cluster,
      hidden,
      filter,
      choropleth,
      selection,
      locale,
    });
    window.history.replaceState(null, '', `${window.location.pathname}${next}`);
  }, [view, cluster, hidden, filter, choropleth, selection, locale]);
}
