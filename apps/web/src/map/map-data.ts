import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import { request } from '../graphql/request';

/** What the opening view draws, in one request: the base map (counties, rivers), the zones and the projects. */
const OPENING_QUERY = `query MapOpening {
  counties { adcode name seat geometry(zoom: 9) }
  clusters { code name tier revenueTarget { valueYi comparator } zones { code name } }
  rivers { id level geometry }
  zones { code name starLevel geometry(zoom: 9) seat geometryProvenance { kind } clusters { code } }
  projects(first: 1000) { edges { node { id name status investmentYi geometry provenance { kind } zone { code } } } }
  roadLinks { id name kind geometry }
  gridProjects { id name kind voltageKv geometry }
  facilities { id name kind status geometry }
  relocationSites { id name communityName households unitsStarted unitsCompleted geometry destination }
}`;

interface OpeningData {
  counties: { adcode: string; name: string; seat: Geometry; geometry: Geometry }[];
  clusters: ClusterSummary[];
  rivers: { id: string; level: number; geometry: Geometry }[];
  roadLinks: { id: string; name: string; kind: string; geometry: Geometry }[];
  gridProjects: { id: string; name: string; kind: string; voltageKv: number; geometry: Geometry }[];
  facilities: { id: string; name: string; kind: string; status: string; geometry: Geometry }[];
  relocationSites: {
    id: string;
    name: string;
    communityName: string;
    households: number;
    unitsStarted: number;
    unitsCompleted: number;
    geometry: Geometry;
    destination: Geometry;
  }[];
  zones: {
    code: string;
    name: string;
    starLevel: string;
    geometry: Geometry;
    seat: Geometry;
    geometryProvenance: { kind: string };
    clusters: { code: string }[];
  }[];
  projects: {
    edges: {
      node: {
        id: string;
        name: string;
        status: string;
        investmentYi: number;
        geometry: Geometry;
        provenance: { kind: string };
        zone: { code: string };
      };
    }[];
  };
}

/** A cluster as the panel lists it. */
export interface ClusterSummary {
  code: string;
  name: string;
  tier: 'LEADING' | 'SPECIALTY';
  revenueTarget: { valueYi: number; comparator: string } | null;
  zones: { code: string; name: string }[];
}

export interface MapSources {
  counties: FeatureCollection;
  countyLabels: FeatureCollection;
  rivers: FeatureCollection;
  zones: FeatureCollection;
  zoneLabels: FeatureCollection;
  projects: FeatureCollection;
  roads: FeatureCollection;
  grid: FeatureCollection;
  facilities: FeatureCollection;
  villages: FeatureCollection;
  relocationFlows: FeatureCollection;
}

const collection = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

/** Projects drawn as points: a land polygon is shown at its first corner, close enough at city scale. */
function asPoint(geometry: Geometry): Geometry {
  if (geometry.type === 'Point') return geometry;
  if (geometry.type === 'Polygon')
    return { type: 'Point', coordinates: geometry.coordinates[0]?.[0] ?? [0, 0] };
  if (geometry.type === 'MultiPolygon')
    return { type: 'Point', coordinates: geometry.coordinates[0]?.[0]?.[0] ?? [0, 0] };
  return geometry;
}

export interface MapData {
  sources: MapSources;
  clusters: ClusterSummary[];
}

export async function loadMapData(): Promise<MapData> {
  const data = await request<OpeningData>(OPENING_QUERY);
  return { sources: toSources(data), clusters: data.clusters };
}

function toSources(data: OpeningData): MapSources {
  return {
    counties: collection(
      data.counties.map((c) => ({
        type: 'Feature',
        id: Number(c.adcode),
        properties: { name: c.name },
        geometry: c.geometry,
      })),
    ),
    // One label per county at its seat: a county drawn in several parts would otherwise be named once per part.
    countyLabels: collection(
      data.counties.map((c) => ({ type: 'Feature', properties: { name: c.name }, geometry: c.seat })),
    ),
    rivers: collection(
      data.rivers.map((r) => ({ type: 'Feature', properties: { level: r.level }, geometry: r.geometry })),
    ),
    zones: collection(
      data.zones.map((z, i) => ({
        type: 'Feature',
        id: i + 1,
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
    zoneLabels: collection(
      data.zones.map((z) => ({
        type: 'Feature',
        properties: {
          code: z.code,
          name: z.name.replace('产业集聚区', '集聚区'),
          clusters: z.clusters.map((c) => c.code).join(','),
        },
        geometry: z.seat,
      })),
    ),
    projects: collection(
      data.projects.edges.map(({ node }) => ({
        type: 'Feature',
        properties: {
          id: node.id,
          name: node.name,
          status: node.status,
          investmentYi: node.investmentYi,
          demo: node.provenance.kind === 'DEMO',
          zoneCode: node.zone.code,
        },
        geometry: asPoint(node.geometry),
      })),
    ),
    roads: collection(
      data.roadLinks.map((r) => ({
        type: 'Feature',
        properties: { name: r.name, kind: r.kind },
        geometry: r.geometry,
      })),
    ),
    grid: collection(
      data.gridProjects.map((g) => ({
        type: 'Feature',
        properties: { name: g.name, kind: g.kind, voltageKv: g.voltageKv },
        geometry: g.geometry,
      })),
    ),
    facilities: collection(
      data.facilities.map((f) => ({
        type: 'Feature',
        properties: { name: f.name, kind: f.kind },
        geometry: f.geometry,
      })),
    ),
    villages: collection(
      data.relocationSites.map((v) => ({
        type: 'Feature',
        properties: { name: v.name, households: v.households, unitsStarted: v.unitsStarted },
        geometry: v.geometry,
      })),
    ),
    // Each village joined to its resettlement community: the line a family's move follows.
    relocationFlows: collection(
      data.relocationSites.map((v) => ({
        type: 'Feature',
        properties: {
          households: v.households,
          progress: v.unitsStarted ? v.unitsCompleted / v.unitsStarted : 0,
        },
        geometry: {
          type: 'LineString',
          coordinates: [(v.geometry as Point).coordinates, (v.destination as Point).coordinates],
        },
      })),
    ),
  };
}
