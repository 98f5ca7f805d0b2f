/** A record that says where it came from; only whether it is demo data matters here. */
interface Sourced {
  provenance: { kind: string };
}

/** A count for each value met, in the order first met. */
function countBy<T, K>(items: readonly T[], key: (item: T) => K): [K, number][] {
  const counts = new Map<K, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts];
}

/** True when any record is demo data, so the panel can say so beside figures that include it. */
function anyDemo(records: readonly Sourced[]): boolean {
  return records.some((r) => r.provenance.kind === 'DEMO');
}

/** A zone's projects summed: how many, their investment (亿元), and how many stand at each stage. */
export interface ProjectTally<Status extends string> {
  count: number;
  investmentYi: number;
  byStatus: [status: Status, count: number][];
  demo: boolean;
}

/**
 * Sums a zone's projects, with the stages in their order and stages no project stands at left out.
 *
 * @example
 * tallyProjects([{ status: 'STARTED', investmentYi: 2, provenance: { kind: 'DEMO' } }], ['PLANNED', 'STARTED']);
 * // { count: 1, investmentYi: 2, byStatus: [['STARTED', 1]], demo: true }
 */
export function tallyProjects<Status extends string>(
  projects: readonly ({ status: Status; investmentYi: number } & Sourced)[],
  stages: readonly Status[],
): ProjectTally<Status> {
  const counts = new Map(countBy(projects, (p) => p.status));
  return {
    count: projects.length,
    investmentYi: projects.reduce((sum, p) => sum + p.investmentYi, 0),
    byStatus: stages.flatMap((s): [Status, number][] => (counts.has(s) ? [[s, counts.get(s) ?? 0]] : [])),
    demo: anyDemo(projects),
  };
}

/** A works record as the zone panel reads it: its kind and the zone the plan assigns it to. */
interface Works<Kind> extends Sourced {
  zoneCode: string | null;
  kind: Kind;
}

/** The works lists the zone panel counts from. */
export interface ZoneWorksLists<RoadKind, GridKind, FacilityKind> {
  roadLinks: readonly Works<RoadKind>[];
  gridProjects: readonly Works<GridKind>[];
  facilities: readonly (Works<FacilityKind> & { name: string })[];
  relocationSites: readonly ({ zoneCode: string; households: number } & Sourced)[];
}

/** The infrastructure of one zone, counted by kind. */
export interface ZoneWorks<RoadKind, GridKind, FacilityKind> {
  roadLinks: [kind: RoadKind, count: number][];
  gridProjects: [kind: GridKind, count: number][];
  facilities: { kind: FacilityKind; names: string[] }[];
  relocation: { sites: number; households: number };
  demo: boolean;
}

/**
 * Counts the works the plan assigns to a zone. Works are matched by their zoneCode, not by lying in
 * the zone's footprint: the footprints are schematic, and a road link to a zone runs outside it.
 *
 * @example
 * worksInZone(lists, 'taikang').relocation; // { sites: 3, households: 412 }
 */
export function worksInZone<R, G, F>(lists: ZoneWorksLists<R, G, F>, zoneCode: string): ZoneWorks<R, G, F> {
  const inZone = <T extends { zoneCode: string | null }>(items: readonly T[]) =>
    items.filter((item) => item.zoneCode === zoneCode);
  const [roadLinks, gridProjects, facilities, sites] = [
    inZone(lists.roadLinks),
    inZone(lists.gridProjects),
    inZone(lists.facilities),
    inZone(lists.relocationSites),
  ] as const;
  return {
    roadLinks: countBy(roadLinks, (r) => r.kind),
    gridProjects: countBy(gridProjects, (g) => g.kind),
    facilities: countBy(facilities, (f) => f.kind).map(([kind]) => ({
      kind,
      names: facilities.filter((f) => f.kind === kind).map((f) => f.name),
    })),
    relocation: { sites: sites.length, households: sites.reduce((sum, s) => sum + s.households, 0) },
    demo: [roadLinks, gridProjects, facilities, sites].some(anyDemo),
  };
}
