import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { request } from '../graphql/request';

/** What the opening view draws, in one request: the base map (counties, rivers), the zones and the projects. */
const OPENING_QUERY = `query MapOpening {
  counties { adcode name geometry(zoom: 9) }
  rivers { id level geometry }
  zones { code name starLevel geometry(zoom: 9) seat geometryProvenance { kind } clusters { code } }
  projects(first: 1000) { edges { node { id name status investmentYi geometry provenance { kind } zone { code } } } }
}`;

interface OpeningData {
  counties: { adcode: string; name: string; geometry: Geometry }[];
  rivers: { id: string; level: number; geometry: Geometry }[];
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

export interface MapData {
  counties: FeatureCollection;
  rivers: FeatureCollection;
  zones: FeatureCollection;
  zoneLabels: FeatureCollection;
  projects: FeatureCollection;
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

export async function loadMapData(): Promise<MapData> {
  const data = await request<OpeningData>(OPENING_QUERY);
  return {
    counties: collection(
      data.counties.map((c) => ({
        type: 'Feature',
        id: Number(c.adcode),
        properties: { name: c.name },
        geometry: c.geometry,
      })),
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
        properties: { name: z.name.replace('产业集聚区', '') },
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
  };
}
