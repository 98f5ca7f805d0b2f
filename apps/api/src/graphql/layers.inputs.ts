import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { ProvenanceInput, SpatialFilter } from './common.types';
import {
  FacilityKind,
  FacilityLevel,
  GridProjectKind,
  InspectionKind,
  ProjectStatus,
  RoadLinkKind,
  WorksStatus,
} from './enums';
import { GeoJSONScalar } from './geojson.scalar';

@InputType({ description: 'Which projects to list; all conditions given must hold.' })
export class ProjectFilter {
  @Field(() => ID, { nullable: true }) zoneCode?: string | null;
  @Field(() => ID, { nullable: true }) clusterCode?: string | null;
  @Field(() => [ProjectStatus], { nullable: true }) statuses?:
    | ('PLANNED' | 'SIGNED' | 'STARTED' | 'COMPLETED' | 'IN_PRODUCTION')[]
    | null;
  @Field(() => Float, { nullable: true, description: '亿元' }) minInvestmentYi?: number | null;
  @Field(() => String, { nullable: true }) nameContains?: string | null;
  @Field(() => SpatialFilter, { nullable: true }) spatial?: SpatialFilter | null;
}

@InputType({ description: 'A new project.' })
export class ProjectInput {
  @Field(() => String) name!: string;
  @Field(() => ID) zoneCode!: string;
  @Field(() => ID, { nullable: true }) clusterCode?: string | null;
  @Field(() => Float, { description: '亿元, not negative' }) investmentYi!: number;
  @Field(() => ProjectStatus) status!: 'PLANNED' | 'SIGNED' | 'STARTED' | 'COMPLETED' | 'IN_PRODUCTION';
  @Field(() => String, {
    nullable: true,
    description: 'When it reached status, YYYY-MM-DD; today if omitted.',
  })
  statusDate?: string | null;
  @Field(() => GeoJSONScalar, { description: 'A Point, Polygon or MultiPolygon inside Zhoukou.' })
  geometry!: unknown;
  @Field(() => ProvenanceInput, { nullable: true }) provenance?: ProvenanceInput | null;
}

@InputType({ description: 'Changes to a project; omitted fields stay. A status moves one stage forward.' })
export class ProjectPatch {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => ID, { nullable: true }) zoneCode?: string | null;
  @Field(() => ID, { nullable: true }) clusterCode?: string | null;
  @Field(() => Float, { nullable: true }) investmentYi?: number | null;
  @Field(() => ProjectStatus, { nullable: true }) status?:
    | 'PLANNED'
    | 'SIGNED'
    | 'STARTED'
    | 'COMPLETED'
    | 'IN_PRODUCTION'
    | null;
  @Field(() => String, { nullable: true }) statusDate?: string | null;
  @Field(() => GeoJSONScalar, { nullable: true }) geometry?: unknown;
  @Field(() => ProvenanceInput, { nullable: true }) provenance?: ProvenanceInput | null;
}

@InputType()
export class RoadLinkInput {
  @Field(() => String) name!: string;
  @Field(() => RoadLinkKind) kind!: 'RECONSTRUCTION_PREWORK' | 'CONTINUED' | 'NEW' | 'REPAIR';
  @Field(() => ID, { nullable: true }) zoneCode?: string | null;
  @Field(() => Float, { nullable: true }) investmentYi?: number | null;
  @Field(() => Float, { nullable: true, description: 'Measured from the line when omitted.' }) lengthKm?:
    | number
    | null;
  @Field(() => GeoJSONScalar) geometry!: unknown;
  @Field(() => ProvenanceInput, { nullable: true }) provenance?: ProvenanceInput | null;
}

@InputType()
export class RoadLinkPatch {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => RoadLinkKind, { nullable: true }) kind?:
    | 'RECONSTRUCTION_PREWORK'
    | 'CONTINUED'
    | 'NEW'
    | 'REPAIR'
    | null;
  @Field(() => ID, { nullable: true }) zoneCode?: string | null;
  @Field(() => Float, { nullable: true }) investmentYi?: number | null;
  @Field(() => Float, { nullable: true }) lengthKm?: number | null;
  @Field(() => GeoJSONScalar, { nullable: true }) geometry?: unknown;
  @Field(() => ProvenanceInput, { nullable: true }) provenance?: ProvenanceInput | null;
}

@InputType()
export class GridProjectInput {
  @Field(() => String) name!: string;
  @Field(() => GridProjectKind) kind!: 'SUBSTATION' | 'LINE';
  @Field(() => ID, { nullable: true }) zoneCode?: string | null;
  @Field(() => Int) voltageKv!: number;
  @Field(() => Int, { nullable: true }) transformerKva?: number | null;
  @Field(() => Float, { nullable: true }) lengthKm?: number | null;
  @Field(() => Float) investmentYi!: number;
  @Field(() => WorksStatus) status!: 'PLANNED' | 'CONTINUED' | 'NEW' | 'UNDER_CONSTRUCTION' | 'OPERATING';
  @Field(() => GeoJSONScalar) geometry!: unknown;
  @Field(() => ProvenanceInput, { nullable: true }) provenance?: ProvenanceInput | null;
}

