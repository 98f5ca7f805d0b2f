import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';

/** The kinds of works the map draws with planned dates and progress (the API's `ReportedWorksKind`). */
export type WorksKind = 'ROAD_LINK' | 'GRID_PROJECT' | 'FACILITY' | 'RELOCATION_SITE';

/** One works' schedule as the API gives it: planned dates, progress, who answers for it, and lateness. */
export interface WorksSchedule {
  readonly id: string;
  readonly late: boolean;
  readonly plannedFinishOn?: string | null;
  readonly progressPercent?: number | null;
}

/** A relocation site's schedule, with its households moved and still waiting. */
export interface RelocationSchedule extends WorksSchedule {
  readonly householdsMoved: number;
  readonly householdsWaiting: number;
}

/** Every works' schedule, by kind, as the map's works-schedule query answers. */
export interface WorksSchedules {
  readonly roadLinks: readonly WorksSchedule[];
  readonly gridProjects: readonly WorksSchedule[];
  readonly facilities: readonly WorksSchedule[];
  readonly relocationSites: readonly RelocationSchedule[];
}

/** The map sources a schedule is written into (a subset of `MapSources`). */
export interface ScheduledSources {
  readonly roads: FeatureCollection;
  readonly grid: FeatureCollection;
  readonly facilities: FeatureCollection;
  readonly villages: FeatureCollection;
  readonly relocationFlows: FeatureCollection;
}

const byId = <T extends { id: string }>(rows: readonly T[]) => new Map(rows.map((r) => [r.id, r]));

/** Where a works' "late" mark stands: a point as it is, a line at its middle vertex. */
export function markPoint(geometry: Geometry): Position | null {
  switch (geometry.type) {
    case 'Point':
      return geometry.coordinates;
    case 'LineString':
      return geometry.coordinates[Math.floor(geometry.coordinates.length / 2)] ?? null;
    case 'MultiLineString': {
      const part = geometry.coordinates[0] ?? [];
      return part[Math.floor(part.length / 2)] ?? null;
    }
    case 'Polygon':
      return geometry.coordinates[0]?.[0] ?? null;
    default:
      return null;
  }
}

function withSchedule(
  collection: FeatureCollection,
  schedules: ReadonlyMap<string, WorksSchedule & Partial<RelocationSchedule>>,
): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: collection.features.map((f) => {
      const s = schedules.get(String(f.properties?.id));
      if (!s) return f;
      return {
        ...f,
        properties: {
          ...f.properties,
          late: s.late,
          progressPercent: s.progressPercent ?? null,
          plannedFinishOn: s.plannedFinishOn ?? '',
          ...(s.householdsMoved === undefined
            ? {}
            : { householdsMoved: s.householdsMoved, householdsWaiting: s.householdsWaiting }),
        },
      };
    }),
  };
}

/**
 * The works sources with each feature's schedule written into its properties (`late`,
 * `progressPercent`, `plannedFinishOn`; households moved and waiting for relocation), so the layers
 * can draw late works as late and the relocation labels can count the households.
 *
 * @example
 * scheduledSources(data.sources, schedules).roads.features[0]?.properties?.late // true
 */
export function scheduledSources<S extends ScheduledSources>(sources: S, schedules: WorksSchedules): S {
  const sites = byId(schedules.relocationSites);
  return {
    ...sources,
    roads: withSchedule(sources.roads, byId(schedules.roadLinks)),
    grid: withSchedule(sources.grid, byId(schedules.gridProjects)),
    facilities: withSchedule(sources.facilities, byId(schedules.facilities)),
    villages: withSchedule(sources.villages, sites),
    relocationFlows: withSchedule(sources.relocationFlows, sites),
  };
}

/**
 * One point per late works — at a line's middle, or the works' own point — carrying its kind, id
 * and name: the map draws a ⚠ and the word "late" there, so lateness never rests on colour alone.
 *
 * @example
 * lateMarks(scheduledSources(data.sources, schedules)).features.map((f) => f.properties?.kind)
 * // ['ROAD_LINK', 'RELOCATION_SITE']
 */
export function lateMarks(sources: ScheduledSources): FeatureCollection {
  const kinds: [WorksKind, FeatureCollection][] = [
    ['ROAD_LINK', sources.roads],
    ['GRID_PROJECT', sources.grid],
    ['FACILITY', sources.facilities],
    ['RELOCATION_SITE', sources.villages],
  ];
  const features: Feature[] = [];
  for (const [kind, collection] of kinds) {
    for (const f of collection.features) {
      const at = f.properties?.late === true ? markPoint(f.geometry) : null;
      if (!at) continue;
      features.push({
        type: 'Feature',
        properties: {
          id: `${kind}:${f.properties?.id}`,
          worksId: f.properties?.id,
          kind,
          name: f.properties?.name ?? '',
        },
        geometry: { type: 'Point', coordinates: at },
      });
    }
  }
  return { type: 'FeatureCollection', features };
}
