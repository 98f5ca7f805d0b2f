import type { LineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { Provenance } from '../provenance';

/** Stages of a project, in the order it passes them. */
export const PROJECT_STATUSES = ['PLANNED', 'SIGNED', 'STARTED', 'COMPLETED', 'IN_PRODUCTION'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export interface ProjectRecord {
  readonly code: string;
  readonly name: string;
  readonly zoneCode: string;
  readonly clusterCode: string | null;
  readonly investmentYi: number;
  readonly status: ProjectStatus;
  readonly history: readonly { status: ProjectStatus; on: string }[];
  readonly geometry: Point | Polygon | MultiPolygon;
  readonly provenance: Provenance;
  readonly geometryProvenance: Provenance;
}

export const ROAD_LINK_KINDS = ['RECONSTRUCTION_PREWORK', 'CONTINUED', 'NEW', 'REPAIR'] as const;
export type RoadLinkKind = (typeof ROAD_LINK_KINDS)[number];

export interface RoadLinkRecord {
  readonly code: string;
  readonly name: string;
  readonly kind: RoadLinkKind;
  readonly zoneCode: string;
  readonly investmentYi: number | null;
  readonly lengthKm: number;
  readonly geometry: LineString;
  readonly provenance: Provenance;
  readonly geometryProvenance: Provenance;
}

export const GRID_PROJECT_KINDS = ['SUBSTATION', 'LINE'] as const;
export type GridProjectKind = (typeof GRID_PROJECT_KINDS)[number];

export interface GridProjectRecord {
  readonly code: string;
  readonly name: string;
  readonly kind: GridProjectKind;
  readonly zoneCode: string;
  readonly voltageKv: number;
  readonly transformerKva: number | null;
  readonly lengthKm: number | null;
  readonly investmentYi: number;
  readonly status: 'CONTINUED' | 'NEW';
  readonly geometry: Point | LineString;
  readonly provenance: Provenance;
  readonly geometryProvenance: Provenance;
}

export const FACILITY_KINDS = [
  'SEWAGE_PLANT',
  'QUALITY_INSPECTION_CENTRE',
  'INCUBATOR',
  'TRAINING_BASE',
  'EMPLOYMENT_SERVICE_PLATFORM',
  'ENGINEERING_RESEARCH_CENTRE',
  'POSTDOCTORAL_WORKSTATION',
  'SUPPORTING_INDUSTRIAL_PARK',
  'LOGISTICS_PARK',
] as const;
export type FacilityKind = (typeof FACILITY_KINDS)[number];

export interface FacilityRecord {
  readonly code: string;
  readonly name: string;
  readonly kind: FacilityKind;
  /** National or provincial, where the plan distinguishes them (quality inspection centres). */
  readonly level: 'NATIONAL' | 'PROVINCIAL' | null;
  readonly zoneCode: string;
  readonly status: 'PLANNED' | 'UNDER_CONSTRUCTION' | 'OPERATING';
  readonly capacity: number | null;
  readonly capacityUnit: string | null;
  readonly geometry: Point;
  readonly provenance: Provenance;
  readonly geometryProvenance: Provenance;
}

export interface RelocationSiteRecord {
  readonly code: string;
  readonly villageName: string;
  readonly zoneCode: string;
  readonly communityName: string;
  readonly households: number;
  readonly unitsPlanned: number;
  readonly unitsStarted: number;
  readonly unitsCompleted: number;
  readonly startedOn: string | null;
  readonly origin: Point;
  readonly destination: Point;
  readonly provenance: Provenance;
  readonly geometryProvenance: Provenance;
}

export interface HousingProjectRecord {
  readonly code: string;
  readonly name: string;
  readonly kind: 'RESETTLEMENT' | 'PUBLIC_RENTAL';
  readonly zoneCode: string;
  readonly unitsPlanned: number;
  readonly unitsStarted: number;
  readonly unitsCompleted: number;
  readonly geometry: Point;
  readonly provenance: Provenance;
  readonly geometryProvenance: Provenance;
}

export interface ProgressReportRecord {
  readonly period: string;
  readonly metric: string;
  readonly zoneCode: string | null;
  readonly clusterCode: string | null;
  readonly value: number;
  readonly provenance: Provenance;
}

export interface InspectionRoundRecord {
  readonly code: string;
  readonly period: string;
  readonly kind: 'QUARTERLY' | 'YEAR_END';
  readonly heldOn: string;
  readonly scores: readonly { zoneCode: string; score: number }[];
  readonly provenance: Provenance;
}
