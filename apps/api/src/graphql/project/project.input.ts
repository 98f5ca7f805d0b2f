import { Field, Float, ID, InputType } from 'type-graphql';
import { ProjectStatus } from '../common/enums';
import { GeoJSONScalar } from '../common/geojson.scalar';
import { ProvenanceInput } from '../common/provenance.input';

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
