'use client';

import { MeetingScreenDocument, type MeetingScreenQuery } from '../graphql/generated/graphql';
import { request } from '../graphql/request';
import { type ScreenQuery, useScreenQuery } from '../graphql/use-screen-query';
import { type MeetingMonth, parseMeetingMonth } from './meeting-month';

export type MeetingData = ScreenQuery<MeetingScreenQuery>;

/**
 * The meeting screen's data for a month, tried again by itself while the API cannot be reached and
 * refreshed every `refreshS` seconds after, as the inspection screen's is: a report accepted during
 * the meeting shows without anyone touching the screen. Keyed by the month's text: a new object
 * for the same month asks nothing again.
 */
export function useMeetingData(month: MeetingMonth | null, refreshS = 60): MeetingData {
  const asked = parseMeetingMonth(month?.month ?? null);
  return useScreenQuery(
    asked?.month ?? null,
    () =>
      request(MeetingScreenDocument, {
        month: asked?.month ?? '',
        year: asked?.year ?? 0,
        asOf: asked?.lastDay ?? '',
      }),
    refreshS,
  );
}
