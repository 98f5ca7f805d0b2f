import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { PageInfo } from './common.types';
import {
  FacilityKind,
  FacilityLevel,
  GridProjectKind,
  HousingKind,
  ProjectStatus,
  RoadLinkKind,
  WorksStatus,
} from './enums';
import { GeoJSONScalar } from './geojson.scalar';

@ObjectType({ description: 'A major project (重大项目): a site point or a land polygon.' })
export class Project {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => ProjectStatus) status!: string;
  @Field(() => Float, { description: 'Investment in 亿元.' }) investmentYi!: number;
  @Field(() => Int, { description: 'Send it back with an update; a stale version is refused.' })
  version!: number;
  zoneCode!: string;
  clusterCode!: string | null;
}

@ObjectType()
export class ProjectEdge {
  @Field(() => Project) node!: Project;
  @Field(() => String) cursor!: string;
}

@ObjectType({ description: 'A page of projects.' })
export class ProjectConnection {
  @Field(() => Int) totalCount!: number;
  @Field(() => [ProjectEdge]) edges!: ProjectEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType({ description: 'A dated step in a project’s status history.' })
export class ProjectStatusChange {
  @Field(() => ProjectStatus) status!: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) changedOn!: string;
}

@ObjectType({ description: 'Road works linking zones to national and provincial roads.' })
export class RoadLink {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => RoadLinkKind) kind!: string;
  @Field(() => String, { nullable: true }) zoneCode!: string | null;
  @Field(() => Float, { nullable: true, description: '亿元; null for pre-work with no stated cost.' })
  investmentYi!: number | null;
  @Field(() => Int) version!: number;
}

@ObjectType({ description: 'A power-grid project of ≥ 110 kV: a substation or a line.' })
export class GridProject {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => GridProjectKind) kind!: string;
  @Field(() => String, { nullable: true }) zoneCode!: string | null;
  @Field(() => Int) voltageKv!: number;
  @Field(() => Int, { nullable: true, description: 'Transformer capacity, kVA.' }) transformerKva!:
    | number
    | null;
  @Field(() => Float, { description: '亿元' }) investmentYi!: number;
  @Field(() => WorksStatus) status!: string;
  @Field(() => Int) version!: number;
}

@ObjectType({ description: 'A sewage plant, quality-inspection centre, incubator, park or other facility.' })
export class Facility {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => FacilityKind) kind!: string;
  @Field(() => FacilityLevel, { nullable: true }) level!: string | null;
  @Field(() => String, { nullable: true }) zoneCode!: string | null;
  @Field(() => WorksStatus) status!: string;
  @Field(() => Float, { nullable: true, description: 'Null where no source states it.' }) capacity!:
    | number
    | null;
  @Field(() => String, { nullable: true }) capacityUnit!: string | null;
  @Field(() => Int) version!: number;
}

@ObjectType({ description: 'A village moved out of a zone, and where its households go.' })
export class RelocationSite {
  @Field(() => ID) id!: string;
  @Field(() => String) villageName!: string;
  @Field(() => String) zoneCode!: string;
  @Field(() => String) communityName!: string;
  @Field(() => Int) households!: number;
  @Field(() => Int) unitsPlanned!: number;
  @Field(() => Int) unitsStarted!: number;
  @Field(() => Int) unitsCompleted!: number;
  @Field(() => String, { nullable: true }) startedOn!: string | null;
  @Field(() => GeoJSONScalar, { description: 'Where the households move to, a Point.' })
  destination!: unknown;
  @Field(() => Int) version!: number;
}

@ObjectType({ description: 'Resettlement or public rental housing.' })
export class HousingProject {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => HousingKind) kind!: string;
  @Field(() => String, { nullable: true }) zoneCode!: string | null;
  @Field(() => Int) unitsPlanned!: number;
  @Field(() => Int) unitsStarted!: number;
  @Field(() => Int) unitsCompleted!: number;
}
