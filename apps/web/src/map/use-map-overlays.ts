'use client';

import { useCallback, useMemo } from 'react';
import {
  ChangesBetweenDocument,
  type ChangesBetweenQuery,
  WorksScheduleDocument,
  type WorksScheduleQuery,
  ZoneProgressDocument,
  type ZoneProgressQuery,
  ZoneRanksDocument,
  type ZoneRanksQuery,
  type ZoneTargetsQuery,
} from '../graphql/generated/graphql';
import { request } from '../graphql/request';
import { percentByZone, targetColours } from './choropleth';
import { changeMarks } from './compare-changes';
import type { ExplorerState } from './explorer-state';
import { lateMarks, scheduledSources } from './late-works';
import type { MapData } from './map-data';
import { quarterEnd } from './project-filter';
import { type Loaded, useLoaded } from './use-loaded';
import type { MapDataState } from './use-map-data';
import { progressColours, rankColours, type ZoneColours } from './zone-colouring';

/** What the map draws over its opening data: colours, schedules and a comparison, each with its source. */
export interface MapOverlays {
  /** The opening data with the works' schedules and the comparison's marks written in. */
  readonly loaded: MapDataState;
  readonly colours: ZoneColours | null;
  /** Time progress by zone and its thresholds, once asked for (colouring by time progress). */
  readonly progress: ZoneProgressQuery | null;
  readonly ranking: ZoneRanksQuery['inspectionRanking'] | null;
  readonly schedule: WorksScheduleQuery | null;
  readonly changes: Loaded<ChangesBetweenQuery> | null;
}

const ready = <T>(loaded: Loaded<T>): T | null => (loaded.state === 'ready' ? loaded.data : null);
const failedOrLoading = (loaded: Loaded<unknown>): Loaded<never> =>
  loaded.state === 'failed' ? { state: 'failed' } : { state: 'loading' };
const nothing = () => Promise.resolve(null);

/**
 * The map's overlays, each fetched only when its switch asks for it (time progress, a round's
 * ranks, a comparison) or once the map is open (the works' schedules), so none holds up the map.
 */
export function useMapOverlays(
  loaded: MapDataState,
  state: ExplorerState,
  zoneTargets: ZoneTargetsQuery['planTargets'],
): MapOverlays {
  const { colouring, comparison, choropleth, locale } = state;
  const year = 2014;
  const wantsProgress = colouring?.kind === 'progress';
  const round = colouring?.kind === 'rank' ? colouring.round : null;
  const hasData = loaded.data !== null;

  const progress = ready(
    useLoaded(
      useCallback(
        () => (wantsProgress ? request(ZoneProgressDocument, { year }) : nothing()),
        [wantsProgress],
      ),
    ),
  );
  const ranks = ready(
    useLoaded(
      useCallback(() => (round ? request(ZoneRanksDocument, { period: round }) : nothing()), [round]),
    ),
  );
  // Late as at the end of the period the map is filtered to, else as at today.
  const asOf = state.filter.period ? quarterEnd(state.filter.period) : null;
  const schedule = ready(
    useLoaded(
      useCallback(() => (hasData ? request(WorksScheduleDocument, { asOf }) : nothing()), [hasData, asOf]),
    ),
  );
  const from = comparison?.from ?? null;
  const to = comparison?.to ?? null;
  const changes = useLoaded(
    useCallback(() => (from && to ? request(ChangesBetweenDocument, { from, to }) : nothing()), [from, to]),
  );

  const colours = useMemo((): ZoneColours | null => {
    if (choropleth) return targetColours(percentByZone(zoneTargets, choropleth), locale);
    if (wantsProgress && progress) return progressColours(progress.zoneTimeProgress, locale);
    const ranking = ranks?.inspectionRanking;
    if (round && ranking)
      return rankColours({ ...ranking, demo: ranking.provenance.kind === 'DEMO' }, locale);
    return null;
  }, [choropleth, zoneTargets, wantsProgress, progress, round, ranks, locale]);

  const changeData = changes.state === 'ready' ? changes.data : null;
  const data = useMemo((): MapData | null => {
    const base = loaded.data;
    if (!base || (!schedule && !changeData)) return base;
    const sources = schedule ? scheduledSources(base.sources, schedule) : base.sources;
    return {
      ...base,
      sources: {
        ...sources,
        lateWorks: schedule ? lateMarks(sources) : sources.lateWorks,
        changes: changeData ? changeMarks(changeData.changesBetween, locale) : sources.changes,
      },
    };
  }, [loaded.data, schedule, changeData, locale]);

  return {
    loaded: useMemo(() => ({ ...loaded, data }), [loaded, data]),
    colours,
    progress: wantsProgress ? progress : null,
    ranking: round ? (ranks?.inspectionRanking ?? null) : null,
    schedule,
    // Until the new comparison's request is under way, the last answer is the empty one of "no comparison".
    changes:
      !from || !to ? null : changeData ? { state: 'ready', data: changeData } : failedOrLoading(changes),
  };
}