@InputType()
export class GridProjectPatch {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => GridProjectKind, { nullable: true }) kind?: 'SUBSTATION' | 'LINE' | null;
  @Field(() => ID, { nullable: true }) zoneCode?: string | null;
  @Field(() => Int, { nullable: true }) voltageKv?: number | null;
  @Field(() => Int, { nullable: true }) transformerKva?: number | null;
  @Field(() => Float, { nullable: true }) lengthKm?: number | null;
  @Field(() => Float, { nullable: true }) investmentYi?: number | null;
  @Field(() => WorksStatus, { nullable: true }) status?:
    | 'PLANNED'
    | 'CONTINUED'
    | 'NEW'
    | 'UNDER_CONSTRUCTION'
    | 'OPERATING'
    | null;
  @Field(() => GeoJSONScalar, { nullable: true }) geometry?: unknown;
  @Field(() => ProvenanceInput, { nullable: true }) provenance?: ProvenanceInput | null;
}

@InputType()
export class FacilityInput {
  @Field(() => String) name!: string;
  @Field(() => FacilityKind) kind!: never;
  @Field(() => FacilityLevel, { nullable: true }) level?: 'NATIONAL' | 'PROVINCIAL' | null;
  @Field(() => ID, { nullable: true }) zoneCode?: string | null;
  @Field(() => WorksStatus) status!: 'PLANNED' | 'CONTINUED' | 'NEW' | 'UNDER_CONSTRUCTION' | 'OPERATING';
  @Field(() => Float, { nullable: true }) capacity?: number | null;
  @Field(() => String, { nullable: true }) capacityUnit?: string | null;
  @Field(() => GeoJSONScalar, { description: 'A Point.' }) geometry!: unknown;
  @Field(() => ProvenanceInput, { nullable: true }) provenance?: ProvenanceInput | null;
}

@InputType()
export class FacilityPatch {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => FacilityKind, { nullable: true }) kind?: never;
  @Field(() => FacilityLevel, { nullable: true }) level?: 'NATIONAL' | 'PROVINCIAL' | null;
  @Field(() => ID, { nullable: true }) zoneCode?: string | null;
  @Field(() => WorksStatus, { nullable: true }) status?:
    | 'PLANNED'
    | 'CONTINUED'
    | 'NEW'
    | 'UNDER_CONSTRUCTION'
    | 'OPERATING'
    | null;
  @Field(() => Float, { nullable: true }) capacity?: number | null;
  @Field(() => String, { nullable: true }) capacityUnit?: string | null;
  @Field(() => GeoJSONScalar, { nullable: true }) geometry?: unknown;
  @Field(() => ProvenanceInput, { nullable: true }) provenance?: ProvenanceInput | null;
}

@InputType()
export class RelocationSiteInput {
  @Field(() => String) villageName!: string;
  @Field(() => ID) zoneCode!: string;
  @Field(() => String) communityName!: string;
  @Field(() => Int) households!: number;
  @Field(() => Int) unitsPlanned!: number;
  @Field(() => Int, { nullable: true }) unitsStarted?: number | null;
  @Field(() => Int, { nullable: true }) unitsCompleted?: number | null;
  @Field(() => String, { nullable: true }) startedOn?: string | null;
  @Field(() => GeoJSONScalar, { description: 'The village, a Point.' }) origin!: unknown;
  @Field(() => GeoJSONScalar, { description: 'The resettlement community, a Point.' }) destination!: unknown;
  @Field(() => ProvenanceInput, { nullable: true }) provenance?: ProvenanceInput | null;
}

@InputType()
export class RelocationSitePatch {
  @Field(() => String, { nullable: true }) villageName?: string | null;
  @Field(() => ID, { nullable: true }) zoneCode?: string | null;
  @Field(() => String, { nullable: true }) communityName?: string | null;
  @Field(() => Int, { nullable: true }) households?: number | null;
  @Field(() => Int, { nullable: true }) unitsPlanned?: number | null;
  @Field(() => Int, { nullable: true }) unitsStarted?: number | null;
  @Field(() => Int, { nullable: true }) unitsCompleted?: number | null;
  @Field(() => String, { nullable: true }) startedOn?: string | null;
  @Field(() => GeoJSONScalar, { nullable: true }) origin?: unknown;
  @Field(() => GeoJSONScalar, { nullable: true }) destination?: unknown;
  @Field(() => ProvenanceInput, { nullable: true }) provenance?: ProvenanceInput | null;
}

@InputType({ description: 'A period’s figure for a zone, a cluster, or the ten zones together.' })
export class ProgressReportInput {
  @Field(() => String, { description: '2014Q3, 2014M09 or 2014' }) period!: string;
  @Field(() => String) metric!: string;
  @Field(() => ID, { nullable: true }) zoneCode?: string | null;
  @Field(() => ID, { nullable: true }) clusterCode?: string | null;
  @Field(() => Float) value!: number;
  @Field(() => Int, { nullable: true, description: 'The version read, when correcting a report.' }) version?:
    | number
    | null;
  @Field(() => ProvenanceInput, { nullable: true }) provenance?: ProvenanceInput | null;
}

@InputType()
export class ZoneScoreInput {
  @Field(() => ID) zoneCode!: string;
  @Field(() => Float, { description: '0–100' }) score!: number;
  @Field(() => Int, { nullable: true, description: 'The version read, when changing a recorded score.' })
  version?: number | null;
}

@InputType({ description: 'The zones’ scores at one inspection round.' })
export class InspectionScoresInput {
  @Field(() => String, { description: '2014Q3, or 2014 for the year-end round' }) period!: string;
  @Field(() => InspectionKind) kind!: 'QUARTERLY' | 'YEAR_END';
  @Field(() => String, { nullable: true }) heldOn?: string | null;
  @Field(() => [ZoneScoreInput]) scores!: ZoneScoreInput[];
  @Field(() => ProvenanceInput, { nullable: true }) provenance?: ProvenanceInput | null;
}
