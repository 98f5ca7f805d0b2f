'use client';

import { useEffect, useMemo, useState } from 'react';
import { LANGUAGE_TAG, type Locale } from '../i18n/locale';
import { t } from '../i18n/messages';
import { type Comparison, parseComparison, writeComparison } from './compare-changes';
import { SWITCHABLE_LAYERS } from './layers';
import type { ProjectFilter } from './project-filter';
import { formatView, type MapView, type Selection } from './view-url';
import { parseColouring, writeColouring, type ZoneColouring } from './zone-colouring';

/** What a leader has chosen on the explorer: everything a shared link carries except the camera. */
export interface ExplorerState {
  readonly locale: Locale;
  readonly cluster: string | null;
  readonly filter: ProjectFilter;
  readonly choropleth: string | null;
  /** Zones coloured by time progress or by rank (`colour=`); exclusive with a target's `choropleth`. */
  readonly colouring: ZoneColouring | null;
  /** The two months or rounds the map compares (`compare=`), or null. */
  readonly comparison: Comparison | null;
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
  setColouring(colouring: ZoneColouring | null): void;
  setComparison(comparison: Comparison | null): void;
  setSelection(selection: Selection | null): void;
  toggleLayer(id: string): void;
  setShowMatrix(open: boolean | ((open: boolean) => boolean)): void;
}

/**
 * The explorer's choices, starting from a link's (`query` is the link's own text, for the choices
 * `MapView` does not carry: the zone colouring and the comparison).
 */
export function useExplorerState(initial: MapView, query = ''): ExplorerState {
  const [locale, setLocale] = useState<Locale>(initial.locale);
  const [cluster, setCluster] = useState<string | null>(initial.cluster);
  const [filter, setFilter] = useState<ProjectFilter>(initial.filter);
  const [choropleth, setChoropleth] = useState<string | null>(initial.choropleth);
  const [selection, setSelection] = useState<Selection | null>(initial.selection);
  const [colouring, setColouring] = useState<ZoneColouring | null>(() =>
    initial.choropleth ? null : parseColouring(query),
  );
  const [comparison, setComparison] = useState<Comparison | null>(() => parseComparison(query));
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
    colouring,
    comparison,
    selection,
    visible,
    hidden,
    showMatrix,
    setLocale,
    setCluster,
    setFilter,
    // One colouring at a time: a target's percent, time progress or rank.
    setChoropleth: (metric) => {
      setChoropleth(metric);
      if (metric) setColouring(null);
    },
    setColouring: (next) => {
      setColouring(next);
      if (next) setChoropleth(null);
    },
    setComparison,
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
  const { cluster, hidden, filter, choropleth, selection, locale, colouring, comparison } = state;
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
    const params = new URLSearchParams(next);
    writeColouring(params, colouring);
    writeComparison(params, comparison);
    const text = params.toString().replaceAll('%2C', ',');
    window.history.replaceState(null, '', `${window.location.pathname}${text ? `?${text}` : ''}`);
  }, [view, cluster, hidden, filter, choropleth, selection, locale, colouring, comparison]);
}
