'use client';

import { useEffect, useState } from 'react';

/** Seconds between tries while the data cannot be reached: soon at first, then every half minute. */
const RETRY_S = [3, 5, 10, 30] as const;

export interface ScreenQuery<T> {
  /** What was last fetched, kept while the API is unreachable. */
  readonly data: T | null;
  /** The last try failed: what is shown (if anything) may be out of date. */
  readonly unreachable: boolean;
  /** When `data` was fetched. */
  readonly fetchedAt: Date | null;
}

/**
 * A big screen's data: fetched by `load` whenever `key` changes, tried again by itself while the API
 * cannot be reached, and refreshed every `refreshS` seconds after, so a screen left running in the
 * hall recovers, and shows what changed, without anyone touching it. A null `key` asks nothing.
 *
 * @example
 * const screen = useScreenQuery(period, () => request(InspectionScreenDocument, { period }));
 */
export function useScreenQuery<T>(key: string | null, load: () => Promise<T>, refreshS = 60): ScreenQuery<T> {
  const [state, setState] = useState<ScreenQuery<T>>({ data: null, unreachable: false, fetchedAt: null });
  // `load` is a new function each render: `key` names what it asks, and a refresh reuses the first.
  useEffect(() => {
    if (key === null) return;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    setState({ data: null, unreachable: false, fetchedAt: null });
    const attempt = () =>
      load().then(
        (data) => {
          if (!live) return;
          failures = 0;
          // An unchanged answer keeps the same object, so the map does not fly again on a refresh.
          setState((s) => ({
            data: JSON.stringify(s.data) === JSON.stringify(data) ? s.data : data,
            unreachable: false,
            fetchedAt: new Date(),
          }));
          timer = setTimeout(attempt, refreshS * 1000);
        },
        () => {
          if (!live) return;
          setState((s) => ({ ...s, unreachable: true }));
          timer = setTimeout(attempt, (RETRY_S[Math.min(failures, RETRY_S.length - 1)] ?? 30) * 1000);
          failures += 1;
        },
      );
    attempt();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [key, refreshS]);
  return state;
}
