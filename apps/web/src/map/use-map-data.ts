'use client';

import * as maplibregl from 'maplibre-gl';
import { useEffect, useState } from 'react';
import type { BasemapConfig } from '../basemap/basemap-config';
import { type BasemapStyle, loadBasemapStyle } from '../basemap/with-basemap';
import { MapProbeDocument } from '../graphql/generated/graphql';
import { request } from '../graphql/request';
import { loadMapData, type MapData } from './map-data';
import { baseStyle } from './style';

/** Seconds between tries while the data cannot be reached: soon at first, then every half minute. */
export const RETRY_S = [2, 4, 8, 15, 30] as const;
/** Seconds between checks that the data can still be reached, once the map is open. */
export const PROBE_S = 15;

// Started when this module is first evaluated in the browser, before React has hydrated the page:
// the data request and MapLibre's worker get under way while the rest of the page is still booting.
let early: Promise<MapData> | null = null;
if (typeof window !== 'undefined') {
  early = loadMapData();
  early.catch(() => undefined);
  maplibregl.prewarm();
}

/** The opening data, from the early request if it is still unused (a retry or a remount asks afresh). */
function openingData(): Promise<MapData> {
  const data = early ?? loadMapData();
  early = null;
  return data;
}

export interface MapDataState {
  readonly opening: BasemapStyle | null;
  readonly data: MapData | null;
  /** The last try failed: with `data`, what the map shows may be out of date; without, it shows nothing yet. */
  readonly unreachable: boolean;
  /** When `data` was last fetched or confirmed reachable. */
  readonly fetchedAt: Date | null;
}

const retryDelay = (failures: number) => (RETRY_S[Math.min(failures, RETRY_S.length - 1)] ?? 30) * 1000;

/**
 * The map's style and data, asked for together, and kept honest: a failed opening is tried again by
 * itself (backing off), an open map checks every `PROBE_S` seconds that the data can still be
 * reached, keeps what it shows while it cannot, and reloads it when the data service is back.
 */
export function useMapData(basemap: BasemapConfig): MapDataState {
  const [state, setState] = useState<MapDataState>({
    opening: null,
    data: null,
    unreachable: false,
    fetchedAt: null,
  });
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    let loaded = false;
    const failed = () => {
      if (!live) return;
      setState((s) => ({ ...s, unreachable: true }));
      timer = setTimeout(loaded ? probe : open, retryDelay(failures));
      failures += 1;
    };
    const open = () =>
      Promise.all([
        loadBasemapStyle(basemap, baseStyle()),
        failures === 0 ? openingData() : loadMapData(),
      ]).then(([opening, data]) => {
        if (!live) return;
        if (opening.cause) console.warn('basemap:', opening.cause);
        loaded = true;
        failures = 0;
        setState({ opening, data, unreachable: false, fetchedAt: new Date() });
        timer = setTimeout(probe, PROBE_S * 1000);
      }, failed);
    const probe = () =>
      request(MapProbeDocument).then(() => {
        if (!live) return;
        const wasDown = failures > 0;
        failures = 0;
        if (wasDown) return void loadMapData().then(refreshed, failed);
        setState((s) => ({ ...s, fetchedAt: new Date() }));
        timer = setTimeout(probe, PROBE_S * 1000);
      }, failed);
    const refreshed = (data: MapData) => {
      if (!live) return;
      setState((s) => ({ ...s, data, unreachable: false, fetchedAt: new Date() }));
      timer = setTimeout(probe, PROBE_S * 1000);
    };
    open();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [basemap]);
  return state;
}
