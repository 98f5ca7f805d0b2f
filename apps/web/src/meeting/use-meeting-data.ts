'use client';

import { useEffect, useState } from 'react';
import { MeetingScreenDocument, type MeetingScreenQuery } from '../graphql/generated/graphql';
import { request } from '../graphql/request';
import { type MeetingMonth, parseMeetingMonth } from './meeting-month';

/** Seconds between tries while the data cannot be reached: soon at first, then every half minute. */
const RETRY_S = [3, 5, 10, 30] as const;

export interface MeetingData {
  /** What was last fetched for the month, kept while the API is unreachable. */
  readonly data: MeetingScreenQuery | null;
  /** The last try failed: what is shown (if anything) may be out of date. */
  readonly unreachable: boolean;
  readonly fetchedAt: Date | null;
}

/**
 * The meeting screen's data for a month, tried again by itself while the API cannot be reached and
 * refreshed every `refreshS` seconds after, as the inspection screen's is: a report accepted during
 * the meeting shows without anyone touching the screen.
 */
export function useMeetingData(month: MeetingMonth | null, refreshS = 60): MeetingData {
  const [state, setState] = useState<MeetingData>({ data: null, unreachable: false, fetchedAt: null });
  const key = month?.month ?? null;
  useEffect(() => {
    const asked = parseMeetingMonth(key);
    if (!asked) return;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    setState({ data: null, unreachable: false, fetchedAt: null });
    const variables = { month: asked.month, year: asked.year, asOf: asked.lastDay };
    const load = () =>
      request(MeetingScreenDocument, variables).then(
        (data) => {
          if (!live) return;
          failures = 0;
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
    // Keyed by the month's text: a new object for the same month asks nothing again.
  }, [key, refreshS]);
  return state;
}
