/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** 千亿级主导产业集群 (LEADING) / 百亿级特色产业集群 (SPECIALTY) */
export type ClusterTier =
  | 'LEADING'
  | 'SPECIALTY';

/** How a figure binds: 接近 is APPROX, 超过 GT, 以上 GTE. */
export type Comparator =
  | 'APPROX'
  | 'EQ'
  | 'GT'
  | 'GTE'
  | 'LT'
  | 'LTE';

/** ANCHOR: named by the plan for a cluster. */
export type EnterpriseRole =
  | 'ANCHOR'
  | 'KEY'
  | 'LEADING'
  | 'SUPPORTING';

/** Kinds of facility the plan counts. */
export type FacilityKind =
  | 'EMPLOYMENT_SERVICE_PLATFORM'
  | 'ENGINEERING_RESEARCH_CENTRE'
  | 'INCUBATOR'
  | 'LOGISTICS_PARK'
  | 'POSTDOCTORAL_WORKSTATION'
  | 'QUALITY_INSPECTION_CENTRE'
  | 'SEWAGE_PLANT'
  | 'SUPPORTING_INDUSTRIAL_PARK'
  | 'TRAINING_BASE';

/** Substation (a point) or line. */
export type GridProjectKind =
  | 'LINE'
  | 'SUBSTATION';

/** 季观摩 / 年终总观摩 */
export type InspectionKind =
  | 'QUARTERLY'
  | 'YEAR_END';

/** Rank movement since the previous round. */
export type Movement =
  | 'DOWN'
  | 'NEW'
  | 'SAME'
  | 'UP';

/** Stages a project passes, in order. */
export type ProjectStatus =
  | 'COMPLETED'
  | 'IN_PRODUCTION'
  | 'PLANNED'
  | 'SIGNED'
  | 'STARTED';

/** DRAFT: computed from the data as it stands; PUBLISHED: frozen when it was published. */
export type RankingStatus =
  | 'DRAFT'
  | 'PUBLISHED';

/** 国省道改造前期 / 续建 / 新开工 / 大中修 */
export type RoadLinkKind =
  | 'CONTINUED'
  | 'NEW'
  | 'RECONSTRUCTION_PREWORK'
  | 'REPAIR';

/** What a search hit is. */
export type SearchKind =
  | 'CLUSTER'
  | 'ENTERPRISE'
  | 'PROJECT'
  | 'RELOCATION_SITE'
  | 'ZONE';

/** Where a record came from. */
export type SourceKind =
  | 'APPROXIMATE'
  | 'DEMO'
  | 'PLAN_TEXT'
  | 'PUBLIC_SOURCE'
  | 'SURVEYED';

/** 省产业集聚区考核评价 level: 未达门槛, 门槛, 一星级 … */
export type StarLevel =
  | 'BELOW_THRESHOLD'
  | 'ONE_STAR'
  | 'THREE_STAR'
  | 'THRESHOLD'
  | 'TWO_STAR';

/** Whom a target binds. */
export type TargetScope =
  | 'ALL_ZONES'
  | 'CLUSTER'
  | 'ZONE';

/** Units of plan figures. */
export type Unit =
  | 'COUNT'
  | 'ENTERPRISES'
  | 'HOUSING_UNITS'
  | 'KM'
  | 'KV'
  | 'KVA'
  | 'MU'
  | 'PERCENT'
  | 'PERCENTAGE_POINTS'
  | 'PERSON_TIMES'
  | 'TONNES_PER_DAY'
  | 'YI_YUAN';

/** Stage of infrastructure works. */
export type WorksStatus =
  | 'CONTINUED'
  | 'NEW'
  | 'OPERATING'
  | 'PLANNED'
  | 'UNDER_CONSTRUCTION';

export type InspectionScorecardQueryVariables = Exact<{
  code: string | number;
  zoneCode: string;
  period: string;
}>;


export type InspectionScorecardQuery = { zone: { code: string, name: string, nameEn: string, starLevel: StarLevel, projects: Array<{ id: string, status: ProjectStatus, investmentYi: number, provenance: { kind: SourceKind }, statusHistory: Array<{ status: ProjectStatus, changedOn: string }> }> } | null, planTargets: Array<{ id: number, label: string, labelEn: string, value: number, valueMax: number | null, unit: Unit, comparator: Comparator, strive: boolean, actual: number | null, percentReached: number | null, actualSource: SourceKind | null }>, roadLinks: Array<{ id: string, zoneCode: string | null, kind: RoadLinkKind, provenance: { kind: SourceKind } }>, gridProjects: Array<{ id: string, zoneCode: string | null, kind: GridProjectKind, provenance: { kind: SourceKind } }>, facilities: Array<{ id: string, name: string, zoneCode: string | null, kind: FacilityKind, provenance: { kind: SourceKind } }>, relocationSites: Array<{ id: string, zoneCode: string, households: number, unitsPlanned: number, unitsStarted: number, unitsCompleted: number, provenance: { kind: SourceKind } }> };

