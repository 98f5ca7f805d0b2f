import type { LineString, MultiPolygon, Point, Polygon } from 'geojson';
import type {
  FacilityKind,
  FacilityLevel,
  GridProjectKind,
  GridVoltageKv,
  HousingKind,
  ProjectStatus,
  RankedInspectionKind,
  RoadLinkKind,
  WorksStatus,
} from '../plan/vocabulary';
import type { Provenance } from '../provenance';

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

export interface GridProjectRecord {
  readonly code: string;
  readonly name: string;
  readonly kind: GridProjectKind;
  readonly zoneCode: string;
  readonly voltageKv: GridVoltageKv;
  readonly transformerKva: number | null;
  readonly lengthKm: number | null;
  readonly investmentYi: number;
  readonly status: Extract<WorksStatus, 'CONTINUED' | 'NEW'>;
  readonly geometry: Point | LineString;
  readonly provenance: Provenance;
  readonly geometryProvenance: Provenance;
}

export interface FacilityRecord {
  readonly code: string;
  readonly name: string;
  readonly kind: FacilityKind;
  /** National or provincial, where the plan distinguishes them (quality inspection centres). */
  readonly level: FacilityLevel | null;
  readonly zoneCode: string;
  readonly status: Extract<WorksStatus, 'PLANNED' | 'UNDER_CONSTRUCTION' | 'OPERATING'>;
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
  readonly kind: HousingKind;
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
  readonly kind: RankedInspectionKind;
  readonly heldOn: string;
  readonly scores: readonly { zoneCode: string; score: number }[];
  readonly provenance: Provenance;
}
