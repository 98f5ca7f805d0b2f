import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import {
  MapOpeningDocument,
  type MapOpeningQuery,
  MapProjectsDocument,
  type MapProjectsQuery,
} from '../graphql/generated/graphql';
import { request } from '../graphql/request';
import type { Locale } from '../i18n/locale';
import { cityOutline } from './city-outline';
import type { SourceId } from './layers';

export type ClusterSummary = MapOpeningQuery['clusters'][number];
export type ZoneSummary = MapOpeningQuery['zones'][number];
export type ProjectSummary = MapProjectsQuery['projects']['edges'][number]['node'];

/** The GeoJSON each map source is filled with, keyed by source id (see `./layers`). */
export type MapSources = Record<SourceId, FeatureCollection>;

export interface MapData {
  sources: MapSources;
  clusters: ClusterSummary[];
  zones: ZoneSummary[];
  /** Every project with its status history: the project filter works on these, then feeds the map. */
  projects: ProjectSummary[];
}

const collection = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

/** Projects drawn as points: a land polygon is shown at its first corner, close enough at city scale. */
function asPoint(geometry: Geometry): Point {
  if (geometry.type === 'Point') return geometry;
  if (geometry.type === 'Polygon')
    return { type: 'Point', coordinates: geometry.coordinates[0]?.[0] ?? [0, 0] };
  if (geometry.type === 'MultiPolygon')
    return { type: 'Point', coordinates: geometry.coordinates[0]?.[0]?.[0] ?? [0, 0] };
  throw new Error(`a project drawn as a point cannot be a ${geometry.type}`);
}

/** Every project, following the pages to the end. */
async function loadProjects(): Promise<ProjectSummary[]> {
  const projects: ProjectSummary[] = [];
  let after: string | null = null;
  do {
    const page: MapProjectsQuery = await request(MapProjectsDocument, { after });
    projects.push(...page.projects.edges.map((e) => e.node));
    after = page.projects.pageInfo.hasNextPage ? (page.projects.pageInfo.endCursor ?? null) : null;
  } while (after);
  return projects;
}

export async function loadMapData(): Promise<MapData> {
  const [data, projects] = await Promise.all([request(MapOpeningDocument), loadProjects()]);
  return { sources: toSources(data, projects), clusters: data.clusters, zones: data.zones, projects };
}

/**
 * A project as the map draws it, keyed by its `id` property (the source's `promoteId`); `status` is
 * the one it had at the filtered period's end; `chosen` is false when another cluster is chosen, and dims it.
 */
export function projectFeature(
  project: ProjectSummary,
  status: ProjectSummary['status'] = project.status,
  chosen = true,
): Feature {
  return {
    type: 'Feature',
    properties: {
      id: project.id,
      name: project.name,
      status,
      investmentYi: project.investmentYi,
      demo: project.provenance.kind === 'DEMO',
      zoneCode: project.zone.code,
      clusterCode: project.cluster?.code ?? null,
      chosen,
    },
    geometry: asPoint(project.geometry),
  };
}

/**
 * The projects the map draws under a filter, each in the status it had at the period's end and
 * dimmed when another cluster is chosen. A project is keyed by its own id, so it keeps its hover
 * state whatever the filter.
 */
export function projectCollection(
  drawn: readonly { project: ProjectSummary; status: ProjectSummary['status'] }[],
  cluster: string | null,
): FeatureCollection {
  return collection(
    drawn.map(({ project, status }) =>
      projectFeature(project, status, !cluster || project.cluster?.code === cluster),
    ),
  );
}

/** The chosen cluster's anchor enterprises, by the zone the plan puts them in. */
export function anchorsByZone(
  clusters: readonly ClusterSummary[],
  cluster: string | null,
): Map<string, string[]> {
  const anchors = new Map<string, string[]>();
  for (const e of clusters.find((c) => c.code === cluster)?.anchorEnterprises ?? []) {
    if (e.zoneCode) anchors.set(e.zoneCode, [...(anchors.get(e.zoneCode) ?? []), e.name]);
  }
  return anchors;
}

/**
 * A zone's name short enough for a map label or a table row: 太康县集聚区, "Taikang zone", 周口经开区.
 * The English drops "County Industrial Cluster District": the map labels a zone, not its county.
 */
export function zoneShortName(zone: { name: string; nameEn: string }, locale: Locale): string {
  // 经开区 is how the city itself shortens its development zone.
  if (locale === 'zh')
    return zone.name.replace('经济技术开发区产业集聚区', '经开区').replace('产业集聚区', '集聚区');
  if (zone.nameEn.endsWith('Economic and Technological Development Zone'))
    return zone.nameEn.replace(/ Economic.*$/, ' ETDZ');
  return `${zone.nameEn.replace(/ (County|District|City)? ?Industrial Cluster District$/, '')} zone`;
}

