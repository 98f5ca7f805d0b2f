'use client';

import * as maplibregl from 'maplibre-gl';
import { type RefObject, useEffect, useState } from 'react';
import { addMapIcon } from './icons';
import { LOCAL_FONTS } from './layers/expressions';

/** Where a map opens: a point and zoom (a shared link), or bounds to fit. */
export type Camera =
  | { center: [number, number]; zoom: number }
  | { bounds: [number, number, number, number]; padding: number | maplibregl.PaddingOptions };

export interface AtlasMapOptions {
  style: maplibregl.StyleSpecification;
  camera: Camera;
  /** Text added to the attribution (the sources of the offline geodata). */
  attribution?: string;
  /** Keep each frame, so the screen can be exported as a PNG with the map in it. */
  keepFrames?: boolean;
}

/**
 * A MapLibre map as every screen of the atlas opens one: local CJK glyphs (no glyph server),
 * symbols drawn in the browser when a layer first asks for them, labels without a fade.
 *
 * @example
 * const map = createAtlasMap(div, { style: baseStyle(), camera: { bounds: ZHOUKOU_BOUNDS, padding: 24 } });
 */
export function createAtlasMap(container: HTMLElement, options: AtlasMapOptions): maplibregl.Map {
  const { camera } = options;
  const map = new maplibregl.Map({
    container,
    style: options.style,
    ...('center' in camera
      ? { center: camera.center, zoom: camera.zoom }
      : { bounds: camera.bounds, fitBoundsOptions: { padding: camera.padding } }),
    attributionControl: {
      compact: true,
      ...(options.attribution ? { customAttribution: options.attribution } : {}),
    },
    localIdeographFontFamily: LOCAL_FONTS,
    // Labels appear at once rather than fading in: fewer frames to draw before the map is whole.
    fadeDuration: 0,
    ...(options.keepFrames ? { canvasContextAttributes: { preserveDrawingBuffer: true } } : {}),
  });
  map.on('styleimagemissing', (e) => addMapIcon(map, e.id));
  return map;
}

/** A map's life: opening, drawn, or without its WebGL context (waiting for it back or to be rebuilt). */
export type MapLife = 'loading' | 'ready' | 'lost';

/** A lost WebGL context the browser has not given back within this long is rebuilt from scratch. */
export const RESTORE_WAIT_MS = 4000;

export interface LiveMap {
  readonly map: maplibregl.Map | null;
  readonly life: MapLife;
  /** How many times the map has been rebuilt after a WebGL context was not given back. */
  readonly generation: number;
}

/**
 * Opens an atlas map in `container` once `open` is given, and keeps it alive: when the browser takes
 * the WebGL context away (a GPU reset, too many contexts, a laptop waking), the map waits for it and
 * repaints; if it is not given back within `restoreWaitMs`, the map is rebuilt by calling `open`
 * again, so it comes back with the look of that moment. Pass a stable `open` (`useCallback`).
 *
 * @example
 * const open = useCallback(() => ({ style: baseStyle(), camera }), []);
 * const { map, life } = useAtlasMap(container, open);
 */
export function useAtlasMap(
  container: RefObject<HTMLDivElement | null>,
  open: (() => AtlasMapOptions) | null,
  restoreWaitMs = RESTORE_WAIT_MS,
): LiveMap {
  const [map, setMap] = useState<maplibregl.Map | null>(null);
  const [life, setLife] = useState<MapLife>('loading');
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    if (!container.current || !open) return;
    const m = createAtlasMap(container.current, open());
    let restore: ReturnType<typeof setTimeout> | undefined;
    setMap(m);
    setLife('loading');
    m.once('idle', () => setLife('ready'));
    m.on('webglcontextlost', () => {
      setLife('lost');
      restore = setTimeout(() => setGeneration((g) => g + 1), restoreWaitMs);
    });
    m.on('webglcontextrestored', () => {
      clearTimeout(restore);
      m.once('idle', () => setLife('ready'));
      m.triggerRepaint();
    });
    return () => {
      clearTimeout(restore);
      setMap(null);
      m.remove();
    };
    // `generation` is the rebuild's trigger: a new one opens a new map.
  }, [container, open, generation, restoreWaitMs]);
  return { map, life, generation };
}