export type InspectionScreenQueryVariables = Exact<{
  period: string;
}>;


export type InspectionScreenQuery = { inspectionRanking: { period: string, kind: InspectionKind, heldOn: string | null, previousPeriod: string | null, status: RankingStatus, version: number | null, publishedAt: string | null, criteriaVersion: number, missingDataRule: string, tieRule: string, provenance: { kind: SourceKind, citation: string | null }, zones: Array<{ zoneCode: string, score: number | null, rank: number | null, previousRank: number | null, movement: Movement | null, consequence: string | null, complete: boolean, missingCriteria: Array<string> }> } | null, zones: Array<{ code: string, name: string, nameEn: string, seat: import('geojson').Geometry, bbox: Array<number>, starLevel: StarLevel }>, clusters: Array<{ code: string, name: string, nameEn: string }>, planTargets: Array<{ id: number, metric: string, label: string, labelEn: string, scope: TargetScope, zoneCode: string | null, clusterCode: string | null, value: number, valueMax: number | null, unit: Unit, comparator: Comparator, strive: boolean, actual: number | null, percentReached: number | null, actualSource: SourceKind | null }> };

export type MapOpeningQueryVariables = Exact<{ [key: string]: never; }>;


export type MapOpeningQuery = { counties: Array<{ adcode: string, name: string, nameEn: string, seat: import('geojson').Geometry, geometry: import('geojson').Geometry }>, clusters: Array<{ code: string, name: string, nameEn: string, tier: ClusterTier, revenueTarget: { valueYi: number, comparator: Comparator } | null, zones: Array<{ code: string, name: string, nameEn: string }>, anchorEnterprises: Array<{ id: string, name: string, role: EnterpriseRole, zoneCode: string | null }> }>, rivers: Array<{ id: string, level: number, geometry: import('geojson').Geometry }>, zones: Array<{ code: string, name: string, nameEn: string, starLevel: StarLevel, geometry: import('geojson').Geometry, seat: import('geojson').Geometry, geometryProvenance: { kind: SourceKind }, clusters: Array<{ code: string }> }>, roadLinks: Array<{ id: string, name: string, kind: RoadLinkKind, geometry: import('geojson').Geometry, provenance: { kind: SourceKind } }>, gridProjects: Array<{ id: string, name: string, kind: GridProjectKind, voltageKv: number, transformerKva: number | null, status: WorksStatus, geometry: import('geojson').Geometry, provenance: { kind: SourceKind } }>, facilities: Array<{ id: string, name: string, kind: FacilityKind, status: WorksStatus, geometry: import('geojson').Geometry, provenance: { kind: SourceKind } }>, relocationSites: Array<{ id: string, name: string, communityName: string, households: number, unitsPlanned: number, unitsStarted: number, unitsCompleted: number, geometry: import('geojson').Geometry, destination: import('geojson').Geometry, provenance: { kind: SourceKind } }> };

export type MapProbeQueryVariables = Exact<{ [key: string]: never; }>;


export type MapProbeQuery = { zones: Array<{ code: string }> };

export type MapProjectsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MapProjectsQuery = { projects: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, status: ProjectStatus, investmentYi: number, geometry: import('geojson').Geometry, provenance: { kind: SourceKind }, zone: { code: string }, cluster: { code: string } | null, statusHistory: Array<{ status: ProjectStatus, changedOn: string }> } }> } };

export type ProjectDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ProjectDetailQuery = { project: { id: string, name: string, status: ProjectStatus, investmentYi: number, areaKm2: number, lengthKm: number, statusHistory: Array<{ status: ProjectStatus, changedOn: string }>, zone: { code: string, name: string, nameEn: string }, cluster: { code: string, name: string, nameEn: string } | null, provenance: { kind: SourceKind, citation: string | null }, geometryProvenance: { kind: SourceKind, citation: string | null } } | null };

export type RelocationDetailQueryVariables = Exact<{ [key: string]: never; }>;