/**
 * Zone labels, each with a figure under its name (the choropleth's percent) and the chosen cluster's
 * anchor enterprises: the plan names the enterprises and their zone, not where in it they stand, so
 * they are shown with the zone.
 */
export function zoneLabelFeatures(
  zones: readonly ZoneSummary[],
  anchors: ReadonlyMap<string, string[]>,
  figures: ReadonlyMap<string, string> = new Map(),
) {
  return collection(
    zones.map((z) => ({
      type: 'Feature',
      properties: {
        code: z.code,
        name: zoneShortName(z, 'zh'),
        nameEn: zoneShortName(z, 'en'),
        starLevel: z.starLevel,
        clusters: z.clusters.map((c) => c.code).join(','),
        anchors: (anchors.get(z.code) ?? []).join(' · '),
        figure: figures.get(z.code) ?? '',
      },
      geometry: z.seat,
    })),
  );
}

function toSources(data: MapOpeningQuery, projects: readonly ProjectSummary[]): MapSources {
  return {
    counties: collection(
      data.counties.map((c) => ({
        type: 'Feature',
        id: Number(c.adcode),
        properties: { name: c.name, nameEn: c.nameEn },
        geometry: c.geometry,
      })),
    ),
    // Drawn from the counties themselves: the city's boundary is every edge no two counties share.
    cityOutline: collection([
      {
        type: 'Feature',
        properties: {},
        geometry: cityOutline(
          data.counties.map((c) => ({ type: 'Feature', properties: {}, geometry: c.geometry })),
        ),
      },
    ]),
    // One label per county at its seat: a county drawn in several parts would otherwise be named once per part.
    countyLabels: collection(
      data.counties.map((c) => ({
        type: 'Feature',
        properties: { name: c.name, nameEn: c.nameEn },
        geometry: c.seat,
      })),
    ),
    rivers: collection(
      data.rivers.map((r) => ({ type: 'Feature', properties: { level: r.level }, geometry: r.geometry })),
    ),
    zones: collection(
      data.zones.map((z) => ({
        type: 'Feature',
        properties: {
          code: z.code,
          name: z.name,
          starLevel: z.starLevel,
          approximate: z.geometryProvenance.kind === 'APPROXIMATE',
          clusters: z.clusters.map((c) => c.code).join(','),
        },
        geometry: z.geometry,
      })),
    ),
    zoneLabels: zoneLabelFeatures(data.zones, new Map()),
    projects: collection(projects.map((p) => projectFeature(p))),
    roads: collection(
      data.roadLinks.map((r) => ({
        type: 'Feature',
        properties: { id: r.id, name: r.name, kind: r.kind, demo: r.provenance.kind === 'DEMO' },
        geometry: r.geometry,
      })),
    ),
    grid: collection(
      data.gridProjects.map((g) => ({
        type: 'Feature',
        properties: {
          id: g.id,
          name: g.name,
          kind: g.kind,
          voltageKv: g.voltageKv,
          transformerKva: g.transformerKva ?? 0,
          status: g.status,
        },
        geometry: g.geometry,
      })),
    ),
    facilities: collection(
      data.facilities.map((f) => ({
        type: 'Feature',
        properties: { id: f.id, name: f.name, kind: f.kind, status: f.status },
        geometry: f.geometry,
      })),
    ),
    villages: collection(
      data.relocationSites.map((v) => ({
        type: 'Feature',
        properties: {
          id: v.id,
          name: v.name,
          households: v.households,
          unitsPlanned: v.unitsPlanned,
          unitsStarted: v.unitsStarted,
        },
        geometry: v.geometry,
      })),
    ),
    communities: collection(
      data.relocationSites.map((v) => ({
        type: 'Feature',
        properties: { id: v.id, name: v.communityName, households: v.households },
        geometry: v.destination,
      })),
    ),
    // Each village joined to its resettlement community: the line a family's move follows, labelled
    // with its households and how far the new homes have got.
    relocationFlows: collection(
      data.relocationSites.map((v) => ({
        type: 'Feature',
        properties: {
          id: v.id,
          households: v.households,
          unitsPlanned: v.unitsPlanned,
          unitsStarted: v.unitsStarted,
          unitsCompleted: v.unitsCompleted,
          progress: v.unitsPlanned ? v.unitsCompleted / v.unitsPlanned : 0,
        },
        geometry: {
          type: 'LineString',
          coordinates: [(v.geometry as Point).coordinates, (v.destination as Point).coordinates],
        },
      })),
    ),
    // Filled once the works' schedules and a comparison arrive (`scheduledSources`, `changeMarks`).
    lateWorks: collection([]),
    changes: collection([]),
  };
}
