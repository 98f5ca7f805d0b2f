/** What a link reproduces: where the map looks, which cluster is chosen and which layers are hidden. */
export interface MapView {
  readonly center: [number, number] | null;
  readonly zoom: number | null;
  readonly cluster: string | null;
  readonly hidden: string[];
  /** The zone whose detail panel is open. */
  readonly zone: string | null;
}

const round = (v: number, digits: number) => Number(v.toFixed(digits));

/** Reads a view from a query string such as `?c=114.85,34.05&z=9&cluster=textile&hide=rivers`. */
export function parseView(search: string): MapView {
  const params = new URLSearchParams(search);
  const [lng, lat] = (params.get('c') ?? '').split(',').map(Number);
  const zoom = Number(params.get('z'));
  const center: [number, number] | null =
    Number.isFinite(lng) && Number.isFinite(lat) && params.has('c') ? [lng as number, lat as number] : null;
  return {
    center,
    zoom: params.has('z') && Number.isFinite(zoom) ? zoom : null,
    cluster: params.get('cluster') || null,
    hidden: (params.get('hide') ?? '').split(',').filter(Boolean),
    zone: params.get('zone') || null,
  };
}

/** Writes a view as a query string; a link with it opens the same map. */
export function formatView(view: MapView): string {
  const params = new URLSearchParams();
  if (view.center) params.set('c', `${round(view.center[0], 4)},${round(view.center[1], 4)}`);
  if (view.zoom !== null) params.set('z', String(round(view.zoom, 2)));
  if (view.cluster) params.set('cluster', view.cluster);
  if (view.hidden.length > 0) params.set('hide', view.hidden.join(','));
  if (view.zone) params.set('zone', view.zone);
  const text = params.toString().replaceAll('%2C', ',');
  return text ? `?${text}` : '';
}
