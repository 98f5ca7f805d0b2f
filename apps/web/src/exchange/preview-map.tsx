'use client';

import type { FeatureCollection } from 'geojson';
import type * as maplibregl from 'maplibre-gl';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useLocale } from '../i18n/locale-context';
import { type AtlasMapOptions, useAtlasMap } from '../map/create-atlas-map';
import { SWITCHABLE_LAYERS } from '../map/layers';
import { loadMapData, type MapData } from '../map/map-data';
import { applyLocale, applyVisibility, styleEditor, withSources } from '../map/map-look';
import { baseStyle, ZHOUKOU_BOUNDS } from '../map/style';
import type { PreviewAction } from './import-client';
import { extentOf, markName, PREVIEW_LAYERS, PREVIEW_LOOK, PREVIEW_SOURCE } from './preview-look';

// Under the preview: the county outlines to find one's way, and the zones as the atlas has them now
// (a surveyed boundary is seen against the schematic square it replaces). Nothing else distracts.
const BACKDROP = ['counties', 'zones'];
const HIDDEN = SWITCHABLE_LAYERS.map((l) => l.id).filter((id) => !BACKDROP.includes(id));
const PREVIEW_LAYER_IDS = PREVIEW_LAYERS.map((l) => l.id);
const PADDING = 48;
const PIXEL_RATIO = 2;

/** A mark 20 px across, on the 2× grid: a circle (create), square (update) or triangle (error). */
function drawMark(action: PreviewAction): ImageData {
  const px = 20 * PIXEL_RATIO;
  const canvas = document.createElement('canvas');
  canvas.width = px;
  canvas.height = px;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas to draw the preview marks on');
  ctx.scale(PIXEL_RATIO, PIXEL_RATIO);
  ctx.beginPath();
  const { mark, colour } = PREVIEW_LOOK[action];
  if (mark === 'circle') ctx.arc(10, 10, 7, 0, Math.PI * 2);
  else if (mark === 'square') ctx.rect(3.5, 3.5, 13, 13);
  else {
    ctx.moveTo(10, 2);
    ctx.lineTo(18.5, 17);
    ctx.lineTo(1.5, 17);
    ctx.closePath();
  }
  ctx.fillStyle = colour;
  ctx.fill();
  ctx.lineWidth = 2;
  ctx.strokeStyle = '#ffffff';
  ctx.stroke();
  return ctx.getImageData(0, 0, px, px);
}

function addMark(map: maplibregl.Map, name: string) {
  const action = (Object.keys(PREVIEW_LOOK) as PreviewAction[]).find((a) => markName(a) === name);
  if (action && !map.hasImage(name)) map.addImage(name, drawMark(action), { pixelRatio: PIXEL_RATIO });
}

/** The atlas's opening data, for the backdrop; the preview waits for it (a retry is a reload). */
function useBackdrop(): { data: MapData | null; failed: boolean } {
  const [state, setState] = useState<{ data: MapData | null; failed: boolean }>({
    data: null,
    failed: false,
  });
  useEffect(() => {
    let live = true;
    loadMapData().then(
      (data) => live && setState({ data, failed: false }),
      () => live && setState({ data: null, failed: true }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}

/** What the preview map holds, read back from its own source: how many features, and their extent. */
interface Drawn {
  readonly features: number;
  readonly extent: string;
  readonly rendered: number;
}

/**
 * The dry run's features on a MapLibre map, where their converted coordinates put them, over the
 * county outlines and the zones; the view fits them. Create, update and error are told apart by
 * outline and mark as well as colour (`preview-look.ts`).
 *
 * @example <PreviewMap preview={report.preview} />
 */
export function PreviewMap({ preview }: { preview: FeatureCollection }) {
  const { t, locale } = useLocale();
  const container = useRef<HTMLDivElement>(null);
  const { data, failed } = useBackdrop();
  const current = useRef(preview);
  current.current = preview;
  const open = useCallback((): AtlasMapOptions => {
    const style = withSources(baseStyle(), { ...data?.sources });
    const editor = styleEditor(style);
    applyVisibility(editor, HIDDEN);
    applyLocale(editor, locale);
    style.sources[PREVIEW_SOURCE] = { type: 'geojson', data: current.current };
    style.layers.push(...PREVIEW_LAYERS);
    const extent = extentOf(current.current);
    return {
      style,
      camera: { bounds: extent ?? ZHOUKOU_BOUNDS, padding: PADDING },
      attribution: t('map.attribution'),
    };
  }, [data, locale, t]);
  const { map, life } = useAtlasMap(container, data ? open : null);
  const ready = life === 'ready' ? map : null;
  const drawn = usePreviewOn(ready, map, preview);
  return (
    <div
      className="import-preview"
      data-preview-state={failed ? 'failed' : life}
      data-preview-features={drawn?.features ?? ''}
      data-preview-extent={drawn?.extent ?? ''}
      data-preview-rendered={drawn?.rendered ?? ''}
    >
      {/* MapLibre labels its own canvas and controls; the section's heading names the preview. */}
      <div ref={container} className="import-preview-canvas" />
    </div>
  );
}

/** Hands each new preview to the map, fits the view to it, and reads back what the map holds and draws. */
function usePreviewOn(
  ready: maplibregl.Map | null,
  map: maplibregl.Map | null,
  preview: FeatureCollection,
): Drawn | null {
  const [drawn, setDrawn] = useState<Drawn | null>(null);
  useEffect(() => {
    if (!map) return;
    const missing = (e: { id: string }) => addMark(map, e.id);
    map.on('styleimagemissing', missing);
    return () => void map.off('styleimagemissing', missing);
  }, [map]);
  useEffect(() => {
    if (!ready) return;
    let live = true;
    const source = ready.getSource(PREVIEW_SOURCE) as maplibregl.GeoJSONSource | undefined;
    source?.setData(preview);
    const extent = extentOf(preview);
    if (extent) ready.fitBounds(extent, { padding: PADDING, maxZoom: 16, duration: 0 });
    // Read back once the map has drawn it: the source's own data, and the features on screen.
    ready.once('idle', () => {
      void source?.getData().then((held) => {
        if (!live) return;
        const collection = held as FeatureCollection;
        setDrawn({
          features: collection.features?.length ?? 0,
          extent: extentOf(collection)?.join(',') ?? '',
          rendered: ready.queryRenderedFeatures({ layers: PREVIEW_LAYER_IDS }).length,
        });
      });
    });
    return () => {
      live = false;
    };
  }, [ready, preview]);
  return drawn;
}
