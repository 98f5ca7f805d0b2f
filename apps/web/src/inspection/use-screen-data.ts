'use client';

import { InspectionScreenDocument, type InspectionScreenQuery } from '../graphql/generated/graphql';
import { request } from '../graphql/request';
import { type ScreenQuery, useScreenQuery } from '../graphql/use-screen-query';

export type ScreenData = ScreenQuery<InspectionScreenQuery>;

/**
 * The inspection screen's data for a period, tried again by itself while the API cannot be
 * reached and refreshed every `refreshS` seconds after, so a screen left running in the hall
 * recovers without anyone touching it.
 */
export function useScreenData(period: string, refreshS = 60): ScreenData {
  return useScreenQuery(period, () => request(InspectionScreenDocument, { period }), refreshS);
}