export type RelocationDetailQuery = { relocationSites: Array<{ id: string, villageName: string, communityName: string, zoneCode: string, households: number, unitsPlanned: number, unitsStarted: number, unitsCompleted: number, startedOn: string | null, provenance: { kind: SourceKind, citation: string | null } }>, zones: Array<{ code: string, name: string, nameEn: string }> };

export type SearchQueryVariables = Exact<{
  text: string;
}>;


export type SearchQuery = { search: Array<{ kind: SearchKind, id: string, name: string, zoneCode: string | null }> };

export type ZoneDetailQueryVariables = Exact<{
  code: string | number;
  zoneCode: string;
  year: number;
}>;


export type ZoneDetailQuery = { zone: { code: string, name: string, nameEn: string, starLevel: StarLevel, plannedAreaKm2: number | null, county: { name: string, nameEn: string }, clusters: Array<{ code: string, name: string, nameEn: string }>, provenance: { kind: SourceKind, citation: string | null }, geometryProvenance: { kind: SourceKind, citation: string | null }, projects: Array<{ id: string, status: ProjectStatus, investmentYi: number, provenance: { kind: SourceKind } }> } | null, planTargets: Array<{ id: number, label: string, labelEn: string, value: number, valueMax: number | null, unit: Unit, comparator: Comparator, strive: boolean, actual: number | null, percentReached: number | null, actualSource: SourceKind | null }>, roadLinks: Array<{ id: string, zoneCode: string | null, kind: RoadLinkKind, provenance: { kind: SourceKind } }>, gridProjects: Array<{ id: string, zoneCode: string | null, kind: GridProjectKind, provenance: { kind: SourceKind } }>, facilities: Array<{ id: string, name: string, zoneCode: string | null, kind: FacilityKind, provenance: { kind: SourceKind } }>, relocationSites: Array<{ id: string, zoneCode: string, households: number, provenance: { kind: SourceKind } }> };

export type ZoneTargetsQueryVariables = Exact<{ [key: string]: never; }>;


