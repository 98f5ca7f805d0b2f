'use client';

import { useEffect, useState } from 'react';
import { InspectionScreenDocument, type InspectionScreenQuery } from '../graphql/generated/graphql';
import { request } from '../graphql/request';

/** Seconds between tries while the data cannot be reached: soon at first, then every half minute. */
const RETRY_S = [3, 5, 10, 30] as const;

export interface ScreenData {
  /** What was last fetched for the period, kept while the API is unreachable. */
  readonly data: InspectionScreenQuery | null;
  /** The last try failed: what is shown (if anything) may be out of date. */
  readonly unreachable: boolean;
  /** When `data` was fetched. */
  readonly fetchedAt: Date | null;
}

/**
 * The inspection screen's data for a period, tried again by itself while the API cannot be
 * reached and refreshed every `refreshS` seconds after, so a screen left running in the hall
 * recovers without anyone touching it.
 */
export function useScreenData(period: string, refreshS = 60): ScreenData {
  const [state, setState] = useState<ScreenData>({ data: null, unreachable: false, fetchedAt: null });
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    setState({ data: null, unreachable: false, fetchedAt: null });
    const load = () =>
      request(InspectionScreenDocument, { period }).then(
        (data) => {
          if (!live) return;
          failures = 0;
          // An unchanged answer keeps the same object, so the map does not fly again on a refresh.
          setState((s) => ({
            data: JSON.stringify(s.data) === JSON.stringify(data) ? s.data : data,
            unreachable: false,
            fetchedAt: new Date(),
          }));
          timer = setTimeout(load, refreshS * 1000);
        },
        () => {
          if (!live) return;
          setState((s) => ({ ...s, unreachable: true }));
          timer = setTimeout(load, (RETRY_S[Math.min(failures, RETRY_S.length - 1)] ?? 30) * 1000);
          failures += 1;
        },
      );
    load();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [period, refreshS]);
  return state;
}
