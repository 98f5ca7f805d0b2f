import type { ProjectStatus } from '../graphql/generated/graphql';
import type { Locale } from '../i18n/locale';
import { NO_PROJECT_FILTER, type ProjectFilter, quarterEnd } from './project-filter';

/** What a detail panel shows: one zone, project or relocation at a time. */
export interface Selection {
  readonly kind: 'zone' | 'project' | 'relocation' | 'road' | 'grid' | 'facility';
  readonly id: string;
}

/** What a link reproduces: where the map looks, what is chosen, filtered, hidden and open, and the language. */
export interface MapView {
  readonly center: [number, number] | null;
  readonly zoom: number | null;
  readonly cluster: string | null;
  readonly hidden: string[];
  readonly filter: ProjectFilter;
  /** The plan target (its metric) the zones are coloured by, or null for star levels. */
  readonly choropleth: string | null;
  readonly selection: Selection | null;
  readonly locale: Locale;
}

export const DEFAULT_VIEW: MapView = {
  center: null,
  zoom: null,
  cluster: null,
  hidden: [],
  filter: NO_PROJECT_FILTER,
  choropleth: null,
  selection: null,
  locale: 'zh',
};

const STATUSES: readonly ProjectStatus[] = ['PLANNED', 'SIGNED', 'STARTED', 'COMPLETED', 'IN_PRODUCTION'];
const SELECTION_KINDS = ['zone', 'project', 'relocation', 'road', 'grid', 'facility'] as const;
const round = (v: number, digits: number) => Number(v.toFixed(digits));
const list = (value: string | null) => (value ?? '').split(',').filter(Boolean);

function parseSelection(params: URLSearchParams): Selection | null {
  for (const kind of SELECTION_KINDS) {
    const id = params.get(kind);
    if (id) return { kind, id };
  }
  return null;
}

/**
 * Reads a view from a query string such as `?c=114.85,34.05&z=9&cluster=textile&hide=rivers`.
 * What cannot be read is left at its default, so an old or hand-edited link still opens a map.
 */
export function parseView(search: string): MapView {
  const params = new URLSearchParams(search);
  const [lng, lat] = (params.get('c') ?? '').split(',').map(Number);
  const zoom = Number(params.get('z'));
  const center: [number, number] | null =
    Number.isFinite(lng) && Number.isFinite(lat) && params.has('c') ? [lng as number, lat as number] : null;
  const period = params.get('period');
  return {
    center,
    zoom: params.has('z') && Number.isFinite(zoom) ? zoom : null,
    cluster: params.get('cluster') || null,
    hidden: list(params.get('hide')),
    filter: {
      zone: params.get('in') || null,
      statuses: list(params.get('status')).filter((s): s is ProjectStatus =>
        STATUSES.includes(s as ProjectStatus),
      ),
      period: period && quarterEnd(period) ? period : null,
    },
    choropleth: params.get('target') || null,
    selection: parseSelection(params),
    locale: params.get('lang') === 'en' ? 'en' : 'zh',
  };
}

/** Writes a view as a query string; a link with it opens the same map. */
export function formatView(view: MapView): string {
  const params = new URLSearchParams();
  if (view.center) params.set('c', `${round(view.center[0], 4)},${round(view.center[1], 4)}`);
  if (view.zoom !== null) params.set('z', String(round(view.zoom, 2)));
  if (view.cluster) params.set('cluster', view.cluster);
  if (view.hidden.length > 0) params.set('hide', view.hidden.join(','));
  if (view.filter.zone) params.set('in', view.filter.zone);
  if (view.filter.statuses.length > 0) params.set('status', view.filter.statuses.join(','));
  if (view.filter.period) params.set('period', view.filter.period);
  if (view.choropleth) params.set('target', view.choropleth);
  if (view.selection) params.set(view.selection.kind, view.selection.id);
  if (view.locale !== 'zh') params.set('lang', view.locale);
  const text = params.toString().replaceAll('%2C', ',');
  return text ? `?${text}` : '';
}
