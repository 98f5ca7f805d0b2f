import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * One question asked of both servers: the atlas's query and PostGraphile's nearest equivalent over
 * the same tables. PostGraphile has no simplified geometry, so its counties and zones come whole.
 */
export interface PeerQuery {
  readonly label: string;
  readonly atlas: string;
  readonly peer: string;
  /** Variables for the i-th request: new ones each time, so no response cache can answer. */
  readonly variables: (i: number) => Record<string, unknown>;
}

const mapOpening = readFileSync(
  fileURLToPath(new URL('../../../../web/src/graphql/operations/map-opening.graphql', import.meta.url)),
  'utf8',
);

/** Undeclared variables are ignored by GraphQL but change the request, and so the cache key. */
const nonce = (i: number) => ({ nonce: i });

const ZONE_CODES = ['taikang', 'shangshui', 'fugou', 'chuanhui', 'zhoukou-etdz'];

export const PEER_QUERIES: readonly PeerQuery[] = [
  {
    label: 'map opening (MapOpening)',
    atlas: mapOpening,
    peer: `{
  allCounties { nodes { adcode name nameEn seat { geojson } boundary { geojson } } }
  allClusters { nodes { code name nameEn tier
    clusterMembershipsByClusterCode { nodes { zoneByZoneCode { code name nameEn } } }
    enterpriseClustersByClusterCode { nodes { enterprisByEnterpriseId { rowId name role zoneCode } } } } }
  allRivers { nodes { rowId level geometry { geojson } } }
  allZones { nodes { code name nameEn starLevel footprint { geojson } seat { geojson } geometrySourceKind
    clusterMembershipsByZoneCode { nodes { clusterCode } } } }
  allRoadLinks { nodes { rowId name kind geometry { geojson } sourceKind } }
  allGridProjects { nodes { rowId name kind voltageKv transformerKva status geometry { geojson } sourceKind } }
  allFacilities { nodes { rowId name kind status location { geojson } sourceKind } }
  allRelocationSites { nodes { rowId villageName communityName households unitsPlanned unitsStarted unitsCompleted
    origin { geojson } destination { geojson } sourceKind } }
}`,
    variables: nonce,
  },
  {
    label: 'counties+zones z9+300 projects',
    atlas: `query Combined($first: Int!) {
  counties { adcode name geometry(zoom: 9) }
  zones { code name starLevel geometry(zoom: 9) provenance { kind } clusters { code name tier } }
  projects(first: $first) { totalCount edges { node { id name status investmentYi geometry zone { code name } cluster { code name } } } }
}`,
    peer: `query Combined($first: Int!) {
  allCounties { nodes { adcode name boundary { geojson } } }
  allZones { nodes { code name starLevel footprint { geojson } sourceKind
    clusterMembershipsByZoneCode { nodes { clusterByClusterCode { code name tier } } } } }
  allProjects(first: $first) { totalCount nodes { rowId name status investmentYi geometry { geojson }
    zoneByZoneCode { code name } clusterByClusterCode { code name } } }
}`,
    // 300 projects every time; the nonce alone makes each request new.
    variables: (i) => ({ first: 300, nonce: i }),
  },
  {
    label: 'zone(code) { name starLevel }',
    atlas: 'query Zone($code: ID!) { zone(code: $code) { name starLevel } }',
    peer: 'query Zone($code: String!) { zoneByCode(code: $code) { name starLevel } }',
    variables: (i) => ({ code: ZONE_CODES[i % ZONE_CODES.length], nonce: i }),
  },
];