export type ZoneTargetsQuery = { planTargets: Array<{ id: number, metric: string, label: string, labelEn: string, scope: TargetScope, zoneCode: string | null, value: number, valueMax: number | null, unit: Unit, comparator: Comparator, strive: boolean, actual: number | null, percentReached: number | null, actualSource: SourceKind | null }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const InspectionScorecardDocument = new TypedDocumentString(`
    query InspectionScorecard($code: ID!, $zoneCode: String!, $period: String!) {
  zone(code: $code) {
    code
    name
    nameEn
    starLevel
    projects {
      id
      status
      investmentYi
      provenance {
        kind
      }
      statusHistory {
        status
        changedOn
      }
    }
  }
  planTargets(year: 2014, zoneCode: $zoneCode, asOf: $period) {
    id
    label
    labelEn
    value
    valueMax
    unit
    comparator
    strive
    actual
    percentReached
    actualSource
  }
  roadLinks {
    id
    zoneCode
    kind
    provenance {
      kind
    }
  }
  gridProjects {
    id
    zoneCode
    kind
    provenance {
      kind
    }
  }
  facilities {
    id
    name
    zoneCode
    kind
    provenance {
      kind
    }
  }
  relocationSites {
    id
    zoneCode
    households
    unitsPlanned
    unitsStarted
    unitsCompleted
    provenance {
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<InspectionScorecardQuery, InspectionScorecardQueryVariables>;
export const InspectionScreenDocument = new TypedDocumentString(`
    query InspectionScreen($period: String!) {
  inspectionRanking(period: $period) {
    period
    kind
    heldOn
    previousPeriod
    status
    version
    publishedAt
    criteriaVersion
    missingDataRule
    tieRule
    provenance {
      kind
      citation
    }
    zones {
      zoneCode
      score
      rank
      previousRank
      movement
      consequence
      complete
      missingCriteria
    }
  }
  zones {
    code
    name
    nameEn
    seat
    bbox
    starLevel
  }
  clusters {
    code
    name
    nameEn
  }
  planTargets(year: 2014, asOf: $period) {
    id
    metric
    label
    labelEn
    scope
    zoneCode
    clusterCode
    value
    valueMax
    unit
    comparator
    strive
    actual
    percentReached
    actualSource
  }
}
    `) as unknown as TypedDocumentString<InspectionScreenQuery, InspectionScreenQueryVariables>;
export const MapOpeningDocument = new TypedDocumentString(`
    query MapOpening {
  counties {
    adcode
    name
    nameEn
    seat
    geometry(zoom: 9)
  }
  clusters {
    code
    name
    nameEn
    tier
    revenueTarget {
      valueYi
      comparator
    }
    zones {
      code
      name
      nameEn
    }
    anchorEnterprises {
      id
      name
      role
      zoneCode
    }
  }
  rivers {
    id
    level
    geometry
  }
  zones {
    code
    name
    nameEn
    starLevel
    geometry(zoom: 9)
    seat
    geometryProvenance {
      kind
    }
    clusters {
      code
    }
  }
  roadLinks {
    id
    name
    kind
    geometry
    provenance {
      kind
    }
  }
  gridProjects {
    id
    name
    kind
    voltageKv
    transformerKva
    status
    geometry
    provenance {
      kind
    }
  }
  facilities {
    id
    name
    kind
    status
    geometry
    provenance {
      kind
    }
  }
  relocationSites {
    id
    name
    communityName
    households
    unitsPlanned
    unitsStarted
    unitsCompleted
    geometry
    destination
    provenance {
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<MapOpeningQuery, MapOpeningQueryVariables>;
export const MapProbeDocument = new TypedDocumentString(`
    query MapProbe {
  zones {
    code
  }
}
    `) as unknown as TypedDocumentString<MapProbeQuery, MapProbeQueryVariables>;
export const MapProjectsDocument = new TypedDocumentString(`
    query MapProjects($after: String) {
  projects(first: 250, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
        status
        investmentYi
        geometry
        provenance {
          kind
        }
        zone {
          code
        }
        cluster {
          code
        }
        statusHistory {
          status
          changedOn
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MapProjectsQuery, MapProjectsQueryVariables>;
export const ProjectDetailDocument = new TypedDocumentString(`
    query ProjectDetail($id: ID!) {
  project(id: $id) {
    id
    name
    status
    investmentYi
    areaKm2
    lengthKm
    statusHistory {
      status
      changedOn
    }
    zone {
      code
      name
      nameEn
    }
    cluster {
      code
      name
      nameEn
    }
    provenance {
      kind
      citation
    }
    geometryProvenance {
      kind
      citation
    }
  }
}
    `) as unknown as TypedDocumentString<ProjectDetailQuery, ProjectDetailQueryVariables>;
export const RelocationDetailDocument = new TypedDocumentString(`
    query RelocationDetail {
  relocationSites {
    id
    villageName
    communityName
    zoneCode
    households
    unitsPlanned
    unitsStarted
    unitsCompleted
    startedOn
    provenance {
      kind
      citation
    }
  }
  zones {
    code
    name
    nameEn
  }
}
    `) as unknown as TypedDocumentString<RelocationDetailQuery, RelocationDetailQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($text: String!) {
  search(text: $text, first: 8) {
    kind
    id
    name
    zoneCode
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const ZoneDetailDocument = new TypedDocumentString(`
    query ZoneDetail($code: ID!, $zoneCode: String!, $year: Int!) {
  zone(code: $code) {
    code
    name
    nameEn
    starLevel
    plannedAreaKm2
    county {
      name
      nameEn
    }
    clusters {
      code
      name
      nameEn
    }
    provenance {
      kind
      citation
    }
    geometryProvenance {
      kind
      citation
    }
    projects {
      id
      status
      investmentYi
      provenance {
        kind
      }
    }
  }
  planTargets(year: $year, zoneCode: $zoneCode) {
    id
    label
    labelEn
    value
    valueMax
    unit
    comparator
    strive
    actual
    percentReached
    actualSource
  }
  roadLinks {
    id
    zoneCode
    kind
    provenance {
      kind
    }
  }
  gridProjects {
    id
    zoneCode
    kind
    provenance {
      kind
    }
  }
  facilities {
    id
    name
    zoneCode
    kind
    provenance {
      kind
    }
  }
  relocationSites {
    id
    zoneCode
    households
    provenance {
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<ZoneDetailQuery, ZoneDetailQueryVariables>;
export const ZoneTargetsDocument = new TypedDocumentString(`
    query ZoneTargets {
  planTargets(year: 2014) {
    id
    metric
    label
    labelEn
    scope
    zoneCode
    value
    valueMax
    unit
    comparator
    strive
    actual
    percentReached
    actualSource
  }
}
    `) as unknown as TypedDocumentString<ZoneTargetsQuery, ZoneTargetsQueryVariables>;